package docx

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/tdkt-vn/tdkt/report"
)

func TestBoldWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		size int
		want int // twips
	}{
		// Liberation Serif Bold, 2048 units to the em; at size pt an em is
		// size·20 twips, so w units are w·size·20/2048 twips, rounded.
		{"A", 10, 144},  // 1479·200/2048 = 144,4
		{"Ạ", 10, 144},  // the dot below adds no width
		{"Ư", 10, 159},  // but the horn does: 1630·200/2048 = 159,2
		{"ĐĐ", 10, 289}, // 2·1479·200/2048 = 288,9
		{"", 14, 0},
		// Đ1479 ộ1024 c909 ␣512 l569 ậ1024 p1139 ␣512 -682 ␣512 T1366 ự1229 ␣512 d1139 o1024 ␣512 -682 ␣512
		// H1593 ạ1024 n1139 h1139 ␣512 p1139 h1139 ú1139 c909 = 25071 units; at 14 pt 25071·280/2048 =
		// 3427,7: 3428 twips (6,05 cm).
		{"Độc lập - Tự do - Hạnh phúc", 14, 3428},
		{norm.NFD.String("Độc lập - Tự do - Hạnh phúc"), 14, 3428}, // decomposed, the same
	} {
		if got := boldWidth(tc.s, tc.size); got != tc.want {
			t.Errorf("boldWidth(%q, %d) = %d; want %d", tc.s, tc.size, got, tc.want)
		}
	}
}

// The staff of a district hospital and its units (the decision of
// examples/semiannual), and the units of a smaller one, separated by "|".
const (
	staff = "Nguyễn Văn An|Phạm Ngọc Bảo|Ngô Thu Bình|Lê Minh Chi|Đỗ Hữu Cường|Bùi Thị Dung|Trần Thanh Đạt|" +
		"Đặng Đức Giang|Vũ Ngọc Hà|Hoàng Minh Hải|Phạm Thanh Hạnh|Lê Văn Hiếu|Trần Thu Hoa|Nguyễn Hữu Hùng|" +
		"Ngô Thị Hương|Đỗ Đức Khánh|Bùi Ngọc Lan|Đặng Minh Linh|Vũ Thanh Long|Hoàng Văn Mai|Phạm Thu Nam|" +
		"Lê Hữu Nga|Trần Thị Ngân|Nguyễn Đức Oanh|Ngô Ngọc Phong|Đỗ Minh Phúc|Bùi Thanh Quang|Đặng Văn Quyên|" +
		"Vũ Thu Sơn|Hoàng Hữu Tâm|Phạm Thị Thảo|Lê Đức Thắng|Trần Ngọc Trang|Nguyễn Minh Trung|Ngô Thanh Tuấn|" +
		"Đỗ Văn Uyên|Bùi Thu Vân|Đặng Hữu Việt|Vũ Thị Xuân|Hoàng Đức Yến"
	hospitalUnits = "Khoa Khám bệnh|Khoa Nội tổng hợp|Khoa Sản|Khoa Hồi sức cấp cứu|Khoa Nhi|Khoa Ngoại tổng hợp|" +
		"Phòng Kế hoạch tổng hợp"
	clinicUnits = "Khoa Khám bệnh|Khoa Sản|Khoa Nhi|Khoa Dược"
)

// annex is the annex of an award decision: three collectives, then n
// staff of the given units, and the totals.
func annex(n int, units string) *report.Table {
	names, unit := strings.Split(staff, "|"), strings.Split(units, "|")
	t := &report.Table{
		Columns: []report.Column{{Align: report.AlignRight}, {}, {}, {}, {Align: report.AlignRight}},
		Head:    []string{"STT", "Họ và tên, tập thể", "Đơn vị", "Danh hiệu, hình thức", "Số tiền (đồng)"},
		Foot:    [][]string{{"", "Cộng", "", "", "34.040.000"}},
	}
	for _, c := range []string{"Khoa Hồi sức cấp cứu", "Khoa Nhi", "Phòng Kế hoạch tổng hợp"} {
		t.Rows = append(t.Rows, []string{strconv.Itoa(len(t.Rows) + 1), c, "", "Tập thể lao động tiên tiến", "1.880.000"})
	}
	for i := range n {
		t.Rows = append(t.Rows, []string{strconv.Itoa(len(t.Rows) + 1), names[i%len(names)], unit[i%len(unit)], "Lao động tiên tiến", "710.000"})
	}
	return t
}

