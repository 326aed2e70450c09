package xlsx_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/xlsx"
	"github.com/xuri/excelize/v2"
)

// FuzzRender renders the hostile sample with the fuzzed text in every
// field, and a table whose rows are the text's lines and whose cells are
// cut at "|" (a header of grouped lines, figures, dates, totals); the
// workbook must render without error and open in excelize, every sheet
// readable.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"Sở Nội vụ", "STT|Họ và tên|Số tiền\n1|Nguyễn Văn An|1.000.000\nCộng||1.000.000",
		"Huân chương\nTập thể|Huân chương\nCá nhân\n1|2\n3|4", "<c r=\"A1\">&amp;</c>", "\x00\x0b\uFFFE\xff\u2028",
		"01/02/2025|75,45%|05|1.234,5|-3|99999999999999999999", "a/b\\c?d*e[f]g:h'i",
	} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, text string, shape uint8) {
		d := reporttest.Hostile(text)
		var rows [][]string
		for _, l := range strings.Split(text, "\n") {
			rows = append(rows, strings.Split(l, "|"))
		}
		tb := &report.Table{Caption: text, Rows: rows}
		if shape&1 != 0 && len(rows) > 0 {
			tb.Head, tb.Rows = rows[0], rows[1:]
		}
		if shape&2 != 0 && len(tb.Rows) > 0 {
			tb.Rows, tb.Foot = tb.Rows[:len(tb.Rows)-1], tb.Rows[len(tb.Rows)-1:]
		}
		for i := 0; i < 6; i++ {
			tb.Columns = append(tb.Columns, report.Column{Align: report.Align(shape >> i & 7), Width: (len(text)*(i+1) - 7) % 130})
		}
		d.Body = append(d.Body, tb, &report.PageBreak{}, tb)
		var b bytes.Buffer
		if err := (&xlsx.Renderer{}).Render(context.Background(), &b, d); errors.Is(err, xlsx.ErrTooLarge) {
			return
		} else if err != nil {
			t.Fatal(err)
		}
		wb, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("the workbook does not open: %v", err)
		}
		defer wb.Close()
		for _, name := range wb.GetSheetList() {
			if _, err := wb.GetRows(name); err != nil {
				t.Fatalf("sheet %q: %v", name, err)
			}
		}
	})
}
