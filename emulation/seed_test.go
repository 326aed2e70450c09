package emulation

import (
	"errors"
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
	for _, c := range d.Campaigns {
		if c.Form == Thematic {
			thematic++
		}
	}
	if thematic != 4 {
		t.Errorf("%d thematic campaigns; want 4 (Hồ Chí Minh, two NTM, người nghèo)", thematic)
	}
	if got := d.Campaigns[4].Title(); got != "Phong trào thi đua “Cao Bằng chung sức xây dựng nông thôn mới”" {
		t.Errorf("Title() = %q", got)
	}

	// "kết quả 100% tập thể, cá nhân trong toàn đơn vị đăng ký thi đua"
	rate := d.RegistrationRate("PT-SNGV-2022", 2022, c.Addressed)
	if got := rate.String(); got != "100% tập thể, cá nhân đăng ký thi đua (37/37)" {
		t.Errorf("rate = %q", got)
	}
	// One missing registration is noticed and named.
	d.Registrations = d.Registrations[1:]
	rate = d.RegistrationRate("PT-SNGV-2022", 2022, c.Addressed)
	if p, _ := rate.Percent(2); p != "97,3%" || len(rate.Missing) != 1 || rate.Missing[0] != "VP" {
		t.Errorf("rate without VP = %s missing %v; want 97,3%% missing [VP]", p, rate.Missing)
	}

	// Pacts: among the departments, and in the bloc.
	if len(d.Pacts) != 2 || len(d.Pacts[0].Parties) != 5 || d.Pacts[1].Bloc != "KHOI-THTH" {
		t.Errorf("pacts = %+v", d.Pacts)
	}
	b, _ := d.Bloc("KHOI-THTH")
	if l, ok := b.Lead(2022); !ok || l.Lead != "VPUB" || !b.HasMember("SNGV") {
		t.Errorf("bloc = %+v", b)
	}

	// Registrations become the registration fact of the awards records.
	recs := []*awards.Record{{ID: "CB01", Kind: awards.Individual}, {ID: "VP", Kind: awards.Collective}}
	d.ApplyRegistrations(recs, 2022)
	if recs[0].Year(2022).Registered != awards.Yes || recs[1].Year(2022).Registered != awards.No {
		t.Errorf("registered = %v, %v; want có, không", recs[0].Year(2022).Registered, recs[1].Year(2022).Registered)
	}

	// Results: figures with their names, an exemplar.
	r := d.Results[0]
	total, err := metrics.SumAmounts("giá trị kêu gọi", r.Amounts...)
	require.NoError(t, err)
	if got := (metrics.Formatter{Scale: metrics.AutoScale}).Amount(total.Value); got != "270 triệu đồng" {
		t.Errorf("results total = %q; want 270 triệu đồng", got)
	}
	if d.NameOf(r.Exemplars[0].Subject) != "Phòng Hợp tác quốc tế" {
		t.Errorf("exemplar = %q", d.NameOf(r.Exemplars[0].Subject))
	}
	if staff := d.Staff("SNGV"); len(staff) != 32 {
		t.Errorf("Staff(SNGV) = %d people; want 32", len(staff))
	}
}

func TestValidationErrors(t *testing.T) {
	base := func() *Data {
		d, err := LoadFile("testdata/seed.json")
		if err != nil {
			t.Fatal(err)
		}
		return d
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := base()
			tt.edit(d)
			err := d.Validate()
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate() = %v; want a *ValidationError", err)
			}
			if ve.Kind != tt.kind || ve.Field != tt.field || (tt.is != nil && !errors.Is(err, tt.is)) {
				t.Errorf("Validate() = %v (kind %s, field %s); want kind %s, field %s", err, ve.Kind, ve.Field, tt.kind, tt.field)
			}
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
	var got []string
	for _, p := range ps {
		got = append(got, p.Name)
	}
	// By given name (Anh < Ánh < Dung < Dũng < Đức), then family, then middle names.
	want := []string{"Nguyễn Anh", "Nguyễn Thị Anh", "Trần Văn Anh", "Hoàng Thị Ánh", "Bế Văn Dung", "Triệu Thị Kiều Dung", "Lê Văn Dũng", "Nguyễn Văn Đức"}
	require.Equal(t, want, got)
	if Compare("Đà Nẵng", "Điện Biên") >= 0 || Compare("Da", "Đa") >= 0 || Compare("Ân", "Ấn") >= 0 {
		t.Error("Compare does not follow Vietnamese order")
	}
	os := []Organisation{{ID: "a", Name: "Ủy ban"}, {ID: "b", Name: "Sở Tư pháp"}, {ID: "c", Name: "Ban Dân tộc"}, {ID: "d", Name: "Đài Phát thanh"}}
	SortOrganisations(os)
	if os[0].Name != "Ban Dân tộc" || os[1].Name != "Đài Phát thanh" || os[3].Name != "Ủy ban" {
		t.Errorf("SortOrganisations = %v", os)
	}
}
