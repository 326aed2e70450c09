package workbook_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/source/workbook"
	"github.com/xuri/excelize/v2"
)

// fuzzHeader is the header of the workbooks FuzzLoad builds.
var fuzzHeader = []any{"Mã", "Họ tên", "Năm", "Xếp loại", "Ngày tuyển dụng", "Danh hiệu"}

// FuzzLoad builds a workbook whose cells the fuzzer's bytes fill: the
// bytes cut at NUL are the cells' contents, written as text, a whole
// number, a fraction, a date (a serial with a date format), a formula
// without its value or a boolean, as shape chooses, some of them merged;
// then reads it back as a roster. Load must return records or an error,
// never panic, and text that a spreadsheet holds as it is must read back
// the same.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("NV001\x00Nguyễn Văn An\x002024\x00HTXSNV\x0001/03/2015\x00LĐTT"), uint8(0))
	f.Add([]byte("NV001\x00An\x002024\x00HTXSNV\x0042064\x00LĐTT|CSTĐCS\x00NV001\x00\x002025"), uint8(0b01100000))
	f.Add([]byte("=1/0\x00#N/A\x00_x000D_\x00<b>&amp;</b>\x00\xff\xfe\x00 \t\n"), uint8(7))
	f.Add([]byte("1E+308\x00-0\x00.5\x001,5\x009999999999999999999\x002958466"), uint8(0b10000011))
	f.Fuzz(func(t *testing.T, data []byte, shape uint8) {
		cells := bytes.Split(data, []byte{0})
		if len(cells) > 120 {
			cells = cells[:120]
		}
		wb := excelize.NewFile()
		defer wb.Close()
		dateStyle, _ := wb.NewStyle(&excelize.Style{NumFmt: 14})
		wb.SetSheetRow("Sheet1", "A1", &fuzzHeader)
		written := map[string]string{} // cell → text written as it is
		for i, c := range cells {
			name, _ := excelize.CoordinatesToCellName(1+i%len(fuzzHeader), 2+i/len(fuzzHeader))
			s := string(c)
			switch (int(shape) + i) % 6 {
			case 0:
				wb.SetCellStr("Sheet1", name, s)
				if utf8.ValidString(s) && s == strings.TrimSpace(s) && printable(s) {
					written[name] = s
				}
			case 1:
				wb.SetCellInt("Sheet1", name, int64(len(c))*int64(shape)-50)
			case 2:
				wb.SetCellFloat("Sheet1", name, float64(len(c))/7, -1, 64)
			case 3:
				wb.SetCellValue("Sheet1", name, time.Date(1900+len(c)*3, time.Month(1+len(c)%12), 1+int(shape)%28, 0, 0, 0, 0, time.UTC))
				wb.SetCellStyle("Sheet1", name, name, dateStyle)
			case 4:
				if shape&0x40 != 0 {
					wb.SetCellFormula("Sheet1", name, "A1&\"x\"")
				} else {
					wb.SetCellBool("Sheet1", name, len(c)%2 == 0)
				}
			case 5:
				if shape&0x80 != 0 && i+len(fuzzHeader) < len(cells) {
					below, _ := excelize.CoordinatesToCellName(1+i%len(fuzzHeader), 3+i/len(fuzzHeader))
					wb.SetCellStr("Sheet1", name, s)
					wb.MergeCell("Sheet1", name, below)
				}
			}
		}
		if shape&0x20 != 0 {
			wb.MergeCell("Sheet1", "B3", "C3")
		}
		var b bytes.Buffer
		if err := wb.Write(&b); err != nil {
			t.Skip(err)
		}
		if _, err := workbook.Load("fuzz.xlsx", b.Bytes(), workbook.Options{}, awards.ParseCSV); err == nil {
			return
		}
		s, err := workbook.Read("fuzz.xlsx", b.Bytes(), workbook.Options{})
		if err != nil {
			t.Fatalf("Read of a workbook excelize wrote: %v", err)
		}
		for name, want := range written {
			col, row, _ := excelize.CellNameToCoordinates(name)
			got := ""
			if row <= len(s.Rows) && col <= len(s.Rows[row-1]) {
				got = s.Rows[row-1][col-1]
			}
			if got != want && !merged(shape) {
				t.Errorf("%s = %q; want %q", name, got, want)
			}
		}
	})
}

func merged(shape uint8) bool { return shape&0xa0 != 0 }

// printable reports whether s holds no character a cell cannot keep as it
// is: controls, and the escapes of spreadsheets ("_x000D_").
func printable(s string) bool {
	if strings.Contains(s, "_x") {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r >= 0x7f && r < 0xa0 || r == 0xfffe || r == 0xffff || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// FuzzRead reads whatever bytes as a workbook: an error or a sheet, never a
// panic.
func FuzzRead(f *testing.F) {
	f.Add(build(f, [][]any{fuzzHeader, {"NV001", "An", 2024, "HTXSNV", 42064, "LĐTT"}}, nil), "")
	f.Add(build(f, [][]any{{"a"}}, func(wb *excelize.File) { wb.MergeCell(sheet, "A1", "B3") }), sheet)
	f.Add([]byte("PK\x03\x04"), "")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		s, err := workbook.Read("fuzz.xlsx", data, workbook.Options{Sheet: name, MaxSize: 4 << 20})
		if err != nil {
			return
		}
		for h := 1; h <= len(s.Rows) && h <= 3; h++ {
			s.CSV(h)
			_ = s.Fault(h)
		}
	})
}
