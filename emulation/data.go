package emulation

import (
	"errors"
	"fmt"

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

// Exemplar is an exemplary unit or person ("điển hình tiên tiến") of a
// campaign, with what they achieved.
type Exemplar struct {
	Subject     string `json:"subject"` // Organisation or Person ID
	Year        int    `json:"year"`
	Achievement string `json:"achievement"`
}

// Data is everything a campaign season holds: organisations and people,
// blocs, campaigns, registrations, pacts, scorecards and scores, results.
// Call Validate before using the lookups.
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

	orgs      map[string]*Organisation
	people    map[string]*Person
	blocs     map[string]*Bloc
	campaigns map[string]*Campaign
	cards     map[string]*Scorecard
}

// Organisation returns the organisation with the given ID.
func (d *Data) Organisation(id string) (*Organisation, bool) { o, ok := d.orgs[id]; return o, ok }

// Person returns the person with the given ID.
func (d *Data) Person(id string) (*Person, bool) { p, ok := d.people[id]; return p, ok }

// Bloc returns the bloc with the given ID.
func (d *Data) Bloc(id string) (*Bloc, bool) { b, ok := d.blocs[id]; return b, ok }

// Campaign returns the campaign with the given ID.
func (d *Data) Campaign(id string) (*Campaign, bool) { c, ok := d.campaigns[id]; return c, ok }

// Scorecard returns the scorecard with the given ID.
func (d *Data) Scorecard(id string) (*Scorecard, bool) { s, ok := d.cards[id]; return s, ok }

// NameOf returns the name of an organisation or person, or the ID itself.
func (d *Data) NameOf(id string) string {
	if o, ok := d.orgs[id]; ok {
		return o.Name
	}
	if p, ok := d.people[id]; ok {
		return p.Name
	}
	return id
}

// Staff returns the people of an organisation and of the organisations
// under it.
func (d *Data) Staff(org string) []Person {
	var out []Person
	for _, p := range d.People {
		for o := p.Org; o != ""; {
			if o == org {
				out = append(out, p)
				break
			}
			parent, ok := d.orgs[o]
			if !ok {
				break
			}
			o = parent.Parent
		}
	}
	return out
}

// Units returns the organisations directly under org.
func (d *Data) Units(org string) []Organisation {
	var out []Organisation
	for _, o := range d.Organisations {
		if o.Parent == org {
			out = append(out, o)
		}
	}
	return out
}

// maxErrors bounds the errors Validate reports at once.
const maxErrors = 20

