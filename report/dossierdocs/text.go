package dossierdocs

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"golang.org/x/text/unicode/norm"
)

// ict is Vietnam's time, in which a dossier's times fall on their day and
// year.
var ict = time.FixedZone("ICT", 7*3600)

// lawBasis are the "căn cứ" lines of each regime: the law and the decree
// that details it, as decisions cite them (the law by its date, the decree
// by number, date, issuer and summary). The dates are verified in the
// project's notes on the law (§0 of its facts). Two choices are
// UNVERIFIED: the 2003 law is cited with its amendments of 2005 and 2013,
// as decisions of the time cite it (the amendment of 2009, Luật
// 32/2009/QH12, is left out, as they leave it); the summary of Decree
// 152/2025/NĐ-CP is abridged to its part on the law, its full title ("quy
// định về phân cấp, phân quyền …") not being verified word for word. A
// body whose decisions cite otherwise composes its own template.
var lawBasis = map[awards.RegimeID][]string{
	awards.Law2003ND91: {
		"Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013",
		"Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
	},
	awards.Law2022ND98: {
		"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
		"Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
	},
	awards.Law2022ND152: {
		"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
		"Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
	},
}

// esc writes s as literal text in the markup of sections.Parse: the marks
// *, {, ^ and the backslash escaped, a line break a space, and a mark of a
// list at the start kept as text. The dossier's names are the units' and
// people's own: none of their characters may turn into markup.
func esc(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\\*{^\r\n") && !strings.HasPrefix(s, "- ") && !strings.HasPrefix(s, "+ ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "+ ") {
		b.WriteByte('\\')
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '*', '{', '^':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
		case '\n':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// upper writes s in capitals, as the header prints the names of bodies.
func upper(s string) string { return norm.NFC.String(strings.ToUpper(strings.TrimSpace(s))) }

// head is who decides or signs for u, as a sentence names it: its Head,
// or its name.
func head(u dossier.Unit) string {
	if strings.TrimSpace(u.Head) != "" {
		return strings.TrimSpace(u.Head)
	}
	return strings.TrimSpace(u.Name)
}

// year is the year of t in Vietnam.
func year(t time.Time) int { return t.In(ict).Year() }

// two writes n things as documents write small counts: "02 tập thể".
func two(n int, label string) string {
	return metrics.Formatter{MinDigits: 2}.Count(metrics.NewCount(int64(n), label))
}

// tally counts subjects by kind, each once however many awards it is
// proposed for.
type tally struct {
	individuals, collectives, households int
	seen                                 map[string]bool
}

// add counts e's subject, unless counted already.
func (t *tally) add(e *dossier.Entry) {
	if t.seen[e.ID] {
		return
	}
	if t.seen == nil {
		t.seen = map[string]bool{}
	}
	t.seen[e.ID] = true
	switch e.Kind {
	case awards.Collective:
		t.collectives++
	case awards.Household:
		t.households++
	default:
		t.individuals++
	}
}

// empty reports whether nothing was counted.
func (t *tally) empty() bool { return len(t.seen) == 0 }

// String writes the counts: "02 tập thể và 11 cá nhân"; collectives
// first, as the lists put them.
func (t *tally) String() string {
	var parts []string
	if t.collectives > 0 {
		parts = append(parts, two(t.collectives, "tập thể"))
	}
	if t.individuals > 0 {
		parts = append(parts, two(t.individuals, "cá nhân"))
	}
	if t.households > 0 {
		parts = append(parts, two(t.households, "hộ gia đình"))
	}
	return join(parts)
}

// subjects names the kinds counted, for a title: "Tập thể, cá nhân".
func (t *tally) subjects() string {
	var parts []string
	if t.collectives > 0 {
		parts = append(parts, "tập thể")
	}
	if t.individuals > 0 {
		parts = append(parts, "cá nhân")
	}
	if t.households > 0 {
		parts = append(parts, "hộ gia đình")
	}
	if len(parts) == 0 {
		return "Cá nhân, tập thể"
	}
	return capitalize(strings.Join(parts, ", "))
}

// join joins parts the Vietnamese way: "a, b và c".
func join(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " và " + parts[len(parts)-1]
}

// awardsPhrase names awards as a sentence does: "danh hiệu “Lao động
// tiên tiến”, “Chiến sĩ thi đua cơ sở” và Giấy khen".
func awardsPhrase(list []awards.Award) string {
	var titles, forms []string
	for _, a := range list {
		if a.Type == awards.Title {
			titles = append(titles, a.Display())
		} else {
			forms = append(forms, a.Display())
		}
	}
	if len(forms) == 0 {
		if len(titles) == 0 {
			return ""
		}
		return "danh hiệu " + join(titles)
	}
	var parts []string
	if len(titles) > 0 {
		parts = append(parts, "danh hiệu "+strings.Join(titles, ", "))
	}
	return join(append(parts, forms...))
}

// awardItem names one award at the start of a list's item: "Danh hiệu
// “Lao động tiên tiến”", "Giấy khen".
func awardItem(a awards.Award) string {
	if a.Type == awards.Title {
		return "Danh hiệu " + a.Display()
	}
	return a.Display()
}

// byAward returns the entries grouped by award in the catalogue's order,
// each award's in the dossier's order, with the awards; those a lower
// level dropped only when dropped is set. The groups point into entries,
// which the caller must not change.
func byAward(entries []dossier.Entry, dropped bool) ([]awards.Award, [][]*dossier.Entry) {
	index := map[awards.ID]int{}
	var ids []awards.ID
	var groups [][]*dossier.Entry
	for i := range entries {
		e := &entries[i]
		if e.Dropped && !dropped {
			continue
		}
		n, ok := index[e.Award]
		if !ok {
			n = len(groups)
			index[e.Award] = n
			ids = append(ids, e.Award)
			groups = append(groups, nil)
		}
		groups[n] = append(groups[n], e)
	}
	list := make([]awards.Award, 0, len(ids))
	out := make([][]*dossier.Entry, 0, len(ids))
	for _, a := range awards.Catalogue() {
		if n, ok := index[a.ID]; ok {
			list = append(list, a)
			out = append(out, groups[n])
		}
	}
	return list, out
}

// items writes a list's items, one per award: "- Danh hiệu “Lao động tiên
// tiến”: 11 cá nhân;", the last ending with ".".
func items(list []awards.Award, groups [][]*dossier.Entry) string {
	var b strings.Builder
	for i, a := range list {
		var t tally
		for _, e := range groups[i] {
			t.add(e)
		}
		end := ";"
		if i == len(list)-1 {
			end = "."
		}
		fmt.Fprintf(&b, "- %s: %s%s\n", awardItem(a), t.String(), end)
	}
	return b.String()
}

// basis writes the "căn cứ" lines of regime, then the Options' and the
// lines given, each a paragraph of its own ending with ";", the last
// with "."; italic when it is the decision's.
func (b *builder) basis(regime awards.RegimeID, italic bool, more ...string) string {
	var lines []string
	for _, group := range [][]string{lawBasis[regime], b.o.Basis, more} {
		for _, l := range group {
			if l = strings.TrimRight(strings.TrimSpace(l), ";."); l != "" {
				lines = append(lines, l)
			}
		}
	}
	var s strings.Builder
	for i, l := range lines {
		if i > 0 {
			s.WriteString("\n\n")
		}
		end := ";"
		if i == len(lines)-1 {
			end = "."
		}
		if italic {
			s.WriteString("*" + esc(l) + end + "*")
		} else {
			s.WriteString(esc(l) + end)
		}
	}
	return s.String()
}

// regime is the legal regime of the dossier's verdicts: that of the first
// entry judged, or the one in force on date.
func (b *builder) regime(date metrics.Date) awards.RegimeID {
	for _, e := range b.d.Entries {
		if r := e.Final().Regime; r != "" {
			return r
		}
	}
	if !date.IsZero() {
		if r, err := awards.RegimeAt(date); err == nil {
			return r.ID
		}
	}
	return awards.Law2022ND152
}

// number is a document's number: the one the dossier holds, or its symbol
// with the sequence left for the clerk.
func number(k Kind, typed, docType string, issuer dossier.Unit) (report.Number, error) {
	if strings.TrimSpace(typed) != "" {
		n, err := report.ParseNumber(typed)
		if err != nil {
			return report.Number{}, fmt.Errorf("dossierdocs: %s: %w", k, err)
		}
		return n, nil
	}
	if strings.TrimSpace(issuer.Abbrev) == "" {
		return report.Number{}, fmt.Errorf("dossierdocs: %s: %s has no abbreviation (Unit.Abbrev) for the number's symbol", k, issuer.Name)
	}
	return report.Number{Type: docType, Issuer: strings.TrimSpace(issuer.Abbrev)}, nil
}

// lastDocument returns the last document of the dossier of component c
// about the dossier as a whole.
func lastDocument(docs []dossier.Document, c dossier.Component) dossier.Document {
	for i := len(docs) - 1; i >= 0; i-- {
		if docs[i].Component == c && docs[i].Subject == "" {
			return docs[i]
		}
	}
	return dossier.Document{}
}

// cite names a document by number and date, as a sentence cites it:
// "Tờ trình số 12/TTr-VP ngày 22/12/2025"; without its number, "Tờ
// trình ngày 22/12/2025"; "" for no document.
func cite(typ string, doc dossier.Document) string {
	switch {
	case doc.IsZero():
		return ""
	case doc.Number != "" && !doc.Date.IsZero():
		return typ + " số " + doc.Number + " ngày " + doc.Date.String()
	case doc.Number != "":
		return typ + " số " + doc.Number
	case !doc.Date.IsZero():
		return typ + " ngày " + doc.Date.String()
	}
	return ""
}

// signature reads the signature block a decision's Position writes:
// "Chủ tịch"; "KT. Chủ tịch – Phó Chủ tịch" (an authority, the head
// signed for, the signer's own title, after " – ", " - " or a line
// break); "TM. Ủy ban nhân dân – Chủ tịch". An empty position signs for
// fallback.
func signature(position, name, fallback string) report.Signature {
	s := report.Signature{Name: strings.TrimSpace(name)}
	position = strings.TrimSpace(position)
	for _, a := range []report.Authority{report.TUQ, report.KT, report.TM, report.TL, report.Q} {
		if rest, ok := strings.CutPrefix(position, string(a)); ok {
			s.Authority, position = a, strings.TrimSpace(rest)
			break
		}
	}
	for _, sep := range []string{"\n", " – ", " — ", " - "} {
		if head, own, ok := strings.Cut(position, sep); ok && s.Authority != report.SignsAsHead {
			s.For, s.Position = strings.TrimSpace(head), strings.TrimSpace(own)
			return named(s)
		}
	}
	s.For = position
	if s.For == "" {
		s.For = fallback
	}
	return named(s)
}

// blank stands for a name the Options do not give, for the signer to
// write by hand.
const blank = "……………………"

// withDefault returns s, or a signature for fallback when s is zero; a
// signature without a name gets a blank.
func withDefault(s report.Signature, fallback string) report.Signature {
	if s == (report.Signature{}) {
		s.For = fallback
	}
	return named(s)
}

// named returns s with a blank for its name when it has none.
func named(s report.Signature) report.Signature {
	if strings.TrimSpace(s.Name) == "" {
		s.Name = blank
	}
	return s
}

// evaluator is the national law's, for the criteria that read personal
// data.
var evaluator = sync.OnceValues(func() (*awards.Evaluator, error) { return awards.New(awards.Config{}) })

// withheldFacts starts the facts awards writes in place of personal ones.
const withheldFacts = "thông tin cá nhân, không hiển thị"

// personalLine stands for every criterion on personal data that keeps an
// entry from being eligible: one line that names none of them, as awards
// folds them (Decree 13/2023/NĐ-CP).
const personalLine = "Không đạt: Tiêu chí về thông tin cá nhân (không hiển thị, Nghị định 13/2023/NĐ-CP)"

// ruleKey is a standard of awards: the rules of an award for a kind of
// subject under a regime.
type ruleKey struct {
	regime awards.RegimeID
	award  awards.ID
	kind   awards.SubjectKind
}

// personal reports whether f, a criterion of a's verdict on a subject of
// kind, reads personal data: the criterion awards folds them into, a rule
// the evaluator marks Personal, or facts withheld.
func (b *builder) personal(f dossier.Finding, a dossier.Appraisal, kind awards.SubjectKind) bool {
	if f.Rule == awards.PersonalRuleID || strings.HasPrefix(f.Facts, withheldFacts) {
		return true
	}
	k := ruleKey{a.Regime, a.Award, kind}
	ids, ok := b.rules[k]
	if !ok {
		ev := b.o.Evaluator
		if ev == nil {
			ev, _ = evaluator()
		}
		ids = map[string]bool{}
		if ev != nil {
			for _, r := range ev.Rules(a.Regime, a.Award, kind) {
				if r.Personal {
					ids[r.ID] = true
				}
			}
		}
		if b.rules == nil {
			b.rules = map[ruleKey]map[string]bool{}
		}
		b.rules[k] = ids
	}
	return ids[f.Rule]
}

// label writes a finding as a reason: "Không đạt: criterion – facts
// (citation)", the shape of awards' verdicts.
func label(f dossier.Finding) string {
	s := capitalize(f.Result.String()) + ": " + f.Criterion
	if f.Facts != "" {
		s += " – " + f.Facts
	}
	if f.Citation != "" {
		s += " (" + f.Citation + ")"
	}
	return s
}

// reasons says why an entry's verdict a is not eligible, without naming a
// criterion on personal data: the criteria awards found blocking (a group
// of alternatives met by one is not), each with its facts and article;
// the criteria on personal data as one line that names none; the
// verdict's note when no criterion explains it.
func (b *builder) reasons(a dossier.Appraisal, kind awards.SubjectKind) []string {
	var out []string
	folded := false
	for _, blocking := range a.Blocking {
		var found *dossier.Finding
		for i, f := range a.Findings {
			if f.Result != awards.Met && blocking == bare(f) {
				found = &a.Findings[i]
				break
			}
		}
		switch {
		case found == nil:
			// A label that matches no finding is not written: it may name
			// a criterion the findings withhold.
			continue
		case b.personal(*found, a, kind):
			if !folded {
				out = append(out, personalLine)
				folded = true
			}
		default:
			out = append(out, label(*found))
		}
	}
	if len(out) == 0 && a.Note != "" {
		out = append(out, a.Note)
	}
	if a.UnverifiedBasis {
		out = append(out, "Kết luận dựa trên tiêu chí chưa được xác minh, có thể được điều chỉnh theo quy định của cơ quan, địa phương")
	}
	if len(out) == 0 {
		out = append(out, a.Outcome.String())
	}
	return out
}

// bare writes a finding as awards' Finding.Label does, without its facts.
func bare(f dossier.Finding) string {
	return capitalize(f.Result.String()) + ": " + f.Criterion + " (" + f.Citation + ")"
}

// capitalize writes the first letter of s in capitals.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
