package awards

import (
	"slices"

	"github.com/tdkt-vn/tdkt/metrics"
)

// Result is the outcome of one criterion.
type Result uint8

const (
	// Indeterminate: the data do not say (a missing rating, an assessment
	// not made, a criterion the law leaves to a council). It never counts as
	// met.
	Indeterminate Result = iota
	Met
	NotMet
)

func (r Result) String() string {
	return enumName(r, "Result", "chưa xác định", "đạt", "không đạt")
}

// Facts are what a criterion used, kept compact so that judging does not
// build strings; [Rule.Explain] turns them into Vietnamese.
type Facts struct {
	N       uint8     // entries used in Years and Ratings
	Years   [8]int16  // the years looked at
	Ratings [8]Rating // their ratings, where the criterion reads ratings
	Count   int32     // what was counted
	Need    int32     // what the criterion needs
	Date    metrics.Date
	Months  int16
	Days    int16
	Form    DisciplineForm
	Text    string // free text, for rules written by users
}

// AddYear appends a year and its rating to f; beyond eight years only Count grows.
func (f *Facts) AddYear(y int, r Rating) {
	if int(f.N) < len(f.Years) {
		f.Years[f.N] = int16(y)
		f.Ratings[f.N] = r
		f.N++
	}
}

// Input is what a rule's check reads: the subject's record, the period,
// the regime that judges it and the parameters for that regime. Regime
// and Params are copies: a check cannot change what other judgements read.
type Input struct {
	Record *Record
	Period Period
	regime *Regime       // the package's regime; read through Regime
	params *RegimeParams // the evaluator's; read through Params
	ev     *Evaluator
	depth  int
	// The case's council vote and decision date; nil and zero when a rule
	// reads another title's standard (Meets).
	vote    *Vote
	decided metrics.Date
	// points are the points the unit proposes the case under
	// ([Case].Points); nil when it states none.
	points []string
}

// Points returns the points of the article the unit proposes the case
// under ([Case].Points); nil when it states none.
func (in *Input) Points() []string { return in.points }

// proposed reports whether the unit proposes the case under point p, or
// states no points.
func (in *Input) proposed(p string) bool {
	return in.points == nil || slices.Contains(in.points, p)
}

// Vote returns the council's vote on the case, and false when the council
// has not voted (or when the standard is read for another title).
func (in *Input) Vote() (Vote, bool) {
	if in.vote == nil {
		return Vote{}, false
	}
	return *in.vote, true
}

// Decided returns the decision date of the case; zero when not given.
func (in *Input) Decided() metrics.Date { return in.decided }

// Regime returns the regime that judges the period.
func (in *Input) Regime() Regime { return *in.regime }

// Params returns the evaluator's parameters for the regime.
func (in *Input) Params() RegimeParams { return *in.params }

// Meets reports whether the subject meets the standard of award for the
// single year y under the same regime, without materialising findings: the
// standard of "Chiến sĩ thi đua cơ sở" reads that of "Lao động tiên tiến".
func (in *Input) Meets(award ID, y int) Result {
	if in.depth > 4 || in.ev == nil {
		return Indeterminate
	}
	std := in.ev.standards[stdKey{in.regime.ID, award, in.Record.Kind}]
	if std == nil || len(std.rules) == 0 {
		return Indeterminate
	}
	// Judge the year in place, then restore: no copy of the input escapes.
	saved, vote, points := in.Period, in.vote, in.points
	in.Period = Period{Kind: saved.Kind, First: y, Last: y}
	in.vote, in.points = nil, nil
	in.depth++
	res, _ := combine(in, std.rules, nil)
	in.depth--
	in.Period, in.vote, in.points = saved, vote, points
	return res
}

