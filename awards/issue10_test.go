package awards

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/metrics"
)

// Tests named after the bullets of issue 10; each runs at the boundary and
// checks the citation in the verdict.

func TestCoverageFollowsDependencies(t *testing.T) {
	tests := []struct {
		regime RegimeID
		award  ID
		want   Coverage
	}{
		{Law2003ND91, CSTDCoSo, Partly},         // reads LĐTT, whose registration rule is unverified
		{Law2003ND91, CSTDBoTinh, Partly},       // reads CSTĐCS
		{Law2003ND91, TapTheXuatSac, Partly},    // reads TTLĐTT
		{Law2003ND91, CoThiDuaChinhPhu, Partly}, // reads Cờ Bộ/tỉnh
		{Law2022ND152, CSTDCoSo, Partly},        // reads LĐTT, whose standard for workers is unverified
		{Law2022ND152, LaoDongTienTien, Partly}, // the workers' standard of Điều 24 was not seen in full
		{Law2022ND152, ChienSiTienTien, Encoded},
	}
	for _, tt := range tests {
		kind := Individual
		if a, _ := Lookup(tt.award); a.Subjects&Individual == 0 {
			kind = Collective
		}
		if got := defaultEvaluator.Coverage(tt.regime, tt.award, kind); got != tt.want {
			t.Errorf("Coverage(%s, %s) = %v; want %v", tt.regime, tt.award, got, tt.want)
		}
	}
	// A local unverified criterion of LĐTT lowers what reads it.
	e, err := New(Config{Extra: []Rule{{ID: "tinh.ldtt.x", Award: LaoDongTienTien, Regimes: nd152,
		Criterion: "x", Citation: Citation{Document: "QĐ tỉnh", Evidence: Unverified, Note: "thử"},
		Check: func(*Input) (Result, Facts) { return Met, Facts{} }}}})
	require.NoError(t, err)
	for _, tt := range []struct {
		award ID
		want  Coverage
	}{{LaoDongTienTien, Partly}, {CSTDCoSo, Partly}, {CSTDBoTinh, Partly}} {
		if got := e.Coverage(Law2022ND152, tt.award, Individual); got != tt.want {
			t.Errorf("with an unverified LĐTT rule, Coverage(%s) = %v; want %v", tt.award, got, tt.want)
		}
	}
}

func TestBangKhenTTgOldRegimePoints(t *testing.T) {
	decided := metrics.MustDate("15/12/2023")
	streak := func(mods ...mod) *Record {
		base := []mod{honours(BangKhenBoTinh, 2018), rated(CompletedExcellently, 2019, 2020, 2021, 2022, 2023)}
		return person(append(base, mods...)...)
	}
	tests := []struct {
		name    string
		rec     *Record
		rule    string
		want    Result
		outcome Outcome
		cite    string
	}{
		{"point a claimed, no Bằng khen", person(claim(BangKhenTTg, "a", 2023)), "nd91.d38.k1.a", Met, Eligible, "điểm a khoản 1 Điều 38 Nghị định số 91/2017/NĐ-CP (chưa xác minh"},
		{"point c: 5 years, 5 initiatives", streak(initiatives(ScopeGrassroots, Initiative, 2019, 2020, 2021, 2022, 2023)), "nd91.d38.k1.c", Met, Eligible, "điểm c khoản 1 Điều 38"},
		{"point c: 4 initiatives, a and b to the council", streak(initiatives(ScopeGrassroots, Initiative, 2019, 2020, 2021, 2022)), "nd91.d38.k1.c", NotMet, Undetermined, "điểm c khoản 1 Điều 38"},
		{"point c, Giấy khen branch: 5 Giấy khen", streak(honours(GiayKhen, 2019, 2020, 2021, 2022, 2023)), "nd91.d38.k1.c.giaykhen", Met, Eligible, "chưa xác minh: đoạn văn bị cắt"},
		{"point c, Giấy khen branch: 4 Giấy khen", streak(honours(GiayKhen, 2020, 2021, 2022, 2023)), "nd91.d38.k1.c.giaykhen", NotMet, Undetermined, "điểm c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Evaluate(tt.rec, Case{Award: BangKhenTTg, Period: StageOf(2019, 2023), Decided: decided})
			require.NoError(t, err)
			f, ok := finding(v, tt.rule)
			if !ok || f.Result != tt.want || v.Outcome != tt.outcome || !strings.Contains(f.Citation().String(), tt.cite) {
				t.Errorf("Evaluate(BK TTg 2019-2023) = %v, rule %s %v; want %v, %v citing %q\n%s", v.Outcome, tt.rule, f.Result, tt.outcome, tt.want, tt.cite, v.Text())
			}
		})
	}
}

