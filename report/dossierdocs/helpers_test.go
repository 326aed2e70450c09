package dossierdocs_test

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
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
)

// Fixtures: three bodies, each with the dossier it decides.
//
//   - commune: Ủy ban nhân dân xã Tân Lập decides the titles of its
//     officers and teams, proposed by its office; its council votes on
//     every entry found eligible, with no threshold in the national law;
//     the chairman signs "TM. Ủy ban nhân dân – Chủ tịch".
//   - hospital: Bệnh viện đa khoa huyện Yên Hòa decides its staff's
//     titles, proposed by its personnel department; its council votes, no
//     Judge; the director signs as "Giám đốc".
//   - province: Ủy ban nhân dân tỉnh Lam Sơn decides "Chiến sĩ thi đua
//     Bộ, ban, ngành, tỉnh" for two teachers proposed by its department of
//     education; the council's secret ballot is judged by awards (90% of
//     ALL the members, a labelled parameter under the 2022 law), one
//     teacher falls short; a vice-chairman signs "KT. Chủ tịch – Phó Chủ
//     tịch".

var ict = time.FixedZone("ICT", 7*3600)

// at is a time on the 5th of January 2026, in Vietnam, minutes after 8:00.
func at(minutes int) time.Time { return time.Date(2026, 1, 5, 8, minutes, 0, 0, ict) }

