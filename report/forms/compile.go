package forms

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/source"
)

// other is the value of the criterion "award" that matches every award of
// the form that no other line names.
const other = "khác"

// tri is the value of a criterion for a subject: met, not met, or not
// known because a fact is missing.
type tri uint8

const (
	no tri = iota
	yes
	unknown
)

// item is a subject a form counts, with every fact a criterion reads.
type item struct {
	label string
	// grant and index name a grant, whose label is made only when a
	// message needs it.
	grant *Grant
	index int
	// campaigns
	scope        emulation.Scope
	method       emulation.Form
	months, days int // from the first day to the day after the last
	hasEnd       bool
	launcher     Launcher
	// grants
	award      awards.ID
	level      awards.Level
	subject    awards.SubjectKind
	enterprise awards.Tri
	role       Role
	proposer   Proposer
	occasion   Occasion
	// units
	kind string // folded by source.Key
	// staff
	age, years       int
	hasAge, hasYears bool
	education        Education
	sex              Sex
}

// name returns the subject's label, as messages name it.
func (it *item) name() string {
	if it.grant != nil {
		return grantLabel(it.index, it.grant)
	}
	return it.label
}

// test is a compiled criterion: its value for a subject and, when not
// known, the fact that is missing ("chưa có ngày kết thúc").
type test func(*item) (tri, string)

// compiled is a form ready to count: a test list per line.
type compiled struct {
	filter     []test
	rows, cols [][]test
	unitKinds  map[string]bool // units: the kinds the form names
}

// all evaluates tests as a conjunction: no when one is no, unknown (with
// the first missing fact) when one is unknown and none is no.
func all(tests []test, it *item) (tri, string) {
	res, fact := yes, ""
	for _, t := range tests {
		switch v, f := t(it); v {
		case no:
			return no, ""
		case unknown:
			if res == yes {
				res, fact = unknown, f
			}
		}
	}
	return res, fact
}

// compile checks a form and compiles its criteria. Errors of a line are
// *lineError values that name it.
func compile(f *Form) (*compiled, error) {
	c := &compiled{unitKinds: map[string]bool{}}
	known := map[awards.ID]awards.Level{}
	for _, a := range f.Awards {
		known[a.ID] = a.Level
	}
	named := map[awards.ID]bool{}
	for _, ls := range [][]Line{f.Rows, f.Columns} {
		for _, l := range ls {
			for _, v := range l.Match["award"] {
				if v != other {
					named[awards.ID(v)] = true
				}
			}
		}
	}
	cc := criteria{data: f.Data, known: known, named: named, unitKinds: c.unitKinds}
	var err error
	if c.filter, err = cc.match(f.Filter); err != nil {
		return nil, &lineError{field: "filter", err: err}
	}
	if len(f.Columns) == 0 || len(f.Rows) == 0 {
		return nil, errors.New("a form needs rows and columns")
	}
	for _, part := range []struct {
		name  string
		lines []Line
		dst   *[][]test
		rows  bool
	}{{"rows", f.Rows, &c.rows, true}, {"columns", f.Columns, &c.cols, false}} {
		codes := map[string]int{}
		for i, l := range part.lines {
			at := fmt.Sprintf("%s[%d]", part.name, i)
			switch {
			case l.Code == "" && !part.rows:
				return nil, &lineError{field: at + ".code", err: errors.New("missing: every column has a code")}
			case l.Code == "" && (len(l.Match) > 0 || len(l.Sums) > 0 || l.Within != ""):
				return nil, &lineError{field: at, err: errors.New("a heading row (no code) counts nothing: it has no match, sums or within")}
			case l.Code != "":
				if j, dup := codes[l.Code]; dup {
					return nil, &lineError{field: at + ".code", err: fmt.Errorf("code %s is the code of %s[%d] too", source.Quote(l.Code), part.name, j)}
				}
				codes[l.Code] = i
			}
			if len(l.Group) > 0 && part.rows {
				return nil, &lineError{field: at + ".group", err: errors.New("rows have no groups; write a heading row")}
			}
			tests, err := cc.match(l.Match)
			if err != nil {
				return nil, &lineError{field: at + ".match", err: err}
			}
			*part.dst = append(*part.dst, tests)
		}
		for i, l := range part.lines {
			at := fmt.Sprintf("%s[%d]", part.name, i)
			for k, sum := range l.Sums {
				if len(sum) == 0 {
					return nil, &lineError{field: fmt.Sprintf("%s.sums[%d]", at, k), err: errors.New("an empty sum")}
				}
				for _, code := range sum {
					if _, ok := codes[code]; !ok || code == l.Code {
						return nil, &lineError{field: fmt.Sprintf("%s.sums[%d]", at, k), err: fmt.Errorf("%s is not the code of another line of the %s", source.Quote(code), part.name)}
					}
				}
			}
			if l.Within != "" {
				if _, ok := codes[l.Within]; !ok || l.Within == l.Code {
					return nil, &lineError{field: at + ".within", err: fmt.Errorf("%s is not the code of another line of the %s", source.Quote(l.Within), part.name)}
				}
			}
		}
		if i, ok := cycle(part.lines, codes); ok {
			return nil, &lineError{field: fmt.Sprintf("%s[%d].sums", part.name, i), err: errors.New("the line is a sum of itself, through the lines it adds")}
		}
	}
	return c, nil
}

