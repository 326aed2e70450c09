package sections_test

import (
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// teachers is a school's list in the order the portal keeps it.
func teachers() []sections.Awardee {
	decided := metrics.MustDate("28/5/2025")
	lđtt := awards.Grant{Award: awards.LaoDongTienTien, Subject: awards.Individual, Decided: decided}
	return []sections.Awardee{
		{Name: "Nguyễn Thị Yến", Position: "Giáo viên", Unit: "Tổ Ngữ văn", Grant: lđtt},
		{Name: "Đặng Văn Đức", Position: "Tổ trưởng", Unit: "Tổ Toán - Tin", Grant: lđtt},
		{Name: "Tổ Toán - Tin", Grant: awards.Grant{Award: awards.TapTheTienTien, Subject: awards.Collective, Decided: decided}},
		{Name: "Lê Thị Ánh", Position: "Giáo viên", Unit: "Tổ Toán - Tin", Grant: lđtt},
		{Name: "Bùi Văn Dũng", Unit: "Tổ Ngữ văn", Grant: lđtt},
		{Name: "Nguyễn Văn Dũng", Position: "Giáo viên", Unit: "Tổ Ngữ văn", Grant: lđtt},
		{Name: "Vũ Thị Ánh", Position: "Phó Hiệu trưởng", Grant: lđtt},
	}
}

func TestAwardList(t *testing.T) {
	data := report.Data{"danh_sach": teachers(), "rong": []sections.Awardee{}}
	short := `[{"field": "index"}, {"field": "name", "title": "Họ và tên"}, {"field": "position_unit"}, {"field": "amount", "title": "Số tiền"}]`
	for _, tt := range []struct {
		name, params string
		head         string
		want         []string
	}{
		{"by name, the default", `{"recipients": "danh_sach", "columns": ` + short + `}`,
			"STT | Họ và tên | Chức vụ, đơn vị | Số tiền",
			[]string{
				"1 | Tổ Toán - Tin |  | 1.880.000", // collectives first
				"2 | Lê Thị Ánh | Giáo viên, Tổ Toán - Tin | 710.000",
				"3 | Vũ Thị Ánh | Phó Hiệu trưởng | 710.000",
				"4 | Bùi Văn Dũng | Tổ Ngữ văn | 710.000",
				"5 | Nguyễn Văn Dũng | Giáo viên, Tổ Ngữ văn | 710.000",
				"6 | Đặng Văn Đức | Tổ trưởng, Tổ Toán - Tin | 710.000", // Đ after D
				"7 | Nguyễn Thị Yến | Giáo viên, Tổ Ngữ văn | 710.000",
				" | Cộng |  | 6.140.000",
			}},
		{"by unit", `{"recipients": "danh_sach", "order": "unit", "columns": [{"field": "unit"}, {"field": "name"}]}`,
			"Đơn vị | Họ và tên, tập thể",
			[]string{
				"Tổ Ngữ văn | Bùi Văn Dũng", "Tổ Ngữ văn | Nguyễn Văn Dũng", "Tổ Ngữ văn | Nguyễn Thị Yến",
				"Tổ Toán - Tin | Lê Thị Ánh", "Tổ Toán - Tin | Đặng Văn Đức",
				" | Tổ Toán - Tin", " | Vũ Thị Ánh",
			}},
		{"in the order of the data", `{"recipients": "danh_sach", "order": "data", "columns": [{"field": "name"}, {"field": "position"}, {"field": "award", "width": 30}]}`,
			"Họ và tên, tập thể | Chức vụ | Danh hiệu, hình thức",
			[]string{
				"Nguyễn Thị Yến | Giáo viên | Lao động tiên tiến", "Đặng Văn Đức | Tổ trưởng | Lao động tiên tiến",
				"Tổ Toán - Tin |  | Tập thể lao động tiên tiến", "Lê Thị Ánh | Giáo viên | Lao động tiên tiến",
				"Bùi Văn Dũng |  | Lao động tiên tiến", "Nguyễn Văn Dũng | Giáo viên | Lao động tiên tiến",
				"Vũ Thị Ánh | Phó Hiệu trưởng | Lao động tiên tiến",
			}},
		{"no recipient, no table", `{"recipients": "rong"}`, "", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bs, err := build("award-list", tt.params, data)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == nil {
				if len(bs) != 0 {
					t.Fatalf("an empty list = %d blocks; want none", len(bs))
				}
				return
			}
			tab := bs[0].(*report.Table)
			if got := strings.Join(tab.Head, " | "); got != tt.head {
				t.Errorf("head = %q; want %q", got, tt.head)
			}
			if got := rows(tab); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("rows =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			money := strings.Contains(tt.params, "amount")
			if money != (len(bs) == 2) || money != tab.KeepNext {
				t.Errorf("%d blocks, KeepNext %v; want the line in words kept with the table only with money", len(bs), tab.KeepNext)
			}
		})
	}
	bs, err := build("award-list", `{"recipients": "danh_sach"}`, data)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(bs[0].(*report.Table).Head, " | "), "STT | Họ và tên, tập thể | Đơn vị | Danh hiệu, hình thức | Số tiền (đồng)"; got != want {
		t.Errorf("default head = %q; want %q", got, want)
	}
	if got, want := report.Plain(bs[1].(*report.Paragraph).Runs), "Tổng số tiền bằng chữ: Sáu triệu một trăm bốn mươi nghìn đồng."; got != want {
		t.Errorf("words = %q; want %q", got, want)
	}
	for _, tt := range []struct{ params, msg string }{
		{`{"recipients": "danh_sach", "order": "tuổi"}`, `parameter "order": "tuổi"; want "name", "unit" or "data"`},
		{`{"recipients": "danh_sach", "columns": [{"field": "ngay_sinh"}]}`, `parameter "columns[0]": field "ngay_sinh"`},
		{`{"recipients": "danh_sach", "columns": [{"field": "name", "align": "left"}]}`, `unknown field`},
	} {
		if _, err := build("award-list", tt.params, data); err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("award-list %s = %v; want %q", tt.params, err, tt.msg)
		}
	}
}

func TestAwardListConforms(t *testing.T) {
	reporttest.TestSection(t, func() report.Section { return &sections.AwardList{} },
		`{"recipients": "danh_sach", "order": "unit", "columns": [{"field": "index"}, {"field": "name", "title": "Họ và tên"}, {"field": "position_unit"}, {"field": "amount"}]}`,
		report.Data{"danh_sach": teachers()})
}
