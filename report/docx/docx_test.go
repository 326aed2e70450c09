package docx

import (
	"bytes"
	"context"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

// TestSchema holds the writer to the schema table (schema_test.go): the
// golden parts of the report package, and every document that the report
// package's tests, the conformance checks of reporttest and this
// package's example render as DOCX.
func TestSchema(t *testing.T) {
	t.Run("golden", func(t *testing.T) {
		files, err := filepath.Glob(filepath.Join("..", "testdata", "sample.docx", "*"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no golden parts under ../testdata/sample.docx: %v", err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			for _, err := range wordml.CheckPart(filepath.Base(file), data) {
				t.Error(err)
			}
		}
	})
	for _, tc := range testDocuments() {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.r.Render(context.Background(), &b, tc.d); err != nil {
				t.Fatal(err)
			}
			for _, err := range wordml.Check(b.Bytes()) {
				t.Error(err)
			}
		})
	}
}

type testDocument struct {
	name string
	r    *Renderer
	d    *report.Document
}

// testDocuments returns the documents the tests render as DOCX.
func testDocuments() []testDocument {
	docs := []testDocument{
		{"sample", &Renderer{}, reporttest.Sample()}, // report: TestGolden, TestConformance, TestLibreOffice
		{"short", &Renderer{}, reporttest.Short()},   // Example
		{"sample 13 pt", &Renderer{FontSize: 13, Font: `Liberation Serif "&<>`}, reporttest.Sample()},
		{"largest font", &Renderer{FontSize: maxFontSize}, reporttest.Short()},
		{"empty", &Renderer{}, &report.Document{}},
		{"well-formed", &Renderer{}, wellFormedDocument()}, // report: TestDOCXWellFormed
	}
	for i, d := range rendererDocuments() { // reporttest.TestRenderer
		docs = append(docs, testDocument{"conformance " + string(rune('a'+i)), &Renderer{}, d})
	}
	for _, s := range []string{"<w:p>", "]]>", "&", "\x00\x0b\uFFFE", "Nguyễn Văn An"} { // report: FuzzDOCX's seeds
		docs = append(docs, testDocument{"hostile " + s, &Renderer{}, reporttest.Hostile(s)})
	}
	for _, s := range fuzzSeeds { // FuzzRender's seeds
		docs = append(docs, testDocument{"fuzz " + s.text, &Renderer{FontSize: int(s.size)}, fuzzDocument(s.text, s.table, s.note, s.shape)})
	}
	return docs
}

// wellFormedDocument is report/render_test.go's TestDOCXWellFormed input.
func wellFormedDocument() *report.Document {
	d := reporttest.Sample()
	d.Header.Summary = "a\x00b\x0bc <&> \"q\" \xff\xfe \U0001F600 \uFFFE"
	d.Body = append(d.Body, report.P(report.T("x\x1fy]]>z")))
	return d
}

// rendererDocuments are the documents reporttest.TestRenderer renders: a
// long one, text with control characters and invalid UTF-8, and one with
// holes in it.
func rendererDocuments() []*report.Document {
	big := &report.Document{Header: reporttest.Sample().Header}
	for i := 0; i < 5000; i++ {
		big.Body = append(big.Body, report.P(report.T("đoạn")))
	}
	bad := reporttest.Sample()
	bad.Header.Summary = "bad \x00\x01\x1b[31m \xff\xfe utf-8 \u2028 end"
	bad.Body = append(bad.Body, report.P(report.T("\x7f\x85\t\r\n\xc3\x28")))
	holes := reporttest.Holes()
	// A date the calendar lacks: core.xml must not carry it.
	badDate := reporttest.Short()
	badDate.Header.Date = metrics.Date{Year: 20260, Month: 7, Day: 5}
	return []*report.Document{big, bad, holes, badDate}
}

func TestFontSize(t *testing.T) {
	for _, size := range []int{-1, maxFontSize + 1} {
		err := (&Renderer{FontSize: size}).Render(context.Background(), &bytes.Buffer{}, reporttest.Short())
		if err == nil || !strings.HasPrefix(err.Error(), "docx: ") {
			t.Errorf("Render with FontSize %d = %v; want a docx: error", size, err)
		}
	}
}
