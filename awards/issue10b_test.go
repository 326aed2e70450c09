package awards

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/metrics"
)

// The remaining bullets of issue 10, each at its boundary with the
// citation in the verdict.

func thrift(t Tri, y int) mod     { return func(r *Record) { r.Year(y).Thrift = t } }
func solidarity(t Tri, y int) mod { return func(r *Record) { r.Year(y).Solidarity = t } }
func centralBloc(rank, y int) mod { return func(r *Record) { r.Year(y).CentralBlocRank = rank } }
func productive(t Tri, y int) mod { return func(r *Record) { r.Year(y).Productive = t } }
func movement(by Launcher, from, to int) mod {
	return func(r *Record) {
		r.Movements = append(r.Movements, Movement{Name: "phong trào thử", LaunchedBy: by, FromYear: from, ToYear: to})
	}
}

func TestCoThiDuaChinhPhuBranches(t *testing.T) {
	tests := []struct {
		name    string
		year    int
		decided metrics.Date
		rec     *Record
		rule    string
		res     Result
		want    Outcome
		cite    string
	}{
		{"k2: leads a Central Council cluster, not its ministry bloc", 2024, atEnd(2024),
			unit(rated(CompletedWell, 2024), centralBloc(1, 2024)), "luat2022.d25.k2", Met, EligibleForSelection, "khoản 2 Điều 25 Luật"},
		{"k2: second in a Central Council cluster", 2024, atEnd(2024),
			unit(rated(CompletedWell, 2024), centralBloc(2, 2024)), "luat2022.d25.k2", NotMet, NotEligible, "khoản 2 Điều 25 Luật"},
		{"k3: leads a PM movement of 5 years, 2021–2025", 2025, atEnd(2025),
			unit(movement(PrimeMinister, 2021, 2025)), "luat2022.d25.k3", Met, EligibleForSelection, "khoản 3 Điều 25 Luật"},
		{"k3: a PM movement of 4 years, 2022–2025", 2025, atEnd(2025),
			unit(movement(PrimeMinister, 2022, 2025)), "luat2022.d25.k3", NotMet, NotEligible, "khoản 3 Điều 25 Luật"},
		{"k3: a President's movement does not count under the 2022 law", 2025, atEnd(2025),
			unit(movement(President, 2021, 2025)), "luat2022.d25.k3", NotMet, NotEligible, "khoản 3 Điều 25 Luật"},
		{"k1: leads its bloc, HTXSNV, united, thrifty", 2025, atEnd(2025),
			unit(rated(CompletedExcellently, 2025), blocRank(1, 2025)), "luat2022.d25.k1.b", Met, EligibleForSelection, "điểm b khoản 1 Điều 25 Luật"},
		{"k1: thrift not assessed, no other branch", 2025, atEnd(2025),
			unit(rated(CompletedExcellently, 2025), blocRank(1, 2025), thrift(Unknown, 2025)), "luat2022.d25.k1.b", Indeterminate, Undetermined, "điểm b khoản 1 Điều 25 Luật"},
		{"k1 fails on solidarity, k2 met", 2025, atEnd(2025),
			unit(rated(CompletedExcellently, 2025), blocRank(1, 2025), solidarity(No, 2025), centralBloc(1, 2025)), "luat2022.d25.k1.b", NotMet, EligibleForSelection, "điểm b khoản 1 Điều 25 Luật"},
		{"old: k1 facts met but not united", 2023, atEnd(2023),
			unit(rated(CompletedExcellently, 2021, 2022, 2023), blocRank(1, 2023), solidarity(No, 2023), centralBloc(1, 2023)), "luat2003.d25.k3", NotMet, NotEligible, "khoản 3 Điều 25 Luật Thi đua, khen thưởng năm 2003"},
		{"old: ND 91 k3, a President's movement of 5 years", 2023, atEnd(2023),
			unit(rated(CompletedExcellently, 2023), movement(President, 2019, 2023)), "nd91.d11.k3", Met, EligibleForSelection, "khoản 3 Điều 11 Nghị định số 91/2017"},
		{"old: ND 91 k2, leads a Central Council cluster", 2023, atEnd(2023),
			unit(rated(CompletedExcellently, 2023), centralBloc(1, 2023)), "nd91.d11.k2", Met, EligibleForSelection, "khoản 2 Điều 11 Nghị định số 91/2017"},
		{"old: ND 91 k3, a movement of 4 years", 2023, atEnd(2023),
			unit(rated(CompletedExcellently, 2023), blocRank(3, 2023), movement(PrimeMinister, 2020, 2023)), "nd91.d11.k3", NotMet, NotEligible, "khoản 3 Điều 11 Nghị định số 91/2017"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Evaluate(tt.rec, Case{Award: CoThiDuaChinhPhu, Period: YearOf(tt.year), Decided: tt.decided})
			if err != nil {
				t.Fatal(err)
			}
			f, ok := finding(v, tt.rule)
			if !ok || f.Result != tt.res || v.Outcome != tt.want {
				t.Fatalf("Evaluate(%s) = %v, %s %v; want %v, %v\n%s", tt.name, v.Outcome, tt.rule, f.Result, tt.want, tt.res, v.Text())
			}
			if !strings.Contains(v.Text(), tt.cite) {
				t.Errorf("Evaluate(%s).Text() does not cite %q:\n%s", tt.name, tt.cite, v.Text())
			}
		})
	}
}

