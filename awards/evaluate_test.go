package awards

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/metrics"
)

func TestRegimeAt(t *testing.T) {
	tests := []struct {
		date string
		want RegimeID
	}{
		{"01/10/2017", Law2003ND91},
		{"31/12/2023", Law2003ND91},
		{"01/01/2024", Law2022ND98},
		{"30/06/2025", Law2022ND98},
		{"01/07/2025", Law2022ND152},
		{"27/11/2026", Law2022ND152},
	}
	for _, tt := range tests {
		g, err := RegimeAt(metrics.MustDate(tt.date))
		if err != nil || g.ID != tt.want {
			t.Errorf("RegimeAt(%s) = %v, %v; want %s", tt.date, g, err, tt.want)
		}
	}
	if _, err := RegimeAt(metrics.MustDate("30/09/2017")); !errors.Is(err, ErrNoRegime) {
		t.Errorf("RegimeAt(30/09/2017) error = %v; want ErrNoRegime", err)
	}
	if _, err := Evaluate(person(), Case{Award: LaoDongTienTien, Period: YearOf(2016)}); !errors.Is(err, ErrNoRegime) {
		t.Errorf("Evaluate(2016) error = %v; want ErrNoRegime", err)
	}
}

// Law 2022 Điều 94 k2, Điều 95: the law in force on the decision date.
// CSTĐCS 2023, "hoàn thành xuất sắc", no initiative.
func TestTransitionBetweenLaws(t *testing.T) {
	rec := func() *Record {
		return &Record{ID: "NV", Kind: Individual, Recruited: metrics.MustDate("01/01/2020"),
			Years: []Year{{Year: 2023, Rating: CompletedExcellently, Active: Yes, Registered: Yes}}}
	}
	province := DefaultParams()
	province.Transition = ByPeriodEnd
	province.Source = "Quyết định số 01/2024/QĐ-UBND tỉnh X"
	byEnd, err := New(Config{Params: &province})
	require.NoError(t, err)
	tests := []struct {
		name    string
		e       *Evaluator
		decided string
		regime  RegimeID
		outcome Outcome
		note    string
	}{
		{"decided 20/01/2024: Law 2022", defaultEvaluator, "20/01/2024", Law2022ND98, Eligible, "khoản 2 Điều 94, Điều 95"},
		{"decided 01/01/2024, first day", defaultEvaluator, "01/01/2024", Law2022ND98, Eligible, "khoản 2 Điều 94"},
		{"decided 31/12/2023: Law 2003", defaultEvaluator, "31/12/2023", Law2003ND91, NotEligible, ""},
		{"province's choice: period end", byEnd, "20/01/2024", Law2003ND91, NotEligible, "theo lựa chọn của Quyết định số 01/2024/QĐ-UBND tỉnh X"},
		{"no decision date: undetermined", defaultEvaluator, "", Law2003ND91, Undetermined, "cần ngày ban hành quyết định"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Case{Award: CSTDCoSo, Period: YearOf(2023)}
			if tt.decided != "" {
				c.Decided = metrics.MustDate(tt.decided)
			}
			v, err := tt.e.Evaluate(rec(), c)
			require.NoError(t, err)
			if v.Regime.ID != tt.regime || v.Outcome != tt.outcome || !strings.Contains(v.Text(), tt.note) {
				t.Errorf("Evaluate(CSTĐCS 2023, decided %s) = %s, %v; want %s, %v with %q\n%s", tt.decided, v.Regime.ID, v.Outcome, tt.regime, tt.outcome, tt.note, v.Text())
			}
		})
	}
	// The decree boundary by decision date, an inference the note states.
	for _, tt := range []struct {
		decided string
		want    RegimeID
	}{{"30/06/2025", Law2022ND98}, {"01/07/2025", Law2022ND152}} {
		v, err := Evaluate(person(), Case{Award: LaoDongTienTien, Period: YearOf(2024), Decided: metrics.MustDate(tt.decided)})
		require.NoError(t, err)
		if v.Regime.ID != tt.want {
			t.Errorf("LĐTT 2024 decided %s: regime %s; want %s", tt.decided, v.Regime.ID, tt.want)
		}
	}
	v, _ := Evaluate(person(), Case{Award: LaoDongTienTien, Period: YearOf(2024), Decided: metrics.MustDate("01/07/2025")})
	require.Contains(t, v.Note, "không thấy điều khoản chuyển tiếp")
	// A province's choice needs its regulation named.
	bad := DefaultParams()
	bad.Transition = ByPeriodEnd
	_, err = New(Config{Params: &bad})
	require.Error(t, err)
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		p          Period
		start, end string
		text       string
	}{
		{YearOf(2024), "01/01/2024", "31/12/2024", "năm 2024"},
		{SchoolYearOf(2023), "01/09/2023", "31/08/2024", "năm học 2023-2024"},
		{StageOf(2020, 2024), "01/01/2020", "31/12/2024", "giai đoạn 2020-2024"},
	}
	for _, tt := range tests {
		if tt.p.Start() != metrics.MustDate(tt.start) || tt.p.End() != metrics.MustDate(tt.end) || tt.p.String() != tt.text {
			t.Errorf("%+v = %s–%s %q; want %s–%s %q", tt.p, tt.p.Start(), tt.p.End(), tt.p, tt.start, tt.end, tt.text)
		}
	}
	// A school year 2023-2024 ends under the 2022 law.
	v, err := Evaluate(person(), Case{Award: LaoDongTienTien, Period: SchoolYearOf(2023)})
	require.NoError(t, err)
	if v.Regime.ID != Law2022ND98 {
		t.Errorf("school year 2023-2024: regime %s; want %s", v.Regime.ID, Law2022ND98)
	}
}

