package dossier_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
)

// A commune proposes twelve of its officers for "Lao động tiên tiến" of
// 2025, three of them for "Chiến sĩ thi đua cơ sở" too, and two of its
// teams for "Tập thể lao động tiên tiến". The commune's chairman decides.
// The office returns the dossier once; the unit corrects it and sends it
// again; the appraiser judges every entry with package awards; the
// chairman signs decision 01/QĐ-UBND, numbered by the register.
func Example() {
	ctx := context.Background()
	ubnd := dossier.Unit{Code: "UBND-TL", Name: "Ủy ban nhân dân xã Tân Lập", Level: dossier.Grassroots,
		Parent: "Ủy ban nhân dân tỉnh Lam Sơn", Abbrev: "UBND", Head: "Chủ tịch Ủy ban nhân dân xã Tân Lập", Place: "Tân Lập"}
	office := dossier.Unit{Code: "VP-TL", Name: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lập",
		Level: dossier.Grassroots, Abbrev: "VP", Place: "Tân Lập"}

	// The records the portal keeps, which awards judges.
	records := map[string]*awards.Record{}
	var subjects []dossier.Subject
	people := []struct {
		name   string
		rating awards.Rating
	}{
		{"Nguyễn Văn An", awards.CompletedExcellently}, {"Trần Thị Bình", awards.CompletedExcellently},
		{"Lê Văn Cường", awards.CompletedExcellently}, {"Phạm Thị Dung", awards.CompletedWell},
		{"Hoàng Văn Em", awards.CompletedWell}, {"Vũ Thị Giang", awards.CompletedWell},
		{"Đặng Văn Hải", awards.CompletedWell}, {"Bùi Thị Hoa", awards.CompletedWell},
		{"Đỗ Văn Khánh", awards.CompletedWell}, {"Hồ Thị Lan", awards.CompletedWell},
		{"Ngô Văn Minh", awards.CompletedWell}, {"Dương Văn Nam", awards.Completed},
	}
	for i, p := range people {
		id := fmt.Sprintf("CB%02d", i+1)
		records[id] = &awards.Record{ID: id, Name: p.name, Kind: awards.Individual, Recruited: metrics.MustDate("01/08/2018"),
			Years: []awards.Year{{Year: 2025, Rating: p.rating, Active: awards.Yes}}}
		s := dossier.Subject{ID: id, Kind: awards.Individual, Name: p.name, Position: "Công chức", Unit: ubnd.Name, Award: awards.LaoDongTienTien}
		subjects = append(subjects, s)
		if p.rating == awards.CompletedExcellently {
			s.Award = awards.CSTDCoSo
			subjects = append(subjects, s)
		}
	}
	for _, t := range []struct{ id, name string }{{"TO-MC", "Bộ phận Một cửa"}, {"TO-VH", "Tổ Văn hóa - Xã hội"}} {
		records[t.id] = &awards.Record{ID: t.id, Name: t.name, Kind: awards.Collective,
			Years: []awards.Year{{Year: 2025, Rating: awards.CompletedWell, Active: awards.Yes, Solidarity: awards.Yes,
				Members: &awards.Members{Total: 6, Completed: 6, LDTT: 5, CSTDCS: 1}}}}
		subjects = append(subjects, dossier.Subject{ID: t.id, Kind: awards.Collective, Name: t.name, Unit: ubnd.Name, Award: awards.TapTheTienTien})
	}
	ref := func(id string, c dossier.Component, subject, date string) dossier.Document {
		return dossier.Document{ID: id, Component: c, Subject: subject, Date: metrics.MustDate(date), SHA256: hash(id)}
	}
	documents := []dossier.Document{
		ref("TTr-12", dossier.Request, "", "22/12/2025"), ref("BB-HD", dossier.Minutes, "", "19/12/2025"),
		ref("BC-CB01", dossier.AchievementReport, "CB01", "15/12/2025"), ref("BC-CB02", dossier.AchievementReport, "CB02", "15/12/2025"),
		ref("BC-CB03", dossier.AchievementReport, "CB03", "15/12/2025"), ref("BC-MC", dossier.AchievementReport, "TO-MC", "15/12/2025"),
	}

	unit := dossier.User{ID: "vt.vanphong", Role: dossier.Proposer}
	clerk := dossier.User{ID: "vt.ubnd", Role: dossier.OfficeClerk}
	appraiser := dossier.User{ID: "cc.vhxh", Role: dossier.Appraiser}
	chairman := dossier.User{ID: "ct.ubnd", Role: dossier.Head}
	var register dossier.MemoryRegister

	var d dossier.Dossier
	var log []dossier.Event
	clock := time.Date(2025, 12, 22, 8, 0, 0, 0, time.FixedZone("ICT", 7*3600))
	apply := func(c dossier.Command) error {
		c.Dossier, c.Version, clock = "HS-TL-2025-01", d.Version, clock.Add(2*time.Hour)
		c.At = clock
		next, ev, err := d.Apply(ctx, c)
		if err == nil {
			d, log = next, append(log, ev)
		}
		return err
	}

	_ = apply(dossier.Command{Action: dossier.Create, By: unit, Draft: dossier.Draft{Proposer: office, Receiver: ubnd, Decider: ubnd,
		Period: awards.YearOf(2025), Subjects: subjects, Documents: documents}})
	err := apply(dossier.Command{Action: dossier.Submit, By: unit})
	var refused *dossier.TransitionError
	if errors.As(err, &refused) {
		fmt.Println(refused.Text())
	}
	_ = apply(dossier.Command{Action: dossier.Edit, By: unit, Changes: dossier.Changes{
		Attach: []dossier.Document{ref("BC-VH", dossier.AchievementReport, "TO-VH", "15/12/2024")}}})
	_ = apply(dossier.Command{Action: dossier.Submit, By: unit})
	_ = apply(dossier.Command{Action: dossier.Receive, By: clerk})
	_ = apply(dossier.Command{Action: dossier.Return, By: clerk,
		Reason: "Báo cáo thành tích của Tổ Văn hóa - Xã hội đề ngày 15/12/2024, là báo cáo của năm trước"})
	fmt.Printf("%s: %s\n", d.State, d.Returned.Reason)
	_ = apply(dossier.Command{Action: dossier.Edit, By: unit, Changes: dossier.Changes{Detach: []string{"BC-VH"},
		Attach: []dossier.Document{ref("BC-VH-2025", dossier.AchievementReport, "TO-VH", "15/12/2025")}}})
	_ = apply(dossier.Command{Action: dossier.Submit, By: unit})
	fmt.Printf("%s (lần %d)\n", d.State, d.Round)
	_ = apply(dossier.Command{Action: dossier.Receive, By: clerk})

	var verdicts []awards.Verdict
	for _, e := range d.Entries {
		v, err := awards.Evaluate(records[e.ID], awards.Case{Award: e.Award, Period: d.Period})
		if err != nil {
			fmt.Println(err)
			return
		}
		verdicts = append(verdicts, v)
	}
	_ = apply(dossier.Command{Action: dossier.Appraise, By: appraiser, Verdicts: verdicts})
	fmt.Printf("%s: %d đủ tiêu chuẩn trên %d đề nghị\n", d.State, len(d.Decidable()), len(d.Entries))
	for _, e := range d.Entries {
		if !e.Decidable() {
			fmt.Printf("- %s (%s): %s\n", e.Name, e.Appraisal.Outcome, strings.Join(e.Appraisal.Blocking, "; "))
		}
	}
	_ = apply(dossier.Command{Action: dossier.Propose, By: appraiser})
	if err := apply(dossier.Command{Action: dossier.Decide, By: chairman, Register: &register,
		Decision: dossier.Decision{Date: metrics.MustDate("15/01/2026"), Signer: "Lương Văn Quang", Position: "Chủ tịch"}}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: số %s ngày %s, %d cá nhân, tập thể\n", d.State, d.Decision.Number, d.Decision.Date, len(d.Granted()))
	for _, a := range d.Awards() {
		n := 0
		for _, e := range d.Granted() {
			if e.Award == a.ID {
				n++
			}
		}
		fmt.Printf("- %s: %d\n", a.Display(), n)
	}

	// The events rebuild the dossier; the index says what a person holds.
	data, _ := json.Marshal(log)
	events, err := dossier.DecodeEvents("HS-TL-2025-01.json", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	again, err := dossier.Rebuild(events)
	fmt.Println(len(events), "sự kiện, dựng lại:", again.Status(), again.Decision.Number, err)
	for _, g := range dossier.NewIndex([]dossier.Dossier{again}).Subject("CB01") {
		fmt.Printf("Nguyễn Văn An: %s %s, quyết định số %s ngày %s của %s\n", g.Award.Display(), g.Period, g.Decision.Number,
			g.Decision.Date, g.Authority.Head)
	}
	// Output:
	// Không thể gửi hồ sơ: chưa có báo cáo thành tích của Tổ Văn hóa - Xã hội (“Tập thể lao động tiên tiến”).
	// Trả lại: Báo cáo thành tích của Tổ Văn hóa - Xã hội đề ngày 15/12/2024, là báo cáo của năm trước
	// Đã gửi (lần 2)
	// Đã thẩm định: 16 đủ tiêu chuẩn trên 17 đề nghị
	// - Dương Văn Nam (không đủ tiêu chuẩn): Không đạt: Hoàn thành tốt nhiệm vụ trở lên (điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15)
	// Đã quyết định: số 01/QĐ-UBND ngày 15/01/2026, 16 cá nhân, tập thể
	// - “Chiến sĩ thi đua cơ sở”: 3
	// - “Lao động tiên tiến”: 11
	// - “Tập thể lao động tiên tiến”: 2
	// 11 sự kiện, dựng lại: Đã quyết định 01/QĐ-UBND <nil>
	// Nguyễn Văn An: “Lao động tiên tiến” năm 2025, quyết định số 01/QĐ-UBND ngày 15/01/2026 của Chủ tịch Ủy ban nhân dân xã Tân Lập
	// Nguyễn Văn An: “Chiến sĩ thi đua cơ sở” năm 2025, quyết định số 01/QĐ-UBND ngày 15/01/2026 của Chủ tịch Ủy ban nhân dân xã Tân Lập
}

// A council's secret ballot on "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh":
// awards judges the entry again with the vote, and 9 of the 10 members,
// one absent who voted in writing, is 90% of all the members.
func ExampleTally_Vote() {
	ctx := context.Background()
	w := provincial()
	var d dossier.Dossier
	for _, s := range []struct {
		a dossier.Action
		u dossier.User
	}{{dossier.Create, proposer}, {dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser}, {dossier.Convene, secretary}} {
		d, _, _ = d.Apply(ctx, w.command(noTest{}, d, s.a, s.u))
	}
	meeting := dossier.Meeting{Date: metrics.MustDate("08/01/2026"), Members: 10, Present: 9, Written: 1}
	d, _, err := d.Apply(ctx, dossier.Command{Dossier: d.ID, Version: d.Version, Action: dossier.Vote, By: secretary, At: at(30),
		Meeting: meeting,
		Tallies: []dossier.Tally{
			{Key: dossier.Key{Subject: "GV01", Award: awards.CSTDBoTinh}, InFavour: 9, Against: 1},
			{Key: dossier.Key{Subject: "GV02", Award: awards.CSTDBoTinh}, InFavour: 8, Against: 1, Invalid: 1},
		},
		Judge: func(_ context.Context, s dossier.Subject, c awards.Case) (awards.Verdict, error) {
			return awards.Evaluate(w.records[s.ID], c)
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range d.Entries {
		fmt.Printf("%s: %d/%d phiếu – %s\n", e.Name, e.Tally.InFavour, e.Tally.Ballots(), e.Final().Outcome)
	}
	// Output:
	// Lê Thị Lan: 9/10 phiếu – đủ tiêu chuẩn đề nghị xét tặng
	// Phạm Văn Minh: 8/10 phiếu – không đủ tiêu chuẩn
}

// The register gives the next number of the deciding authority for the
// year and the type; numbers below 10 take a leading zero in the decision.
func ExampleMemoryRegister() {
	ctx := context.Background()
	var r dossier.MemoryRegister
	_ = r.Continue("UBND-TL", 2026, "QĐ", 14) // numbers typed by the clerk before
	n, _ := r.Next(ctx, "UBND-TL", 2026, "QĐ")
	fmt.Println(n)
	// Output: 15
}

// Index.Fill gives awards the titles a person received, from the
// decisions themselves.
func ExampleIndex_Fill() {
	w := local()
	decided := w.in(noTest{}, dossier.Decided)
	ix := dossier.NewIndex([]dossier.Dossier{decided})
	r := &awards.Record{ID: "NV01", Name: "Nguyễn Văn An", Kind: awards.Individual}
	fmt.Println(ix.Fill(r))
	for _, h := range r.Honours {
		fmt.Println(h.Award, h.Year, h.Decision.Number, h.Decision.Grantor)
	}
	// Output:
	// 2
	// lao-dong-tien-tien 2025 15/QĐ-UBND Chủ tịch Ủy ban nhân dân xã Tân Lập
	// cstd-co-so 2025 15/QĐ-UBND Chủ tịch Ủy ban nhân dân xã Tân Lập
}

// A refused command says, in Vietnamese, what is missing; errors.Is tells
// the kind.
func ExampleTransitionError() {
	ctx := context.Background()
	w := local()
	w.draft.Documents = w.draft.Documents[:1]
	d := w.in(noTest{}, dossier.Drafted)
	_, _, err := d.Apply(ctx, dossier.Command{Dossier: d.ID, Version: d.Version, Action: dossier.Submit, By: proposer, At: at(5)})
	fmt.Println(errors.Is(err, dossier.ErrIncomplete))
	var te *dossier.TransitionError
	if errors.As(err, &te) {
		for _, r := range te.Reasons {
			fmt.Println(r)
		}
	}
	// Output:
	// true
	// chưa có biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị đề nghị
	// chưa có báo cáo thành tích của Nguyễn Văn An (“Chiến sĩ thi đua cơ sở”)
	// chưa có báo cáo thành tích của Bộ phận Một cửa (“Tập thể lao động tiên tiến”)
}

// Two clerks receive the same dossier at once, each on the version they
// saw: one wins, the other is told to reload.
func ExampleStore() {
	ctx := context.Background()
	w := local()
	s := dossier.NewStore()
	for _, c := range []dossier.Command{
		w.command(noTest{}, dossier.Dossier{}, dossier.Create, proposer),
		{Dossier: w.id, Version: 1, Action: dossier.Submit, By: proposer, At: at(1)},
	} {
		if _, err := s.Apply(ctx, c); err != nil {
			fmt.Println(err)
			return
		}
	}
	d, _ := s.Dossier(w.id)
	first := dossier.Command{Dossier: d.ID, Version: d.Version, Action: dossier.Receive, By: clerk, At: at(2)}
	second := dossier.Command{Dossier: d.ID, Version: d.Version, Action: dossier.Return, By: appraiser, At: at(2),
		Reason: "Thiếu biên bản họp"}
	_, err := s.Apply(ctx, first)
	fmt.Println(err)
	_, err = s.Apply(ctx, second)
	var stale *dossier.StaleError
	if errors.As(err, &stale) {
		fmt.Println(stale.Text())
	}
	for _, ev := range s.Events(w.id) {
		fmt.Println(ev.Version, ev.Text())
	}
	// Output:
	// <nil>
	// Hồ sơ đã được cập nhật (phiên bản 3) sau khi bạn mở (phiên bản 2); hãy tải lại hồ sơ và thực hiện lại.
	// 1 đơn vị đề nghị u-dv: tạo hồ sơ (Dự thảo)
	// 2 đơn vị đề nghị u-dv: gửi hồ sơ (Dự thảo → Đã gửi)
	// 3 văn thư tiếp nhận u-vt: tiếp nhận hồ sơ (Đã gửi → Đã tiếp nhận)
}