// school is a school's table of registrations, one unit's name too long
// for a line.
func school() *report.Table {
	t := &report.Table{
		Head: []string{"TT", "Đơn vị", "Số CBGV", "Đăng ký", "LĐTT", "Tỷ lệ"},
		Rows: [][]string{
			{"1", "Trường Mầm non Hoa Sen", "35", "35/35", "25", "71,4%"},
			{"2", "Trường Tiểu học Kim Đồng", "42", "42/42", "30", "71,4%"},
			{"3", "Trường Phổ thông Dân tộc bán trú Tiểu học và Trung học cơ sở Nguyễn Bỉnh Khiêm, xã Tân Lập, huyện Yên Hòa", "58", "57/58", "40", "69,0%"},
			{"4", "Trường THCS Lê Lợi", "40", "40/40", "28", "70,0%"},
		},
		Foot: [][]string{{"", "Cộng", "175", "174/175", "123", "70,3%"}},
	}
	return t
}

// proportional is the former share: each free column its preferred width
// when all fit, with the rest in proportion; else its minimum and the
// rest in proportion to what it lacks; else in proportion to the
// minimums. Measured as columnWidths measures.
func proportional(t *report.Table, cols int) []int {
	g := measureTable(t, cols)
	out := make([]int, cols)
	sumMin, sumPref := 0, 0
	for i := range cols {
		sumMin += g.minW[i]
		sumPref += g.pref[i]
	}
	total := 0
	for i := range out {
		switch {
		case sumPref <= textWidth:
			out[i] = g.pref[i] + (textWidth-sumPref)*g.pref[i]/sumPref
		case sumMin <= textWidth:
			out[i] = g.minW[i] + (textWidth-sumMin)*(g.pref[i]-g.minW[i])/(sumPref-sumMin)
		default:
			out[i] = textWidth * g.minW[i] / sumMin
		}
		total += out[i]
	}
	out[cols-1] += textWidth - total
	return out
}

// columns returns the number of columns of t, as the renderer counts
// them.
func columns(t *report.Table) int {
	cols := len(t.Head)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	return cols
}

// TestColumnWidths: a column is never narrower than its longest word or
// number plus the cell's margins, so "STT", "1.420.000" and "71,4%" never
// break; hints are honoured; the widths fill the text width.
func TestColumnWidths(t *testing.T) {
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
		{"annex", annex(40, hospitalUnits), nil},
		{"school", school(), nil},
		{"hint", &report.Table{
			Columns: []report.Column{{Width: 50}, {Width: 1}},
			Rows:    [][]string{{"a", "1.420.000", "b"}},
		}, map[int]int{0: textWidth / 2}},
		{"hint and long text", &report.Table{
			Columns: []report.Column{{Width: 30}},
			Head:    []string{"Tiêu chí", "Nội dung", "Điểm"},
			Rows:    [][]string{{"Chấp hành chủ trương", long, "10"}, {"Phong trào", long + long, "9,5"}},
		}, map[int]int{0: textWidth * 30 / 100}},
		{"hints beyond the page", &report.Table{
			Columns: []report.Column{{Width: 80}, {Width: 80}},
			Rows:    [][]string{{"a", "b"}},
		}, map[int]int{0: textWidth / 2}},
		{"too many columns", &report.Table{Rows: [][]string{strings.Fields(strings.Repeat("1.420.000 ", 30))}}, nil},
		{"empty", &report.Table{Head: []string{"", ""}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cols := columns(tc.table)
			widths := columnWidths(tc.table, cols)
			total := 0
			for _, w := range widths {
				total += w
			}
			if total != textWidth {
				t.Errorf("columnWidths = %v, %d twips in all; want %d", widths, total, textWidth)
			}
			for i, w := range tc.hint {
				if widths[i] != w {
					t.Errorf("column %d is %d twips; want its hint, %d", i, widths[i], w)
				}
			}
			if cols*(boldWidth("1.420.000", tableFontSize)+cellPad) > textWidth {
				return // the minimums cannot fit: shared in proportion
			}
			check := func(cells []string, f face) {
				for i, c := range cells {
					for _, tok := range strings.Fields(c) {
						if need := tableTwips(f.width(tok)) + cellPad; widths[i] < need {
							t.Errorf("column %d is %d twips; %q needs %d", i, widths[i], tok, need)
						}
					}
				}
			}
			check(tc.table.Head, serifBold)
			for _, r := range tc.table.Rows {
				check(r, serifRegular)
			}
			for _, r := range tc.table.Foot {
				check(r, serifBold)
			}
		})
	}
}