func TestHCLaoDongHang3OldRegime(t *testing.T) {
	decided := metrics.MustDate("15/12/2023")
	chain := func(n int) *Record {
		years := []int{2018, 2019, 2020, 2021, 2022}
		return person(honours(BangKhenTTg, 2017), rated(CompletedExcellently, years...), initiatives(ScopeMinistry, Initiative, years[:n]...))
	}
	tests := []struct {
		name    string
		rec     *Record
		rule    string
		want    Result
		outcome Outcome
	}{
		{"chain: BK TTg, 5 years, 2 initiatives", chain(2), "nd91.d24", Met, Eligible},
		{"chain: 1 initiative, other branches to the council", chain(1), "nd91.d24", NotMet, Undetermined},
		{"one-off achievement claimed", person(claim(HCLaoDongHang3, "dotxuat", 2022)), "nd91.d24.dotxuat", Met, Eligible},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Evaluate(tt.rec, Case{Award: HCLaoDongHang3, Period: StageOf(2018, 2022), Decided: decided})
			require.NoError(t, err)
			if f, _ := finding(v, tt.rule); f.Result != tt.want || v.Outcome != tt.outcome {
				t.Errorf("Evaluate(HC LĐ hạng Ba) = %v, %s %v; want %v, %v\n%s", v.Outcome, tt.rule, f.Result, tt.outcome, tt.want, v.Text())
			}
		})
	}
	if got := defaultEvaluator.Coverage(Law2003ND91, HCLaoDongHang3, Individual); got != Partly {
		t.Errorf("Coverage(old, HC LĐ hạng Ba) = %v; want một phần", got)
	}
}

func TestDecree98PrinciplesFrom2024(t *testing.T) {
	decided := metrics.MustDate("10/01/2025")
	tests := []struct {
		name    string
		rec     *Record
		rule    string
		want    Result
		outcome Outcome
	}{
		{"maternity leave counts", person(absent(Maternity, "01/03/2024", "31/08/2024", Unknown)), "nd98.d4.nghi", Met, Eligible},
		{"discipline ended before the period", person(disciplined(Reprimand, "01/01/2023", "31/12/2023")), "nd98.d4.kyluat", Met, Eligible},
		{"discipline runs into the period by a day", person(disciplined(Reprimand, "01/06/2023", "01/01/2024")), "nd98.d4.kyluat", NotMet, NotEligible},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Evaluate(tt.rec, Case{Award: LaoDongTienTien, Period: YearOf(2024), Decided: decided})
			require.NoError(t, err)
			f, _ := finding(v, tt.rule)
			if f.Result != tt.want || v.Outcome != tt.outcome || !strings.Contains(f.Citation().String(), "Điều 4 Nghị định số 98/2023/NĐ-CP (nguồn thứ cấp") {
				t.Errorf("LĐTT 2024: %s = %v (%s), %v; want %v, %v", tt.rule, f.Result, f.Citation(), v.Outcome, tt.want, tt.outcome)
			}
			if _, ok := finding(v, "nd98.kyluat"); ok {
				t.Error("the unsourced khiển trách bar of Decree 98 is still applied")
			}
		})
	}
	// The bar survives only as a province's rule, off by default.
	p := DefaultParams()
	rp := p.Regimes[Law2022ND98]
	rp.LDTTDisciplineBar = Reprimand
	p.Regimes[Law2022ND98] = rp
	_, err := New(Config{Params: &p})
	require.Error(t, err, "a province's bar without its regulation")
	p.Source = "Quyết định số 9/2024/QĐ-UBND tỉnh X"
	e, err := New(Config{Params: &p})
	require.NoError(t, err)
	v, err := e.Evaluate(person(disciplined(Reprimand, "01/01/2024", "31/03/2024")), Case{Award: LaoDongTienTien, Period: YearOf(2024), Decided: decided})
	require.NoError(t, err)
	f, ok := finding(v, "tinh.ldtt.kyluat")
	require.True(t, ok)
	require.Equal(t, NotMet, f.Result)
	require.Contains(t, f.Citation().String(), "tỉnh X")

	// Pending proceedings: from 01/01/2024, citing the decree in force.
	r := person(func(r *Record) {
		r.Proceedings = []Proceeding{{What: "thanh tra", From: metrics.MustDate("01/12/2023")}}
	})
	for _, tt := range []struct {
		decided string
		cite    string
	}{{"31/12/2023", ""}, {"01/03/2024", "Nghị định số 98/2023/NĐ-CP"}, {"01/07/2025", "Nghị định số 152/2025/NĐ-CP"}} {
		b, err := Check([]Proposal{{Subject: r, Award: LaoDongTienTien, Period: YearOf(2023)}}, CheckOptions{Decided: metrics.MustDate(tt.decided)})
		require.NoError(t, err)
		var got string
		for _, i := range b.Issues {
			if i.Kind == PendingReview {
				got = i.Citation.String()
			}
		}
		if tt.cite == "" && got != "" || !strings.Contains(got, tt.cite) {
			t.Errorf("pending review decided %s: citation %q; want %q", tt.decided, got, tt.cite)
		}
	}
}

