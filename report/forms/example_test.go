package forms_test

import (
	"context"
	"fmt"

	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/forms"
)

// Form 0605 filled from a staff list: officers by age, training and years
// of TĐKT work at the end of the period, of which women. An officer
// without a birth date leaves the rows by age without a value, and says
// so.
func ExampleForm_Fill() {
	form, err := forms.Lookup("02/2023/TT-BNV", "0605")
	if err != nil {
		fmt.Println(err)
		return
	}
	v, _ := forms.VersionOf("02/2023/TT-BNV")
	staff := []forms.Officer{
		{ID: "CB01", Born: metrics.MustDate("14/03/1986"), Sex: forms.Female, Education: forms.Postgraduate, Since: metrics.MustDate("01/08/2014")},
		{ID: "CB02", Born: metrics.MustDate("02/11/1996"), Sex: forms.Male, Education: forms.University, Since: metrics.MustDate("15/09/2021")},
		{ID: "CB03", Sex: forms.Female, Education: forms.University, Since: metrics.MustDate("01/03/2008")},
	}
	filled, err := form.Fill(forms.Input{Period: v.Schedule.Period(2025), Staff: staff})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(filled.Period)
	for _, cell := range [][2]string{{"01", "1"}, {"01", "2"}, {"09", "1"}, {"13", "1"}, {"15", "2"}, {"03", "1"}} {
		c, _ := filled.Cell(cell[0], cell[1])
		if c.Known() {
			fmt.Printf("dòng %s, cột %s: %d\n", cell[0], cell[1], c.N)
		} else {
			fmt.Printf("dòng %s, cột %s: %s\n", cell[0], cell[1], c.Reason)
		}
	}
	// Output:
	// từ ngày 01/12/2024 đến ngày 30/11/2025
	// dòng 01, cột 1: 3
	// dòng 01, cột 2: 2
	// dòng 09, cột 1: 2
	// dòng 13, cột 1: 1
	// dòng 15, cột 2: 2
	// dòng 03, cột 1: chưa tính được: 1 công chức chưa có ngày sinh (CB03)
}

