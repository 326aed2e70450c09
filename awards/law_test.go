package awards

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
)

// anyOutcome skips the check of the verdict's outcome.
const anyOutcome Outcome = 255

// TestCriteria checks every encoded criterion at its boundaries, under each
// regime. Years: 2022–2023 are judged by the 2003 law and Decree 91/2017,
// 2024 by the 2022 law and Decree 98/2023, 2025 by Decree 152/2025.
func TestCriteria(t *testing.T) {
	tests := []struct {
		name    string // the article checked and the case
		award   ID
		year    int
		rec     *Record
		rule    string
		want    Result
		outcome Outcome
	}{
		// "Lao động tiên tiến", Law 2022 Điều 24 k1 and TT 01/2024 điểm d k5 Điều 1.
		{"TT01 d k5 Đ1: 6 months exactly", LaoDongTienTien, 2024, person(recruited("01/07/2024")), "tt01.d1.k5.d", Met, Eligible},
		{"TT01 d k5 Đ1: 5 months 30 days", LaoDongTienTien, 2024, person(recruited("02/07/2024")), "tt01.d1.k5.d", NotMet, NotEligible},
		{"TT01 d k5 Đ1: 5 months", LaoDongTienTien, 2025, person(recruited("01/08/2025")), "tt01.d1.k5.d", NotMet, NotEligible},
		{"TT01 d k5 Đ1: no recruitment date", LaoDongTienTien, 2024, person(func(r *Record) { r.Recruited = metrics.Date{} }), "tt01.d1.k5.d", Indeterminate, Undetermined},
		{"Law 2022 a k1 Đ24: hoàn thành nhiệm vụ is not enough", LaoDongTienTien, 2024, person(rated(Completed, 2024)), "luat2022.d24.k1.a", NotMet, NotEligible},
		{"Law 2022 a k1 Đ24: hoàn thành tốt", LaoDongTienTien, 2024, person(), "luat2022.d24.k1.a", Met, Eligible},
		{"Law 2022 a k1 Đ24: not rated", LaoDongTienTien, 2024, person(rated(NotRated, 2024)), "luat2022.d24.k1.a", Indeterminate, Undetermined},
		{"Law 2022 b k1 Đ24: not active", LaoDongTienTien, 2024, person(active(No, 2024)), "luat2022.d24.k1.b", NotMet, NotEligible},
		{"Law 2022 b k1 Đ24: no assessment", LaoDongTienTien, 2024, person(active(Unknown, 2024)), "luat2022.d24.k1.b", Indeterminate, Undetermined},
		{"Law 2022 k1 Đ24: armed forces get CSTT, not LĐTT", LaoDongTienTien, 2024, person(category(ArmedForces)), "luat2022.d24.doituong", NotMet, NotEligible},
		{"Law 2022 Đ24: CSTT for the armed forces", ChienSiTienTien, 2024, person(category(ArmedForces)), "cstt.luat2022.d24.doituong", Met, Eligible},
		{"Law 2022 Đ24: CSTT not for civil servants", ChienSiTienTien, 2024, person(), "cstt.luat2022.d24.doituong", NotMet, NotEligible},
		{"ND98 Đ4: discipline runs into the year", LaoDongTienTien, 2024, person(disciplined(Reprimand, "01/03/2024", "28/02/2025")), "nd98.d4.kyluat", NotMet, NotEligible},
		{"ND98 Đ4: discipline ended the year before", LaoDongTienTien, 2024, person(disciplined(Warning, "01/01/2023", "31/12/2023")), "nd98.d4.kyluat", Met, Eligible},
		{"ND152 Đ4: discipline runs into the year", LaoDongTienTien, 2025, person(disciplined(Reprimand, "01/06/2024", "31/05/2025")), "nd152.d4.kyluat", NotMet, NotEligible},
		{"ND152 Đ4: discipline ended before the year", LaoDongTienTien, 2025, person(disciplined(Reprimand, "01/01/2024", "31/12/2024")), "nd152.d4.kyluat", Met, Eligible},
		{"ND152 Đ4: discipline with no end", LaoDongTienTien, 2025, person(disciplined(Reprimand, "01/01/2020", "")), "nd152.d4.kyluat", NotMet, NotEligible},

		// "Lao động tiên tiến", Law 2003 Điều 24 (2013) and Decree 91/2017 Điều 10.
		{"ND91 Đ10: 10 months exactly", LaoDongTienTien, 2023, person(recruited("01/03/2023")), "nd91.d10.tuyendung", Met, Eligible},
		{"ND91 Đ10: 9 months", LaoDongTienTien, 2023, person(recruited("02/03/2023")), "nd91.d10.tuyendung", NotMet, NotEligible},
		{"ND91 Đ10: 6 months is not enough under the old law", LaoDongTienTien, 2023, person(recruited("01/07/2023")), "nd91.d10.tuyendung", NotMet, NotEligible},
		{"ND91 Đ10: reprimand", LaoDongTienTien, 2023, person(disciplined(Reprimand, "01/02/2023", "31/01/2024")), "nd91.d10.kyluat", NotMet, NotEligible},
		{"ND91 k4 Đ10: maternity leave counts", LaoDongTienTien, 2023, person(absent(Maternity, "01/02/2023", "31/07/2023", Unknown)), "nd91.d10.nghi", Met, Eligible},
		{"ND91 Đ10: a year of training with a good result", LaoDongTienTien, 2023, person(absent(Training, "01/09/2022", "31/08/2023", Yes)), "nd91.d10.nghi", Met, Eligible},
		{"ND91 Đ10: a year of training, result below khá", LaoDongTienTien, 2023, person(absent(Training, "01/09/2022", "31/08/2023", No)), "nd91.d10.nghi", NotMet, NotEligible},
		{"ND91 Đ10: a year of training, result unknown", LaoDongTienTien, 2023, person(absent(Training, "01/09/2022", "31/08/2023", Unknown)), "nd91.d10.nghi", Indeterminate, Undetermined},
		{"ND91 Đ10: training under a year needs no result", LaoDongTienTien, 2023, person(absent(Training, "01/03/2023", "31/08/2023", No)), "nd91.d10.nghi", Met, Eligible},
		{"ND152 Đ4 (5): maternity leave counts", LaoDongTienTien, 2025, person(absent(Maternity, "01/03/2025", "31/08/2025", Unknown)), "nd152.d4.nghi", Met, Eligible},
		{"Law 2003 a k1 Đ24: hoàn thành nhiệm vụ", LaoDongTienTien, 2022, person(rated(Completed, 2022)), "luat2003.d24.k1.a", NotMet, NotEligible},
		{"Law 2003: registration for emulation", LaoDongTienTien, 2022, person(registered(No, 2022)), "luat2003.dangky", NotMet, NotEligible},
		{"Law 2003: registration not recorded", LaoDongTienTien, 2022, person(registered(Unknown, 2022)), "luat2003.dangky", Indeterminate, Undetermined},

		// "Chiến sĩ thi đua cơ sở".
		{"Law 2022 k2 Đ23: HTXSNV without initiative", CSTDCoSo, 2024, person(rated(CompletedExcellently, 2024)), "luat2022.d23.k2.htxs", Met, Eligible},
		{"Law 2022 k2 Đ23: HTTNV with an initiative", CSTDCoSo, 2024, person(initiatives(ScopeGrassroots, Initiative, 2024)), "luat2022.d23.k2.sangkien", Met, Eligible},
		{"Law 2022 k2 Đ23: HTTNV with a science project", CSTDCoSo, 2024, person(initiatives(ScopeGrassroots, ScienceProject, 2024)), "luat2022.d23.k2.sangkien", Met, Eligible},
		{"Law 2022 k2 Đ23: HTTNV, initiative the year before", CSTDCoSo, 2024, person(initiatives(ScopeGrassroots, Initiative, 2023)), "luat2022.d23.k2.sangkien", NotMet, NotEligible},
		{"Law 2022 k1 Đ23: not LĐTT", CSTDCoSo, 2024, person(rated(Completed, 2024), initiatives(ScopeGrassroots, Initiative, 2024)), "luat2022.d23.k1", NotMet, NotEligible},
		{"Law 2022 k1 Đ23: armed forces through CSTT", CSTDCoSo, 2025, person(category(ArmedForces), rated(CompletedExcellently, 2025)), "luat2022.d23.k1", Met, Eligible},
		{"Law 2003 b Đ23: HTXSNV without initiative", CSTDCoSo, 2023, person(rated(CompletedExcellently, 2023)), "luat2003.d23.b", NotMet, NotEligible},
		{"Law 2003 b Đ23: initiative", CSTDCoSo, 2023, person(initiatives(ScopeGrassroots, Initiative, 2023)), "luat2003.d23.b", Met, Eligible},

		// Chiến sĩ thi đua Bộ, ban, ngành, tỉnh.
		{"Law 2022 a k1 Đ22: three consecutive", CSTDBoTinh, 2025, person(honours(CSTDCoSo, 2023, 2024), rated(CompletedExcellently, 2025), initiatives(ScopeMinistry, Initiative, 2024)), "luat2022.d22.k1.a", Met, EligibleForSelection},
		{"Law 2022 a k1 Đ22: two only", CSTDBoTinh, 2025, person(honours(CSTDCoSo, 2024), rated(CompletedExcellently, 2025), initiatives(ScopeMinistry, Initiative, 2024)), "luat2022.d22.k1.a", NotMet, NotEligible},
		{"Law 2022 a k1 Đ22: a gap year", CSTDBoTinh, 2025, person(honours(CSTDCoSo, 2022, 2023), rated(CompletedExcellently, 2025), initiatives(ScopeMinistry, Initiative, 2024)), "luat2022.d22.k1.a", NotMet, NotEligible},
		{"Law 2022 a k1 Đ22: three held, not this year", CSTDBoTinh, 2025, person(honours(CSTDCoSo, 2022, 2023, 2024), initiatives(ScopeMinistry, Initiative, 2024)), "luat2022.d22.k1.a", NotMet, NotEligible},
		{"Law 2022 b k1 Đ22: grassroots initiative only", CSTDBoTinh, 2025, person(honours(CSTDCoSo, 2023, 2024), rated(CompletedExcellently, 2025), initiatives(ScopeGrassroots, Initiative, 2025)), "luat2022.d22.k1.b", NotMet, NotEligible},
		{"Law 2003 Đ22: three consecutive", CSTDBoTinh, 2023, person(honours(CSTDCoSo, 2021, 2022), initiatives(ScopeGrassroots, Initiative, 2023), initiatives(ScopeMinistry, Initiative, 2022)), "luat2003.d22.cstdcs", Met, EligibleForSelection},

		// "Chiến sĩ thi đua toàn quốc".
		{"Law 2022 a k1 Đ21: two consecutive stages", CSTDToanQuoc, 2024, person(stage(CSTDBoTinh, 2019, 2021), stage(CSTDBoTinh, 2022, 2024), initiatives(ScopeNational, Initiative, 2023)), "luat2022.d21.k1.a", Met, EligibleForSelection},
		{"Law 2022 a k1 Đ21: stages with a gap", CSTDToanQuoc, 2024, person(stage(CSTDBoTinh, 2018, 2020), stage(CSTDBoTinh, 2022, 2024), initiatives(ScopeNational, Initiative, 2023)), "luat2022.d21.k1.a", NotMet, NotEligible},
		{"Law 2022 b k1 Đ21: provincial initiative only", CSTDToanQuoc, 2024, person(stage(CSTDBoTinh, 2019, 2021), stage(CSTDBoTinh, 2022, 2024), initiatives(ScopeMinistry, Initiative, 2023)), "luat2022.d21.k1.b", NotMet, NotEligible},
		{"Law 2003 Đ21: two consecutive stages", CSTDToanQuoc, 2023, person(stage(CSTDBoTinh, 2018, 2020), stage(CSTDBoTinh, 2021, 2023), initiatives(ScopeNational, Initiative, 2021)), "luat2003.d21.a", Met, EligibleForSelection},

		// Bằng khen của Bộ, ban, ngành, tỉnh (individuals), Law 2022 điểm d k1 Điều 74.
		{"Law 2022 d k1 Đ74: CSTĐCS twice in a row", BangKhenBoTinh, 2024, person(honours(CSTDCoSo, 2023), rated(CompletedExcellently, 2024)), "luat2022.d74.k1.d", Met, Eligible},
		{"Law 2022 d k1 Đ74: MOHA example, HTXSNV twice, one initiative each", BangKhenBoTinh, 2024, person(rated(CompletedExcellently, 2023, 2024), initiatives(ScopeGrassroots, Initiative, 2023, 2024)), "luat2022.d74.k1.d", Met, Eligible},
		{"Law 2022 d k1 Đ74: HTXSNV twice, one initiative", BangKhenBoTinh, 2024, person(rated(CompletedExcellently, 2023, 2024), initiatives(ScopeGrassroots, Initiative, 2024)), "luat2022.d74.k1.d", NotMet, Undetermined},
		{"Law 2022 d k1 Đ74: HTXSNV once, two initiatives", BangKhenBoTinh, 2024, person(rated(CompletedExcellently, 2024), initiatives(ScopeGrassroots, Initiative, 2023, 2024)), "luat2022.d74.k1.d", NotMet, Undetermined},
		{"Law 2022 a k1 Đ74: the unit's claim", BangKhenBoTinh, 2024, person(claim(BangKhenBoTinh, "a", 2024)), "luat2022.d74.k1.abc", Met, Eligible},
		{"ND91 Đ39 (unverified): HTXSNV twice with two initiatives", BangKhenBoTinh, 2023, person(rated(CompletedExcellently, 2022, 2023), initiatives(ScopeGrassroots, Initiative, 2022, 2023)), "nd91.d39.sangkien", Met, Eligible},

		// "Bằng khen của Thủ tướng Chính phủ", Law 2022 điểm b k1 Điều 73.
		{"Law 2022 b k1 Đ73: five years, three CSTĐCS", BangKhenTTg, 2024, person(honours(BangKhenBoTinh, 2019), honours(CSTDCoSo, 2020, 2022, 2024)), "luat2022.d73.k1.b", Met, Eligible},
		{"Law 2022 b k1 Đ73: four years since the Bằng khen", BangKhenTTg, 2024, person(honours(BangKhenBoTinh, 2020), honours(CSTDCoSo, 2021, 2022, 2024)), "luat2022.d73.k1.b", NotMet, Undetermined},
		{"Law 2022 b k1 Đ73: two CSTĐCS", BangKhenTTg, 2024, person(honours(BangKhenBoTinh, 2019), honours(CSTDCoSo, 2020, 2022)), "luat2022.d73.k1.b", NotMet, Undetermined},
		{"Law 2022 b k1 Đ73: a year below HTTNV breaks the run", BangKhenTTg, 2024, person(honours(BangKhenBoTinh, 2018), honours(CSTDCoSo, 2020, 2022, 2024), rated(Completed, 2021)), "luat2022.d73.k1.b", NotMet, Undetermined},
		{"Law 2022 b k1 Đ73: CSTĐCS this year proposed in the same round", BangKhenTTg, 2024, person(honours(BangKhenBoTinh, 2019), honours(CSTDCoSo, 2020, 2022), rated(CompletedExcellently, 2024)), "luat2022.d73.k1.b", Met, Eligible},
		{"ND91 k1 Đ38: five HTXSNV years, five initiatives", BangKhenTTg, 2022, person(honours(BangKhenBoTinh, 2017), rated(CompletedExcellently, 2018, 2019, 2020, 2021, 2022), initiatives(ScopeGrassroots, Initiative, 2018, 2019, 2020, 2021, 2022)), "nd91.d38.k1.c", Met, Eligible},
		{"ND91 k1 Đ38: four initiatives", BangKhenTTg, 2022, person(honours(BangKhenBoTinh, 2017), rated(CompletedExcellently, 2018, 2019, 2020, 2021, 2022), initiatives(ScopeGrassroots, Initiative, 2018, 2019, 2020, 2021)), "nd91.d38.k1.c", NotMet, Undetermined}, // points a, b: the council

		// "Huân chương Lao động" hạng Ba.
		{"Law 2022 e k1 Đ44: five years, one HTXSNV, three CSTĐCS", HCLaoDongHang3, 2024, person(honours(BangKhenTTg, 2019), honours(CSTDCoSo, 2020, 2021, 2023), rated(CompletedExcellently, 2022)), "luat2022.d44.k1.e", Met, Eligible},
		{"Law 2022 e k1 Đ44: no HTXSNV", HCLaoDongHang3, 2024, person(honours(BangKhenTTg, 2019), honours(CSTDCoSo, 2020, 2021, 2023)), "luat2022.d44.k1.e", NotMet, Undetermined},
		{"ND91 Đ24: two provincial initiatives", HCLaoDongHang3, 2023, person(honours(BangKhenTTg, 2018), rated(CompletedExcellently, 2019, 2020, 2021, 2022, 2023), initiatives(ScopeMinistry, Initiative, 2020, 2022)), "nd91.d24", Met, Eligible},

		// "Tập thể lao động tiên tiến".
		{"Law 2022 k1 Đ28 (unverified > 50%): exactly 50%", TapTheTienTien, 2024, unit(members(2024, Members{Total: 10, Completed: 10, LDTT: 5})), "luat2022.d28.k1.ldtt", NotMet, NotEligible},
		{"Law 2022 k1 Đ28 (unverified > 50%): just above", TapTheTienTien, 2024, unit(members(2024, Members{Total: 10, Completed: 10, LDTT: 6})), "luat2022.d28.k1.ldtt", Met, Eligible},
		{"Law 2022 k1 Đ28: no member data", TapTheTienTien, 2024, unit(func(r *Record) { r.Year(2024).Members = nil }), "luat2022.d28.k1.ldtt", Indeterminate, Undetermined},
		{"Law 2003 c k1 Đ28: over 50% but a member warned", TapTheTienTien, 2023, unit(members(2023, Members{Total: 10, Completed: 10, LDTT: 8, Disciplined: 1, Warned: 1})), "luat2003.d28.c.kyluat", NotMet, NotEligible},
		{"Law 2003 c k1 Đ28: a member reprimanded only", TapTheTienTien, 2023, unit(members(2023, Members{Total: 10, Completed: 10, LDTT: 8, Disciplined: 1, Warned: 0})), "luat2003.d28.c.kyluat", Met, Eligible},
		{"Law 2003 c k1 Đ28: exactly 50%", TapTheTienTien, 2023, unit(members(2023, Members{Total: 8, Completed: 8, LDTT: 4})), "luat2003.d28.c.ldtt", NotMet, NotEligible},

		// "Tập thể lao động xuất sắc".
		{"Law 2022 c k1 Đ27: 70% exactly", TapTheXuatSac, 2024, unit(rated(CompletedExcellently, 2024), members(2024, Members{Total: 10, Completed: 10, LDTT: 7, CSTDCS: 1})), "luat2022.d27.k1.cd", Met, Eligible},
		{"Law 2022 c k1 Đ27: 69%", TapTheXuatSac, 2024, unit(rated(CompletedExcellently, 2024), members(2024, Members{Total: 100, Completed: 100, LDTT: 69, CSTDCS: 3})), "luat2022.d27.k1.cd", NotMet, NotEligible},
		{"Law 2022 c k1 Đ27: one member did not complete", TapTheXuatSac, 2024, unit(rated(CompletedExcellently, 2024), members(2024, Members{Total: 10, Completed: 9, LDTT: 9, CSTDCS: 1})), "luat2022.d27.k1.cd", NotMet, NotEligible},
		{"Law 2022 d k1 Đ27: no CSTĐCS", TapTheXuatSac, 2024, unit(rated(CompletedExcellently, 2024), members(2024, Members{Total: 10, Completed: 10, LDTT: 9})), "luat2022.d27.k1.cd", NotMet, NotEligible},
		{"Law 2022 a k1 Đ27: hoàn thành tốt only", TapTheXuatSac, 2024, unit(members(2024, Members{Total: 10, Completed: 10, LDTT: 9, CSTDCS: 1})), "luat2022.d27.k1.a", NotMet, NotEligible},
		{"Law 2003 k1 Đ27: must meet TTLĐTT", TapTheXuatSac, 2023, unit(rated(CompletedExcellently, 2023), active(No, 2023), members(2023, Members{Total: 10, Completed: 10, LDTT: 9, CSTDCS: 1})), "luat2003.d27.ttldtt", NotMet, NotEligible},

		// Cờ thi đua.
		{"Law 2022 Đ26: leads its bloc", CoThiDuaBoTinh, 2024, unit(rated(CompletedExcellently, 2024), blocRank(1, 2024)), "luat2022.d26.khoi", Met, EligibleForSelection},
		{"Law 2022 Đ26: second in its bloc", CoThiDuaBoTinh, 2024, unit(rated(CompletedExcellently, 2024), blocRank(2, 2024)), "luat2022.d26.khoi", NotMet, NotEligible},
		{"Law 2022 Đ26: not ranked", CoThiDuaBoTinh, 2024, unit(rated(CompletedExcellently, 2024)), "luat2022.d26.khoi", Indeterminate, Undetermined},
		{"Law 2022 k1 Đ25: leads its bloc, HTXSNV, united", CoThiDuaChinhPhu, 2025, unit(rated(CompletedExcellently, 2025), blocRank(1, 2025)), "luat2022.d25.k1.khoi", Met, EligibleForSelection},
		{"ND91 k1 Đ11: must meet the Cờ tỉnh standard", CoThiDuaChinhPhu, 2023, unit(rated(CompletedExcellently, 2023), blocRank(3, 2023)), "nd91.d11.k1", NotMet, NotEligible},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Evaluate(tt.rec, Case{Award: tt.award, Period: YearOf(tt.year), Decided: atEnd(tt.year)})
			if err != nil {
				t.Fatal(err)
			}
			f, ok := finding(v, tt.rule)
			if !ok {
				t.Fatalf("Evaluate(%s, %d) has no finding for rule %s:\n%s", tt.award, tt.year, tt.rule, v.Text())
			}
			if f.Result != tt.want {
				t.Errorf("Evaluate(%s, %d): rule %s = %v; want %v\n%s", tt.award, tt.year, tt.rule, f.Result, tt.want, v.Text())
			}
			if tt.outcome != anyOutcome && v.Outcome != tt.outcome {
				t.Errorf("Evaluate(%s, %d) = %v; want %v\n%s", tt.award, tt.year, v.Outcome, tt.outcome, v.Text())
			}
		})
	}
}

