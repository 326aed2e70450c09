package dossierdocs

import (
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report"
)

// office is who appraises: the Options' Office, or the authority that
// holds the dossier.
func (b *builder) office() dossier.Unit {
	o := b.o.Office
	if strings.TrimSpace(o.Name) == "" {
		return b.d.Handler
	}
	if o.Parent == "" {
		o.Parent = b.d.Handler.Name
	}
	if o.Place == "" {
		o.Place = b.d.Handler.Place
	}
	return o
}

// votes writes an entry's tally: "8/9 phiếu đồng ý".
func votes(e *dossier.Entry, m dossier.Meeting) string {
	return fmt.Sprintf("%d/%d phiếu đồng ý", e.Tally.InFavour, m.Members)
}

// appraisal builds the office's tờ trình kết quả thẩm định to the head of
// the authority that holds the dossier: the request it received and any
// return, the entries found eligible and those not with the criteria
// they do not meet and their articles (never a criterion on personal
// data, Decree 13/2023/NĐ-CP), the council's vote when it was held, and
// what it proposes.
//
// The data it gives the template:
//
//	trich_yeu            "Về kết quả thẩm định hồ sơ đề nghị khen thưởng năm 2025 của …"
//	kinh_gui             "Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Lập."
//	mo_dau               the request received, any return, markup
//	du_tieu_chuan        []map[string]any, a row per entry eligible (or
//	                     eligible for selection, before the vote): ho_ten,
//	                     chuc_vu_don_vi, danh_hieu, ghi_chu (the votes)
//	khong_du_tieu_chuan  []map[string]any, a row per entry not eligible:
//	                     ho_ten, danh_hieu, ly_do (the reasons, "; " between)
//	hoi_dong             the council's vote, markup ("" when it did not vote)
//	de_nghi              what the office proposes, markup
//	ket_thuc             report.Closing
func (b *builder) appraisal() (report.Header, report.Data, error) {
	d := b.d
	off := b.office()
	n, err := number(AppraisalReport, d.Report.Number, "TTr", off)
	if err != nil {
		return report.Header{}, nil, err
	}
	h := report.Header{Parent: upper(off.Parent), Issuer: upper(off.Name), Number: n, Place: off.Place, Date: d.Report.Date}
	if h.Date.IsZero() {
		h.Year = year(d.Updated)
	}
	period := d.Period.String()
	list, groups := byAward(d.Entries, false)
	var all tally
	active := 0
	for _, g := range groups {
		for _, e := range g {
			all.add(e)
			active++
		}
	}
	var opening strings.Builder
	opening.WriteString(esc(off.Name) + " nhận được hồ sơ đề nghị khen thưởng " + period + " của " + esc(d.Proposer.Name))
	if letter := cite("Tờ trình", lastDocument(d.Documents, dossier.Request)); letter != "" {
		opening.WriteString(" (" + letter + ")")
	}
	fmt.Fprintf(&opening, ", đề nghị tặng %s cho %s (%s đề nghị).", awardsPhrase(list), all.String(), two(active, "lượt"))
	if !d.Returned.IsZero() && d.Round > 1 {
		fmt.Fprintf(&opening, " Hồ sơ đã được trả lại để hoàn thiện (lý do: %s) và được gửi lại lần thứ %d.",
			esc(strings.TrimRight(d.Returned.Reason, ". ")), d.Round)
	}
	regime, _ := awards.LookupRegime(b.regime(h.Date))
	opening.WriteString("\n\nCăn cứ quy định của " + regime.Name + ", " + esc(off.Name) +
		" đã thẩm định hồ sơ của từng cá nhân, tập thể; kết quả như sau:")

	var ok, refused []map[string]any
	var proposed tally
	var proposedAwards []awards.Award
	for i, g := range groups {
		n := 0
		for _, e := range g {
			pending := !e.Voted() && e.Proposable() && e.Final().Outcome == awards.EligibleForSelection
			if e.Decidable() || pending {
				note := ""
				switch {
				case e.Voted():
					note = votes(e, d.Meeting)
				case pending:
					note = "Đủ tiêu chuẩn để xét chọn; chờ Hội đồng bỏ phiếu"
				}
				ok = append(ok, map[string]any{"ho_ten": e.Name, "chuc_vu_don_vi": joinNonEmpty(", ", e.Position, e.Unit),
					"danh_hieu": list[i].Name, "ghi_chu": note})
				if e.Decidable() {
					proposed.add(e)
					n++
				}
				continue
			}
			reasons := b.reasons(e.Final(), e.Kind)
			if _, judged := voteFinding(e); e.Voted() && !judged {
				reasons = append(reasons, "Hội đồng không chọn: "+votes(e, d.Meeting))
			}
			refused = append(refused, map[string]any{"ho_ten": e.Name, "danh_hieu": list[i].Name, "ly_do": strings.Join(reasons, "; ")})
		}
		if n > 0 {
			proposedAwards = append(proposedAwards, list[i])
		}
	}

	council := ""
	if m := d.Meeting; !m.Date.IsZero() {
		council = fmt.Sprintf("Hội đồng Thi đua - Khen thưởng đã họp ngày %s (có mặt %d/%d thành viên", m.Date, m.Present, m.Members)
		if m.Written > 0 {
			council += fmt.Sprintf(", %d thành viên vắng mặt có ý kiến bằng văn bản", m.Written)
		}
		council += ") và bỏ phiếu kín; số phiếu đồng ý tính trên tổng số thành viên Hội đồng"
		if bb := cite("Biên bản", m.Minutes); bb != "" {
			council += " (" + bb + ")"
		}
		council += ", kết quả đã được tính trong kết quả thẩm định nêu trên."
	}

	var proposal strings.Builder
	if proposed.empty() {
		proposal.WriteString("Không có cá nhân, tập thể nào đủ điều kiện để đề nghị khen thưởng. " + esc(off.Name) +
			" kính trình " + esc(head(d.Handler)) + " xem xét./.")
	} else {
		var pl []awards.Award
		var pg [][]*dossier.Entry
		for i, g := range groups {
			var keep []*dossier.Entry
			for _, e := range g {
				if e.Decidable() {
					keep = append(keep, e)
				}
			}
			if len(keep) > 0 {
				pl, pg = append(pl, list[i]), append(pg, keep)
			}
		}
		proposal.WriteString(esc(off.Name) + " kính trình " + esc(head(d.Handler)) + " " + decides(d.Handler, d.Decider) +
			" tặng " + awardsPhrase(proposedAwards) + " cho " + proposed.String() + ", cụ thể:\n\n")
		proposal.WriteString(items(pl, pg))
		proposal.WriteString("\n(Có dự thảo Quyết định và danh sách kèm theo.)\n\nKính trình " + esc(head(d.Handler)) + " xem xét, quyết định./.")
	}

	lastLine := "Lưu: VT."
	if a := strings.TrimSpace(off.Abbrev); a != "" {
		lastLine = "Lưu: VT, " + a + "."
	}
	data := report.Data{
		"trich_yeu":           "Về kết quả thẩm định hồ sơ đề nghị khen thưởng " + period + " của " + strings.TrimSpace(d.Proposer.Name),
		"kinh_gui":            "Kính gửi: " + esc(head(d.Handler)) + ".",
		"mo_dau":              opening.String(),
		"du_tieu_chuan":       ok,
		"khong_du_tieu_chuan": refused,
		"hoi_dong":            council,
		"de_nghi":             proposal.String(),
		"ket_thuc": report.Closing{
			Recipients: b.recipients(AppraisalReport, "Như trên;", lastLine),
			Signature:  withDefault(b.o.OfficeSigner, fallbackHead(off, "Thủ trưởng cơ quan")),
		},
	}
	return h, data, nil
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
