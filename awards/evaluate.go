package awards

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"

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
	// ErrInvalidInput reports input that contradicts itself and so cannot
	// be judged: a reversed period, member counts that do not add up, a
	// discipline without its dates, a council vote with more votes in
	// favour than members. Evaluate refuses it rather than judge it.
	ErrInvalidInput = errors.New("inconsistent input")
)

// Transition chooses the regime that judges a case whose period ended under
// one regime and whose decision falls under another (achievements of 2023
// decided in 2024).
//
// The law settles it: the 2003 law ceased to have effect on 01/01/2024
// (khoản 2 Điều 94 Luật Thi đua, khen thưởng số 06/2022/QH15) and only
// titles and forms already granted keep its effect (Điều 95). The default,
// the zero value, is therefore ByDecisionDate. ByPeriodEnd is a choice a
// province may make by its own regulation, which departs from those
// articles: [New] refuses it unless [Params].Source names the regulation,
// and each verdict says so.
type Transition uint8

const (
	// ByDecisionDate judges by the regime in force on the date the award
	// decision is issued ([Case].Decided). Between the two decrees of the
	// 2022 law (Decree 98/2023 until 30/06/2025, Decree 152/2025 from
	// 01/07/2025) no transitional article was seen: the decision date is
	// applied there too, as an inference the verdict states.
	//
	// Without a decision date: a period that ends before 01/01/2024 is
	// not judged at all, and the verdict is Undetermined with a note asking
	// for the date, because the date alone decides between the 2003 law
	// (decided by 31/12/2023) and the 2022 law (decided from 01/01/2024);
	// falling back on the period's end would silently judge a 2023
	// achievement decided in 2024 by the repealed law. A later period is
	// judged by the regime in force on its last day, and the verdict notes
	// that the date was not given (the two decrees differ little on what
	// the library encodes).
	ByDecisionDate Transition = iota
	// ByPeriodEnd judges by the regime in force on the last day of the
	// evaluation period, as a province's choice named in Params.Source.
	ByPeriodEnd
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

	// Transition chooses the regime for a period decided under a later one;
	// the zero value follows the law (the decision date).
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

	// LDTTDisciplineBar is a province's own bar on "Lao động tiên tiến":
	// the mildest discipline in the year that bars it, by the regulation
	// named in Params.Source. No national text sets such a bar under the
	// 2022 law (the principle of Điều 4 of Decrees 98/2023 and 152/2025,
	// that achievements count from the end of a discipline, applies
	// instead); zero, the default, sets none, and New refuses a bar
	// without a Source. Read under Law2022ND98 and Law2022ND152; the 2003
	// regime fixes khiển trách (Điều 10 Nghị định 91/2017/NĐ-CP).
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

	// CouncilVoteShare is the share of ALL the members of the emulation and
	// commendation council whose votes in favour a title chosen by the
	// council's secret ballot needs ("Chiến sĩ thi đua Bộ, ban, ngành,
	// tỉnh", "Chiến sĩ thi đua toàn quốc"); members absent give their
	// opinion in writing. Law2003ND91: 0.9, fixed by khoản 8 Điều 45 Nghị
	// định 91/2017/NĐ-CP (verified), not read. Law2022ND98, Law2022ND152:
	// UNVERIFIED, no text was seen; default 0.9, the level of Decree
	// 91/2017. Zero removes the criterion.
	CouncilVoteShare decimal.Decimal
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
				MinService:       6,
				TTLDTTShare:      half,
				CouncilVoteShare: decimal.New(9, -1),
			},
			Law2022ND152: {
				MinService:       6,
				TTLDTTShare:      half,
				CouncilVoteShare: decimal.New(9, -1),
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
	// inputs recycles the Input of a judgement: a check receives it
	// through a function value, so it would otherwise escape to the heap
	// once per verdict.
	inputs sync.Pool
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
	if e.params.Transition > ByPeriodEnd {
		return nil, fmt.Errorf("unknown transition %d", e.params.Transition)
	}
	if e.params.Transition == ByPeriodEnd && e.params.Source == "" {
		return nil, errors.New("transition by the end of the period departs from khoản 2 Điều 94 and Điều 95 of Law 06/2022/QH15: name the province's regulation in Params.Source")
	}
	for id, p := range e.params.Regimes {
		if p.LDTTDisciplineBar != 0 && e.params.Source == "" {
			return nil, fmt.Errorf("parameters of %s: LDTTDisciplineBar is a province's rule: name its regulation in Params.Source", id)
		}
		if p.LDTTDisciplineBar > Dismissal {
			return nil, fmt.Errorf("parameters of %s: unknown form of discipline %d", id, p.LDTTDisciplineBar)
		}
		if p.CouncilVoteShare.Sign() < 0 || p.CouncilVoteShare.GreaterThan(decimal.New(1, 0)) {
			return nil, fmt.Errorf("parameters of %s: council vote share %s out of range 0–1", id, p.CouncilVoteShare)
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
		if r.Branch != "" && r.Group == "" {
			return fmt.Errorf("rule %s: branch %s without a group", source.Quote(r.ID), source.Quote(r.Branch))
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
	if r := e.provinceDisciplineRule(); r != nil {
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

// provinceDisciplineRule returns the province's bar on "Lao động tiên
// tiến" ([RegimeParams].LDTTDisciplineBar) as a rule citing its
// regulation, for the regimes that set one; nil when none does.
func (e *Evaluator) provinceDisciplineRule() *Rule {
	var ids []RegimeID
	for _, g := range regimes {
		if p, ok := e.params.Regimes[g.ID]; ok && p.LDTTDisciplineBar != 0 && !g.old() {
			ids = append(ids, g.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return &Rule{ID: "tinh.ldtt.kyluat", Award: LaoDongTienTien, Regimes: ids, Personal: true,
		Criterion: "Không bị kỷ luật trong năm từ mức do tỉnh quy định trở lên",
		Citation:  Citation{Document: e.params.Source, Note: "quy định riêng của tỉnh; không có văn bản trung ương"},
		Check:     disciplineCheck(func(p RegimeParams) DisciplineForm { return p.LDTTDisciplineBar }), Explain: explainDiscipline}
}

// sortGroups moves the rules of each group next to its first member, and
// within a group those of each branch next to the branch's first, keeping
// the order otherwise.
func sortGroups(rules []*Rule) {
	type branch struct{ group, branch string }
	first := make(map[string]int)
	firstBranch := make(map[branch]int)
	for i, r := range rules {
		if r.Group == "" {
			continue
		}
		if _, ok := first[r.Group]; !ok {
			first[r.Group] = i
		}
		if _, ok := firstBranch[branch{r.Group, r.Branch}]; !ok && r.Branch != "" {
			firstBranch[branch{r.Group, r.Branch}] = i
		}
	}
	idx := make(map[*Rule]int, len(rules))
	for i, r := range rules {
		idx[r] = i
	}
	pos := func(r *Rule) (int, int) {
		i := idx[r]
		switch {
		case r.Group == "":
			return i, i
		case r.Branch == "":
			return first[r.Group], i
		}
		return first[r.Group], firstBranch[branch{r.Group, r.Branch}]
	}
	sort.SliceStable(rules, func(i, j int) bool {
		gi, bi := pos(rules[i])
		gj, bj := pos(rules[j])
		if gi != gj {
			return gi < gj
		}
		return bi < bj
	})
}

// checkPoints refuses points of an article the standard does not have.
func (s *standard) checkPoints(points []string) error {
	if points == nil {
		return nil
	}
	if len(points) == 0 {
		return errors.New("an empty list of proposed points: leave Points nil to state none")
	}
	for _, p := range points {
		if !slices.ContainsFunc(s.rules, func(r *Rule) bool { return slices.Contains(r.Points, p) }) {
			var have []string
			for _, r := range s.rules {
				have = append(have, r.Points...)
			}
			if len(have) == 0 {
				return fmt.Errorf("proposed point %s, but the standard is not granted for one of several points", source.Quote(p))
			}
			return fmt.Errorf("proposed point %s is not a point of the standard (%s)", source.Quote(p), strings.Join(have, ", "))
		}
	}
	return nil
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
// Period?
type Case struct {
	Award  ID
	Period Period
	// Decided is the date the award decision is issued ("ngày ban hành
	// quyết định khen thưởng"), not that of the proposal. It chooses the
	// regime ([Transition]) and is read by rules about timing. Zero means
	// not known yet: see [ByDecisionDate] for what follows.
	Decided metrics.Date
	// Vote is the council's secret ballot on the subject, for the titles
	// that need one ([RegimeParams].CouncilVoteShare); nil while the
	// council has not voted.
	Vote *Vote
	// Points are the points of the article the unit proposes the subject
	// under ("các điểm đơn vị đề nghị xét theo"), for the forms granted for
	// meeting one of several points: "Bằng khen của Thủ tướng Chính phủ"
	// (khoản 1 Điều 73 Luật 2022; khoản 1 Điều 38 Nghị định 91/2017),
	// "Bằng khen" of a ministry or province (khoản 1 Điều 74), "Huân
	// chương Lao động" hạng Ba (khoản 1 Điều 44). With Points, the points
	// not stated are not met ("đơn vị không đề nghị xét theo điểm này"), so
	// that a case failing its only stated point is "không đủ tiêu chuẩn";
	// nil judges every point, and a point left open by the data keeps the
	// verdict "chưa xác định". A point the standard does not have, or an
	// empty non-nil list, is refused ([ErrInvalidInput]).
	Points []string
}

// Vote is the result of the secret ballot of the emulation and
// commendation council on one subject (khoản 8 Điều 45 Nghị định
// 91/2017/NĐ-CP).
type Vote struct {
	// Members is the number of ALL the members of the council, present or
	// not: the share is counted on it.
	Members int
	// InFavour counts the votes in favour, with the written opinions of
	// absent members.
	InFavour int
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
	Subject *Record // the record judged, as the caller gave it
	Award   Award
	Period  Period
	Regime  Regime
	Outcome Outcome
	// Note explains an outcome that no criterion explains: a standard the
	// law leaves to ministries and provinces, a transition choice.
	Note string
	// ParamsSource is the regulation that set the parameters, if any.
	ParamsSource string
	// RegimeBasis cites why Regime judges the case: the articles on the
	// transition between the laws, or the province's choice.
	RegimeBasis []Citation
	// UnverifiedBasis is true for a verdict NotEligible only because of
	// criteria whose legal facts are not verified (their citation's
	// Evidence is Unverified or worse): the parameters behind them may be
	// corrected. The text's headline says so.
	UnverifiedBasis bool

	// findings holds a finding per criterion, personal ones included; the
	// view without them ([Verdict.Findings]) is computed where it is read,
	// so that Evaluate allocates one slice.
	findings []Finding
	disclose bool
}

// WithPersonalData returns a copy of v whose Findings, text and JSON
// include the criteria on discipline and health and their facts. Without
// it (Decree 13/2023/NĐ-CP) the criteria that read personal information
// show as one line, "tiêu chí về thông tin cá nhân", met or not met as a
// whole: neither which criterion failed nor its facts leave the library.
func (v Verdict) WithPersonalData() Verdict {
	v.disclose = true
	return v
}

// WithoutPersonalData returns a copy of v shown as without
// [Verdict.WithPersonalData], whatever v was: for what is stored or shown
// beyond the caller who asked for the personal criteria (an event log, a
// document), where the criteria that read personal information must stay
// one line naming none of them (Decree 13/2023/NĐ-CP).
func (v Verdict) WithoutPersonalData() Verdict {
	v.disclose = false
	return v
}

// Evaluate judges r with the default Evaluator (the national law).
func Evaluate(r *Record, c Case) (Verdict, error) { return defaultEvaluator.Evaluate(r, c) }

// RegimeFor returns the regime that judges c: in force on the decision
// date ([ByDecisionDate], the default) or at the end of the period
// ([ByPeriodEnd]). Without a decision date, under ByDecisionDate, a period
// that ends before 01/01/2024 is an error wrapping [ErrNoDecisionDate].
func (e *Evaluator) RegimeFor(c Case) (Regime, error) {
	g, _, err := e.regimeFor(c)
	if err != nil {
		return Regime{}, prefixed(err)
	}
	return *g, nil
}

// ErrNoDecisionDate reports a case the law cannot place without its
// decision date (see [ByDecisionDate]).
var ErrNoDecisionDate = errors.New("the decision date decides between the 2003 and the 2022 law")

// lawChange is the first day of the 2022 law (khoản 1 Điều 94).
var lawChange = metrics.NewDate(2024, 1, 1)

// transitionNote and the citations of the choice of regime.
const (
	noteByDecision  = "Áp dụng pháp luật có hiệu lực vào ngày ban hành quyết định (khoản 2 Điều 94, Điều 95 Luật Thi đua, khen thưởng số 06/2022/QH15)"
	noteDecrees     = "; giữa Nghị định 98/2023/NĐ-CP và Nghị định 152/2025/NĐ-CP không thấy điều khoản chuyển tiếp, áp dụng theo ngày ban hành quyết định"
	noteNoDate      = "Chưa có ngày ban hành quyết định khen thưởng: thành tích kết thúc trước ngày 01/01/2024 được xét theo Luật Thi đua, khen thưởng năm 2003 nếu quyết định ban hành đến hết ngày 31/12/2023, theo Luật Thi đua, khen thưởng số 06/2022/QH15 nếu ban hành từ ngày 01/01/2024 (khoản 2 Điều 94, Điều 95); cần ngày ban hành quyết định để xét"
	noteNoDateLater = "Chưa có ngày ban hành quyết định khen thưởng: áp dụng văn bản có hiệu lực vào ngày cuối kỳ đánh giá; quyết định ban hành từ ngày 01/07/2025 áp dụng Nghị định 152/2025/NĐ-CP"
)

// regimeBasis cites the articles behind a note on the choice of regime.
func regimeBasis(note string) []Citation {
	switch note {
	case noteNoDateLater:
		return nil
	case noteByDecision + noteDecrees:
		return []Citation{cite(ND152, 59, 0, "").secondary("không thấy điều khoản chuyển tiếp; áp dụng theo ngày ban hành quyết định")}
	}
	return transitionCites()
}

func transitionCites() []Citation {
	return []Citation{
		cite(Law2022, 94, 2, ""),
		cite(Law2022, 95, 0, "").secondary("nội dung theo Chương VIII, Wikisource; chỉ giữ danh hiệu, hình thức đã được tặng"),
	}
}

// regimeFor returns the regime of c and the note that explains the choice.
func (e *Evaluator) regimeFor(c Case) (*Regime, string, error) {
	end := c.Period.End()
	if e.params.Transition == ByPeriodEnd {
		g, err := regimeAt(end)
		note := "Áp dụng pháp luật có hiệu lực vào ngày cuối kỳ đánh giá theo lựa chọn của " + e.params.Source +
			"; khác với khoản 2 Điều 94, Điều 95 Luật Thi đua, khen thưởng số 06/2022/QH15"
		return g, note, err
	}
	if c.Decided.IsZero() {
		g, err := regimeAt(end)
		if err != nil {
			return nil, "", err
		}
		if end.Before(lawChange) {
			return g, noteNoDate, fmt.Errorf("%s: %w", c.Period, ErrNoDecisionDate)
		}
		if !g.To.IsZero() {
			return g, noteNoDateLater, nil
		}
		return g, "", nil
	}
	g, err := regimeAt(c.Decided)
	if err != nil {
		return nil, "", err
	}
	if at, err := regimeAt(end); err == nil && at.ID != g.ID {
		note := noteByDecision
		if !at.old() {
			note += noteDecrees
		}
		return g, note, nil
	}
	return g, "", nil
}

// Evaluate judges r for c. An unknown award, an award not given to r's kind
// of subject, a period before every regime, and inconsistent input
// ([ErrInvalidInput]) are errors; anything the data leave open is an
// Undetermined outcome, not an error. So is a period that ends before
// 01/01/2024 without a decision date (see [ByDecisionDate]): its verdict
// has no findings and a note asking for the date.
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
	if err := consistent(r, &c); err != nil {
		return Verdict{}, fmt.Errorf("%s: %w: %v", source.Quote(r.ID), ErrInvalidInput, err)
	}
	g, note, err := e.regimeFor(c)
	if errors.Is(err, ErrNoDecisionDate) {
		return Verdict{Subject: r, Award: *a, Period: c.Period, Regime: *g, Outcome: Undetermined, Note: note + ".",
			RegimeBasis: transitionCites(), ParamsSource: e.params.Source}, nil
	}
	if err != nil {
		return Verdict{}, err
	}
	v := Verdict{Subject: r, Award: *a, Period: c.Period, Regime: *g, ParamsSource: e.params.Source}
	if note != "" {
		v.Note = note + "."
		v.RegimeBasis = regimeBasis(note)
	}
	std := e.standards[stdKey{g.ID, c.Award, r.Kind}]
	if std == nil || len(std.rules) == 0 {
		v.Outcome = Undetermined
		v.Note = joinNotes(noCriteriaNote(g, c.Award, r.Kind), v.Note)
		return v, nil
	}
	if err := std.checkPoints(c.Points); err != nil {
		return Verdict{}, fmt.Errorf("%s: %w: %v", source.Quote(r.ID), ErrInvalidInput, err)
	}
	in, _ := e.inputs.Get().(*Input)
	if in == nil {
		in = new(Input)
	}
	*in = Input{Record: r, Period: c.Period, regime: g, params: e.byRegime[g.ID], ev: e, vote: c.Vote, decided: c.Decided, points: c.Points}
	// One allocation for the findings; the view without the personal ones
	// is computed where it is read.
	res, findings := combine(in, std.rules, make([]Finding, 0, len(std.rules)))
	*in = Input{}
	e.inputs.Put(in)
	switch res {
	case Met:
		v.Outcome = Eligible
		// A title chosen by selection is selected by the council's vote:
		// before it, the subject may go before the council.
		if a.Selection && !(c.Vote != nil && slices.ContainsFunc(findings, func(f Finding) bool { return f.rule.vote })) {
			v.Outcome = EligibleForSelection
		}
	case NotMet:
		v.Outcome = NotEligible
	case Indeterminate:
		// A title chosen by the council, whose criteria are all met but
		// for the vote not held yet, may go before the council.
		if a.Selection && c.Vote == nil && onlyVotePending(findings) {
			v.Outcome = EligibleForSelection
		}
	}
	v.findings = findings
	if v.Outcome == NotEligible {
		v.UnverifiedBasis = unverifiedBasis(findings)
	}
	return v, nil
}

func joinNotes(a, b string) string {
	if b == "" {
		return a
	}
	return a + " " + b
}

// onlyVotePending reports whether every finding not met is a council vote
// still to be held.
func onlyVotePending(fs []Finding) bool {
	pending := false
	for _, f := range fs {
		if f.Result == Met {
			continue
		}
		if f.rule.vote && f.Result == Indeterminate {
			pending = true
			continue
		}
		return false
	}
	return pending
}

// unverifiedBasis reports whether every failing criterion rests on an
// unverified fact, leaving out the alternatives of a group another met (as
// Blocking does, without allocating).
func unverifiedBasis(fs []Finding) bool {
	any := false
	for _, f := range fs {
		if f.Result != NotMet || f.rule.Group != "" && groupMet(fs, f.rule.Group) {
			continue
		}
		if f.rule.Citation.Evidence < Unverified {
			return false
		}
		any = true
	}
	return any
}

// consistent refuses input that contradicts itself. It reads r without
// changing it.
func consistent(r *Record, c *Case) error {
	if c.Period.First > c.Period.Last {
		return fmt.Errorf("period from %d to %d is reversed", c.Period.First, c.Period.Last)
	}
	if c.Period.Kind > Stage {
		return fmt.Errorf("unknown kind of period %d", c.Period.Kind)
	}
	if v := c.Vote; v != nil && (v.Members <= 0 || v.Members > MaxMembers || v.InFavour < 0 || v.InFavour > v.Members) {
		return fmt.Errorf("council vote of %d in favour among %d members does not add up", v.InFavour, v.Members)
	}
	for i := range r.Years {
		if m := r.Years[i].Members; m != nil {
			if _, err := m.check(); err != nil {
				return fmt.Errorf("year %d: %v", r.Years[i].Year, err)
			}
		}
	}
	for _, d := range r.Discipline {
		switch {
		case d.From.IsZero():
			return fmt.Errorf("a discipline (%s) without the date it starts", d.Form)
		case !d.To.IsZero() && d.To.Before(d.From):
			return fmt.Errorf("a discipline ends %s before it starts %s", d.To, d.From)
		}
	}
	for _, a := range r.Absences {
		if a.From.IsZero() || a.To.IsZero() || a.To.Before(a.From) {
			return fmt.Errorf("an absence (%s) without its dates in order", a.Kind)
		}
	}
	return nil
}

// EvaluateAll judges r for every title and form of its kind of subject for
// period p, in catalogue order, with no decision date (see
// [ByDecisionDate]) and no council vote.
func (e *Evaluator) EvaluateAll(r *Record, p Period) ([]Verdict, error) {
	var decided metrics.Date
	if r == nil {
		return nil, prefixed(ErrNilRecord)
	}
	var out []Verdict
	for _, a := range Catalogue() {
		if a.Subjects&r.Kind == 0 {
			continue
		}
		v, err := e.evaluate(r, Case{Award: a.ID, Period: p, Decided: decided})
		if err != nil {
			return nil, prefixed(err)
		}
		out = append(out, v)
	}
	return out, nil
}
