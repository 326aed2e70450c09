package report_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/text"
)

func ExampleCompose() {
	tmpl, err := report.ParseTemplate("vi-du.json", []byte(`{
  "name": "vi-du",
  "header": {"parent": "UBND tỉnh Lam Sơn", "issuer": "Sở Nội vụ", "type": "Báo cáo", "place": "Lam Sơn", "year": 2026,
             "number": {"type": "BC", "issuer": "SNV"}, "summary": "Kết quả đăng ký thi đua năm {nam}"},
  "body": [
    {"heading": "KẾT QUẢ NĂM {nam}", "level": 2, "use": "example.count", "params": {"so": "{so_dang_ky}"}}
  ]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	reg := report.NewRegistry[report.Section]("section")
	reg.MustRegister("example.count", func() report.Section { return registered{} })
	doc, err := report.Composer{Sections: reg}.Compose(context.Background(), tmpl, report.Data{"nam": 2026, "so_dang_ky": 37})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = report.Render(context.Background(), "format.text", os.Stdout, doc)
	// Output:
	// UBND TỈNH LAM SƠN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	// SỞ NỘI VỤ              Độc lập - Tự do - Hạnh phúc
	// Số:      /BC-SNV       Lam Sơn, ngày      tháng      năm 2026
	//
	// BÁO CÁO
	// Kết quả đăng ký thi đua năm 2026
	//
	// I. KẾT QUẢ NĂM 2026
	//
	// Có 37 tập thể, cá nhân đăng ký thi đua.
	//
}

// registered is a section written for the example: it reads one parameter.
type registered struct{}

func (registered) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	n, err := in.Params.Int("so")
	if err != nil {
		return nil, err
	}
	c := report.CountValue(metrics.NewCount(int64(n), "tập thể, cá nhân"), metrics.Formatter{})
	return []report.Block{report.P(report.T("Có "), &report.Figure{Value: c}, report.T(" đăng ký thi đua."))}, nil
}

func ExampleParseNumber() {
	n, _ := report.ParseNumber("Số: 5/BC-SNgV")
	fmt.Println(n, "|", n.Symbol())
	n.Seq = 0
	fmt.Println(n)
	// Output:
	// Số: 05/BC-SNgV | BC-SNgV
	// Số:      /BC-SNgV
}

func ExampleHeader_PlaceDate() {
	h := report.Header{Place: "Cao Bằng", Date: metrics.MustDate("05/07/2022")}
	fmt.Println(h.PlaceDate())
	// Output: Cao Bằng, ngày 05 tháng 7 năm 2022
}

func ExampleSignature_Lines() {
	s := report.Signature{Authority: report.KT, For: "Giám đốc", Position: "Phó Giám đốc", Name: "Triệu Thị Kiều Dung"}
	fmt.Println(s.Lines(), s.Name)
	// Output: [KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC] Triệu Thị Kiều Dung
}

func ExampleDocument_Number() {
	d := &report.Document{Body: []report.Block{
		report.H(report.PartLevel, "KẾT QUẢ"), report.H(report.SectionLevel, "THI ĐUA"),
		report.H(report.ItemLevel, "Phong trào"), report.H(report.SubitemLevel, "Văn phòng"), report.H(report.PointLevel, "Điểm"),
	}}
	d.Number()
	for _, b := range d.Body {
		fmt.Print(b.(*report.Heading).Number, " | ")
	}
	fmt.Println()
	// Output: Phần thứ nhất | I. | 1. | 1.1. | a) |
}

func ExampleRegistry() {
	r := report.NewRegistry[report.Section]("section")
	fmt.Println(r.Register("section.count", func() report.Section { return registered{} }))
	fmt.Println(r.Register("section.count", func() report.Section { return registered{} }))
	_, err := r.New("section.cuont")
	fmt.Println(err)
	fmt.Println(r.List())
	// Output:
	// <nil>
	// report: "section.count" is already registered
	// report: not registered: section "section.cuont" (forgotten import? registered: [section.count])
	// [section.count]
}

func ExampleRender() {
	d := &report.Document{Header: report.Header{Parent: "UBND tỉnh Lam Sơn", Issuer: "Sở Nội vụ", Number: report.Number{Seq: 7, Type: "TB", Issuer: "SNV"},
		Type: "Thông báo", Place: "Lam Sơn", Year: 2026}, Body: []report.Block{
		report.P(report.T("Tổng số tiền thưởng "), &report.Figure{Value: report.AmountValue(metrics.MustAmount("5740000", metrics.VND), metrics.Formatter{})},
			&report.Note{Runs: []report.Inline{report.T("Theo Nghị định số 152/2025/NĐ-CP.")}}, report.T(".")),
	}}
	d.Number()
	err := report.Render(context.Background(), "format.text", os.Stdout, d)
	fmt.Println(err)
	// Output:
	// UBND TỈNH LAM SƠN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	// SỞ NỘI VỤ              Độc lập - Tự do - Hạnh phúc
	// Số: 07/TB-SNV          Lam Sơn, ngày      tháng      năm 2026
	//
	// THÔNG BÁO
	//
	// Tổng số tiền thưởng 5.740.000 đồng¹.
	//
	// __________
	// ¹ Theo Nghị định số 152/2025/NĐ-CP.
	//
	// <nil>
}