// Of a group of branches not met, Blocking shows what each branch failed,
// not the criteria a branch met.
func TestBranchBlocking(t *testing.T) {
	r := unit(rated(CompletedExcellently, 2025), blocRank(1, 2025), solidarity(No, 2025))
	v, err := Evaluate(r, Case{Award: CoThiDuaChinhPhu, Period: YearOf(2025), Decided: atEnd(2025)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range v.Blocking() {
		got = append(got, f.RuleID())
	}
	want := "luat2022.d25.k1.b luat2022.d25.k2 luat2022.d25.k3"
	if strings.Join(got, " ") != want || v.Outcome != NotEligible {
		t.Errorf("Blocking() = %v (%v); want %s, không đủ", got, v.Outcome, want)
	}
	// A branch met hides the whole group.
	r = unit(rated(CompletedExcellently, 2025), centralBloc(1, 2025), solidarity(No, 2025))
	v, _ = Evaluate(r, Case{Award: CoThiDuaChinhPhu, Period: YearOf(2025), Decided: atEnd(2025)})
	if b := v.Blocking(); len(b) != 0 {
		t.Errorf("Blocking() with k2 met = %d findings; want none", len(b))
	}
	// A branch without a group is refused.
	if _, err := New(Config{Extra: []Rule{{ID: "x", Award: CoThiDuaChinhPhu, Branch: "k1", Citation: Citation{Document: "x"}, Check: centralBlocCheck}}}); err == nil {
		t.Error("New(branch without group) = nil error")
	}
}

func TestLaoDongTienTienByCategory(t *testing.T) {
	worker := func(mods ...mod) *Record {
		return person(append([]mod{category(Worker), func(r *Record) {
			for i := range r.Years {
				r.Years[i].Rating = NotRated
			}
		}}, mods...)...)
	}
	tests := []struct {
		name    string
		year    int
		decided metrics.Date
		rec     *Record
		rule    string // a rule judged, "" for none
		absent  string // a rule not judged for this category
		res     Result
		want    Outcome
		cite    string
	}{
		{"worker, no rating, productive", 2024, metrics.NewDate(2025, 1, 15),
			worker(productive(Yes, 2024)), "luat2022.d24.congnhan", "luat2022.d24.k1.a", Met, Eligible, "Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15 (chưa xác minh"},
		{"worker, rated HTTNV, not productive", 2024, metrics.NewDate(2025, 1, 15),
			worker(rated(CompletedWell, 2024), productive(No, 2024)), "luat2022.d24.congnhan", "luat2022.d24.k1.a", NotMet, NotEligible, "chỉ do tiêu chí dựa trên dữ kiện pháp lý chưa xác minh"},
		{"worker, productivity not assessed", 2024, metrics.NewDate(2025, 1, 15),
			worker(), "luat2022.d24.congnhan", "luat2022.d24.k1.a", Indeterminate, Undetermined, "Điều 24"},
		{"civil servant, HTTNV, active", 2024, metrics.NewDate(2025, 1, 15),
			person(rated(CompletedWell, 2024)), "luat2022.d24.k1.a", "luat2022.d24.congnhan", Met, Eligible, "điểm a khoản 1 Điều 24"},
		{"worker, 2023 decided in 2023: Law 2003 k3", 2023, metrics.NewDate(2023, 12, 15),
			worker(productive(Yes, 2023)), "luat2003.d24.k3.a", "luat2003.d24.k1.a", Met, Eligible, "khoản 3 Điều 24 Luật Thi đua, khen thưởng năm 2003"},
		{"worker, 2023, not active in the movement", 2023, metrics.NewDate(2023, 12, 15),
			worker(productive(Yes, 2023), active(No, 2023)), "luat2003.d24.k3.a", "luat2003.d24.k1.b", NotMet, NotEligible, "khoản 3 Điều 24"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Evaluate(tt.rec, Case{Award: LaoDongTienTien, Period: YearOf(tt.year), Decided: tt.decided})
			if err != nil {
				t.Fatal(err)
			}
			f, ok := finding(v, tt.rule)
			if !ok || f.Result != tt.res || v.Outcome != tt.want {
				t.Fatalf("Evaluate(%s) = %v, %s %v; want %v, %v\n%s", tt.name, v.Outcome, tt.rule, f.Result, tt.want, tt.res, v.Text())
			}
			if _, ok := finding(v, tt.absent); ok {
				t.Errorf("Evaluate(%s) judged %s, a rule of another category", tt.name, tt.absent)
			}
			if !strings.Contains(v.Text(), tt.cite) {
				t.Errorf("Evaluate(%s).Text() does not contain %q:\n%s", tt.name, tt.cite, v.Text())
			}
		})
	}
}

func TestProposedPoints(t *testing.T) {
	bkTTg4 := person(honours(BangKhenBoTinh, 2020), honours(CSTDCoSo, 2021, 2022, 2024)) // 4 years
	bkTTg5 := person(honours(BangKhenBoTinh, 2019), honours(CSTDCoSo, 2020, 2022, 2024)) // 5 years, 3 CSTĐCS
	old4 := person(honours(BangKhenBoTinh, 2018), rated(CompletedExcellently, 2019, 2020, 2021, 2022, 2023),
		initiatives(ScopeGrassroots, Initiative, 2019, 2020, 2021, 2022))
	tests := []struct {
		name    string
		award   ID
		period  Period
		rec     *Record
		points  []string
		rule    string
		res     Result
		want    Outcome
		wantErr bool
	}{
		{"BK TTg Đ73: b only, 4 years", BangKhenTTg, YearOf(2024), bkTTg4, []string{"b"}, "luat2022.d73.k1.ac", NotMet, NotEligible, false},
		{"BK TTg Đ73: no points, 4 years, a/c open", BangKhenTTg, YearOf(2024), bkTTg4, nil, "luat2022.d73.k1.ac", Indeterminate, Undetermined, false},
		{"BK TTg Đ73: b only, 5 years and 3 CSTĐCS", BangKhenTTg, YearOf(2024), bkTTg5, []string{"b"}, "luat2022.d73.k1.b", Met, Eligible, false},
		{"BK TTg Đ73: a with a claim", BangKhenTTg, YearOf(2024), person(claim(BangKhenTTg, "a", 2024)), []string{"a"}, "luat2022.d73.k1.ac", Met, Eligible, false},
		{"BK TTg Đ73: a proposed, the claim is under c", BangKhenTTg, YearOf(2024), person(claim(BangKhenTTg, "c", 2024)), []string{"a"}, "luat2022.d73.k1.ac", Indeterminate, Undetermined, false},
		{"BK TTg Đ73: a point the article lacks", BangKhenTTg, YearOf(2024), bkTTg4, []string{"e"}, "", 0, 0, true},
		{"BK Bộ/tỉnh Đ74: d only, 1 CSTĐCS, 1 HTXSNV year", BangKhenBoTinh, YearOf(2024), person(honours(CSTDCoSo, 2024), rated(CompletedExcellently, 2024)), []string{"d"}, "luat2022.d74.k1.abc", NotMet, NotEligible, false},
		{"BK Bộ/tỉnh Đ74: d only, CSTĐCS twice", BangKhenBoTinh, YearOf(2024), person(honours(CSTDCoSo, 2023), rated(CompletedExcellently, 2024)), []string{"d"}, "luat2022.d74.k1.d", Met, Eligible, false},
		{"HC LĐ hạng Ba Đ44: e only, fails", HCLaoDongHang3, StageOf(2020, 2024), person(honours(BangKhenTTg, 2019)), []string{"e"}, "luat2022.d44.k1.ad", NotMet, NotEligible, false},
		{"HC LĐ hạng Ba Đ44: a, b, c or d claimed", HCLaoDongHang3, StageOf(2020, 2024), person(claim(HCLaoDongHang3, "b", 2024)), []string{"b"}, "luat2022.d44.k1.ad", Met, Eligible, false},
		{"BK TTg ND91 Đ38: c only, 4 initiatives", BangKhenTTg, StageOf(2019, 2023), old4, []string{"c"}, "nd91.d38.k1.a", NotMet, NotEligible, false},
		{"BK TTg ND91 Đ38: no points, a and b open", BangKhenTTg, StageOf(2019, 2023), old4, nil, "nd91.d38.k1.a", Indeterminate, Undetermined, false},
		{"Cờ CP has no points to choose", CoThiDuaChinhPhu, YearOf(2024), unit(), []string{"a"}, "", 0, 0, true},
		{"an empty list is refused", BangKhenTTg, YearOf(2024), bkTTg4, []string{}, "", 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			decided := atEnd(tt.period.Last)
			v, err := Evaluate(tt.rec, Case{Award: tt.award, Period: tt.period, Decided: decided, Points: tt.points})
			if tt.wantErr {
				if !errors.Is(err, ErrInvalidInput) {
					t.Fatalf("Evaluate(%s) error = %v; want ErrInvalidInput", tt.name, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			f, ok := finding(v, tt.rule)
			if !ok || f.Result != tt.res || v.Outcome != tt.want {
				t.Fatalf("Evaluate(%s) = %v, %s %v; want %v, %v\n%s", tt.name, v.Outcome, tt.rule, f.Result, tt.want, tt.res, v.Text())
			}
			if tt.points != nil && f.unproposed && !strings.Contains(v.Text(), "đơn vị không đề nghị xét theo điểm này") {
				t.Errorf("Evaluate(%s).Text() does not say the point was not proposed:\n%s", tt.name, v.Text())
			}
		})
	}
}

// TestDisciplineRunForms: Decree 152/2025 Điều 4 counts achievements only
// from the end of a discipline period, for every reward. A person who
// meets point d of Bằng khen của Bộ, ban, ngành, tỉnh (two CSTĐCS running,
// two initiatives) is not eligible for 2025 when a reprimand ran from
// March to September 2025, eligible when it ended in 2024; the verdict
// shown without personal data names neither the criterion nor the facts.
func TestDisciplineRunForms(t *testing.T) {
	decided := metrics.MustDate("15/01/2026")
	base := []mod{rated(CompletedExcellently, 2024, 2025), honours(CSTDCoSo, 2024, 2025), initiatives(ScopeGrassroots, Initiative, 2024, 2025)}
	for _, tc := range []struct {
		name string
		mods []mod
		want Outcome
	}{
		{"no discipline", base, Eligible},
		{"reprimand in 2025", append(slices.Clone(base), disciplined(Reprimand, "01/03/2025", "01/09/2025")), NotEligible},
		{"reprimand ended in 2024", append(slices.Clone(base), disciplined(Reprimand, "01/03/2024", "01/09/2024")), Eligible},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := Evaluate(person(tc.mods...), Case{Award: BangKhenBoTinh, Period: YearOf(2025), Decided: decided})
			if err != nil {
				t.Fatal(err)
			}
			if v.Outcome != tc.want {
				t.Fatalf("outcome %s; want %s\n%s", v.Outcome, tc.want, v.WithPersonalData().Text())
			}
			if text := v.Text(); strings.Contains(text, "kỷ luật") || strings.Contains(text, "khiển trách") {
				t.Errorf("the verdict without personal data names the discipline:\n%s", text)
			}
		})
	}
}
