package emulation

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
)

// Result is what a campaign achieved over a period: counted and money
// figures with their names, and its exemplary units and people.
type Result struct {
	Campaign  string                         `json:"campaign"`
	From      metrics.Date                   `json:"from,omitzero"`
	To        metrics.Date                   `json:"to,omitzero"`
	Counts    []metrics.Part[metrics.Count]  `json:"counts,omitempty"`
	Amounts   []metrics.Part[metrics.Amount] `json:"amounts,omitempty"`
	Exemplars []Exemplar                     `json:"exemplars,omitempty"`
}

func (r Result) clone() Result {
	r.Counts, r.Amounts, r.Exemplars = clone(r.Counts), clone(r.Amounts), clone(r.Exemplars)
	return r
}

// Exemplar is an exemplary unit or person ("điển hình tiên tiến") of a
// campaign, with what they achieved.
type Exemplar struct {
	Subject     string `json:"subject"` // Organisation or Person ID
	Year        int    `json:"year"`
	Achievement string `json:"achievement"`
}

// Data is everything a campaign season holds, as plain values: the input
// model, read from JSON by [ParseJSON] or built by a portal from its own
// database. It has no lookups: [New] checks it and returns a [Season] that
// has them.
type Data struct {
	Hierarchy     Hierarchy      `json:"hierarchy"`
	Organisations []Organisation `json:"organisations"`
	People        []Person       `json:"people,omitempty"`
	Blocs         []Bloc         `json:"blocs,omitempty"`
	Campaigns     []Campaign     `json:"campaigns,omitempty"`
	Registrations []Registration `json:"registrations,omitempty"`
	Pacts         []Pact         `json:"pacts,omitempty"`
	Scorecards    []Scorecard    `json:"scorecards,omitempty"`
	ScoreSheets   []ScoreSheet   `json:"score_sheets,omitempty"`
	Results       []Result       `json:"results,omitempty"`
}

// clone returns a deep copy of d: no slice or map of the copy is shared
// with d.
func (d *Data) clone() Data {
	return Data{
		Hierarchy:     d.Hierarchy.clone(),
		Organisations: clone(d.Organisations),
		People:        clone(d.People),
		Blocs:         cloneEach(d.Blocs, Bloc.clone),
		Campaigns:     cloneEach(d.Campaigns, Campaign.clone),
		Registrations: cloneEach(d.Registrations, Registration.clone),
		Pacts:         cloneEach(d.Pacts, Pact.clone),
		Scorecards:    cloneEach(d.Scorecards, Scorecard.clone),
		ScoreSheets:   cloneEach(d.ScoreSheets, ScoreSheet.clone),
		Results:       cloneEach(d.Results, Result.clone),
	}
}

// Season is a season's data, checked and indexed: every lookup works from
// the moment [New] or [ParseJSON] returns it. A Season is immutable: it
// holds its own copy of the data, and what its methods return are values
// or copies, so that no caller can change what another gets. It is safe
// for concurrent use.
//
// The zero Season is an empty season, in which every lookup misses.
type Season struct {
	d Data

	orgs      map[string]int // ID → index in d.Organisations; likewise below
	people    map[string]int
	blocs     map[string]int
	campaigns map[string]int
	cards     map[string]int
	sheets    map[sheetKey]int
	units     map[string][]int // organisation ID → the organisations directly under it
	staff     map[string][]int // organisation ID → the people who work in it
}

type sheetKey struct {
	bloc string
	year int
}

// New checks the data of a season and returns it indexed. The Season
// keeps its own deep copy of d: changing d afterwards does not change it.
//
// New reports every problem it finds (up to 20), each a *ValidationError
// naming the entity, its position and the field, joined with errors.Join:
// duplicate identifiers, references to unknown ones, a campaign that ends
// before it starts, a bloc lead who is not a member, sub-criteria that do
// not add up, scores out of range, counts and years out of range
// ([ErrRange]).
func New(d Data) (*Season, error) {
	return newSeason(d.clone())
}

// newSeason validates and indexes d, which it takes as its own.
func newSeason(d Data) (*Season, error) {
	s := &Season{d: d}
	if err := s.index(); err != nil {
		return nil, err
	}
	return s, nil
}

// Data returns a deep copy of the season's data, for a caller to change
// and check again with New.
func (s *Season) Data() Data { return s.d.clone() }