// fewestLines returns the fewest lines the measured rows of t, which has
// no hints, can take: it tries every combination of the columns'
// candidate widths, the last column taking the widest the rest leaves.
func fewestLines(t *report.Table, cols int) int {
	g := measureTable(t, cols)
	free := make([]int, cols)
	budget := textWidth
	for i := range free {
		free[i] = i
		budget -= g.minW[i]
	}
	l := g.layout(make([]int, cols), free, budget)
	at := make([]int, cols)
	fewest := math.MaxInt
	var try func(i, budget int)
	try = func(i, budget int) {
		c := &l.cs[i]
		if i < cols-1 {
			for k := range c.cand {
				if c.cand[k]-c.cand[0] > budget {
					break
				}
				at[i] = k
				try(i+1, budget-(c.cand[k]-c.cand[0]))
			}
			return
		}
		at[i] = 0
		for at[i]+1 < len(c.cand) && c.cand[at[i]+1]-c.cand[0] <= budget {
			at[i]++
		}
		n := 0
		for r := range l.rows {
			h := l.fixed[r]
			for j := range l.cs {
				h = max(h, l.cs[j].height(r, at[j]))
			}
			n += l.count[r] * h
		}
		fewest = min(fewest, n)
	}
	try(0, budget)
	return fewest
}

// TestColumnWidthsLines checks the lines of real tables at the chosen
// widths, by the model columnWidths lays cells out with. Each takes the
// fewest lines any widths give. The annex of an award decision keeps every
// unit on one line, and every name when the page can hold them, with STT
// as narrow as it can be plus a little; a school's table wraps only the
// unit whose name no line can hold.
func TestColumnWidthsLines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		table *report.Table
		whole []int           // columns whose every cell takes one line
		wraps map[[2]int]bool // cells (row of the grid, header first; column) that must wrap
		slim  map[int]int     // column → how much wider than its minimum it may be, in twips
	}{
		// The page cannot hold both "Phòng Kế hoạch tổng hợp" as a name
		// and as a unit, nor "Tập thể lao động tiên tiến", which makes the
		// rows of the collectives two lines tall: their names wrap there
		// for free, and the two longest names wrap so that the four units
		// "Phòng Kế hoạch tổng hợp" do not.
		{"annex", annex(40, hospitalUnits), []int{0, 2}, nil, map[int]int{0: 200, 4: 200}},
		{"annex of 10", annex(10, hospitalUnits), []int{0, 2}, nil, map[int]int{0: 200, 4: 200}},
		{"annex, names that fit", annex(40, clinicUnits), []int{0, 1, 2}, nil, map[int]int{0: 200, 4: 200}},
		{"school", school(), []int{0, 2, 3, 4, 5}, map[[2]int]bool{{3, 1}: true}, map[int]int{0: 200}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cols := columns(tc.table)
			widths := columnWidths(tc.table, cols)
			g := measureTable(tc.table, cols)
			if got, want := g.tableLines(widths), fewestLines(tc.table, cols); got != want {
				t.Errorf("columnWidths = %v: %d lines; want the fewest, %d", widths, got, want)
			}
			for r := range g.rows() {
				for _, c := range tc.whole {
					if n := g.lines(r, c, widths[c]); n != 1 {
						t.Errorf("columnWidths = %v: cell (%d, %d) takes %d lines; want 1", widths, r, c, n)
					}
				}
			}
			for rc := range tc.wraps {
				if n := g.lines(rc[0], rc[1], widths[rc[1]]); n == 1 {
					t.Errorf("columnWidths = %v: cell %v takes 1 line; want more (it cannot fit)", widths, rc)
				}
			}
			for c, extra := range tc.slim {
				if widths[c] > g.minW[c]+extra {
					t.Errorf("columnWidths = %v: column %d is %d twips; want at most its minimum %d + %d", widths, c, widths[c], g.minW[c], extra)
				}
			}
		})
	}
}

