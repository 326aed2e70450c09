package awards

import (
	"encoding/json"
	"fmt"
	"github.com/tdkt-vn/tdkt/internal/scribble"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/metrics"
)

// returned is everything the API hands out, gathered afresh.
// Its fields are exported so that scribble reaches them: it leaves
// what it cannot set.
type returned struct {
	Lookups     []Award
	Catalogue   []Award
	Regimes     []Regime
	LookedUp    []Regime
	At          []Regime
	Documents   [][]Citation
	Rules       [][]Rule
	Verdicts    []Verdict
	All         [][]Verdict
	Batch       Batch
	Rewards     []Reward
	Payout      Payout
	Money       *MoneyTables
	Table       CoefficientTable
	Base        BaseSalary
	Params      Params
	EvalParams  Params
	Fund        Citation
	EvalRegime  Regime
	Coverage    string
	EvalRecords []*Record
}

func gather(t *testing.T, e *Evaluator) *returned {
	t.Helper()
	var g returned
	for _, a := range catalogue {
		x, ok := Lookup(a.ID)
		require.True(t, ok)
		g.Lookups = append(g.Lookups, x)
	}
	g.Catalogue = Catalogue()
	g.Regimes = Regimes()
	for _, r := range regimes {
		x, _ := LookupRegime(r.ID)
		g.LookedUp = append(g.LookedUp, x)
		y, err := RegimeAt(r.From)
		require.NoError(t, err)
		g.At = append(g.At, y)
		g.Documents = append(g.Documents, x.Documents())
		for _, a := range catalogue {
			for _, k := range []SubjectKind{Individual, Collective, Household} {
				g.Rules = append(g.Rules, e.Rules(r.ID, a.ID, k))
			}
		}
	}
	people := []*Record{
		person(rated(CompletedExcellently, 2024, 2025), honours(CSTDCoSo, 2023, 2024), initiatives(ScopeMinistry, Initiative, 2025),
			disciplined(Reprimand, "01/02/2023", "01/02/2024"), claim(BangKhenBoTinh, "a", 2025)),
		unit(members(2023, Members{Total: 10, Completed: 10, LDTT: 8, CSTDCS: 1, Disciplined: 1, Warned: 1}), blocRank(1, 2023)),
	}
	g.EvalRecords = people
	for _, y := range []int{2023, 2024, 2025} {
		for _, r := range people {
			vs, err := e.EvaluateAll(r, YearOf(y))
			require.NoError(t, err)
			g.All = append(g.All, vs)
			v, err := e.Evaluate(r, Case{Award: CSTDCoSo, Period: YearOf(y)})
			if r.Kind == Collective {
				v, err = e.Evaluate(r, Case{Award: TapTheTienTien, Period: YearOf(y)})
			}
			require.NoError(t, err)
			g.Verdicts = append(g.Verdicts, v.WithPersonalData())
		}
	}
	var err error
	g.Batch, err = e.Check([]Proposal{
		{Subject: people[0], Award: LaoDongTienTien, Period: YearOf(2023)},
		{Subject: people[0], Award: CSTDCoSo, Period: YearOf(2023)},
		{Subject: people[0], Award: BangKhenBoTinh, Period: YearOf(2025)},
		{Subject: people[0], Award: BangKhenTTg, Period: YearOf(2025)},
	}, CheckOptions{Decided: metrics.MustDate("15/01/2024"), Personal: true})
	require.NoError(t, err)
	for _, gr := range []Grant{
		{Award: LaoDongTienTien, Subject: Individual, Decided: metrics.MustDate("27/11/2026")},
		{Award: HCLaoDongHang3, Subject: Collective, Decided: metrics.MustDate("15/03/2022")},
	} {
		r, err := e.Price(gr)
		require.NoError(t, err)
		g.Rewards = append(g.Rewards, r)
	}
	g.Payout, err = e.Pay(seedPayments(metrics.MustDate("27/11/2026")))
	require.NoError(t, err)
	g.Money = DefaultMoney()
	g.Table, err = g.Money.TableAt(metrics.MustDate("27/11/2026"))
	require.NoError(t, err)
	g.Base, err = g.Money.BaseSalaryAt(metrics.MustDate("27/11/2026"))
	require.NoError(t, err)
	g.Params = DefaultParams()
	g.EvalParams = e.Params()
	g.Fund = FundCitation()
	g.EvalRegime, err = e.RegimeFor(Case{Period: YearOf(2025)})
	require.NoError(t, err)
	g.Coverage = e.CoverageTable()
	return &g
}

