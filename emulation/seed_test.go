package emulation

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
)

// TestSeedSeason models the campaigns, pacts and registrations of the seed
// report (Sở Ngoại vụ tỉnh Cao Bằng, first half of 2022) as data; the staff
// list is made up where the report is silent. The registration rate is
// computed, not typed.
func TestSeedSeason(t *testing.T) {
	d, err := LoadFile("testdata/seed.json")
	require.NoError(t, err)

	c, ok := d.Campaign("PT-SNGV-2022")
	require.True(t, ok)
	if c.Form != Regular || c.Scope != Agency || c.LaunchedBy.Office != "Giám đốc Sở" || c.Parent != "PT-TINH-2022" {
		t.Errorf("the department's campaign = %+v", c)
	}
	if s, ok := c.Stage(metrics.MustDate("30/06/2022")); !ok || s != Interim {
		t.Errorf("stage on 30/06/2022 = %v, %v; want sơ kết", s, ok)
	}
	if s, _ := c.Stage(metrics.MustDate("01/03/2022")); s != Launched {
		t.Errorf("stage on 01/03/2022 = %v; want phát động", s)
	}
	if _, ok := c.Stage(metrics.MustDate("01/01/2022")); ok {
		t.Error("the campaign had a stage before it was planned")
	}
	thematic := 0
	for _, c := range d.Campaigns() {
		if c.Form == Thematic {
			thematic++
		}
	}
	if thematic != 4 {
		t.Errorf("%d thematic campaigns; want 4 (Hồ Chí Minh, two NTM, người nghèo)", thematic)
	}
	if got := d.Campaigns()[4].Title(); got != "Phong trào thi đua “Cao Bằng chung sức xây dựng nông thôn mới”" {
		t.Errorf("Title() = %q", got)
	}

	// "kết quả 100% tập thể, cá nhân trong toàn đơn vị đăng ký thi đua"
	rate := d.RegistrationRate("PT-SNGV-2022", 2022, c.Addressed)
	if got := rate.String(); got != "100% tập thể, cá nhân đăng ký thi đua (37/37)" {
		t.Errorf("rate = %q", got)
	}
	// One missing registration is noticed and named.
	data := d.Data()
	data.Registrations = data.Registrations[1:]
	fewer, err := New(data)
	require.NoError(t, err)
	rate = fewer.RegistrationRate("PT-SNGV-2022", 2022, c.Addressed)
	if p, _ := rate.Percent(2); p != "97,3%" || len(rate.Missing) != 1 || rate.Missing[0] != "VP" {
		t.Errorf("rate without VP = %s missing %v; want 97,3%% missing [VP]", p, rate.Missing)
	}
	// A subject listed twice counts once.
	rate = fewer.RegistrationRate("PT-SNGV-2022", 2022, append(c.Addressed, "VP", c.Addressed[1]))
	if rate.Addressed.N() != 37 || rate.Registered.N() != 36 || len(rate.Missing) != 1 {
		t.Errorf("rate with repeated subjects = %d/%d missing %v; want 36/37 missing [VP]", rate.Registered.N(), rate.Addressed.N(), rate.Missing)
	}
	// The season the data came from is unchanged.
	if got := d.RegistrationRate("PT-SNGV-2022", 2022, c.Addressed).String(); got != "100% tập thể, cá nhân đăng ký thi đua (37/37)" {
		t.Errorf("rate of the first season after a change to its Data() = %q", got)
	}

	// Pacts: among the departments, and in the bloc.
	if pacts := d.Pacts(); len(pacts) != 2 || len(pacts[0].Parties) != 5 || pacts[1].Bloc != "KHOI-THTH" {
		t.Errorf("pacts = %+v", pacts)
	}
	b, _ := d.Bloc("KHOI-THTH")
	if l, ok := b.Lead(2022); !ok || l.Lead != "VPUB" || !b.HasMember("SNGV") {
		t.Errorf("bloc = %+v", b)
	}

	// Registrations become the registration fact of the awards records.
	recs := []*awards.Record{{ID: "CB01", Kind: awards.Individual}, {ID: "VP", Kind: awards.Collective}}
	fewer.ApplyRegistrations(recs, 2022) // VP did not register
	if recs[0].Year(2022).Registered != awards.Yes || recs[1].Year(2022).Registered != awards.No {
		t.Errorf("registered = %v, %v; want có, không", recs[0].Year(2022).Registered, recs[1].Year(2022).Registered)
	}

	// Results: figures with their names, an exemplar.
	r := d.Results()[0]
	total, err := metrics.SumAmounts("giá trị kêu gọi", r.Amounts...)
	require.NoError(t, err)
	if got := (metrics.Formatter{Scale: metrics.AutoScale}).Amount(total.Value); got != "270 triệu đồng" {
		t.Errorf("results total = %q; want 270 triệu đồng", got)
	}
	if d.NameOf(r.Exemplars[0].Subject) != "Phòng Hợp tác quốc tế" {
		t.Errorf("exemplar = %q", d.NameOf(r.Exemplars[0].Subject))
	}
	if staff := d.Staff("SNGV"); len(staff) != 32 || staff[0].ID != "CB01" {
		t.Errorf("Staff(SNGV) = %d people; want 32, CB01 first", len(staff))
	}
	if staff := d.Staff("UBND-CB"); len(staff) != len(d.People()) {
		t.Errorf("Staff(UBND-CB) = %d people; want all %d", len(staff), len(d.People()))
	}
	if units := d.Units("SNGV"); len(units) != 5 || units[0].ID != "VP" || units[4].ID != "TTTT" {
		t.Errorf("Units(SNGV) = %v; want the 5 departments in the order of the data", units)
	}
	if o, ok := d.Organisation("VUNONG"); !ok || o.Parent != "NB" || o.Level != "xã" {
		t.Errorf("Organisation(VUNONG) = %+v, %v", o, ok)
	}
	if p, ok := d.Person("CB01"); !ok || p.Name != "Triệu Thị Kiều Dung" {
		t.Errorf("Person(CB01) = %+v, %v", p, ok)
	}
	if _, ok := d.Person("VP"); ok {
		t.Error("Person(VP) found an organisation")
	}
}