func TestDecree152Article49(t *testing.T) {
	tests := []struct {
		decided, amount, rounding string
	}{
		{"01/07/2025", "710000", "khoản 2 Điều 49 Nghị định số 152/2025/NĐ-CP (nguồn thứ cấp"},
		{"30/06/2025", "710000", "khoản 2 Điều 53 Nghị định số 98/2023/NĐ-CP"},
		{"01/07/2026", "760000", "khoản 2 Điều 49 Nghị định số 152/2025/NĐ-CP"},
	}
	for _, tt := range tests {
		r, err := Price(Grant{Award: LaoDongTienTien, Subject: Individual, Decided: metrics.MustDate(tt.decided)})
		require.NoError(t, err)
		if !r.Amount.Equal(metrics.MustAmount(tt.amount, metrics.VND)) || !strings.HasPrefix(r.RoundingCite.String(), tt.rounding) {
			t.Errorf("Price(LĐTT, %s) = %s rounded by %s; want %s by %s", tt.decided, r.Amount, r.RoundingCite, tt.amount, tt.rounding)
		}
		if r.RoundingCite.Evidence >= Unverified || r.BaseCite.Evidence >= Unverified {
			t.Errorf("Price(LĐTT, %s): rounding or base date still unverified", tt.decided)
		}
	}
}

func TestMoneyCollectiveAndHouseholdRows(t *testing.T) {
	d := metrics.MustDate("01/08/2025")
	tests := []struct {
		award   ID
		subject SubjectKind
		grantor GrantorLevel
		decided metrics.Date
		want    string
	}{
		{BangKhenTTg, Collective, HeadOfUnit, d, "16380000"},
		{BangKhenBoTinh, Collective, HeadOfUnit, d, "7020000"},
		{GiayKhen, Collective, HeadOfUnit, d, "1420000"},
		{HCLaoDongHang3, Collective, HeadOfUnit, d, "21060000"},
		{GiayKhen, Household, HeadOfUnit, d, "1070000"},
		{BangKhenTTg, Household, HeadOfUnit, d, "12290000"},
		{BangKhenBoTinh, Household, HeadOfUnit, d, "5270000"},
	}
	for _, tt := range tests {
		r, err := Price(Grant{Award: tt.award, Subject: tt.subject, Grantor: tt.grantor, Decided: tt.decided})
		require.NoError(t, err)
		if !r.Amount.Equal(metrics.MustAmount(tt.want, metrics.VND)) || r.ReadingText() == "" {
			t.Errorf("Price(%s, %s) = %s (%q); want %s with its reading", tt.award, tt.subject, r.Amount, r.ReadingText(), tt.want)
		}
	}
	_, err := Price(Grant{Award: GiayKhen, Subject: Household, Decided: metrics.MustDate("10/01/2025")})
	require.ErrorIs(t, err, ErrNoCoefficient, "no household row under Decree 98/2023")
}