func TestEvaluateErrors(t *testing.T) {
	if _, err := Evaluate(person(), Case{Award: "huy-hieu", Period: YearOf(2024)}); !errors.Is(err, ErrUnknownAward) {
		t.Errorf("unknown award: error = %v", err)
	}
	if _, err := Evaluate(person(), Case{Award: TapTheTienTien, Period: YearOf(2024)}); !errors.Is(err, ErrWrongSubject) {
		t.Errorf("TTLĐTT for a person: error = %v", err)
	}
}

func TestNoCriteria(t *testing.T) {
	v, err := Evaluate(person(), Case{Award: GiayKhen, Period: YearOf(2025)})
	require.NoError(t, err)
	if v.Outcome != Undetermined || len(v.Findings()) != 0 || !strings.Contains(v.Note, "Điều 75") {
		t.Errorf("Giấy khen = %v, %d findings, note %q; want undetermined, citing Điều 75", v.Outcome, len(v.Findings()), v.Note)
	}
	// Bằng khen for a collective: not encoded, even though it is for individuals.
	v, err = Evaluate(unit(), Case{Award: BangKhenBoTinh, Period: YearOf(2025)})
	require.NoError(t, err)
	if v.Outcome != Undetermined || len(v.Findings()) != 0 {
		t.Errorf("Bằng khen for a collective = %v with %d findings; want undetermined with none", v.Outcome, len(v.Findings()))
	}
}

// Discipline and health facts leave the library only when asked for.
func TestPersonalData(t *testing.T) {
	r := person(disciplined(Warning, "01/03/2024", "28/02/2025"))
	v, err := Evaluate(r, Case{Award: LaoDongTienTien, Period: YearOf(2024)})
	require.NoError(t, err)
	if v.Outcome != NotEligible {
		t.Fatalf("outcome %v; want not eligible", v.Outcome)
	}
	j, err := json.Marshal(v)
	require.NoError(t, err)
	for _, out := range []string{v.Text(), string(j)} {
		if strings.Contains(out, "cảnh cáo") || strings.Contains(out, "01/03/2024") {
			t.Errorf("output reveals the discipline without being asked:\n%s", out)
		}
	}
	if !strings.Contains(string(j), `"withheld":true`) || !strings.Contains(v.Text(), "không hiển thị") {
		t.Errorf("output does not say that facts were withheld:\n%s\n%s", v.Text(), j)
	}
	w := v.WithPersonalData()
	j, _ = json.Marshal(w)
	if !strings.Contains(w.Text(), "cảnh cáo") || !strings.Contains(string(j), "cảnh cáo") {
		t.Errorf("WithPersonalData does not show the discipline:\n%s\n%s", w.Text(), j)
	}
}

