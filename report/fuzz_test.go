package report_test

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/internal/wordml"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/html"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

// FuzzHTML: any text renders without error, as valid UTF-8, and never
// opens a tag of its own.
func FuzzHTML(f *testing.F) {
	for _, s := range []string{"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`, "&amp;", "\x00\xff", "Nguyễn Văn An"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b bytes.Buffer
		if err := (&html.Renderer{Page: true}).Render(context.Background(), &b, reporttest.Hostile(s)); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !utf8.ValidString(out) {
			t.Fatal("output is not valid UTF-8")
		}
		for _, bad := range []string{"<script", "<img", "<iframe", "<svg", "<a href=\"javascript"} {
			if strings.Contains(strings.ToLower(out), bad) {
				t.Fatalf("text %q opened markup %q", s, bad)
			}
		}
	})
}

// FuzzTextMarkdown: any text renders as text and Markdown that a terminal
// and a Markdown viewer show as text: valid UTF-8 without control
// characters but for the line break, nor bidirectional formatting
// characters; in Markdown, no line starts with white space, the only
// headings are the document's, and no bare address is left for GitHub to
// link (TestTextAndMarkdownHardening).
func FuzzTextMarkdown(f *testing.F) {
	for _, s := range []string{" # x", "    code", "  - a", "1. a", "https://x.vn", "www.x.vn", "\u202Eabc", "\x1b[2J", "\u0085\u009b", "Nguyễn Văn An"} {
		f.Add(s)
	}
	heading := regexp.MustCompile(`(?m)^#{1,6}( |$)`)
	f.Fuzz(func(t *testing.T, s string) {
		d := reporttest.Hostile(s)
		for _, format := range []string{"text", "markdown"} {
			var b bytes.Buffer
			if err := report.Render(context.Background(), format, &b, d); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if !utf8.ValidString(out) {
				t.Fatalf("%s: output is not valid UTF-8", format)
			}
			if m := controlOrBidi.FindString(out); m != "" {
				t.Fatalf("%s: text %q leaves %q in the output", format, s, m)
			}
			if format == "text" {
				continue
			}
			if m := leadingSpace.FindString(out); m != "" {
				t.Fatalf("markdown: text %q starts a line with white space: %q", s, m)
			}
			if m := bareAddress.FindString(out); m != "" {
				t.Fatalf("markdown: text %q leaves a bare address: %q", s, m)
			}
			if got, want := len(heading.FindAllString(out, -1)), headings(d.Body)+1; got != want {
				t.Fatalf("markdown: text %q makes %d headings; want %d, the document's", s, got, want)
			}
		}
	})
}

// headings counts the heading lines Markdown writes for blocks: two for a
// part (its number, its title), one for the others.
func headings(bs []report.Block) int {
	n := 0
	for _, b := range bs {
		switch b := b.(type) {
		case *report.Heading:
			n++
			if b.Level == report.PartLevel {
				n++
			}
		case *report.Annex:
			n += headings(b.Blocks)
		}
	}
	return n
}

// FuzzDOCX: any text renders to a well-formed archive whose XML parts parse
// and keep the schema of WordprocessingML (internal/wordml).
func FuzzDOCX(f *testing.F) {
	for _, s := range []string{"<w:p>", "]]>", "&", "\x00\x0b\uFFFE", "Nguyễn Văn An"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b bytes.Buffer
		if err := (&docx.Renderer{}).Render(context.Background(), &b, reporttest.Hostile(s)); err != nil {
			t.Fatal(err)
		}
		for name, data := range docxParts(t, b.Bytes()) {
			if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
				indentXML(t, data)
			}
		}
		for _, err := range wordml.Check(b.Bytes()) {
			t.Error(err)
		}
	})
}

// FuzzParseTemplate: the template parser never panics; its errors are
// *source.Errors with a line. Composing what it accepts, with sections that
// take parameters and data, never panics either.
func FuzzParseTemplate(f *testing.F) {
	f.Add([]byte(`{"name":"x","parts":"La Mã","header":{"number":{"seq":1,"type":"BC","issuer":"S"}},"body":[{"heading":"A {nam}","level":1},{"use":"text","params":{"text":"x"}},{"annex":{"title":"T","body":[{"use":"y"}]}}]}`))
	f.Add([]byte(`{"body":[{}]}`))
	f.Add([]byte(`{"body":[{"use":"count","params":{"names":"ten","year":"nam","inner":{"label":"nhan"}}},{"use":"count","params":{"names":["a"],"year":2024}}]}`))
	f.Add([]byte(`{"body":[{"use":"count","params":{"names":"nam","year":true}},{"heading":"{}","level":2,"use":"fail","params":null}]}`))
	reg := testRegistry()
	data := report.Data{"ten": []string{"An"}, "nam": 2025, "nhan": "cá nhân"}
	f.Fuzz(func(t *testing.T, src []byte) {
		tmpl, err := report.ParseTemplate("f.json", src)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.json") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		d, err := report.Composer{Sections: reg}.Compose(context.Background(), tmpl, data)
		if err == nil {
			var b bytes.Buffer
			if err := report.Render(context.Background(), "text", &b, d); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// FuzzParseNumber: ParseNumber never panics, and a number it accepts
// prints as the header prints it and reads back the same.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"123/BC-SNV", "Số: 05/BC-SNV", "Số:      /BC-SNV", "/BC-SNgV", "45/SNV-VP", "15/QĐ-UBND", "0/BC-X", "1/XX-Y", "1/BC-", "Số:/", "99999999999999999999/BC-A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := report.ParseNumber(s)
		if err != nil {
			return
		}
		back, err := report.ParseNumber(n.String())
		if err != nil || back != n {
			t.Fatalf("ParseNumber(%q) = %+v, printed %q, reads back %+v, %v", s, n, n.String(), back, err)
		}
	})
}