// A newer circular is a file: here a made-up version with one form,
// campaigns by method, registered in a registry of its own.
func ExampleParseVersion() {
	v, err := forms.ParseVersion("tt-moi.json", []byte(`{
	  "circular": "99/2030/TT-BNV", "title": "Thông tư thử nghiệm",
	  "schedule": {"from": "01/01", "to": "31/12", "due": "15/01"},
	  "forms": [{"code": "0101.N/BNV-TĐKT", "title": "Số phong trào thi đua", "unit": "phong trào", "data": "campaigns",
	    "columns": [{"code": "1", "label": "Số lượng"}],
	    "rows": [{"code": "01", "label": "Tổng số", "sums": [["02", "03"]]},
	             {"code": "02", "label": "Thường xuyên", "match": {"method": "thường xuyên"}},
	             {"code": "03", "label": "Chuyên đề", "match": {"method": "chuyên đề"}}]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := forms.NewRegistry()
	if err := r.Register(v); err != nil {
		fmt.Println(err)
		return
	}
	form, _ := r.Lookup("99/2030/TT-BNV", "0101")
	filled, err := form.Fill(forms.Input{Period: v.Schedule.Period(2030), Campaigns: []emulation.Campaign{
		{ID: "PT1", Form: emulation.Regular, Scope: emulation.Agency, From: metrics.MustDate("01/02/2030")},
		{ID: "PT2", Form: emulation.Thematic, Scope: emulation.Agency, From: metrics.MustDate("01/03/2030")},
		{ID: "PT3", Form: emulation.Thematic, Scope: emulation.Agency, From: metrics.MustDate("01/03/2029")},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, row := range []string{"01", "02", "03"} {
		c, _ := filled.Cell(row, "1")
		fmt.Println(row, c.N)
	}

	_, err = forms.ParseVersion("sai.json", []byte(`{"circular": "X", "schedule": {"from": "01/01", "to": "31/12", "due": "15/01"},
	  "forms": [{"code": "1", "data": "campaigns", "columns": [{"code": "1", "label": "a"}],
	    "rows": [{"code": "01", "label": "b", "match": {"scope": "hành tinh"}}]}]}`))
	fmt.Println(err)
	// Output:
	// 01 2
	// 02 1
	// 03 1
	// sai.json:3: field "forms[0].rows[0].match": scope: unknown scope "hành tinh"; want toàn quốc, địa phương, cụm, khối or cơ quan (Law 2022 Điều 16 k2)
}

// A filled form as a report section, written as text.
func ExampleSection() {
	form, _ := forms.Lookup("02/2023/TT-BNV", "0604")
	filled, err := form.Fill(forms.Input{
		Period: forms.Period{From: metrics.MustDate("01/12/2024"), To: metrics.MustDate("30/11/2025")},
		Units:  []forms.Unit{{Name: "Ban Thi đua - Khen thưởng", Kind: "ban thuộc Sở Nội vụ"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	tmpl := &report.Template{Body: []report.Entry{{Section: &forms.Section{
		Form:   report.Literal(filled),
		Header: report.Literal(forms.Header{Reporter: "Sở Nội vụ tỉnh Lam Sơn", Receiver: "Bộ Nội vụ"}),
	}}}}
	doc, err := report.Composer{}.Compose(context.Background(), tmpl, report.Data{})
	if err != nil {
		fmt.Println(err)
		return
	}
	t := doc.Body[8].(*report.Table)
	fmt.Println(t.Head)
	for _, r := range t.Rows[:4] {
		fmt.Println(r)
	}
	// Output:
	// [Chỉ tiêu (A) Mã số (B) Số lượng (1)]
	// [Tổng số 01 1]
	// [Vụ Thi đua - Khen thưởng thuộc bộ, ngành 02 0]
	// [Phòng thuộc vụ 03 0]
	// [Ban Thi đua - Khen thưởng thuộc Sở Nội vụ 04 1]
}

// Forms are found by circular and number, the whole or its first part.
func ExampleLookup() {
	form, err := forms.Lookup("02/2023/TT-BNV", "0602")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(form.Code, "–", form.Title, "–", len(form.Rows), "dòng,", len(form.Columns), "cột")
	for _, c := range form.Columns[:5] {
		fmt.Println(c.Code, c.Group, c.Label)
	}
	_, err = forms.Lookup("18/2025/TT-BNV", "0602")
	fmt.Println(err)
	// Output:
	// 0602.N/BNV-TĐKT – Khen thưởng cấp Nhà nước – 22 dòng, 27 cột
	// 1 [] Tổng số
	// 2 [Trong đó] Tập thể, hộ gia đình
	// 3 [Trong đó] Cá nhân
	// 4 [Huân chương Sao vàng] Tập thể, hộ gia đình
	// 5 [Huân chương Sao vàng] Cá nhân
	// forms: unknown circular "18/2025/TT-BNV" (registered: 02/2023/TT-BNV)
}

// A form filled elsewhere (a unit's figures typed in by hand) is checked
// against the form's arithmetic.
func ExampleFilled_Check() {
	form, _ := forms.Lookup("02/2023/TT-BNV", "0604")
	filled, _ := form.Fill(forms.Input{Period: forms.Period{From: metrics.MustDate("01/12/2024"), To: metrics.MustDate("30/11/2025")},
		Units: []forms.Unit{{Name: "Ban Thi đua - Khen thưởng", Kind: "ban thuộc Sở Nội vụ"}}})
	filled.Cells[form.Row("05")][0].N = 2 // two more phòng, typed in the parts only
	fmt.Println(filled.Check())
	// Output:
	// forms: 0604.N/BNV-TĐKT, dòng 01, cột 1: the form's arithmetic does not hold: 1, but rows 02 + 03 + 04 + 05 + 06 + 07 add up to 3
}