func TestVerdictText(t *testing.T) {
	r := person(func(r *Record) { r.ID, r.Name = "NV001", "Nguyễn Văn An" }, rated(CompletedExcellently, 2022, 2023))
	v, err := Evaluate(r, Case{Award: CSTDCoSo, Period: YearOf(2025)})
	require.NoError(t, err)
	want := `Nguyễn Văn An (NV001) – “Chiến sĩ thi đua cơ sở”, năm 2025: không đủ tiêu chuẩn.
Căn cứ: Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP.
- Đạt: Đạt tiêu chuẩn danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến” – 2025: đạt tiêu chuẩn “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến” (khoản 1 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15).
- Không đạt: Hoàn thành xuất sắc nhiệm vụ – 2025: hoàn thành tốt nhiệm vụ (khoản 2 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15).
- Không đạt: Hoặc có sáng kiến được cơ sở công nhận, đề tài khoa học đã được nghiệm thu, hoặc mưu trí, sáng tạo trong chiến đấu được đơn vị công nhận – 0 sáng kiến, đề tài được công nhận 2025 (cần 1) (khoản 2 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15).
`
	if got := v.Text(); got != want {
		t.Errorf("Text() =\n%s\nwant\n%s", got, want)
	}
}

func TestExtraRules(t *testing.T) {
	// A province requires an initiative for CSTĐCS on top of the law.
	extra := Rule{
		ID: "tinh-x.cstdcs.sangkien", Award: CSTDCoSo, Regimes: []RegimeID{Law2022ND152},
		Criterion: "Có ít nhất 01 sáng kiến được Hội đồng sáng kiến cơ sở công nhận trong năm",
		Citation:  Citation{Document: "Quyết định số 99/2025/QĐ-UBND tỉnh X", Article: 5, Clause: 2},
		Check: func(in *Input) (Result, Facts) {
			for _, it := range in.Record.Initiatives {
				if it.Year == in.Period.Last && it.Kind == Initiative {
					return Met, Facts{Text: "có sáng kiến"}
				}
			}
			return NotMet, Facts{Text: "không có sáng kiến trong năm"}
		},
	}
	e, err := New(Config{Extra: []Rule{extra}})
	require.NoError(t, err)
	r := person(rated(CompletedExcellently, 2025))
	national, _ := Evaluate(r, Case{Award: CSTDCoSo, Period: YearOf(2025)})
	local, _ := e.Evaluate(r, Case{Award: CSTDCoSo, Period: YearOf(2025)})
	if national.Outcome != Eligible || local.Outcome != NotEligible {
		t.Errorf("national %v, local %v; want eligible nationally, not under the province's rule", national.Outcome, local.Outcome)
	}
	if !strings.Contains(local.Text(), "Quyết định số 99/2025/QĐ-UBND tỉnh X") {
		t.Errorf("local verdict does not cite the province's rule:\n%s", local.Text())
	}
	// Replacing a national rule.
	e, err = New(Config{Disable: []string{"luat2022.d28.k1.ldtt"}})
	require.NoError(t, err)
	if rules := e.Rules(Law2022ND152, TapTheTienTien, Collective); len(rules) != len(Rules(Law2022ND152, TapTheTienTien, Collective))-1 {
		t.Errorf("Disable removed %d rules; want 1", len(Rules(Law2022ND152, TapTheTienTien, Collective))-len(rules))
	}
	for _, bad := range []Config{
		{Extra: []Rule{{ID: "x", Award: CSTDCoSo, Check: extra.Check}}},                                         // no citation
		{Extra: []Rule{{ID: "x", Award: CSTDCoSo, Citation: extra.Citation}}},                                   // no check
		{Extra: []Rule{{ID: "x", Award: "nope", Citation: extra.Citation, Check: extra.Check}}},                 // unknown award
		{Extra: []Rule{{ID: "luat2022.d23.k1", Award: CSTDCoSo, Citation: extra.Citation, Check: extra.Check}}}, // duplicate ID
		{Extra: []Rule{{ID: "x", Award: CSTDCoSo, Subjects: Collective, Citation: extra.Citation, Check: extra.Check}}},
		{Disable: []string{"no-such-rule"}},
	} {
		if _, err := New(bad); err == nil {
			t.Errorf("New(%+v): error = nil", bad)
		}
	}
}

