// Package docx renders report documents as Word documents (.docx, Office
// Open XML) that Word and LibreOffice open: A4 with the margins of Decree
// 30/2020/NĐ-CP, Times New Roman 14 pt, the two-column header (issuing body
// | national name and motto) as a borderless table, real footnotes
// (word/footnotes.xml with its separators), heading styles, lists, tables,
// the page number at the top centre from page 2, and the Vietnamese
// language (vi-VN).
//
// Paragraphs take their alignment (w:jc; centred and right-aligned ones
// lose the first-line indent) and keep-with-next (w:keepNext). Tables
// repeat their header row on each page (w:tblHeader), never split a row
// unless the table allows it (w:cantSplit), write the totals in bold,
// keep the last row with the totals and, when asked, the end of the table
// with the paragraph after it. Column widths come from the text: see
// columnWidths.
//
// It is a focused writer on archive/zip; it streams word/document.xml into
// the archive as it goes, so the output is never held twice in memory. The
// same document gives the same bytes: the archive's entries come in a fixed
// order with fixed times.
//
// Importing the package registers the renderer as "docx":
//
//	import _ "github.com/tdkt-vn/tdkt/report/docx"
package docx

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	report.MustRegisterRenderer("docx", func() report.Renderer { return &Renderer{} })
}

// Renderer writes DOCX. The zero value follows Decree 30/2020/NĐ-CP.
type Renderer struct {
	// FontSize is the body font size in points; zero means 14 (the decree
	// allows 13 or 14). Render fails on a size below zero or above 1638,
	// the largest Word sets.
	FontSize int
	// Font is the font; empty means "Times New Roman".
	Font string
}

// Page geometry in twentieths of a point (twips): A4, margins top and
// bottom 20 mm, left 30 mm, right 15 mm.
const (
	pageW, pageH             = 11906, 16838
	marginTop, marginBottom  = 1134, 1134
	marginLeft, marginRight  = 1701, 851
	textWidth                = pageW - marginLeft - marginRight
	firstLineIndent          = 567 // 1 cm
	headerLeftW, headerRight = 3600, textWidth - 3600
)

// maxFontSize is the largest font size, in points, that Word sets.
const maxFontSize = 1638

// fixedTime stamps every entry of the archive, so that output is
// deterministic.
var fixedTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Render writes d to w as a .docx archive.
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *report.Document) error {
	if d == nil {
		return report.ErrNil
	}
	size := r.FontSize
	switch {
	case size == 0:
		size = 14
	case size < 0 || size > maxFontSize:
		return fmt.Errorf("docx: font size %d pt out of range: want 1 to %d, or 0 for 14", size, maxFontSize)
	}
	font := r.Font
	if font == "" {
		font = "Times New Roman"
	}
	z := zip.NewWriter(w)
	parts := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"[Content_Types].xml", static(contentTypes)},
		{"_rels/.rels", static(rootRels)},
		{"docProps/core.xml", func(w io.Writer) error { return writeCore(w, d) }},
		{"docProps/app.xml", static(appXML)},
		{"word/_rels/document.xml.rels", static(documentRels)},
		{"word/styles.xml", func(w io.Writer) error { return writeStyles(w, font, size) }},
		{"word/settings.xml", static(settingsXML)},
		{"word/header1.xml", static(headerPageNumber)},
		{"word/header2.xml", static(headerEmpty)},
		{"word/document.xml", func(w io.Writer) error { return writeDocument(ctx, w, d, size) }},
		{"word/footnotes.xml", func(w io.Writer) error { return writeFootnotes(w, d, size) }},
	}
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return err
		}
		if err := p.write(f); err != nil {
			return err
		}
	}
	return z.Close()
}

func static(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// xmlText escapes s for XML character data and attributes: the five
// special characters, and the characters XML 1.0 does not allow are
// dropped (invalid UTF-8 becomes U+FFFD; tabs and line breaks inside a run
// become spaces).
func xmlText(b *bufio.Writer, s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteString("\uFFFD")
			i++
			continue
		}
		i += n
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0x7f && r < 0xa0):
		default:
			b.WriteRune(r)
		}
	}
}

type writer struct {
	b    *bufio.Writer
	ctx  context.Context
	err  error
	n    int
	size int // body font size in half points
	num  [20]byte
}

func (w *writer) raw(s string) { w.b.WriteString(s) }