// cycle finds a line that is, through its sums, a sum of itself.
func cycle(lines []Line, codes map[string]int) (int, bool) {
	state := make([]uint8, len(lines)) // 0 new, 1 on the path, 2 done
	var visit func(i int) bool
	visit = func(i int) bool {
		state[i] = 1
		for _, sum := range lines[i].Sums {
			for _, code := range sum {
				j := codes[code]
				if state[j] == 1 || state[j] == 0 && visit(j) {
					return true
				}
			}
		}
		state[i] = 2
		return false
	}
	for i := range lines {
		if state[i] == 0 && visit(i) {
			return i, true
		}
	}
	return 0, false
}

// criteria compiles the criteria of one form.
type criteria struct {
	data      Data
	known     map[awards.ID]awards.Level // the version's awards beyond the catalogue
	named     map[awards.ID]bool         // the awards the form's lines name
	unitKinds map[string]bool
}

// keys are the criteria each kind of data knows.
var keys = map[Data][]string{
	Campaigns: {"duration", "launcher", "method", "scope"},
	Grants:    {"award", "enterprise", "level", "occasion", "proposer", "role", "subject"},
	Units:     {"kind"},
	Staff:     {"age", "education", "sex", "years"},
}

func (c *criteria) match(m Match) ([]test, error) {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	slices.Sort(names)
	var out []test
	for _, k := range names {
		if !slices.Contains(keys[c.data], k) {
			return nil, fmt.Errorf("unknown criterion %s for %s; want one of %s", source.Quote(k), c.data, strings.Join(keys[c.data], ", "))
		}
		vals := m[k]
		if len(vals) == 0 {
			return nil, fmt.Errorf("%s: no value", k)
		}
		t, err := c.criterion(k, vals)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		out = append(out, t)
	}
	return out, nil
}

