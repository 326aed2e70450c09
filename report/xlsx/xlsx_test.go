package xlsx_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/xlsx"
	"github.com/xuri/excelize/v2"
)

var (
	update = flag.Bool("update", false, "update the golden files in testdata/")
	long   = flag.Bool("long", false, "run the tests of large tables at full size (50 000 rows)")
)

// excelizeRaw reads a cell's stored value, not its formatted text.
var excelizeRaw = excelize.Options{RawCellValue: true}

func TestConformance(t *testing.T) {
	reporttest.TestRenderer(t, &xlsx.Renderer{})
}

func render(t testing.TB, r *xlsx.Renderer, d *report.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := r.Render(context.Background(), &b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func open(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("excelize cannot open the workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// pretty puts rows, columns, merged ranges and defined names on lines of
// their own, so that a golden file's difference reads line by line.
func pretty(b []byte) []byte {
	for _, tag := range []string{"<row ", "<col ", "<mergeCell ", "<definedName ", "<sheet ", "<sheetData>", "</sheetData>"} {
		b = bytes.ReplaceAll(b, []byte(tag), []byte("\n"+tag))
	}
	return append(b, '\n')
}

// TestGolden compares the workbook of the sample document, part by part,
// with testdata/sample.xlsx/ (refresh with go test ./report/xlsx -update).
func TestGolden(t *testing.T) {
	data := render(t, &xlsx.Renderer{}, reporttest.Sample())
	parts, names, err := wordml.Parts(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/_rels/workbook.xml.rels",
		"xl/styles.xml", "xl/theme/theme1.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("parts %v; want %v in this order", names, want)
	}
	for _, name := range []string{"xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml"} {
		file := filepath.Join("testdata", "sample.xlsx", strings.ReplaceAll(name, "/", "__"))
		golden.Check(t, file, pretty(parts[name]), *update)
	}
}

// TestReadBack opens the sample's workbook as a spreadsheet does: sheets,
// values, number formats, formulas, merged header and title cells.
func TestReadBack(t *testing.T) {
	f := open(t, render(t, &xlsx.Renderer{}, reporttest.Sample()))
	if got := strings.Join(f.GetSheetList(), "|"); got != "Bảng 1. Kết quả khen thưởng|DANH SÁCH" {
		t.Errorf("sheets %q", got)
	}
	sheet := "Bảng 1. Kết quả khen thưởng"
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	find := func(s string) int {
		for i, r := range rows {
			if len(r) > 0 && r[0] == s {
				return i + 1
			}
		}
		t.Fatalf("no row starts with %q", s)
		return 0
	}
	head := find("STT")
	tests := []struct {
		cell, raw, formula string
	}{
		{cell(3, head+1), "30", ""},
		{cell(4, head+1), "13500000", ""},
		{cell(3, head+2), "5", ""}, // "05" in a column of figures
		{cell(3, head+3), "35", "SUM(C" + itoa(head+1) + ":C" + itoa(head+2) + ")"},
		{cell(4, head+3), "19500000", "SUM(D" + itoa(head+1) + ":D" + itoa(head+2) + ")"},
	}
	for _, tt := range tests {
		raw, _ := f.GetCellValue(sheet, tt.cell, excelize.Options{RawCellValue: true})
		formula, _ := f.GetCellFormula(sheet, tt.cell)
		if raw != tt.raw || formula != tt.formula {
			t.Errorf("%s = %q, formula %q; want %q, %q", tt.cell, raw, formula, tt.raw, tt.formula)
		}
	}
	if v, _ := f.GetCellValue(sheet, cell(3, head+2)); v != "05" {
		t.Errorf("C%d shows %q; want 05 (format 00)", head+2, v)
	}
	merged, err := f.GetMergeCells(sheet)
	if err != nil || len(merged) == 0 || merged[0].GetStartAxis() != "A1" || merged[0].GetEndAxis() != "D1" {
		t.Errorf("the first title is not merged over A1:D1: %v %v", merged, err)
	}
}

// TestGroupedHeader: a header written on several lines becomes merged
// group cells over the columns they head, and titles with fewer groups
// span down.
func TestGroupedHeader(t *testing.T) {
	d := &report.Document{Body: []report.Block{&report.Table{
		Head: []string{"Chỉ tiêu", "Tổng số", "Huân chương\nTập thể", "Huân chương\nCá nhân", "Bằng khen\nCá nhân", "Khác"},
		Rows: [][]string{{"Tổng", "3", "1", "1", "1", "0"}},
	}}}
	f := open(t, render(t, &xlsx.Renderer{}, d))
	sheet := f.GetSheetList()[0]
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range merged {
		got = append(got, m.GetStartAxis()+":"+m.GetEndAxis()+" "+m.GetCellValue())
	}
	want := []string{"C1:D1 Huân chương", "A1:A2 Chỉ tiêu", "B1:B2 Tổng số", "F1:F2 Khác"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("merged cells %q; want %q", got, want)
	}
	for c, want := range map[string]string{"C2": "Tập thể", "D2": "Cá nhân", "E1": "Bằng khen", "E2": "Cá nhân", "B3": "3"} {
		if v, _ := f.GetCellValue(sheet, c); v != want {
			t.Errorf("%s = %q; want %q", c, v, want)
		}
	}
}

// TestTotals: a totals row is a SUM formula where its figure is the sum of
// its column, the figure itself elsewhere.
func TestTotals(t *testing.T) {
	d := &report.Document{Body: []report.Block{&report.Table{
		Head:    []string{"Đơn vị", "Số người", "Tỷ lệ", "Số tiền"},
		Rows:    [][]string{{"A", "10", "50%", "1.000.000"}, {"B", "(1)", "25,5%", "2.500.000"}, {"C", "5", "", "1.234,5"}},
		Foot:    [][]string{{"Cộng", "15", "37,75%", "3.500.000"}},
		Columns: []report.Column{{}, {Align: report.AlignRight}, {Align: report.AlignRight}, {Align: report.AlignRight}},
	}}}
	f := open(t, render(t, &xlsx.Renderer{}, d))
	sheet := f.GetSheetList()[0]
	for _, tt := range []struct{ cell, formula, raw, shown string }{
		{"B5", "SUM(B2:B4)", "15", "15"}, // the text "(1)" is no figure
		{"C5", "", "0.3775", "37.75%"},   // a rate is not a sum
		{"D5", "", "3500000", "3,500,000"},
		{"D4", "", "1234.5", "1,234.5"},
		{"C2", "", "0.5", "50%"},
	} {
		formula, _ := f.GetCellFormula(sheet, tt.cell)
		raw, _ := f.GetCellValue(sheet, tt.cell, excelize.Options{RawCellValue: true})
		shown, _ := f.GetCellValue(sheet, tt.cell)
		if formula != tt.formula || raw != tt.raw || shown != tt.shown {
			t.Errorf("%s: formula %q, value %q shown %q; want %q, %q, %q", tt.cell, formula, raw, shown, tt.formula, tt.raw, tt.shown)
		}
	}
}

func TestFontSize(t *testing.T) {
	for _, tt := range []struct {
		size int
		ok   bool
	}{{0, true}, {1, true}, {409, true}, {-1, false}, {410, false}} {
		err := (&xlsx.Renderer{FontSize: tt.size}).Render(context.Background(), &bytes.Buffer{}, reporttest.Short())
		if (err == nil) != tt.ok {
			t.Errorf("Render with FontSize %d = %v; want ok %v", tt.size, err, tt.ok)
		}
	}
}

// TestSheetNames: names are valid, unique and at most 31 characters long,
// whatever the captions.
func TestSheetNames(t *testing.T) {
	table := func(caption string) *report.Table {
		return &report.Table{Caption: caption, Head: []string{"a"}, Rows: [][]string{{"1"}}}
	}
	d := &report.Document{Body: []report.Block{
		table("Bảng 1: kết quả [2025] / tổng hợp * ? 'trích' và một tên rất dài vượt quá ba mươi mốt ký tự"),
		table("Bảng 1: kết quả [2025] / tổng hợp * ? 'trích' và một tên rất dài vượt quá ba mươi mốt ký tự"),
		table("history"), table(""), table("\x00\x01"), table("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"),
	}}
	f := open(t, render(t, &xlsx.Renderer{}, d))
	names := f.GetSheetList()
	want := []string{"Bảng 1 kết quả 2025 - tổng hợp", "Bảng 1 kết quả 2025 - tổng (2)", "history (2)", "Bảng 4", "Bảng 5", "Bảng 6"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("sheets %q; want %q", names, want)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (&xlsx.Renderer{}).Render(ctx, &bytes.Buffer{}, reporttest.Short()); !errors.Is(err, context.Canceled) {
		t.Errorf("Render(cancelled) = %v", err)
	}
}

func cell(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func itoa(n int) string { return strings.TrimPrefix(cell(1, n), "A") }

// TestTooLarge: a table wider than a sheet is an error, never a panic.
func TestTooLarge(t *testing.T) {
	wide := make([]string, 16385)
	d := &report.Document{Body: []report.Block{&report.Table{Rows: [][]string{wide}}}}
	if err := (&xlsx.Renderer{}).Render(context.Background(), &bytes.Buffer{}, d); !errors.Is(err, xlsx.ErrTooLarge) {
		t.Errorf("Render(16 385 columns) = %v; want ErrTooLarge", err)
	}
}