// Rule is one criterion of a standard: its Vietnamese wording, its legal
// source and a check. Rules are Go data; a province adds its own through
// [Config].
type Rule struct {
	// ID is stable and unique: "luat2022.d23.k2".
	ID string
	// Award is the title or form the criterion belongs to.
	Award ID
	// Regimes lists the regimes the rule belongs to; empty means every one.
	Regimes []RegimeID
	// Subjects limits the rule to some kinds of subject (the standard of
	// "Bằng khen" for individuals differs from that for collectives); zero
	// means every kind the award is given to.
	Subjects SubjectKind
	// Criterion is the criterion in Vietnamese, as the law words it.
	Criterion string
	Citation  Citation
	// Personal marks a rule that reads discipline or health facts: its facts
	// stay out of output unless the caller asks (Decree 13/2023/NĐ-CP).
	Personal bool
	// Group makes rules alternatives: among rules of one non-empty group, one
	// met is enough ("đạt một trong các tiêu chuẩn").
	Group string
	// Branch joins rules of one group into one alternative made of several
	// criteria: rules of one group and one non-empty branch must all be
	// met, and the group is met when one of its branches is. A rule of a
	// group without a branch is a branch by itself. "Cờ thi đua của Chính
	// phủ" under the 2022 law is k1 (three criteria together), or k2, or
	// k3: group "luat2022.d25", branches "k1", "k2", "k3".
	Branch string
	// Points are the points of the article a rule of a group judges ("a",
	// "b"): when the unit states the points it proposes the case under
	// ([Case].Points), a rule none of whose points is stated is not met.
	Points []string
	// Categories limits the rule to some categories of individual
	// ([Record].Category); empty means every category. The standard of
	// "Lao động tiên tiến" for workers and farmers differs from that for
	// civil servants.
	Categories []Category
	// Check judges the criterion. It must not keep the *Input after it
	// returns: the Evaluator reuses it.
	Check func(*Input) (Result, Facts)
	// Explain writes the facts in Vietnamese: "2024: hoàn thành tốt nhiệm
	// vụ". Nil writes Facts.Text.
	Explain func(Facts, Period) string
	// Reads lists the titles whose standard the check reads through
	// [Input.Meets] (the standard of "Chiến sĩ thi đua cơ sở" reads that of
	// "Lao động tiên tiến"). Coverage follows it: a standard is no better
	// encoded than the standards it reads. A rule of Config.Extra that
	// calls Meets must list the titles here; nothing can check that it does.
	Reads []ID

	// vote marks the council's vote, which the council holds after the
	// other criteria are judged.
	vote bool
	// claim marks criteria that no record shows, met only by a claim of
	// the proposing unit: the standard is then encoded only in part.
	claim bool
}

// clone returns a copy of r that shares nothing mutable with it.
func (r *Rule) clone() *Rule {
	c := *r
	c.Regimes = append([]RegimeID(nil), r.Regimes...)
	c.Reads = append([]ID(nil), r.Reads...)
	c.Points = append([]string(nil), r.Points...)
	c.Categories = append([]Category(nil), r.Categories...)
	return &c
}

// Finding is the judgement of one criterion. Its rule is read through
// methods: the finding refers to the evaluator's own copy of the rule,
// which nothing hands out, so that judging copies no text and no caller
// can change a rule through a finding.
type Finding struct {
	Result Result
	// unproposed marks a rule of points the unit did not propose the case
	// under ([Case].Points): not met, not judged.
	unproposed bool
	Facts      Facts
	rule       *Rule
}

// RuleID returns the rule's stable ID: "luat2022.d23.k2"; "" for the zero
// Finding.
func (f Finding) RuleID() string {
	if f.rule == nil {
		return ""
	}
	return f.rule.ID
}

// Criterion returns the criterion in Vietnamese, as the law words it.
func (f Finding) Criterion() string {
	if f.rule == nil {
		return ""
	}
	return f.rule.Criterion
}

// Citation returns the rule's legal source.
func (f Finding) Citation() Citation {
	if f.rule == nil {
		return Citation{}
	}
	return f.rule.Citation
}

// Group returns the rule's group of alternatives, if any (see [Rule]).
func (f Finding) Group() string {
	if f.rule == nil {
		return ""
	}
	return f.rule.Group
}

