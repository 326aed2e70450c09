package dossier_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// refusal applies c and checks that it is refused with want and, when
// reason is given, that reason among the reasons; the dossier unchanged.
func refusal(t *testing.T, d dossier.Dossier, c dossier.Command, want error, reason string) {
	t.Helper()
	before := d.Clone()
	_, _, err := d.Apply(ctx, c)
	if !errors.Is(err, want) {
		t.Fatalf("%s = %v; want %v", c.Action, err, want)
	}
	if reason != "" {
		var te *dossier.TransitionError
		if !errors.As(err, &te) || !containsString(te.Reasons, reason) {
			t.Errorf("%s = %v; want the reason %q", c.Action, err, reason)
		}
	}
	if !reflect.DeepEqual(d, before) {
		t.Errorf("a refused %s changed the dossier", c.Action)
	}
}

func TestSubmitMissing(t *testing.T) {
	w := local()
	w.draft.Documents = w.draft.Documents[:2] // no achievement reports
	d := w.in(t, dossier.Drafted)
	missing := d.Missing()
	if len(missing) != 2 || missing[0].Text() != "báo cáo thành tích của Nguyễn Văn An (“Chiến sĩ thi đua cơ sở”)" {
		t.Fatalf("Missing() = %+v", missing)
	}
	refusal(t, d, w.command(t, d, dossier.Submit, proposer), dossier.ErrIncomplete,
		"chưa có báo cáo thành tích của Bộ phận Một cửa (“Tập thể lao động tiên tiến”)")
	// "Lao động tiên tiến" needs no report: Trần Thị Bình is not missing one.
	for _, n := range d.Needs() {
		if n.Subject.ID == "NV02" {
			t.Errorf("Needs() asks %s of Trần Thị Bình", n.Text())
		}
	}
	// An empty dossier.
	w = local()
	w.draft.Subjects, w.draft.Documents = nil, w.draft.Documents[:2]
	d = w.in(t, dossier.Drafted)
	refusal(t, d, w.command(t, d, dossier.Submit, proposer), dossier.ErrIncomplete, "hồ sơ chưa có cá nhân, tập thể được đề nghị")
}

func TestCreateRefused(t *testing.T) {
	for _, tt := range []struct {
		name   string
		change func(*dossier.Draft)
		reason string
	}{
		{"award above the decider", func(dr *dossier.Draft) { dr.Subjects[0].Award = awards.BangKhenBoTinh },
			"Nguyễn Văn An: Bằng khen của Bộ, ban, ngành, tỉnh không thuộc thẩm quyền quyết định của Ủy ban nhân dân xã Tân Lập (cấp cơ sở)"},
		{"award for another kind", func(dr *dossier.Draft) { dr.Subjects[3].Award = awards.LaoDongTienTien },
			"Bộ phận Một cửa: “Lao động tiên tiến” không xét tặng cho tập thể"},
		{"proposed twice", func(dr *dossier.Draft) { dr.Subjects = append(dr.Subjects, dr.Subjects[0]) },
			"Nguyễn Văn An được đề nghị “Lao động tiên tiến” hai lần"},
		{"one ID, two people", func(dr *dossier.Draft) { dr.Subjects[2].ID = "NV01" },
			"mã NV01 dùng cho hai đối tượng khác nhau (Nguyễn Văn An, Trần Thị Bình)"},
		{"unknown award", func(dr *dossier.Draft) { dr.Subjects[0].Award = "huy-hieu" },
			`Nguyễn Văn An: danh hiệu, hình thức khen thưởng "huy-hieu" không có trong danh mục`},
		{"bad hash", func(dr *dossier.Draft) { dr.Documents[0].SHA256 = "abc" },
			"văn bản TTr: mã băm SHA-256 phải có 64 chữ số hệ mười sáu"},
		{"report of no one", func(dr *dossier.Draft) { dr.Documents[2].Subject = "NV09" },
			"văn bản BC-NV01 nói về đối tượng NV09 không có trong hồ sơ"},
		{"levels reversed", func(dr *dossier.Draft) { dr.Receiver = province },
			"cấp của đơn vị đề nghị (cấp cơ sở), cơ quan tiếp nhận (cấp tỉnh, bộ) và cấp quyết định (cấp cơ sở) phải từ thấp đến cao"},
		{"reversed period", func(dr *dossier.Draft) { dr.Period = awards.Period{First: 2025, Last: 2024} },
			"thời gian tính thành tích không hợp lệ (2025–2024)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := local()
			w.draft.Subjects = append([]dossier.Subject(nil), w.draft.Subjects...)
			w.draft.Documents = append([]dossier.Document(nil), w.draft.Documents...)
			tt.change(&w.draft)
			refusal(t, dossier.Dossier{}, w.command(t, dossier.Dossier{}, dossier.Create, proposer), dossier.ErrInvalidInput, tt.reason)
		})
	}
}

