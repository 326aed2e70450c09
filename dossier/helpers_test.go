package dossier_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
)

// Fixtures: a commune that decides its own titles ("local"), and a
// school whose provincial titles go through the department of education
// ("upward").

var ict = time.FixedZone("ICT", 7*3600)

// ctx is the context of every command of the tests.
var ctx = context.Background()

// at is a time on the 5th of January 2026, in Vietnam, minutes after 8:00.
func at(minutes int) time.Time { return time.Date(2026, 1, 5, 8, minutes, 0, 0, ict) }

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

var (
	commune = dossier.Unit{Code: "UBND-TL", Name: "Ủy ban nhân dân xã Tân Lập", Level: dossier.Grassroots,
		Parent: "Ủy ban nhân dân tỉnh Lam Sơn", Abbrev: "UBND", Head: "Chủ tịch Ủy ban nhân dân xã Tân Lập", Place: "Tân Lập"}
	communeOffice = dossier.Unit{Code: "VP-TL", Name: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lập",
		Level: dossier.Grassroots, Parent: "Ủy ban nhân dân xã Tân Lập", Abbrev: "VP", Place: "Tân Lập"}
	school = dossier.Unit{Code: "THCS-TL", Name: "Trường Trung học cơ sở Tân Lập", Level: dossier.Grassroots,
		Parent: "Ủy ban nhân dân xã Tân Lập", Abbrev: "THCS", Place: "Tân Lập"}
	department = dossier.Unit{Code: "SGDDT-LS", Name: "Sở Giáo dục và Đào tạo tỉnh Lam Sơn", Level: dossier.District,
		Parent: "Ủy ban nhân dân tỉnh Lam Sơn", Abbrev: "SGDĐT", Head: "Giám đốc Sở Giáo dục và Đào tạo", Place: "Lam Sơn"}
	province = dossier.Unit{Code: "UBND-LS", Name: "Ủy ban nhân dân tỉnh Lam Sơn", Level: dossier.Province,
		Abbrev: "UBND", Head: "Chủ tịch Ủy ban nhân dân tỉnh Lam Sơn", Place: "Lam Sơn"}
)

// Users, one per role.
var (
	proposer  = dossier.User{ID: "u-dv", Role: dossier.Proposer}
	clerk     = dossier.User{ID: "u-vt", Role: dossier.OfficeClerk}
	appraiser = dossier.User{ID: "u-cv", Role: dossier.Appraiser}
	secretary = dossier.User{ID: "u-tk", Role: dossier.CouncilSecretary}
	head      = dossier.User{ID: "u-ct", Role: dossier.Head}
)

func users() []dossier.User { return []dossier.User{proposer, clerk, appraiser, secretary, head} }

func userOf(r dossier.Role) dossier.User {
	for _, u := range users() {
		if u.Role == r {
			return u
		}
	}
	panic(r)
}

// person is a civil servant recruited in 2015, rated in 2025.
func person(id, name string, r awards.Rating) *awards.Record {
	return &awards.Record{ID: id, Name: name, Kind: awards.Individual, Recruited: metrics.MustDate("01/03/2015"),
		Years: []awards.Year{{Year: 2025, Rating: r, Active: awards.Yes}}}
}

// team is a collective of ten, eight with "Lao động tiên tiến".
func team(id, name string) *awards.Record {
	return &awards.Record{ID: id, Name: name, Kind: awards.Collective,
		Years: []awards.Year{{Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes, Solidarity: awards.Yes,
			Members: &awards.Members{Total: 10, Completed: 10, LDTT: 8, CSTDCS: 1}}}}
}

// selected is awards' example of "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh"
// of 2025: eligible for selection until the council votes.
func selected(id, name string) *awards.Record {
	return &awards.Record{ID: id, Name: name, Kind: awards.Individual, Recruited: metrics.MustDate("01/03/2015"),
		Years: []awards.Year{
			{Year: 2023, Rating: awards.CompletedExcellently, Active: awards.Yes},
			{Year: 2024, Rating: awards.CompletedExcellently, Active: awards.Yes},
			{Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes},
		},
		Honours: []awards.Honour{{Award: awards.CSTDCoSo, Year: 2023}, {Award: awards.CSTDCoSo, Year: 2024}},
		Initiatives: []awards.InitiativeRecord{
			{Kind: awards.Initiative, Scope: awards.ScopeMinistry, Year: 2025, Title: "Số hóa hồ sơ học sinh"},
		},
	}
}

