package sections_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// units are the teams of a school as a portal reads them from its
// database: one map per row, exact figures.
func units() []map[string]any {
	return []map[string]any{
		{"khoi": "Tổ chuyên môn", "ten": "Tổ Toán - Tin", "so_nguoi": 7, "ldtt": 5, "tien": metrics.MustAmount("3550000", metrics.VND)},
		{"khoi": "Tổ chuyên môn", "ten": "Tổ Ngữ văn", "so_nguoi": json.Number("9"), "ldtt": json.Number("9"), "tien": json.Number("6390000")},
		{"khoi": "Tổ văn phòng", "ten": "Tổ Văn phòng", "so_nguoi": decimal.NewFromInt(4), "ldtt": "0", "tien": nil},
	}
}

const unitColumns = `[
  {"title": "STT", "format": "index"},
  {"title": "Tổ", "field": "ten", "width": 40},
  {"title": "Số người", "field": "so_nguoi", "format": "count", "min_digits": 2, "sum": true},
  {"title": "LĐTT", "field": "ldtt", "format": "count", "min_digits": 2, "sum": true},
  {"title": "Tỷ lệ", "format": "rate", "of": ["ldtt", "so_nguoi"], "round": {"mode": "half-up", "places": 1}},
  {"title": "Số tiền (đồng)", "field": "tien", "format": "amount", "sum": true}]`

// rows writes a table's rows, then its foot, as "a | b | c" lines.
func rows(t *report.Table) []string {
	var out []string
	for _, r := range append(append([][]string{}, t.Rows...), t.Foot...) {
		out = append(out, strings.Join(r, " | "))
	}
	return out
}

