package sections_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// A commune's table of villages from a data file: counts, a rate rounded
// by a stated rule, an amount per line, the totals and the total in words.
// The figures stay exact: the file is decoded with UseNumber.
func ExampleTable() {
	tmpl, err := report.ParseTemplate("bang.json", []byte(`{
  "header": {"type": "BÁO CÁO"},
  "body": [{"use": "table", "params": {"rows": "thon", "total": "Toàn xã", "words": "tien",
    "columns": [
      {"title": "Thôn", "field": "ten"},
      {"title": "Số hộ", "field": "ho", "format": "count", "sum": true},
      {"title": "Đạt", "field": "dat", "format": "count", "min_digits": 2, "sum": true},
      {"title": "Tỷ lệ", "format": "rate", "of": ["dat", "ho"], "round": {"mode": "half-up", "places": 1}},
      {"title": "Thưởng (đồng)", "field": "tien", "format": "amount", "sum": true}]}}]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	var villages []any
	dec := json.NewDecoder(strings.NewReader(`[
	  {"ten": "Thôn Nà Pò", "ho": 7, "dat": 5, "tien": 1500000},
	  {"ten": "Thôn Bản Giới", "ho": 9, "dat": 9, "tien": 2700000}]`))
	dec.UseNumber() // json.Number, never float64
	if err := dec.Decode(&villages); err != nil {
		fmt.Println(err)
		return
	}
	c := report.Composer{Header: report.Header{Issuer: "UBND xã Tân Lập", Place: "Tân Lập", Year: 2026, Number: report.Number{Type: "BC", Issuer: "UBND"}}}
	doc, err := c.Compose(context.Background(), tmpl, report.Data{"thon": villages})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = report.Render(context.Background(), "text", os.Stdout, doc)
	// Output:
	// UBND XÃ TÂN LẬP        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	//                        Độc lập - Tự do - Hạnh phúc
	// Số:      /BC-UBND      Tân Lập, ngày      tháng      năm 2026
	//
	// BÁO CÁO
	//
	// Thôn           Số hộ  Đạt  Tỷ lệ  Thưởng (đồng)
	// ----           -----  ---  -----  -------------
	// Thôn Nà Pò         7   05  71,4%      1.500.000
	// Thôn Bản Giới      9   09   100%      2.700.000
	// Toàn xã           16   14  87,5%      4.200.000
	//
	// Bằng chữ: Bốn triệu hai trăm nghìn đồng.
}

// A school's annex: the columns the template chooses, sorted the
// Vietnamese way (collectives first, then people by given name), with the
// money per line and the total.
func ExampleAwardList() {
	decided := metrics.MustDate("28/5/2025")
	lđtt := awards.Grant{Award: awards.LaoDongTienTien, Subject: awards.Individual, Decided: decided}
	tmpl := &report.Template{Body: []report.Entry{{Section: &sections.AwardList{
		Recipients: report.Named[[]sections.Awardee]("danh_sach"),
		Columns: []sections.AwardColumn{{Field: "index"}, {Field: "name", Title: "Họ và tên"},
			{Field: "position_unit"}, {Field: "amount", Title: "Số tiền"}},
	}}}}
	doc, err := report.Compose(context.Background(), tmpl, report.Data{"danh_sach": []sections.Awardee{
		{Name: "Phạm Văn Tú", Position: "Giáo viên", Unit: "Tổ Toán", Grant: lđtt},
		{Name: "Đỗ Minh Đức", Position: "Nhân viên", Unit: "Tổ Văn phòng", Grant: lđtt},
		{Name: "Tổ Toán", Grant: awards.Grant{Award: awards.TapTheTienTien, Subject: awards.Collective, Decided: decided}},
		{Name: "Nguyễn Văn Dũng", Position: "Giáo viên", Unit: "Tổ Toán", Grant: lđtt},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	t := doc.Body[0].(*report.Table)
	for _, row := range append(append([][]string{t.Head}, t.Rows...), t.Foot...) {
		fmt.Println(strings.Join(row, " | "))
	}
	fmt.Println(report.Plain(doc.Body[1].(*report.Paragraph).Runs))
	// Output:
	// STT | Họ và tên | Chức vụ, đơn vị | Số tiền
	// 1 | Tổ Toán |  | 1.880.000
	// 2 | Nguyễn Văn Dũng | Giáo viên, Tổ Toán | 710.000
	// 3 | Đỗ Minh Đức | Nhân viên, Tổ Văn phòng | 710.000
	// 4 | Phạm Văn Tú | Giáo viên, Tổ Toán | 710.000
	//  | Cộng |  | 4.010.000
	// Tổng số tiền bằng chữ: Bốn triệu không trăm mười nghìn đồng.
}

// An entry marked optional disappears, its heading included, when its
// data is empty; a template that requires its header refuses to print
// "Số:      /" without one.
func Example_optional() {
	tmpl, err := report.ParseTemplate("bc.json", []byte(`{
  "header": {"type": "BÁO CÁO"},
  "require": ["issuer", "place", "number", "date"],
  "body": [
    {"heading": "Xếp hạng", "level": 2, "use": "ranking", "params": {"ranking": "xep_hang"}, "optional": true},
    {"heading": "Kết quả", "level": 2, "use": "prose", "params": {"text": "Hoàn thành."}}]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	data := report.Data{"xep_hang": sections.Ranking{}}
	_, err = report.Compose(context.Background(), tmpl, data)
	fmt.Println(err)
	c := report.Composer{Header: report.Header{Issuer: "UBND xã Tân Lập", Place: "Tân Lập", Year: 2026, Number: report.Number{Type: "BC", Issuer: "UBND"}}}
	doc, err := c.Compose(context.Background(), tmpl, data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range doc.Body {
		if h, ok := b.(*report.Heading); ok {
			fmt.Println(h.Number, report.Plain(h.Title))
		}
	}
	// Output:
	// report: header incomplete: template "": no issuer, no place, no number, no date, which the template requires (a Composer's Header gives them)
	// I. Kết quả
}