func TestValidationErrors(t *testing.T) {
	base := func() *Data {
		s, err := LoadFile("testdata/seed.json")
		if err != nil {
			t.Fatal(err)
		}
		d := s.Data()
		return &d
	}
	tests := []struct {
		name  string
		edit  func(*Data)
		kind  string
		field string
		is    error
	}{
		{"campaign ends before it starts", func(d *Data) { d.Campaigns[0].To = metrics.MustDate("31/12/2021") }, "campaign", "to", nil},
		{"duplicate organisation", func(d *Data) { d.Organisations[3].ID = "SNGV" }, "organisation", "id", ErrDuplicateID},
		{"person with an organisation's ID", func(d *Data) { d.People[0].ID = "VP" }, "person", "id", ErrDuplicateID},
		{"bloc lead not a member", func(d *Data) { d.Blocs[0].Leads[0].Lead = "VP" }, "bloc", "leads[0].lead", nil},
		{"bloc member unknown", func(d *Data) { d.Blocs[0].Members[0] = "NOPE" }, "bloc", "members[0]", ErrUnknownID},
		{"registration of an unknown person", func(d *Data) { d.Registrations[3].Subject = "CB99" }, "registration", "subject", ErrUnknownID},
		{"registration for an unknown campaign", func(d *Data) { d.Registrations[3].Campaign = "PT-X" }, "registration", "campaign", ErrUnknownID},
		{"registration of an unknown title", func(d *Data) { d.Registrations[3].Titles = []awards.ID{"huy-hieu"} }, "registration", "titles[0]", awards.ErrUnknownAward},
		{"pact party outside the bloc", func(d *Data) { d.Pacts[1].Parties[0] = "VP" }, "pact", "parties[0]", nil},
		{"steps out of order", func(d *Data) { s := d.Campaigns[1].Steps; s[0], s[2] = s[2], s[0] }, "campaign", "steps[1]", nil},
		{"unknown parent campaign", func(d *Data) { d.Campaigns[1].Parent = "PT-X" }, "campaign", "parent", ErrUnknownID},
		{"organisation cycle", func(d *Data) { d.Organisations[0].Parent = "SNGV" }, "organisation", "parent", nil},
		{"commune above its district", func(d *Data) { d.Organisations[8].Level = "xã"; d.Organisations[9].Level = "huyện" }, "organisation", "level", nil},
		{"unknown level", func(d *Data) { d.Organisations[9].Level = "thôn" }, "organisation", "level", nil},
		{"registration year", func(d *Data) { d.Registrations[3].Year = 1 << 30 }, "registration", "year", ErrRange},
		{"pact year", func(d *Data) { d.Pacts[0].Year = -1 }, "pact", "year", ErrRange},
		{"bloc lead year", func(d *Data) { d.Blocs[0].Leads[0].Year = 1 << 30 }, "bloc", "leads[0].year", ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := base()
			tt.edit(d)
			s, err := New(*d)
			var ve *ValidationError
			if !errors.As(err, &ve) || s != nil {
				t.Fatalf("New() = %v, %v; want a *ValidationError", s, err)
			}
			if ve.Kind != tt.kind || ve.Field != tt.field || (tt.is != nil && !errors.Is(err, tt.is)) {
				t.Errorf("New() = %v (kind %s, field %s); want kind %s, field %s", err, ve.Kind, ve.Field, tt.kind, tt.field)
			}
			checkMessage(t, err)
		})
	}
}

