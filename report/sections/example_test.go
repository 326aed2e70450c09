package sections_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/sections"
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
		Body: []report.Entry{{Use: "section.verdicts", Params: report.Params{
			"key": "ho_so", "award": string(awards.LaoDongTienTien), "year": 2025}}},
	}
	doc, err := report.Compose(context.Background(), tmpl, report.Data{"ho_so": recs})
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = report.Render(context.Background(), "format.text", os.Stdout, doc)
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
	// STT  Tên cá nhân, tập thể  Đơn vị     Kết quả                         Tiêu chuẩn chưa đạt, chưa xác định
	// ---  --------------------  ------     -------                         ----------------------------------
	//   1  Nông Thị Hoa          Văn phòng  đủ tiêu chuẩn đề nghị xét tặng
	//   2  Lục Văn Sơn           Văn phòng  không đủ tiêu chuẩn             Không đạt: Không xét tặng đối với cá nhân mới tuyển dụng dưới 6 tháng (tính thời gian công tác liên tục tại cơ quan) (điểm d khoản 5 Điều 1 Thông tư số 01/2024/TT-BNV)
}
