package dossier

import (
	"encoding"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
)

// Component is a kind of document of a dossier ("thành phần hồ sơ").
type Component uint8

const (
	Request           Component = iota + 1 // tờ trình đề nghị khen thưởng (of the proposer, or of a level to the next)
	AchievementReport                      // báo cáo thành tích, of one subject
	Minutes                                // biên bản họp Hội đồng Thi đua - Khen thưởng
	SecretBallot                           // kết quả bỏ phiếu kín
	Recognition                            // văn bản công nhận sáng kiến, đề tài khoa học and their scope
	AppraisalReport                        // tờ trình kết quả thẩm định, of the office to the head
	DecisionText                           // quyết định khen thưởng: the signed decision
	Other                                  // văn bản khác
)

var componentNames = [...]string{"", "tờ trình đề nghị khen thưởng", "báo cáo thành tích",
	"biên bản họp Hội đồng Thi đua - Khen thưởng", "kết quả bỏ phiếu kín",
	"văn bản công nhận sáng kiến, đề tài khoa học", "tờ trình kết quả thẩm định",
	"quyết định khen thưởng", "văn bản khác"}

var componentCodes = [...]string{"", "request", "achievement-report", "minutes", "secret-ballot", "recognition",
	"appraisal-report", "decision", "other"}

// String returns the Vietnamese words, in lower case: "báo cáo thành tích".
func (c Component) String() string { return name(componentNames[:], int(c), "Component") }

// MarshalText writes the code of the events' schema: "achievement-report".
func (c Component) MarshalText() ([]byte, error) {
	return marshalCode(componentCodes[:], int(c), "component")
}

// UnmarshalText reads a code of the events' schema.
func (c *Component) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(componentCodes[:], b, "component")
	*c = Component(i)
	return err
}

// Document is a reference to a document the host stores: the dossier keeps
// its name, hash and date, never its contents.
type Document struct {
	ID        string    `json:"id"` // the host's identifier, unique in the dossier
	Component Component `json:"component"`
	// Subject is the ID of the subject the document is about (a báo cáo
	// thành tích); empty for the dossier as a whole.
	Subject string `json:"subject,omitempty"`
	// Award narrows a subject's document to one of its awards, when the
	// subject is proposed for several; empty covers all.
	Award  awards.ID    `json:"award,omitempty"`
	Title  string       `json:"title"`            // "Báo cáo thành tích đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025"
	Number string       `json:"number,omitempty"` // số, ký hiệu: "12/TTr-UBND"
	Date   metrics.Date `json:"date"`             // the date it bears
	SHA256 string       `json:"sha256"`           // of the stored file: 64 lower-case hexadecimal digits
}

// IsZero reports whether d is the zero Document (none given).
func (d Document) IsZero() bool { return d == Document{} }

// Requirement is a component the procedure requires, with the article
// that requires it.
type Requirement struct {
	Component Component
	Title     string // what it is, as a checklist writes it: "Báo cáo thành tích của cá nhân, tập thể"
	// PerSubject asks for one document per subject ([Document].Subject).
	PerSubject bool
	// Kinds limits a per-subject requirement to some kinds of subject;
	// zero means every kind.
	Kinds awards.SubjectKind
	// From applies the requirement only when the proposer is at this level
	// or above; zero means every level.
	From     Level
	Citation awards.Citation
}

// Procedure is what the procedure requires of a dossier: components and
// council votes. Each entry cites its article; the facts the sources leave
// unverified are marked so in the citation, and a ministry or province
// corrects them by its own regulation, named in Source. Start from
// [DefaultProcedure]. A dossier keeps the Procedure it was created with.
type Procedure struct {
	// Source names the regulation that sets or corrects the procedure, e.g.
	// "Quyết định số 14/2024/QĐ-UBND của UBND tỉnh Lào Cai".
	Source string
	// Common are the components of every dossier.
	Common []Requirement
	// ByAward are the components of the dossiers that propose an award,
	// beside the common ones.
	ByAward map[awards.ID][]Requirement
	// Votes are the awards on which the council votes by secret ballot,
	// with the article. The threshold is awards' ([awards.RegimeParams]
	// CouncilVoteShare), judged again with the vote.
	Votes map[awards.ID]awards.Citation
	// VoteFrom is the lowest level whose council votes: from it up, the
	// council of each level that handles the dossier votes before it leaves
	// that level.
	VoteFrom Level
}