// Validate checks the data and builds its lookups. It reports every
// problem it finds (up to 20), each a *ValidationError naming the entity,
// its position and the field: duplicate identifiers, references to unknown
// ones, a campaign that ends before it starts, a bloc lead who is not a
// member, sub-criteria that do not add up, scores out of range.
func (d *Data) Validate() error {
	var errs []error
	fail := func(kind, id string, i int, err error) {
		if len(errs) < maxErrors {
			errs = append(errs, entityErr(kind, id, i, err))
		}
	}
	d.orgs = make(map[string]*Organisation, len(d.Organisations))
	d.people = make(map[string]*Person, len(d.People))
	d.blocs = make(map[string]*Bloc, len(d.Blocs))
	d.campaigns = make(map[string]*Campaign, len(d.Campaigns))
	d.cards = make(map[string]*Scorecard, len(d.Scorecards))
	subjects := map[string]bool{}
	for i := range d.Organisations {
		o := &d.Organisations[i]
		if register(fail, "organisation", i, o.ID, o, d.orgs, o.validate(d.Hierarchy)) {
			subjects[o.ID] = true
		}
	}
	for i := range d.Organisations {
		o := &d.Organisations[i]
		if o.Parent == "" {
			continue
		}
		if d.orgs[o.Parent] == nil {
			fail("organisation", o.ID, i, fieldErr("parent", "%w %q", ErrUnknownID, o.Parent))
			continue
		}
		// No cycles; a unit's level lies below its parent's.
		seen := map[string]bool{o.ID: true}
		for p := o.Parent; p != ""; p = d.orgs[p].Parent {
			if seen[p] {
				fail("organisation", o.ID, i, fieldErr("parent", "organisations form a cycle through %q", p))
				break
			}
			seen[p] = true
			if d.orgs[p] == nil {
				break
			}
		}
		if parent := d.orgs[o.Parent]; o.Level != "" && parent.Level != "" && d.Hierarchy.index(o.Level) <= d.Hierarchy.index(parent.Level) {
			fail("organisation", o.ID, i, fieldErr("level", "level %q is not below its parent's level %q", o.Level, parent.Level))
		}
	}
	for i := range d.People {
		p := &d.People[i]
		switch {
		case p.ID == "" || p.Name == "":
			fail("person", p.ID, i, fieldErr("id", "a person needs an identifier and a name"))
			continue
		case subjects[p.ID]:
			fail("person", p.ID, i, fieldErr("id", "%w %q (organisations and people share identifiers)", ErrDuplicateID, p.ID))
			continue
		case p.Org != "" && d.orgs[p.Org] == nil:
			fail("person", p.ID, i, fieldErr("org", "%w %q", ErrUnknownID, p.Org))
		}
		subjects[p.ID] = true
		d.people[p.ID] = p
	}
	for i := range d.Blocs {
		b := &d.Blocs[i]
		register(fail, "bloc", i, b.ID, b, d.blocs, b.validate(d.orgs))
	}
	for i := range d.Campaigns {
		c := &d.Campaigns[i]
		if !register(fail, "campaign", i, c.ID, c, d.campaigns, c.validate()) {
			continue
		}
		for j, a := range c.Addressed {
			if !subjects[a] {
				fail("campaign", c.ID, i, fieldErr(fmt.Sprintf("addressed[%d]", j), "%w %q", ErrUnknownID, a))
			}
		}
	}
	for i := range d.Campaigns {
		c := &d.Campaigns[i]
		if c.Parent != "" && d.campaigns[c.Parent] == nil {
			fail("campaign", c.ID, i, fieldErr("parent", "%w %q", ErrUnknownID, c.Parent))
		}
	}
	for i := range d.Registrations {
		r := &d.Registrations[i]
		id := fmt.Sprintf("%s/%d", r.Subject, r.Year)
		switch {
		case !subjects[r.Subject]:
			fail("registration", id, i, fieldErr("subject", "%w %q: registrations are for known units and people", ErrUnknownID, r.Subject))
		case r.Campaign != "" && d.campaigns[r.Campaign] == nil:
			fail("registration", id, i, fieldErr("campaign", "%w %q", ErrUnknownID, r.Campaign))
		case r.Year < 1900 || r.Year > 2200:
			fail("registration", id, i, fieldErr("year", "%d is not a year", r.Year))
		}
		for j, t := range r.Titles {
			if _, ok := awards.Lookup(t); !ok {
				fail("registration", id, i, fieldErr(fmt.Sprintf("titles[%d]", j), "%w %q", awards.ErrUnknownAward, t))
			}
		}
	}
	for i := range d.Pacts {
		p := &d.Pacts[i]
		if len(p.Parties) < 2 {
			fail("pact", p.ID, i, fieldErr("parties", "a pact needs two parties or more"))
		}
		var bloc *Bloc
		if p.Bloc != "" {
			if bloc = d.blocs[p.Bloc]; bloc == nil {
				fail("pact", p.ID, i, fieldErr("bloc", "%w %q", ErrUnknownID, p.Bloc))
			}
		}
		parties := map[string]bool{}
		for j, party := range p.Parties {
			switch {
			case d.orgs[party] == nil:
				fail("pact", p.ID, i, fieldErr(fmt.Sprintf("parties[%d]", j), "%w %q", ErrUnknownID, party))
			case bloc != nil && !bloc.HasMember(party):
				fail("pact", p.ID, i, fieldErr(fmt.Sprintf("parties[%d]", j), "%q signs in bloc %q but is not a member", party, bloc.ID))
			}
			parties[party] = true
		}
		for j, s := range p.Signatories {
			if !parties[s.Party] {
				fail("pact", p.ID, i, fieldErr(fmt.Sprintf("signatories[%d].party", j), "%q signs for a party not in the pact", s.Party))
			}
		}
	}
	for i := range d.Scorecards {
		s := &d.Scorecards[i]
		register(fail, "scorecard", i, s.ID, s, d.cards, s.Validate())
	}
	for i := range d.ScoreSheets {
		sh := &d.ScoreSheets[i]
		id := fmt.Sprintf("%s/%d", sh.Bloc, sh.Year)
		card := d.cards[sh.Scorecard]
		if card == nil {
			fail("scoresheet", id, i, fieldErr("scorecard", "%w %q", ErrUnknownID, sh.Scorecard))
			continue
		}
		bloc := d.blocs[sh.Bloc]
		if sh.Bloc != "" && bloc == nil {
			fail("scoresheet", id, i, fieldErr("bloc", "%w %q", ErrUnknownID, sh.Bloc))
			continue
		}
		for j := range sh.Scores {
			m := sh.Scores[j].Member
			if bloc != nil && !bloc.HasMember(m) {
				fail("scoresheet", id, i, fieldErr(fmt.Sprintf("scores[%d].member", j), "%q is scored but is not a member of bloc %q", m, bloc.ID))
			}
		}
		if _, err := card.Rank(sh.Scores); err != nil {
			fail("scoresheet", id, i, err)
		}
	}
	for i := range d.Results {
		r := &d.Results[i]
		if d.campaigns[r.Campaign] == nil {
			fail("result", r.Campaign, i, fieldErr("campaign", "%w %q", ErrUnknownID, r.Campaign))
		}
		for j, e := range r.Exemplars {
			if !subjects[e.Subject] {
				fail("result", r.Campaign, i, fieldErr(fmt.Sprintf("exemplars[%d].subject", j), "%w %q", ErrUnknownID, e.Subject))
			}
		}
	}
	return errors.Join(errs...)
}

// Ranking ranks the score sheet of a bloc for a year.
func (d *Data) Ranking(bloc string, year int) (*ScoreSheet, *Scorecard, []Standing, error) {
	for i := range d.ScoreSheets {
		sh := &d.ScoreSheets[i]
		if sh.Bloc == bloc && sh.Year == year {
			card, ok := d.cards[sh.Scorecard]
			if !ok {
				return nil, nil, nil, fmt.Errorf("emulation: scorecard %q: %w", sh.Scorecard, ErrUnknownID)
			}
			st, err := card.Rank(sh.Scores)
			return sh, card, st, err
		}
	}
	return nil, nil, nil, fmt.Errorf("emulation: no scores for bloc %q in %d: %w", bloc, year, ErrUnknownID)
}

func decimalOf(n int64) decimal.Decimal { return decimal.New(n, 0) }

// register indexes item, the i-th of its kind, by id when it validated
// (err == nil) and its id is not taken; otherwise it reports why through
// fail. It reports whether item was indexed.
func register[T any](fail func(kind, id string, i int, err error), kind string, i int, id string, item *T, index map[string]*T, err error) bool {
	switch {
	case err != nil:
		fail(kind, id, i, err)
	case index[id] != nil:
		fail(kind, id, i, fieldErr("id", "%w %q", ErrDuplicateID, id))
	default:
		index[id] = item
		return true
	}
	return false
}