func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func doc(id string, c dossier.Component, subject, number, date string) dossier.Document {
	return dossier.Document{ID: id, Component: c, Subject: subject, Number: number, Date: metrics.MustDate(date), SHA256: hash(id)}
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

// selected is a teacher who meets the standard of "Chiến sĩ thi đua Bộ,
// ban, ngành, tỉnh" of 2025 but for the council's vote.
func selected(id, name string) *awards.Record {
	return &awards.Record{ID: id, Name: name, Kind: awards.Individual, Recruited: metrics.MustDate("01/03/2015"),
		Years: []awards.Year{
			{Year: 2023, Rating: awards.CompletedExcellently, Active: awards.Yes},
			{Year: 2024, Rating: awards.CompletedExcellently, Active: awards.Yes},
			{Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes},
		},
		Honours: []awards.Honour{{Award: awards.CSTDCoSo, Year: 2023}, {Award: awards.CSTDCoSo, Year: 2024}, {Award: awards.CSTDCoSo, Year: 2025}},
		Initiatives: []awards.InitiativeRecord{
			{Kind: awards.Initiative, Scope: awards.ScopeMinistry, Year: 2025, Title: "Số hóa hồ sơ học sinh"},
		},
	}
}

// world is a body with its dossier: the draft, the subjects' records,
// the council's meeting and ballots, the report and the decision.
type world struct {
	name     string
	id       string
	draft    dossier.Draft
	records  map[string]*awards.Record
	meeting  dossier.Meeting
	tallies  map[dossier.Key]dossier.Tally // by entry; absent: in favour of all who voted
	judge    bool                          // judge the entries again with the vote
	vote     bool                          // the council votes at all
	report   dossier.Document
	decision dossier.Decision
	// disclose gives the appraisal verdicts with their personal data, as a
	// careless host might.
	disclose bool
	opts     dossierdocs.Options
}

func subject(r *awards.Record, award awards.ID, position, unit string) dossier.Subject {
	return dossier.Subject{ID: r.ID, Kind: r.Kind, Name: r.Name, Position: position, Unit: unit, Award: award}
}

var (
	communeUnit = dossier.Unit{Code: "UBND-TL", Name: "Ủy ban nhân dân xã Tân Lập", Level: dossier.Grassroots,
		Parent: "Ủy ban nhân dân tỉnh Lam Sơn", Abbrev: "UBND", Head: "Chủ tịch Ủy ban nhân dân xã Tân Lập", Place: "Tân Lập"}
	communeOffice = dossier.Unit{Code: "VP-TL", Name: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lập",
		Level: dossier.Grassroots, Parent: "Ủy ban nhân dân xã Tân Lập", Abbrev: "VP",
		Head: "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", Place: "Tân Lập"}
	communeVHXH = dossier.Unit{Code: "VHXH-TL", Name: "Phòng Văn hóa - Xã hội xã Tân Lập", Level: dossier.Grassroots,
		Parent: "Ủy ban nhân dân xã Tân Lập", Abbrev: "VHXH", Head: "Trưởng phòng Văn hóa - Xã hội", Place: "Tân Lập"}
)

// commune is the commune's dossier (see the top of the file).
func commune() *world {
	an := person("CB01", "Nguyễn Văn An", awards.CompletedExcellently)
	binh := person("CB02", "Trần Thị Bình", awards.CompletedWell)
	nam := person("CB03", "Dương Văn Nam", awards.Completed)
	tt := team("TT01", "Bộ phận Một cửa")
	const unit = "Ủy ban nhân dân xã Tân Lập"
	w := &world{name: "commune", id: "HS-TL-2025", records: map[string]*awards.Record{"CB01": an, "CB02": binh, "CB03": nam, "TT01": tt},
		vote: true, judge: true}
	w.draft = dossier.Draft{Proposer: communeOffice, Receiver: communeUnit, Decider: communeUnit, Period: awards.YearOf(2025),
		Subjects: []dossier.Subject{
			subject(an, awards.LaoDongTienTien, "Công chức Văn phòng - Thống kê", unit),
			subject(an, awards.CSTDCoSo, "Công chức Văn phòng - Thống kê", unit),
			subject(binh, awards.LaoDongTienTien, "Công chức Tư pháp - Hộ tịch", unit),
			subject(nam, awards.LaoDongTienTien, "Công chức Địa chính - Xây dựng", unit),
			subject(tt, awards.TapTheTienTien, "", unit),
		},
		Documents: []dossier.Document{
			doc("TTr", dossier.Request, "", "12/TTr-VP", "20/12/2025"),
			doc("BB", dossier.Minutes, "", "", "18/12/2025"),
			doc("BC-CB01", dossier.AchievementReport, "CB01", "", "15/12/2025"),
			doc("BC-TT01", dossier.AchievementReport, "TT01", "", "15/12/2025"),
		},
	}
	w.meeting = dossier.Meeting{Date: metrics.MustDate("08/01/2026"), Members: 9, Present: 8, Written: 1,
		Minutes: doc("BB-HD", dossier.Minutes, "", "01/BB-HĐTĐKT", "08/01/2026")}
	w.tallies = map[dossier.Key]dossier.Tally{{Subject: "CB02", Award: awards.LaoDongTienTien}: {InFavour: 6, Against: 3}}
	w.report = doc("TTr-TD", dossier.AppraisalReport, "", "03/TTr-VHXH", "10/01/2026")
	w.decision = dossier.Decision{Number: "15/QĐ-UBND", Date: metrics.MustDate("15/01/2026"), Signer: "Lương Văn Quang",
		Position: "TM. Ủy ban nhân dân – Chủ tịch"}
	w.opts = dossierdocs.Options{
		Basis:        []string{"Căn cứ Quy chế Thi đua, khen thưởng của Ủy ban nhân dân xã Tân Lập"},
		Proposer:     report.Signature{For: "Chánh Văn phòng", Name: "Hà Thị Thu"},
		Office:       communeVHXH,
		OfficeSigner: report.Signature{For: "Trưởng phòng", Name: "Đinh Văn Tâm"},
		Council: dossierdocs.Council{Name: "Hội đồng Thi đua - Khen thưởng xã Tân Lập", Place: "Hội trường Ủy ban nhân dân xã",
			Time: "14 giờ 00 phút", Chair: dossierdocs.Member{Name: "Lương Văn Quang", Position: "Chủ tịch Ủy ban nhân dân xã, Chủ tịch Hội đồng"},
			Secretary: dossierdocs.Member{Name: "Đinh Văn Tâm", Position: "Trưởng phòng Văn hóa - Xã hội, Thư ký Hội đồng"}},
	}
	return w
}

var (
	hospitalUnit = dossier.Unit{Code: "BVĐK-YH", Name: "Bệnh viện đa khoa huyện Yên Hòa", Level: dossier.Grassroots,
		Parent: "Sở Y tế tỉnh Lam Sơn", Abbrev: "BVĐK", Head: "Giám đốc Bệnh viện đa khoa huyện Yên Hòa", Place: "Yên Hòa"}
	hospitalHR = dossier.Unit{Code: "TCHC-YH", Name: "Phòng Tổ chức - Hành chính", Level: dossier.Grassroots,
		Parent: "Bệnh viện đa khoa huyện Yên Hòa", Abbrev: "TCHC", Head: "Trưởng phòng Tổ chức - Hành chính", Place: "Yên Hòa"}
	hospitalWard = dossier.Unit{Code: "KKB-YH", Name: "Khoa Khám bệnh", Level: dossier.Grassroots,
		Parent: "Bệnh viện đa khoa huyện Yên Hòa", Abbrev: "KKB", Head: "Trưởng khoa Khám bệnh", Place: "Yên Hòa"}
)

// hospital is the hospital's dossier (see the top of the file).
func hospital() *world {
	hanh := person("BS01", "Phạm Thanh Hạnh", awards.CompletedExcellently)
	cuong := person("BS02", "Đỗ Hữu Cường", awards.CompletedWell)
	kkb := team("K-KB", "Khoa Khám bệnh")
	w := &world{name: "hospital", id: "HS-BV-2025", records: map[string]*awards.Record{"BS01": hanh, "BS02": cuong, "K-KB": kkb},
		vote: true}
	w.draft = dossier.Draft{Proposer: hospitalWard, Receiver: hospitalUnit, Decider: hospitalUnit, Period: awards.YearOf(2025),
		Subjects: []dossier.Subject{
			subject(hanh, awards.LaoDongTienTien, "Bác sĩ", "Khoa Khám bệnh"),
			subject(hanh, awards.CSTDCoSo, "Bác sĩ", "Khoa Khám bệnh"),
			subject(cuong, awards.LaoDongTienTien, "Điều dưỡng", "Khoa Khám bệnh"),
			subject(kkb, awards.TapTheTienTien, "", "Bệnh viện đa khoa huyện Yên Hòa"),
		},
		Documents: []dossier.Document{
			doc("TTr", dossier.Request, "", "", "18/12/2025"),
			doc("BB", dossier.Minutes, "", "", "16/12/2025"),
			doc("BC-BS01", dossier.AchievementReport, "BS01", "", "12/12/2025"),
			doc("BC-KKB", dossier.AchievementReport, "K-KB", "", "12/12/2025"),
		},
	}
	w.meeting = dossier.Meeting{Date: metrics.MustDate("12/01/2026"), Members: 7, Present: 7}
	w.decision = dossier.Decision{Number: "12/QĐ-BVĐK", Date: metrics.MustDate("20/01/2026"), Signer: "Trịnh Văn Khải", Position: "Giám đốc"}
	w.opts = dossierdocs.Options{
		Office:   hospitalHR,
		Council:  dossierdocs.Council{Name: "Hội đồng Thi đua - Khen thưởng Bệnh viện", Chair: dossierdocs.Member{Name: "Trịnh Văn Khải", Position: "Giám đốc"}},
		Proposer: report.Signature{For: "Trưởng khoa", Name: "Nguyễn Thị Mai"},
	}
	return w
}

var (
	provinceUnit = dossier.Unit{Code: "UBND-LS", Name: "Ủy ban nhân dân tỉnh Lam Sơn", Level: dossier.Province,
		Abbrev: "UBND", Head: "Chủ tịch Ủy ban nhân dân tỉnh Lam Sơn", Place: "Lam Sơn"}
	education = dossier.Unit{Code: "SGDĐT-LS", Name: "Sở Giáo dục và Đào tạo tỉnh Lam Sơn", Level: dossier.District,
		Parent: "Ủy ban nhân dân tỉnh Lam Sơn", Abbrev: "SGDĐT", Head: "Giám đốc Sở Giáo dục và Đào tạo", Place: "Lam Sơn"}
	interior = dossier.Unit{Code: "SNV-LS", Name: "Sở Nội vụ tỉnh Lam Sơn", Level: dossier.District,
		Parent: "Ủy ban nhân dân tỉnh Lam Sơn", Abbrev: "SNV", Head: "Giám đốc Sở Nội vụ", Place: "Lam Sơn"}
)

// province is the province's dossier (see the top of the file).
func province() *world {
	lan := selected("GV01", "Lê Thị Lan")
	minh := selected("GV02", "Phạm Văn Minh")
	w := &world{name: "province", id: "HS-LS-2025", records: map[string]*awards.Record{"GV01": lan, "GV02": minh}, vote: true, judge: true}
	w.draft = dossier.Draft{Proposer: education, Receiver: provinceUnit, Decider: provinceUnit, Period: awards.YearOf(2025),
		Subjects: []dossier.Subject{
			subject(lan, awards.CSTDBoTinh, "Giáo viên", "Trường Trung học cơ sở Tân Lập"),
			subject(minh, awards.CSTDBoTinh, "Phó Hiệu trưởng", "Trường Tiểu học Yên Hòa"),
		},
		Documents: []dossier.Document{
			doc("TTr", dossier.Request, "", "45/TTr-SGDĐT", "10/12/2025"),
			doc("BB", dossier.Minutes, "", "", "08/12/2025"),
			doc("BC-GV01", dossier.AchievementReport, "GV01", "", "05/12/2025"),
			doc("BC-GV02", dossier.AchievementReport, "GV02", "", "05/12/2025"),
			doc("SK-GV01", dossier.Recognition, "GV01", "", "01/11/2025"),
			doc("SK-GV02", dossier.Recognition, "GV02", "", "01/11/2025"),
		},
	}
	w.meeting = dossier.Meeting{Date: metrics.MustDate("08/01/2026"), Members: 10, Present: 9, Written: 1}
	w.tallies = map[dossier.Key]dossier.Tally{
		{Subject: "GV01", Award: awards.CSTDBoTinh}: {InFavour: 9, Against: 1},
		{Subject: "GV02", Award: awards.CSTDBoTinh}: {InFavour: 8, Against: 1, Invalid: 1},
	}
	w.report = doc("TTr-SNV", dossier.AppraisalReport, "", "120/TTr-SNV", "12/01/2026")
	w.decision = dossier.Decision{Number: "105/QĐ-UBND", Date: metrics.MustDate("20/01/2026"), Signer: "Hoàng Minh Tuấn",
		Position: "KT. Chủ tịch – Phó Chủ tịch"}
	w.opts = dossierdocs.Options{Office: interior, OfficeSigner: report.Signature{Authority: report.KT, For: "Giám đốc", Position: "Phó Giám đốc", Name: "Vũ Thị Hằng"},
		Council: dossierdocs.Council{Name: "Hội đồng Thi đua - Khen thưởng tỉnh", Abbrev: "HĐTĐKT"}}
	return w
}

// verdicts judges every active entry not yet appraised.
func (w *world) verdicts(t testing.TB, d dossier.Dossier) []awards.Verdict {
	t.Helper()
	var out []awards.Verdict
	for _, e := range d.Active() {
		if e.Appraised() {
			continue
		}
		// The host knows the date its decision will bear, which chooses
		// the regime of a period that ended before 2024.
		v, err := awards.Evaluate(w.records[e.ID], awards.Case{Award: e.Award, Period: d.Period, Decided: w.decision.Date})
		if err != nil {
			t.Fatal(err)
		}
		if w.disclose {
			v = v.WithPersonalData()
		}
		out = append(out, v)
	}
	return out
}

func (w *world) judgeAgain(_ context.Context, s dossier.Subject, c awards.Case) (awards.Verdict, error) {
	r, ok := w.records[s.ID]
	if !ok {
		return awards.Verdict{}, fmt.Errorf("no record %s", s.ID)
	}
	c.Decided = w.decision.Date
	return awards.Evaluate(r, c)
}

// in returns the world's dossier in state s, through the main path.
func (w *world) in(t testing.TB, s dossier.State) dossier.Dossier {
	t.Helper()
	ctx := context.Background()
	var d dossier.Dossier
	users := map[dossier.Action]dossier.User{
		dossier.Create: {ID: "u-dv", Role: dossier.Proposer}, dossier.Submit: {ID: "u-dv", Role: dossier.Proposer},
		dossier.Receive: {ID: "u-vt", Role: dossier.OfficeClerk}, dossier.Appraise: {ID: "u-cv", Role: dossier.Appraiser},
		dossier.Convene: {ID: "u-cv", Role: dossier.Appraiser}, dossier.Vote: {ID: "u-tk", Role: dossier.CouncilSecretary},
		dossier.Propose: {ID: "u-cv", Role: dossier.Appraiser}, dossier.Decide: {ID: "u-ct", Role: dossier.Head},
	}
	path := []dossier.Action{dossier.Create, dossier.Submit, dossier.Receive, dossier.Appraise}
	if w.vote {
		path = append(path, dossier.Convene, dossier.Vote)
	}
	path = append(path, dossier.Propose, dossier.Decide)
	for _, a := range path {
		if d.State == s {
			return d
		}
		c := dossier.Command{Dossier: w.id, Version: d.Version, Action: a, By: users[a], At: at(d.Version)}
		switch a {
		case dossier.Create:
			c.Draft = w.draft
		case dossier.Appraise:
			c.Verdicts = w.verdicts(t, d)
		case dossier.Vote:
			c.Meeting = w.meeting
			for _, e := range d.Active() {
				if !e.Proposable() {
					continue
				}
				tl, ok := w.tallies[e.Key()]
				if !ok {
					tl = dossier.Tally{InFavour: w.meeting.Voters()}
				}
				tl.Key = e.Key()
				c.Tallies = append(c.Tallies, tl)
			}
			if w.judge {
				c.Judge = w.judgeAgain
			}
		case dossier.Propose:
			c.Report = w.report
		case dossier.Decide:
			c.Decision = w.decision
		}
		next, _, err := d.Apply(ctx, c)
		if err != nil {
			t.Fatalf("%s: %s: %v", w.name, a, err)
		}
		d = next
	}
	if d.State != s {
		t.Fatalf("%s: no path to %s (at %s)", w.name, s, d.State)
	}
	return d
}

// must composes the document of kind k and fails the test on an error.
func must(t testing.TB, k dossierdocs.Kind, d dossier.Dossier, o dossierdocs.Options) *report.Document {
	t.Helper()
	doc, err := dossierdocs.Compose(context.Background(), k, d, o)
	if err != nil {
		t.Fatalf("Compose(%s, %s) = %v", k, d.ID, err)
	}
	return doc
}

// noTest stands for a *testing.T in the examples: it panics where a test
// would fail.
type noTest struct{ testing.TB }

func (noTest) Helper()                      {}
func (noTest) Fatal(args ...any)            { panic(fmt.Sprint(args...)) }
func (noTest) Fatalf(f string, args ...any) { panic(fmt.Sprintf(f, args...)) }