// isZero reports whether p sets nothing.
func (p Procedure) isZero() bool {
	return p.Source == "" && len(p.Common) == 0 && len(p.ByAward) == 0 && len(p.Votes) == 0 && p.VoteFrom == 0
}

// The notes of the unverified components.
const (
	noteComponents = "thành phần hồ sơ theo thủ tục xét khen thưởng (Luật Thi đua, khen thưởng 2022, " +
		"Nghị định 98/2023/NĐ-CP, 152/2025/NĐ-CP); chưa thấy điều, khoản quy định: tham số"
	noteReports = "có các mẫu báo cáo thành tích kèm Nghị định 152/2025/NĐ-CP (nguồn thứ cấp); " +
		"danh hiệu, hình thức nào cần báo cáo thành tích chưa xác minh: tham số"
	noteBallot = "Nghị định 91/2017/NĐ-CP Điều 49 liệt kê “Biên bản họp và kết quả bỏ phiếu kín” " +
		"(theo mô tả thủ tục); theo Luật 2022 chưa thấy văn bản: tham số"
	noteRecognition = "tiêu chuẩn điểm b khoản 1, khoản 2 Điều 22 Luật 2022 (nguồn thứ cấp); " +
		"việc nộp văn bản công nhận trong hồ sơ là suy luận: tham số"
	noteVote = "khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP (đã xác minh, trích dẫn của Ban Thi đua - Khen thưởng " +
		"Trung ương) quy định bỏ phiếu kín; theo Luật 2022 (Nghị định 98/2023, 152/2025) chưa thấy văn bản: tham số"
)

// DefaultProcedure returns the procedure the library uses when none is
// given: a fresh value the caller may change. No text of the 2022 law or
// its decrees listing the components of a dossier was verified, so each
// requirement but the vote's article is a parameter marked
// [awards.Unverified]:
//
//   - every dossier: the proposer's tờ trình and the minutes of its
//     council's meeting;
//   - a báo cáo thành tích for each subject, except for "Lao động tiên
//     tiến" and "Chiến sĩ tiên tiến";
//   - "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh" and "Chiến sĩ thi đua toàn
//     quốc": the document recognising the initiative or scientific
//     project and its scope (Law 2022 Điều 22 k2);
//   - "Chiến sĩ thi đua toàn quốc" proposed by a province or ministry:
//     the minutes and result of its council's secret ballot (Decree
//     91/2017 Điều 49);
//   - the council votes by secret ballot on the two titles of "Chiến sĩ
//     thi đua" (khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP), from the level
//     of a province or ministry up.
func DefaultProcedure() Procedure {
	unverified := func(doc string, article, clause int, note string) awards.Citation {
		return awards.Citation{Document: doc, Article: article, Clause: clause, Evidence: awards.Unverified, Note: note}
	}
	p := Procedure{
		Common: []Requirement{
			{Component: Request, Title: "Tờ trình đề nghị khen thưởng, kèm danh sách cá nhân, tập thể",
				Citation: unverified(awards.Law2022, 0, 0, noteComponents)},
			{Component: Minutes, Title: "Biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị đề nghị",
				Citation: unverified(awards.Law2022, 0, 0, noteComponents)},
		},
		ByAward:  map[awards.ID][]Requirement{},
		Votes:    map[awards.ID]awards.Citation{},
		VoteFrom: Province,
	}
	report := Requirement{Component: AchievementReport, Title: "Báo cáo thành tích", PerSubject: true,
		Citation: unverified(awards.ND152, 0, 0, noteReports)}
	for _, a := range awards.Catalogue() {
		if a.ID != awards.LaoDongTienTien && a.ID != awards.ChienSiTienTien {
			p.ByAward[a.ID] = []Requirement{report}
		}
	}
	recognition := Requirement{Component: Recognition,
		Title:      "Văn bản công nhận hiệu quả áp dụng và phạm vi ảnh hưởng của sáng kiến, đề tài khoa học",
		PerSubject: true, Citation: unverified(awards.Law2022, 22, 2, noteRecognition)}
	ballot := Requirement{Component: SecretBallot, From: Province,
		Title:    "Biên bản họp và kết quả bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng",
		Citation: unverified(awards.ND91, 49, 0, noteBallot)}
	p.ByAward[awards.CSTDBoTinh] = append(p.ByAward[awards.CSTDBoTinh], recognition)
	p.ByAward[awards.CSTDToanQuoc] = append(p.ByAward[awards.CSTDToanQuoc], recognition, ballot)
	for _, id := range []awards.ID{awards.CSTDBoTinh, awards.CSTDToanQuoc} {
		p.Votes[id] = unverified(awards.ND91, 45, 8, noteVote)
	}
	return p
}

