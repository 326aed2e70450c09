package awards

import (
	"strconv"
	"strings"
)

// Evidence says how sure the library is of a legal fact. Facts that are not
// Verified are parameters a user can correct (see [Config]); verdicts that
// rest on them say so.
type Evidence uint8

const (
	// Verified: the wording was seen in a public source.
	Verified Evidence = iota
	// Secondary: another legal text cites the article, or the number was
	// derived (by elimination, by analogy); the wording was not seen.
	Secondary
	// Unverified: a hypothesis to be checked, kept as a correctable parameter.
	Unverified
	// Conflict: sources disagree.
	Conflict
)

func (e Evidence) String() string {
	return enumName(e, "Evidence", "đã xác minh", "nguồn thứ cấp", "chưa xác minh", "nguồn mâu thuẫn")
}

// Legal documents cited by the rules.
const (
	Law2003  = "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2009, 2013)"
	Law2013  = "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 39/2013/QH13"
	Law2022  = "Luật Thi đua, khen thưởng số 06/2022/QH15"
	ND91     = "Nghị định số 91/2017/NĐ-CP"
	ND98     = "Nghị định số 98/2023/NĐ-CP"
	ND152    = "Nghị định số 152/2025/NĐ-CP"
	TT01     = "Thông tư số 01/2024/TT-BNV"
	TT15     = "Thông tư số 15/2025/TT-BNV"
	ND13     = "Nghị định số 13/2023/NĐ-CP"
	ND38     = "Nghị định số 38/2019/NĐ-CP"
	ND24     = "Nghị định số 24/2023/NĐ-CP"
	ND73     = "Nghị định số 73/2024/NĐ-CP"
	ND161    = "Nghị định số 161/2026/NĐ-CP"
	ND47     = "Nghị định số 47/2017/NĐ-CP"
	ND72     = "Nghị định số 72/2018/NĐ-CP"
	Province = "quy định của Bộ, ban, ngành, tỉnh"
)

// Citation names where a rule comes from: document, article (Điều),
// clause (khoản) and point (điểm), with the evidence for it.
type Citation struct {
	Document string   // e.g. Law2022
	Article  int      // Điều; 0 when unknown
	Clause   int      // khoản; 0 for the whole article
	Point    string   // điểm: "a", "d", "đ"
	Evidence Evidence // how sure the citation is
	Note     string   // what is unsure, or the source that settles it
}

// String writes the citation the Vietnamese way: "điểm d khoản 1 Điều 74
// Luật Thi đua, khen thưởng số 06/2022/QH15", followed by "(chưa xác minh:
// …)" when it is not verified.
func (c Citation) String() string {
	var b strings.Builder
	if c.Point != "" {
		b.WriteString("điểm ")
		b.WriteString(c.Point)
		b.WriteByte(' ')
	}
	if c.Clause > 0 {
		b.WriteString("khoản ")
		b.WriteString(strconv.Itoa(c.Clause))
		b.WriteByte(' ')
	}
	if c.Article > 0 {
		b.WriteString("Điều ")
		b.WriteString(strconv.Itoa(c.Article))
		b.WriteByte(' ')
	}
	b.WriteString(c.Document)
	if c.Evidence != Verified {
		b.WriteString(" (")
		b.WriteString(c.Evidence.String())
		if c.Note != "" {
			b.WriteString(": ")
			b.WriteString(c.Note)
		}
		b.WriteByte(')')
	}
	return b.String()
}

func cite(doc string, article, clause int, point string) Citation {
	return Citation{Document: doc, Article: article, Clause: clause, Point: point}
}

func (c Citation) unverified(note string) Citation {
	c.Evidence, c.Note = Unverified, note
	return c
}

func (c Citation) secondary(note string) Citation {
	c.Evidence, c.Note = Secondary, note
	return c
}