func TestEdit(t *testing.T) {
	w := local()
	d := w.in(t, dossier.Drafted)
	// Removing a subject whose report is still attached is refused.
	c := w.command(t, d, dossier.Edit, proposer)
	c.Changes = dossier.Changes{Remove: []dossier.Key{{Subject: "TT01", Award: awards.TapTheTienTien}}}
	refusal(t, d, c, dossier.ErrInvalidInput, "còn văn bản BC-TT01 của đối tượng đã bỏ: gỡ văn bản trước")
	c.Changes.Detach = []string{"BC-TT01"}
	d = must(t, d, c)
	if len(d.Entries) != 3 || len(d.Documents) != 3 {
		t.Fatalf("after the edit: %d entries, %d documents; want 3, 3", len(d.Entries), len(d.Documents))
	}
	// Adding a subject back, with its report.
	c = w.command(t, d, dossier.Edit, proposer)
	c.Changes = dossier.Changes{Add: []dossier.Subject{w.draft.Subjects[3]},
		Attach: []dossier.Document{doc("BC-TT01b", dossier.AchievementReport, "TT01", "16/12/2025")}}
	d = must(t, d, c)
	if m := d.Missing(); len(m) != 0 {
		t.Errorf("Missing() = %v", m)
	}
	for _, tt := range []struct {
		name    string
		changes dossier.Changes
		reason  string
	}{
		{"nothing", dossier.Changes{}, "không có thay đổi"},
		{"remove twice", dossier.Changes{Remove: []dossier.Key{{Subject: "NV02", Award: awards.LaoDongTienTien}, {Subject: "NV02", Award: awards.LaoDongTienTien}}},
			"Trần Thị Bình (“Lao động tiên tiến”) được bỏ hai lần"},
		{"detach unknown", dossier.Changes{Detach: []string{"X"}}, "văn bản X không có trong hồ sơ"},
		{"duplicate document", dossier.Changes{Attach: []dossier.Document{doc("TTr", dossier.Request, "", "01/12/2025")}},
			"văn bản TTr trùng mã với văn bản khác"},
		{"office's document", dossier.Changes{Attach: []dossier.Document{doc("QD", dossier.DecisionText, "", "01/12/2025")}},
			"văn bản QD (quyết định khen thưởng) là văn bản của cơ quan có thẩm quyền, không thuộc hồ sơ đề nghị"},
		{"report without subject", dossier.Changes{Attach: []dossier.Document{doc("BC2", dossier.AchievementReport, "", "01/12/2025")}},
			"văn bản BC2 (báo cáo thành tích) chưa ghi đối tượng"},
		{"no date", dossier.Changes{Attach: []dossier.Document{{ID: "K", Component: dossier.Other, SHA256: hash("K")}}},
			"văn bản K chưa có ngày"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := w.command(t, d, dossier.Edit, proposer)
			c.Changes = tt.changes
			refusal(t, d, c, dossier.ErrInvalidInput, tt.reason)
		})
	}
}

