package dossierdocs

import (
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report"
)

// result writes an entry's verdict as the table of the ballot does.
func result(e *dossier.Entry) string {
	switch {
	case e.Decidable():
		return "Đạt"
	case e.Final().Outcome == awards.Undetermined:
		return "Chưa xác định"
	}
	return "Không đạt"
}

// voteFinding returns the criterion of e's verdict that the council's vote
// decided: the one judged again with the vote whose result or facts the
// vote changed (awards' rule of khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP,
// its parameter under the 2022 law, or a province's own rule).
func voteFinding(e *dossier.Entry) (dossier.Finding, bool) {
	if e.Result.IsZero() {
		return dossier.Finding{}, false
	}
	for _, f := range e.Result.Findings {
		before, ok := findingOf(e.Appraisal, f.Rule)
		if !ok || before.Result != f.Result || before.Facts != f.Facts {
			return f, true
		}
	}
	return dossier.Finding{}, false
}

func findingOf(a dossier.Appraisal, rule string) (dossier.Finding, bool) {
	for _, f := range a.Findings {
		if f.Rule == rule {
			return f, true
		}
	}
	return dossier.Finding{}, false
}

// minutes builds the biên bản họp Hội đồng Thi đua - Khen thưởng of the
// level that holds the dossier: when and where it met, who chaired and
// who kept the minutes, the members present and those who voted in
// writing, what it considered, the table of its secret ballot with each
// entry's share of ALL the members and its result judged again with the
// vote, the rule of the share, and its conclusion.
//
// The data it gives the template:
//
//	trich_yeu       the summary: "Họp xét đề nghị khen thưởng năm 2025"
//	thanh_phan      time, place, chair, secretary, members, markup
//	noi_dung        what the council considered, markup
//	bo_phieu        []map[string]any, a row per entry voted on: ho_ten,
//	                danh_hieu, dong_y, khong_dong_y, khong_hop_le (ints),
//	                thanh_vien (all the members, an int), ket_qua ("Đạt",
//	                "Không đạt", "Chưa xác định")
//	ty_le           how the share is counted and the rule that judges it
//	khong_bo_phieu  the entries not put to the vote, markup ("" for none)
//	ket_luan        the council's conclusion, markup
//	thu_ky, chu_tri report.Closing: the secretary's and the chair's signature
func (b *builder) minutes() (report.Header, report.Data, error) {
	d, c := b.d, b.o.Council
	m := d.Meeting
	abbrev := strings.TrimSpace(c.Abbrev)
	if abbrev == "" {
		abbrev = "HĐTĐKT"
	}
	n, err := number(Minutes, m.Minutes.Number, "BB", dossier.Unit{Name: c.Name, Abbrev: abbrev})
	if err != nil {
		return report.Header{}, nil, err
	}
	h := report.Header{Parent: upper(d.Handler.Name), Issuer: upper(councilName(c)), Number: n, Place: d.Handler.Place, Date: m.Date}
	period := d.Period.String()

	var who strings.Builder
	who.WriteString("Thời gian: ")
	if t := strings.TrimSpace(c.Time); t != "" {
		who.WriteString(esc(t) + ", ")
	}
	who.WriteString(m.Date.Long() + ".")
	if p := strings.TrimSpace(c.Place); p != "" {
		who.WriteString("\n\nĐịa điểm: " + esc(p) + ".")
	}
	for _, r := range []struct {
		role string
		m    Member
	}{{"Chủ trì", c.Chair}, {"Thư ký", c.Secretary}} {
		if r.m.Name != "" {
			who.WriteString("\n\n" + r.role + ": " + esc(r.m.Name))
			if r.m.Position != "" {
				who.WriteString(", " + esc(r.m.Position))
			}
			who.WriteString(".")
		}
	}
	if absent := m.Members - m.Present; absent > 0 {
		fmt.Fprintf(&who, "\n\nThành viên Hội đồng: tổng số %s; có mặt %s; vắng mặt %s",
			two(m.Members, "thành viên"), two(m.Present, "thành viên"), two(absent, "thành viên"))
		if m.Written > 0 {
			fmt.Fprintf(&who, ", trong đó %s có ý kiến bằng văn bản", two(m.Written, "thành viên"))
		}
		who.WriteString(".")
	} else {
		fmt.Fprintf(&who, "\n\nThành viên Hội đồng: tổng số %s, có mặt đủ.", two(m.Members, "thành viên"))
	}

	list, groups := byAward(d.Entries, false)
	active := 0
	for _, g := range groups {
		active += len(g)
	}
	var rows []map[string]any
	var voted tally
	eligible, notEligible := 0, 0
	var skipped []string
	rules := map[string][]string{} // a rule of the vote → the awards it judged
	var ruleOrder []string
	var noRule []string
	for i, g := range groups {
		judged := false
		for _, e := range g {
			if e.Appraisal.Eligible() {
				eligible++
			} else {
				notEligible++
			}
			if !e.Voted() {
				if !e.Appraisal.Eligible() {
					skipped = append(skipped, esc(e.Name)+" ("+list[i].Display()+")")
				}
				continue
			}
			voted.add(e)
			rows = append(rows, map[string]any{"ho_ten": e.Name, "danh_hieu": list[i].Name, "dong_y": e.Tally.InFavour,
				"khong_dong_y": e.Tally.Against, "khong_hop_le": e.Tally.Invalid, "thanh_vien": m.Members, "ket_qua": result(e)})
			if f, ok := voteFinding(e); ok {
				rule := esc(f.Criterion) + " (" + esc(f.Citation) + ")"
				if _, seen := rules[rule]; !seen {
					ruleOrder = append(ruleOrder, rule)
				}
				if aw := rules[rule]; len(aw) == 0 || aw[len(aw)-1] != list[i].Display() {
					rules[rule] = append(aw, list[i].Display())
				}
				judged = true
			}
		}
		if !judged && containsVoted(g) {
			noRule = append(noRule, list[i].Display())
		}
	}

	var what strings.Builder
	what.WriteString("Hội đồng xem xét hồ sơ đề nghị khen thưởng " + period + " của " + esc(d.Proposer.Name))
	if letter := cite("Tờ trình", lastDocument(d.Documents, dossier.Request)); letter != "" {
		what.WriteString(" (" + letter + ")")
	}
	fmt.Fprintf(&what, ", gồm %s đề nghị tặng %s. Theo kết quả thẩm định, %s đề nghị đủ tiêu chuẩn",
		two(active, "lượt"), awardsPhrase(list), two(eligible, "lượt"))
	if notEligible > 0 {
		fmt.Fprintf(&what, ", %s đề nghị không đủ tiêu chuẩn", two(notEligible, "lượt"))
	}
	what.WriteString(".\n\nHội đồng đã thảo luận, đánh giá thành tích và bỏ phiếu kín đối với " + voted.String() +
		"; kết quả kiểm phiếu như sau:")

	var share strings.Builder
	fmt.Fprintf(&share, "Tỷ lệ phiếu đồng ý tính trên tổng số %s của Hội đồng, kể cả thành viên vắng mặt có ý kiến bằng văn bản.",
		two(m.Members, "thành viên"))
	var lines []string
	for _, r := range ruleOrder {
		lines = append(lines, "- "+strings.Join(rules[r], ", ")+": "+r)
	}
	if len(noRule) > 0 {
		lines = append(lines, "- "+strings.Join(noRule, ", ")+": không có tỷ lệ phiếu đồng ý tối thiểu được áp dụng; kết quả theo kết quả thẩm định")
	}
	if len(lines) > 0 {
		share.WriteString(" Kết quả được xác định như sau:\n\n" + strings.Join(lines, ";\n") + ".")
	}
	text := share.String()

	skip := ""
	if len(skipped) > 0 {
		skip = "Không đưa ra bỏ phiếu vì không đủ tiêu chuẩn theo kết quả thẩm định: " + strings.Join(skipped, "; ") + "."
	}

	var granted tally
	var grantedAwards []awards.Award
	for i, g := range groups {
		n := 0
		for _, e := range g {
			if e.Decidable() {
				granted.add(e)
				n++
			}
		}
		if n > 0 {
			grantedAwards = append(grantedAwards, list[i])
		}
	}
	conclusion := "Hội đồng không đề nghị khen thưởng cá nhân, tập thể nào."
	if !granted.empty() {
		conclusion = "Hội đồng thống nhất đề nghị " + esc(head(d.Handler)) + " " + decides(d.Handler, d.Decider) + " tặng " +
			awardsPhrase(grantedAwards) + " cho " + granted.String() + " đạt kết quả nêu trên."
	}
	conclusion += "\n\nBiên bản đã được thông qua tại cuộc họp./."

	data := report.Data{
		"trich_yeu":      "Họp xét đề nghị khen thưởng " + period,
		"thanh_phan":     who.String(),
		"noi_dung":       what.String(),
		"bo_phieu":       rows,
		"ty_le":          text,
		"khong_bo_phieu": skip,
		"ket_luan":       conclusion,
		"thu_ky":         report.Closing{Signature: named(report.Signature{For: "Thư ký", Name: c.Secretary.Name})},
		"chu_tri":        report.Closing{Signature: named(report.Signature{For: "Chủ trì", Name: c.Chair.Name})},
	}
	return h, data, nil
}

func containsVoted(es []*dossier.Entry) bool {
	for _, e := range es {
		if e.Voted() {
			return true
		}
	}
	return false
}

// councilName is the council's name: the Options', or "Hội đồng Thi đua -
// Khen thưởng".
func councilName(c Council) string {
	if n := strings.TrimSpace(c.Name); n != "" {
		return n
	}
	return "Hội đồng Thi đua - Khen thưởng"
}
