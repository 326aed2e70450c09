package sections_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// TestBodies composes, from template files, the documents of two bodies
// that are not a department: a lower secondary school's review with its
// teams' table and its list of awards, and a commune's review with its
// villages' table and the awards by village. Each has an optional section
// its data leaves empty, which disappears with its heading; each requires
// its header.
func TestBodies(t *testing.T) {
	decided := metrics.MustDate("28/5/2025")
	grant := func(id awards.ID, kind awards.SubjectKind) awards.Grant {
		return awards.Grant{Award: id, Subject: kind, Decided: decided}
	}
	var villages []any // as a data file holds them
	dec := json.NewDecoder(strings.NewReader(`[
	  {"ten": "Thôn Nà Pò", "ho": 142, "gdvh": 131},
	  {"ten": "Thôn Bản Giới", "ho": 98, "gdvh": 80},
	  {"ten": "Thôn Khuổi Khon", "ho": 61, "gdvh": 61}]`))
	dec.UseNumber()
	if err := dec.Decode(&villages); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		header report.Header
		data   report.Data
	}{
		{"truong-thcs", report.Header{Parent: "UBND HUYỆN LẠC SƠN", Issuer: "TRƯỜNG THCS NGUYỄN DU", Place: "Lạc Sơn", Date: decided,
			Number: report.Number{Seq: 52, Type: "BC", Issuer: "THCSND"}, Summary: "Tổng kết công tác thi đua, khen thưởng năm học 2024 - 2025"},
			report.Data{
				"nam_hoc": "2024 - 2025", "nam_hoc_sau": "2025 - 2026",
				"mo_dau": "Thực hiện Kế hoạch số 05/KH-THCSND ngày 10/9/2024, nhà trường báo cáo kết quả như sau:",
				"to": []map[string]any{
					{"khoi": "chuyên môn", "ten": "Tổ Khoa học tự nhiên", "so_nguoi": 14, "dang_ky": 14, "ldtt": 10, "tien": json.Number("7100000")},
					{"khoi": "chuyên môn", "ten": "Tổ Khoa học xã hội", "so_nguoi": 12, "dang_ky": 12, "ldtt": 11, "tien": json.Number("7810000")},
					{"khoi": "văn phòng", "ten": "Tổ Văn phòng", "so_nguoi": 7, "dang_ky": 6, "ldtt": 5, "tien": json.Number("3550000")},
				},
				"chi_tieu":     []sections.Indicator{},
				"phuong_huong": "Tiếp tục đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục toàn diện.",
				"ket_thuc":     report.Closing{Recipients: []string{"Phòng GD&ĐT huyện;", "Lưu: VT."}, Signature: report.Signature{For: "Hiệu trưởng", Name: "Đinh Thị Mai"}},
				"danh_sach": []sections.Awardee{
					{Name: "Tổ Khoa học xã hội", Grant: grant(awards.TapTheTienTien, awards.Collective)},
					{Name: "Phạm Văn Tú", Position: "Giáo viên", Unit: "Tổ Khoa học tự nhiên", Grant: grant(awards.LaoDongTienTien, awards.Individual)},
					{Name: "Hà Thị Ánh", Position: "Tổ trưởng", Unit: "Tổ Khoa học xã hội", Grant: grant(awards.LaoDongTienTien, awards.Individual)},
					{Name: "Đỗ Minh Đức", Position: "Nhân viên", Unit: "Tổ Văn phòng", Grant: grant(awards.LaoDongTienTien, awards.Individual)},
					{Name: "Nguyễn Văn Dũng", Position: "Giáo viên", Unit: "Tổ Khoa học tự nhiên", Grant: grant(awards.LaoDongTienTien, awards.Individual)},
				},
			}},
		{"xa", report.Header{Parent: "UBND HUYỆN HÀ QUẢNG", Issuer: "UBND XÃ TÂN LẬP", Place: "Tân Lập", Year: 2026,
			Number: report.Number{Type: "BC", Issuer: "UBND"}, Summary: "Tổng kết phong trào thi đua năm 2025"},
			report.Data{
				"nam":      2025,
				"mo_dau":   "Ủy ban nhân dân xã báo cáo kết quả phong trào thi đua năm 2025 như sau:",
				"thon":     villages,
				"xep_hang": sections.Ranking{},
				"ket_thuc": report.Closing{Recipients: []string{"UBND huyện;", "Lưu: VT."}, Signature: report.Signature{Authority: report.TM, For: "Ủy ban nhân dân", Position: "Chủ tịch", Name: "Lương Văn Quang"}},
				"danh_sach": []sections.Awardee{
					{Name: "Hoàng Văn Pản", Unit: "Thôn Nà Pò", Grant: grant(awards.LaoDongTienTien, awards.Individual)},
					{Name: "Lục Thị Bay", Unit: "Thôn Bản Giới", Grant: grant(awards.LaoDongTienTien, awards.Individual)},
					{Name: "Nông Văn Ba", Unit: "Thôn Nà Pò", Grant: grant(awards.LaoDongTienTien, awards.Individual)},
				},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", tc.name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			tmpl, err := report.ParseTemplate(tc.name+".json", src)
			if err != nil {
				t.Fatal(err)
			}
			c := report.Composer{Header: tc.header}
			d, err := c.Compose(context.Background(), tmpl, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := report.Render(context.Background(), "text", &b, d); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tc.name+".txt"), b.Bytes(), *update)
			// Without its issuer the template refuses to compose.
			c.Header.Issuer = ""
			if _, err := c.Compose(context.Background(), tmpl, tc.data); err == nil || !strings.Contains(err.Error(), "no issuer") {
				t.Errorf("composed without an issuer: %v", err)
			}
		})
	}
}
