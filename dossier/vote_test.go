package dossier_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
)

// provincial is a department's dossier decided by the province itself:
// two teachers for "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh", on which the
// province's council votes by secret ballot.
func provincial() *world {
	w := upward()
	w.id = "HS-SGD-2025"
	w.records["GV02"] = selected("GV02", "Phạm Văn Minh")
	w.draft.Proposer, w.draft.Receiver, w.draft.Decider = department, province, province
	w.draft.Subjects = append(w.draft.Subjects, dossier.Subject{ID: "GV02", Kind: awards.Individual, Name: "Phạm Văn Minh",
		Position: "Giáo viên", Unit: school.Name, Award: awards.CSTDBoTinh})
	w.draft.Documents = append(w.draft.Documents,
		doc("BC-GV02", dossier.AchievementReport, "GV02", "05/12/2025"),
		doc("SK-GV02", dossier.Recognition, "GV02", "01/11/2025"))
	return w
}

func key(id string) dossier.Key { return dossier.Key{Subject: id, Award: awards.CSTDBoTinh} }

// atCouncil returns the provincial dossier before its council.
func atCouncil(t *testing.T) (*world, dossier.Dossier) {
	w := provincial()
	d := w.in(t, dossier.AtCouncil)
	for _, e := range d.Entries {
		if e.Appraisal.Outcome != awards.EligibleForSelection {
			t.Fatalf("%s appraised %s; want eligible for selection", e.ID, e.Appraisal.Outcome)
		}
	}
	return w, d
}

// TestVoteThreshold: a title chosen by the council needs at least 90% of
// ALL its members in favour, the written votes of absent members counted
// (khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP; CouncilVoteShare under the
// 2022 law), as awards judges it.
func TestVoteThreshold(t *testing.T) {
	w, d := atCouncil(t)
	for _, tt := range []struct {
		name                      string
		members, present, written int
		inFavour                  int
		want                      bool
		share                     string
	}{
		{"9 of 10: 90%", 10, 9, 1, 9, true, "9/10 phiếu đồng ý (90%"},
		{"8 of 10: 80%", 10, 10, 0, 8, false, "8/10 phiếu đồng ý (80%"},
		{"900 of 1000: 90%", 1000, 950, 50, 900, true, "900/1000 phiếu đồng ý (90%"},
		{"899 of 1000: 89,9%", 1000, 1000, 0, 899, false, "899/1000 phiếu đồng ý (89,9%"},
		{"18 of 20 with 3 written", 20, 15, 3, 18, true, "18/20 phiếu đồng ý (90%"},
		{"all 17 present in favour, of 20", 20, 17, 0, 17, false, "17/20 phiếu đồng ý (85%"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := w.command(t, d, dossier.Vote, secretary)
			c.Meeting = dossier.Meeting{Date: metrics.MustDate("08/01/2026"), Members: tt.members, Present: tt.present, Written: tt.written}
			c.Tallies = []dossier.Tally{
				{Key: key("GV01"), InFavour: tt.inFavour, Against: tt.present + tt.written - tt.inFavour},
				{Key: key("GV02"), InFavour: tt.present + tt.written},
			}
			next := must(t, d, c)
			e, _ := next.Entry(key("GV01"))
			if got := e.Decidable(); got != tt.want {
				t.Errorf("Decidable() = %v (%s); want %v", got, e.Result.Outcome, tt.want)
			}
			if e.Result.IsZero() || e.Final().Outcome != e.Result.Outcome {
				t.Fatalf("the vote did not judge the entry again: %+v", e.Result)
			}
			found := false
			for _, f := range e.Result.Findings {
				if strings.Contains(f.Facts, tt.share) {
					found = true
					if f.Evidence != awards.Unverified || !strings.Contains(f.Citation, "CouncilVoteShare") {
						t.Errorf("vote finding cites %q (%s); want the unverified parameter", f.Citation, f.Evidence)
					}
				}
			}
			if !found {
				t.Errorf("no finding reads %q: %+v", tt.share, e.Result.Findings)
			}
		})
	}
}

