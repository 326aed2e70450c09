package dossierdocs_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
)

// A commune's dossier, decided: every document of the procedure comes from
// it, with the numbers, dates and signatures it holds; the Options give
// only what a dossier cannot know (the office that appraised, the
// council's chair and secretary, the signers of the two tờ trình).
func Example() {
	w := commune() // the fixture of helpers_test.go
	d := w.in(noTest{}, dossier.Decided)
	for _, k := range dossierdocs.Available(d) {
		doc, err := dossierdocs.Compose(context.Background(), k, d, w.opts)
		if err != nil {
			fmt.Println(err)
			return
		}
		var signed []string
		for _, b := range doc.Body {
			if c, ok := b.(*report.Closing); ok {
				signed = append(signed, strings.Join(c.Signature.Lines(), " ")+" "+c.Signature.Name)
			}
		}
		fmt.Printf("%s (%s): %s, %s; %s\n", k.Name(), k, doc.Header.Number, doc.Header.PlaceDate(), strings.Join(signed, "; "))
	}
	// Output:
	// to-trinh-de-nghi (tờ trình đề nghị khen thưởng): Số: 12/TTr-VP, Tân Lập, ngày 20 tháng 12 năm 2025; CHÁNH VĂN PHÒNG Hà Thị Thu
	// bien-ban-hop-hoi-dong (biên bản họp Hội đồng Thi đua - Khen thưởng): Số: 01/BB-HĐTĐKT, Tân Lập, ngày 08 tháng 01 năm 2026; THƯ KÝ Đinh Văn Tâm; CHỦ TRÌ Lương Văn Quang
	// to-trinh-tham-dinh (tờ trình kết quả thẩm định): Số: 03/TTr-VHXH, Tân Lập, ngày 10 tháng 01 năm 2026; TRƯỞNG PHÒNG Đinh Văn Tâm
	// quyet-dinh-khen-thuong (quyết định khen thưởng): Số: 15/QĐ-UBND, Tân Lập, ngày 15 tháng 01 năm 2026; TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lương Văn Quang
}

// The decision asked of a dossier still before the head: the error says
// which state it needs.
func ExampleStateError() {
	w := commune()
	d := w.in(noTest{}, dossier.Proposed)
	_, err := dossierdocs.Compose(context.Background(), dossierdocs.Decision, d, w.opts)
	fmt.Println(errors.Is(err, dossierdocs.ErrState))
	var se *dossierdocs.StateError
	if errors.As(err, &se) {
		fmt.Println(se.Text())
	}
	// Output:
	// true
	// Chưa thể lập quyết định khen thưởng: hồ sơ HS-TL-2025 đang ở trạng thái Đã trình ký, cần Đã quyết định.
}

// A portal composes its own copy of a template (here the shipped one with
// a heading added) with the data the dossier gives.
func ExampleData() {
	w := commune()
	d := w.in(noTest{}, dossier.Voted)
	tmpl, _ := dossierdocs.Template(dossierdocs.Minutes)
	tmpl.Body = append(tmpl.Body[:1:1], append([]report.Entry{{Heading: "THÀNH PHẦN", Level: report.SectionLevel}}, tmpl.Body[1:]...)...)
	h, data, err := dossierdocs.Data(dossierdocs.Minutes, d, w.opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := report.Composer{Header: h}.Compose(context.Background(), tmpl, data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Header.Issuer, doc.Header.Number)
	for _, b := range doc.Body {
		if h, ok := b.(*report.Heading); ok {
			fmt.Println(h.Number, report.Plain(h.Title))
		}
	}
	// Output:
	// HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG XÃ TÂN LẬP Số: 01/BB-HĐTĐKT
	// I. THÀNH PHẦN
	// II. NỘI DUNG
	// III. KẾT QUẢ BỎ PHIẾU KÍN
	// IV. KẾT LUẬN
}
