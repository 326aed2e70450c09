package forms_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/tdkt-vn/tdkt/report/forms"
)

// FuzzParseVersion reads fuzzed definitions of forms: an error, or a
// version that registers, fills from no data without error, and reads
// back equal from what json.Marshal writes of it.
func FuzzParseVersion(f *testing.F) {
	shipped, err := forms.ShippedFile("tt-02-2023-bnv.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(shipped)
	f.Add([]byte(`{"circular": "X", "schedule": {"from": "01/01", "to": "31/12", "due": "15/01"}, "forms": [{"code": "1", "data": "staff",
		"columns": [{"code": "1", "label": "a"}, {"code": "2", "label": "b", "match": {"sex": "nữ"}, "within": "1"}],
		"rows": [{"code": "01", "label": "c", "sums": [["02", "03"]]}, {"label": "h"}, {"code": "02", "label": "d", "match": {"age": "[0,30]"}},
		         {"code": "03", "label": "e", "match": {"age": "(30,)"}}]}]}`))
	f.Add([]byte(`{"circular": "X", "forms": [{"code": "1", "data": "grants", "filter": {"level": "nhà nước"}, "columns": [{"code": "1", "label": "a", "match": {"award": ["khác", "huy-hieu"]}}], "rows": []}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := forms.ParseVersion("fuzz.json", data)
		if err != nil {
			return
		}
		r := forms.NewRegistry()
		if err := r.Register(v); err != nil {
			t.Fatalf("Register(a parsed version) = %v", err)
		}
		for _, f := range v.Forms {
			if _, err := f.Fill(forms.Input{Period: v.Schedule.Period(2025)}); err != nil {
				t.Fatalf("%s: Fill(no data) = %v", f.Code, err)
			}
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		w, err := forms.ParseVersion("again.json", out)
		if err != nil {
			t.Fatalf("ParseVersion(json.Marshal(v)) = %v\n%s", err, out)
		}
		again, _ := json.Marshal(w)
		if !bytes.Equal(out, again) {
			t.Fatalf("the version differs read back:\n%s\n%s", out, again)
		}
	})
}

// FuzzParseCSV reads fuzzed files with the three loaders of the forms'
// data: an error or values, never a panic.
func FuzzParseCSV(f *testing.F) {
	f.Add([]byte("Họ tên;Đối tượng;Hình thức;Ngày quyết định;Loại hình\nAn;cá nhân;BK tỉnh;01/02/2025;thường xuyên\n"))
	f.Add([]byte("Mã,Ngày sinh,Giới tính,Trình độ,Làm TĐKT từ\nA,01/01/1990,nữ,đại học,01/01/2015\n"))
	f.Add([]byte("Mã;Tên;Loại\nB;Ban;khác\n"))
	f.Add([]byte("\xef\xbb\xbfHình thức,Ngày quyết định\n\"a\nb\",31/12/9999\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if gs, err := forms.ParseGrantsCSV("k.csv", data); err == nil {
			for _, g := range gs {
				if g.Decision.Date.IsZero() {
					t.Fatalf("a grant without a date: %+v", g)
				}
			}
		}
		_, _ = forms.ParseStaffCSV("c.csv", data)
		_, _ = forms.ParseUnitsCSV("t.csv", data)
	})
}
