package docx

import (
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
)

func TestBoldWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		size int
		want int // twips
	}{
		{"A", 10, 144},  // 722/1000 em × 10 pt × 20
		{"Ạ", 10, 144},  // a mark adds no width
		{"Ư", 10, 144},  // nor a horn
		{"ĐĐ", 10, 288}, // Đ has its own entry
		{"", 14, 0},
		// Đ722 ộ500 c444 ␣250 l278 ậ500 p556 ␣250 -333 ␣250 T667 ự556 ␣250 d556 o500 ␣250 -333 ␣250
		// H778 ạ500 n556 h556 ␣250 p556 h556 ú556 c444 = 12197/1000 em; at 14 pt: 3415 twips (6,02 cm).
		{"Độc lập - Tự do - Hạnh phúc", 14, 3415},
		{"Độc lập - Tự do - Hạnh phúc", 14, 3415}, // decomposed input, same width
	} {
		if got := boldWidth(tc.s, tc.size); got != tc.want {
			t.Errorf("boldWidth(%q, %d) = %d; want %d", tc.s, tc.size, got, tc.want)
		}
	}
}

// TestColumnWidths: a column is never narrower than its longest word or
// number plus the cell's margins, so "STT", "1.420.000" and "71,4%" never
// break; hints are honoured; the widths fill the text width.
func TestColumnWidths(t *testing.T) {
	pad := 2*cellMargin + cellSlack
	long := strings.Repeat("Trường Trung học cơ sở Nguyễn Du, huyện Lạc Sơn ", 3)
	for _, tc := range []struct {
		name  string
		table *report.Table
		hint  map[int]int // column → the width it must have, in twips
	}{
		{"award list", &report.Table{
			Head: []string{"STT", "Họ và tên", "Chức vụ, đơn vị", "Danh hiệu", "Số tiền (đồng)"},
			Rows: [][]string{{"1", "Nguyễn Thị Thanh Hương", "Giáo viên Toán, Tổ Khoa học tự nhiên", "Lao động tiên tiến", "1.420.000"}},
		}, nil},
		{"rates", &report.Table{
			Head: []string{"TT", "Đơn vị", "Số CBGV", "Đăng ký", "LĐTT", "Tỷ lệ"},
			Rows: [][]string{{"10", long, "42", "42/42", "30", "71,4%"}},
		}, nil},
		{"hint", &report.Table{
			Columns: []report.Column{{Width: 50}, {Width: 1}},
			Rows:    [][]string{{"a", "1.420.000", "b"}},
		}, map[int]int{0: textWidth / 2}},
		{"too many columns", &report.Table{Rows: [][]string{strings.Fields(strings.Repeat("1.420.000 ", 30))}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cols := 0
			for _, r := range append([][]string{tc.table.Head}, tc.table.Rows...) {
				cols = max(cols, len(r))
			}
			widths := columnWidths(tc.table, cols)
			total := 0
			for _, w := range widths {
				total += w
			}
			if total != textWidth {
				t.Errorf("columnWidths = %v, %d twips in all; want %d", widths, total, textWidth)
			}
			if cols*boldWidth("1.420.000", tableFontSize) > textWidth {
				return // the minimums cannot fit: shared in proportion
			}
			for _, r := range append([][]string{tc.table.Head}, tc.table.Rows...) {
				for i, c := range r {
					for _, tok := range strings.Fields(c) {
						if need := boldWidth(tok, tableFontSize) + pad; widths[i] < need {
							t.Errorf("column %d is %d twips; %q needs %d", i, widths[i], tok, need)
						}
					}
				}
			}
			for i, w := range tc.hint {
				if widths[i] != w {
					t.Errorf("column %d is %d twips; want its hint, %d", i, widths[i], w)
				}
			}
		})
	}
}