func (c *criteria) criterion(key string, vals []string) (test, error) {
	switch key {
	case "scope":
		set, err := enumSet(vals, func(s string) (emulation.Scope, error) {
			var v emulation.Scope
			return v, v.UnmarshalText([]byte(s))
		})
		return func(it *item) (tri, string) { return of(set[it.scope]), "" }, err
	case "method":
		set, err := enumSet(vals, func(s string) (emulation.Form, error) {
			var v emulation.Form
			return v, v.UnmarshalText([]byte(s))
		})
		return func(it *item) (tri, string) { return of(set[it.method]), "" }, err
	case "duration":
		ivs, err := intervals(vals)
		return func(it *item) (tri, string) {
			if !it.hasEnd {
				return unknown, "chưa có ngày kết thúc"
			}
			for _, iv := range ivs {
				if iv.containsElapsed(it.months, it.days) {
					return yes, ""
				}
			}
			return no, ""
		}, err
	case "launcher":
		set, err := enumSet(vals, parser[Launcher]())
		return known(set, func(it *item) Launcher { return it.launcher }, "chưa xác định cấp phát động"), err
	case "level":
		set := map[awards.Level]bool{}
		for _, v := range vals {
			l, err := parseLevel(v)
			if err != nil {
				return nil, err
			}
			set[l] = true
		}
		return func(it *item) (tri, string) { return of(set[it.level]), "" }, nil
	case "award":
		ids := map[awards.ID]bool{}
		rest := false
		for _, v := range vals {
			id := awards.ID(strings.TrimSpace(v))
			_, inCatalogue := awards.Lookup(id)
			_, inVersion := c.known[id]
			switch {
			case v == other:
				rest = true
			case !inCatalogue && !inVersion:
				return nil, fmt.Errorf("%w %s: neither in the awards catalogue nor among the version's awards", awards.ErrUnknownAward, source.Quote(v))
			default:
				ids[id] = true
			}
		}
		named := c.named
		return func(it *item) (tri, string) { return of(ids[it.award] || rest && !named[it.award]), "" }, nil
	case "subject":
		set, err := enumSet(vals, func(s string) (awards.SubjectKind, error) {
			k, err := awards.ParseSubjectKind(s)
			if err == nil && strings.TrimSpace(s) == "" {
				err = errors.New("empty")
			}
			return k, err
		})
		return func(it *item) (tri, string) { return of(set[it.subject]), "" }, err
	case "enterprise":
		set, err := enumSet(vals, func(s string) (awards.Tri, error) {
			v, ok := source.ParseBool(s)
			if !ok {
				return 0, fmt.Errorf("%s is not yes or no; write có or không", source.Quote(s))
			}
			if v {
				return awards.Yes, nil
			}
			return awards.No, nil
		})
		return func(it *item) (tri, string) {
			if it.enterprise == awards.Unknown {
				return unknown, "chưa rõ có phải doanh nghiệp không"
			}
			return of(set[it.enterprise]), ""
		}, err
	case "role":
		set, err := enumSet(vals, parser[Role]())
		return known(set, func(it *item) Role { return it.role }, "chưa xác định chức vụ"), err
	case "proposer":
		set, err := enumSet(vals, parser[Proposer]())
		return known(set, func(it *item) Proposer { return it.proposer }, "chưa xác định cơ quan đề nghị"), err
	case "occasion":
		set, err := enumSet(vals, parser[Occasion]())
		return known(set, func(it *item) Occasion { return it.occasion }, "chưa xác định loại hình khen thưởng"), err
	case "kind":
		set := map[string]bool{}
		for _, v := range vals {
			k := source.Key(v)
			if k == "" {
				return nil, errors.New("an empty kind")
			}
			set[k] = true
			c.unitKinds[k] = true
		}
		return func(it *item) (tri, string) {
			if it.kind == "" {
				return unknown, "chưa xác định loại tổ chức"
			}
			return of(set[it.kind]), ""
		}, nil
	case "age", "years":
		ivs, err := intervals(vals)
		if key == "age" {
			return func(it *item) (tri, string) {
				if !it.hasAge {
					return unknown, "chưa có ngày sinh"
				}
				return of(anyInt(ivs, it.age)), ""
			}, err
		}
		return func(it *item) (tri, string) {
			if !it.hasYears {
				return unknown, "chưa có ngày bắt đầu làm công tác thi đua, khen thưởng"
			}
			return of(anyInt(ivs, it.years)), ""
		}, err
	case "education":
		set, err := enumSet(vals, parser[Education]())
		return known(set, func(it *item) Education { return it.education }, "chưa xác định trình độ đào tạo"), err
	case "sex":
		set, err := enumSet(vals, parser[Sex]())
		return known(set, func(it *item) Sex { return it.sex }, "chưa xác định giới tính"), err
	}
	return nil, fmt.Errorf("unknown criterion %s", source.Quote(key))
}

func of(b bool) tri {
	if b {
		return yes
	}
	return no
}

// known returns the test of an enum whose zero value is "not known".
func known[E comparable](set map[E]bool, get func(*item) E, missing string) test {
	return func(it *item) (tri, string) {
		var zero E
		v := get(it)
		if v == zero {
			return unknown, missing
		}
		return of(set[v]), ""
	}
}