// Branch returns the rule's branch within its group, if any (see [Rule]).
func (f Finding) Branch() string {
	if f.rule == nil {
		return ""
	}
	return f.rule.Branch
}

// Personal reports whether the criterion reads discipline or health facts
// (Decree 13/2023/NĐ-CP).
func (f Finding) Personal() bool { return f.rule != nil && f.rule.Personal }

func (r *Rule) finding(res Result, f Facts) Finding {
	return Finding{Result: res, Facts: f, rule: r}
}

// combine judges rules in order and returns the overall result. Rules of a
// group are alternatives: the group is met when one of its branches is
// (every rule of the branch met), not met when every branch has a rule not
// met. Everything else must be met. Rules that do not apply to the
// subject's category are skipped. Findings are appended to out when out
// is not nil.
func combine(in *Input, rules []*Rule, out []Finding) (Result, []Finding) {
	overall := Met
	for i := 0; i < len(rules); {
		r := rules[i]
		if r.Group == "" {
			i++
			if !r.applies(in.Record) {
				continue
			}
			overall = and(overall, decide(in, r, &out))
			continue
		}
		group, judged := NotMet, false
		j := i
		for j < len(rules) && rules[j].Group == r.Group {
			branch, any := Met, false
			k := j
			for ; k < len(rules) && rules[k].Group == r.Group && (k == j || rules[j].Branch != "" && rules[k].Branch == rules[j].Branch); k++ {
				if !rules[k].applies(in.Record) {
					continue
				}
				branch, any = and(branch, decide(in, rules[k], &out)), true
			}
			if any {
				group, judged = or(group, branch), true
			}
			j = k
		}
		if judged {
			overall = and(overall, group)
		}
		i = j
	}
	return overall, out
}

// applies reports whether r judges subjects of r's category.
func (r *Rule) applies(rec *Record) bool {
	return len(r.Categories) == 0 || slices.Contains(r.Categories, rec.Category)
}

// decide judges r and returns its result, appending its finding to *out
// when out is kept; a standard read inside another (Input.Meets) keeps no
// findings, and builds none.
func decide(in *Input, r *Rule, out *[]Finding) Result {
	if *out != nil {
		*out = append(*out, judge(in, r))
		return (*out)[len(*out)-1].Result
	}
	if in.points != nil && len(r.Points) > 0 && !proposedAny(in.points, r.Points) {
		return NotMet
	}
	res, _ := r.Check(in)
	return res
}

// judge judges one rule; a rule of points the unit did not propose the
// case under is not met without being judged.
func judge(in *Input, r *Rule) Finding {
	if in.points != nil && len(r.Points) > 0 && !proposedAny(in.points, r.Points) {
		return Finding{Result: NotMet, unproposed: true, rule: r}
	}
	res, facts := r.Check(in)
	return r.finding(res, facts)
}

// proposedAny reports whether one of points is among those proposed.
func proposedAny(proposed, points []string) bool {
	for _, p := range points {
		if slices.Contains(proposed, p) {
			return true
		}
	}
	return false
}

// groupMet reports whether one branch of group g is met among fs.
func groupMet(fs []Finding, g string) bool {
	for i := 0; i < len(fs); {
		f := fs[i]
		if f.rule == nil || f.rule.Group != g {
			i++
			continue
		}
		ok := true
		j := i
		for ; j < len(fs) && fs[j].rule != nil && fs[j].rule.Group == g && (j == i || f.rule.Branch != "" && fs[j].rule.Branch == f.rule.Branch); j++ {
			ok = ok && fs[j].Result == Met
		}
		if ok {
			return true
		}
		i = j
	}
	return false
}

func and(a, b Result) Result {
	if a == NotMet || b == NotMet {
		return NotMet
	}
	if a == Indeterminate || b == Indeterminate {
		return Indeterminate
	}
	return Met
}

func or(a, b Result) Result {
	if a == Met || b == Met {
		return Met
	}
	if a == Indeterminate || b == Indeterminate {
		return Indeterminate
	}
	return NotMet
}
