package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/all"
	"github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/html"
	"github.com/tdkt-vn/tdkt/report/jsondoc"
	"github.com/tdkt-vn/tdkt/report/markdown"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/text"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

var formats = []struct {
	name, file string
}{
	{"text", "sample.txt"},
	{"markdown", "sample.md"},
	{"html", "sample.html"},
	{"html-fragment", "sample.fragment.html"},
	{"json", "sample.json"},
}

// TestGolden renders the sample document in every format and compares the
// output with testdata/. DOCX is compared part by part, as indented XML.
func TestGolden(t *testing.T) {
	d := reporttest.Sample()
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := report.Render(context.Background(), f.name, &b, d); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", f.file), b.Bytes(), *update)
		})
	}
	t.Run("docx", func(t *testing.T) {
		var b bytes.Buffer
		if err := report.Render(context.Background(), "docx", &b, d); err != nil {
			t.Fatal(err)
		}
		parts := docxParts(t, b.Bytes())
		var names []string
		for name := range parts {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			golden.Check(t, filepath.Join("testdata", "sample.docx", strings.ReplaceAll(name, "/", "__")), indentXML(t, parts[name]), *update)
		}
	})
}

// docxParts unzips a .docx and returns its parts by name.
func docxParts(t testing.TB, b []byte) map[string][]byte {
	t.Helper()
	parts, _, err := wordml.Parts(b)
	if err != nil {
		t.Fatal(err)
	}
	return parts
}

// indentXML parses an XML part, failing on malformed XML, and writes it
// indented so that golden diffs read line by line.
func indentXML(t testing.TB, data []byte) []byte {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var out bytes.Buffer
	enc := xml.NewEncoder(&out)
	enc.Indent("", " ")
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("malformed XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok && len(bytes.TrimSpace(cd)) == 0 {
			continue
		}
		if err := enc.EncodeToken(xml.CopyToken(tok)); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.Flush(); err != nil {
		t.Fatal(err)
	}
	out.WriteByte('\n')
	return out.Bytes()
}

func TestConformance(t *testing.T) {
	for name, r := range map[string]report.Renderer{
		"text": &text.Renderer{}, "markdown": &markdown.Renderer{}, "html": &html.Renderer{Page: true},
		"html fragment": &html.Renderer{}, "json": &jsondoc.Renderer{}, "docx": &docx.Renderer{},
	} {
		t.Run(name, func(t *testing.T) { reporttest.TestRenderer(t, r) })
	}
}

// Markup and script in any text field come out inert in HTML.
func TestHTMLInjection(t *testing.T) {
	const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>"'&`
	d := reporttest.Sample()
	d.Header.Issuer, d.Header.Summary, d.Header.Place = evil, evil, evil
	d.Body = append(d.Body, &report.Heading{Level: report.SectionLevel, Title: []report.Inline{report.T(evil)}},
		&report.Paragraph{Runs: []report.Inline{&report.Text{Text: evil, Bold: true}, &report.Figure{Value: report.TextValue(evil)}}},
		&report.List{Items: [][]report.Inline{{report.T(evil)}}},
		&report.Table{Caption: evil, Head: []string{evil}, Rows: [][]string{{evil}}},
		&report.Closing{Recipients: []string{evil}, Signature: report.Signature{For: evil, Name: evil}},
		&report.Annex{Title: evil, Subtitle: evil, Ref: evil})
	d.Number()
	for _, r := range []*html.Renderer{{Page: true}, {}, {Class: evil}} {
		var b bytes.Buffer
		if err := r.Render(context.Background(), &b, d); err != nil {
			t.Fatal(err)
		}
		out := strings.ToLower(b.String())
		for _, bad := range []string{"<script", "<img", "onerror=alert(1)>", `"'&<`} {
			if strings.Contains(out, bad) {
				t.Errorf("HTML output contains %q: markup from the data is not escaped", bad)
			}
		}
		if !strings.Contains(out, "&lt;script&gt;") {
			t.Error("the escaped text is missing from the output")
		}
	}
}

// DOCX parts are well-formed XML even with hostile text.
func TestDOCXWellFormed(t *testing.T) {
	d := reporttest.Sample()
	d.Header.Summary = "a\x00b\x0bc <&> \"q\" \xff\xfe \U0001F600 \uFFFE"
	d.Body = append(d.Body, report.P(report.T("x\x1fy]]>z")))
	var b bytes.Buffer
	if err := (&docx.Renderer{}).Render(context.Background(), &b, d); err != nil {
		t.Fatal(err)
	}
	for name, data := range docxParts(t, b.Bytes()) {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			indentXML(t, data)
		}
	}
}

func TestJSONIsValid(t *testing.T) {
	for _, tc := range []struct {
		name          string
		doc           *report.Document
		blocks, notes int
	}{
		{"sample", reporttest.Sample(), len(reporttest.Sample().Body), 3},
		{"empty", &report.Document{}, 0, 0},
	} {
		var compact, indented bytes.Buffer
		if err := (&jsondoc.Renderer{}).Render(context.Background(), &compact, tc.doc); err != nil {
			t.Fatal(err)
		}
		if err := (&jsondoc.Renderer{Indent: true}).Render(context.Background(), &indented, tc.doc); err != nil {
			t.Fatal(err)
		}
		var v struct {
			Version   int              `json:"version"`
			Body      []map[string]any `json:"body"`
			Footnotes []map[string]any `json:"footnotes"`
		}
		if err := json.Unmarshal(indented.Bytes(), &v); err != nil {
			t.Fatalf("%s: JSON output does not parse: %v\n%s", tc.name, err, indented.Bytes())
		}
		if v.Version != 1 || len(v.Body) != tc.blocks || len(v.Footnotes) != tc.notes {
			t.Errorf("%s: JSON = version %d, %d blocks, %d footnotes; want 1, %d, %d", tc.name, v.Version, len(v.Body), len(v.Footnotes), tc.blocks, tc.notes)
		}
		// Indented is the compact form laid out as json.Indent lays it out.
		var want bytes.Buffer
		if err := json.Indent(&want, bytes.TrimSpace(compact.Bytes()), "", "  "); err != nil {
			t.Fatalf("%s: compact JSON does not parse: %v", tc.name, err)
		}
		want.WriteByte('\n')
		if got := indented.String(); got != want.String() {
			t.Errorf("%s: indented JSON differs from json.Indent of the compact form:\n%s\nwant:\n%s", tc.name, got, want.String())
		}
	}
}

// TestLibreOffice converts the sample DOCX to PDF with LibreOffice and
// checks that every paragraph, footnote and table cell is in the PDF's
// text. It runs when TDKT_SOFFICE=1 (set by .ci/run).
func TestLibreOffice(t *testing.T) {
	reporttest.CheckWithLibreOffice(t, &docx.Renderer{}, reporttest.Sample())
}
