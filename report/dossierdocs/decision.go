package dossierdocs

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// grantor is the level whose coefficient prices a Giấy khen (awards'
// tables distinguish, for it alone, the chairman of a commune's People's Committee from
// the head of a unit): a commune's People's Committee when the deciding
// authority is at the grassroots and is named "Ủy ban nhân dân …".
func grantor(u dossier.Unit) awards.GrantorLevel {
	name := strings.ToLower(strings.TrimSpace(u.Name))
	if u.Level == dossier.Grassroots && (strings.HasPrefix(name, "ủy ban nhân dân") || strings.HasPrefix(name, "uỷ ban nhân dân")) {
		return awards.CommuneChair
	}
	return awards.HeadOfUnit
}

// decision builds the data of report/sections' template
// "quyet-dinh-khen-thuong" from the dossier's decision: the authority
// line (the Decider's Head; the Decider itself when the Position signs
// "TM." for it, as a collective body does), the "căn cứ" of the verdicts' regime and the appraisal report
// that proposed it, the articles with the counts of each award and the
// money, the closing signed as the decision's Position writes it, and
// the annex of the entries granted, each priced by awards.
//
// The data it gives the template (see sections.Templates):
//
//	tham_quyen         the authority line, markup: "**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP**"
//	can_cu             the "căn cứ" lines, italic markup
//	quyet_dinh         the articles, markup, with the figures below
//	tong_tien          metrics.Amount: the reward money of every grant
//	tong_tien_chu      the same in words
//	ket_thuc           report.Closing
//	tieu_de_danh_sach  the annex's subtitle
//	nguoi_quyet_dinh   who decides, for the annex's reference
//	danh_sach          []sections.Awardee: the grants, priced by the decision's date
func (b *builder) decision() (report.Header, report.Data, error) {
	d := b.d
	dec := d.Decision
	n, err := report.ParseNumber(dec.Number)
	if err != nil {
		return report.Header{}, nil, fmt.Errorf("dossierdocs: %s: %w", Decision, err)
	}
	granted := d.Granted()
	list, groups := byAward(granted, false)
	period := d.Period.String()
	h := report.Header{Parent: upper(d.Decider.Parent), Issuer: upper(d.Decider.Name), Number: n, Place: d.Decider.Place,
		Date: dec.Date, Summary: "Về việc tặng " + awardsPhrase(list) + " " + period}

	var recipients []sections.Awardee
	var total metrics.Amount
	prices := map[awards.Grant]metrics.Amount{} // a grant's price, the same for every subject
	var all tally
	for i := range granted {
		e := &granted[i]
		g := awards.Grant{Decided: dec.Date}
		if e.Award == awards.GiayKhen {
			g.Grantor = grantor(d.Decider)
		}
		a := awardee(e, g)
		amount, ok := prices[a.Grant]
		if !ok {
			r, err := awards.Price(a.Grant)
			if err != nil {
				return report.Header{}, nil, fmt.Errorf("dossierdocs: %s: %s (%s): %w", Decision, e.Name, e.Award, err)
			}
			amount = r.Amount
			prices[a.Grant] = amount
		}
		var err error
		if total, err = total.Add(amount); err != nil {
			return report.Header{}, nil, fmt.Errorf("dossierdocs: %s: %w", Decision, err)
		}
		recipients = append(recipients, a)
		all.add(e)
	}

	off := b.office()
	var proposal string
	switch {
	case strings.TrimSpace(b.o.Office.Name) != "":
		proposal = "Xét đề nghị của " + head(off)
		if letter := cite("Tờ trình", d.Report); letter != "" {
			proposal += " tại " + letter
		}
	case !d.Meeting.Date.IsZero():
		proposal = "Xét đề nghị của " + councilName(b.o.Council)
	default:
		proposal = "Xét đề nghị của " + strings.TrimSpace(d.Proposer.Name)
		if letter := cite("Tờ trình", lastDocument(d.Documents, dossier.Request)); letter != "" {
			proposal += " tại " + letter
		}
	}

	var articles strings.Builder
	articles.WriteString("**Điều 1.** ")
	for i, a := range list {
		var t tally
		for _, e := range groups[i] {
			t.add(e)
		}
		if i > 0 {
			articles.WriteString("; ")
		}
		verb := "Tặng "
		if i > 0 {
			verb = ""
		}
		articles.WriteString(verb + awardItemLower(a))
		if a.Type == awards.Title {
			articles.WriteString(" " + period)
		}
		articles.WriteString(" cho " + t.String())
	}
	articles.WriteString(" đã có thành tích " + period + " (có danh sách kèm theo).\n\n")
	articles.WriteString("**Điều 2.** Tiền thưởng kèm theo là {tong_tien} (bằng chữ: {tong_tien_chu}), chi từ Quỹ thi đua, khen thưởng của " +
		esc(d.Decider.Name) + " theo quy định.\n\n")
	executors := b.o.Executors
	if executors == nil {
		if off.Code != d.Decider.Code && strings.TrimSpace(off.Head) != "" {
			executors = append(executors, off.Head)
		}
		executors = append(executors, fallbackHead(d.Proposer, "Thủ trưởng "+d.Proposer.Name))
	}
	var ex []string
	for _, e := range executors {
		if e = esc(e); e != "" && !slices.Contains(ex, e) {
			ex = append(ex, e)
		}
	}
	articles.WriteString("**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. ")
	if len(ex) > 0 {
		articles.WriteString(strings.Join(ex, ", ") + ", các")
	} else {
		articles.WriteString("Các")
	}
	articles.WriteString(" tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")

	lastLine := "Lưu: VT."
	if a := strings.TrimSpace(off.Abbrev); a != "" && off.Code != d.Decider.Code {
		lastLine = "Lưu: VT, " + a + "."
	}
	// Who decides: the head (its Head), or, when the head signs for the
	// body as a collective ("TM. Ủy ban nhân dân"), the body itself
	// (Decree 30/2020, Điều 13 k2).
	sig := signature(dec.Position, dec.Signer, head(d.Decider))
	decider := head(d.Decider)
	if sig.Authority == report.TM {
		decider = strings.TrimSpace(d.Decider.Name)
	}
	data := report.Data{
		"tham_quyen":        "**" + esc(upper(decider)) + "**",
		"can_cu":            b.basis(b.regime(dec.Date), true, proposal),
		"quyet_dinh":        articles.String(),
		"tong_tien":         total,
		"tong_tien_chu":     report.WordsValue(total, metrics.Words{}),
		"ket_thuc":          report.Closing{Recipients: b.recipients(Decision, "Như Điều 3;", lastLine), Signature: sig},
		"tieu_de_danh_sach": all.subjects() + " được khen thưởng " + period,
		"nguoi_quyet_dinh":  decider,
		"danh_sach":         recipients,
	}
	return h, data, nil
}

// awardItemLower names an award inside a sentence: "danh hiệu “Lao động
// tiên tiến”", "Giấy khen".
func awardItemLower(a awards.Award) string {
	if a.Type == awards.Title {
		return "danh hiệu " + a.Display()
	}
	return a.Display()
}
