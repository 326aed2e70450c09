package dossierdocs

import (
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// builder builds the header and data of one document of a dossier.
type builder struct {
	d dossier.Dossier
	o Options
	// rules caches the criteria on personal data of each standard read.
	rules map[ruleKey]map[string]bool
}

// recipients returns the Options' recipients of k, or def.
func (b *builder) recipients(k Kind, def ...string) []string {
	if r, ok := b.o.Recipients[k]; ok {
		return append([]string(nil), r...)
	}
	return def
}

// decides says what the authority the dossier went to does with it: "xem
// xét, quyết định", or "xem xét, trình … quyết định" when another decides.
func decides(to, decider dossier.Unit) string {
	if to.Code == decider.Code {
		return "xem xét, quyết định"
	}
	return "xem xét, trình " + esc(head(decider)) + " quyết định"
}

// request builds the unit's tờ trình đề nghị khen thưởng: to the authority
// the dossier is sent to, the awards proposed and how many subjects for
// each, and in its annex every entry the unit proposed, award by award.
//
// The data it gives the template:
//
//	trich_yeu        the summary: "Về việc đề nghị tặng danh hiệu … năm 2025"
//	kinh_gui         "Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Lập."
//	can_cu           the "căn cứ" lines, markup
//	noi_dung         what the unit proposes, award by award, markup
//	ket_luan         the closing request, markup
//	don_vi_de_nghi   the unit's name, for the annex's reference
//	tieu_de_danh_sach the annex's subtitle
//	de_nghi          []sections.Awardee: the entries, award by award
//	ket_thuc         report.Closing: recipients and signature
func (b *builder) request() (report.Header, report.Data, error) {
	d := b.d
	letter := lastDocument(d.Documents, dossier.Request)
	n, err := number(Request, letter.Number, "TTr", d.Proposer)
	if err != nil {
		return report.Header{}, nil, err
	}
	h := report.Header{Parent: upper(d.Proposer.Parent), Issuer: upper(d.Proposer.Name), Number: n,
		Place: d.Proposer.Place, Date: letter.Date}
	if h.Date.IsZero() {
		h.Year = year(d.Created)
	}
	list, groups := byAward(d.Entries, true)
	var all tally
	var proposed []sections.Awardee
	for _, g := range groups {
		for _, e := range g {
			all.add(e)
			proposed = append(proposed, awardee(e, awards.Grant{}))
		}
	}
	period := d.Period.String()

	var basis []string
	if m := lastDocument(d.Documents, dossier.Minutes); !m.IsZero() {
		what := cite("biên bản họp xét thi đua, khen thưởng", m)
		basis = append(basis, "Căn cứ kết quả bình xét thi đua, khen thưởng của "+d.Proposer.Name+" ("+what+")")
	}
	var body strings.Builder
	body.WriteString(esc(d.Proposer.Name) + " kính đề nghị " + esc(head(d.Receiver)) + " " + decides(d.Receiver, d.Decider) +
		" tặng " + awardsPhrase(list) + " cho " + all.String() + " đã có thành tích " + period + ", cụ thể:\n\n")
	body.WriteString(items(list, groups))
	body.WriteString("\n(Có danh sách và báo cáo thành tích kèm theo.)")

	data := report.Data{
		"trich_yeu":         "Về việc đề nghị tặng " + awardsPhrase(list) + " " + period,
		"kinh_gui":          "Kính gửi: " + esc(head(d.Receiver)) + ".",
		"can_cu":            b.basis(b.regime(h.Date), false, basis...),
		"noi_dung":          body.String(),
		"ket_luan":          esc(d.Proposer.Name) + " kính đề nghị " + esc(head(d.Receiver)) + " " + decides(d.Receiver, d.Decider) + "./.",
		"don_vi_de_nghi":    strings.TrimSpace(d.Proposer.Name),
		"tieu_de_danh_sach": all.subjects() + " đề nghị khen thưởng " + period,
		"de_nghi":           proposed,
		"ket_thuc": report.Closing{
			Recipients: b.recipients(Request, "Như trên;", "Lưu: VT."),
			Signature:  withDefault(b.o.Proposer, fallbackHead(d.Proposer, "Thủ trưởng đơn vị")),
		},
	}
	return h, data, nil
}

// awardee is an entry as a list names it, with grant g.
func awardee(e *dossier.Entry, g awards.Grant) sections.Awardee {
	g.Award, g.Subject = e.Award, e.Kind
	return sections.Awardee{Name: e.Name, Position: e.Position, Unit: e.Unit, Grant: g}
}

// fallbackHead is who signs for u when the Options do not say: its Head,
// or def.
func fallbackHead(u dossier.Unit, def string) string {
	if h := strings.TrimSpace(u.Head); h != "" {
		return h
	}
	return def
}
