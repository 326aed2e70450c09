package xlsx_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/xlsx"
	"github.com/xuri/excelize/v2"
)

// A table with a grouped header and a totals row, written as a workbook
// and read back: the group is a merged cell, the figures are numbers, the
// total is a formula with its value.
func Example() {
	d := &report.Document{Body: []report.Block{
		report.P(report.T("Kết quả khen thưởng năm 2025")),
		&report.Table{
			Head:    []string{"Đơn vị", "Bằng khen\nTập thể", "Bằng khen\nCá nhân"},
			Rows:    [][]string{{"Trường THCS Lê Lợi", "1", "12"}, {"Trường THPT Lam Sơn", "2", "1.230"}},
			Foot:    [][]string{{"Cộng", "3", "1.242"}},
			Columns: []report.Column{{}, {Align: report.AlignRight}, {Align: report.AlignRight}},
		},
	}}
	var b bytes.Buffer
	if err := report.Render(context.Background(), "xlsx", &b, d); err != nil {
		fmt.Println(err)
		return
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	merged, _ := f.GetMergeCells(sheet)
	for _, m := range merged {
		fmt.Println("merged", m.GetStartAxis()+":"+m.GetEndAxis(), m.GetCellValue())
	}
	total, _ := f.GetCellValue(sheet, "C7", excelize.Options{RawCellValue: true})
	formula, _ := f.GetCellFormula(sheet, "C7")
	fmt.Println(sheet, "C7 =", formula, "→", total)
	// Output:
	// merged A1:C1 Kết quả khen thưởng năm 2025
	// merged B3:C3 Bằng khen
	// merged A3:A4 Đơn vị
	// Kết quả khen thưởng năm 2025 C7 = SUM(C5:C6) → 1242
}

// The renderer's settings: the zero value writes Times New Roman 12 pt.
func ExampleRenderer() {
	r := &xlsx.Renderer{Font: "Liberation Serif", FontSize: 13}
	var b bytes.Buffer
	err := r.Render(context.Background(), &b, &report.Document{Body: []report.Block{report.P(report.T("Ghi chú"))}})
	fmt.Println(err, b.Len() > 0)
	// Output: <nil> true
}
