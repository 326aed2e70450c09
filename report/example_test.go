package report_test

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/text"
)

func ExampleCompose() {
	tmpl, err := report.ParseTemplate("vi-du.json", []byte(`{
  "name": "vi-du",
  "header": {"type": "Báo cáo", "summary": "Kết quả đăng ký thi đua năm {nam}"},
  "body": [
    {"heading": "KẾT QUẢ NĂM {nam}", "level": 2, "use": "count", "params": {"count": "so_dang_ky"}}
  ]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	reg := report.NewRegistry[report.Section]("section")
	reg.MustRegister("count", func() report.Section { return &count{} })
	c := report.Composer{
		Sections: reg,
		Header: report.Header{Parent: "UBND tỉnh Lam Sơn", Issuer: "Sở Nội vụ", Place: "Lam Sơn", Year: 2026,
			Number: report.Number{Type: "BC", Issuer: "SNV"}},
	}
	doc, err := c.Compose(context.Background(), tmpl, report.Data{"nam": 2026, "so_dang_ky": 37})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = report.Render(context.Background(), "text", os.Stdout, doc)
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

// count is a section written for the examples. Its one parameter, a Ref,
// names a whole number of the data or holds one.
type count struct {
	Count report.Ref[int] `json:"count"`
}

func (s *count) Build(context.Context, report.Input) ([]report.Block, error) {
	if s.Count.IsZero() {
		return nil, &report.ParamError{Name: "count", Err: errors.New("missing")}
	}
	c := report.CountValue(metrics.NewCount(int64(s.Count.Value()), "tập thể, cá nhân"), metrics.Formatter{})
	return []report.Block{report.P(report.T("Có "), &report.Figure{Value: c}, report.T(" đăng ký thi đua."))}, nil
}

// A Go template holds its sections as values, configured with literals or
// with names of the data.
func ExampleTemplate() {
	tmpl := &report.Template{
		Header: report.Header{Issuer: "UBND xã Tân Lập", Type: "Thông báo", Place: "Tân Lập", Year: 2026},
		Body: []report.Entry{
			{Heading: "Đăng ký", Level: report.SectionLevel, Section: &count{Count: report.Literal(12)}},
			{Heading: "Bổ sung", Level: report.SectionLevel, Section: &count{Count: report.Named[int]("bo_sung")}},
		},
	}
	doc, err := report.Compose(context.Background(), tmpl, report.Data{"bo_sung": 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range doc.Body {
		switch b := b.(type) {
		case *report.Heading:
			fmt.Println(b.Number, report.Plain(b.Title))
		case *report.Paragraph:
			fmt.Println(report.Plain(b.Runs))
		}
	}
	_, err = report.Compose(context.Background(), tmpl, report.Data{"bo_sung": "ba"})
	fmt.Println(err)
	// Output:
	// I. Đăng ký
	// Có 12 tập thể, cá nhân đăng ký thi đua.
	// II. Bổ sung
	// Có 3 tập thể, cá nhân đăng ký thi đua.
	// report: template "": entry 2 *report_test.count: parameter "count": data "bo_sung" holds a value of type string; want int
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
	fmt.Println(r.Register("count", func() report.Section { return &count{} }))
	fmt.Println(r.Register("count", func() report.Section { return &count{} }))
	fmt.Println(r.Register("section.count", func() report.Section { return &count{} }))
	_, err := r.New("cuont")
	fmt.Println(err)
	fmt.Println(r.List())
	// Output:
	// <nil>
	// report: "count" is already registered
	// report: section name "section.count": want a bare lowercase name such as "award-list" (letters, digits, hyphens)
	// report: not registered: section "cuont" (forgotten import? registered: [count])
	// [count]
}

func ExampleNumber_Validate() {
	for _, n := range []report.Number{{Seq: 15, Type: "QĐ", Issuer: "UBND"}, {Seq: -1, Type: "QĐ", Issuer: "UBND"}, {Type: "QD", Issuer: "UBND"}} {
		fmt.Println(n.Validate())
	}
	// Output:
	// <nil>
	// report: number -1/QĐ-UBND: the sequence must be positive (0 while not yet numbered)
	// report: number type "QD" is not a type of administrative document (Decree 30/2020, Phụ lục III)
}

func ExampleAuthority_Validate() {
	fmt.Println(report.KT.Validate())
	fmt.Println(report.Authority("PT.").Validate())
	// Output:
	// <nil>
	// report: signature authority "PT."; want KT., TM., Q., TL., TUQ. or none (Decree 30/2020, Điều 13)
}

func ExampleRender() {
	d := &report.Document{Header: report.Header{Parent: "UBND tỉnh Lam Sơn", Issuer: "Sở Nội vụ", Number: report.Number{Seq: 7, Type: "TB", Issuer: "SNV"},
		Type: "Thông báo", Place: "Lam Sơn", Year: 2026}, Body: []report.Block{
		report.P(report.T("Tổng số tiền thưởng "), &report.Figure{Value: report.AmountValue(metrics.MustAmount("5740000", metrics.VND), metrics.Formatter{})},
			&report.Note{Runs: []report.Inline{report.T("Theo Nghị định số 152/2025/NĐ-CP.")}}, report.T(".")),
	}}
	d.Number()
	err := report.Render(context.Background(), "text", os.Stdout, d)
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

// The reference of an annex, built from the header of its decision: an
// annex whose template entry has "ref_issuer" gets it from the composer.
func ExampleAnnexRef() {
	h := report.Header{Number: report.Number{Seq: 15, Type: "QĐ", Issuer: "UBND"}, Date: metrics.MustDate("15/01/2026")}
	fmt.Println(report.AnnexRef(h, "Chủ tịch Ủy ban nhân dân xã Tân Lập"))
	// Output: (Kèm theo Quyết định số 15/QĐ-UBND ngày 15 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Tân Lập)
}
