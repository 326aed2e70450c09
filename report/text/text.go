// Package text renders report documents as plain text, in the layout of a
// report pasted from Word: the header in two columns, one paragraph per
// line, numbered headings, footnote references as superscript digits and
// the footnotes after the body, then recipients and signature.
//
// A centred or right-aligned paragraph is padded with spaces within the
// line width (Renderer.Width); text has no pages, so keeping a block with
// the next one means nothing here, and a column's width hint is ignored:
// columns are as wide as their longest cell. A table's columns are aligned
// as the model says; the totals come as its last rows.
//
// The output is meant for terminals and plain-text mail: text from the
// document loses its control characters (C0 and C1, ESC among them; a tab
// or a line break inside a run becomes a space) and the bidirectional
// formatting characters (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069), which could reverse a line or a table cell on screen;
// invalid UTF-8 becomes U+FFFD.
//
// Importing the package registers the renderer as "text":
//
//	import _ "github.com/tdkt-vn/tdkt/report/text"
package text

import (
	"bufio"
	"context"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/internal/plaintext"
	"github.com/tdkt-vn/tdkt/internal/texttable"
	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	report.MustRegisterRenderer("text", func() report.Renderer { return &Renderer{} })
}

// Renderer writes plain text. The zero value is ready to use.
type Renderer struct {
	// Width is the width of a line, in characters, within which centred
	// and right-aligned paragraphs are placed; zero means DefaultWidth. A
	// paragraph as long as the line, or longer, is not padded.
	Width int
}

// DefaultWidth is the line width of a zero Renderer: 72 characters, about
// the width of the header of a document.
const DefaultWidth = 72

// Render writes d to w.
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *report.Document) error {
	if d == nil {
		return report.ErrNil
	}
	bw := bufio.NewWriter(w)
	p := printer{w: bw, ctx: ctx, width: r.Width}
	if p.width <= 0 {
		p.width = DefaultWidth
	}
	p.header(d.Header)
	p.blocks(d.Body, d)
	p.seen = len(d.Footnotes)
	p.footnotes(d)
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
	width int
	seen  int // the highest footnote number written so far
	shown int // footnotes already listed
}

func (p *printer) line(parts ...string) {
	if p.err != nil {
		return
	}
	for _, s := range parts {
		p.w.WriteString(clean(s))
	}
	p.w.WriteByte('\n')
}

func (p *printer) header(h report.Header) {
	// The issuer's lines beside the national name and motto; the number
	// beside the place and date (Decree 30/2020, Appendix I). Without a
	// parent body the issuer stands on the first line.
	left := []string{strings.ToUpper(h.Parent), strings.ToUpper(h.Issuer), h.Number.String()}
	if h.Parent == "" {
		left[0], left[1] = left[1], ""
	}
	right := []string{report.NationalName, report.Motto, h.PlaceDate()}
	width := 0
	for _, l := range left {
		width = max(width, utf8.RuneCountInString(l))
	}
	for i := range left {
		p.line(left[i], strings.Repeat(" ", width-utf8.RuneCountInString(left[i])+6), right[i])
	}
	p.line()
	p.line(strings.ToUpper(h.Type))
	if h.Summary != "" {
		p.line(h.Summary)
	}
	p.line()
}