// Hierarchy returns the administrative levels of the season.
func (s *Season) Hierarchy() Hierarchy { return s.d.Hierarchy.clone() }

// Organisations returns a copy of the organisations, in the order of the
// data.
func (s *Season) Organisations() []Organisation { return clone(s.d.Organisations) }

// People returns a copy of the people, in the order of the data.
func (s *Season) People() []Person { return clone(s.d.People) }

// Blocs returns a copy of the blocs, in the order of the data.
func (s *Season) Blocs() []Bloc { return cloneEach(s.d.Blocs, Bloc.clone) }

// Campaigns returns a copy of the campaigns, in the order of the data.
func (s *Season) Campaigns() []Campaign { return cloneEach(s.d.Campaigns, Campaign.clone) }

// Registrations returns a copy of the registrations, in the order of the
// data.
func (s *Season) Registrations() []Registration {
	return cloneEach(s.d.Registrations, Registration.clone)
}

// Pacts returns a copy of the pacts, in the order of the data.
func (s *Season) Pacts() []Pact { return cloneEach(s.d.Pacts, Pact.clone) }

// Scorecards returns a copy of the scorecards, in the order of the data.
func (s *Season) Scorecards() []Scorecard { return cloneEach(s.d.Scorecards, Scorecard.clone) }

// ScoreSheets returns a copy of the score sheets, in the order of the
// data.
func (s *Season) ScoreSheets() []ScoreSheet { return cloneEach(s.d.ScoreSheets, ScoreSheet.clone) }

// Results returns a copy of the results, in the order of the data.
func (s *Season) Results() []Result { return cloneEach(s.d.Results, Result.clone) }

// Organisation returns the organisation with the given ID.
func (s *Season) Organisation(id string) (Organisation, bool) {
	i, ok := s.orgs[id]
	if !ok {
		return Organisation{}, false
	}
	return s.d.Organisations[i], true
}

// Person returns the person with the given ID.
func (s *Season) Person(id string) (Person, bool) {
	i, ok := s.people[id]
	if !ok {
		return Person{}, false
	}
	return s.d.People[i], true
}

// Bloc returns a copy of the bloc with the given ID.
func (s *Season) Bloc(id string) (Bloc, bool) {
	i, ok := s.blocs[id]
	if !ok {
		return Bloc{}, false
	}
	return s.d.Blocs[i].clone(), true
}

// Campaign returns a copy of the campaign with the given ID.
func (s *Season) Campaign(id string) (Campaign, bool) {
	i, ok := s.campaigns[id]
	if !ok {
		return Campaign{}, false
	}
	return s.d.Campaigns[i].clone(), true
}

// Scorecard returns a copy of the scorecard with the given ID.
func (s *Season) Scorecard(id string) (Scorecard, bool) {
	i, ok := s.cards[id]
	if !ok {
		return Scorecard{}, false
	}
	return s.d.Scorecards[i].clone(), true
}

// NameOf returns the name of an organisation or person, or the ID itself.
func (s *Season) NameOf(id string) string {
	if i, ok := s.orgs[id]; ok {
		return s.d.Organisations[i].Name
	}
	if i, ok := s.people[id]; ok {
		return s.d.People[i].Name
	}
	return id
}

// Staff returns the people of an organisation and of the organisations
// under it, in the order of the data.
func (s *Season) Staff(org string) []Person {
	var found []int
	stack := []string{org}
	for len(stack) > 0 { // the organisations form a tree: New refuses cycles
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		found = append(found, s.staff[o]...)
		for _, u := range s.units[o] {
			stack = append(stack, s.d.Organisations[u].ID)
		}
	}
	slices.Sort(found)
	out := make([]Person, len(found))
	for j, i := range found {
		out[j] = s.d.People[i]
	}
	return out
}

// Units returns the organisations directly under org, in the order of the
// data.
func (s *Season) Units(org string) []Organisation {
	idx := s.units[org]
	out := make([]Organisation, len(idx))
	for j, i := range idx {
		out[j] = s.d.Organisations[i]
	}
	return out
}

// Ranking is a bloc's ranking for a year: the score sheet, the scorecard
// it is scored on, and the standings, highest first. Sheet and Card are
// the caller's own copies.
type Ranking struct {
	Sheet     ScoreSheet
	Card      Scorecard
	Standings []Standing
}