func TestSortPeople(t *testing.T) {
	ps := []Person{
		{ID: "1", Name: "Triệu Thị Kiều Dung"}, {ID: "2", Name: "Nguyễn Văn Đức"}, {ID: "3", Name: "Lê Văn Dũng"},
		{ID: "4", Name: "Nguyễn Thị Anh"}, {ID: "5", Name: "Bế Văn Dung"}, {ID: "6", Name: "Hoàng Thị Ánh"},
		{ID: "7", Name: "Trần Văn Anh"}, {ID: "8", Name: "Nguyễn Anh"},
	}
	SortPeople(ps)
	// By given name (Anh < Ánh < Dung < Dũng < Đức), then family, then middle names.
	want := []string{"Nguyễn Anh", "Nguyễn Thị Anh", "Trần Văn Anh", "Hoàng Thị Ánh", "Bế Văn Dung", "Triệu Thị Kiều Dung", "Lê Văn Dũng", "Nguyễn Văn Đức"}
	require.Equal(t, want, names(ps))
	if Compare("Đà Nẵng", "Điện Biên") >= 0 || Compare("Da", "Đa") >= 0 || Compare("Ân", "Ấn") >= 0 {
		t.Error("Compare does not follow Vietnamese order")
	}
	os := []Organisation{{ID: "a", Name: "Ủy ban"}, {ID: "b", Name: "Sở Tư pháp"}, {ID: "c", Name: "Ban Dân tộc"}, {ID: "d", Name: "Đài Phát thanh"}}
	SortOrganisations(os)
	if os[0].Name != "Ban Dân tộc" || os[1].Name != "Đài Phát thanh" || os[3].Name != "Ủy ban" {
		t.Errorf("SortOrganisations = %v", os)
	}
}

