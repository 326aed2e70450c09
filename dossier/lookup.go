package dossier

import (
	"sort"
	"strings"
	"unicode"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"golang.org/x/text/unicode/norm"
)

// Grant is what a subject received: an award, for a period, by a
// decision of an authority.
type Grant struct {
	Subject Subject // the subject as the dossier names it, with the award
	Award   awards.Award
	Period  awards.Period
	// Decision is the decision that granted it: number, date, signer and
	// position (its Granted list left out).
	Decision  Decision
	Authority Unit   // the authority that decided: the dossier's Decider
	Dossier   string // the dossier's ID
}

// Honour returns the grant as awards reads a title or form already
// received ([awards.Record].Honours): the award, the last year of the
// period (and its first, for a stage), the decision with its grantor (the
// Authority's Head, or its Name) and the body whose fund pays.
func (g Grant) Honour() awards.Honour {
	h := awards.Honour{Award: g.Award.ID, Year: g.Period.Last,
		Decision: awards.Decision{Number: g.Decision.Number, Date: g.Decision.Date, Grantor: g.Authority.Head,
			Body: g.Authority.Name}}
	if h.Decision.Grantor == "" {
		h.Decision.Grantor = g.Authority.Name
	}
	if g.Period.Kind == awards.Stage && g.Period.First != g.Period.Last {
		h.FromYear = g.Period.First
	}
	return h
}

// Index finds what subjects received in a set of dossiers the host loads:
// the entries granted by a decision not revoked. It is built once and
// safe for concurrent use. It keeps the dossiers it is given, without
// copying them; the caller must not change them afterwards.
type Index struct {
	dossiers  []Dossier
	all       []ref            // every grant, by decision date, dossier and order in the decision
	bySubject map[string][]ref // a subject's grants, in the same order
	names     []string         // the folded name of each grant of all
}

// ref is a grant: an entry of a dossier.
type ref struct {
	d, e int32
}

// NewIndex indexes the grants of dossiers: every entry that the decision
// of a dossier in the state Decided grants. Cancelled dossiers, revoked
// decisions among them, count for nothing.
func NewIndex(dossiers []Dossier) *Index {
	ix := &Index{dossiers: dossiers, bySubject: map[string][]ref{}}
	for di := range dossiers {
		d := &dossiers[di]
		if d.State != Decided {
			continue
		}
		for _, k := range d.Decision.Granted {
			if ei := d.entry(k); ei >= 0 {
				ix.all = append(ix.all, ref{int32(di), int32(ei)})
			}
		}
	}
	sort.SliceStable(ix.all, func(i, j int) bool {
		a, b := &ix.dossiers[ix.all[i].d], &ix.dossiers[ix.all[j].d]
		if c := a.Decision.Date.Compare(b.Decision.Date); c != 0 {
			return c < 0
		}
		return a.ID < b.ID
	})
	ix.names = make([]string, len(ix.all))
	for i, r := range ix.all {
		e := &ix.dossiers[r.d].Entries[r.e]
		ix.bySubject[e.ID] = append(ix.bySubject[e.ID], r)
		ix.names[i] = fold(e.Name)
	}
	return ix
}

func (ix *Index) grant(r ref) Grant {
	d := &ix.dossiers[r.d]
	e := d.Entries[r.e]
	a, _ := awards.Lookup(e.Award)
	dec := d.Decision
	dec.Granted = nil
	return Grant{Subject: e.Subject, Award: a, Period: d.Period, Decision: dec, Authority: d.Decider, Dossier: d.ID}
}

// Len returns the number of grants indexed.
func (ix *Index) Len() int { return len(ix.all) }

// Subject returns what the subject with the given ID received, oldest
// decision first.
func (ix *Index) Subject(id string) []Grant {
	rs := ix.bySubject[id]
	if len(rs) == 0 {
		return nil
	}
	out := make([]Grant, len(rs))
	for i, r := range rs {
		out[i] = ix.grant(r)
	}
	return out
}

// Honours returns what the subject received as awards reads it, oldest
// decision first ([Grant.Honour]).
func (ix *Index) Honours(id string) []awards.Honour {
	rs := ix.bySubject[id]
	if len(rs) == 0 {
		return nil
	}
	out := make([]awards.Honour, len(rs))
	for i, r := range rs {
		out[i] = ix.grant(r).Honour()
	}
	return out
}

// Fill adds to r.Honours the titles and forms the index knows r's subject
// received and r does not hold (the same award for the same year), so
// that awards judges "previous titles" from the decisions themselves. It
// returns the number added.
func (ix *Index) Fill(r *awards.Record) int {
	n := 0
	for _, h := range ix.Honours(r.ID) {
		held := false
		for _, old := range r.Honours {
			if old.Award == h.Award && old.Year == h.Year {
				held = true
				break
			}
		}
		if !held {
			r.Honours = append(r.Honours, h)
			n++
		}
	}
	return n
}

// Query selects grants for a portal's search. Zero fields select
// everything.
type Query struct {
	// Name matches a part of the subject's name, without regard to case
	// or diacritics: "nguyen van an" finds "Nguyễn Văn An".
	Name      string
	Award     awards.ID
	Kind      awards.SubjectKind // Individual, Collective or Household
	Year      int                // the last year of the period
	Authority string             // the deciding authority's Code
	// From and To bound the decision's date, both included.
	From, To metrics.Date
}

// Search returns the grants q selects, oldest decision first.
func (ix *Index) Search(q Query) []Grant {
	name := fold(q.Name)
	var out []Grant
	for i, r := range ix.all {
		d := &ix.dossiers[r.d]
		e := &d.Entries[r.e]
		switch {
		case q.Award != "" && e.Award != q.Award,
			q.Kind != 0 && e.Kind != q.Kind,
			q.Year != 0 && d.Period.Last != q.Year,
			q.Authority != "" && d.Decider.Code != q.Authority,
			!q.From.IsZero() && d.Decision.Date.Before(q.From),
			!q.To.IsZero() && d.Decision.Date.After(q.To),
			name != "" && !strings.Contains(ix.names[i], name):
			continue
		}
		out = append(out, ix.grant(r))
	}
	return out
}

// fold returns s without diacritics, in lower case, with single spaces,
// for matching names: "Nguyễn  Văn Đức" → "nguyen van duc".
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
