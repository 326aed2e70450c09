package awards_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
)

func sample() *awards.Record {
	return &awards.Record{
		ID: "NV001", Name: "Nguyễn Văn An", Kind: awards.Individual,
		Recruited: metrics.MustDate("01/03/2015"),
		Years: []awards.Year{
			{Year: 2023, Rating: awards.CompletedExcellently, Active: awards.Yes},
			{Year: 2024, Rating: awards.CompletedExcellently, Active: awards.Yes},
			{Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes},
		},
		Honours: []awards.Honour{{Award: awards.CSTDCoSo, Year: 2023}, {Award: awards.CSTDCoSo, Year: 2024}},
		Initiatives: []awards.InitiativeRecord{
			{Kind: awards.Initiative, Scope: awards.ScopeMinistry, Year: 2025, Title: "Số hóa hồ sơ đoàn ra, đoàn vào"},
		},
	}
}

func ExampleEvaluate() {
	v, err := awards.Evaluate(sample(), awards.Case{
		Award: awards.CSTDBoTinh, Period: awards.YearOf(2025), Decided: metrics.MustDate("20/01/2026"),
		Vote: &awards.Vote{Members: 15, InFavour: 14}, // 93,33% of all the council's members
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(v.Text())
	// Output:
	// Nguyễn Văn An (NV001) – Chiến sĩ thi đua Bộ, ban, ngành, tỉnh, năm 2025: đủ tiêu chuẩn đề nghị xét tặng.
	// Căn cứ: Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP.
	// - Đạt: Có thành tích xuất sắc tiêu biểu được lựa chọn trong số những cá nhân có 03 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở” – đạt “Chiến sĩ thi đua cơ sở” các năm 2023, 2024, 2025 (cần 03 lần liên tục) (điểm a khoản 1 Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15 (nguồn thứ cấp: MOHA trả lời 05/11/2024; xem bổ sung 11/2026)).
	// - Đạt: Có sáng kiến đã được áp dụng hiệu quả và có khả năng nhân rộng trong Bộ, ban, ngành, tỉnh hoặc đề tài khoa học đã được nghiệm thu và áp dụng hiệu quả, có phạm vi ảnh hưởng trong Bộ, ban, ngành, tỉnh – 1 sáng kiến, đề tài phạm vi Bộ, ban, ngành, tỉnh được công nhận từ 2023 đến 2025 (cần 1) (điểm b khoản 1 Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15 (nguồn thứ cấp: MOHA trả lời 05/11/2024)).
	// - Đạt: Được Hội đồng Thi đua - Khen thưởng bỏ phiếu kín đồng ý với tỷ lệ trên tổng số thành viên Hội đồng (tham số CouncilVoteShare, mặc định từ 90% trở lên như khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP) – 14/15 phiếu đồng ý (93,33%; cần từ 90% trở lên trên tổng số thành viên Hội đồng) (Nghị định số 152/2025/NĐ-CP (chưa xác minh: chưa thấy văn bản về tỷ lệ biểu quyết theo Luật 2022 (Nghị định 98/2023/NĐ-CP, 152/2025/NĐ-CP); tham số CouncilVoteShare)).
}

func ExampleVerdict_MarshalJSON() {
	v, _ := awards.Evaluate(sample(), awards.Case{Award: awards.LaoDongTienTien, Period: awards.YearOf(2025)})
	b, _ := json.Marshal(v)
	var j struct {
		Outcome  string `json:"outcome"`
		Findings []struct {
			Rule   string `json:"rule"`
			Result string `json:"result"`
		} `json:"findings"`
	}
	_ = json.Unmarshal(b, &j)
	fmt.Println(j.Outcome)
	for _, f := range j.Findings {
		fmt.Println(f.Rule, f.Result)
	}
	// Output:
	// eligible
	// luat2022.d24.doituong met
	// luat2022.d24.k1.a met
	// luat2022.d24.k1.b met
	// tt01.d1.k5.d met
	// thong-tin-ca-nhan met
}

func ExampleRegimeAt() {
	for _, d := range []string{"31/12/2023", "01/01/2024", "01/07/2025"} {
		g, _ := awards.RegimeAt(metrics.MustDate(d))
		fmt.Println(d, g.ID)
	}
	// Output:
	// 31/12/2023 luat2003-nd91
	// 01/01/2024 luat2022-nd98
	// 01/07/2025 luat2022-nd152
}

func ExamplePrice() {
	r, _ := awards.Price(awards.Grant{Award: awards.LaoDongTienTien, Subject: awards.Individual, Decided: metrics.MustDate("27/11/2026")})
	fmt.Printf("%s × %s = %s → %s\n", r.Coefficient.Value, r.Base.Amount, r.Raw, r.Amount)
	fmt.Println(r.Coefficient.Citation)
	// Output:
	// 0.3 × 2.530.000 đồng = 759.000 đồng → 760.000 đồng
	// Điều 50 Nghị định số 152/2025/NĐ-CP
}

func ExamplePay() {
	decided := metrics.MustDate("15/03/2022")
	dept := awards.Decision{Grantor: "Giám đốc Sở", Body: "Sở Ngoại vụ tỉnh Cao Bằng", Date: decided}
	p, _ := awards.Pay([]awards.Payment{
		{Grant: awards.Grant{Award: awards.LaoDongTienTien, Subject: awards.Individual, Decided: decided}, Recipients: 30, Decision: dept},
		{Grant: awards.Grant{Award: awards.TapTheTienTien, Subject: awards.Collective, Decided: decided}, Recipients: 5, Decision: dept},
	})
	for _, l := range p.Lines {
		fmt.Printf("%s × %d = %s\n", l.Reward.Amount, l.Payment.Recipients, l.Total)
	}
	for _, f := range p.Funds {
		fmt.Println(f.Fund+":", f.Total.Value)
	}
	// Output:
	// 450.000 đồng × 30 = 13.500.000 đồng
	// 1.200.000 đồng × 5 = 6.000.000 đồng
	// Quỹ thi đua, khen thưởng của Sở Ngoại vụ tỉnh Cao Bằng: 19.500.000 đồng
}

func ExampleCheck() {
	r := sample()
	b, _ := awards.Check([]awards.Proposal{
		{Subject: r, Award: awards.BangKhenBoTinh, Period: awards.YearOf(2025)},
		{Subject: r, Award: awards.BangKhenTTg, Period: awards.YearOf(2025)},
	}, awards.CheckOptions{Decided: metrics.MustDate("15/01/2026")})
	for _, i := range b.Issues {
		fmt.Println(i.Text)
		fmt.Println(i.Citation)
	}
	// Output:
	// NV001: đề nghị 2 hình thức khen thưởng (Bằng khen của Bộ, ban, ngành, tỉnh; Bằng khen của Thủ tướng Chính phủ) cho cùng một thành tích (thành tích năm 2025); một thành tích chỉ khen thưởng một hình thức
	// khoản 2 Điều 5 Luật Thi đua, khen thưởng số 06/2022/QH15 (nguồn thứ cấp: MOHA trả lời trên baochinhphu.vn)
}

func ExampleNew() {
	// A province adds a criterion by its own regulation.
	rule := awards.Rule{
		ID: "tinh-x.cstdcs.sangkien", Award: awards.CSTDCoSo, Regimes: []awards.RegimeID{awards.Law2022ND152},
		Criterion: "Có ít nhất 01 sáng kiến được công nhận trong năm",
		Citation:  awards.Citation{Document: "Quyết định số 99/2025/QĐ-UBND tỉnh X", Article: 5, Clause: 2},
		Check: func(in *awards.Input) (awards.Result, awards.Facts) {
			for _, it := range in.Record.Initiatives {
				if it.Year == in.Period.Last {
					return awards.Met, awards.Facts{Text: "có sáng kiến"}
				}
			}
			return awards.NotMet, awards.Facts{Text: "không có sáng kiến trong năm"}
		},
	}
	e, err := awards.New(awards.Config{Extra: []awards.Rule{rule}})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := sample()
	r.Years[2].Rating = awards.CompletedExcellently
	r.Initiatives = nil
	national, _ := awards.Evaluate(r, awards.Case{Award: awards.CSTDCoSo, Period: awards.YearOf(2025)})
	local, _ := e.Evaluate(r, awards.Case{Award: awards.CSTDCoSo, Period: awards.YearOf(2025)})
	fmt.Println(national.Outcome)
	fmt.Println(local.Outcome)
	// Output:
	// đủ tiêu chuẩn đề nghị xét tặng
	// không đủ tiêu chuẩn
}

func ExampleDefaultParams() {
	p := awards.DefaultParams()
	for _, g := range awards.Regimes() {
		rp := p.Regimes[g.ID]
		fmt.Println(g.ID, rp.MinService, rp.TTLDTTShare, rp.CSTDCSQuota)
	}
	// Output:
	// luat2003-nd91 10 0 0.15
	// luat2022-nd98 6 0.5 0
	// luat2022-nd152 6 0.5 0
}

// A province sets the parameters its regulation sets, for the regimes it
// applies to; the evaluator keeps its own copy.
func ExampleParams() {
	p := awards.DefaultParams()
	p.Source = "Thông tư số 01/2024/TT-VPCP, Điều 5"
	for _, id := range []awards.RegimeID{awards.Law2022ND98, awards.Law2022ND152} {
		rp := p.Regimes[id]
		rp.TTLDTTShare = decimal.RequireFromString("0.7")
		rp.TTLDTTShareAtLeast = true
		p.Regimes[id] = rp
	}
	e, err := awards.New(awards.Config{Params: &p})
	if err != nil {
		fmt.Println(err)
		return
	}
	unit := &awards.Record{ID: "VP", Kind: awards.Collective, Years: []awards.Year{{
		Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes, Solidarity: awards.Yes,
		Members: &awards.Members{Total: 10, Completed: 10, LDTT: 6},
	}}}
	national, _ := awards.Evaluate(unit, awards.Case{Award: awards.TapTheTienTien, Period: awards.YearOf(2025)})
	local, _ := e.Evaluate(unit, awards.Case{Award: awards.TapTheTienTien, Period: awards.YearOf(2025)})
	fmt.Println(national.Outcome)
	fmt.Println(local.Outcome, "–", local.ParamsSource)
	// Output:
	// đủ tiêu chuẩn đề nghị xét tặng
	// không đủ tiêu chuẩn – Thông tư số 01/2024/TT-VPCP, Điều 5
}

// Lookup hands out a copy: changing it changes nothing for anyone else.
func ExampleLookup() {
	a, _ := awards.Lookup(awards.CSTDBoTinh)
	fmt.Println(a.Display(), a.Level, a.Span)
	a.Name = "X"
	again, _ := awards.Lookup(awards.CSTDBoTinh)
	fmt.Println(again.Name)
	// Output:
	// Chiến sĩ thi đua Bộ, ban, ngành, tỉnh cấp Bộ, ban, ngành, tỉnh 3
	// Chiến sĩ thi đua Bộ, ban, ngành, tỉnh
}

// A Record's JSON form is the one ParseJSON reads: what json.Marshal
// writes loads back equal.
func ExampleRecord() {
	r := &awards.Record{
		ID: "NV1", Name: "Trần Thị Bình", Kind: awards.Individual, Recruited: metrics.MustDate("01/03/2015"),
		Years:   []awards.Year{{Year: 2025, Rating: awards.CompletedExcellently, Active: awards.Yes, Registered: awards.No}},
		Honours: []awards.Honour{{Award: awards.CSTDBoTinh, Year: 2024}},
	}
	b, _ := json.Marshal([]*awards.Record{r})
	fmt.Println(string(b))
	back, err := awards.ParseJSON("roster.json", b)
	fmt.Println(err, reflect.DeepEqual(back[0], r), back[0].Honours[0].First())
	// Output:
	// [{"id":"NV1","name":"Trần Thị Bình","kind":"cá nhân","recruited":"2015-03-01","years":[{"year":2025,"rating":"HTXSNV","registered":false,"active":true}],"honours":[{"award":"cstd-bo-tinh","year":2024}]}]
	// <nil> true 2022
}

func ExampleFundCitation() {
	fmt.Println(awards.FundCitation())
	// Output: khoản 4 Điều 11 Luật Thi đua, khen thưởng số 06/2022/QH15
}

func ExampleParseCSV() {
	data := "Mã;Họ tên;Năm;Xếp loại;Tích cực;Danh hiệu\nNV1;Trần Thị Bình;2025;HTXSNV;x;\n"
	rs, err := awards.ParseCSV("roster.csv", []byte(data))
	fmt.Println(len(rs), rs[0].Name, rs[0].Years[0].Rating, err)
	_, err = awards.ParseCSV("roster.csv", []byte("Mã;Năm;Xếp loại\nNV1;2025;giỏi\n"))
	fmt.Println(err)
	// Output:
	// 1 Trần Thị Bình hoàn thành xuất sắc nhiệm vụ <nil>
	// roster.csv:2: field "Xếp loại": unknown rating "giỏi"; want HTXSNV, HTTNV, HTNV or KHTNV
}

func ExampleParseJSON() {
	rs, err := awards.ParseJSON("roster.json", []byte(`{"records": [{"id": "NV1", "years": [{"year": 2025, "rating": "HTTNV"}]}]}`))
	fmt.Println(len(rs), rs[0].ID, err)
	// Output: 1 NV1 <nil>
}

func ExampleCoverageTable() {
	lines := strings.Split(awards.CoverageTable(), "\n")
	fmt.Println(lines[0])
	fmt.Println(lines[7])
	// Output:
	// | danh hiệu, hình thức | đối tượng | luat2003-nd91 | luat2022-nd98 | luat2022-nd152 |
	// | Cờ thi đua của Chính phủ | tập thể | một phần | đầy đủ | đầy đủ |
}

// ExampleEvaluate_reasons is the README's "Judging a title, with reasons".
func ExampleEvaluate_reasons() {
	rec := &awards.Record{
		ID: "NV001", Name: "Nguyễn Văn An", Kind: awards.Individual,
		Recruited: metrics.MustDate("01/03/2015"),
		Years:     []awards.Year{{Year: 2025, Rating: awards.CompletedExcellently, Active: awards.Yes}},
	}
	v, err := awards.Evaluate(rec, awards.Case{Award: awards.CSTDCoSo, Period: awards.YearOf(2025)})
	if err != nil {
		return
	}
	fmt.Print(v.Text())
	// Output:
	// Nguyễn Văn An (NV001) – “Chiến sĩ thi đua cơ sở”, năm 2025: đủ tiêu chuẩn đề nghị xét tặng.
	// Căn cứ: Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP.
	// - Đạt: Đạt tiêu chuẩn danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến” – 2025: đạt tiêu chuẩn “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến” (khoản 1 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15).
	// - Đạt: Hoàn thành xuất sắc nhiệm vụ – 2025: hoàn thành xuất sắc nhiệm vụ (khoản 2 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15).
	// - Không đạt: Hoặc có sáng kiến được cơ sở công nhận, đề tài khoa học đã được nghiệm thu, hoặc mưu trí, sáng tạo trong chiến đấu được đơn vị công nhận – 0 sáng kiến, đề tài được công nhận 2025 (cần 1) (khoản 2 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15).
}

// ExampleConfig is the README's "Local regulations": a province corrects
// parameters, adds a criterion and replaces a national one by its own
// regulation.
func ExampleConfig() {
	provinceRule := awards.Rule{
		ID: "tinh-x.ttldtt.ldtt", Award: awards.TapTheTienTien, Regimes: []awards.RegimeID{awards.Law2022ND152},
		Criterion: "Có ít nhất 70% cá nhân đạt danh hiệu “Lao động tiên tiến”",
		Citation:  awards.Citation{Document: "Thông tư số 01/2024/TT-VPCP", Article: 5},
		Check: func(in *awards.Input) (awards.Result, awards.Facts) {
			y := in.Record.Year(in.Period.Last)
			if y == nil || y.Members == nil {
				return awards.Indeterminate, awards.Facts{Text: "chưa có số liệu thành viên"}
			}
			if 10*int64(y.Members.LDTT) >= 7*int64(y.Members.Total) {
				return awards.Met, awards.Facts{Text: "đạt tỷ lệ"}
			}
			return awards.NotMet, awards.Facts{Text: "chưa đạt tỷ lệ"}
		},
	}
	p := awards.DefaultParams()
	p.Source = "Thông tư số 01/2024/TT-VPCP, Điều 5" // cited in every verdict that reads a parameter
	for _, id := range []awards.RegimeID{awards.Law2022ND98, awards.Law2022ND152} {
		rp := p.Regimes[id]                               // parameters are keyed by legal regime
		rp.TTLDTTShare = decimal.RequireFromString("0.7") // at least 70% of members with LĐTT
		rp.TTLDTTShareAtLeast = true
		rp.CollectiveDisciplineBar = true
		p.Regimes[id] = rp
	}
	ev, err := awards.New(awards.Config{
		Params:  &p,
		Extra:   []awards.Rule{provinceRule},      // an extra criterion, with its own citation
		Disable: []string{"luat2022.d28.k1.ldtt"}, // a national rule the local one replaces
		Money:   nil,                              // or awards.DefaultMoney() with a new base salary
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	unit := &awards.Record{ID: "VP", Kind: awards.Collective, Years: []awards.Year{{
		Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes, Solidarity: awards.Yes,
		Members: &awards.Members{Total: 10, Completed: 10, LDTT: 6},
	}}}
	v, _ := ev.Evaluate(unit, awards.Case{Award: awards.TapTheTienTien, Period: awards.YearOf(2025)})
	for _, f := range v.Blocking() {
		fmt.Println(f.Label())
	}
	// Output:
	// Không đạt: Có ít nhất 70% cá nhân đạt danh hiệu “Lao động tiên tiến” (Điều 5 Thông tư số 01/2024/TT-VPCP)
}
