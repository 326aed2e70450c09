package docx

import (
	"bytes"
	"context"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
)

// fuzzSeeds are FuzzRender's seeds; TestSchema renders them too.
var fuzzSeeds = []struct {
	text, table, note string
	shape, size       uint8
}{
	{"Sở Nội vụ", "STT|Họ và tên|Số tiền\n1|Nguyễn Văn An|1.000.000\nCộng||1.000.000", "Quỹ thi đua, khen thưởng", 0b111, 0},
	{"<w:p>&amp;</w:p>", "]]>|<w:tbl>", `"'&<>`, 0b1010, 13},
	{"\x00\x0b\uFFFE\xff", "\t|\r\n\x1f", "\u2028", 0xff, 255},
	{"", "", "", 0, 1},
	{"a\nb\nc", "||\n|\n", "x\ny", 6, 14},
}

// FuzzRender renders documents built from fuzzed text (header, headings,
// paragraphs with runs, figures and footnotes, lists, tables whose shape
// comes from the text, closing and signature, annex) and checks that every
// part is well-formed and valid against the schema table.
func FuzzRender(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s.text, s.table, s.note, s.shape, s.size)
	}
	f.Fuzz(func(t *testing.T, text, table, note string, shape, size uint8) {
		var b bytes.Buffer
		if err := (&Renderer{FontSize: int(size)}).Render(context.Background(), &b, fuzzDocument(text, table, note, shape)); err != nil {
			t.Fatal(err)
		}
		if errs := wordml.Check(b.Bytes()); len(errs) > 0 {
			t.Fatalf("%d errors, the first: %v", len(errs), errs[0])
		}
	})
}

// fuzzDocument builds a document from text: the table's rows are its
// lines and its cells are cut at "|"; the bits of shape choose the heading
// level (including levels out of range), the authority, a head and foot
// row, the columns' alignment, whether rows split and the table and a
// paragraph keep with the next, and the paragraph's alignment.
func fuzzDocument(text, table, note string, shape uint8) *report.Document {
	lines := strings.Split(note, "\n")
	var rows [][]string
	for _, l := range strings.Split(table, "\n") {
		rows = append(rows, strings.Split(l, "|"))
	}
	t := &report.Table{Caption: text, Rows: rows}
	if shape&1 != 0 && len(rows) > 0 {
		t.Head, t.Rows = rows[0], rows[1:]
	}
	if shape&2 != 0 && len(t.Rows) > 0 {
		t.Rows, t.Foot = t.Rows[:len(t.Rows)-1], t.Rows[len(t.Rows)-1:]
	}
	// Column i's alignment comes from bits i and i+1 of shape, its width
	// hint from the length of the text (out of range included).
	for i := 0; i < 8; i++ {
		t.Columns = append(t.Columns, report.Column{Align: report.Align(shape >> i & 3), Width: (len(text)*(i+1) - 7) % 130})
	}
	t.SplitRows, t.KeepNext = shape&16 != 0, shape&32 != 0
	align := report.Align(shape>>4) % 6 // the constants and one that is none
	authorities := []report.Authority{report.SignsAsHead, report.KT, report.TM, report.Q, report.TL, report.TUQ}
	runs := []report.Inline{report.T(text), &report.Text{Text: note, Bold: true}, &report.Text{Text: text, Italic: shape&4 != 0},
		&report.Figure{Value: report.TextValue(note)}, &report.Note{Runs: []report.Inline{report.T(note), &report.Text{Text: text, Bold: true}}}}
	d := &report.Document{
		Header: report.Header{Parent: text, Issuer: note, Number: report.Number{Type: "BC", Issuer: text},
			Place: text, Year: 2026, Type: note, Summary: text},
		Body: []report.Block{
			&report.Heading{Level: report.Level(shape % 7), Title: []report.Inline{report.T(text)}},
			&report.Heading{Level: report.PartLevel, Title: runs},
			&report.Paragraph{Runs: runs, Align: align, KeepNext: shape&64 != 0},
			&report.List{Numbered: shape&8 != 0, Items: [][]report.Inline{runs, {report.T(note)}, nil}},
			t,
			&report.PageBreak{},
			&report.Closing{Recipients: lines, Signature: report.Signature{Authority: authorities[int(shape)%len(authorities)],
				For: text, Position: note, Name: text}},
			&report.Annex{Title: text, Subtitle: note, Ref: text, Blocks: []report.Block{t, &report.Paragraph{Runs: runs}}},
		},
	}
	d.Number()
	return d
}