func TestTable(t *testing.T) {
	type person struct {
		Name  string          `json:"ho_ten"`
		Score decimal.Decimal `json:"diem"`
		Team  string
	}
	var decoded []any // a data file, decoded with UseNumber
	dec := json.NewDecoder(strings.NewReader(`[{"ten": "Thôn Nà Pò", "ho": 42, "dat": 40}, {"ten": "Thôn Bản Giới", "ho": 38, "dat": 31}]`))
	dec.UseNumber()
	if err := dec.Decode(&decoded); err != nil {
		t.Fatal(err)
	}
	data := report.Data{
		"to":      units(),
		"thon":    decoded,
		"nguoi":   []person{{"Lò Văn Páo", decimal.RequireFromString("95.5"), "Tổ 1"}, {"Hà Thị Mai", decimal.RequireFromString("88"), "Tổ 2"}},
		"rong":    []map[string]any{},
		"so_thuc": []map[string]any{{"ten": "A", "n": 1.5}},
	}
	for _, tt := range []struct {
		name   string
		params string
		want   []string // the rows, then the foot
		words  string   // the line after the table
	}{
		{"counts, rates, amounts and totals", `{"rows": "to", "total": "Tổng cộng", "words": "tien", "columns": ` + unitColumns + `}`,
			[]string{
				"1 | Tổ Toán - Tin | 07 | 05 | 71,4% | 3.550.000",
				"2 | Tổ Ngữ văn | 09 | 09 | 100% | 6.390.000",
				"3 | Tổ Văn phòng | 04 | 00 | 0% | ",
				" | Tổng cộng | 20 | 14 | 70% | 9.940.000",
			}, "Bằng chữ: Chín triệu chín trăm bốn mươi nghìn đồng."},
		{"subtotals by group", `{"rows": "to", "group": "khoi", "total": "Tổng cộng", "columns": [
			{"title": "Tổ", "field": "ten"}, {"title": "Số người", "field": "so_nguoi", "format": "count", "sum": true},
			{"title": "Tỷ lệ", "format": "rate", "of": ["ldtt", "so_nguoi"], "round": {"mode": "half-up", "places": 2}}]}`,
			[]string{
				"Tổ Toán - Tin | 7 | 71,43%", "Tổ Ngữ văn | 9 | 100%", "Cộng Tổ chuyên môn | 16 | 87,5%",
				"Tổ Văn phòng | 4 | 0%", "Cộng Tổ văn phòng | 4 | 0%",
				"Tổng cộng | 20 | 70%",
			}, ""},
		{"a data file's records", `{"rows": "thon", "total": "Cộng", "columns": [{"title": "Thôn", "field": "ten"},
			{"title": "Số hộ", "field": "ho", "format": "count", "sum": true}, {"title": "Đạt", "field": "dat", "format": "count", "sum": true},
			{"title": "Tỷ lệ", "format": "rate", "of": ["dat", "ho"], "round": {"name": "làm tròn", "mode": "half-up", "places": 1}}]}`,
			[]string{"Thôn Nà Pò | 42 | 40 | 95,2%", "Thôn Bản Giới | 38 | 31 | 81,6%", "Cộng | 80 | 71 | 88,8%"}, ""},
		{"structs by json tag and name", `{"rows": "nguoi", "columns": [{"title": "Họ và tên", "field": "ho_ten"},
			{"title": "Tổ", "field": "Team"}, {"title": "Điểm", "field": "diem", "format": "number"}]}`,
			[]string{"Lò Văn Páo | Tổ 1 | 95,5", "Hà Thị Mai | Tổ 2 | 88"}, ""},
		{"rows in the template", `{"rows": [{"ten": "A", "n": 1200}], "columns": [{"title": "Tên", "field": "ten"}, {"title": "Số", "field": "n", "format": "number"}]}`,
			[]string{"A | 1.200"}, ""},
		{"no record, no table", `{"rows": "rong", "total": "Tổng cộng", "columns": ` + unitColumns + `}`, nil, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bs, err := build("table", tt.params, data)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == nil {
				if len(bs) != 0 {
					t.Fatalf("table of no record = %d blocks; want none", len(bs))
				}
				return
			}
			tab := bs[0].(*report.Table)
			if got := rows(tab); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("table rows =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if tt.words == "" {
				if len(bs) != 1 || tab.KeepNext {
					t.Errorf("table without words = %d blocks, KeepNext %v; want 1, false", len(bs), tab.KeepNext)
				}
				return
			}
			if len(bs) != 2 || !tab.KeepNext {
				t.Fatalf("table with words = %d blocks, KeepNext %v; want 2, true", len(bs), tab.KeepNext)
			}
			if got := report.Plain(bs[1].(*report.Paragraph).Runs); got != tt.words {
				t.Errorf("words = %q; want %q", got, tt.words)
			}
		})
	}
	t.Run("layout", func(t *testing.T) {
		bs, err := build("table", `{"rows": "to", "columns": `+unitColumns+`}`, data)
		if err != nil {
			t.Fatal(err)
		}
		tab := bs[0].(*report.Table)
		want := []report.Column{{Align: report.AlignRight}, {Width: 40}, {Align: report.AlignRight}, {Align: report.AlignRight}, {Align: report.AlignRight}, {Align: report.AlignRight}}
		for i, c := range want {
			if tab.Col(i) != c {
				t.Errorf("column %d = %+v; want %+v", i, tab.Col(i), c)
			}
		}
	})
}