// Ranking ranks the score sheet of a bloc for a year. It fails with an
// error wrapping ErrUnknownID when the season has no such sheet.
func (s *Season) Ranking(bloc string, year int) (Ranking, error) {
	i, ok := s.sheets[sheetKey{bloc, year}]
	if !ok {
		return Ranking{}, fmt.Errorf("emulation: no scores for bloc %s in %d: %w", q(bloc), year, ErrUnknownID)
	}
	sh := &s.d.ScoreSheets[i]
	if b, ok := s.blocs[bloc]; ok {
		// A member left out of the sheet would vanish from the ranking
		// silently: a ranking is of the whole bloc.
		scored := make(map[string]bool, len(sh.Scores))
		for _, sc := range sh.Scores {
			scored[sc.Member] = true
		}
		var missing []string
		for _, m := range s.d.Blocs[b].Members {
			if !scored[m] {
				missing = append(missing, q(m)+" ("+s.NameOf(m)+")")
			}
		}
		if len(missing) > 0 {
			return Ranking{}, fmt.Errorf("emulation: ranking of bloc %s in %d: %d of its members have no score: %s: %w",
				q(bloc), year, len(missing), strings.Join(missing, ", "), ErrScore)
		}
	}
	card := &s.d.Scorecards[s.cards[sh.Scorecard]] // New checked the reference
	st, err := card.Rank(sh.Scores)                // and the scores
	if err != nil {
		return Ranking{}, err
	}
	return Ranking{Sheet: sh.clone(), Card: card.clone(), Standings: st}, nil
}

// Bounds of what a season's data may hold, so that no count overflows an
// int on 32-bit platforms and no figure is absurd.
const (
	minYear  = 1900
	maxYear  = 2200
	maxCount = 1_000_000 // a number of proposals in a regulation
)

func checkYear(y int) error {
	if y < minYear || y > maxYear {
		return fmt.Errorf("%w: %d is not a year from %d to %d", ErrRange, y, minYear, maxYear)
	}
	return nil
}

func checkCount(n int) error {
	if n < 0 || n > maxCount {
		return fmt.Errorf("%w: %d; want 0 to %d", ErrRange, n, maxCount)
	}
	return nil
}

// maxErrors bounds the errors New reports at once.
const maxErrors = 20