// enumSet parses the values into a set; an empty value is an error.
func enumSet[E comparable](vals []string, parse func(string) (E, error)) (map[E]bool, error) {
	set := map[E]bool{}
	var zero E
	for _, v := range vals {
		e, err := parse(v)
		if err == nil && e == zero {
			err = errors.New("an empty value")
		}
		if err != nil {
			return nil, err
		}
		set[e] = true
	}
	return set, nil
}

// parser returns the parse function of an enum that reads text.
func parser[E any, P interface {
	*E
	UnmarshalText([]byte) error
}]() func(string) (E, error) {
	return func(s string) (E, error) {
		var v E
		err := P(&v).UnmarshalText([]byte(s))
		return v, err
	}
}

// interval is a set of whole years, "[31,40]", "[0,5)", "[5,)": from lo
// to hi, each end included ("[", "]") or not ("(", ")"); hi is open
// ended when inf.
type interval struct {
	lo, hi         int
	loOpen, hiOpen bool
	inf            bool
}

// maxYears bounds the ends of an interval.
const maxYears = 200

func intervals(vals []string) ([]interval, error) {
	out := make([]interval, 0, len(vals))
	for _, v := range vals {
		iv, err := parseInterval(v)
		if err != nil {
			return nil, err
		}
		out = append(out, iv)
	}
	return out, nil
}

// parseInterval reads "[a,b]", "[a,b)", "(a,b]", "(a,b)" or "[a,)" of whole
// years from 0 to 200.
func parseInterval(s string) (interval, error) {
	bad := fmt.Errorf("%s is not an interval of years such as \"[0,5)\", \"[31,40]\" or \"[5,)\"", source.Quote(s))
	s = strings.TrimSpace(s)
	if len(s) < 4 || (s[0] != '[' && s[0] != '(') || (s[len(s)-1] != ']' && s[len(s)-1] != ')') {
		return interval{}, bad
	}
	lo, hi, ok := strings.Cut(s[1:len(s)-1], ",")
	if !ok {
		return interval{}, bad
	}
	iv := interval{loOpen: s[0] == '(', hiOpen: s[len(s)-1] == ')'}
	var err error
	if iv.lo, err = strconv.Atoi(strings.TrimSpace(lo)); err != nil || iv.lo < 0 || iv.lo > maxYears {
		return interval{}, bad
	}
	if hi = strings.TrimSpace(hi); hi == "" {
		if !iv.hiOpen {
			return interval{}, bad
		}
		iv.inf = true
		return iv, nil
	}
	if iv.hi, err = strconv.Atoi(hi); err != nil || iv.hi < iv.lo || iv.hi > maxYears {
		return interval{}, bad
	}
	if iv.hi == iv.lo && (iv.loOpen || iv.hiOpen) {
		return interval{}, fmt.Errorf("%s holds no year", source.Quote(s))
	}
	return iv, nil
}

// containsInt reports whether a whole number of years is in the interval.
func (iv interval) containsInt(n int) bool {
	return iv.cmpLo(n*12, 0) && iv.cmpHi(n*12, 0)
}

// containsElapsed reports whether a time of months and days is in the
// interval, its ends being whole years: a campaign of 12 months 0 days
// lasts exactly 1 year, one of 12 months 3 days more than 1 year.
func (iv interval) containsElapsed(months, days int) bool {
	return iv.cmpLo(months, days) && iv.cmpHi(months, days)
}

func (iv interval) cmpLo(months, days int) bool {
	c := cmpElapsed(months, days, iv.lo*12)
	return c > 0 || c == 0 && !iv.loOpen
}

func (iv interval) cmpHi(months, days int) bool {
	if iv.inf {
		return true
	}
	c := cmpElapsed(months, days, iv.hi*12)
	return c < 0 || c == 0 && !iv.hiOpen
}

// cmpElapsed compares months and days with a whole number of months.
func cmpElapsed(months, days, bound int) int {
	switch {
	case months < bound:
		return -1
	case months > bound || days > 0:
		return 1
	}
	return 0
}

func anyInt(ivs []interval, n int) bool {
	for _, iv := range ivs {
		if iv.containsInt(n) {
			return true
		}
	}
	return false
}
