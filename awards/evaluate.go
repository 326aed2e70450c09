package awards

import (
	"errors"
	"fmt"
	"maps"
	"sort"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// Errors of evaluation. Like every sentinel of the package they carry no
// prefix of their own (as strconv.ErrSyntax): the error that wraps them
// starts with "awards: ", once.
var (
	ErrUnknownAward = errors.New("unknown title or form")
	ErrWrongSubject = errors.New("title or form not given to this kind of subject")
	ErrNilRecord    = errors.New("nil record")
)

// Transition chooses the regime that judges a period when the period ended
// under one regime and the decision falls under another (achievements of
// 2023 decided in 2024). The facts leave it open; the default is
// ByPeriodEnd.
type Transition uint8

const (
	// ByPeriodEnd judges by the regime in force on the last day of the
	// evaluation period.
	ByPeriodEnd Transition = iota
	// ByDecisionDate judges by the regime in force on the decision date,
	// where the case gives one.
	ByDecisionDate
)

// Params are the correctable parameters of the rules: facts the sources
// leave unverified, and choices a ministry or province makes by its own
// regulation. Start from [DefaultParams] and change what your regulation
// says; name it in Source so that verdicts cite it.
type Params struct {
	// Source names the regulation that sets these parameters, e.g.
	// "Quyết định số 14/2024/QĐ-UBND của UBND tỉnh Lào Cai". Verdicts cite it
	// beside each rule that reads a parameter.
	Source string

	// Regimes holds the parameters of the rules under each regime: a new
	// regime adds an entry, not fields. A regime missing from the map takes
	// its entry of DefaultParams.
	Regimes map[RegimeID]RegimeParams

	// QuotaRounding rounds a quota to a whole number. UNVERIFIED in general
	// (one ministry "làm tròn số"); default Floor, which never exceeds the
	// percentage.
	QuotaRounding metrics.RoundingMode

	// Transition chooses the regime for a period decided under a later one.
	Transition Transition
}

// RegimeParams are the parameters of the rules under one regime. Each
// field says which regimes' rules read it; [DefaultParams] gives each
// regime the values below, with their sources.
type RegimeParams struct {
	// MinService is the months of continuous service that "Lao động tiên
	// tiến" needs. Law2003ND91: 10 (Điều 10 Nghị định 91/2017/NĐ-CP,
	// secondary source). Law2022ND98, Law2022ND152: 6 (điểm d khoản 5
	// Điều 1 Thông tư 01/2024/TT-BNV, verified).
	MinService int

	// LDTTDisciplineBar is the mildest discipline in the year that bars
	// "Lao động tiên tiến". Read under Law2022ND98 (01/01/2024 –
	// 30/06/2025): UNVERIFIED, the circular's wording was not seen; the
	// default keeps the bar of Decree 91/2017 (khiển trách). Zero removes
	// the bar. Not read under Law2003ND91, whose rule fixes khiển trách
	// (Điều 10 Nghị định 91/2017/NĐ-CP), nor under Law2022ND152, where the
	// bar follows Decree 152/2025 Điều 4 instead (verified).
	LDTTDisciplineBar DisciplineForm

	// TTLDTTShare is the share of members with "Lao động tiên tiến" that a
	// "Tập thể lao động tiên tiến" needs. Read under Law2022ND98 and
	// Law2022ND152: UNVERIFIED, the wording of khoản 1 Điều 28 Luật 2022
	// was not seen; default more than 0.5 as in the 2003 law. Sector rules
	// differ (Văn phòng Chính phủ: at least 0.7). Not read under
	// Law2003ND91, whose law fixes more than 50% (điểm c khoản 1 Điều 28).
	TTLDTTShare decimal.Decimal
	// TTLDTTShareAtLeast makes TTLDTTShare a floor ("ít nhất") instead of a
	// strict bound ("trên").
	TTLDTTShareAtLeast bool
	// CollectiveDisciplineBar bars "Tập thể lao động tiên tiến" when a
	// member was disciplined at "cảnh cáo" or above. Read under
	// Law2022ND98 and Law2022ND152: UNVERIFIED; default false (Văn phòng
	// Chính phủ sets it). The 2003 law always bars (điểm c khoản 1 Điều 28).
	CollectiveDisciplineBar bool

	// CSTDCSQuota caps "Chiến sĩ thi đua cơ sở" as a share of those with
	// "Lao động tiên tiến"; zero sets no cap. Law2003ND91: 0.15 (khoản 3
	// Điều 9 Nghị định 91/2017/NĐ-CP: at most 15%). The 2022 law sets none.
	CSTDCSQuota decimal.Decimal
	// FlagQuota caps "Cờ thi đua của Chính phủ" as a share of the
	// collectives that meet the standard of the Cờ thi đua of a ministry or
	// province; zero sets no cap. Law2003ND91: 0.2 (Điều 11 Nghị định
	// 91/2017/NĐ-CP, secondary source). The 2022 law sets none.
	FlagQuota decimal.Decimal
}

// DefaultParams returns the parameters the library uses when none are
// given: a fresh value, with an entry for every regime, that the caller
// may change.
func DefaultParams() Params {
	half := decimal.New(5, -1)
	return Params{
		Regimes: map[RegimeID]RegimeParams{
			Law2003ND91: {
				MinService:  10,
				CSTDCSQuota: decimal.New(15, -2),
				FlagQuota:   decimal.New(2, -1),
			},
			Law2022ND98: {
				MinService:        6,
				LDTTDisciplineBar: Reprimand,
				TTLDTTShare:       half,
			},
			Law2022ND152: {
				MinService:  6,
				TTLDTTShare: half,
			},
		},
		QuotaRounding: metrics.Floor,
	}
}

// clone returns a copy of p with its own map.
func (p Params) clone() Params {
	p.Regimes = maps.Clone(p.Regimes)
	return p
}

// Config configures an [Evaluator]. The zero Config is the national law
// with [DefaultParams]. New copies what it reads: changing a Config, its
// Params, rules or money tables after New changes nothing in the Evaluator.
type Config struct {
	// Params corrects parameters; nil means DefaultParams().
	Params *Params
	// Extra are criteria a ministry or province adds to a standard, by its
	// own regulation. Each must have an ID, an Award, a Citation and a Check.
	Extra []Rule
	// Disable lists IDs of national rules that a local regulation replaces
	// (with a rule in Extra).
	Disable []string
	// Money overrides the tables of reward money; nil uses the library's.
	Money *MoneyTables
}

// Evaluator judges records against the standards of the law. It is safe for
// concurrent use once built.
type Evaluator struct {
	params    Params
	byRegime  map[RegimeID]*RegimeParams // params.Regimes, for Input without a copy
	standards map[stdKey]*standard
	money     *MoneyTables
}

type stdKey struct {
	regime  RegimeID
	award   ID
	subject SubjectKind
}

// standard is the set of rules of one award under one regime.
type standard struct {
	rules []*Rule
}

var defaultEvaluator = func() *Evaluator {
	e, err := New(Config{})
	if err != nil {
		panic(err)
	}
	return e
}()

// New builds an Evaluator. It returns an error for an extra rule that is
// incomplete, names an unknown award or regime, or repeats an ID, for
// parameters of an unknown regime, and for money tables out of order.
func New(c Config) (*Evaluator, error) {
	e, err := build(c)
	return e, prefixed(err)
}

func build(c Config) (*Evaluator, error) {
	e := &Evaluator{params: DefaultParams(), standards: make(map[stdKey]*standard), money: defaultMoney}
	if c.Params != nil {
		defaults := e.params.Regimes
		e.params = c.Params.clone()
		if e.params.Regimes == nil {
			e.params.Regimes = map[RegimeID]RegimeParams{}
		}
		for id := range e.params.Regimes {
			if _, ok := LookupRegime(id); !ok {
				return nil, fmt.Errorf("parameters of unknown regime %s", source.Quote(string(id)))
			}
		}
		for id, p := range defaults {
			if _, ok := e.params.Regimes[id]; !ok {
				e.params.Regimes[id] = p
			}
		}
	}
	e.byRegime = make(map[RegimeID]*RegimeParams, len(e.params.Regimes))
	for id, p := range e.params.Regimes {
		e.byRegime[id] = &p
	}
	if c.Money != nil {
		if err := c.Money.validate(); err != nil {
			return nil, err
		}
		e.money = c.Money.clone()
	}
	disabled := make(map[string]bool, len(c.Disable))
	for _, id := range c.Disable {
		disabled[id] = true
	}
	seen := make(map[string]bool)
	add := func(r *Rule, extra bool) error {
		if extra {
			switch {
			case r.ID == "":
				return errors.New("extra rule without an ID")
			case r.Check == nil:
				return fmt.Errorf("extra rule %s: no check", source.Quote(r.ID))
			case r.Citation.Document == "":
				return fmt.Errorf("extra rule %s: no citation: every rule names its source", source.Quote(r.ID))
			}
		}
		a, ok := award(r.Award)
		if !ok {
			return fmt.Errorf("rule %s: %w %s", source.Quote(r.ID), ErrUnknownAward, source.Quote(string(r.Award)))
		}
		kinds := r.Subjects
		if kinds == 0 {
			kinds = a.Subjects
		}
		if kinds&^a.Subjects != 0 {
			return fmt.Errorf("rule %s: %s is not given to %s", source.Quote(r.ID), a.Name, kinds)
		}
		if seen[r.ID] {
			return fmt.Errorf("rule %s defined twice", source.Quote(r.ID))
		}
		seen[r.ID] = true
		if disabled[r.ID] {
			return nil
		}
		ids := r.Regimes
		if len(ids) == 0 {
			for _, g := range regimes {
				ids = append(ids, g.ID)
			}
		}
		for _, id := range ids {
			if _, ok := LookupRegime(id); !ok {
				return fmt.Errorf("rule %s: unknown regime %s", source.Quote(r.ID), source.Quote(string(id)))
			}
			for _, kind := range []SubjectKind{Individual, Collective, Household} {
				if kinds&kind == 0 {
					continue
				}
				k := stdKey{id, r.Award, kind}
				s := e.standards[k]
				if s == nil {
					s = &standard{}
					e.standards[k] = s
				}
				s.rules = append(s.rules, r)
			}
		}
		return nil
	}
	for _, r := range nationalRules {
		if err := add(r, false); err != nil {
			return nil, err
		}
	}
	for i := range c.Extra {
		if err := add(c.Extra[i].clone(), true); err != nil {
			return nil, err
		}
	}
	for _, id := range c.Disable {
		if !seen[id] {
			return nil, fmt.Errorf("rule %s, disabled in the configuration, does not exist", source.Quote(id))
		}
	}
	// Keep the rules of a group together, in the order they were given.
	for _, s := range e.standards {
		sortGroups(s.rules)
	}
	return e, nil
}

// sortGroups moves the rules of each group next to its first member,
// keeping the order otherwise.
func sortGroups(rules []*Rule) {
	first := make(map[string]int)
	for i, r := range rules {
		if _, ok := first[r.Group]; !ok || r.Group == "" {
			first[r.Group] = i
		}
	}
	pos := func(r *Rule, i int) int {
		if r.Group == "" {
			return i
		}
		return first[r.Group]
	}
	idx := make(map[*Rule]int, len(rules))
	for i, r := range rules {
		idx[r] = i
	}
	sort.SliceStable(rules, func(i, j int) bool { return pos(rules[i], idx[rules[i]]) < pos(rules[j], idx[rules[j]]) })
}

// Params returns a copy of the parameters in use.
func (e *Evaluator) Params() Params { return e.params.clone() }

// Rules returns copies of the rules of award for a kind of subject under
// regime, in the order they are judged.
func (e *Evaluator) Rules(regime RegimeID, award ID, kind SubjectKind) []Rule {
	s := e.standards[stdKey{regime, award, kind}]
	if s == nil {
		return nil
	}
	out := make([]Rule, len(s.rules))
	for i, r := range s.rules {
		out[i] = *r.clone()
	}
	return out
}

// Case is one question: does the subject meet the standard of Award for
// Period? Decided is the date of the decision (or of the proposal), used
// by rules about timing and by [Transition]; it may be zero.
type Case struct {
	Award   ID
	Period  Period
	Decided metrics.Date
}

// Outcome is the conclusion of a verdict.
type Outcome uint8

const (
	Undetermined         Outcome = iota // chưa xác định
	Eligible                            // đủ tiêu chuẩn đề nghị xét tặng
	EligibleForSelection                // đủ tiêu chuẩn để xét chọn
	NotEligible                         // không đủ tiêu chuẩn
)

func (o Outcome) String() string {
	return enumName(o, "Outcome", "chưa xác định", "đủ tiêu chuẩn đề nghị xét tặng", "đủ tiêu chuẩn để xét chọn", "không đủ tiêu chuẩn")
}

// Verdict is the judgement of one subject for one title or form and one
// period, with a finding for every criterion.
type Verdict struct {
	Subject  *Record // the record judged, as the caller gave it
	Award    Award
	Period   Period
	Regime   Regime
	Outcome  Outcome
	Findings []Finding
	// Note explains an outcome that no criterion explains: a standard the
	// law leaves to ministries and provinces, a transition choice.
	Note string
	// ParamsSource is the regulation that set the parameters, if any.
	ParamsSource string
	disclose     bool
}

// WithPersonalData returns a copy of v whose text and JSON include the
// facts of discipline and health. Without it they are withheld (Decree
// 13/2023/NĐ-CP); the criteria they decide are still shown.
func (v Verdict) WithPersonalData() Verdict { v.disclose = true; return v }

// Evaluate judges r with the default Evaluator (the national law).
func Evaluate(r *Record, c Case) (Verdict, error) { return defaultEvaluator.Evaluate(r, c) }

// RegimeFor returns the regime that judges c: in force at the end of the
// period, or on the decision date under [ByDecisionDate].
func (e *Evaluator) RegimeFor(c Case) (Regime, error) {
	g, err := e.regimeFor(c)
	if err != nil {
		return Regime{}, prefixed(err)
	}
	return *g, nil
}

func (e *Evaluator) regimeFor(c Case) (*Regime, error) {
	at := c.Period.End()
	if e.params.Transition == ByDecisionDate && !c.Decided.IsZero() {
		at = c.Decided
	}
	return regimeAt(at)
}

// Evaluate judges r for c. An unknown award, an award not given to r's kind
// of subject, or a period before every regime is an error; anything the
// data leave open is an Undetermined outcome, not an error.
func (e *Evaluator) Evaluate(r *Record, c Case) (Verdict, error) {
	v, err := e.evaluate(r, c)
	return v, prefixed(err)
}

func (e *Evaluator) evaluate(r *Record, c Case) (Verdict, error) {
	if r == nil {
		return Verdict{}, ErrNilRecord
	}
	a, ok := award(c.Award)
	if !ok {
		return Verdict{}, fmt.Errorf("%w %s", ErrUnknownAward, source.Quote(string(c.Award)))
	}
	if a.Subjects&r.Kind == 0 {
		return Verdict{}, fmt.Errorf("%s: %s is given to %s, not %s: %w", source.Quote(r.ID), a.Name, a.Subjects, r.Kind, ErrWrongSubject)
	}
	g, err := e.regimeFor(c)
	if err != nil {
		return Verdict{}, err
	}
	v := Verdict{Subject: r, Award: *a, Period: c.Period, Regime: *g, ParamsSource: e.params.Source}
	std := e.standards[stdKey{g.ID, c.Award, r.Kind}]
	if std == nil || len(std.rules) == 0 {
		v.Outcome = Undetermined
		v.Note = noCriteriaNote(g, c.Award, r.Kind)
		return v, nil
	}
	in := Input{Record: r, Period: c.Period, regime: g, params: e.byRegime[g.ID], ev: e}
	res, findings := combine(&in, std.rules, make([]Finding, 0, len(std.rules)))
	v.Findings = findings
	switch res {
	case Met:
		v.Outcome = Eligible
		if a.Selection {
			v.Outcome = EligibleForSelection
		}
	case NotMet:
		v.Outcome = NotEligible
	}
	return v, nil
}

// EvaluateAll judges r for every title and form of its kind of subject for
// period p, in catalogue order.
func (e *Evaluator) EvaluateAll(r *Record, p Period) ([]Verdict, error) {
	if r == nil {
		return nil, prefixed(ErrNilRecord)
	}
	var out []Verdict
	for _, a := range Catalogue() {
		if a.Subjects&r.Kind == 0 {
			continue
		}
		v, err := e.evaluate(r, Case{Award: a.ID, Period: p})
		if err != nil {
			return nil, prefixed(err)
		}
		out = append(out, v)
	}
	return out, nil
}