// int writes n in decimal without allocating: a long table writes
// numbers in every row, and the writer stays within a few bytes of
// garbage per row (BenchmarkProvinceWide4x).
func (w *writer) int(n int) {
	w.b.Write(strconv.AppendInt(w.num[:0], int64(n), 10))
}

func (w *writer) text(s string) { xmlText(w.b, s) }

// run writes one run of text with its formatting.
func (w *writer) run(s string, bold, italic bool, size int) {
	if s == "" {
		return
	}
	w.raw("<w:r>")
	if bold || italic || size != 0 {
		w.raw("<w:rPr>")
		if bold {
			w.raw("<w:b/>")
		}
		if italic {
			w.raw("<w:i/>")
		}
		if size != 0 {
			w.raw(`<w:sz w:val="`)
			w.int(size * 2)
			w.raw(`"/><w:szCs w:val="`)
			w.int(size * 2)
			w.raw(`"/>`)
		}
		w.raw("</w:rPr>")
	}
	w.raw(`<w:t xml:space="preserve">`)
	w.text(s)
	w.raw("</w:t></w:r>")
}

// pp is the properties of a paragraph.
type pp struct {
	style    string
	jc       string // w:jc: "center", "right", "left", "both"; "" for the style's
	noIndent bool
	before   int // twips
	after    int
	keepNext bool
}

// center is a centred paragraph without a first-line indent.
var center = pp{jc: "center", noIndent: true}

// alignPP sets the alignment a of the model on p: a centred or
// right-aligned paragraph loses its first-line indent.
func alignPP(p pp, a report.Align) pp {
	switch a {
	case report.AlignLeft:
		p.jc = "left"
	case report.AlignCenter:
		p.jc, p.noIndent = "center", true
	case report.AlignRight:
		p.jc, p.noIndent = "right", true
	case report.AlignJustify:
		p.jc = "both"
	}
	return p
}

func (w *writer) pPr(p pp) {
	w.raw("<w:pPr>")
	if p.style != "" {
		w.raw(`<w:pStyle w:val="`)
		w.raw(p.style)
		w.raw(`"/>`)
	}
	if p.keepNext {
		w.raw("<w:keepNext/>")
	}
	if p.before != 0 || p.after != 0 {
		w.raw(`<w:spacing w:before="`)
		w.int(p.before)
		w.raw(`" w:after="`)
		w.int(p.after)
		w.raw(`"/>`)
	}
	if p.noIndent {
		w.raw(`<w:ind w:firstLine="0"/>`)
	}
	if p.jc != "" {
		w.raw(`<w:jc w:val="`)
		w.raw(p.jc)
		w.raw(`"/>`)
	}
	w.raw("</w:pPr>")
}

func (w *writer) line(p pp, s string, bold, italic bool, size int) {
	w.raw("<w:p>")
	w.pPr(p)
	w.run(s, bold, italic, size)
	w.raw("</w:p>")
}

// rule writes a centred line of the given width in a header cell.
func (w *writer) rule(cell, width int) {
	ind := strconv.Itoa(max(cell-width, 0) / 2)
	w.raw(`<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>` +
		`<w:spacing w:before="0" w:after="120" w:line="120" w:lineRule="exact"/><w:ind w:left="` + ind + `" w:right="` + ind + `" w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:p>`)
}

