package emulation

import (
	"fmt"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
)

// Registration is a unit's or a person's registration for emulation
// ("đăng ký thi đua"): for a campaign, or for the year's regular emulation
// when Campaign is empty, with the titles they aim for and their
// commitments.
type Registration struct {
	Subject     string       `json:"subject"`            // an Organisation or Person ID
	Campaign    string       `json:"campaign,omitempty"` // a Campaign ID, or "" for the year
	Year        int          `json:"year"`
	Date        metrics.Date `json:"date,omitzero"`
	Titles      []awards.ID  `json:"titles,omitempty"` // the titles registered ("đăng ký danh hiệu")
	Commitments []string     `json:"commitments,omitempty"`
}

func (r Registration) clone() Registration {
	r.Titles, r.Commitments = clone(r.Titles), clone(r.Commitments)
	return r
}

// Rate is a registration rate computed from registrations: of the subjects
// addressed, how many registered.
type Rate struct {
	Addressed  metrics.Count // tập thể, cá nhân được phát động
	Registered metrics.Count // đã đăng ký
	Missing    []string      // IDs of those who did not register
}

// Percent returns the rate in percent, rounded half up to the given
// places, and false when nobody was addressed.
func (r Rate) Percent(places int32) (string, bool) {
	if r.Addressed.N() == 0 {
		return "", false
	}
	// The counts are int64 whatever the platform, and a ratio of decimals
	// neither overflows nor rounds before the percent is rounded.
	p, err := metrics.Ratio{Num: decimalOf(r.Registered.N()), Den: decimalOf(r.Addressed.N())}.
		Percent(metrics.Rounding{Mode: metrics.HalfUp, Places: places})
	if err != nil {
		return "", false
	}
	return metrics.FormatPercent(p), true
}

// String writes the rate as reports do: "100% tập thể, cá nhân đăng ký thi
// đua (36/36)".
func (r Rate) String() string {
	p, ok := r.Percent(2)
	if !ok {
		return "chưa có đối tượng được phát động"
	}
	return fmt.Sprintf("%s tập thể, cá nhân đăng ký thi đua (%d/%d)", p, r.Registered.N(), r.Addressed.N())
}

// RegistrationRate computes the rate of registration for a campaign (or the
// year's regular emulation when campaign is empty) among subjects: every
// addressed subject counts once, however often it is listed or registered.
func (s *Season) RegistrationRate(campaign string, year int, subjects []string) Rate {
	registered := map[string]bool{}
	for _, r := range s.d.Registrations {
		if r.Campaign == campaign && r.Year == year {
			registered[r.Subject] = true
		}
	}
	addressed := make(map[string]bool, len(subjects))
	var n, m int64
	var missing []string
	for _, id := range subjects {
		if addressed[id] {
			continue
		}
		addressed[id] = true
		n++
		if registered[id] {
			m++
		} else {
			missing = append(missing, id)
		}
	}
	return Rate{
		Addressed:  metrics.NewCount(n, "tập thể, cá nhân"),
		Registered: metrics.NewCount(m, "tập thể, cá nhân"),
		Missing:    missing,
	}
}

// ApplyRegistrations marks in each awards record whether its subject
// registered for emulation in year (for the year's regular emulation or
// any campaign): a basis for titles under the 2003 law. Records of
// subjects without a registration that year are marked No; the year record
// is created when missing.
func (s *Season) ApplyRegistrations(records []*awards.Record, year int) {
	registered := map[string]bool{}
	for _, r := range s.d.Registrations {
		if r.Year == year {
			registered[r.Subject] = true
		}
	}
	for _, rec := range records {
		y := rec.Year(year)
		if y == nil {
			rec.Years = append(rec.Years, awards.Year{Year: year})
			y = &rec.Years[len(rec.Years)-1]
		}
		y.Registered = awards.No
		if registered[rec.ID] {
			y.Registered = awards.Yes
		}
	}
}

// Pact is an emulation pact ("giao ước thi đua") signed among the members
// of a bloc, or between departments of an agency.
type Pact struct {
	ID          string       `json:"id"`
	Bloc        string       `json:"bloc,omitempty"`     // the bloc it is signed in, if any
	Campaign    string       `json:"campaign,omitempty"` // the campaign it carries out, if any
	Year        int          `json:"year"`
	Parties     []string     `json:"parties"` // organisation IDs
	Signatories []Signatory  `json:"signatories,omitempty"`
	Commitments []string     `json:"commitments,omitempty"`
	Signed      metrics.Date `json:"signed,omitzero"`
}

func (p Pact) clone() Pact {
	p.Parties, p.Signatories, p.Commitments = clone(p.Parties), clone(p.Signatories), clone(p.Commitments)
	return p
}

// Signatory is who signed a pact for a party.
type Signatory struct {
	Party  string `json:"party"`            // organisation ID
	Person string `json:"person,omitempty"` // a Person ID, or a name when the person is outside the data
	Office string `json:"office,omitempty"` // "Giám đốc", "Trưởng phòng"
}
