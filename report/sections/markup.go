package sections

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/report"
)

// MarkupError is an error in prose markup: where (1-based character) and
// what.
type MarkupError struct {
	Pos int
	Msg string
}

func (e *MarkupError) Error() string { return fmt.Sprintf("markup: character %d: %s", e.Pos, e.Msg) }

// Parse reads the markup of officers' prose into blocks:
//
//   - a blank line separates paragraphs; lines that start with "- " are the
//     items of a list (a blank line ends it); lines that start with "+ " are
//     the items of a numbered list, which blank lines between items do not
//     end: the renderer numbers them;
//   - **bold** and *italic*;
//   - {name} is a figure: the entry name of data, formatted when the
//     document is rendered (a report.Value, a metrics.Amount or
//     metrics.Count, text or a whole number, read as a
//     report.Ref[report.Value] reads it);
//   - ^[text] is a footnote, whose text may hold figures and emphasis;
//   - a backslash makes the next character literal: \{ \* \^ \\.
//
// Unclosed marks and unknown names are errors that say at which character.
func Parse(text string, data report.Data) ([]report.Block, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if !nfc.Plain(text) {
		text = nfc.String(text)
		if !utf8.ValidString(text) {
			text = string([]rune(text)) // each invalid byte a U+FFFD, one character
		}
	}
	var out []report.Block
	var list *report.List
	var para *report.Paragraph
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		trimmed := strings.TrimSpace(line)
		p := inlineParser{data: data, before: text[:start], skip: len(line) - len(strings.TrimLeft(line, " \t"))}
		switch {
		case trimmed == "":
			if list != nil && !list.Numbered {
				list = nil
			}
			para = nil
		case strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "+ "):
			numbered := trimmed[0] == '+'
			p.s, p.skip = trimmed[2:], p.skip+2
			runs, err := p.until(0)
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
			p.s = trimmed
			runs, err := p.until(0)
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
		start = end + 1
	}
	return out, nil
}

// inlineParser reads the inline markup of s, a line (or a list item)
// trimmed, byte by byte: every mark is ASCII, so a byte that is one is
// never inside another character, and text runs are slices of s.
type inlineParser struct {
	s    string
	i    int // the byte read next
	data report.Data
	// Where s is, for the position of an error, counted in characters only
	// then: the text before its line, and the characters of the line
	// before s (its leading spaces and tabs, and a list's mark).
	before string
	skip   int
}

// errAt returns a *MarkupError at byte i of s.
func (p *inlineParser) errAt(i int, format string, args ...any) error {
	pos := utf8.RuneCountInString(p.before) + p.skip + utf8.RuneCountInString(p.s[:i]) + 1
	return &MarkupError{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// until parses runs until the closing byte (0: the end; ']' for a note).
func (p *inlineParser) until(closing byte) ([]report.Inline, error) {
	var runs []report.Inline
	// The run being read is s[from:p.i], after text when it had an escape:
	// what came before, the escaped character in place of the backslash.
	var text []byte
	escaped := false
	from := p.i
	bold, italic := false, false
	boldAt, italicAt := 0, 0
	flush := func() {
		t := p.s[from:p.i]
		if escaped {
			text = append(text, t...)
			t = string(text)
			text, escaped = text[:0], false
		}
		if t != "" {
			runs = append(runs, &report.Text{Text: t, Bold: bold, Italic: italic})
		}
	}
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '\\' && p.i+1 < len(p.s):
			_, n := utf8.DecodeRuneInString(p.s[p.i+1:])
			text = append(append(text, p.s[from:p.i]...), p.s[p.i+1:p.i+1+n]...)
			escaped = true
			p.i += 1 + n
			from = p.i
		case c == closing:
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
		case c == '*' && p.i+1 < len(p.s) && p.s[p.i+1] == '*':
			flush()
			bold = !bold
			boldAt = p.i
			p.i += 2
			from = p.i
		case c == '*':
			flush()
			italic = !italic
			italicAt = p.i
			p.i++
			from = p.i
		case c == '{':
			end := strings.IndexByte(p.s[p.i+1:], '}')
			if end < 0 {
				return nil, p.errAt(p.i, "figure not closed: want {name}")
			}
			end += p.i + 1
			v, err := p.figure(strings.TrimSpace(p.s[p.i+1 : end]))
			if err != nil {
				return nil, p.errAt(p.i, "%v", err)
			}
			flush()
			runs = append(runs, &report.Figure{Value: v})
			p.i = end + 1
			from = p.i
		case c == '^' && p.i+1 < len(p.s) && p.s[p.i+1] == '[':
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
			from = p.i
		default:
			p.i = skipText(p.s, p.i+1)
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

// marks holds the bytes that may start or end markup: '\\', '*', '{', '^',
// ']' and 0, which ends a run at the top level (as it did when the text was
// read rune by rune: it stands for "no closing mark").
var marks = [256]bool{'\\': true, '*': true, '{': true, '^': true, ']': true, 0: true}

// skipText returns the offset of the first byte from i of s that may be
// markup, or len(s).
func skipText(s string, i int) int {
	for i < len(s) && !marks[s[i]] {
		i++
	}
	return i
}

func (p *inlineParser) figure(name string) (report.Value, error) {
	if name == "" {
		return nil, fmt.Errorf("empty figure name")
	}
	return report.Named[report.Value](name).Resolve(p.data)
}