func TestAppraise(t *testing.T) {
	w := local()
	d := w.in(t, dossier.Received)
	vs := w.verdicts(t, d)
	// One at a time: the dossier stays received until the last.
	c := w.command(t, d, dossier.Appraise, appraiser)
	c.Verdicts = vs[:1]
	part := must(t, d, c)
	if part.State != dossier.Received {
		t.Errorf("after one appraisal: %s; want Đã tiếp nhận", part.State)
	}
	c = w.command(t, part, dossier.Appraise, appraiser)
	c.Verdicts = vs[:1]
	refusal(t, part, c, dossier.ErrInvalidInput, "Nguyễn Văn An (“Lao động tiên tiến”) đã được thẩm định")
	c.Verdicts = append(vs[1:2:2], vs[1])
	refusal(t, part, c, dossier.ErrInvalidInput, "Nguyễn Văn An (“Chiến sĩ thi đua cơ sở”) được thẩm định hai lần")
	c.Verdicts = vs[1:]
	done := must(t, part, c)
	if done.State != dossier.Appraised {
		t.Errorf("after every appraisal: %s; want Đã thẩm định", done.State)
	}
	// A verdict of another period, an empty one, one of a stranger.
	other, _ := awards.Evaluate(w.records["NV01"], awards.Case{Award: awards.LaoDongTienTien, Period: awards.YearOf(2024)})
	c = w.command(t, d, dossier.Appraise, appraiser)
	c.Verdicts = []awards.Verdict{other}
	refusal(t, d, c, dossier.ErrInvalidInput, "kết quả thẩm định của Nguyễn Văn An (“Lao động tiên tiến”) là cho năm 2024, không phải năm 2025")
	c.Verdicts = []awards.Verdict{{}}
	refusal(t, d, c, dossier.ErrInvalidInput, "có kết quả thẩm định rỗng (không do awards.Evaluate trả về)")
	stranger, _ := awards.Evaluate(person("NV77", "Hoàng Văn Tư", awards.CompletedWell), awards.Case{Award: awards.LaoDongTienTien, Period: awards.YearOf(2025)})
	c.Verdicts = []awards.Verdict{stranger}
	refusal(t, d, c, dossier.ErrInvalidInput, "NV77 (“Lao động tiên tiến”) không có trong hồ sơ")
	c.Verdicts = nil
	refusal(t, d, c, dossier.ErrIncomplete, "chưa có kết quả thẩm định")
}

