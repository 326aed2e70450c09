package emulation

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
)

// Criterion is a criterion of a scorecard with its maximum points. A
// criterion with sub-criteria is scored through them, and their maxima must
// add up exactly to its own.
type Criterion struct {
	ID   string          `json:"id"` // "1", "1.2", "III.4": unique in the scorecard
	Name string          `json:"name"`
	Max  decimal.Decimal `json:"max"`
	Sub  []Criterion     `json:"sub,omitempty"`
}

// Regulation is what a bloc's rules ("quy chế") say about proposals: how
// many leading members are proposed for the flag and how many next ones
// for the certificate of merit.
type Regulation struct {
	Document     string `json:"document,omitempty"` // "Quyết định số 204/QĐ-KTĐ ngày 20/5/2022"
	Flags        int    `json:"flags"`              // proposed for Cờ thi đua (the leading members)
	Certificates int    `json:"certificates"`       // the next ones, proposed for Bằng khen
}

// Scorecard is a bloc's table of criteria ("bảng chấm điểm thi đua"), with
// the limits of bonus and penalty points.
type Scorecard struct {
	ID         string          `json:"id"`
	Name       string          `json:"name"`
	Criteria   []Criterion     `json:"criteria"`
	MaxBonus   decimal.Decimal `json:"max_bonus"`   // điểm thưởng tối đa
	MaxPenalty decimal.Decimal `json:"max_penalty"` // điểm trừ tối đa
	Regulation Regulation      `json:"regulation"`

	leaves []*Criterion
	index  map[string]int // leaf ID → position in leaves
}

// Max returns the sum of the maxima of the top criteria.
func (s *Scorecard) Max() decimal.Decimal {
	var m decimal.Decimal
	for i := range s.Criteria {
		m = m.Add(s.Criteria[i].Max)
	}
	return m
}

// Leaves returns a copy of the criteria that are scored directly, in
// order: the columns of a spreadsheet of scores.
func (s *Scorecard) Leaves() []Criterion {
	ls := s.leafList()
	out := make([]Criterion, len(ls))
	for i, c := range ls {
		out[i] = *c // a leaf has no sub-criteria to share
	}
	return out
}

func (s *Scorecard) leafList() []*Criterion {
	if s.leaves == nil {
		s.build()
	}
	return s.leaves
}

func (s Scorecard) clone() Scorecard {
	s.Criteria = cloneEach(s.Criteria, Criterion.clone)
	s.leaves, s.index = nil, nil // built again, over the copy, on first use
	return s
}

func (c Criterion) clone() Criterion {
	c.Sub = cloneEach(c.Sub, Criterion.clone)
	return c
}

// Bounds of points: every maximum, limit and score lies between 0 and
// maxPoints and has at most maxPlaces decimal places, so that sums stay
// small and exact and no message writes a number of a million digits.
const (
	maxPoints = 1_000_000
	maxPlaces = 6
)

var maxPointsDecimal = decimal.New(maxPoints, 0)

// pointsOK reports whether p is a number of points within the bounds, up
// to limit. It looks at the exponent before any arithmetic, so that a
// value such as 1e-999999999 costs nothing.
func pointsOK(p, limit decimal.Decimal) bool {
	if p.Sign() == 0 {
		return true
	}
	if e := p.Exponent(); e > 7 || e < -maxPlaces && (e < -40 || !p.Truncate(maxPlaces).Equal(p)) {
		return false
	}
	return p.Sign() > 0 && metrics.Cmp(p, limit) <= 0
}

// pointsText writes p for a message, or says it is out of bounds without
// writing all its digits.
func pointsText(p decimal.Decimal) string {
	if !pointsOK(p.Abs(), maxPointsDecimal) {
		return "a number out of range"
	}
	return p.String()
}

func (s *Scorecard) build() {
	s.leaves = s.leaves[:0]
	s.index = map[string]int{}
	var walk func(cs []Criterion)
	walk = func(cs []Criterion) {
		for i := range cs {
			if len(cs[i].Sub) == 0 {
				s.index[cs[i].ID] = len(s.leaves)
				s.leaves = append(s.leaves, &cs[i])
				continue
			}
			walk(cs[i].Sub)
		}
	}
	walk(s.Criteria)
}

// Validate checks that identifiers are unique, maxima positive, and the
// maxima of sub-criteria add up exactly to their parent's; that maxima and
// limits lie between 0 and 1 000 000 points with at most 6 decimal places,
// and the numbers of proposals between 0 and 1 000 000. The error is a
// *ValidationError. Rank and ParseScoresCSV validate the scorecard they
// are given; a portal that builds one calls Validate to check it first.
func (s *Scorecard) Validate() error {
	if err := s.validate(); err != nil {
		return entityErr("scorecard", s.ID, 0, err)
	}
	s.build()
	return nil
}

