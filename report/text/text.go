// Package text renders report documents as plain text, in the layout of a
// report pasted from Word: the header in two columns, one paragraph per
// line, numbered headings, footnote references as superscript digits and
// the footnotes after the body, then recipients and signature.
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

	"github.com/tdkt-vn/tdkt/internal/texttable"
	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	report.MustRegisterRenderer("text", func() report.Renderer { return &Renderer{} })
}

// Renderer writes plain text. The zero value is ready to use.
type Renderer struct{}

// Render writes d to w.
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *report.Document) error {
	if d == nil {
		return report.ErrNil
	}
	bw := bufio.NewWriter(w)
	p := printer{w: bw, ctx: ctx}
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
			p.line(runs(b.Runs))
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
		for i, h := range t.Head {
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
		p.err = texttable.Write(p.w, rows, t.Right)
	}
	p.line()
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

// clean makes text safe for a line of plain text: valid UTF-8, no control
// characters (a tab or a newline inside a run becomes a space).
func clean(s string) string {
	ok := utf8.ValidString(s)
	if ok {
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 || s[i] == 0x7f {
				ok = false
				break
			}
		}
	}
	if ok {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return -1
		}
		return r
	}, s)
}

func cleanAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = clean(s)
	}
	return out
}

// Interface guards.
var _ report.Renderer = (*Renderer)(nil)
