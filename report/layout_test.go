package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/html"
	"github.com/tdkt-vn/tdkt/report/jsondoc"
	"github.com/tdkt-vn/tdkt/report/markdown"
	"github.com/tdkt-vn/tdkt/report/text"
)

// renderBody renders a document whose body is blocks in format: text,
// markdown, html (a fragment), json, or docx (its word/document.xml).
func renderBody(t *testing.T, format string, blocks ...report.Block) string {
	t.Helper()
	d := &report.Document{Header: report.Header{Issuer: "TRƯỜNG THCS NGUYỄN DU", Place: "Hòa Bình", Year: 2025, Type: "QUYẾT ĐỊNH"}, Body: blocks}
	d.Number()
	renderers := map[string]report.Renderer{
		"text": &text.Renderer{Width: 40}, "markdown": &markdown.Renderer{}, "html": &html.Renderer{},
		"json": &jsondoc.Renderer{}, "docx": &docx.Renderer{},
	}
	var b bytes.Buffer
	if err := renderers[format].Render(context.Background(), &b, d); err != nil {
		t.Fatalf("Render(%s) = %v", format, err)
	}
	if format == "docx" {
		return string(docxParts(t, b.Bytes())["word/document.xml"])
	}
	return b.String()
}

// para is the text of a bold paragraph with alignment a.
func para(s string, a report.Align, keep bool) *report.Paragraph {
	return &report.Paragraph{Runs: []report.Inline{&report.Text{Text: s, Bold: true}}, Align: a, KeepNext: keep}
}