func TestTableErrors(t *testing.T) {
	data := report.Data{
		"to":      units(),
		"so_thuc": []map[string]any{{"ten": "A", "n": 1.5}},
		"le":      []map[string]any{{"ten": "A", "n": json.Number("1.5")}},
		"usd":     []map[string]any{{"tien": metrics.MustAmount("5", metrics.USD)}},
		"gan":     []map[string]any{{"tien": metrics.MustAmount("5", metrics.VND).WithQualifier(metrics.Nearly)}},
		"chu":     "không phải danh sách",
		"so":      []int{1},
	}
	for _, tt := range []struct {
		params string
		msg    string
	}{
		{`{"columns": [{"title": "Tên", "field": "ten"}]}`, `parameter "rows": missing`},
		{`{"rows": "to"}`, `parameter "columns": missing`},
		{`{"rows": "so_thuc", "columns": [{"title": "Số", "field": "n", "format": "number"}]}`, `record 1, column "Số": field "n": a float64 is not exact`},
		{`{"rows": "so_thuc", "columns": [{"title": "Số", "field": "n"}]}`, `a float64 is not exact`},
		{`{"rows": "le", "columns": [{"title": "Số", "field": "n", "format": "count"}]}`, `1.5 is not a whole number`},
		{`{"rows": "to", "columns": [{"title": "Tên", "field": "khong_co"}]}`, `record 1, column "Tên": field "khong_co": the record has no such field`},
		{`{"rows": "to", "columns": [{"title": "Tỷ lệ", "format": "rate", "of": ["ldtt", "so_nguoi"]}]}`, `parameter "columns[0]": rate: no rounding`},
		{`{"rows": "to", "columns": [{"title": "Tỷ lệ", "format": "rate", "of": ["ldtt"], "round": {"mode": "half-up"}}]}`, `want "of": [numerator, denominator]`},
		{`{"rows": "to", "columns": [{"title": "Tỷ lệ", "format": "rate", "of": ["a", "b"], "round": {"mode": "lên"}}]}`, `rounding: mode "lên"`},
		{`{"rows": "to", "columns": [{"title": "Tỷ lệ", "format": "rate", "of": ["ldtt", "so_nguoi"], "round": {"mode": "half-up", "places": 2000000000}}]}`, `rate: 2000000000 places; want 0 to 6`},
		{`{"rows": "to", "columns": [{"title": "Số", "field": "n", "format": "number"}], "rows": [{"n": 1e400000000}]}`, `a number with an exponent`},
		{`{"rows": "to", "columns": [{"title": "Tên", "field": "ten", "sum": true}]}`, `sum: a text column does not add up`},
		{`{"rows": "to", "columns": [{"title": "Tên", "field": "ten", "format": "ngày"}]}`, `format "ngày"`},
		{`{"rows": "to", "columns": [{"title": "STT", "format": "index", "field": "ten"}]}`, `index: a field "ten"`},
		{`{"rows": "to", "columns": [{"title": "Số", "field": "so_nguoi", "format": "count"}], "words": "so_nguoi"}`, `parameter "words": "so_nguoi" is a column of format count`},
		{`{"rows": "to", "columns": [{"title": "Tiền", "field": "tien", "format": "amount"}], "words": "tien"}`, `"tien" is a column of format amount; want an amount column with sum`},
		{`{"rows": "to", "columns": [{"title": "Tên", "field": "ten"}], "words": "tien"}`, `parameter "words": no amount column shows the field "tien"`},
		{`{"rows": "usd", "columns": [{"title": "Tiền", "field": "tien", "format": "amount"}]}`, `an amount in USD in a column of VND`},
		{`{"rows": "gan", "columns": [{"title": "Tiền", "field": "tien", "format": "amount", "sum": true}]}`, `qualified`},
		{`{"rows": "chu", "columns": [{"title": "Tên", "field": "ten"}]}`, `parameter "rows": a string is not a list of records`},
		{`{"rows": "so", "columns": [{"title": "Tên", "field": "ten"}]}`, `record 1 is a int; want a map[string]any or a struct`},
		{`{"rows": "to", "columns": [{"title": "Tên", "field": "ten", "currency": "ABC"}]}`, `parameter "columns[0]"`},
		{`{"rows": "to", "columns": [{"title": "Tên", "field": "ten", "min_digits": 99}]}`, `min_digits 99`},
		{`{"rows": "to", "columns": [{"title": "Tên", "field": "ten", "colour": "đỏ"}]}`, `unknown field`},
	} {
		_, err := build("table", tt.params, data)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("table %s = %v; want %q", tt.params, err, tt.msg)
		}
	}
	if _, err := build("table", `{"rows": "gan", "columns": [{"title": "Tiền", "field": "tien", "format": "amount", "sum": true}]}`, data); !errors.Is(err, metrics.ErrQualified) {
		t.Errorf("a qualified amount summed: %v; want metrics.ErrQualified", err)
	}
}

func TestTableConforms(t *testing.T) {
	reporttest.TestSection(t, func() report.Section { return &sections.Table{} },
		`{"rows": "to", "group": "khoi", "total": "Tổng cộng", "words": "tien", "columns": `+unitColumns+`}`, report.Data{"to": units()})
	// A Go template holds the section as a value.
	tmpl := &report.Template{Body: []report.Entry{{Section: &sections.Table{Rows: report.Literal[any](units()), Total: "Cộng",
		Columns: []sections.Column{{Title: "Tổ", Field: "ten"}, {Title: "Tỷ lệ", Format: "rate", Of: []string{"ldtt", "so_nguoi"},
			Round: sections.Rounding{Mode: metrics.HalfUp, Places: 1}}}}}}}
	d, err := report.Compose(context.Background(), tmpl, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := rows(d.Body[0].(*report.Table)); got[len(got)-1] != "Cộng | 70%" {
		t.Errorf("Go template: totals %q; want %q", got[len(got)-1], "Cộng | 70%")
	}
}
