package xlsx

import (
	"fmt"
	"testing"
)

func TestReadFigure(t *testing.T) {
	tests := []struct {
		in     string
		right  bool
		ok     bool
		exact  string
		format string
	}{
		{"30", false, true, "30", "0"},
		{"30", true, true, "30", "#,##0"},
		{"13.500.000", false, true, "13500000", "#,##0"},
		{"1.234,5", false, true, "1234.5", "#,##0.0"},
		{"0,25", false, true, "0.25", "0.00"},
		{"-7", true, true, "-7", "#,##0"},
		{"75,45%", false, true, "0.7545", "0.00%"},
		{"100%", false, true, "1", "0%"},
		{"05", true, true, "5", "00"},
		{"05", false, false, "", ""},                   // a code
		{"0912345678", false, false, "", ""},           // a telephone number
		{"01,5", true, false, "", ""},                  // a leading zero is only for whole numbers
		{"12.34", false, false, "", ""},                // not grouped in threes
		{"1.234.56", false, false, "", ""},             // the last group is short
		{"1234.567", false, false, "", ""},             // the first group is long
		{"1.234.567.890.123.456", true, false, "", ""}, // 16 digits: a spreadsheet cannot hold it
		{"999.999.999.999.999", true, true, "999999999999999", "#,##0"},
		{"05/7/2022", false, true, "44747", "dd/mm/yyyy"},
		{"2022-07-05", false, true, "44747", "dd/mm/yyyy"},
		{"01/03/1900", false, true, "61", "dd/mm/yyyy"},
		{"28/02/1900", false, false, "", ""}, // before the day the systems agree
		{"31/02/2022", false, false, "", ""},
		{"1/2025", false, false, "", ""},
		{"Lao động tiên tiến", false, false, "", ""},
		{"(1)", true, false, "", ""},
		{"", true, false, "", ""},
		{"%", true, false, "", ""},
		{"1,", true, false, "", ""},
		{"+", true, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q", tt.in), func(t *testing.T) {
			f, ok := readFigure(tt.in, tt.right)
			if ok != tt.ok || ok && (f.exact.String() != tt.exact || f.format != tt.format) {
				t.Errorf("readFigure(%q, %v) = %s %q %v; want %s %q %v", tt.in, tt.right, f.exact, f.format, ok, tt.exact, tt.format, tt.ok)
			}
		})
	}
}

func TestHeadCells(t *testing.T) {
	tests := []struct {
		head  []string
		cols  int
		depth int
		want  string
	}{
		{nil, 1, 0, ""},
		{[]string{"a", "b"}, 2, 1, "a@0,0+1x1 b@0,1+1x1"},
		{[]string{"a", "G\nx", "G\ny", "H\nz"}, 4, 2, "G@0,1+1x2 H@0,3+1x1 a@0,0+2x1 x@1,1+1x1 y@1,2+1x1 z@1,3+1x1"},
		{[]string{"G\nK\nx", "G\nK\ny", "G\nz", "w"}, 5, 3,
			"G@0,0+1x3 K@1,0+1x2 x@2,0+1x1 y@2,1+1x1 z@1,2+2x1 w@0,3+3x1 @0,4+3x1"},
		// The same group apart is two groups; the same title under two
		// groups is two titles.
		{[]string{"G\nx", "H\nx", "G\nx"}, 3, 2, "G@0,0+1x1 H@0,1+1x1 G@0,2+1x1 x@1,0+1x1 x@1,1+1x1 x@1,2+1x1"},
	}
	for _, tt := range tests {
		depth, cells := headCells(tt.head, tt.cols)
		got := ""
		for i, c := range cells {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%s@%d,%d+%dx%d", c.text, c.row, c.col, c.rows, c.cols)
		}
		if depth != tt.depth || got != tt.want {
			t.Errorf("headCells(%q, %d) = %d, %s; want %d, %s", tt.head, tt.cols, depth, got, tt.depth, tt.want)
		}
	}
}