// Rules returns the rules of the national evaluator.
func Rules(regime RegimeID, award ID, kind SubjectKind) []Rule {
	return defaultEvaluator.Rules(regime, award, kind)
}

// Every national rule names its source and explains itself.
func TestRulesAreComplete(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range nationalRules {
		if ids[r.ID] {
			t.Errorf("rule %s defined twice", r.ID)
		}
		ids[r.ID] = true
		if r.Citation.Document == "" || r.Criterion == "" || r.Check == nil {
			t.Errorf("rule %s lacks a citation, a criterion or a check", r.ID)
		}
		if r.Citation.Evidence != Verified && r.Citation.Note == "" {
			t.Errorf("rule %s: %s citation without a note saying what is unsure", r.ID, r.Citation.Evidence)
		}
	}
}

func TestBatch(t *testing.T) {
	p := func(r *Record, id ID, y int) Proposal { return Proposal{Subject: r, Award: id, Period: YearOf(y)} }
	people := func(n int, mods ...mod) []*Record {
		out := make([]*Record, n)
		for i := range out {
			out[i] = person(mods...)
			out[i].ID = "P" + string(rune('A'+i/26)) + string(rune('A'+i%26))
		}
		return out
	}
	t.Run("CSTĐCS quota, ND91 k3 Đ9", func(t *testing.T) {
		for _, tt := range []struct {
			ldtt, cstdcs int
			rnd          metrics.RoundingMode
			issue        bool
			limit        int
		}{
			{20, 3, metrics.Floor, false, 3}, // 15% of 20 is 3 exactly
			{20, 4, metrics.Floor, true, 3},
			{30, 4, metrics.Floor, false, 4}, // 4,5 rounds down
			{30, 5, metrics.Floor, true, 4},
			{30, 5, metrics.HalfUp, false, 5}, // a ministry that rounds half up
		} {
			var ps []Proposal
			rs := people(tt.ldtt, initiatives(ScopeGrassroots, Initiative, 2023))
			for i, r := range rs {
				ps = append(ps, p(r, LaoDongTienTien, 2023))
				if i < tt.cstdcs {
					ps = append(ps, p(r, CSTDCoSo, 2023))
				}
			}
			params := DefaultParams()
			params.QuotaRounding = tt.rnd
			e, _ := New(Config{Params: &params})
			b, err := e.Check(ps, CheckOptions{Decided: metrics.MustDate("15/12/2023")})
			require.NoError(t, err)
			var got *Issue
			for i := range b.Issues {
				if b.Issues[i].Kind == QuotaExceeded {
					got = &b.Issues[i]
				}
			}
			if (got != nil) != tt.issue {
				t.Errorf("%d LĐTT, %d CSTĐCS (%v): quota issue = %v; want %v", tt.ldtt, tt.cstdcs, tt.rnd, got != nil, tt.issue)
			}
			if got != nil && (got.Limit != tt.limit || got.Citation.Article != 9) {
				t.Errorf("%d LĐTT: limit %d citing Điều %d; want %d, Điều 9", tt.ldtt, got.Limit, got.Citation.Article, tt.limit)
			}
		}
	})
	t.Run("Cờ thi đua CP quota, ND91 Đ11", func(t *testing.T) {
		for _, tt := range []struct {
			flags, cp int
			issue     bool
		}{{10, 2, false}, {10, 3, true}, {4, 1, true}} {
			var ps []Proposal
			for i := 0; i < tt.flags; i++ {
				u := unit(rated(CompletedExcellently, 2023), blocRank(1, 2023))
				u.ID = fmt.Sprintf("U%02d", i)
				ps = append(ps, p(u, CoThiDuaBoTinh, 2023))
				if i < tt.cp {
					ps = append(ps, p(u, CoThiDuaChinhPhu, 2023))
				}
			}
			b, err := Check(ps, CheckOptions{Decided: atEnd(2023)})
			require.NoError(t, err)
			got := len(b.Issues) == 1 && b.Issues[0].Award == CoThiDuaChinhPhu && b.Issues[0].Citation.Article == 11
			if got != tt.issue || (!tt.issue && len(b.Issues) != 0) {
				t.Errorf("%d flags, %d Cờ CP: issues %+v; want issue %v", tt.flags, tt.cp, b.Issues, tt.issue)
			}
		}
	})
	t.Run("no quota under the 2022 law", func(t *testing.T) {
		var ps []Proposal
		for _, r := range people(5, rated(CompletedExcellently, 2024)) {
			ps = append(ps, p(r, LaoDongTienTien, 2024), p(r, CSTDCoSo, 2024))
		}
		b, err := Check(ps, CheckOptions{})
		require.NoError(t, err)
		if len(b.Issues) != 0 {
			t.Errorf("issues %+v; want none", b.Issues)
		}
	})
	t.Run("one achievement, one form, Law 2022 k2 Đ5", func(t *testing.T) {
		r := person(honours(BangKhenBoTinh, 2019))
		b, err := Check([]Proposal{p(r, BangKhenBoTinh, 2024), p(r, BangKhenTTg, 2024), p(r, LaoDongTienTien, 2024)}, CheckOptions{})
		require.NoError(t, err)
		if len(b.Issues) != 1 || b.Issues[0].Kind != SameAchievement || b.Issues[0].Citation.Article != 5 {
			t.Fatalf("issues %+v; want one SameAchievement citing Điều 5", b.Issues)
		}
		b, _ = Check([]Proposal{p(r, BangKhenBoTinh, 2024), {Subject: r, Award: BangKhenTTg, Period: YearOf(2024), Achievement: "chống bão số 3"}}, CheckOptions{})
		if len(b.Issues) != 0 {
			t.Errorf("two forms for two achievements: issues %+v; want none", b.Issues)
		}
	})
	t.Run("pending review, ND152 Đ4", func(t *testing.T) {
		r := person(func(r *Record) {
			r.Proceedings = []Proceeding{{What: "xem xét kỷ luật", From: metrics.MustDate("01/10/2025")}}
		})
		ps := []Proposal{p(r, LaoDongTienTien, 2025)}
		b, _ := Check(ps, CheckOptions{Decided: metrics.MustDate("15/01/2026")})
		if len(b.Issues) != 1 || b.Issues[0].Kind != PendingReview || !b.Issues[0].Personal || strings.Contains(b.Issues[0].Text, r.ID) {
			t.Fatalf("issues %+v; want one personal PendingReview whose text names nobody", b.Issues)
		}
		b, _ = Check(ps, CheckOptions{Decided: metrics.MustDate("15/01/2026"), Personal: true})
		if len(b.Issues) != 1 || len(b.Issues[0].Subjects) != 1 || !strings.Contains(b.Issues[0].Text, r.ID) {
			t.Errorf("with Personal: issues %+v; want the subject named", b.Issues)
		}
		b, _ = Check(ps, CheckOptions{Decided: metrics.MustDate("15/06/2025")})
		if len(b.Issues) != 0 {
			t.Errorf("before Decree 152/2025: issues %+v; want none", b.Issues)
		}
	})
}