// TestParagraphLayout: alignment and keep-with-next in every format.
func TestParagraphLayout(t *testing.T) {
	const authority = "HIỆU TRƯỞNG TRƯỜNG THCS NGUYỄN DU" // 33 characters
	for _, tc := range []struct {
		name   string
		block  *report.Paragraph
		want   map[string][]string // in each format, text the output holds
		absent map[string][]string // and text it must not hold
	}{
		{"centred and kept", para(authority, report.AlignCenter, true), map[string][]string{
			"text":     {"\n   " + authority + "\n"}, // (40 - 33) / 2 = 3 spaces
			"markdown": {"\n**" + authority + "**\n"},
			"html":     {`<p class="tdkt-center tdkt-keep"><strong>` + authority},
			"json":     {`"align":"center","keep_next":true`},
			"docx":     {`<w:p><w:pPr><w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + authority},
		}, nil},
		{"right", para("Bằng chữ", report.AlignRight, false), map[string][]string{
			"text": {"\n" + strings.Repeat(" ", 32) + "Bằng chữ\n"},
			"html": {`<p class="tdkt-right"><strong>Bằng chữ`},
			"json": {`"align":"right"}`},
			"docx": {`<w:p><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="right"/></w:pPr>`},
		}, map[string][]string{"json": {"keep_next"}, "docx": {"<w:keepNext/><w:ind"}}},
		{"left", para("Trái", report.AlignLeft, false), map[string][]string{
			"text": {"\nTrái\n"},
			"html": {`<p class="tdkt-left">`},
			"json": {`"align":"left"`},
			"docx": {`<w:p><w:pPr><w:jc w:val="left"/></w:pPr>`},
		}, nil},
		{"justified, kept", para("Đều", report.AlignJustify, true), map[string][]string{
			"text": {"\nĐều\n"},
			"html": {`<p class="tdkt-justify tdkt-keep">`},
			"json": {`"align":"justify","keep_next":true`},
			"docx": {`<w:p><w:pPr><w:keepNext/><w:jc w:val="both"/></w:pPr>`},
		}, nil},
		{"default", para("Thường", report.AlignDefault, false), map[string][]string{
			"text": {"\nThường\n"},
			"html": {`<p><strong>Thường`},
			"docx": {`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Thường`},
		}, map[string][]string{"json": {`"align"`, "keep_next"}}},
		{"too long to centre", para(strings.Repeat("x", 45), report.AlignCenter, false), map[string][]string{
			"text": {"\n" + strings.Repeat("x", 45) + "\n"},
		}, nil},
	} {
		for _, format := range []string{"text", "markdown", "html", "json", "docx"} {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				out := renderBody(t, format, tc.block)
				for _, want := range tc.want[format] {
					if !strings.Contains(out, want) {
						t.Errorf("Render(%s) lacks %q:\n%s", format, want, out)
					}
				}
				for _, bad := range tc.absent[format] {
					if strings.Contains(out, bad) {
						t.Errorf("Render(%s) holds %q:\n%s", format, bad, out)
					}
				}
			})
		}
	}
}

// TestTableLayout: aligned columns, width hints, the header row that
// repeats, rows that never split, the totals and a table kept with the
// paragraph after it, in every format.
func TestTableLayout(t *testing.T) {
	list := func() *report.Table {
		return &report.Table{
			Head:    []string{"STT", "Họ và tên", "Số tiền (đồng)"},
			Rows:    [][]string{{"1", "Lê Thị Hoa", "710.000"}, {"2", "Đỗ Văn Nam", "710.000"}},
			Foot:    [][]string{{"", "Cộng", "1.420.000"}},
			Columns: []report.Column{{Align: report.AlignCenter, Width: 10}, {}, {Align: report.AlignRight}},
		}
	}
	kept := list()
	kept.KeepNext = true
	split := list()
	split.SplitRows, split.Foot = true, nil
	words := report.P(report.T("Bằng chữ: Một triệu bốn trăm hai mươi nghìn đồng."))
	for _, tc := range []struct {
		name   string
		blocks []report.Block
		want   map[string][]string
		absent map[string][]string
	}{
		{"columns, header, totals", []report.Block{list()}, map[string][]string{
			"text": {"STT  Họ và tên   Số tiền (đồng)\n", "---  ---------   --------------\n",
				" 1   Lê Thị Hoa         710.000\n", "     Cộng             1.420.000\n"},
			"markdown": {"| :---: | --- | ---: |\n", "|  | **Cộng** | **1.420.000** |\n"},
			"html": {`<colgroup><col style="width: 10%"><col><col></colgroup>`, "<thead><tr><th>STT</th>",
				`<tr><td class="tdkt-center">1</td><td>Lê Thị Hoa</td><td class="tdkt-right">710.000</td></tr>`,
				`<tfoot><tr><td class="tdkt-center"></td><td>Cộng</td><td class="tdkt-right">1.420.000</td></tr>`},
			"json": {`"columns":[{"align":"center","width":10},{},{"align":"right"}]`, `"foot":[["","Cộng","1.420.000"]]`},
			"docx": {`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`, `<w:tr><w:trPr><w:cantSplit/></w:trPr>`,
				// the last row keeps with the totals, which are bold
				`<w:pPr><w:pStyle w:val="TableText"/><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">2<`,
				`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1.420.000</w:t>`},
		}, map[string][]string{
			"html": {"tdkt-keep", "tdkt-split"}, "json": {"keep_next", "split_rows"},
			// the totals row, the last, is not kept with what follows
			"docx": {`<w:pPr><w:pStyle w:val="TableText"/><w:keepNext/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1.420.000`},
		}},
		{"kept with the words", []report.Block{kept, words}, map[string][]string{
			"html": {`<table class="tdkt-table tdkt-keep">`},
			"json": {`"keep_next":true`},
			"docx": {`<w:pPr><w:pStyle w:val="TableText"/><w:keepNext/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1.420.000`,
				`</w:tbl><w:p><w:pPr><w:keepNext/>`},
		}, nil},
		{"rows may split", []report.Block{split}, map[string][]string{
			"html": {`<table class="tdkt-table tdkt-split">`},
			"json": {`"split_rows":true`},
			"docx": {`<w:tr><w:trPr><w:tblHeader/></w:trPr>`, `<w:tr><w:tc>`},
		}, map[string][]string{"docx": {"<w:cantSplit/><w:tblHeader/>", "<w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">2<"}}},
	} {
		for _, format := range []string{"text", "markdown", "html", "json", "docx"} {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				out := renderBody(t, format, tc.blocks...)
				for _, want := range tc.want[format] {
					if !strings.Contains(out, want) {
						t.Errorf("Render(%s) lacks %q:\n%s", format, want, out)
					}
				}
				for _, bad := range tc.absent[format] {
					if strings.Contains(out, bad) {
						t.Errorf("Render(%s) holds %q:\n%s", format, bad, out)
					}
				}
			})
		}
	}
}

// TestAlignText: Align reads and writes its names and refuses others.
func TestAlignText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want report.Align
		ok   bool
	}{
		{"", report.AlignDefault, true}, {"left", report.AlignLeft, true}, {"Center", report.AlignCenter, true},
		{"centre", report.AlignCenter, true}, {" right ", report.AlignRight, true}, {"justify", report.AlignJustify, true},
		{"both", report.AlignJustify, true}, {"giữa", 0, false}, {"middle", 0, false},
	} {
		var a report.Align
		err := json.Unmarshal([]byte(`"`+tc.in+`"`), &a)
		if (err == nil) != tc.ok || a != tc.want {
			t.Errorf("Unmarshal(%q) = %v, %v; want %v, ok %v", tc.in, a, err, tc.want, tc.ok)
		}
		if tc.ok {
			b, err := json.Marshal(a)
			if err != nil || (tc.in != "" && string(b) != `"`+a.String()+`"`) {
				t.Errorf("Marshal(%v) = %s, %v", a, b, err)
			}
		}
	}
	if _, err := report.Align(9).MarshalText(); err == nil || report.Align(9).String() != "Align(9)" || report.Align(9).Valid() {
		t.Errorf("Align(9): MarshalText = %v, String = %q; want an error and \"Align(9)\"", err, report.Align(9).String())
	}
}
