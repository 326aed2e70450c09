package sections

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/report"
	"golang.org/x/text/unicode/norm"
)

// referenceParse is Parse as it was written first, rune by rune: the
// differential tests hold Parse to it, output and errors alike.
func referenceParse(text string, data report.Data) ([]report.Block, error) {
	text = norm.NFC.String(strings.ReplaceAll(text, "\r\n", "\n"))
	var out []report.Block
	var list *report.List
	var para *report.Paragraph
	offset := 0 // rune offset of the current line
	for _, line := range strings.Split(text, "\n") {
		n := utf8.RuneCountInString(line) + 1
		trimmed := strings.TrimSpace(line)
		lead := utf8.RuneCountInString(line) - utf8.RuneCountInString(strings.TrimLeft(line, " \t"))
		switch {
		case trimmed == "":
			if list != nil && !list.Numbered {
				list = nil
			}
			para = nil
		case strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "+ "):
			numbered := trimmed[0] == '+'
			runs, err := refInline(trimmed[2:], data, offset+lead+2)
			if err != nil {
				return nil, err
			}
			if list == nil || list.Numbered != numbered {
				list = &report.List{Numbered: numbered}
				out = append(out, list)
			}
			list.Items = append(list.Items, runs)
			para = nil
		default:
			runs, err := refInline(trimmed, data, offset+lead)
			if err != nil {
				return nil, err
			}
			if para != nil { // a line break inside a paragraph joins the lines
				para.Runs = append(append(para.Runs, report.T(" ")), runs...)
			} else {
				para = &report.Paragraph{Runs: runs}
				out = append(out, para)
			}
			list = nil
		}
		offset += n
	}
	return out, nil
}

type refParser struct {
	s    []rune
	i    int
	base int
	data report.Data
}

func refInline(s string, data report.Data, base int) ([]report.Inline, error) {
	p := &refParser{s: []rune(s), base: base, data: data}
	runs, err := p.until(0)
	if err != nil {
		return nil, err
	}
	return runs, nil
}

func (p *refParser) errAt(i int, format string, args ...any) error {
	return &MarkupError{Pos: p.base + i + 1, Msg: fmt.Sprintf(format, args...)}
}

// until parses runs until the closing rune (0: the end; ']' for a note).
func (p *refParser) until(closing rune) ([]report.Inline, error) {
	var runs []report.Inline
	var buf strings.Builder
	bold, italic := false, false
	boldAt, italicAt := 0, 0
	flush := func() {
		if buf.Len() > 0 {
			runs = append(runs, &report.Text{Text: buf.String(), Bold: bold, Italic: italic})
			buf.Reset()
		}
	}
	for p.i < len(p.s) {
		r := p.s[p.i]
		switch {
		case r == '\\' && p.i+1 < len(p.s):
			buf.WriteRune(p.s[p.i+1])
			p.i += 2
		case r == closing:
			if bold || italic {
				at := boldAt
				if !bold {
					at = italicAt
				}
				return nil, p.errAt(at, "emphasis opened here is not closed before the end of the footnote")
			}
			flush()
			p.i++
			return runs, nil
		case r == '*' && p.i+1 < len(p.s) && p.s[p.i+1] == '*':
			flush()
			bold = !bold
			boldAt = p.i
			p.i += 2
		case r == '*':
			flush()
			italic = !italic
			italicAt = p.i
			p.i++
		case r == '{':
			end := p.i + 1
			for end < len(p.s) && p.s[end] != '}' {
				end++
			}
			if end == len(p.s) {
				return nil, p.errAt(p.i, "figure not closed: want {name}")
			}
			name := strings.TrimSpace(string(p.s[p.i+1 : end]))
			v, err := p.figure(name)
			if err != nil {
				return nil, p.errAt(p.i, "%v", err)
			}
			flush()
			runs = append(runs, &report.Figure{Value: v})
			p.i = end + 1
		case r == '^' && p.i+1 < len(p.s) && p.s[p.i+1] == '[':
			if closing != 0 {
				return nil, p.errAt(p.i, "a footnote cannot hold another footnote")
			}
			start := p.i
			flush()
			p.i += 2
			note, err := p.until(']')
			if err != nil {
				return nil, err
			}
			if p.i > len(p.s) || (p.i == len(p.s) && (p.i == 0 || p.s[p.i-1] != ']')) {
				return nil, p.errAt(start, "footnote not closed: want ^[text]")
			}
			runs = append(runs, &report.Note{Runs: note})
		default:
			buf.WriteRune(r)
			p.i++
		}
	}
	if closing != 0 {
		return nil, p.errAt(len(p.s), "footnote not closed: want ^[text]")
	}
	switch {
	case bold:
		return nil, p.errAt(boldAt, "bold not closed: want **text**")
	case italic:
		return nil, p.errAt(italicAt, "italic not closed: want *text*")
	}
	flush()
	return runs, nil
}

func (p *refParser) figure(name string) (report.Value, error) {
	if name == "" {
		return nil, fmt.Errorf("empty figure name")
	}
	return report.Named[report.Value](name).Resolve(p.data)
}