// TestPersonalData: the appraisal keeps no facts of the criteria on
// discipline and health, even from a verdict that discloses them.
func TestPersonalData(t *testing.T) {
	w := local()
	w.records["NV02"].Discipline = []awards.Discipline{{Form: awards.Reprimand, From: metrics.MustDate("01/03/2025"), To: metrics.MustDate("01/09/2025")}}
	d := w.in(t, dossier.Received)
	vs := w.verdicts(t, d)
	// The host judged with the personal criteria disclosed: their wording
	// is what must not reach the dossier.
	var personal []string
	for i := range vs {
		vs[i] = vs[i].WithPersonalData()
		for _, f := range vs[i].Findings() {
			if f.Personal() && !slices.Contains(personal, f.Criterion()) {
				personal = append(personal, f.Criterion())
			}
		}
	}
	if len(personal) == 0 {
		t.Fatal("the verdicts have no personal criterion to look for")
	}
	c := w.command(t, d, dossier.Appraise, appraiser)
	c.Verdicts = vs
	d, ev, err := d.Apply(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	log, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	// Neither the facts nor the wording of a personal criterion stays in
	// the dossier's findings, its blocking labels or its event log.
	texts := []string{string(log)}
	for _, e := range d.Entries {
		for _, f := range e.Appraisal.Findings {
			texts = append(texts, f.Criterion, f.Facts)
		}
		texts = append(texts, e.Appraisal.Blocking...)
	}
	for _, text := range texts {
		if strings.Contains(text, "2025-03") || strings.Contains(text, "01/3/2025") || strings.Contains(text, "khiển trách") {
			t.Errorf("the dossier keeps personal facts: %q", source.Quote(text))
		}
		for _, c := range personal {
			if strings.Contains(text, c) {
				t.Errorf("the dossier names the personal criterion %q", c)
			}
		}
	}
}

func TestDecide(t *testing.T) {
	w := local()
	d := w.in(t, dossier.Proposed)
	c := w.command(t, d, dossier.Decide, head)
	c.Decision.Number = ""
	refusal(t, d, c, dossier.ErrIncomplete, "chưa có số quyết định")
	c.Decision.Number = "15 QĐ-UBND"
	refusal(t, d, c, dossier.ErrInvalidInput, `số quyết định "15 QĐ-UBND" không đúng dạng số/ký hiệu, ví dụ 15/QĐ-UBND`)
	c.Decision.Number, c.Decision.Date = "15/QĐ-UBND", metrics.Date{}
	refusal(t, d, c, dossier.ErrIncomplete, "chưa có ngày ký quyết định")
	c.Decision.Date, c.Decision.Signer = metrics.MustDate("15/01/2026"), ""
	refusal(t, d, c, dossier.ErrIncomplete, "chưa có họ tên người ký quyết định")
	c.Decision.Signer = "Lương Văn Quang"
	c.Decision.Granted = []dossier.Key{{Subject: "NV09", Award: awards.LaoDongTienTien}}
	refusal(t, d, c, dossier.ErrInvalidInput, "NV09 (“Lao động tiên tiến”) không có trong hồ sơ")

	// The number from the register: the first of the year, then the next;
	// a refused decision takes none.
	var reg dossier.MemoryRegister
	c = w.command(t, d, dossier.Decide, head)
	c.Decision.Number, c.Register = "", &reg
	c.Decision.Signer = ""
	refusal(t, d, c, dossier.ErrIncomplete, "chưa có họ tên người ký quyết định")
	if n := reg.Last("UBND-TL", 2026, "QĐ"); n != 0 {
		t.Errorf("a refused decision took number %d", n)
	}
	c.Decision.Signer = "Lương Văn Quang"
	first := must(t, d, c)
	if first.Decision.Number != "01/QĐ-UBND" {
		t.Errorf("first number = %q; want 01/QĐ-UBND", first.Decision.Number)
	}
	if err := reg.Continue("UBND-TL", 2026, "QĐ", 14); err != nil {
		t.Fatal(err)
	}
	second := must(t, d, c)
	if second.Decision.Number != "15/QĐ-UBND" {
		t.Errorf("number after 14 = %q; want 15/QĐ-UBND", second.Decision.Number)
	}
	if len(second.Granted()) != 4 || !second.Entries[0].Granted {
		t.Errorf("Granted() = %d entries; want all 4", len(second.Granted()))
	}
	// A typed number wins over the register.
	c.Decision.Number = "07/QĐ-UBND"
	if got := must(t, d, c).Decision.Number; got != "07/QĐ-UBND" || reg.Last("UBND-TL", 2026, "QĐ") != 15 {
		t.Errorf("typed number: %q, register at %d", got, reg.Last("UBND-TL", 2026, "QĐ"))
	}
	// A decision granting some only.
	c = w.command(t, d, dossier.Decide, head)
	c.Decision.Granted = []dossier.Key{{Subject: "NV02", Award: awards.LaoDongTienTien}}
	some := must(t, d, c)
	if g := some.Granted(); len(g) != 1 || g[0].ID != "NV02" || some.Entries[0].Granted {
		t.Errorf("Granted() = %+v", g)
	}
	// Revoked: nothing granted any more.
	rv := w.command(t, some, dossier.Revoke, head)
	rv.Reason = ""
	refusal(t, some, rv, dossier.ErrIncomplete, "chưa ghi lý do thu hồi")
	rv = w.command(t, some, dossier.Revoke, head)
	rv.Decision = dossier.Decision{Number: "40/QĐ-UBND", Date: metrics.MustDate("01/06/2026"), Signer: "Lương Văn Quang"}
	revoked := must(t, some, rv)
	if !revoked.Revoked() || revoked.Granted() != nil || revoked.Status() != "Đã hủy (thu hồi quyết định 15/QĐ-UBND)" {
		t.Errorf("revoked: %v, %v, %q", revoked.Revoked(), revoked.Granted(), revoked.Status())
	}
}

func TestForward(t *testing.T) {
	w := upward()
	d := w.in(t, dossier.Forwarded)
	if d.Handler.Code != province.Code || len(d.Levels) != 1 || d.Levels[0].Authority.Code != department.Code {
		t.Fatalf("forwarded: handler %s, levels %+v", d.Handler.Code, d.Levels)
	}
	if d.Entries[0].Appraised() || !d.Levels[0].Entries[0].Appraised() {
		t.Error("the department's appraisal should move to Levels, and the province appraise again")
	}
	d = w.step(t, d, dossier.Receive, clerk)
	d = w.step(t, d, dossier.Appraise, appraiser)
	// At the province the council must vote before the head decides.
	refusal(t, d, w.command(t, d, dossier.Propose, appraiser), dossier.ErrIncomplete,
		"chưa có biên bản họp và kết quả bỏ phiếu kín của Hội đồng về Lê Thị Lan (Chiến sĩ thi đua Bộ, ban, ngành, tỉnh)")
	refusal(t, d, w.command(t, d, dossier.Forward, head), dossier.ErrOutOfOrder,
		"Ủy ban nhân dân tỉnh Lam Sơn là cấp quyết định: trình ký, không chuyển cấp trên")
	d = w.step(t, d, dossier.Convene, secretary)
	d = w.step(t, d, dossier.Vote, secretary)
	d = w.step(t, d, dossier.Propose, appraiser)
	d = w.step(t, d, dossier.Decide, head)
	if len(d.Granted()) != 1 || d.Decision.Number != "15/QĐ-UBND" {
		t.Errorf("decided: %+v", d.Decision)
	}
	// Forwarding needs the letter's number, and goes up, not sideways.
	w = upward()
	a := w.in(t, dossier.Appraised)
	c := w.command(t, a, dossier.Forward, head)
	c.Forwarding.Letter.Number = ""
	refusal(t, a, c, dossier.ErrIncomplete, "chưa có số, ký hiệu của tờ trình đề nghị cấp trên")
	c = w.command(t, a, dossier.Forward, head)
	c.Forwarding.To = department
	refusal(t, a, c, dossier.ErrInvalidInput, "cấp trên (cấp huyện, sở) phải cao hơn cấp huyện, sở và không cao hơn cấp quyết định (cấp tỉnh, bộ)")
	refusal(t, a, w.command(t, a, dossier.Propose, appraiser), dossier.ErrOutOfOrder, "hồ sơ phải chuyển lên Ủy ban nhân dân tỉnh Lam Sơn để quyết định")
}

// TestReturn: a return sends the dossier back to its proposer with the
// reason, clears what the levels concluded, and the proposer sends it
// again.
func TestReturn(t *testing.T) {
	w := upward()
	d := w.in(t, dossier.Forwarded)
	refusal(t, d, dossier.Command{Dossier: d.ID, Version: d.Version, Action: dossier.Return, By: clerk, At: at(50)},
		dossier.ErrIncomplete, "chưa ghi lý do")
	d = w.step(t, d, dossier.Return, clerk)
	if d.State != dossier.Returned || d.Handler.Code != department.Code || d.Levels != nil || d.Returned.Reason == "" ||
		d.Returned.By != clerk || d.Entries[0].Appraised() {
		t.Errorf("returned: %s, handler %s, levels %v, notice %+v", d.State, d.Handler.Code, d.Levels, d.Returned)
	}
	d = w.step(t, d, dossier.Edit, proposer)
	d = w.step(t, d, dossier.Submit, proposer)
	if d.Round != 2 || d.State != dossier.Submitted {
		t.Errorf("sent again: round %d, %s", d.Round, d.State)
	}
}

func TestStale(t *testing.T) {
	w := local()
	d := w.in(t, dossier.Submitted)
	c := w.command(t, d, dossier.Receive, clerk)
	c.Version--
	_, _, err := d.Apply(ctx, c)
	var se *dossier.StaleError
	if !errors.Is(err, dossier.ErrStale) || !errors.As(err, &se) || se.Made != d.Version-1 || se.Current != d.Version {
		t.Errorf("Apply on an old version = %v; want ErrStale", err)
	}
	if se.Text() != "Hồ sơ đã được cập nhật (phiên bản 2) sau khi bạn mở (phiên bản 1); hãy tải lại hồ sơ và thực hiện lại." {
		t.Errorf("Text() = %q", se.Text())
	}
	c.Version += 2
	if _, _, err := d.Apply(ctx, c); !errors.Is(err, dossier.ErrStale) {
		t.Errorf("Apply on a future version = %v; want ErrStale", err)
	}
	c = w.command(t, d, dossier.Receive, clerk)
	c.Dossier = "HS-KHAC"
	if _, _, err := d.Apply(ctx, c); !errors.Is(err, dossier.ErrInvalidInput) {
		t.Errorf("Apply to another dossier = %v; want ErrInvalidInput", err)
	}
}

func TestContextDone(t *testing.T) {
	w := local()
	d := w.in(t, dossier.Submitted)
	done, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := d.Apply(done, w.command(t, d, dossier.Receive, clerk)); !errors.Is(err, context.Canceled) {
		t.Errorf("Apply with a context done = %v; want context.Canceled", err)
	}
}

func TestUserUnit(t *testing.T) {
	w := local()
	d := w.in(t, dossier.Submitted)
	c := w.command(t, d, dossier.Receive, dossier.User{ID: "u-x", Role: dossier.OfficeClerk, Unit: "UBND-XA-KHAC"})
	refusal(t, d, c, dossier.ErrNotPermitted, "người thực hiện thuộc đơn vị UBND-XA-KHAC, không phải cơ quan đang xử lý hồ sơ")
	c.By.Unit = commune.Code
	must(t, d, c)
	cc := w.command(t, dossier.Dossier{}, dossier.Create, dossier.User{ID: "u", Role: dossier.Proposer, Unit: commune.Code})
	refusal(t, dossier.Dossier{}, cc, dossier.ErrNotPermitted, "")
	cc.By.Unit = communeOffice.Code
	must(t, dossier.Dossier{}, cc)
}

// TestShared: what Apply returns shares nothing with the dossier it was
// applied to, nor with the command.
func TestShared(t *testing.T) {
	w := local()
	d := w.in(t, dossier.Appraised)
	before := d.Clone()
	c := w.command(t, d, dossier.Convene, appraiser)
	next, ev, err := d.Apply(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	next.Entries[0].Appraisal.Findings[0].Facts = "x"
	next.Documents[0].Title = "x"
	next.Procedure.ByAward[awards.CSTDCoSo][0].Title = "x"
	next.Procedure.Votes[awards.CSTDBoTinh] = awards.Citation{}
	_ = ev
	if !reflect.DeepEqual(d, before) {
		t.Error("changing the next dossier changed the previous one")
	}
	// The command's slices are copied.
	w2 := local()
	cc := w2.command(t, dossier.Dossier{}, dossier.Create, proposer)
	created, evc, _ := dossier.Dossier{}.Apply(ctx, cc)
	cc.Draft.Subjects[0].Name = "x"
	cc.Draft.Documents[0].Title = "x"
	if created.Entries[0].Name == "x" || created.Documents[0].Title == "x" || evc.Payload.(dossier.Draft).Subjects[0].Name == "x" {
		t.Error("the dossier or its event shares the command's slices")
	}
}

// TestConcurrentReads: a Dossier shared read-only between goroutines.
func TestConcurrentReads(t *testing.T) {
	w := local()
	d := w.in(t, dossier.Decided)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				_ = d.Missing()
				_ = d.Granted()
				_ = d.Clone()
				_, _, _ = d.Apply(ctx, w.command(t, d, dossier.Revoke, head))
			}
		}()
	}
	wg.Wait()
}