// TestVoteRefused: bad tallies are refused, naming the subject, and the
// dossier is unchanged.
func TestVoteRefused(t *testing.T) {
	w, d := atCouncil(t)
	meeting := dossier.Meeting{Date: metrics.MustDate("08/01/2026"), Members: 10, Present: 8, Written: 1}
	ok := func(id string) dossier.Tally { return dossier.Tally{Key: key(id), InFavour: 9} }
	for _, tt := range []struct {
		name    string
		meeting dossier.Meeting
		tallies []dossier.Tally
		judge   bool
		want    error
		reason  string
	}{
		{"more ballots than voters", meeting, []dossier.Tally{{Key: key("GV01"), InFavour: 9, Against: 1}, ok("GV02")}, true,
			dossier.ErrInvalidInput, "Lê Thị Lan (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh): số phiếu (10) nhiều hơn số thành viên bỏ phiếu (9)"},
		{"more voters than members", dossier.Meeting{Date: meeting.Date, Members: 10, Present: 10, Written: 1},
			[]dossier.Tally{ok("GV01"), ok("GV02")}, true,
			dossier.ErrInvalidInput, "số thành viên dự họp (10) và cho ý kiến bằng văn bản (1) nhiều hơn tổng số thành viên Hội đồng (10)"},
		{"voted twice", meeting, []dossier.Tally{ok("GV01"), ok("GV02"), ok("GV01")}, true,
			dossier.ErrInvalidInput, "Lê Thị Lan (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh) được bỏ phiếu hai lần"},
		{"not in the dossier", meeting, []dossier.Tally{ok("GV01"), ok("GV02"), ok("GV09")}, true,
			dossier.ErrInvalidInput, "GV09 (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh) không có trong hồ sơ"},
		{"another award", meeting, []dossier.Tally{ok("GV01"), ok("GV02"), {Key: dossier.Key{Subject: "GV01", Award: awards.CSTDCoSo}, InFavour: 9}}, true,
			dossier.ErrInvalidInput, "Lê Thị Lan (“Chiến sĩ thi đua cơ sở”) không có trong hồ sơ"},
		{"negative", meeting, []dossier.Tally{{Key: key("GV01"), InFavour: -1}, ok("GV02")}, true,
			dossier.ErrInvalidInput, "Lê Thị Lan (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh): số phiếu không hợp lệ"},
		{"no members", dossier.Meeting{Date: meeting.Date}, []dossier.Tally{ok("GV01"), ok("GV02")}, true,
			dossier.ErrInvalidInput, "tổng số thành viên Hội đồng (0) không hợp lệ"},
		{"too many members", dossier.Meeting{Date: meeting.Date, Members: awards.MaxMembers + 1, Present: 1}, []dossier.Tally{ok("GV01"), ok("GV02")}, true,
			dossier.ErrInvalidInput, "tổng số thành viên Hội đồng (10000001) không hợp lệ"},
		{"no date", dossier.Meeting{Members: 10, Present: 9}, []dossier.Tally{ok("GV01"), ok("GV02")}, true,
			dossier.ErrInvalidInput, "chưa có ngày họp Hội đồng"},
		{"a subject left out", meeting, []dossier.Tally{ok("GV01")}, true,
			dossier.ErrIncomplete, "chưa có kết quả bỏ phiếu kín của Hội đồng về Phạm Văn Minh (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh)"},
		{"no tallies", meeting, nil, true, dossier.ErrInvalidInput, "chưa có kết quả kiểm phiếu"},
		{"no judge", meeting, []dossier.Tally{ok("GV01"), ok("GV02")}, false, dossier.ErrInvalidInput, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := d.Clone()
			c := w.command(t, d, dossier.Vote, secretary)
			c.Meeting, c.Tallies = tt.meeting, tt.tallies
			if !tt.judge {
				c.Judge = nil
			}
			_, _, err := d.Apply(ctx, c)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Apply = %v; want %v", err, tt.want)
			}
			if tt.reason != "" {
				var te *dossier.TransitionError
				if !errors.As(err, &te) || !containsString(te.Reasons, tt.reason) {
					t.Errorf("Apply = %v; want the reason %q", err, tt.reason)
				}
			}
			if !reflect.DeepEqual(d, before) {
				t.Error("a refused vote changed the dossier")
			}
		})
	}
}

