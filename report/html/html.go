// Package html renders report documents as HTML that is safe to embed:
// every text the renderer did not create is escaped, control characters are
// dropped and invalid UTF-8 is replaced, so no field of the data can inject
// markup or script.
//
// Importing the package registers two renderers: "html", a full page
// whose print style follows Decree 30/2020/NĐ-CP (A4, margins 20–25 mm top
// and bottom, 30–35 mm left, 15–20 mm right, Times New Roman 13–14 pt with
// Liberation Serif as fallback), and "html-fragment", an <article>
// to embed in a portal's own page.
//
// Layout comes as classes that Style defines, never as text of the
// document: a paragraph's alignment is tdkt-left, tdkt-center, tdkt-right
// or tdkt-justify, and a block kept with the next has tdkt-keep
// (break-after: avoid); so are a table's cells by their column. A table's
// width hints are <col style="width: N%">; its header row is a thead,
// which browsers repeat on each printed page; its totals are a tfoot,
// printed once at the end; its rows never break across pages unless the
// table has tdkt-split. A fragment's host includes Style, or its own rules
// for these classes.
//
//	import _ "github.com/tdkt-vn/tdkt/report/html"
package html

import (
	"bufio"
	"context"
	"io"
	"strconv"
	"strings"

	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	report.MustRegisterRenderer("html", func() report.Renderer { return &Renderer{Page: true} })
	report.MustRegisterRenderer("html-fragment", func() report.Renderer { return &Renderer{} })
}

// Renderer writes HTML. The zero value writes an embeddable fragment.
type Renderer struct {
	// Page writes a whole page, with <head> and the print style, instead
	// of an <article> fragment.
	Page bool
	// Class is the class of the <article>; empty means "tdkt-doc".
	Class string
}

// Style is the style sheet of a whole page: screen and print, A4 and the
// margins and fonts of Decree 30/2020/NĐ-CP.
const Style = `@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { margin: 0; background: #f2f2f2; }
.tdkt-doc { box-sizing: border-box; max-width: 210mm; margin: 12px auto; padding: 20mm 15mm 20mm 30mm; background: #fff;
  font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: 14pt; line-height: 1.35; color: #000; }
@media print { body { background: none; } .tdkt-doc { margin: 0; padding: 0; max-width: none; } }
.tdkt-doc p { margin: 6pt 0; text-align: justify; text-indent: 1cm; }
.tdkt-head { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
.tdkt-head td { vertical-align: top; text-align: center; padding: 0; }
.tdkt-head p { text-indent: 0; text-align: center; margin: 0; white-space: pre-wrap; }
.tdkt-head .tdkt-issuer { width: 40%; font-size: 13pt; }
.tdkt-head .tdkt-nation { font-size: 13pt; }
.tdkt-head .tdkt-rule { display: inline-block; }
.tdkt-head .tdkt-rule::after { content: ""; display: block; margin: 3pt auto 6pt; border-top: 1px solid #000; }
.tdkt-issuer .tdkt-rule::after { width: 40%; }
.tdkt-nation .tdkt-rule::after { width: 100%; }
.tdkt-head .tdkt-place { font-style: italic; font-size: 14pt; }
.tdkt-type { font-size: 14pt; text-align: center; margin: 12pt 0 0; }
.tdkt-doc .tdkt-summary { text-align: center; text-indent: 0; font-weight: bold; margin: 0 0 12pt; }
.tdkt-doc h2, .tdkt-doc h3, .tdkt-doc h4, .tdkt-doc h5, .tdkt-doc h6 { font-size: 14pt; margin: 10pt 0 6pt; }
.tdkt-doc h2 { text-align: center; }
.tdkt-doc h3, .tdkt-doc h4 { text-indent: 1cm; }
.tdkt-doc h5, .tdkt-doc h6 { text-indent: 1cm; font-style: italic; }
.tdkt-list { list-style: none; margin: 6pt 0; padding: 0; }
.tdkt-list li { text-indent: 1cm; text-align: justify; margin: 3pt 0; }
ul.tdkt-list li::before { content: "- "; }
ol.tdkt-list { counter-reset: item; }
ol.tdkt-list li { counter-increment: item; }
ol.tdkt-list li::before { content: counter(item) ". "; }
.tdkt-table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; font-size: 13pt; }
.tdkt-table th, .tdkt-table td { border: 1px solid #000; padding: 2pt 4pt; }
.tdkt-table th { text-align: center; }
.tdkt-table tr { break-inside: avoid; page-break-inside: avoid; }
.tdkt-table.tdkt-split tr { break-inside: auto; page-break-inside: auto; }
.tdkt-table thead { display: table-header-group; }
.tdkt-table tfoot { display: table-row-group; }
.tdkt-table tfoot td { font-weight: bold; }
.tdkt-doc .tdkt-left { text-align: left; }
.tdkt-doc .tdkt-center { text-align: center; text-indent: 0; }
.tdkt-doc .tdkt-right { text-align: right; text-indent: 0; }
.tdkt-doc .tdkt-justify { text-align: justify; }
.tdkt-keep { break-after: avoid; page-break-after: avoid; }
.tdkt-closing { width: 100%; border-collapse: collapse; margin-top: 12pt; }
.tdkt-closing td { vertical-align: top; padding: 0; }
.tdkt-recipients { width: 50%; font-size: 11pt; }
.tdkt-recipients p { text-indent: 0; margin: 0; font-size: 12pt; }
.tdkt-recipients ul { list-style: none; padding: 0; margin: 0; }
.tdkt-recipients li::before { content: "- "; }
.tdkt-signature { text-align: center; }
.tdkt-signature p { text-indent: 0; text-align: center; margin: 0; }
.tdkt-signer { margin-top: 60pt !important; }
.tdkt-annex { break-before: page; page-break-before: always; }
.tdkt-doc .tdkt-annex p.tdkt-annex-title { text-align: center; text-indent: 0; font-weight: bold; margin: 0; }
.tdkt-doc .tdkt-annex p.tdkt-annex-sub, .tdkt-doc .tdkt-annex p.tdkt-annex-ref { text-align: center; text-indent: 0; }
.tdkt-annex-ref { font-style: italic; }
.tdkt-break { break-after: page; page-break-after: always; }
.tdkt-footnotes { font-size: 12pt; margin-top: 12pt; }
.tdkt-footnotes hr { width: 30%; margin: 0; border: 0; border-top: 1px solid #000; }
.tdkt-footnotes ol { padding-left: 1.2em; }
.tdkt-fnref { font-size: 70%; vertical-align: super; line-height: 0; }
`

