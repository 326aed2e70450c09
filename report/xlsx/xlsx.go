package xlsx

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/xuri/excelize/v2"
)

func init() {
	report.MustRegisterRenderer("xlsx", func() report.Renderer { return &Renderer{} })
}

// Renderer writes XLSX. The zero value is ready to use.
type Renderer struct {
	// Font is the font of every cell; empty means "Times New Roman".
	Font string
	// FontSize is the font size in points; zero means 12. Render fails on
	// a size below zero or above 409, the largest a spreadsheet sets.
	FontSize int
}

// maxFontSize is the largest font size, in points, that Excel sets.
const maxFontSize = 409

// Render writes d to w as an .xlsx workbook.
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *report.Document) error {
	if d == nil {
		return report.ErrNil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	size := r.FontSize
	switch {
	case size == 0:
		size = 12
	case size < 0 || size > maxFontSize:
		return fmt.Errorf("xlsx: font size %d pt out of range: want 1 to %d, or 0 for 12", size, maxFontSize)
	}
	font := clean(r.Font)
	if font == "" {
		font = "Times New Roman"
	}
	sheets := plan(d)
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return newArchive(w) })
	if err := f.SetDefaultFont(font); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	b := &book{f: f, font: font, size: float64(size), styles: map[style]int{}}
	for i, name := range sheetNames(sheets) {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", name)
		} else {
			_, err = f.NewSheet(name)
		}
		if err != nil {
			return fmt.Errorf("xlsx: sheet %q: %w", name, err)
		}
		if err := b.sheet(ctx, name, sheets[i]); err != nil {
			return fmt.Errorf("sheet %q: %w", name, err)
		}
	}
	f.SetActiveSheet(0)
	h := d.Header
	title := clean(h.Summary)
	if title == "" {
		title = clean(h.Type)
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: title, Creator: clean(h.Issuer), Language: "vi-VN",
		Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z",
	}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return f.Write(w)
}

// line is a line of text on a sheet, outside a table: a title above it,
// or a paragraph, list item, closing line or footnote below it.
type line struct {
	text         string
	bold, italic bool
	align        report.Align
	notes        []*report.Note // the footnotes it refers to
}

// page is what one sheet holds.
type page struct {
	titles []line
	skip   int           // the titles that are the document's header, which name no sheet
	table  *report.Table // nil for a sheet of text only
	after  []line
	notes  []*report.Note
}

// planner lays the blocks of a document out on sheets.
type planner struct {
	pages   []*page
	pending []line // titles waiting for their table
	open    bool   // lines go below the last page's table
}

// plan returns the sheets of d: one per table, with the text around it;
// one sheet of text when d has no table.
func plan(d *report.Document) []*page {
	var p planner
	p.blocks(d.Body)
	head := headerLines(d.Header)
	if len(p.pages) == 0 {
		p.pages = append(p.pages, &page{})
		p.open = true
	}
	p.flush()
	first := p.pages[0]
	first.titles = append(head, first.titles...)
	first.skip = len(head)
	for _, pg := range p.pages {
		seen := map[*report.Note]bool{}
		var notes []line
		for _, n := range pg.notes {
			if n == nil || seen[n] {
				continue
			}
			seen[n] = true
			notes = append(notes, line{text: superscript(n.Number) + " " + report.Plain(n.Runs)})
		}
		if len(notes) > 0 {
			pg.after = append(pg.after, line{text: "__________"})
			pg.after = append(pg.after, notes...)
		}
	}
	return p.pages
}

// headerLines are the lines of the header of Decree 30/2020, one under
// the other; none for a header with neither issuer nor type (a fragment,
// a list).
func headerLines(h report.Header) []line {
	if strings.TrimSpace(h.Issuer) == "" && strings.TrimSpace(h.Type) == "" {
		return nil
	}
	var out []line
	add := func(l line) {
		if strings.TrimSpace(l.text) != "" {
			l.align = report.AlignCenter
			out = append(out, l)
		}
	}
	add(line{text: strings.ToUpper(h.Parent)})
	add(line{text: strings.ToUpper(h.Issuer), bold: true})
	add(line{text: h.Number.String()})
	add(line{text: report.NationalName, bold: true})
	add(line{text: report.Motto, bold: true})
	add(line{text: h.PlaceDate(), italic: true})
	add(line{text: strings.ToUpper(h.Type), bold: true})
	add(line{text: h.Summary, bold: true})
	return out
}

func (p *planner) blocks(bs []report.Block) {
	for _, b := range bs {
		switch b := b.(type) {
		case *report.Heading:
			p.open = false
			text := report.Plain(b.Title)
			if b.Number != "" {
				text = b.Number + " " + text
			}
			p.add(line{text: text, bold: true, notes: notesOf(b.Title)})
		case *report.Paragraph:
			bold, italic := styleOf(b.Runs)
			p.add(line{text: runs(b.Runs), bold: bold, italic: italic, align: b.Align, notes: notesOf(b.Runs)})
		case *report.List:
			for i, it := range b.Items {
				mark := "- "
				if b.Numbered {
					mark = strconv.Itoa(i+1) + ". "
				}
				p.add(line{text: mark + runs(it), notes: notesOf(it)})
			}
		case *report.Table:
			p.pages = append(p.pages, &page{titles: p.pending, table: b, notes: pendingNotes(p.pending)})
			p.pending = nil
			p.open = true
		case *report.Closing:
			p.flush()
			var ls []line
			if len(b.Recipients) > 0 {
				ls = append(ls, line{text: "Nơi nhận:", bold: true, italic: true})
				for _, r := range b.Recipients {
					ls = append(ls, line{text: "- " + r})
				}
			}
			for _, l := range b.Signature.Lines() {
				ls = append(ls, line{text: l, bold: true, align: report.AlignRight})
			}
			if b.Signature.Name != "" {
				ls = append(ls, line{text: b.Signature.Name, bold: true, align: report.AlignRight})
			}
			for _, l := range ls {
				p.add(l)
			}
		case *report.Annex:
			p.flush()
			p.open = false
			for _, l := range []line{{text: b.Title, bold: true}, {text: b.Subtitle, bold: true}, {text: b.Ref, italic: true}} {
				if strings.TrimSpace(l.text) != "" {
					l.align = report.AlignCenter
					p.add(l)
				}
			}
			p.blocks(b.Blocks)
			p.flush()
			p.open = false
		case *report.PageBreak:
			p.open = false
		}
	}
}