func names(ps []Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// SortPeople sorts whatever the IDs: none, repeated, or some of each.
func TestSortPeopleIDs(t *testing.T) {
	tests := []struct {
		name    string
		in, out []Person
	}{
		{"no IDs",
			[]Person{{Name: "Lê Văn Dũng"}, {Name: "Triệu Thị Kiều Dung"}, {Name: "Nguyễn Thị Anh"}, {Name: "Bế Văn Dung"}},
			[]Person{{Name: "Nguyễn Thị Anh"}, {Name: "Bế Văn Dung"}, {Name: "Triệu Thị Kiều Dung"}, {Name: "Lê Văn Dũng"}}},
		{"duplicate IDs",
			[]Person{{ID: "X", Name: "Lê Văn Dũng"}, {ID: "X", Name: "Nguyễn Thị Anh"}, {ID: "Y", Name: "Bế Văn Dung"}, {ID: "Y", Name: "Hoàng Anh"}},
			[]Person{{ID: "Y", Name: "Hoàng Anh"}, {ID: "X", Name: "Nguyễn Thị Anh"}, {ID: "Y", Name: "Bế Văn Dung"}, {ID: "X", Name: "Lê Văn Dũng"}}},
		{"mixed",
			[]Person{{Name: "Lê Văn Dũng"}, {ID: "2", Name: "Nguyễn Anh"}, {Name: ""}, {ID: "1", Name: "Nguyễn Anh"}, {Name: "Nguyễn Anh"}},
			[]Person{{Name: ""}, {Name: "Nguyễn Anh"}, {ID: "1", Name: "Nguyễn Anh"}, {ID: "2", Name: "Nguyễn Anh"}, {Name: "Lê Văn Dũng"}}},
		{"same name and ID keep their order",
			[]Person{{ID: "A", Name: "Vũ Thị Hà", Position: "first"}, {ID: "A", Name: "Vũ Thị Hà", Position: "second"}},
			[]Person{{ID: "A", Name: "Vũ Thị Hà", Position: "first"}, {ID: "A", Name: "Vũ Thị Hà", Position: "second"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.in)
			SortPeople(got)
			require.Equal(t, tt.out, got)
		})
	}
	// Thirty award recipients without IDs come back sorted.
	given := []string{"An", "Bình", "Cường", "Dung", "Đức", "Hà", "Hùng", "Lan", "Mai", "Yến"}
	var ps []Person
	for i := range 30 {
		ps = append(ps, Person{Name: []string{"Nguyễn Văn", "Trần Thị", "Lê Đức"}[i%3] + " " + given[len(given)-1-i%len(given)]})
	}
	SortPeople(ps)
	for i := 1; i < len(ps); i++ {
		if Compare(ps[i-1].GivenName(), ps[i].GivenName()) > 0 {
			t.Fatalf("SortPeople(30 people without IDs) = %v: %s before %s", names(ps), ps[i-1].Name, ps[i].Name)
		}
	}
}

// checkMessage checks that an error reads well: one package prefix, no Go
// type names.
func checkMessage(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	for _, line := range strings.Split(msg, "\n") {
		if strings.Count(line, "emulation: ") > 1 || strings.Contains(line, "awards: ") && strings.Contains(line, "emulation: ") {
			t.Errorf("error %q has more than one package prefix", line)
		}
		for _, goName := range []string{"*emulation.", "emulation.Data", "decimal.Decimal", "[]string", "map[", "int64", "%!"} {
			if strings.Contains(line, goName) {
				t.Errorf("error %q names Go's %s", line, goName)
			}
		}
	}
}

// What a Season hands out is the caller's own: changing it, or the Data
// the Season was made from, changes nothing for the next caller.
func TestSeasonCopies(t *testing.T) {
	s0, err := LoadFile("testdata/seed.json")
	require.NoError(t, err)
	data := s0.Data()
	s, err := New(data)
	require.NoError(t, err)
	data.Organisations[0].Name = "changed"
	data.Blocs[0].Members[0] = "changed"
	data.Campaigns[1].Addressed[0] = "changed"

	b, _ := s.Bloc("KHOI-THTH")
	b.Members[0], b.Leads[0].Lead = "changed", "changed"
	c, _ := s.Campaign("PT-SNGV-2022")
	c.Addressed[0], c.Steps[0].Document = "changed", "changed"
	s.Campaigns()[1].Addressed[0] = "changed"
	s.Blocs()[0].Members[0] = "changed"
	s.Pacts()[0].Parties[0] = "changed"
	s.Registrations()[0].Titles = nil
	s.Hierarchy().Levels[0] = "changed"
	s.Data().People[0].Name = "changed"

	for _, check := range []struct {
		name string
		ok   bool
	}{
		{"organisation", s.NameOf("UBND-CB") == "UBND tỉnh Cao Bằng"},
		{"bloc", func() bool {
			b, _ := s.Bloc("KHOI-THTH")
			return b.Members[0] != "changed" && b.Leads[0].Lead != "changed"
		}()},
		{"campaign", func() bool {
			c, _ := s.Campaign("PT-SNGV-2022")
			return c.Addressed[0] != "changed" && c.Steps[0].Document != "changed"
		}()},
		{"campaigns", s.Campaigns()[1].Addressed[0] != "changed"},
		{"pacts", s.Pacts()[0].Parties[0] != "changed"},
		{"hierarchy", s.Hierarchy().Levels[0] == "tỉnh"},
		{"people", s.People()[0].Name != "changed"},
	} {
		if !check.ok {
			t.Errorf("a change to a copy reached the season's %s", check.name)
		}
	}
}

// A Ranking's sheet and card are copies; a Season serves goroutines.
func TestRankingCopies(t *testing.T) {
	c := card()
	s, err := New(Data{
		Organisations: []Organisation{{ID: "A", Name: "A"}, {ID: "B", Name: "B"}},
		Scorecards:    []Scorecard{*c},
		ScoreSheets:   []ScoreSheet{{Scorecard: c.ID, Year: 2025, Scores: []Score{score("A", "40", "20", "40", "0", "0"), score("B", "30", "10", "20", "0", "0")}}},
	})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := s.Ranking("", 2025)
			if err != nil || len(r.Standings) != 2 || r.Standings[0].Member != "A" || !r.Standings[0].Total.Equal(d("100")) {
				t.Errorf("Ranking = %+v, %v", r, err)
				return
			}
			r.Sheet.Scores[0].Points["1.1"] = d("0")
			r.Card.Criteria[0].Sub[0].Max = d("1")
			r.Card.Leaves()
		}()
	}
	wg.Wait()
	r, _ := s.Ranking("", 2025)
	if !r.Standings[0].Total.Equal(d("100")) || !r.Card.Criteria[0].Sub[0].Max.Equal(d("40")) {
		t.Errorf("Ranking after changes to copies = %+v", r)
	}
	if _, err := s.Ranking("", 2024); !errors.Is(err, ErrUnknownID) {
		t.Errorf("Ranking of a year without scores = %v", err)
	}
}

// The zero Season is empty and usable.
func TestZeroSeason(t *testing.T) {
	var s Season
	if _, ok := s.Organisation("A"); ok || s.NameOf("A") != "A" || len(s.Staff("A")) != 0 || len(s.Units("A")) != 0 || len(s.Campaigns()) != 0 {
		t.Error("the zero Season is not empty")
	}
	if r := s.RegistrationRate("", 2025, []string{"A"}); r.Registered.N() != 0 || len(r.Missing) != 1 {
		t.Errorf("RegistrationRate on the zero Season = %+v", r)
	}
	if _, err := New(Data{}); err != nil {
		t.Errorf("New(Data{}) = %v", err)
	}
}
