package forms_test

import (
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report/forms"
)

func TestParseGrantsCSV(t *testing.T) {
	data := "Họ tên;Đối tượng;Doanh nghiệp;Chức vụ;Hình thức;Loại hình;Cơ quan đề nghị;Số quyết định;Ngày quyết định\n" +
		"Trường THCS Lê Lợi;tập thể;không;;BK TTg;thường xuyên;tỉnh;1104/QĐ-TTg;22/09/2025\n" +
		"\n" +
		"Phạm Thị Lan;;;trực tiếp lao động;Huân chương Độc lập hạng Ba;;;;01/02/2025\n"
	got, err := forms.ParseGrantsCSV("k.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := []forms.Grant{
		{Award: awards.BangKhenTTg, Subject: awards.Collective, Recipient: "Trường THCS Lê Lợi", Enterprise: awards.No,
			Decision: awards.Decision{Number: "1104/QĐ-TTg", Date: metrics.MustDate("22/09/2025")}, Occasion: forms.Regular, Proposer: forms.ProvinceProposer},
		{Award: "huan-chuong-doc-lap-hang-ba", Subject: awards.Individual, Recipient: "Phạm Thị Lan", Role: forms.DirectWorker,
			Decision: awards.Decision{Date: metrics.MustDate("01/02/2025")}},
	}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("ParseGrantsCSV = %+v\nwant %+v", got, want)
	}
	for _, tt := range []struct{ data, want string }{
		{"Hình thức\nBK tỉnh\n", `k.csv:1: field "ngay_quyet_dinh": missing column`},
		{"Hình thức;Ngày quyết định\nBK tỉnh;\n", `k.csv:2: field "Ngày quyết định": missing`},
		{"Hình thức;Ngày quyết định\nHuân chương Vàng;01/01/2025\n", `k.csv:2: field "Hình thức": unknown award "Huân chương Vàng"`},
		{"Hình thức;Ngày quyết định;Loại hình\nBK tỉnh;01/01/2025;bất thường\n", `k.csv:2: field "Loại hình": unknown occasion "bất thường"`},
		{"Hình thức;Ngày quyết định;Đối tượng\nBK tỉnh;01/01/2025;cơ quan\n", `k.csv:2: field "Đối tượng": unknown kind of subject "cơ quan"`},
		{"Hình thức;Ngày quyết định;Doanh nghiệp\nBK tỉnh;01/01/2025;có lẽ\n", `k.csv:2: field "Doanh nghiệp": "có lẽ" is not yes or no`},
		{"Hình thức;Ngày\nBK tỉnh;01/01/2025\n", `k.csv:1: field "Ngày": unknown column`},
	} {
		if _, err := forms.ParseGrantsCSV("k.csv", []byte(tt.data)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseGrantsCSV(%q) = %v; want %q", tt.data, err, tt.want)
		}
	}
}

func TestParseStaffAndUnitsCSV(t *testing.T) {
	staff, err := forms.ParseStaffCSV("c.csv", []byte("Mã,Họ tên,Ngày sinh,Giới tính,Trình độ,Làm TĐKT từ\nA,Lê Hà,14/03/1986,nữ,thạc sĩ,01/08/2014\nB,,,,,\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := forms.Officer{ID: "A", Name: "Lê Hà", Born: metrics.MustDate("14/03/1986"), Sex: forms.Female, Education: forms.Postgraduate, Since: metrics.MustDate("01/08/2014")}
	if len(staff) != 2 || staff[0] != want || staff[1] != (forms.Officer{ID: "B"}) {
		t.Errorf("ParseStaffCSV = %+v", staff)
	}
	for _, tt := range []struct{ data, want string }{
		{"Mã,Ngày sinh\nA,1986\n", `c.csv:2: field "Ngày sinh": "1986" is not a date`},
		{"Mã,Giới tính\nA,x\n", `c.csv:2: field "Giới tính": unknown sex "x"`},
		{"Mã,Trình độ\nA,tiểu học\n", `c.csv:2: field "Trình độ": unknown education "tiểu học"`},
	} {
		if _, err := forms.ParseStaffCSV("c.csv", []byte(tt.data)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseStaffCSV(%q) = %v; want %q", tt.data, err, tt.want)
		}
	}
	units, err := forms.ParseUnitsCSV("t.csv", []byte("Mã;Tên;Loại\nB;Ban TĐKT;ban thuộc Sở Nội vụ\n"))
	if err != nil || len(units) != 1 || units[0] != (forms.Unit{ID: "B", Name: "Ban TĐKT", Kind: "ban thuộc Sở Nội vụ"}) {
		t.Errorf("ParseUnitsCSV = %+v, %v", units, err)
	}
	if _, err := forms.ParseUnitsCSV("t.csv", []byte("Mã;Tên;Loại\n;;khác\n")); err == nil || !strings.Contains(err.Error(), `t.csv:2: field "Tên": missing`) {
		t.Errorf("ParseUnitsCSV(a unit without name) = %v", err)
	}
}