// Need is a requirement as it applies to a dossier: a component of the
// whole dossier, or of one subject.
type Need struct {
	Requirement
	// Subject is the subject a per-subject requirement is for; zero
	// otherwise.
	Subject Subject
	// Documents are the IDs of the documents that meet it; none when it is
	// missing.
	Documents []string
}

// Met reports whether a document meets the need.
func (n Need) Met() bool { return len(n.Documents) > 0 }

// Text writes what is needed in Vietnamese, in lower case: "báo cáo thành
// tích của Nguyễn Văn An (“Chiến sĩ thi đua cơ sở”)".
func (n Need) Text() string {
	s := lowerFirst(n.Title)
	if n.Subject.ID != "" {
		s += " của " + n.Subject.Name
		if n.Subject.Award != "" {
			if a, ok := awards.Lookup(n.Subject.Award); ok {
				s += " (" + a.Display() + ")"
			}
		}
	}
	return s
}

// Needs returns what the procedure requires of the dossier as it stands,
// met or not: the common components, then those of each award in the
// catalogue's order, each per-subject one for every entry it covers.
func (d Dossier) Needs() []Need {
	var out []Need
	seen := map[needKey]bool{}
	add := func(r Requirement, s Subject) {
		if r.From != 0 && d.Proposer.Level < r.From {
			return
		}
		k := needKey{r.Component, r.Title, s.ID, s.Award}
		if seen[k] {
			return
		}
		seen[k] = true
		n := Need{Requirement: r, Subject: s}
		for _, doc := range d.Documents {
			if doc.Component != r.Component {
				continue
			}
			if r.PerSubject && (doc.Subject != s.ID || doc.Award != "" && doc.Award != s.Award) {
				continue
			}
			n.Documents = append(n.Documents, doc.ID)
		}
		out = append(out, n)
	}
	for _, r := range d.Procedure.Common {
		d.addNeed(r, "", add)
	}
	for _, a := range d.Awards() {
		for _, r := range d.Procedure.ByAward[a.ID] {
			d.addNeed(r, a.ID, add)
		}
	}
	return out
}

type needKey struct {
	c       Component
	title   string
	subject string
	award   awards.ID
}

// addNeed adds r, for every entry it covers when it is per subject (of
// award, when award is given).
func (d Dossier) addNeed(r Requirement, award awards.ID, add func(Requirement, Subject)) {
	if !r.PerSubject {
		add(r, Subject{})
		return
	}
	for _, e := range d.Entries {
		if e.Dropped || award != "" && e.Award != award || r.Kinds != 0 && r.Kinds&e.Kind == 0 {
			continue
		}
		s := e.Subject
		if award == "" {
			s.Award = "" // a common per-subject component: one per subject
		}
		add(r, s)
	}
}

// Missing returns the needs no document meets.
func (d Dossier) Missing() []Need {
	var out []Need
	for _, n := range d.Needs() {
		if !n.Met() {
			out = append(out, n)
		}
	}
	return out
}

// Interface guards
var (
	_ encoding.TextMarshaler   = Component(0)
	_ encoding.TextUnmarshaler = (*Component)(nil)
)