func TestCollectiveRoundingReading(t *testing.T) {
	tests := []struct {
		reading MultipleReading
		grant   Grant
		want    string
	}{
		{RoundThenMultiply, Grant{Award: GiayKhen, Subject: Collective, Grantor: CommuneChair, Decided: metrics.MustDate("01/09/2024")}, "720000"},
		{MultiplyThenRound, Grant{Award: GiayKhen, Subject: Collective, Grantor: CommuneChair, Decided: metrics.MustDate("01/09/2024")}, "710000"},
		{RoundThenMultiply, Grant{Award: GiayKhen, Subject: Collective, Decided: metrics.MustDate("01/08/2025")}, "1420000"},
		{MultiplyThenRound, Grant{Award: GiayKhen, Subject: Collective, Decided: metrics.MustDate("01/08/2025")}, "1410000"},
		{MultiplyThenRound, Grant{Award: GiayKhen, Subject: Household, Decided: metrics.MustDate("01/08/2025")}, "1060000"},
		{RoundThenMultiply, Grant{Award: BangKhenTTg, Subject: Collective, Decided: metrics.MustDate("01/07/2026")}, "17720000"},
		{MultiplyThenRound, Grant{Award: BangKhenTTg, Subject: Collective, Decided: metrics.MustDate("01/07/2026")}, "17710000"},
	}
	for _, tt := range tests {
		m := DefaultMoney()
		m.Reading = tt.reading
		e, err := New(Config{Money: m})
		require.NoError(t, err)
		r, err := e.Price(tt.grant)
		require.NoError(t, err)
		if !r.Amount.Equal(metrics.MustAmount(tt.want, metrics.VND)) || r.Reading != tt.reading ||
			!strings.Contains(r.ReadingText(), "chưa xác minh") || !r.Unverified() {
			t.Errorf("Price(%+v) by %v = %s (%q); want %s, unverified", tt.grant, tt.reading, r.Amount, r.ReadingText(), tt.want)
		}
	}
}

func TestBatchQuotaBase(t *testing.T) {
	decided := metrics.MustDate("15/12/2023")
	staff := func(unit string, n int, mods ...mod) []*Record {
		out := make([]*Record, n)
		for i := range out {
			out[i] = person(append([]mod{initiatives(ScopeGrassroots, Initiative, 2023)}, mods...)...)
			out[i].ID = unit + string(rune('a'+i/26)) + string(rune('a'+i%26))
			out[i].Unit = unit
		}
		return out
	}
	cstdcs := func(rs ...*Record) []Proposal {
		var ps []Proposal
		for _, r := range rs {
			ps = append(ps, Proposal{Subject: r, Award: CSTDCoSo, Period: YearOf(2023)})
		}
		return ps
	}
	a, b := staff("A", 4), staff("B", 2)
	pop := staff("A", 20, honours(LaoDongTienTien, 2023))
	tests := []struct {
		name string
		ps   []Proposal
		o    CheckOptions
		kind IssueKind // 0: none
		text string
	}{
		{"one CSTĐCS, nothing else: base unknown", cstdcs(a[0]), CheckOptions{}, QuotaUndetermined, "chưa xác định được tỷ lệ"},
		{"stated 20, 3 proposed", cstdcs(a[:3]...), CheckOptions{QuotaBase: map[string]int{"": 20}}, 0, ""},
		{"stated 20, 4 proposed", cstdcs(a...), CheckOptions{QuotaBase: map[string]int{"": 20}}, QuotaExceeded, "tối đa 3, làm tròn xuống; số theo số liệu do đơn vị cung cấp"},
		{"stated 19, 3 proposed", cstdcs(a[:3]...), CheckOptions{QuotaBase: map[string]int{"": 19}}, QuotaExceeded, "tối đa 2"},
		{"per unit: A 20 with 2, B 0 with 2", cstdcs(a[0], a[1], b[0], b[1]), CheckOptions{QuotaScope: PerUnit, QuotaBase: map[string]int{"A": 20, "B": 0}}, QuotaExceeded, "đơn vị B"},
		{"per agency: 20 with 4", cstdcs(a[0], a[1], b[0], b[1]), CheckOptions{QuotaBase: map[string]int{"": 20}}, QuotaExceeded, "cơ quan quyết định khen thưởng"},
		{"base from records", cstdcs(a[:3]...), CheckOptions{Population: pop}, 0, ""},
		{"base from records, 4 proposed", cstdcs(a...), CheckOptions{Population: pop}, QuotaExceeded, "theo hồ sơ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.o.Decided = decided
			bt, err := Check(tt.ps, tt.o)
			require.NoError(t, err)
			var got *Issue
			for i := range bt.Issues {
				if k := bt.Issues[i].Kind; k == QuotaExceeded || k == QuotaUndetermined {
					got = &bt.Issues[i]
				}
			}
			switch {
			case tt.kind == 0 && got != nil:
				t.Errorf("Check = issue %q; want none", got.Text)
			case tt.kind != 0 && (got == nil || got.Kind != tt.kind || !strings.Contains(got.Text, tt.text)):
				t.Errorf("Check = %+v; want kind %d with %q", got, tt.kind, tt.text)
			}
		})
	}
	// Under the 2022 law no cap.
	bt, err := Check(cstdcs(a...), CheckOptions{Decided: metrics.MustDate("15/01/2024")})
	require.NoError(t, err)
	require.Empty(t, bt.Issues)
}