func (s *Scorecard) validate() error {
	if s.ID == "" {
		return fieldErr("id", "missing")
	}
	if len(s.Criteria) == 0 {
		return fieldErr("criteria", "a scorecard needs criteria")
	}
	if !pointsOK(s.MaxBonus, maxPointsDecimal) {
		return fieldErr("max_bonus", "%w: %s; want 0 to %d points with at most %d decimal places", ErrRange, pointsText(s.MaxBonus), maxPoints, maxPlaces)
	}
	if !pointsOK(s.MaxPenalty, maxPointsDecimal) {
		return fieldErr("max_penalty", "%w: %s; want 0 to %d points with at most %d decimal places", ErrRange, pointsText(s.MaxPenalty), maxPoints, maxPlaces)
	}
	if err := checkCount(s.Regulation.Flags); err != nil {
		return &fieldError{field: "regulation.flags", err: err}
	}
	if err := checkCount(s.Regulation.Certificates); err != nil {
		return &fieldError{field: "regulation.certificates", err: err}
	}
	seen := map[string]bool{}
	var check func(path string, cs []Criterion) error
	check = func(path string, cs []Criterion) error {
		for i := range cs {
			c := &cs[i]
			f := fmt.Sprintf("%s[%d]", path, i)
			switch {
			case c.ID == "":
				return fieldErr(f+".id", "missing")
			case seen[c.ID]:
				return fieldErr(f+".id", "%w: criterion %s appears twice", ErrDuplicateID, q(c.ID))
			case c.Max.Sign() <= 0:
				return fieldErr(f+".max", "criterion %s: maximum %s; want more than 0", c.ID, pointsText(c.Max))
			case !pointsOK(c.Max, maxPointsDecimal):
				return fieldErr(f+".max", "%w: criterion %s: maximum %s; want at most %d points with at most %d decimal places", ErrRange, c.ID, pointsText(c.Max), maxPoints, maxPlaces)
			}
			seen[c.ID] = true
			if len(c.Sub) == 0 {
				continue
			}
			var sum decimal.Decimal
			for j, sc := range c.Sub {
				if !pointsOK(sc.Max.Abs(), maxPointsDecimal) {
					return fieldErr(fmt.Sprintf("%s.sub[%d].max", f, j), "%w: criterion %s: maximum %s; want at most %d points with at most %d decimal places", ErrRange, sc.ID, pointsText(sc.Max), maxPoints, maxPlaces)
				}
				sum = sum.Add(sc.Max)
			}
			if !sum.Equal(c.Max) {
				parts := make([]string, len(c.Sub))
				for j, sc := range c.Sub {
					parts[j] = sc.ID + ": " + sc.Max.String()
				}
				return fieldErr(f+".sub", "%w: criterion %s has maximum %s but its sub-criteria add up to %s (%s)",
					ErrScorecard, c.ID, c.Max, sum, strings.Join(parts, "; "))
			}
			if err := check(f+".sub", c.Sub); err != nil {
				return err
			}
		}
		return nil
	}
	return check("criteria", s.Criteria)
}

// Score is one member's scores: points per leaf criterion, and bonus and
// penalty points.
type Score struct {
	Member  string                     `json:"member"`
	Points  map[string]decimal.Decimal `json:"points"`
	Bonus   decimal.Decimal            `json:"bonus,omitzero"`
	Penalty decimal.Decimal            `json:"penalty,omitzero"`
}

func (sc Score) clone() Score { sc.Points = cloneMap(sc.Points); return sc }

// ScoreError is a score out of range or missing, naming the member and the
// criterion. It unwraps to ErrScore.
type ScoreError struct {
	Member    string
	Criterion string
	Msg       string
}

func (e *ScoreError) Error() string {
	return fmt.Sprintf("emulation: member %s: criterion %s: %s", q(e.Member), q(e.Criterion), e.Msg)
}

func (e *ScoreError) Unwrap() error { return ErrScore }

// Total returns the member's total: the points of every leaf, plus bonus,
// minus penalty. Every leaf must be scored, between zero and its maximum;
// bonus and penalty between zero and their limits.
func (s *Scorecard) Total(sc *Score) (decimal.Decimal, error) {
	leaves := s.leafList()
	var sum metrics.Accumulator
	for _, c := range leaves {
		p, ok := sc.Points[c.ID]
		if !ok {
			return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: c.ID, Msg: "no score"}
		}
		if !pointsOK(p, c.Max) {
			return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: c.ID, Msg: outOfRange(p, c.Max)}
		}
		sum.Add(p)
	}
	if len(sc.Points) != len(leaves) {
		for id := range sc.Points {
			if _, ok := s.index[id]; !ok {
				return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: id, Msg: "not a criterion scored directly in scorecard " + q(s.ID)}
			}
		}
	}
	if !pointsOK(sc.Bonus, s.MaxBonus) {
		return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: "điểm thưởng", Msg: outOfRange(sc.Bonus, s.MaxBonus)}
	}
	if !pointsOK(sc.Penalty, s.MaxPenalty) {
		return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: "điểm trừ", Msg: outOfRange(sc.Penalty, s.MaxPenalty)}
	}
	sum.Add(sc.Bonus)
	sum.Add(sc.Penalty.Neg())
	return sum.Decimal(), nil
}