// TestColumnWidthsFewerLines: the table takes no more lines than with the
// former proportional share, and fewer where that share wrapped names.
func TestColumnWidthsFewerLines(t *testing.T) {
	long := "Tổ chức thực hiện tốt các phong trào thi đua, hoàn thành xuất sắc nhiệm vụ được giao"
	for _, tc := range []struct {
		name  string
		table *report.Table
	}{
		{"annex", annex(10, hospitalUnits)},
		{"annex of 300", annex(300, hospitalUnits)},
		{"school", school()},
		{"narrow", &report.Table{
			Head: []string{"STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Thành tích", "Hình thức khen thưởng", "Ghi chú"},
			Rows: [][]string{
				{"1", "Nguyễn Thị Thanh Hương", "Giáo viên Toán, Tổ Khoa học tự nhiên, Trường THCS Lê Lợi", long, "Giấy khen của Chủ tịch UBND huyện", ""},
				{"2", "Trần Văn Bình", "Hiệu trưởng", long, "Bằng khen của Chủ tịch UBND tỉnh", "Đề nghị"},
				{"3", "Lê Thị Mai", "Kế toán, Văn phòng", "Hoàn thành tốt nhiệm vụ", "Giấy khen", ""},
			},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cols := columns(tc.table)
			g := measureTable(tc.table, cols)
			was, widths := proportional(tc.table, cols), columnWidths(tc.table, cols)
			before, after, fewest := g.tableLines(was), g.tableLines(widths), fewestLines(tc.table, cols)
			t.Logf("proportional %v: %d lines; columnWidths %v: %d lines; fewest %d", was, before, widths, after, fewest)
			if after > before || after != fewest {
				t.Errorf("columnWidths = %v, %d lines; want the fewest, %d, and at most the %d of the proportional share %v", widths, after, fewest, before, was)
			}
		})
	}
}

// TestColumnWidthsNearFewest lays out random tables of words from award
// lists: the steps and moves of columnWidths, which try a small part of
// all the widths, find the fewest lines in almost all of them, and are
// never more than a line off.
func TestColumnWidthsNearFewest(t *testing.T) {
	if testing.Short() {
		t.Skip("tries every combination of widths")
	}
	words := strings.Fields("Nguyễn Văn An Khoa Hồi sức cấp cứu Phòng Kế hoạch tổng hợp Tập thể lao động tiên tiến " +
		"xuất sắc Trường Trung học cơ sở Nguyễn Du huyện Lạc Sơn Bằng khen của Chủ tịch UBND tỉnh 1.420.000 71,4%")
	r := rand.New(rand.NewPCG(1, 2))
	tables, off := 0, 0
	for range 100 {
		cols := 4 + r.IntN(2)
		tb := &report.Table{}
		for i := range 2 + r.IntN(10) {
			row := []string{strconv.Itoa(i)}
			for range cols - 1 {
				w := make([]string, 1+r.IntN(16))
				for j := range w {
					w[j] = words[r.IntN(len(words))]
				}
				row = append(row, strings.Join(w, " "))
			}
			if i == 0 {
				tb.Head = row
			} else {
				tb.Rows = append(tb.Rows, row)
			}
		}
		if cols*(boldWidth("1.420.000", tableFontSize)+cellPad) > textWidth {
			continue
		}
		tables++
		got, fewest := measureTable(tb, cols).tableLines(columnWidths(tb, cols)), fewestLines(tb, cols)
		switch {
		case got > fewest+1:
			t.Errorf("columnWidths(%q) takes %d lines; want at most the fewest, %d, and one", tb.Rows, got, fewest)
		case got > fewest:
			off++
		}
	}
	t.Logf("%d tables, %d a line off the fewest", tables, off)
	if off*20 > tables {
		t.Errorf("columnWidths misses the fewest lines in %d tables of %d; want 5%% at most", off, tables)
	}
}

// BenchmarkColumnWidths lays out the annex of a decision with 200 000
// staff: only the first rows, the last and the totals are measured.
func BenchmarkColumnWidths(b *testing.B) {
	t := annex(200_000, hospitalUnits)
	b.ReportAllocs()
	for b.Loop() {
		columnWidths(t, 5)
	}
}
