package awards

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/metrics"
)

// scribble changes every value it can reach from v: every string, number
// and flag, every element of every slice and array, every entry of every
// map (and adds one), every function (set to nil). What it cannot set
// (unexported fields, such as the digits of a decimal) it leaves.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				scribble(f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scribble(e)
			v.SetMapIndex(k, e)
		}
		if k := reflect.New(v.Type().Key()).Elem(); k.Kind() == reflect.String {
			k.SetString("scribbled")
			v.SetMapIndex(k, reflect.New(v.Type().Elem()).Elem())
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + "X")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 1)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 1)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Func:
		if v.CanSet() {
			v.Set(reflect.Zero(v.Type()))
		}
	}
}

// returned is everything the API hands out, gathered afresh.
type returned struct {
	lookups     []Award
	catalogue   []Award
	regimes     []Regime
	lookedUp    []Regime
	at          []Regime
	documents   [][]Citation
	rules       [][]Rule
	verdicts    []Verdict
	all         [][]Verdict
	batch       Batch
	rewards     []Reward
	payout      Payout
	money       *MoneyTables
	table       CoefficientTable
	base        BaseSalary
	params      Params
	evalParams  Params
	fund        Citation
	evalRegime  Regime
	coverage    string
	evalRecords []*Record
}

func gather(t *testing.T, e *Evaluator) *returned {
	t.Helper()
	var g returned
	for _, a := range catalogue {
		x, ok := Lookup(a.ID)
		require.True(t, ok)
		g.lookups = append(g.lookups, x)
	}
	g.catalogue = Catalogue()
	g.regimes = Regimes()
	for _, r := range regimes {
		x, _ := LookupRegime(r.ID)
		g.lookedUp = append(g.lookedUp, x)
		y, err := RegimeAt(r.From)
		require.NoError(t, err)
		g.at = append(g.at, y)
		g.documents = append(g.documents, x.Documents())
		for _, a := range catalogue {
			for _, k := range []SubjectKind{Individual, Collective, Household} {
				g.rules = append(g.rules, e.Rules(r.ID, a.ID, k))
			}
		}
	}
	people := []*Record{
		person(rated(CompletedExcellently, 2024, 2025), honours(CSTDCoSo, 2023, 2024), initiatives(ScopeMinistry, Initiative, 2025),
			disciplined(Reprimand, "01/02/2023", "01/02/2024"), claim(BangKhenBoTinh, "a", 2025)),
		unit(members(2023, Members{Total: 10, Completed: 10, LDTT: 8, CSTDCS: 1, Disciplined: 1, Warned: 1}), blocRank(1, 2023)),
	}
	g.evalRecords = people
	for _, y := range []int{2023, 2024, 2025} {
		for _, r := range people {
			vs, err := e.EvaluateAll(r, YearOf(y))
			require.NoError(t, err)
			g.all = append(g.all, vs)
			v, err := e.Evaluate(r, Case{Award: CSTDCoSo, Period: YearOf(y)})
			if r.Kind == Collective {
				v, err = e.Evaluate(r, Case{Award: TapTheTienTien, Period: YearOf(y)})
			}
			require.NoError(t, err)
			g.verdicts = append(g.verdicts, v.WithPersonalData())
		}
	}
	var err error
	g.batch, err = e.Check([]Proposal{
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
		g.rewards = append(g.rewards, r)
	}
	g.payout, err = e.Pay(seedPayments(metrics.MustDate("27/11/2026")))
	require.NoError(t, err)
	g.money = DefaultMoney()
	g.table, err = g.money.TableAt(metrics.MustDate("27/11/2026"))
	require.NoError(t, err)
	g.base, err = g.money.BaseSalaryAt(metrics.MustDate("27/11/2026"))
	require.NoError(t, err)
	g.params = DefaultParams()
	g.evalParams = e.Params()
	g.fund = FundCitation()
	g.evalRegime, err = e.RegimeFor(Case{Period: YearOf(2025)})
	require.NoError(t, err)
	g.coverage = e.CoverageTable()
	return &g
}

// view writes what g holds in a form that compares: functions by their
// address, verdicts by their text and JSON, amounts by their digits.
func (g *returned) view(t *testing.T) string {
	t.Helper()
	rules := ""
	for _, rs := range g.rules {
		for _, r := range rs {
			rules += fmt.Sprintf("%s|%s|%v|%d|%s|%+v|%v|%s|%x|%x|%v\n", r.ID, r.Award, r.Regimes, r.Subjects, r.Criterion, r.Citation,
				r.Personal, r.Group, reflect.ValueOf(r.Check).Pointer(), reflect.ValueOf(r.Explain).Pointer(), r.claim)
		}
	}
	verdicts := ""
	for _, v := range append(append([]Verdict(nil), g.verdicts...), g.batch.Verdicts...) {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		verdicts += v.Text() + string(b) + fmt.Sprintf("%+v %+v\n", v.Award, v.Regime)
	}
	for _, vs := range g.all {
		for _, v := range vs {
			verdicts += v.Text()
		}
	}
	return fmt.Sprintf("%+v\n%+v\n%+v\n%+v\n%+v\n%+v\n%s\n%s\n%+v\n%v\n%v\n%+v\n%+v\n%+v\n%v\n%v\n%+v\n%+v\n%s",
		g.lookups, g.catalogue, g.regimes, g.lookedUp, g.at, g.documents, rules, verdicts, g.batch.Issues, g.rewards, g.payout,
		*g.money, g.table, g.base, g.params, g.evalParams, g.fund, g.evalRegime, g.coverage)
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
			scribble(reflect.ValueOf(&g))
			scribble(reflect.ValueOf(&p))
			return Met, Facts{Text: "đạt"}
		}}
	c := Config{Params: &p, Extra: []Rule{extra}, Money: DefaultMoney()}
	e, err := New(c)
	require.NoError(t, err)

	want := gather(t, e).view(t)
	wantDefault := gather(t, defaultEvaluator).view(t)

	scribble(reflect.ValueOf(&c)) // the configuration, after New
	scribble(reflect.ValueOf(&extra))
	for _, ev := range []*Evaluator{e, defaultEvaluator} {
		got := gather(t, ev)
		for _, r := range got.evalRecords {
			r.ID = "kept" // the caller's records stay the caller's; the rest is scribbled
		}
		scribble(reflect.ValueOf(got))
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
