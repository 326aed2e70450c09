package forms

import (
	"context"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	report.MustRegisterSection("statistics-form", func() report.Section { return &Section{} })
}

// Header is what a form prints besides its figures: who reports to whom,
// who prepared it and who signs it.
type Header struct {
	Reporter string `json:"reporter"`           // đơn vị báo cáo: "Sở Giáo dục và Đào tạo tỉnh Lam Sơn"
	Receiver string `json:"receiver"`           // đơn vị nhận báo cáo: "Sở Nội vụ tỉnh Lam Sơn"
	Preparer string `json:"preparer,omitempty"` // người lập biểu
	Signer   string `json:"signer,omitempty"`   // the head who signs
	// Position is the signer's title above the signature; empty means
	// "THỦ TRƯỞNG ĐƠN VỊ".
	Position string       `json:"position,omitempty"`
	Place    string       `json:"place,omitempty"` // địa danh: "Lam Sơn"
	Date     metrics.Date `json:"date,omitzero"`   // zero leaves the day for the signer
}

// Section is the section "statistics-form": a filled form as the circular
// lays it out. Above the table: the form's number, the circular, the day
// it is due, its title, the period, the reporting and receiving units and
// the unit of its cells; the table, with the form's rows (label and code)
// and columns (grouped headers written on several lines, the code after
// each title); under it, the reasons of cells that have none, the caveat
// of a form whose labels are not verified, and the signatures.
//
// In a template file:
//
//	{"use": "statistics-form", "params": {"form": "bieu_0601", "header": "dau_bieu", "new_page": true}}
type Section struct {
	Form   report.Ref[*Filled] `json:"form"`
	Header report.Ref[Header]  `json:"header"`
	// NewPage starts the form on a new page (a new sheet in a workbook).
	NewPage bool `json:"new_page,omitempty"`
}

// Build returns the blocks of the form.
func (s *Section) Build(ctx context.Context, _ report.Input) ([]report.Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f := s.Form.Value()
	if f == nil {
		return nil, errors.New("forms: statistics-form: no filled form; want the name of a *forms.Filled in the data")
	}
	h := s.Header.Value()
	form := &f.Form
	var out []report.Block
	if s.NewPage {
		out = append(out, &report.PageBreak{})
	}
	para := func(text string, align report.Align, bold, italic bool) {
		out = append(out, &report.Paragraph{Runs: []report.Inline{&report.Text{Text: text, Bold: bold, Italic: italic}}, Align: align})
	}
	para("Biểu số "+form.Code, report.AlignLeft, true, false)
	if form.Circular != "" {
		para("Ban hành kèm theo Thông tư số "+form.Circular, report.AlignLeft, false, true)
	}
	if due := f.Due(); !due.IsZero() {
		para("Ngày nhận báo cáo: ngày "+due.String(), report.AlignLeft, false, true)
	}
	para(strings.ToUpper(form.Title), report.AlignCenter, true, false)
	para("("+capitalise(f.Period.String())+")", report.AlignCenter, false, true)
	para("Đơn vị báo cáo: "+h.Reporter, report.AlignRight, false, false)
	para("Đơn vị nhận báo cáo: "+h.Receiver, report.AlignRight, false, false)
	if form.Unit != "" {
		para("Đơn vị tính: "+form.Unit, report.AlignRight, false, true)
	}
	t, reasons := table(f)
	out = append(out, t)
	for i, r := range reasons {
		para(marker(i)+" "+capitalise(r)+".", report.AlignLeft, false, true)
	}
	if form.Unverified && form.Caveat != "" {
		para("Ghi chú: "+form.Caveat, report.AlignLeft, false, true)
	}
	date := report.Header{Place: h.Place, Date: h.Date, Year: f.Period.To.Year}
	if h.Place != "" {
		para(date.PlaceDate(), report.AlignRight, false, true)
	}
	para("NGƯỜI LẬP BIỂU", report.AlignLeft, true, false)
	if h.Preparer != "" {
		para(h.Preparer, report.AlignLeft, true, false)
	}
	position := h.Position
	if position == "" {
		position = "Thủ trưởng đơn vị"
	}
	para(strings.ToUpper(position), report.AlignRight, true, false)
	para("(Ký, đóng dấu, ghi rõ họ tên)", report.AlignRight, false, true)
	if h.Signer != "" {
		para(h.Signer, report.AlignRight, true, false)
	}
	return out, nil
}

// Due returns the day the report is due; zero when the form's version has
// no schedule.
func (f *Filled) Due() metrics.Date {
	if f.Form.Schedule.Due == (DayMonth{}) || f.Period.To.IsZero() {
		return metrics.Date{}
	}
	return f.Form.Schedule.DueDate(f.Period.To.Year)
}

// table returns the form as a table, and the reasons of the cells without
// a value, each once, in the order of the cells; a cell without a value
// reads "(1)", the marker of its reason.
func table(f *Filled) (*report.Table, []string) {
	form := &f.Form
	t := &report.Table{Head: []string{"Chỉ tiêu (A)", "Mã số (B)"}}
	width := 40
	if len(form.Columns) > 4 {
		width = 18
	}
	t.Columns = []report.Column{{Align: report.AlignLeft, Width: width}, {Align: report.AlignCenter, Width: 6}}
	for _, c := range form.Columns {
		t.Head = append(t.Head, strings.Join(append(append([]string(nil), c.Group...), c.Label+" ("+c.Code+")"), "\n"))
		t.Columns = append(t.Columns, report.Column{Align: report.AlignRight})
	}
	var reasons []string
	index := map[string]int{}
	for r, l := range form.Rows {
		row := make([]string, 2+len(form.Columns))
		row[0], row[1] = l.Label, l.Code
		if r < len(f.Cells) {
			for k, c := range f.Cells[r] {
				if k >= len(form.Columns) {
					break
				}
				if c.Known() {
					row[2+k] = metrics.FormatNumber(decimal.NewFromInt(int64(c.N)))
					continue
				}
				i, ok := index[c.Reason]
				if !ok {
					i = len(reasons)
					index[c.Reason] = i
					reasons = append(reasons, c.Reason)
				}
				row[2+k] = marker(i)
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t, reasons
}

func marker(i int) string { return "(" + itoa(i+1) + ")" }

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

// capitalise writes the first letter of s in upper case.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Interface guards.
var _ report.Section = (*Section)(nil)