// view writes what g holds in a form that compares: functions by their
// address, verdicts by their text and JSON, amounts by their digits.
func (g *returned) view(t *testing.T) string {
	t.Helper()
	rules := ""
	for _, rs := range g.Rules {
		for _, r := range rs {
			rules += fmt.Sprintf("%s|%s|%v|%d|%s|%+v|%v|%s|%x|%x|%v\n", r.ID, r.Award, r.Regimes, r.Subjects, r.Criterion, r.Citation,
				r.Personal, r.Group, reflect.ValueOf(r.Check).Pointer(), reflect.ValueOf(r.Explain).Pointer(), r.claim)
		}
	}
	verdicts := ""
	for _, v := range append(append([]Verdict(nil), g.Verdicts...), g.Batch.Verdicts...) {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		verdicts += v.Text() + string(b) + fmt.Sprintf("%+v %+v\n", v.Award, v.Regime)
	}
	for _, vs := range g.All {
		for _, v := range vs {
			verdicts += v.Text()
		}
	}
	return fmt.Sprintf("%+v\n%+v\n%+v\n%+v\n%+v\n%+v\n%s\n%s\n%+v\n%v\n%v\n%+v\n%+v\n%+v\n%v\n%v\n%+v\n%+v\n%s",
		g.Lookups, g.Catalogue, g.Regimes, g.LookedUp, g.At, g.Documents, rules, verdicts, g.Batch.Issues, g.Rewards, g.Payout,
		*g.Money, g.Table, g.Base, g.Params, g.EvalParams, g.Fund, g.EvalRegime, g.Coverage)
}

// TestNothingShared changes everything the API returns, and everything a
// configuration holds after New, and finds every later answer unchanged.
func TestNothingShared(t *testing.T) {
	p := DefaultParams()
	extra := Rule{ID: "tinh-x.ldtt", Award: LaoDongTienTien, Regimes: []RegimeID{Law2022ND152}, Criterion: "Tiêu chí của tỉnh",
		Citation: Citation{Document: "Quyết định số 1/2025/QĐ-UBND tỉnh X"},
		Check: func(in *Input) (Result, Facts) {
			// A check that changes what it is given changes nothing else.
			g, p := in.Regime(), in.Params()
			scribble.Over(reflect.ValueOf(&g))
			scribble.Over(reflect.ValueOf(&p))
			return Met, Facts{Text: "đạt"}
		}}
	c := Config{Params: &p, Extra: []Rule{extra}, Money: DefaultMoney()}
	e, err := New(c)
	require.NoError(t, err)

	want := gather(t, e).view(t)
	wantDefault := gather(t, defaultEvaluator).view(t)

	scribble.Over(reflect.ValueOf(&c)) // the configuration, after New
	scribble.Over(reflect.ValueOf(&extra))
	for _, ev := range []*Evaluator{e, defaultEvaluator} {
		got := gather(t, ev)
		for _, r := range got.EvalRecords {
			r.ID = "kept" // the caller's records stay the caller's; the rest is scribbled
		}
		scribble.Over(reflect.ValueOf(got))
	}

	require.Equal(t, want, gather(t, e).view(t), "an evaluator changed by what it returned or was given")
	require.Equal(t, wantDefault, gather(t, defaultEvaluator).view(t), "the national evaluator changed")
	money := DefaultMoney()
	fresh, err := New(Config{Money: money})
	require.NoError(t, err)
	require.Equal(t, wantDefault, gather(t, fresh).view(t), "the library's money tables changed")
}

// A change to a copy of the money tables changes what that evaluator pays,
// and nothing else.
func TestMoneyCopyIsDeep(t *testing.T) {
	decided := metrics.MustDate("27/11/2026")
	g := Grant{Award: LaoDongTienTien, Subject: Individual, Decided: decided}
	before, err := Price(g)
	require.NoError(t, err)
	m := DefaultMoney()
	for i := range m.Tables {
		for j := range m.Tables[i].Rows {
			m.Tables[i].Rows[j].Value = dec("100")
		}
	}
	e, err := New(Config{Money: m})
	require.NoError(t, err)
	local, err := e.Price(g)
	require.NoError(t, err)
	after, err := Price(g)
	require.NoError(t, err)
	require.Equal(t, before.Amount.String(), after.Amount.String())
	require.NotEqual(t, before.Amount.String(), local.Amount.String())
}
