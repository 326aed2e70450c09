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

// Leaves returns the criteria that are scored directly, in order.
func (s *Scorecard) Leaves() []*Criterion {
	if s.leaves == nil {
		s.build()
	}
	return s.leaves
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
// maxima of sub-criteria add up exactly to their parent's.
func (s *Scorecard) Validate() error {
	if s.ID == "" {
		return fieldErr("id", "missing")
	}
	if len(s.Criteria) == 0 {
		return fieldErr("criteria", "a scorecard needs criteria")
	}
	if s.MaxBonus.Sign() < 0 || s.MaxPenalty.Sign() < 0 {
		return fieldErr("max_bonus", "bonus and penalty limits cannot be negative")
	}
	if s.Regulation.Flags < 0 || s.Regulation.Certificates < 0 {
		return fieldErr("regulation", "negative number of proposals")
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
				return fieldErr(f+".id", "%w: criterion %q appears twice", ErrDuplicateID, c.ID)
			case c.Max.Sign() <= 0:
				return fieldErr(f+".max", "criterion %s: maximum %s; want more than 0", c.ID, c.Max)
			}
			seen[c.ID] = true
			if len(c.Sub) == 0 {
				continue
			}
			var sum decimal.Decimal
			for _, sc := range c.Sub {
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
	if err := check("criteria", s.Criteria); err != nil {
		return err
	}
	s.build()
	return nil
}

// Score is one member's scores: points per leaf criterion, and bonus and
// penalty points.
type Score struct {
	Member  string                     `json:"member"`
	Points  map[string]decimal.Decimal `json:"points"`
	Bonus   decimal.Decimal            `json:"bonus,omitzero"`
	Penalty decimal.Decimal            `json:"penalty,omitzero"`
}

// ScoreError is a score out of range or missing, naming the member and the
// criterion. It unwraps to ErrScore.
type ScoreError struct {
	Member    string
	Criterion string
	Msg       string
}

func (e *ScoreError) Error() string {
	return fmt.Sprintf("emulation: member %s: criterion %s: %s", e.Member, e.Criterion, e.Msg)
}

func (e *ScoreError) Unwrap() error { return ErrScore }

// Total returns the member's total: the points of every leaf, plus bonus,
// minus penalty. Every leaf must be scored, between zero and its maximum;
// bonus and penalty between zero and their limits.
func (s *Scorecard) Total(sc *Score) (decimal.Decimal, error) {
	leaves := s.Leaves()
	var sum metrics.Accumulator
	for _, c := range leaves {
		p, ok := sc.Points[c.ID]
		if !ok {
			return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: c.ID, Msg: "no score"}
		}
		if p.Sign() < 0 || metrics.Cmp(p, c.Max) > 0 {
			return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: c.ID, Msg: fmt.Sprintf("%s points; want 0 to %s", p, c.Max)}
		}
		sum.Add(p)
	}
	if len(sc.Points) != len(leaves) {
		for id := range sc.Points {
			if _, ok := s.index[id]; !ok {
				return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: id, Msg: "not a criterion scored directly in scorecard " + s.ID}
			}
		}
	}
	if sc.Bonus.Sign() < 0 || metrics.Cmp(sc.Bonus, s.MaxBonus) > 0 {
		return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: "điểm thưởng", Msg: fmt.Sprintf("%s points; want 0 to %s", sc.Bonus, s.MaxBonus)}
	}
	if sc.Penalty.Sign() < 0 || metrics.Cmp(sc.Penalty, s.MaxPenalty) > 0 {
		return decimal.Decimal{}, &ScoreError{Member: sc.Member, Criterion: "điểm trừ", Msg: fmt.Sprintf("%s points; want 0 to %s", sc.Penalty, s.MaxPenalty)}
	}
	sum.Add(sc.Bonus)
	sum.Add(sc.Penalty.Neg())
	return sum.Decimal(), nil
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
		return nil, fmt.Errorf("%w: nil scorecard", ErrScorecard)
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
			return nil, fmt.Errorf("emulation: member %s: %w: scored twice", sc.Member, ErrDuplicateID)
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
// share the better proposal.
func (s *Scorecard) Nominate(st []Standing) []Nomination {
	var out []Nomination
	for _, x := range st {
		switch {
		case x.Rank <= s.Regulation.Flags:
			out = append(out, Nomination{Member: x.Member, Rank: x.Rank, Award: awards.CoThiDuaBoTinh})
		case x.Rank <= s.Regulation.Flags+s.Regulation.Certificates:
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