// outOfRange says that p is not between 0 and limit.
func outOfRange(p, limit decimal.Decimal) string {
	if !pointsOK(p.Abs(), maxPointsDecimal) {
		return fmt.Sprintf("a number out of range; want 0 to %s with at most %d decimal places", pointsText(limit), maxPlaces)
	}
	return fmt.Sprintf("%s points; want 0 to %s with at most %d decimal places", p, pointsText(limit), maxPlaces)
}

// Standing is a member's place in a ranking.
type Standing struct {
	Member string
	Total  decimal.Decimal
	Rank   int // equal totals share a rank; the next rank skips (1, 2, 2, 4)
}

// Rank totals every score and ranks the members, highest first. Members
// with equal totals share a rank and keep the order of their IDs.
func (s *Scorecard) Rank(scores []Score) ([]Standing, error) {
	if s == nil {
		return nil, fmt.Errorf("emulation: no scorecard to rank with: %w", ErrScorecard)
	}
	if s.leaves == nil {
		if err := s.Validate(); err != nil {
			return nil, err
		}
	}
	out := make([]Standing, len(scores))
	seen := make(map[string]bool, len(scores))
	for i := range scores {
		sc := &scores[i]
		if seen[sc.Member] {
			return nil, fmt.Errorf("emulation: member %s is scored twice: %w", q(sc.Member), ErrDuplicateID)
		}
		seen[sc.Member] = true
		t, err := s.Total(sc)
		if err != nil {
			return nil, err
		}
		out[i] = Standing{Member: sc.Member, Total: t}
	}
	// Member IDs are unique, so this order is total and needs no stable sort.
	slices.SortFunc(out, func(a, b Standing) int {
		if c := metrics.Cmp(a.Total, b.Total); c != 0 {
			return -c
		}
		return strings.Compare(a.Member, b.Member)
	})
	for i := range out {
		if i > 0 && metrics.Cmp(out[i].Total, out[i-1].Total) == 0 {
			out[i].Rank = out[i-1].Rank
		} else {
			out[i].Rank = i + 1
		}
	}
	return out, nil
}

// Nomination is a member proposed by the bloc's regulation for a title or
// form, which the award rules then judge.
type Nomination struct {
	Member string
	Rank   int
	Award  awards.ID
}

// Nominate applies the regulation to a ranking: members ranked within the
// first Flags places are proposed for the flag of the ministry or province;
// the next Certificates places for its Bằng khen. Members tied at a cut-off
// share the better proposal. Negative numbers of proposals count as 0; no
// sum of counts is formed, so that none overflows.
func (s *Scorecard) Nominate(st []Standing) []Nomination {
	flags, certs := max(s.Regulation.Flags, 0), max(s.Regulation.Certificates, 0)
	var out []Nomination
	for _, x := range st {
		switch {
		case x.Rank < 1:
		case x.Rank <= flags:
			out = append(out, Nomination{Member: x.Member, Rank: x.Rank, Award: awards.CoThiDuaBoTinh})
		case x.Rank-flags <= certs: // x.Rank > flags ≥ 0: no overflow
			out = append(out, Nomination{Member: x.Member, Rank: x.Rank, Award: awards.BangKhenBoTinh})
		}
	}
	return out
}

// ApplyRanking records each member's rank in the bloc for year in its awards
// record (Year.BlocRank), which the standards of Cờ thi đua read. Records of
// members not ranked are left alone.
func ApplyRanking(records []*awards.Record, st []Standing, year int) {
	rank := make(map[string]int, len(st))
	for _, x := range st {
		rank[x.Member] = x.Rank
	}
	for _, r := range records {
		k, ok := rank[r.ID]
		if !ok {
			continue
		}
		y := r.Year(year)
		if y == nil {
			r.Years = append(r.Years, awards.Year{Year: year})
			y = &r.Years[len(r.Years)-1]
		}
		y.BlocRank = k
	}
}

// ScoreSheet holds the scores of a bloc's members for a year on a
// scorecard.
type ScoreSheet struct {
	Scorecard string  `json:"scorecard"`
	Bloc      string  `json:"bloc,omitempty"`
	Year      int     `json:"year"`
	Scores    []Score `json:"scores"`
}

func (sh ScoreSheet) clone() ScoreSheet {
	sh.Scores = cloneEach(sh.Scores, Score.clone)
	return sh
}

// Subtotals returns the member's points under each top criterion, in
// order, for tables that show them. Missing points count as zero; use
// Total to check a score.
func (s *Scorecard) Subtotals(sc *Score) []decimal.Decimal {
	out := make([]decimal.Decimal, len(s.Criteria))
	var sum func(c *Criterion, acc *metrics.Accumulator)
	sum = func(c *Criterion, acc *metrics.Accumulator) {
		if len(c.Sub) == 0 {
			acc.Add(sc.Points[c.ID])
			return
		}
		for i := range c.Sub {
			sum(&c.Sub[i], acc)
		}
	}
	for i := range s.Criteria {
		var acc metrics.Accumulator
		sum(&s.Criteria[i], &acc)
		out[i] = acc.Decimal()
	}
	return out
}
