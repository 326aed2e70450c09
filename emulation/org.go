package emulation

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/tdkt-vn/tdkt/internal/nfc"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Hierarchy is the administrative levels of a province, highest first. It
// is configured, not built in: since 01/07/2025 local government has two
// levels (tỉnh, xã), before it three (tỉnh, huyện, xã).
type Hierarchy struct {
	Levels []string `json:"levels"`
}

// ThreeTier returns the hierarchy of local government before the
// reorganisation of 01/07/2025: tỉnh, huyện, xã. Each call returns a new
// value, which the caller may change.
func ThreeTier() Hierarchy { return Hierarchy{Levels: []string{"tỉnh", "huyện", "xã"}} }

// TwoTier returns the hierarchy of local government since the
// reorganisation of 01/07/2025: tỉnh, xã. Each call returns a new value,
// which the caller may change.
func TwoTier() Hierarchy { return Hierarchy{Levels: []string{"tỉnh", "xã"}} }

func (h Hierarchy) clone() Hierarchy { h.Levels = clone(h.Levels); return h }

func (h Hierarchy) index(level string) int {
	for i, l := range h.Levels {
		if l == level {
			return i
		}
	}
	return -1
}

// Organisation is an agency, one of its departments or centres, a commune, a
// school: anything that emulates, registers and is ranked.
type Organisation struct {
	ID     string `json:"id"`
	Name   string `json:"name"`             // "Sở Nội vụ tỉnh Lam Sơn", "Phòng Tổ chức, biên chế"
	Short  string `json:"short,omitempty"`  // "SNV": used in document symbols
	Kind   string `json:"kind,omitempty"`   // "sở", "phòng", "trung tâm", "xã", "trường", … as the data say
	Parent string `json:"parent,omitempty"` // the organisation it belongs to, if any
	// Level is the administrative level for local government units (a
	// level of the Hierarchy); empty for agencies and their departments.
	Level string `json:"level,omitempty"`
}

// Person is a member of staff.
type Person struct {
	ID       string `json:"id"`
	Name     string `json:"name"`               // full name, family name first: "Triệu Thị Kiều Dung"
	Org      string `json:"org,omitempty"`      // the organisation they work in
	Position string `json:"position,omitempty"` // "Phó Giám đốc", "Chuyên viên"
}

// GivenName returns the last word of the name, by which Vietnamese lists
// sort: "Dung" in "Triệu Thị Kiều Dung".
func (p Person) GivenName() string {
	f := strings.Fields(p.Name)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// BlocKind tells blocs from clusters.
type BlocKind uint8

const (
	SectorBloc  BlocKind = iota + 1 // khối thi đua: bodies of the same field
	AreaCluster                     // cụm thi đua: bodies of the same area
)

func (k BlocKind) String() string {
	if k == AreaCluster {
		return "cụm thi đua"
	}
	return "khối thi đua"
}

// Lead is the leader and deputy of a bloc for a year.
type Lead struct {
	Year   int    `json:"year"`
	Lead   string `json:"lead"`             // organisation ID ("Trưởng khối")
	Deputy string `json:"deputy,omitempty"` // organisation ID ("Phó Trưởng khối")
}

// Bloc is a bloc or cluster of emulation ("khối, cụm thi đua"),
// organised by a council (Hội đồng Thi đua - Khen thưởng) of some level.
type Bloc struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"` // "Khối thi đua các cơ quan tham mưu tổng hợp"
	Kind      BlocKind `json:"kind"`
	Organiser string   `json:"organiser,omitempty"` // "Hội đồng Thi đua - Khen thưởng tỉnh Lam Sơn"
	Members   []string `json:"members"`
	Leads     []Lead   `json:"leads,omitempty"`
}

// Lead returns the leads of year y.
func (b *Bloc) Lead(y int) (Lead, bool) {
	for _, l := range b.Leads {
		if l.Year == y {
			return l, true
		}
	}
	return Lead{}, false
}

// HasMember reports whether org is a member of the bloc.
func (b *Bloc) HasMember(org string) bool {
	for _, m := range b.Members {
		if m == org {
			return true
		}
	}
	return false
}

// Vietnamese sorting. A collator is not safe for concurrent use, so each
// call takes one from a pool.
var collators = sync.Pool{New: func() any { return collate.New(language.Vietnamese) }}

// Compare compares two strings in Vietnamese alphabetical order ("Đ" after
// "D", tones after the bare letter), case and diacritics included. It is
// public for lists the library does not sort itself (units of a report,
// place names): use it with slices.SortFunc.
func Compare(a, b string) int {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	return c.CompareString(nfc.String(a), nfc.String(b))
}

