// Package markdown renders report documents as Markdown (CommonMark with
// the GitHub extensions for tables and footnotes). Text from the document
// is escaped so that it stays text:
//
//   - the characters that open emphasis, code, links, HTML and tables get a
//     backslash, and "&" is written "&amp;";
//   - a line, a list item or a footnote never starts with spaces or a tab
//     (four would open a code block, fewer let " # x" be a heading), and
//     its first character cannot open a heading, a list or a quote;
//   - a bare address ("https://…", "www.…", "mailto:…") gets a backslash
//     before its colon or its first dot, so that GitHub's extended
//     autolinks leave it as text (an e-mail address still becomes a
//     mailto link there);
//   - control characters (C0 but for tab and line breaks, which become
//     spaces; DEL; C1, ESC among them) and the bidirectional formatting
//     characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
//     which could reverse a table cell on screen, are dropped.
//
// Markdown has no alignment of paragraphs and no pages: a paragraph's
// alignment and keep-with-next are left out rather than written as raw
// HTML, which many Markdown hosts strip or refuse. Columns are aligned
// with the table's delimiter row (":---:", "---:"); width hints are
// ignored; the totals come as the last rows, in bold.
//
// Importing the package registers the renderer as "markdown":
//
//	import _ "github.com/tdkt-vn/tdkt/report/markdown"
package markdown

import (
	"bufio"
	"context"
	"github.com/tdkt-vn/tdkt/internal/plaintext"
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
		switch t.Col(i).Align {
		case report.AlignLeft:
			sep.WriteString(" :--- |")
		case report.AlignCenter:
			sep.WriteString(" :---: |")
		case report.AlignRight:
			sep.WriteString(" ---: |")
		default:
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

// runs writes inlines as the content of a paragraph, a list item, a
// heading or a footnote: a line that must not open a block of its own.
func runs(rs []report.Inline) string {
	return blockStart(inlines(rs))
}

func inlines(rs []report.Inline) string {
	var b strings.Builder
	for _, r := range rs {
		switch r := r.(type) {
		case *report.Text:
			t := escapeInline(r.Text)
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
			b.WriteString(escapeInline(r.Text()))
		case *report.Note:
			b.WriteString("[^" + strconv.Itoa(r.Number) + "]")
		}
	}
	return b.String()
}

// escape makes a whole text of the document literal where it starts a
// line or a block: see escapeInline, then blockStart.
func escape(s string) string { return blockStart(escapeInline(s)) }

// escapeInline makes document text literal inside a line: the characters
// that open emphasis, code, links, HTML and tables get a backslash, and
// so do the marks of a heading, a list or a quote at its start; bare
// addresses are broken for autolinks; control and bidirectional
// formatting characters are dropped.
func escapeInline(s string) string {
	// Controls and bidirectional marks go first, so that what follows
	// them is judged where it lands: "\x00#" starts with a heading mark.
	s = plaintext.Clean(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case strings.ContainsRune("\\`*_[]<>|~!{}", r):
			b.WriteByte('\\')
		case i == 0 && strings.ContainsRune("#+-=>", r):
			b.WriteByte('\\')
		case r == '&':
			b.WriteString("&amp;")
			continue
		case r == ':' && autolinkColon(s, i):
			b.WriteByte('\\')
		case r == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www") && (i == 3 || !isWordByte(s[i-4])):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return orderedList(b.String())
}

// orderedList escapes the "1. " or "1) " that would open an ordered list
// at the start of s.
func orderedList(s string) string {
	if j := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); j > 0 && (strings.HasPrefix(s[j:], ". ") || strings.HasPrefix(s[j:], ") ")) {
		return s[:j] + "\\" + s[j:]
	}
	return s
}

// blockStart makes escaped text safe at the start of a line or a
// container (a list item, a footnote): no leading spaces or tabs, which
// would make an indented code block or let a heading, a list or a quote
// start after them, and a backslash before a mark that opens one.
func blockStart(s string) string {
	t := strings.TrimLeft(s, " \t")
	if len(t) == len(s) {
		return s
	}
	if t != "" && strings.ContainsRune("#+-=>", rune(t[0])) {
		return "\\" + t
	}
	return orderedList(t)
}

// autolinkColon reports whether the colon at s[i] ends the scheme of an
// address that GitHub would make a link of: "://" or "mailto:", "xmpp:".
func autolinkColon(s string, i int) bool {
	if strings.HasPrefix(s[i:], "://") {
		return true
	}
	for _, scheme := range []string{"mailto", "xmpp"} {
		if i >= len(scheme) && strings.EqualFold(s[i-len(scheme):i], scheme) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func cell(s string) string { return escape(s) }

// Interface guards.
var _ report.Renderer = (*Renderer)(nil)