func TestUnverifiedHeadline(t *testing.T) {
	d := metrics.MustDate("15/01/2026")
	v, err := Evaluate(unit(members(2025, Members{Total: 10, Completed: 10, LDTT: 5})), Case{Award: TapTheTienTien, Period: YearOf(2025), Decided: d})
	require.NoError(t, err)
	require.Equal(t, NotEligible, v.Outcome)
	require.True(t, v.UnverifiedBasis)
	require.Contains(t, v.Text(), "không đủ tiêu chuẩn – chỉ do tiêu chí dựa trên dữ kiện pháp lý chưa xác minh")
	j, _ := json.Marshal(v)
	require.Contains(t, string(j), `"outcome_unverified":true`)
	// A verified criterion failing: a bare headline.
	v, err = Evaluate(unit(members(2025, Members{Total: 10, Completed: 10, LDTT: 6, CSTDCS: 1}), rated(CompletedExcellently, 2025)), Case{Award: TapTheXuatSac, Period: YearOf(2025), Decided: d})
	require.NoError(t, err)
	require.Equal(t, NotEligible, v.Outcome)
	require.False(t, v.UnverifiedBasis)
	require.NotContains(t, v.Text(), "chưa xác minh (có thể")
}

func TestUndeterminedWording(t *testing.T) {
	r := person(rated(NotRated, 2024))
	v, err := Evaluate(r, Case{Award: CSTDCoSo, Period: YearOf(2024), Decided: atEnd(2024)})
	require.NoError(t, err)
	f, _ := finding(v, "luat2022.d23.k1")
	require.Equal(t, Indeterminate, f.Result)
	require.Contains(t, v.Text(), "2024: chưa xác định được việc đạt tiêu chuẩn “Lao động tiên tiến”")
	for _, y := range []int{2022, 2023, 2024, 2025} {
		for _, id := range []ID{CSTDCoSo, CSTDBoTinh, TapTheXuatSac, CoThiDuaChinhPhu, BangKhenBoTinh} {
			rec := person(rated(NotRated, y))
			if a, _ := Lookup(id); a.Subjects&Individual == 0 {
				rec = unit(rated(NotRated, y))
			}
			v, err := Evaluate(rec, Case{Award: id, Period: YearOf(y), Decided: atEnd(y)})
			require.NoError(t, err)
			require.NotContains(t, v.Text(), "chưa đạt", "%s %d", id, y)
		}
	}
}

func TestEvaluateRefusesInconsistentInput(t *testing.T) {
	tests := []struct {
		name string
		rec  *Record
		c    Case
	}{
		{"reversed period", person(), Case{Award: BangKhenTTg, Period: StageOf(2024, 2023)}},
		{"members do not add up", unit(members(2024, Members{Total: 5, Completed: 5, LDTT: 20})), Case{Award: TapTheTienTien, Period: YearOf(2024)}},
		{"discipline without dates", person(func(r *Record) { r.Discipline = []Discipline{{Form: Reprimand}} }), Case{Award: LaoDongTienTien, Period: YearOf(2024)}},
		{"more votes than members", person(), Case{Award: CSTDBoTinh, Period: YearOf(2025), Vote: &Vote{Members: 20, InFavour: 21}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Evaluate(tt.rec, tt.c)
			if !errors.Is(err, ErrInvalidInput) || v.Text() != "" {
				t.Errorf("Evaluate = %q, %v; want ErrInvalidInput", v.Text(), err)
			}
		})
	}
}

