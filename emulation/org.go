package emulation

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Hierarchy is the administrative levels of a province, highest first. It
// is configured, not built in: since 01/07/2025 local government has two
// levels (tỉnh, xã), before it three (tỉnh, huyện, xã).
type Hierarchy struct {
	Levels []string `json:"levels"`
}

// Hierarchies before and after the reorganisation of 01/07/2025.
var (
	ThreeTier = Hierarchy{Levels: []string{"tỉnh", "huyện", "xã"}}
	TwoTier   = Hierarchy{Levels: []string{"tỉnh", "xã"}}
)

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
// "D", tones after the bare letter), case and diacritics included.
func Compare(a, b string) int {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	return c.CompareString(norm.NFC.String(a), norm.NFC.String(b))
}

// SortPeople sorts people the Vietnamese way: by given name, then family
// name, then middle names, then ID.
func SortPeople(ps []Person) {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	keys := make(map[string][]string, len(ps))
	key := func(p Person) []string {
		if k, ok := keys[p.ID]; ok {
			return k
		}
		f := strings.Fields(norm.NFC.String(p.Name))
		var k []string
		if len(f) > 0 {
			k = append(k, f[len(f)-1], f[0], strings.Join(f[1:max(1, len(f)-1)], " "))
		}
		keys[p.ID] = k
		return k
	}
	sort.SliceStable(ps, func(i, j int) bool {
		ki, kj := key(ps[i]), key(ps[j])
		for n := 0; n < len(ki) && n < len(kj); n++ {
			if r := c.CompareString(ki[n], kj[n]); r != 0 {
				return r < 0
			}
		}
		if len(ki) != len(kj) {
			return len(ki) < len(kj)
		}
		return ps[i].ID < ps[j].ID
	})
}

// SortOrganisations sorts organisations by name, the Vietnamese way.
func SortOrganisations(os []Organisation) {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	sort.SliceStable(os, func(i, j int) bool {
		if r := c.CompareString(norm.NFC.String(os[i].Name), norm.NFC.String(os[j].Name)); r != 0 {
			return r < 0
		}
		return os[i].ID < os[j].ID
	})
}

func (o *Organisation) validate(h Hierarchy) error {
	switch {
	case o.ID == "":
		return fieldErr("id", "missing")
	case o.Name == "":
		return fieldErr("name", "missing")
	case o.Level != "" && h.index(o.Level) < 0:
		return fieldErr("level", "%q is not a level of the hierarchy (%s)", o.Level, strings.Join(h.Levels, ", "))
	}
	return nil
}

func (b *Bloc) validate(orgs map[string]*Organisation) error {
	switch {
	case b.ID == "":
		return fieldErr("id", "missing")
	case b.Name == "":
		return fieldErr("name", "missing")
	case b.Kind != SectorBloc && b.Kind != AreaCluster:
		return fieldErr("kind", "want khối or cụm")
	}
	seen := map[string]bool{}
	for i, m := range b.Members {
		if orgs[m] == nil {
			return fieldErr(fmt.Sprintf("members[%d]", i), "%w %q: not an organisation", ErrUnknownID, m)
		}
		if seen[m] {
			return fieldErr(fmt.Sprintf("members[%d]", i), "%w: %q is a member twice", ErrDuplicateID, m)
		}
		seen[m] = true
	}
	years := map[int]bool{}
	for i, l := range b.Leads {
		f := fmt.Sprintf("leads[%d]", i)
		if years[l.Year] {
			return fieldErr(f, "two leads for %d", l.Year)
		}
		years[l.Year] = true
		if !b.HasMember(l.Lead) {
			return fieldErr(f+".lead", "%q leads the bloc in %d but is not a member", l.Lead, l.Year)
		}
		if l.Deputy != "" && !b.HasMember(l.Deputy) {
			return fieldErr(f+".deputy", "%q is deputy lead in %d but is not a member", l.Deputy, l.Year)
		}
		if l.Deputy == l.Lead {
			return fieldErr(f+".deputy", "%q cannot be both lead and deputy", l.Lead)
		}
	}
	return nil
}
