package sections_test

import (
	"bytes"
	"context"
	"fmt"
	"os"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/sections"
	_ "github.com/tdkt-vn/tdkt/report/text"
)

// The council's working list for “Lao động tiên tiến” 2025: each person
// judged under the rules in force, with the criteria not met and their
// articles.
func ExampleVerdicts() {
	recs := []*awards.Record{
		{ID: "VP", Name: "Văn phòng", Kind: awards.Collective},
		{ID: "NV1", Name: "Nông Thị Hoa", Kind: awards.Individual, Unit: "VP", Recruited: metrics.MustDate("01/09/2019"),
			Years: []awards.Year{{Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes}}},
		{ID: "NV2", Name: "Lục Văn Sơn", Kind: awards.Individual, Unit: "VP", Recruited: metrics.MustDate("01/09/2025"),
			Years: []awards.Year{{Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes}}},
	}
	tmpl := &report.Template{
		Header: report.Header{Issuer: "UBND xã Tân Lập", Number: report.Number{Type: "BC", Issuer: "UBND"}, Type: "Báo cáo",
			Summary: "Kết quả xét danh hiệu thi đua năm 2025", Place: "Tân Lập", Year: 2026},
		Body: []report.Entry{{Section: &sections.Verdicts{
			Records: report.Named[[]*awards.Record]("ho_so"), Award: awards.LaoDongTienTien, Year: report.Literal(2025)}}},
	}
	doc, err := report.Compose(context.Background(), tmpl, report.Data{"ho_so": recs})
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
	// Kết quả xét danh hiệu thi đua năm 2025
	//
	// Xét “Lao động tiên tiến” năm 2025: 02 trường hợp, trong đó 01 đủ tiêu chuẩn, 01 không đủ tiêu chuẩn.
	//
	// STT  Tên cá nhân, tập thể  Đơn vị     Kết quả                         Tiêu chuẩn không đạt, chưa xác định
	// ---  --------------------  ------     -------                         -----------------------------------
	//   1  Nông Thị Hoa          Văn phòng  đủ tiêu chuẩn đề nghị xét tặng
	//   2  Lục Văn Sơn           Văn phòng  không đủ tiêu chuẩn             Không đạt: Không xét tặng đối với cá nhân mới tuyển dụng dưới 6 tháng (tính thời gian công tác liên tục tại cơ quan) (điểm d khoản 5 Điều 1 Thông tư số 01/2024/TT-BNV)
}