// The zero Verdict, returned with an error, and values out of range write
// something harmless instead of panicking.
func TestZeroVerdict(t *testing.T) {
	rec := &Record{ID: "NV1", Kind: Individual}
	v, err := Evaluate(rec, Case{Award: DonViQuyetThang, Period: YearOf(2025)})
	require.Error(t, err)
	require.Equal(t, "", v.Text())
	b, err := json.Marshal(v)
	require.NoError(t, err)
	require.Equal(t, "null", string(b))
	for _, tc := range []struct{ got, want string }{
		{Outcome(9).String(), "Outcome(9)"},
		{Result(7).String(), "Result(7)"},
		{Level(200).String(), "Level(200)"},
		{Coverage(4).String(), "Coverage(4)"},
		{Tri(-1).String(), "Tri(-1)"},
		{Category(3).String(), "Category(3)"},
		{Scope(4).String(), "Scope(4)"},
		{InitiativeKind(3).String(), "InitiativeKind(3)"},
		{DisciplineForm(6).String(), "DisciplineForm(6)"},
		{AbsenceKind(4).String(), "AbsenceKind(4)"},
		{Rating(99).String(), "Rating(99)"},
		{DisciplineForm(2).String(), "cảnh cáo"},
	} {
		require.Equal(t, tc.want, tc.got)
	}
}