// add puts l below the last table, or among the titles of the next.
func (p *planner) add(l line) {
	if p.open && len(p.pages) > 0 {
		pg := p.pages[len(p.pages)-1]
		pg.after = append(pg.after, l)
		pg.notes = append(pg.notes, l.notes...)
		return
	}
	p.pending = append(p.pending, l)
}

// flush puts the lines that wait for a table below the last table, when
// no table comes for them (the end of the body, an annex, a closing).
func (p *planner) flush() {
	if len(p.pending) == 0 || len(p.pages) == 0 {
		return
	}
	pg := p.pages[len(p.pages)-1]
	pg.after = append(pg.after, p.pending...)
	pg.notes = append(pg.notes, pendingNotes(p.pending)...)
	p.pending = nil
	p.open = true
}

func pendingNotes(ls []line) []*report.Note {
	var out []*report.Note
	for _, l := range ls {
		out = append(out, l.notes...)
	}
	return out
}

func notesOf(rs []report.Inline) []*report.Note {
	var out []*report.Note
	for _, r := range rs {
		if n, ok := r.(*report.Note); ok && n != nil {
			out = append(out, n)
		}
	}
	return out
}

// styleOf reports whether every text run of rs is bold, and italic.
func styleOf(rs []report.Inline) (bold, italic bool) {
	n := 0
	bold, italic = true, true
	for _, r := range rs {
		if t, ok := r.(*report.Text); ok && t != nil && strings.TrimSpace(t.Text) != "" {
			n++
			bold = bold && t.Bold
			italic = italic && t.Italic
		}
	}
	return bold && n > 0, italic && n > 0
}

// runs writes inlines: figures formatted, footnote references as
// superscript digits.
func runs(rs []report.Inline) string {
	var b strings.Builder
	for _, r := range rs {
		switch r := r.(type) {
		case *report.Text:
			if r != nil {
				b.WriteString(r.Text)
			}
		case *report.Figure:
			b.WriteString(r.Text())
		case *report.Note:
			if r != nil {
				b.WriteString(superscript(r.Number))
			}
		}
	}
	return b.String()
}

var superscripts = [...]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

func superscript(n int) string {
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		if c >= '0' && c <= '9' {
			b.WriteString(superscripts[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// sheetNames names the pages: a table's caption, or else its first
// title, or else "Bảng n", made a valid name (at most 31 characters, none
// of : \ / ? * [ ], no apostrophe) that no other sheet has.
func sheetNames(pages []*page) []string {
	names := make([]string, len(pages))
	taken := map[string]bool{}
	for i, pg := range pages {
		var base string
		if pg.table != nil {
			base = sheetName(pg.table.Caption)
		}
		for _, t := range pg.titles[pg.skip:] {
			if base != "" {
				break
			}
			base = sheetName(t.text)
		}
		if base == "" {
			base = "Bảng " + strconv.Itoa(i+1)
		}
		name := base
		for n := 2; taken[strings.ToLower(name)] || strings.EqualFold(name, "History"); n++ {
			suffix := " (" + strconv.Itoa(n) + ")"
			name = strings.TrimSpace(cut(base, 31-utf16Len(suffix))) + suffix
		}
		taken[strings.ToLower(name)] = true
		names[i] = name
	}
	return names
}

func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '/' || r == '\\':
			return '-'
		case strings.ContainsRune(":?*[]'", r), r < 0x20, r >= 0x7f && r < 0xa0, r > 0xffff, r == utf8.RuneError:
			return -1
		case r == '\u2028' || r == '\u2029':
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimSpace(cut(s, 31))
}

// cut cuts s to n UTF-16 units, the measure of sheet names.
func cut(s string, n int) string {
	units := 0
	for i, r := range s {
		w := 1
		if r > 0xffff {
			w = 2
		}
		if units+w > n {
			return s[:i]
		}
		units += w
	}
	return s
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xffff {
			n++
		}
	}
	return n
}

// clean makes text safe for XML: valid UTF-8, without the characters XML
// 1.0 forbids (controls other than tab, line feed and carriage return,
// U+FFFE, U+FFFF) and the C1 controls; U+2028 and U+2029 become line
// feeds. Text that is safe already is returned as it is.
func clean(s string) string {
	if safe(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u2028' || r == '\u2029':
			return '\n'
		case dropped(r):
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

func safe(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || dropped(r) || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += n
	}
	return true
}

func dropped(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r < 0xa0 || r == 0xfffe || r == 0xffff
}

// Interface guards.
var _ report.Renderer = (*Renderer)(nil)