// SortPeople sorts people the Vietnamese way: by given name, then family
// name, then middle names, then ID; people equal in all four keep their
// order. IDs may be empty or repeated.
func SortPeople(ps []Person) {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	var buf collate.Buffer
	keys := make([]sortKey, len(ps))
	for i := range ps {
		f := strings.Fields(nfc.String(ps[i].Name))
		k := sortKey{i: i, id: ps[i].ID}
		if len(f) > 0 {
			k.words = 3
			k.k[0] = c.KeyFromString(&buf, f[len(f)-1])
			k.k[1] = c.KeyFromString(&buf, f[0])
			k.k[2] = c.KeyFromString(&buf, strings.Join(f[1:max(1, len(f)-1)], " "))
		}
		keys[i] = k
	}
	sortBy(ps, keys)
}

// SortOrganisations sorts organisations by name, the Vietnamese way, then
// by ID; organisations equal in both keep their order.
func SortOrganisations(os []Organisation) {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	var buf collate.Buffer
	keys := make([]sortKey, len(os))
	for i := range os {
		keys[i] = sortKey{i: i, id: os[i].ID, words: 1}
		keys[i].k[0] = c.KeyFromString(&buf, nfc.String(os[i].Name))
	}
	sortBy(os, keys)
}

// sortKey is the collation key of the i-th element of a list: up to three
// words compared in turn, then the ID. Keys are computed once per
// element, by position, whatever the IDs.
type sortKey struct {
	k     [3][]byte
	words int // 0 for a name with no words, which sorts first
	id    string
	i     int
}

func (a *sortKey) compare(b *sortKey) int {
	if a.words != b.words {
		return cmp.Compare(a.words, b.words)
	}
	for n := range a.words {
		if r := bytes.Compare(a.k[n], b.k[n]); r != 0 {
			return r
		}
	}
	return strings.Compare(a.id, b.id)
}

// sortBy puts xs in the order of keys, keys[i] being the key of xs[i].
func sortBy[T any](xs []T, keys []sortKey) {
	slices.SortStableFunc(keys, func(a, b sortKey) int { return a.compare(&b) })
	sorted := make([]T, len(xs))
	for j := range keys {
		sorted[j] = xs[keys[j].i]
	}
	copy(xs, sorted)
}

func (o *Organisation) validate(h Hierarchy) error {
	switch {
	case o.ID == "":
		return fieldErr("id", "missing")
	case o.Name == "":
		return fieldErr("name", "missing")
	case o.Level != "" && h.index(o.Level) < 0:
		return fieldErr("level", "%s is not a level of the hierarchy (%s)", q(o.Level), strings.Join(h.Levels, ", "))
	}
	return nil
}

// validate checks the bloc and returns the set of its members.
func (b *Bloc) validate(isOrg func(string) bool) (map[string]bool, error) {
	switch {
	case b.ID == "":
		return nil, fieldErr("id", "missing")
	case b.Name == "":
		return nil, fieldErr("name", "missing")
	case b.Kind != SectorBloc && b.Kind != AreaCluster:
		return nil, fieldErr("kind", "want khối or cụm")
	}
	members := make(map[string]bool, len(b.Members))
	for i, m := range b.Members {
		if !isOrg(m) {
			return nil, fieldErr(fmt.Sprintf("members[%d]", i), "%w %s: not an organisation", ErrUnknownID, q(m))
		}
		if members[m] {
			return nil, fieldErr(fmt.Sprintf("members[%d]", i), "%w: %s is a member twice", ErrDuplicateID, q(m))
		}
		members[m] = true
	}
	years := map[int]bool{}
	for i, l := range b.Leads {
		f := fmt.Sprintf("leads[%d]", i)
		if err := checkYear(l.Year); err != nil {
			return nil, &fieldError{field: f + ".year", err: err}
		}
		if years[l.Year] {
			return nil, fieldErr(f, "two leads for %d", l.Year)
		}
		years[l.Year] = true
		if !members[l.Lead] {
			return nil, fieldErr(f+".lead", "%s leads the bloc in %d but is not a member", q(l.Lead), l.Year)
		}
		if l.Deputy != "" && !members[l.Deputy] {
			return nil, fieldErr(f+".deputy", "%s is deputy lead in %d but is not a member", q(l.Deputy), l.Year)
		}
		if l.Deputy == l.Lead {
			return nil, fieldErr(f+".deputy", "%s cannot be both lead and deputy", q(l.Lead))
		}
	}
	return members, nil
}

func (b Bloc) clone() Bloc {
	b.Members, b.Leads = clone(b.Members), clone(b.Leads)
	return b
}