// TestVoteDue: at the province, a title chosen by secret ballot cannot be
// put before the head, nor forwarded, without the council's vote.
func TestVoteDue(t *testing.T) {
	w := provincial()
	d := w.in(t, dossier.Appraised)
	if !d.VoteDue() {
		t.Fatal("VoteDue() = false; want true at the province")
	}
	_, _, err := d.Apply(ctx, w.command(t, d, dossier.Propose, appraiser))
	var te *dossier.TransitionError
	if !errors.Is(err, dossier.ErrIncomplete) || !errors.As(err, &te) ||
		!containsString(te.Reasons, "chưa có biên bản họp và kết quả bỏ phiếu kín của Hội đồng về Lê Thị Lan (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh)") {
		t.Errorf("Propose without a vote = %v; want the vote missing", err)
	}
	// Below the province the department's council need not vote.
	u := upward()
	below := u.in(t, dossier.Appraised)
	if below.VoteDue() {
		t.Error("VoteDue() = true at the department; want false")
	}
	must(t, below, u.command(t, below, dossier.Forward, head))
}

// TestSelection: a title chosen by the council for which awards knows no
// threshold ("Cờ thi đua") is granted only when the council selects it.
func TestSelection(t *testing.T) {
	w := &world{id: "HS-CO", records: map[string]*awards.Record{}}
	flag := &awards.Record{ID: "XA01", Name: "Ủy ban nhân dân xã Hòa Bình", Kind: awards.Collective,
		Years: []awards.Year{{Year: 2025, Rating: awards.CompletedExcellently, Active: awards.Yes, Solidarity: awards.Yes, Thrift: awards.Yes,
			BlocRank: 1, Members: &awards.Members{Total: 30, Completed: 30, LDTT: 25, CSTDCS: 4}}}}
	w.records["XA01"] = flag
	w.draft = dossier.Draft{Proposer: commune, Receiver: province, Decider: province, Period: awards.YearOf(2025),
		Subjects:  []dossier.Subject{{ID: "XA01", Kind: awards.Collective, Name: flag.Name, Award: awards.CoThiDuaBoTinh}},
		Documents: []dossier.Document{doc("TTr", dossier.Request, "", "10/12/2025"), doc("BB", dossier.Minutes, "", "08/12/2025"), doc("BC", dossier.AchievementReport, "XA01", "08/12/2025")}}
	d := w.in(t, dossier.Appraised)
	e := d.Entries[0]
	if e.Appraisal.Outcome != awards.EligibleForSelection {
		t.Fatalf("the flag's record is %s, not eligible for selection: %v", e.Appraisal.Outcome, e.Appraisal.Blocking)
	}
	if e.Decidable() {
		t.Error("Decidable() before the council = true")
	}
	if _, _, err := d.Apply(ctx, w.command(t, d, dossier.Propose, appraiser)); !errors.Is(err, dossier.ErrIncomplete) {
		t.Errorf("Propose before the council's selection = %v; want ErrIncomplete", err)
	}
	d = w.step(t, d, dossier.Convene, appraiser)
	for _, sel := range []bool{true, false} {
		c := w.command(t, d, dossier.Vote, secretary)
		c.Tallies[0].Selected = sel
		next := must(t, d, c)
		if got := next.Entries[0].Decidable(); got != sel {
			t.Errorf("selected %v: Decidable() = %v", sel, got)
		}
	}
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