// Render writes d to w.
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *report.Document) error {
	if d == nil {
		return report.ErrNil
	}
	bw := bufio.NewWriterSize(w, 32<<10)
	p := printer{w: bw, ctx: ctx}
	class := r.Class
	if class == "" {
		class = "tdkt-doc"
	}
	if r.Page {
		p.raw(`<!DOCTYPE html>` + "\n" + `<html lang="vi">` + "\n<head>\n" + `<meta charset="utf-8">` + "\n" +
			`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n<title>")
		p.text(strings.ToUpper(d.Header.Type))
		if d.Header.Summary != "" {
			p.raw(" – ")
			p.text(d.Header.Summary)
		}
		p.raw("</title>\n<style>\n" + Style + "</style>\n</head>\n<body>\n")
	}
	p.raw(`<article class="`)
	p.text(class)
	p.raw(`" lang="vi">` + "\n")
	p.header(d.Header)
	p.blocks(d.Body, d)
	p.seen = len(d.Footnotes)
	p.footnotes(d)
	p.raw("</article>\n")
	if r.Page {
		p.raw("</body>\n</html>\n")
	}
	if p.err != nil {
		return p.err
	}
	return bw.Flush()
}

type printer struct {
	w     *bufio.Writer
	ctx   context.Context
	err   error
	n     int
	seen  int // the highest footnote number written so far
	shown int // footnotes already listed
}

// raw writes markup the renderer made.
func (p *printer) raw(s string) {
	if p.err == nil {
		_, p.err = p.w.WriteString(s)
	}
}

// text writes text from the document, escaped.
func (p *printer) text(s string) {
	if p.err != nil {
		return
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	for _, r := range s {
		switch {
		case r == '<':
			p.w.WriteString("&lt;")
		case r == '>':
			p.w.WriteString("&gt;")
		case r == '&':
			p.w.WriteString("&amp;")
		case r == '"':
			p.w.WriteString("&#34;")
		case r == '\'':
			p.w.WriteString("&#39;")
		case r == '\t' || r == '\n' || r == '\r':
			p.w.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// control characters are dropped
		default:
			p.w.WriteRune(r)
		}
	}
}

func (p *printer) header(h report.Header) {
	p.raw(`<header><table class="tdkt-head"><tr><td class="tdkt-issuer">`)
	if h.Parent != "" {
		p.raw("<p>")
		p.text(strings.ToUpper(h.Parent))
		p.raw("</p>")
	}
	// The rules under the issuer's name (two fifths of it) and under the
	// motto (as long as it) are drawn by the style sheet, measured by the
	// text (Decree 30/2020, Phụ lục I).
	p.raw(`<p><strong class="tdkt-rule">`)
	p.text(strings.ToUpper(h.Issuer))
	p.raw("</strong></p><p>")
	p.text(h.Number.String())
	p.raw(`</p></td><td class="tdkt-nation"><p><strong>` + report.NationalName + `</strong></p><p><strong class="tdkt-rule">` + report.Motto +
		`</strong></p><p class="tdkt-place">`)
	p.text(h.PlaceDate())
	p.raw("</p></td></tr></table>\n" + `<h1 class="tdkt-type">`)
	p.text(strings.ToUpper(h.Type))
	p.raw("</h1>\n")
	if h.Summary != "" {
		p.raw(`<p class="tdkt-summary">`)
		p.text(h.Summary)
		p.raw("</p>\n")
	}
	p.raw("</header>\n")
}

var headingTags = [...]string{"h2", "h2", "h3", "h4", "h5", "h6"}

func (p *printer) blocks(bs []report.Block, d *report.Document) {
	for _, b := range bs {
		if p.n++; p.n%256 == 0 && p.err == nil {
			p.err = p.ctx.Err()
		}
		switch b := b.(type) {
		case *report.Heading:
			tag := headingTags[min(int(b.Level), len(headingTags)-1)]
			p.raw("<" + tag + ">")
			p.text(b.Number)
			if b.Level == report.PartLevel {
				p.raw("<br>")
			} else {
				p.raw(" ")
			}
			p.runs(b.Title)
			p.raw("</" + tag + ">\n")
		case *report.Paragraph:
			p.raw("<p" + classes(alignClass(b.Align), b.KeepNext) + ">")
			p.runs(b.Runs)
			p.raw("</p>\n")
		case *report.List:
			tag := "ul"
			if b.Numbered {
				tag = "ol"
			}
			p.raw("<" + tag + ` class="tdkt-list">`)
			for _, it := range b.Items {
				p.raw("<li>")
				p.runs(it)
				p.raw("</li>")
			}
			p.raw("</" + tag + ">\n")
		case *report.Table:
			p.table(b)
		case *report.Closing:
			p.footnotes(d)
			p.closing(b)
		case *report.Annex:
			p.raw(`<section class="tdkt-annex"><p class="tdkt-annex-title">`)
			p.text(b.Title)
			p.raw("</p>")
			if b.Subtitle != "" {
				p.raw(`<p class="tdkt-annex-sub"><strong>`)
				p.text(b.Subtitle)
				p.raw("</strong></p>")
			}
			if b.Ref != "" {
				p.raw(`<p class="tdkt-annex-ref">`)
				p.text(b.Ref)
				p.raw("</p>")
			}
			p.raw("\n")
			p.blocks(b.Blocks, d)
			p.raw("</section>\n")
		case *report.PageBreak:
			p.raw(`<div class="tdkt-break"></div>` + "\n")
		}
	}
}

func (p *printer) runs(rs []report.Inline) {
	for _, r := range rs {
		switch r := r.(type) {
		case *report.Text:
			open, close := "", ""
			if r.Bold {
				open, close = "<strong>", "</strong>"
			}
			if r.Italic {
				open, close = open+"<em>", "</em>"+close
			}
			p.raw(open)
			p.text(r.Text)
			p.raw(close)
		case *report.Figure:
			p.text(r.Text())
		case *report.Note:
			p.seen = max(p.seen, r.Number)
			n := strconv.Itoa(r.Number)
			p.raw(`<a class="tdkt-fnref" href="#tdkt-fn-` + n + `" id="tdkt-fnref-` + n + `">` + n + `</a>`)
		}
	}
}

// alignClass is the class of an alignment: "tdkt-center"; "" for the
// default or a value that is none of the constants.
func alignClass(a report.Align) string {
	switch a {
	case report.AlignLeft:
		return "tdkt-left"
	case report.AlignCenter:
		return "tdkt-center"
	case report.AlignRight:
		return "tdkt-right"
	case report.AlignJustify:
		return "tdkt-justify"
	}
	return ""
}

// classes is the class attribute of a block: its alignment's class and
// "tdkt-keep" when it is kept with the next block; "" for neither. The
// names are the renderer's own, never text of the document.
func classes(align string, keep bool) string {
	switch {
	case keep && align != "":
		return ` class="` + align + ` tdkt-keep"`
	case keep:
		return ` class="tdkt-keep"`
	case align != "":
		return ` class="` + align + `"`
	}
	return ""
}

func (p *printer) table(t *report.Table) {
	p.raw(`<table class="tdkt-table`)
	if t.SplitRows {
		p.raw(" tdkt-split")
	}
	if t.KeepNext {
		p.raw(" tdkt-keep")
	}
	p.raw(`">`)
	if t.Caption != "" {
		p.raw("<caption>")
		p.text(t.Caption)
		p.raw("</caption>")
	}
	cols := len(t.Head)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	// Width hints as the columns' share of the table.
	hinted := false
	for i := 0; i < cols; i++ {
		if h := t.Col(i).Width; h >= 1 && h <= 100 {
			hinted = true
		}
	}
	if hinted {
		p.raw("<colgroup>")
		for i := 0; i < cols; i++ {
			if h := t.Col(i).Width; h >= 1 && h <= 100 {
				p.raw(`<col style="width: ` + strconv.Itoa(h) + `%">`)
			} else {
				p.raw("<col>")
			}
		}
		p.raw("</colgroup>")
	}
	td := make([]string, cols) // each column's cell opening
	for i := range td {
		td[i] = "<td" + classes(alignClass(t.Col(i).Align), false) + ">"
	}
	if len(t.Head) > 0 {
		p.raw("<thead><tr>")
		for _, h := range t.Head {
			p.raw("<th>")
			p.text(h)
			p.raw("</th>")
		}
		p.raw("</tr></thead>")
	}
	rows := func(rows [][]string) {
		for _, row := range rows {
			p.raw("<tr>")
			for i, c := range row {
				if i < cols {
					p.raw(td[i])
				} else {
					p.raw("<td>")
				}
				p.text(c)
				p.raw("</td>")
			}
			p.raw("</tr>\n")
		}
	}
	p.raw("<tbody>\n")
	rows(t.Rows)
	p.raw("</tbody>")
	if len(t.Foot) > 0 {
		p.raw("<tfoot>")
		rows(t.Foot)
		p.raw("</tfoot>")
	}
	p.raw("</table>\n")
}

func (p *printer) closing(c *report.Closing) {
	p.raw(`<footer><table class="tdkt-closing"><tr><td class="tdkt-recipients">`)
	if len(c.Recipients) > 0 {
		p.raw("<p><strong><em>Nơi nhận:</em></strong></p><ul>")
		for _, r := range c.Recipients {
			p.raw("<li>")
			p.text(r)
			p.raw("</li>")
		}
		p.raw("</ul>")
	}
	p.raw(`</td><td class="tdkt-signature"><p><strong>`)
	for i, l := range c.Signature.Lines() {
		if i > 0 {
			p.raw("<br>")
		}
		p.text(l)
	}
	p.raw(`</strong></p><p class="tdkt-signer"><strong>`)
	p.text(c.Signature.Name)
	p.raw("</strong></p></td></tr></table></footer>\n")
}

// footnotes lists the footnotes referenced so far and not yet listed:
// before the closing, those of the body; at the end, those of annexes.
func (p *printer) footnotes(d *report.Document) {
	if p.shown >= p.seen {
		return
	}
	p.raw(`<section class="tdkt-footnotes"><hr><ol>`)
	for _, n := range d.Footnotes[p.shown:p.seen] {
		num := strconv.Itoa(n.Number)
		p.raw(`<li id="tdkt-fn-` + num + `" value="` + num + `">`)
		p.runs(n.Runs)
		p.raw(` <a href="#tdkt-fnref-` + num + `">↩</a></li>`)
	}
	p.raw("</ol></section>\n")
	p.shown = p.seen
}

// Interface guards.
var _ report.Renderer = (*Renderer)(nil)