func TestPersonalDataWithheld(t *testing.T) {
	r := person(disciplined(Reprimand, "01/03/2024", "28/02/2025"))
	v, err := Evaluate(r, Case{Award: LaoDongTienTien, Period: YearOf(2024), Decided: atEnd(2024)})
	require.NoError(t, err)
	require.Equal(t, NotEligible, v.Outcome)
	j, err := json.Marshal(v)
	require.NoError(t, err)
	var labels []string
	for _, f := range v.Blocking() {
		labels = append(labels, f.Label())
	}
	for _, out := range []string{v.Text(), string(j), strings.Join(labels, "\n")} {
		for _, leak := range []string{"kỷ luật", "khiển trách", "nd98.d4.kyluat", "Điều 4 Nghị định số 98", "01/03/2024"} {
			if strings.Contains(out, leak) {
				t.Errorf("output reveals %q without permission:\n%s", leak, out)
			}
		}
		require.Contains(t, strings.ToLower(out), "thông tin cá nhân")
	}
	require.Equal(t, []string{"Không đạt: Tiêu chí về thông tin cá nhân (không hiển thị) (Nghị định số 13/2023/NĐ-CP)"}, labels)
	// One line for all personal criteria: no inference by elimination.
	n := strings.Count(v.Text(), "thông tin cá nhân")
	require.Equal(t, 1, n)
	p := v.WithPersonalData()
	require.Contains(t, p.Text(), "khiển trách")
	require.Contains(t, p.Text(), "Điều 4 Nghị định số 98/2023/NĐ-CP")

	// Batch issues: no subject without permission.
	r.Proceedings = []Proceeding{{What: "xem xét kỷ luật", From: metrics.MustDate("01/01/2025")}}
	ps := []Proposal{{Subject: r, Award: LaoDongTienTien, Period: YearOf(2024)}}
	for _, personal := range []bool{false, true} {
		b, err := Check(ps, CheckOptions{Decided: metrics.MustDate("15/01/2025"), Personal: personal})
		require.NoError(t, err)
		j, err := json.Marshal(b.Issues)
		require.NoError(t, err)
		if strings.Contains(string(j), `"P"`) != personal {
			t.Errorf("json.Marshal(batch.Issues), personal %v:\n%s", personal, j)
		}
	}
}

func TestCouncilVote(t *testing.T) {
	old := person(honours(CSTDCoSo, 2021, 2022), rated(CompletedExcellently, 2023), initiatives(ScopeMinistry, Initiative, 2023))
	tests := []struct {
		name      string
		decided   string
		vote      *Vote
		rule      string
		want      Result
		outcome   Outcome
		text      string
		unverifed bool
	}{
		{"90% of all members", "15/12/2023", &Vote{20, 18}, "nd91.d45.k8", Met, Eligible, "18/20 phiếu đồng ý (90%", false},
		{"85%", "15/12/2023", &Vote{20, 17}, "nd91.d45.k8", NotMet, NotEligible, "17/20 phiếu đồng ý (85%; cần từ 90% trở lên trên tổng số thành viên Hội đồng)", false},
		{"9 present of 20, all in favour", "15/12/2023", &Vote{20, 9}, "nd91.d45.k8", NotMet, NotEligible, "9/20", false},
		{"19 of 21", "15/12/2023", &Vote{21, 19}, "nd91.d45.k8", Met, Eligible, "90,48%", false},
		{"18 of 21", "15/12/2023", &Vote{21, 18}, "nd91.d45.k8", NotMet, NotEligible, "85,71%", false},
		{"no vote yet", "15/12/2023", nil, "nd91.d45.k8", Indeterminate, EligibleForSelection, "Hội đồng chưa bỏ phiếu", false},
		{"2022 law: the parameter", "15/01/2024", &Vote{20, 17}, "thamso.hoidong.bieuquyet", NotMet, NotEligible, "tham số CouncilVoteShare", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Evaluate(old, Case{Award: CSTDBoTinh, Period: YearOf(2023), Decided: metrics.MustDate(tt.decided), Vote: tt.vote})
			require.NoError(t, err)
			f, _ := finding(v, tt.rule)
			if f.Result != tt.want || v.Outcome != tt.outcome || !strings.Contains(v.Text(), tt.text) || v.UnverifiedBasis != tt.unverifed {
				t.Errorf("vote %+v: %s = %v, %v (unverified %v); want %v, %v with %q\n%s", tt.vote, tt.rule, f.Result, v.Outcome, v.UnverifiedBasis, tt.want, tt.outcome, tt.text, v.Text())
			}
			if tt.rule == "nd91.d45.k8" && !strings.Contains(f.Citation().String(), "khoản 8 Điều 45 Nghị định số 91/2017/NĐ-CP") {
				t.Errorf("citation %s", f.Citation())
			}
		})
	}
}