func TestParamsOverrideThresholds(t *testing.T) {
	// Văn phòng Chính phủ: at least 70% LĐTT and no member warned (TT 01/2024/TT-VPCP Điều 5).
	p := DefaultParams()
	p.Source = "Thông tư số 01/2024/TT-VPCP, Điều 5"
	for _, id := range []RegimeID{Law2022ND98, Law2022ND152} {
		rp := p.Regimes[id]
		rp.TTLDTTShare = decimal.RequireFromString("0.7")
		rp.TTLDTTShareAtLeast = true
		rp.CollectiveDisciplineBar = true
		p.Regimes[id] = rp
	}
	e, err := New(Config{Params: &p})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		m    Members
		rule string
		want Result
	}{
		{Members{Total: 10, Completed: 10, LDTT: 7}, "luat2022.d28.k1.ldtt", Met},
		{Members{Total: 10, Completed: 10, LDTT: 6}, "luat2022.d28.k1.ldtt", NotMet},
		{Members{Total: 10, Completed: 10, LDTT: 9, Disciplined: 1, Warned: 1}, "luat2022.d28.k1.kyluat", NotMet},
	}
	for _, tt := range tests {
		v, err := e.Evaluate(unit(members(2024, tt.m)), Case{Award: TapTheTienTien, Period: YearOf(2024), Decided: atEnd(2024)})
		if err != nil {
			t.Fatal(err)
		}
		if f, _ := finding(v, tt.rule); f.Result != tt.want {
			t.Errorf("with VPCP parameters, %+v: rule %s = %v; want %v", tt.m, tt.rule, f.Result, tt.want)
		}
		if v.ParamsSource != p.Source {
			t.Errorf("verdict ParamsSource = %q; want %q", v.ParamsSource, p.Source)
		}
	}
}