// index checks the data and builds the lookups, in time linear in the
// size of the data.
func (s *Season) index() error {
	d := &s.d
	var errs []error
	fail := func(kind, id string, i int, err error) {
		if len(errs) < maxErrors {
			errs = append(errs, entityErr(kind, id, i, err))
		}
	}
	s.orgs = make(map[string]int, len(d.Organisations))
	s.people = make(map[string]int, len(d.People))
	s.blocs = make(map[string]int, len(d.Blocs))
	s.campaigns = make(map[string]int, len(d.Campaigns))
	s.cards = make(map[string]int, len(d.Scorecards))
	s.sheets = make(map[sheetKey]int, len(d.ScoreSheets))
	s.units = map[string][]int{}
	s.staff = map[string][]int{}
	isOrg := func(id string) bool { _, ok := s.orgs[id]; return ok }
	subjects := make(map[string]bool, len(d.Organisations)+len(d.People))
	for i := range d.Organisations {
		o := &d.Organisations[i]
		if register(fail, "organisation", i, o.ID, s.orgs, o.validate(d.Hierarchy)) {
			subjects[o.ID] = true
		}
	}
	for i := range d.Organisations {
		o := &d.Organisations[i]
		if j, ok := s.orgs[o.ID]; o.Parent == "" || !ok || j != i {
			continue // a root, or an organisation already reported
		}
		p, ok := s.orgs[o.Parent]
		if !ok {
			fail("organisation", o.ID, i, fieldErr("parent", "%w %s", ErrUnknownID, q(o.Parent)))
			continue
		}
		if parent := &d.Organisations[p]; o.Level != "" && parent.Level != "" && d.Hierarchy.index(o.Level) <= d.Hierarchy.index(parent.Level) {
			fail("organisation", o.ID, i, fieldErr("level", "level %s is not below its parent's level %s", q(o.Level), q(parent.Level)))
		}
		s.units[o.Parent] = append(s.units[o.Parent], i)
	}
	s.checkCycles(fail)
	for i := range d.People {
		p := &d.People[i]
		switch {
		case p.ID == "" || p.Name == "":
			fail("person", p.ID, i, fieldErr("id", "a person needs an identifier and a name"))
			continue
		case subjects[p.ID]:
			fail("person", p.ID, i, fieldErr("id", "%w %s (organisations and people share identifiers)", ErrDuplicateID, q(p.ID)))
			continue
		case p.Org != "" && !isOrg(p.Org):
			fail("person", p.ID, i, fieldErr("org", "%w %s", ErrUnknownID, q(p.Org)))
		}
		subjects[p.ID] = true
		s.people[p.ID] = i
		if p.Org != "" {
			s.staff[p.Org] = append(s.staff[p.Org], i)
		}
	}
	members := make([]map[string]bool, len(d.Blocs)) // the members of each bloc indexed
	for i := range d.Blocs {
		b := &d.Blocs[i]
		m, err := b.validate(isOrg)
		if register(fail, "bloc", i, b.ID, s.blocs, err) {
			members[i] = m
		}
	}
	blocMembers := func(id string) (map[string]bool, bool) {
		if i, ok := s.blocs[id]; ok {
			return members[i], true
		}
		return nil, false
	}
	for i := range d.Campaigns {
		c := &d.Campaigns[i]
		if !register(fail, "campaign", i, c.ID, s.campaigns, c.validate()) {
			continue
		}
		for j, a := range c.Addressed {
			if !subjects[a] {
				fail("campaign", c.ID, i, fieldErr(fmt.Sprintf("addressed[%d]", j), "%w %s", ErrUnknownID, q(a)))
			}
		}
	}
	for i := range d.Campaigns {
		c := &d.Campaigns[i]
		if _, ok := s.campaigns[c.Parent]; c.Parent != "" && !ok {
			fail("campaign", c.ID, i, fieldErr("parent", "%w %s", ErrUnknownID, q(c.Parent)))
		}
	}
	for i := range d.Registrations {
		r := &d.Registrations[i]
		id := fmt.Sprintf("%s/%d", r.Subject, r.Year)
		_, campaign := s.campaigns[r.Campaign]
		switch {
		case !subjects[r.Subject]:
			fail("registration", id, i, fieldErr("subject", "%w %s: registrations are for known units and people", ErrUnknownID, q(r.Subject)))
		case r.Campaign != "" && !campaign:
			fail("registration", id, i, fieldErr("campaign", "%w %s", ErrUnknownID, q(r.Campaign)))
		}
		if err := checkYear(r.Year); err != nil {
			fail("registration", id, i, &fieldError{field: "year", err: err})
		}
		for j, t := range r.Titles {
			if _, ok := awards.Lookup(t); !ok {
				fail("registration", id, i, &fieldError{field: fmt.Sprintf("titles[%d]", j),
					err: because(awards.ErrUnknownAward, "unknown title or form %s", q(string(t)))})
			}
		}
	}
	for i := range d.Pacts {
		p := &d.Pacts[i]
		if err := checkYear(p.Year); err != nil {
			fail("pact", p.ID, i, &fieldError{field: "year", err: err})
		}
		if len(p.Parties) < 2 {
			fail("pact", p.ID, i, fieldErr("parties", "a pact needs two parties or more"))
		}
		var bloc map[string]bool // the members of the bloc, if any
		if p.Bloc != "" {
			m, ok := blocMembers(p.Bloc)
			if !ok {
				fail("pact", p.ID, i, fieldErr("bloc", "%w %s", ErrUnknownID, q(p.Bloc)))
			}
			bloc = m
		}
		parties := make(map[string]bool, len(p.Parties))
		for j, party := range p.Parties {
			switch {
			case !isOrg(party):
				fail("pact", p.ID, i, fieldErr(fmt.Sprintf("parties[%d]", j), "%w %s", ErrUnknownID, q(party)))
			case bloc != nil && !bloc[party]:
				fail("pact", p.ID, i, fieldErr(fmt.Sprintf("parties[%d]", j), "%s signs in bloc %s but is not a member", q(party), q(p.Bloc)))
			}
			parties[party] = true
		}
		for j, sg := range p.Signatories {
			if !parties[sg.Party] {
				fail("pact", p.ID, i, fieldErr(fmt.Sprintf("signatories[%d].party", j), "%s signs for a party not in the pact", q(sg.Party)))
			}
		}
	}
	for i := range d.Scorecards {
		c := &d.Scorecards[i]
		register(fail, "scorecard", i, c.ID, s.cards, c.Validate())
	}
	for i := range d.ScoreSheets {
		sh := &d.ScoreSheets[i]
		id := fmt.Sprintf("%s/%d", sh.Bloc, sh.Year)
		if err := checkYear(sh.Year); err != nil {
			fail("scoresheet", id, i, &fieldError{field: "year", err: err})
			continue
		}
		c, ok := s.cards[sh.Scorecard]
		if !ok {
			fail("scoresheet", id, i, fieldErr("scorecard", "%w %s", ErrUnknownID, q(sh.Scorecard)))
			continue
		}
		bloc, ok := blocMembers(sh.Bloc)
		if sh.Bloc != "" && !ok {
			fail("scoresheet", id, i, fieldErr("bloc", "%w %s", ErrUnknownID, q(sh.Bloc)))
			continue
		}
		for j := range sh.Scores {
			if m := sh.Scores[j].Member; bloc != nil && !bloc[m] {
				fail("scoresheet", id, i, fieldErr(fmt.Sprintf("scores[%d].member", j), "%s is scored but is not a member of bloc %s", q(m), q(sh.Bloc)))
			}
		}
		if _, err := d.Scorecards[c].Rank(sh.Scores); err != nil {
			fail("scoresheet", id, i, unprefixed(err))
			continue
		}
		k := sheetKey{sh.Bloc, sh.Year}
		if j, dup := s.sheets[k]; dup {
			fail("scoresheet", id, i, fieldErr("year", "%w: a second score sheet for bloc %s in %d (the first is score_sheets[%d])", ErrDuplicateID, q(sh.Bloc), sh.Year, j))
			continue
		}
		s.sheets[k] = i
	}
	for i := range d.Results {
		r := &d.Results[i]
		if _, ok := s.campaigns[r.Campaign]; !ok {
			fail("result", r.Campaign, i, fieldErr("campaign", "%w %s", ErrUnknownID, q(r.Campaign)))
		}
		for j, e := range r.Exemplars {
			if !subjects[e.Subject] {
				fail("result", r.Campaign, i, fieldErr(fmt.Sprintf("exemplars[%d].subject", j), "%w %s", ErrUnknownID, q(e.Subject)))
			}
			if err := checkYear(e.Year); err != nil {
				fail("result", r.Campaign, i, &fieldError{field: fmt.Sprintf("exemplars[%d].year", j), err: err})
			}
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	return nil
}

// checkCycles reports the organisations whose parents lead back to them.
// Each organisation is walked once: the check is linear.
func (s *Season) checkCycles(fail func(kind, id string, i int, err error)) {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(s.d.Organisations))
	var path []int
	for start := range s.d.Organisations {
		path = path[:0]
		cycle := -1 // the organisation where the path closes on itself
		for i := start; ; {
			if state[i] != unseen {
				if state[i] == onPath {
					cycle = i
				}
				break
			}
			state[i] = onPath
			path = append(path, i)
			p, ok := s.orgs[s.d.Organisations[i].Parent]
			if !ok {
				break
			}
			i = p
		}
		if cycle >= 0 {
			o := &s.d.Organisations[start]
			fail("organisation", o.ID, start, fieldErr("parent", "organisations form a cycle through %s", q(s.d.Organisations[cycle].ID)))
		}
		for _, j := range path {
			state[j] = done
		}
	}
}

// register indexes the i-th entity of its kind by id when it validated
// (err == nil) and its id is not taken; otherwise it reports why through
// fail. It reports whether the entity was indexed.
func register(fail func(kind, id string, i int, err error), kind string, i int, id string, index map[string]int, err error) bool {
	_, taken := index[id]
	switch {
	case err != nil:
		fail(kind, id, i, err)
	case taken:
		fail(kind, id, i, fieldErr("id", "%w %s", ErrDuplicateID, q(id)))
	default:
		index[id] = i
		return true
	}
	return false
}

func decimalOf(n int64) decimal.Decimal { return decimal.New(n, 0) }

// clone returns a copy of xs, nil for nil.
func clone[T any](xs []T) []T {
	if xs == nil {
		return nil
	}
	return slices.Clone(xs)
}

// cloneEach returns a copy of xs with each element copied by f.
func cloneEach[T any](xs []T, f func(T) T) []T {
	if xs == nil {
		return nil
	}
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	return maps.Clone(m)
}