func (p *printer) blocks(bs []report.Block, d *report.Document) {
	for _, b := range bs {
		if p.n++; p.n%256 == 0 && p.err == nil {
			p.err = p.ctx.Err()
		}
		switch b := b.(type) {
		case *report.Heading:
			p.mark(b.Title)
			title := runs(b.Title)
			if b.Level == report.PartLevel {
				p.line(b.Number)
				p.line()
				p.line(title)
			} else {
				p.line(b.Number, " ", title)
			}
			p.line()
		case *report.Paragraph:
			p.mark(b.Runs)
			text := clean(runs(b.Runs))
			pad := p.width - utf8.RuneCountInString(text)
			switch {
			case pad <= 0:
			case b.Align == report.AlignCenter:
				text = strings.Repeat(" ", pad/2) + text
			case b.Align == report.AlignRight:
				text = strings.Repeat(" ", pad) + text
			}
			p.line(text)
			p.line()
		case *report.List:
			for i, it := range b.Items {
				p.mark(it)
				if b.Numbered { // numbered items are paragraphs of their own
					p.line(itoa(i+1), ". ", runs(it))
					p.line()
					continue
				}
				p.line("- ", runs(it))
			}
			if !b.Numbered {
				p.line()
			}
		case *report.Table:
			p.table(b)
		case *report.Closing:
			p.footnotes(d)
			p.closing(b)
		case *report.Annex:
			p.line()
			p.line(b.Title)
			if b.Subtitle != "" {
				p.line(b.Subtitle)
			}
			if b.Ref != "" {
				p.line(b.Ref)
			}
			p.line()
			p.blocks(b.Blocks, d)
		case *report.PageBreak:
			p.line()
		}
	}
}

func (p *printer) table(t *report.Table) {
	if t.Caption != "" {
		p.line(t.Caption)
	}
	rows := make([][]string, 0, len(t.Rows)+len(t.Foot)+2)
	if len(t.Head) > 0 {
		rows = append(rows, cleanAll(t.Head))
		sep := make([]string, len(t.Head))
		for i, h := range rows[0] {
			sep[i] = strings.Repeat("-", max(3, utf8.RuneCountInString(h)))
		}
		rows = append(rows, sep)
	}
	for _, r := range t.Rows {
		rows = append(rows, cleanAll(r))
	}
	for _, r := range t.Foot {
		rows = append(rows, cleanAll(r))
	}
	if p.err == nil {
		p.err = writeTable(p.w, rows, t)
	}
	p.line()
}

// writeTable writes rows in columns two spaces apart (texttable), each
// aligned as t's column says.
func writeTable(w *bufio.Writer, rows [][]string, t *report.Table) error {
	return texttable.WriteAligned(w, rows, func(col int) texttable.Align {
		switch t.Col(col).Align {
		case report.AlignRight:
			return texttable.Right
		case report.AlignCenter:
			return texttable.Center
		}
		return texttable.Left
	})
}

// footnotes lists the footnotes referenced so far and not yet listed:
// before the closing, those of the body; at the end, those of annexes.
func (p *printer) footnotes(d *report.Document) {
	if p.shown >= p.seen {
		return
	}
	p.line("__________")
	for _, n := range d.Footnotes[p.shown:p.seen] {
		p.line(superscript(n.Number), " ", runs(n.Runs))
	}
	p.shown = p.seen
	p.line()
}

func (p *printer) closing(c *report.Closing) {
	if len(c.Recipients) > 0 {
		p.line("Nơi nhận:")
		for _, r := range c.Recipients {
			p.line("- ", r)
		}
		p.line()
	}
	for _, l := range c.Signature.Lines() {
		p.line(l)
	}
	p.line()
	p.line(c.Signature.Name)
}

// runs writes inlines: figures formatted, footnote references as
// superscript digits.
func runs(rs []report.Inline) string {
	var b strings.Builder
	for _, r := range rs {
		switch r := r.(type) {
		case *report.Text:
			b.WriteString(r.Text)
		case *report.Figure:
			b.WriteString(r.Text())
		case *report.Note:
			b.WriteString(superscript(r.Number))
		}
	}
	return b.String()
}

// mark records the footnotes that inlines reference.
func (p *printer) mark(rs []report.Inline) {
	for _, r := range rs {
		if n, ok := r.(*report.Note); ok {
			p.seen = max(p.seen, n.Number)
		}
	}
}

var supDigits = []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")

func superscript(n int) string {
	s := []rune(itoa(n))
	for i, r := range s {
		if r >= '0' && r <= '9' {
			s[i] = supDigits[r-'0']
		}
	}
	return string(s)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// clean makes text safe for a line of plain text on a terminal
// (internal/plaintext).
func clean(s string) string { return plaintext.Clean(s) }

func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = clean(s)
	}
	return out
}

// Interface guards.
var _ report.Renderer = (*Renderer)(nil)