// world holds a family of fixtures: the draft of its dossier and the
// records of its subjects.
type world struct {
	id      string
	draft   dossier.Draft
	records map[string]*awards.Record
	docs    int // documents attached so far, for fresh IDs
}

func subject(r *awards.Record, award awards.ID, position string) dossier.Subject {
	return dossier.Subject{ID: r.ID, Kind: r.Kind, Name: r.Name, Position: position, Unit: "Ủy ban nhân dân xã Tân Lập", Award: award}
}

func doc(id string, c dossier.Component, subject string, date string) dossier.Document {
	return dossier.Document{ID: id, Component: c, Subject: subject, Title: "", Number: "", Date: metrics.MustDate(date), SHA256: hash(id)}
}

// local is a commune's dossier: two people for "Lao động tiên tiến", one
// of them for "Chiến sĩ thi đua cơ sở" too, and a collective for "Tập
// thể lao động tiên tiến", all decided by the commune, with every
// component.
func local() *world {
	an := person("NV01", "Nguyễn Văn An", awards.CompletedExcellently)
	binh := person("NV02", "Trần Thị Bình", awards.CompletedWell)
	tt := team("TT01", "Bộ phận Một cửa")
	w := &world{id: "HS-TL-2025", records: map[string]*awards.Record{"NV01": an, "NV02": binh, "TT01": tt}}
	w.draft = dossier.Draft{Proposer: communeOffice, Receiver: commune, Decider: commune, Period: awards.YearOf(2025),
		Subjects: []dossier.Subject{
			subject(an, awards.LaoDongTienTien, "Công chức Văn phòng - Thống kê"),
			subject(an, awards.CSTDCoSo, "Công chức Văn phòng - Thống kê"),
			subject(binh, awards.LaoDongTienTien, "Công chức Tư pháp - Hộ tịch"),
			subject(tt, awards.TapTheTienTien, ""),
		},
		Documents: []dossier.Document{
			doc("TTr", dossier.Request, "", "20/12/2025"),
			doc("BB", dossier.Minutes, "", "18/12/2025"),
			doc("BC-NV01", dossier.AchievementReport, "NV01", "15/12/2025"),
			doc("BC-TT01", dossier.AchievementReport, "TT01", "15/12/2025"),
		},
	}
	return w
}

// upward is a school's dossier: a teacher for "Chiến sĩ thi đua Bộ, ban,
// ngành, tỉnh", sent to the department, which forwards it to the
// province.
func upward() *world {
	lan := selected("GV01", "Lê Thị Lan")
	w := &world{id: "HS-THCS-2025", records: map[string]*awards.Record{"GV01": lan}}
	w.draft = dossier.Draft{Proposer: school, Receiver: department, Decider: province, Period: awards.YearOf(2025),
		Subjects: []dossier.Subject{{ID: "GV01", Kind: awards.Individual, Name: "Lê Thị Lan", Position: "Giáo viên", Unit: school.Name, Award: awards.CSTDBoTinh}},
		Documents: []dossier.Document{
			doc("TTr", dossier.Request, "", "10/12/2025"),
			doc("BB", dossier.Minutes, "", "08/12/2025"),
			doc("BC-GV01", dossier.AchievementReport, "GV01", "05/12/2025"),
			doc("SK-GV01", dossier.Recognition, "GV01", "01/11/2025"),
		},
	}
	return w
}

// judge judges an entry with the world's records and the national law.
func (w *world) judge(_ context.Context, s dossier.Subject, c awards.Case) (awards.Verdict, error) {
	r, ok := w.records[s.ID]
	if !ok {
		return awards.Verdict{}, fmt.Errorf("no record %s", s.ID)
	}
	return awards.Evaluate(r, c)
}