func (w *writer) inlines(rs []report.Inline) {
	for _, r := range rs {
		switch r := r.(type) {
		case *report.Text:
			w.run(r.Text, r.Bold, r.Italic, 0)
		case *report.Figure:
			w.run(r.Text(), false, false, 0)
		case *report.Note:
			w.raw(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="` + strconv.Itoa(r.Number) + `"/></w:r>`)
		}
	}
}

const docOpen = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`

func writeDocument(ctx context.Context, out io.Writer, d *report.Document, size int) error {
	b := bufio.NewWriterSize(out, 64<<10)
	w := &writer{b: b, ctx: ctx, size: size}
	w.raw(docOpen)
	w.header(d.Header)
	w.blocks(d.Body)
	w.raw(`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:headerReference w:type="first" r:id="rIdHeader2"/>` +
		`<w:pgSz w:w="` + strconv.Itoa(pageW) + `" w:h="` + strconv.Itoa(pageH) + `"/>` +
		`<w:pgMar w:top="` + strconv.Itoa(marginTop) + `" w:right="` + strconv.Itoa(marginRight) + `" w:bottom="` + strconv.Itoa(marginBottom) +
		`" w:left="` + strconv.Itoa(marginLeft) + `" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr></w:body></w:document>`)
	if w.err != nil {
		return w.err
	}
	return b.Flush()
}

const borderless = `<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`

// twoColumns opens the borderless table of two cells that lays out the
// header (issuer | national name) and the closing (recipients |
// signature). Its row never splits (w:cantSplit): a signer's title on one
// page and the name on the next cannot be signed.
func (w *writer) twoColumns(left, right int) {
	// CT_TblPr is a sequence: tblW, tblBorders, tblLayout, tblCellMar.
	w.raw(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(left+right) + `" w:type="dxa"/>` + borderless + `<w:tblLayout w:type="fixed"/>` +
		`<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
		`<w:tblGrid><w:gridCol w:w="` + strconv.Itoa(left) + `"/><w:gridCol w:w="` + strconv.Itoa(right) + `"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>`)
}

func (w *writer) cell(width int) {
	w.raw(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/></w:tcPr>`)
}

func (w *writer) header(h report.Header) {
	c := center
	w.twoColumns(headerLeftW, headerRight)
	w.cell(headerLeftW)
	if h.Parent != "" {
		w.line(c, strings.ToUpper(h.Parent), false, false, 13)
	}
	issuer := strings.ToUpper(h.Issuer)
	w.line(c, issuer, true, false, 13)
	// Under the issuer: two fifths of the name, within the third to half
	// that Decree 30/2020, Phụ lục I, asks for.
	w.rule(headerLeftW, min(boldWidth(issuer, 13), headerLeftW)*2/5)
	w.line(c, h.Number.String(), false, false, 13)
	w.raw("</w:tc>")
	w.cell(headerRight)
	w.line(c, report.NationalName, true, false, 13)
	w.line(c, report.Motto, true, false, 14)
	w.rule(headerRight, boldWidth(report.Motto, 14)) // as long as the motto
	w.line(c, h.PlaceDate(), false, true, 14)
	w.raw("</w:tc></w:tr></w:tbl>")
	w.line(pp{jc: "center", noIndent: true, before: 360}, strings.ToUpper(h.Type), true, false, 0)
	if h.Summary != "" {
		w.line(pp{jc: "center", noIndent: true, after: 240}, h.Summary, true, false, 0)
	}
}

// headingStyle names the style of a heading level: "Heading1" (Phần) to
// "Heading5" (a, b); a level outside the model's five takes the nearest,
// so that no paragraph names a style the document lacks.
func headingStyle(l report.Level) string {
	const names = "Heading1Heading2Heading3Heading4Heading5"
	i := min(max(int(l), 1), 5) - 1
	return names[i*8 : i*8+8]
}

func (w *writer) blocks(bs []report.Block) {
	for i, b := range bs {
		if w.n++; w.n%256 == 0 && w.err == nil {
			w.err = w.ctx.Err()
		}
		switch b := b.(type) {
		case *report.Heading:
			w.raw("<w:p>")
			w.pPr(pp{style: headingStyle(b.Level), keepNext: true})
			if b.Level == report.PartLevel {
				w.run(b.Number, false, false, 0)
				w.raw("<w:r><w:br/></w:r>")
			} else {
				w.run(b.Number+" ", false, false, 0)
			}
			w.inlines(b.Title)
			w.raw("</w:p>")
		case *report.Paragraph:
			// The last paragraph before the closing goes with it, so that
			// the signature never stands alone on a page.
			_, closes := at(bs, i+1).(*report.Closing)
			w.raw("<w:p>")
			if p := alignPP(pp{keepNext: b.KeepNext || closes}, b.Align); p != (pp{}) {
				w.pPr(p)
			}
			w.inlines(b.Runs)
			w.raw("</w:p>")
		case *report.List:
			for i, it := range b.Items {
				w.raw("<w:p>")
				if b.Numbered {
					w.run(strconv.Itoa(i+1)+". ", false, false, 0)
				} else {
					w.run("- ", false, false, 0)
				}
				w.inlines(it)
				w.raw("</w:p>")
			}
		case *report.Table:
			w.table(b)
		case *report.Closing:
			w.closing(b)
		case *report.Annex:
			w.raw(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
			w.line(pp{jc: "center", noIndent: true, keepNext: true}, b.Title, true, false, 0)
			if b.Subtitle != "" {
				w.line(pp{jc: "center", noIndent: true, keepNext: true}, b.Subtitle, true, false, 0)
			}
			if b.Ref != "" {
				w.line(pp{jc: "center", noIndent: true, keepNext: true, after: 240}, b.Ref, false, true, 0)
			}
			w.blocks(b.Blocks)
		case *report.PageBreak:
			w.raw(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		}
	}
}

// at returns bs[i], or nil past the end.
func at(bs []report.Block, i int) report.Block {
	if i < len(bs) {
		return bs[i]
	}
	return nil
}

func (w *writer) table(t *report.Table) {
	if t.Caption != "" {
		w.line(pp{jc: "center", noIndent: true, keepNext: true}, t.Caption, true, false, 0)
	}
	cols := len(t.Head)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	w.raw(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>` +
		`<w:top w:val="single" w:sz="4" w:color="000000"/><w:left w:val="single" w:sz="4" w:color="000000"/>` +
		`<w:bottom w:val="single" w:sz="4" w:color="000000"/><w:right w:val="single" w:sz="4" w:color="000000"/>` +
		`<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:color="000000"/>` +
		`</w:tblBorders><w:tblCellMar><w:left w:w="` + strconv.Itoa(cellMargin) + `" w:type="dxa"/><w:right w:w="` + strconv.Itoa(cellMargin) +
		`" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	widths := columnWidths(t, cols)
	tcOpen := make([]string, cols) // each column's cell opening, built once
	for i, cw := range widths {
		n := strconv.Itoa(cw)
		w.raw(`<w:gridCol w:w="` + n + `"/>`)
		tcOpen[i] = `<w:tc><w:tcPr><w:tcW w:w="` + n + `" w:type="dxa"/></w:tcPr>`
	}
	w.raw("</w:tblGrid>")
	// A row that never splits (w:cantSplit, §17.4.6) unless the table
	// allows it; the header row repeats on each page (w:tblHeader,
	// §17.4.50). CT_TrPrBase is a choice, so the order is free.
	trPr := "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
	if t.SplitRows {
		trPr = "<w:tr>"
	}
	// The properties of each column's cells, in a body row and in a row
	// kept with the next (w:keepNext on every paragraph of a row keeps
	// the row with the one below).
	cellPP := make([][2]pp, cols)
	for i := range cellPP {
		p := alignPP(pp{style: "TableText"}, t.Col(i).Align)
		if p.jc == "both" { // a justified cell of one line looks left-aligned; keep it so
			p.jc = "left"
		}
		p.noIndent = false // TableText has none
		cellPP[i] = [2]pp{p, p}
		cellPP[i][1].keepNext = true
	}
	row := func(cells []string, bold, keep bool) {
		k := 0
		if keep {
			k = 1
		}
		w.raw(trPr)
		for i := 0; i < cols; i++ {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			w.raw(tcOpen[i])
			w.line(cellPP[i][k], c, bold, false, 0)
			w.raw("</w:tc>")
		}
		w.raw("</w:tr>")
	}
	if len(t.Head) > 0 {
		// The header row: centred, bold, kept with the first row.
		if t.SplitRows {
			w.raw("<w:tr><w:trPr><w:tblHeader/></w:trPr>")
		} else {
			w.raw("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
		}
		head := pp{style: "TableText", jc: "center", keepNext: true}
		for i := 0; i < cols; i++ {
			c := ""
			if i < len(t.Head) {
				c = t.Head[i]
			}
			w.raw(tcOpen[i])
			w.line(head, c, true, false, 0)
			w.raw("</w:tc>")
		}
		w.raw("</w:tr>")
	}
	// The last row of the body stays with the totals, the totals with each
	// other, and the last row with what follows when the table asks.
	last := len(t.Rows) + len(t.Foot) - 1
	keep := func(i int) bool { return i < last && i >= len(t.Rows)-1 && len(t.Foot) > 0 || i == last && t.KeepNext }
	for i, r := range t.Rows {
		if i%1024 == 1023 && w.err == nil {
			w.err = w.ctx.Err()
		}
		row(r, false, keep(i))
	}
	for i, r := range t.Foot {
		row(r, true, keep(len(t.Rows)+i))
	}
	w.raw("</w:tbl>")
	if t.KeepNext {
		w.raw(`<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>`)
	} else {
		w.raw(`<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>`)
	}
}

func (w *writer) closing(c *report.Closing) {
	half := textWidth / 2
	w.raw(`<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/></w:pPr></w:p>`)
	w.twoColumns(half, textWidth-half)
	w.cell(half)
	if len(c.Recipients) > 0 {
		w.line(pp{noIndent: true, before: 0}, "Nơi nhận:", true, true, 12)
		for _, r := range c.Recipients {
			w.line(pp{style: "Recipient"}, "- "+r, false, false, 11)
		}
	} else {
		w.raw("<w:p/>")
	}
	w.raw("</w:tc>")
	w.cell(textWidth - half)
	c0 := center
	for _, l := range c.Signature.Lines() {
		w.line(c0, l, true, false, 0)
	}
	for i := 0; i < 4; i++ {
		w.raw("<w:p/>")
	}
	w.line(c0, c.Signature.Name, true, false, 0)
	w.raw("</w:tc></w:tr></w:tbl>")
}

func writeFootnotes(out io.Writer, d *report.Document, size int) error {
	b := bufio.NewWriter(out)
	w := &writer{b: b, ctx: context.Background(), size: size}
	w.raw(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for _, n := range d.Footnotes {
		w.raw(`<w:footnote w:id="` + strconv.Itoa(n.Number) + `"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>` +
			`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>`)
		w.run(" ", false, false, 0)
		w.inlines(n.Runs)
		w.raw("</w:p></w:footnote>")
	}
	w.raw("</w:footnotes>")
	return b.Flush()
}

func writeCore(out io.Writer, d *report.Document) error {
	b := bufio.NewWriter(out)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	title := strings.TrimSpace(strings.ToUpper(d.Header.Type) + " " + d.Header.Summary)
	xmlText(b, title)
	b.WriteString(`</dc:title><dc:creator>`)
	xmlText(b, d.Header.Issuer)
	b.WriteString(`</dc:creator><dc:language>vi-VN</dc:language>`)
	if d.Header.Date.Valid() { // W3CDTF has four-digit years
		stamp := d.Header.Date.ISO() + "T00:00:00Z"
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.Flush()
}

func writeStyles(out io.Writer, font string, size int) error {
	b := bufio.NewWriter(out)
	hp := strconv.Itoa(size * 2)
	f := `<w:rFonts w:ascii="`
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>` + f)
	xmlText(b, font)
	b.WriteString(`" w:hAnsi="`)
	xmlText(b, font)
	b.WriteString(`" w:cs="`)
	xmlText(b, font)
	b.WriteString(`" w:eastAsia="`)
	xmlText(b, font)
	b.WriteString(`"/><w:sz w:val="` + hp + `"/><w:szCs w:val="` + hp + `"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:before="120" w:after="0" w:line="312" w:lineRule="auto"/><w:ind w:firstLine="` + strconv.Itoa(firstLineIndent) + `"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)
	for l := 1; l <= 5; l++ {
		n := strconv.Itoa(l)
		jc := ""
		extra := ""
		if l == 1 {
			jc = `<w:jc w:val="center"/>`
			extra = `<w:ind w:firstLine="0"/>`
		}
		italic := ""
		if l >= 4 {
			italic = "<w:i/>"
		}
		b.WriteString(`<w:style w:type="paragraph" w:styleId="Heading` + n + `"><w:name w:val="heading ` + n + `"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
			`<w:pPr><w:keepNext/><w:spacing w:before="180" w:after="60"/>` + extra + jc + `<w:outlineLvl w:val="` + strconv.Itoa(l-1) + `"/></w:pPr><w:rPr><w:b/>` + italic + `</w:rPr></w:style>`)
	}
	b.WriteString(`<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Recipient"><w:name w:val="Recipient"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>` +
		`<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
		`</w:styles>`)
	return b.Flush()
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdHeader2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`

const appXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>tdkt</Application></Properties>`

const settingsXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="vi-VN"/></w:settings>`

const headerPageNumber = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`

const headerEmpty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:ind w:firstLine="0"/></w:pPr></w:p></w:hdr>`

// Interface guards.
var _ report.Renderer = (*Renderer)(nil)
