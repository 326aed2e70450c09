// Package markdown renders report documents as Markdown (CommonMark with
// the GitHub extensions for tables and footnotes). Text from the document
// is escaped so that it stays text.
//
// Importing the package registers the renderer as "markdown":
//
//	import _ "github.com/tdkt-vn/tdkt/report/markdown"
package markdown

import (
	"bufio"
	"context"
	"io"
	"strconv"
	"strings"

	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	report.MustRegisterRenderer("markdown", func() report.Renderer { return &Renderer{} })
}

// Renderer writes Markdown. The zero value is ready to use.
type Renderer struct{}

// lineBreak is a hard line break inside a paragraph: a backslash at the end
// of the line (CommonMark 6.7), which editors do not strip as they strip
// trailing spaces.
const lineBreak = "\\\n"

// Render writes d to w.
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *report.Document) error {
	if d == nil {
		return report.ErrNil
	}
	bw := bufio.NewWriter(w)
	p := printer{w: bw, ctx: ctx}
	h := d.Header
	issuer := []string{"**" + escape(strings.ToUpper(h.Issuer)) + "**", escape(h.Number.String())}
	if h.Parent != "" {
		issuer = append([]string{escape(strings.ToUpper(h.Parent))}, issuer...)
	}
	p.para(strings.Join(issuer, lineBreak))
	p.para("**" + report.NationalName + "**" + lineBreak + "**" + report.Motto + "**")
	p.para("*" + escape(h.PlaceDate()) + "*")
	p.para("# " + escape(strings.ToUpper(h.Type)))
	if h.Summary != "" {
		p.para("**" + escape(h.Summary) + "**")
	}
	p.blocks(d.Body)
	for _, n := range d.Footnotes {
		p.para("[^" + strconv.Itoa(n.Number) + "]: " + runs(n.Runs))
	}
	if p.err != nil {
		return p.err
	}
	return bw.Flush()
}

type printer struct {
	w   *bufio.Writer
	ctx context.Context
	err error
	n   int
}

// para writes a paragraph of Markdown and a blank line.
func (p *printer) para(s string) {
	if p.err == nil {
		p.w.WriteString(s)
		_, p.err = p.w.WriteString("\n\n")
	}
}

var headingMarks = [...]string{"##", "##", "###", "####", "#####", "######"}

func (p *printer) blocks(bs []report.Block) {
	for _, b := range bs {
		if p.n++; p.n%256 == 0 && p.err == nil {
			p.err = p.ctx.Err()
		}
		switch b := b.(type) {
		case *report.Heading:
			mark := headingMarks[min(int(b.Level), len(headingMarks)-1)]
			if b.Level == report.PartLevel {
				p.para(mark + " " + escape(b.Number))
				p.para(mark + " " + runs(b.Title))
			} else {
				p.para(mark + " " + escape(b.Number) + " " + runs(b.Title))
			}
		case *report.Paragraph:
			p.para(runs(b.Runs))
		case *report.List:
			items := make([]string, len(b.Items))
			for i, it := range b.Items {
				if b.Numbered {
					items[i] = strconv.Itoa(i+1) + ". " + runs(it)
				} else {
					items[i] = "- " + runs(it)
				}
			}
			p.para(strings.Join(items, "\n"))
		case *report.Table:
			p.table(b)
		case *report.Closing:
			var lines []string
			if len(b.Recipients) > 0 {
				lines = append(lines, "***Nơi nhận:***")
				for _, r := range b.Recipients {
					lines = append(lines, "- "+escape(r))
				}
				p.para(strings.Join(lines, "\n"))
			}
			var sig []string
			for _, l := range b.Signature.Lines() {
				sig = append(sig, "**"+escape(l)+"**")
			}
			if len(sig) > 0 {
				p.para(strings.Join(sig, lineBreak))
			}
			p.para("**" + escape(b.Signature.Name) + "**")
		case *report.Annex:
			p.para("---")
			p.para("**" + escape(b.Title) + "**")
			if b.Subtitle != "" {
				p.para("**" + escape(b.Subtitle) + "**")
			}
			if b.Ref != "" {
				p.para("*" + escape(b.Ref) + "*")
			}
			p.blocks(b.Blocks)
		case *report.PageBreak:
			p.para("---")
		}
	}
}

func (p *printer) table(t *report.Table) {
	if t.Caption != "" {
		p.para("*" + escape(t.Caption) + "*")
	}
	cols := len(t.Head)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	row := func(cells []string, bold bool) string {
		var b strings.Builder
		b.WriteString("|")
		for i := 0; i < cols; i++ {
			c := ""
			if i < len(cells) {
				c = cell(cells[i])
			}
			if bold && c != "" {
				c = "**" + c + "**"
			}
			b.WriteString(" " + c + " |")
		}
		return b.String()
	}
	lines := []string{row(t.Head, false)}
	var sep strings.Builder
	sep.WriteString("|")
	for i := 0; i < cols; i++ {
		if i < len(t.Right) && t.Right[i] {
			sep.WriteString(" ---: |")
		} else {
			sep.WriteString(" --- |")
		}
	}
	lines = append(lines, sep.String())
	for _, r := range t.Rows {
		lines = append(lines, row(r, false))
	}
	for _, r := range t.Foot {
		lines = append(lines, row(r, true))
	}
	p.para(strings.Join(lines, "\n"))
}

func runs(rs []report.Inline) string {
	var b strings.Builder
	for _, r := range rs {
		switch r := r.(type) {
		case *report.Text:
			t := escape(r.Text)
			if t == "" {
				continue
			}
			switch {
			case r.Bold && r.Italic:
				t = "***" + t + "***"
			case r.Bold:
				t = "**" + t + "**"
			case r.Italic:
				t = "*" + t + "*"
			}
			b.WriteString(t)
		case *report.Figure:
			b.WriteString(escape(r.Text()))
		case *report.Note:
			b.WriteString("[^" + strconv.Itoa(r.Number) + "]")
		}
	}
	return b.String()
}

// escape makes document text literal in Markdown: the characters that open
// emphasis, code, links, HTML and tables get a backslash, and a line can
// never start a heading, a list or a quote.
func escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
			continue
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			continue
		case strings.ContainsRune("\\`*_[]<>|~!{}", r):
			b.WriteByte('\\')
		case i == 0 && strings.ContainsRune("#+-=>", r):
			b.WriteByte('\\')
		case r == '&':
			b.WriteString("&amp;")
			continue
		}
		b.WriteRune(r)
	}
	out := b.String()
	// "1. " at the start would become an ordered list.
	if j := strings.IndexFunc(out, func(r rune) bool { return r < '0' || r > '9' }); j > 0 && (strings.HasPrefix(out[j:], ". ") || strings.HasPrefix(out[j:], ") ")) {
		out = out[:j] + "\\" + out[j:]
	}
	return out
}

func cell(s string) string { return escape(s) }

// Interface guards.
var _ report.Renderer = (*Renderer)(nil)