// verdicts judges every active entry not yet appraised.
func (w *world) verdicts(t testing.TB, d dossier.Dossier) []awards.Verdict {
	t.Helper()
	var out []awards.Verdict
	for _, e := range d.Active() {
		if e.Appraised() {
			continue
		}
		v, err := w.judge(ctx, e.Subject, awards.Case{Award: e.Award, Period: d.Period})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// command returns a valid command for action on d, by user.
func (w *world) command(t testing.TB, d dossier.Dossier, action dossier.Action, by dossier.User) dossier.Command {
	t.Helper()
	c := dossier.Command{Dossier: d.ID, Version: d.Version, Action: action, By: by, At: at(d.Version)}
	switch action {
	case dossier.Create:
		c.Dossier, c.Draft = w.id, w.draft
	case dossier.Edit:
		w.docs++
		c.Changes.Attach = []dossier.Document{doc(fmt.Sprintf("KHAC-%d", w.docs), dossier.Other, "", "21/12/2025")}
	case dossier.Return:
		c.Reason = "Thiếu bản chụp quyết định công nhận sáng kiến"
	case dossier.Cancel:
		c.Reason = "Đơn vị rút hồ sơ"
	case dossier.Revoke:
		c.Reason = "Kê khai thành tích không trung thực"
	case dossier.Appraise:
		c.Verdicts = w.verdicts(t, d)
	case dossier.Vote:
		c.Meeting = dossier.Meeting{Date: metrics.MustDate("08/01/2026"), Members: 10, Present: 9, Written: 1}
		for _, e := range d.Active() {
			if e.Proposable() {
				c.Tallies = append(c.Tallies, dossier.Tally{Key: e.Key(), InFavour: 9, Against: 1, Selected: true})
			}
		}
		c.Judge = w.judge
	case dossier.Forward:
		c.Forwarding = dossier.Forwarding{To: province,
			Letter: dossier.Document{ID: "TTr-SGD", Component: dossier.Request, Title: "Tờ trình đề nghị tặng danh hiệu Chiến sĩ thi đua tỉnh",
				Number: "45/TTr-SGDĐT", Date: metrics.MustDate("12/01/2026"), SHA256: hash("TTr-SGD")}}
	case dossier.Propose:
		c.Report = dossier.Document{ID: "TTr-TD", Component: dossier.AppraisalReport, Number: "03/TTr-VP",
			Date: metrics.MustDate("10/01/2026"), SHA256: hash("TTr-TD")}
	case dossier.Decide:
		c.Decision = dossier.Decision{Number: "15/QĐ-UBND", Date: metrics.MustDate("15/01/2026"),
			Signer: "Lương Văn Quang", Position: "Chủ tịch"}
	}
	return c
}

// must applies the command and fails the test on an error.
func must(t testing.TB, d dossier.Dossier, c dossier.Command) dossier.Dossier {
	t.Helper()
	next, _, err := d.Apply(ctx, c)
	if err != nil {
		t.Fatalf("%s by %s: %v", c.Action, c.By.Role, err)
	}
	return next
}

// step applies action by the first role that may take it.
func (w *world) step(t testing.TB, d dossier.Dossier, action dossier.Action, by dossier.User) dossier.Dossier {
	t.Helper()
	return must(t, d, w.command(t, d, action, by))
}

// in returns the world's dossier in state s, through the main path.
func (w *world) in(t testing.TB, s dossier.State) dossier.Dossier {
	t.Helper()
	var d dossier.Dossier
	if s == 0 {
		return d
	}
	d = w.step(t, d, dossier.Create, proposer)
	path := map[dossier.State][]struct {
		a dossier.Action
		u dossier.User
	}{
		dossier.Drafted:   {},
		dossier.Submitted: {{dossier.Submit, proposer}},
		dossier.Received:  {{dossier.Submit, proposer}, {dossier.Receive, clerk}},
		dossier.Returned:  {{dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Return, appraiser}},
		dossier.Appraised: {{dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser}},
		dossier.AtCouncil: {{dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser}, {dossier.Convene, appraiser}},
		dossier.Voted: {{dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser}, {dossier.Convene, appraiser},
			{dossier.Vote, secretary}},
		dossier.Proposed: {{dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser}, {dossier.Propose, appraiser}},
		dossier.Decided: {{dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser}, {dossier.Propose, appraiser},
			{dossier.Decide, head}},
		dossier.Cancelled: {{dossier.Cancel, proposer}},
		dossier.Forwarded: {{dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser}, {dossier.Forward, head}},
	}[s]
	for _, p := range path {
		d = w.step(t, d, p.a, p.u)
	}
	if d.State != s {
		t.Fatalf("fixture in %s: got %s", s, d.State)
	}
	return d
}

// noTest stands for a *testing.T in the examples: it panics where a test
// would fail.
type noTest struct{ testing.TB }

func (noTest) Helper()                      {}
func (noTest) Fatal(args ...any)            { panic(fmt.Sprint(args...)) }
func (noTest) Fatalf(f string, args ...any) { panic(fmt.Sprintf(f, args...)) }