// A template file names the built-in sections and gives their parameters:
// a parameter that takes data names an entry, and {name} in prose stands
// for a figure of the data.
func ExampleProse() {
	tmpl, err := report.ParseTemplate("thong-bao.json", []byte(`{
  "header": {"type": "Thông báo"},
  "body": [
    {"heading": "KẾT QUẢ NĂM {nam}", "level": 2, "use": "prose", "params": {"from": "ket_qua"}},
    {"use": "prose", "params": {"text": "Tổng tiền thưởng {tien}^[Từ Quỹ thi đua, khen thưởng của xã.]."}}
  ]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	data := report.Data{
		"nam":     2025,
		"ket_qua": "Xã có **37** tập thể, cá nhân đăng ký thi đua.",
		"tien":    metrics.MustAmount("7810000", metrics.VND),
	}
	c := report.Composer{Header: report.Header{Issuer: "UBND xã Tân Lập", Number: report.Number{Type: "TB", Issuer: "UBND"}, Place: "Tân Lập", Year: 2026}}
	doc, err := c.Compose(context.Background(), tmpl, data)
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = report.Render(context.Background(), "text", os.Stdout, doc)
	delete(data, "tien")
	_, err = c.Compose(context.Background(), tmpl, data)
	fmt.Println(err)
	// Output:
	// UBND XÃ TÂN LẬP        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	//                        Độc lập - Tự do - Hạnh phúc
	// Số:      /TB-UBND      Tân Lập, ngày      tháng      năm 2026
	//
	// THÔNG BÁO
	//
	// I. KẾT QUẢ NĂM 2025
	//
	// Xã có 37 tập thể, cá nhân đăng ký thi đua.
	//
	// Tổng tiền thưởng 7.810.000 đồng¹.
	//
	// __________
	// ¹ Từ Quỹ thi đua, khen thưởng của xã.
	//
	// report: thong-bao.json: template "": entry 2 (line 5) prose: markup: character 18: no data named "tien"
}

// The award decision a commune signs, from the shipped template, written
// as DOCX.
func ExampleTemplate() {
	ctx := context.Background()
	tmpl, err := sections.Template("quyet-dinh-khen-thuong") // or report.ParseTemplate for your own JSON
	if err != nil {
		fmt.Println(err)
		return
	}
	c := report.Composer{Header: report.Header{Issuer: "UBND xã Tân Lập", Place: "Tân Lập", Date: metrics.MustDate("15/01/2026"),
		Number: report.Number{Seq: 15, Type: "QĐ", Issuer: "UBND"}, Summary: "Về việc tặng danh hiệu “Lao động tiên tiến” năm 2025"}}
	doc, err := c.Compose(ctx, tmpl, report.Data{
		"tham_quyen":        "**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP**",
		"can_cu":            "*Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;*",
		"quyet_dinh":        "**Điều 1.** Tặng danh hiệu “Lao động tiên tiến” năm 2025 cho 01 cá nhân (có danh sách kèm theo)./.",
		"ket_thuc":          report.Closing{Recipients: []string{"Lưu: VT."}, Signature: report.Signature{Authority: report.TM, For: "Ủy ban nhân dân", Position: "Chủ tịch", Name: "Lương Văn Quang"}},
		"tieu_de_danh_sach": "Cá nhân được tặng danh hiệu “Lao động tiên tiến” năm 2025",
		"nguoi_quyet_dinh":  "Chủ tịch Ủy ban nhân dân xã Tân Lập", // the annex's reference takes the rest from the header
		"danh_sach": []sections.Awardee{{Name: "Nông Thị Hoa", Unit: "Văn phòng",
			Grant: awards.Grant{Award: awards.LaoDongTienTien, Subject: awards.Individual, Decided: metrics.MustDate("15/01/2026")}}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var file bytes.Buffer
	err = report.Render(ctx, "docx", &file, doc)
	fmt.Println(doc.Header.Number, err)
	fmt.Println(doc.Body[len(doc.Body)-1].(*report.Annex).Ref)
	// Output:
	// Số: 15/QĐ-UBND <nil>
	// (Kèm theo Quyết định số 15/QĐ-UBND ngày 15 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Tân Lập)
}

// A Go template holds the built-in sections as values.
func ExampleAwardResults() {
	records := []*awards.Record{
		{ID: "NV1", Kind: awards.Individual, Honours: []awards.Honour{{Award: awards.LaoDongTienTien, Year: 2025}}},
		{ID: "NV2", Kind: awards.Individual, Honours: []awards.Honour{{Award: awards.LaoDongTienTien, Year: 2025}}},
		{ID: "TO1", Kind: awards.Collective, Honours: []awards.Honour{{Award: awards.TapTheTienTien, Year: 2025}}},
	}
	tmpl := &report.Template{Header: report.Header{Type: "BÁO CÁO"}, Body: []report.Entry{
		{Heading: "Kết quả khen thưởng", Level: report.ItemLevel,
			Section: &sections.AwardResults{Records: report.Literal(records), Year: report.Named[int]("nam")}},
	}}
	doc, err := report.Compose(context.Background(), tmpl, report.Data{"nam": 2025})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range doc.Body[1].(*report.List).Items {
		fmt.Println(report.Plain(it))
	}
	// Output:
	// Danh hiệu “Tập thể lao động tiên tiến” cho 01 tập thể.
	// Danh hiệu “Lao động tiên tiến” cho 02 cá nhân.
}
