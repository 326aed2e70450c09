package report_test

import (
	"context"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

func TestAnnexRef(t *testing.T) {
	signed := report.Header{Type: "QUYẾT ĐỊNH", Number: report.Number{Seq: 15, Type: "QĐ", Issuer: "SNV"}, Date: metrics.MustDate("10/01/2026")}
	draft := report.Header{Type: "Quyết định", Number: report.Number{Type: "QĐ", Issuer: "UBND"}, Year: 2026}
	report1 := report.Header{Type: "BÁO CÁO", Number: report.Number{Seq: 5, Issuer: "SNV"}, Date: metrics.MustDate("05/9/2025")}
	for _, tc := range []struct {
		h    report.Header
		want string
	}{
		{signed, "(Kèm theo Quyết định số 15/QĐ-SNV ngày 10 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)"},
		{draft, "(Kèm theo Quyết định số      /QĐ-UBND ngày      tháng      năm 2026 của Giám đốc Sở Nội vụ)"},
		{report1, "(Kèm theo Báo cáo số 05/SNV ngày 05 tháng 9 năm 2025 của Giám đốc Sở Nội vụ)"},
	} {
		if got := report.AnnexRef(tc.h, "Giám đốc Sở Nội vụ"); got != tc.want {
			t.Errorf("AnnexRef(%+v) = %q; want %q", tc.h, got, tc.want)
		}
	}
}

// TestAnnexRefIssuer: an annex with ref_issuer takes its reference from
// the header, its issuer from the data; one with ref and ref_issuer is
// refused at its line, by ParseTemplate and by Check and Compose for a
// Go template.
func TestAnnexRefIssuer(t *testing.T) {
	src := `{"name": "qd", "header": {"type": "QUYẾT ĐỊNH"}, "body": [
  {"annex": {"title": "DANH SÁCH", "ref_issuer": "{nguoi_ky}", "body": []}}]}`
	tmpl, err := report.ParseTemplate("qd.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	h := report.Header{Issuer: "SỞ NỘI VỤ", Number: report.Number{Seq: 7, Type: "QĐ", Issuer: "SNV"}, Date: metrics.MustDate("20/5/2026")}
	d, err := report.Composer{Header: h}.Compose(context.Background(), tmpl, report.Data{"nguoi_ky": "Giám đốc Sở Nội vụ"})
	if err != nil {
		t.Fatal(err)
	}
	a := d.Body[0].(*report.Annex)
	if want := "(Kèm theo Quyết định số 07/QĐ-SNV ngày 20 tháng 5 năm 2026 của Giám đốc Sở Nội vụ)"; a.Ref != want {
		t.Errorf("annex ref = %q; want %q", a.Ref, want)
	}
	if _, err := report.Compose(context.Background(), tmpl, report.Data{}); err == nil || !strings.Contains(err.Error(), `"nguoi_ky"`) {
		t.Errorf("Compose without the issuer's data: %v; want an error naming nguoi_ky", err)
	}
	both := `{"body": [
  {"annex": {"title": "DANH SÁCH", "ref": "(Kèm theo …)", "ref_issuer": "Giám đốc", "body": []}}]}`
	if _, err := report.ParseTemplate("qd.json", []byte(both)); err == nil || !strings.Contains(err.Error(), "qd.json:2:") {
		t.Errorf("ParseTemplate(ref and ref_issuer) = %v; want an error at qd.json:2", err)
	}
	goTmpl := &report.Template{Body: []report.Entry{{Annex: &report.AnnexSpec{Title: "DANH SÁCH", Ref: "x", RefIssuer: "y"}}}}
	if err := (report.Composer{}).Check(goTmpl); err == nil {
		t.Error("Check(ref and ref_issuer) = nil")
	}
	if _, err := report.Compose(context.Background(), goTmpl, report.Data{}); err == nil {
		t.Error("Compose(ref and ref_issuer) = nil error")
	}
}