func TestNilRecord(t *testing.T) {
	_, err := Evaluate(nil, Case{Award: LaoDongTienTien, Period: YearOf(2025)})
	require.ErrorIs(t, err, ErrNilRecord)
	e, err := New(Config{})
	require.NoError(t, err)
	_, err = e.EvaluateAll(nil, YearOf(2025))
	require.ErrorIs(t, err, ErrNilRecord)
}

// Giấy khen: under the 2022 law its standard is delegated, and the verdict
// says so with the clause; under the 2003 law it is not, and the verdict
// does not cite the 2022 law.
func TestGiayKhenNote(t *testing.T) {
	rec := &Record{ID: "NV1", Kind: Individual}
	for _, tc := range []struct {
		year      int
		want, not string
	}{
		{2025, "khoản 2 Điều 75 Luật Thi đua, khen thưởng số 06/2022/QH15", "chưa mã hóa"},
		{2024, "khoản 2 Điều 75", "chưa mã hóa"},
		{2023, "Thư viện chưa mã hóa tiêu chuẩn", "06/2022"},
	} {
		v, err := Evaluate(rec, Case{Award: GiayKhen, Period: YearOf(tc.year), Decided: atEnd(tc.year)})
		require.NoError(t, err)
		require.Equal(t, Undetermined, v.Outcome)
		require.Contains(t, v.Note, tc.want, "year %d", tc.year)
		require.NotContains(t, v.Note, tc.not, "year %d", tc.year)
	}
}

// Blocking leaves out the alternatives of a group another rule met: with a
// recognised initiative, "hoàn thành xuất sắc nhiệm vụ" no longer blocks
// “Chiến sĩ thi đua cơ sở” (khoản 2 Điều 23: one or the other), and what
// still blocks a newcomer is the standard of “Lao động tiên tiến”.
func TestBlocking(t *testing.T) {
	person := func(recruited string, initiative bool) *Record {
		r := &Record{ID: "NV1", Kind: Individual, Recruited: metrics.MustDate(recruited),
			Years: []Year{{Year: 2025, Rating: CompletedWell, Active: Yes}}}
		if initiative {
			r.Initiatives = []InitiativeRecord{{Kind: Initiative, Scope: ScopeGrassroots, Year: 2025, Title: "Số hóa hồ sơ"}}
		}
		return r
	}
	labels := func(r *Record) []string {
		v, err := Evaluate(r, Case{Award: CSTDCoSo, Period: YearOf(2025)})
		require.NoError(t, err)
		var out []string
		for _, f := range v.Blocking() {
			out = append(out, f.Label())
		}
		return out
	}
	const law = " (khoản %d Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15)"
	require.Equal(t, []string{
		"Không đạt: Hoàn thành xuất sắc nhiệm vụ" + fmt.Sprintf(law, 2),
		"Không đạt: Hoặc có sáng kiến được cơ sở công nhận, đề tài khoa học đã được nghiệm thu, hoặc mưu trí, sáng tạo trong chiến đấu được đơn vị công nhận" + fmt.Sprintf(law, 2),
	}, labels(person("01/03/2015", false)))
	require.Equal(t, []string{
		"Không đạt: Đạt tiêu chuẩn danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến”" + fmt.Sprintf(law, 1),
	}, labels(person("01/09/2025", true)))
	require.Empty(t, labels(person("01/03/2015", true)), "eligible: nothing blocks")
}
