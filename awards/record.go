package awards

import (
	"errors"
	"fmt"
	"sort"
	"strconv"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// Rating is the yearly rating of task completion ("xếp loại mức độ hoàn
// thành nhiệm vụ"). The zero Rating means "not rated".
type Rating uint8

const (
	NotRated             Rating = iota // chưa có kết quả xếp loại
	NotCompleted                       // không hoàn thành nhiệm vụ
	Completed                          // hoàn thành nhiệm vụ
	CompletedWell                      // hoàn thành tốt nhiệm vụ
	CompletedExcellently               // hoàn thành xuất sắc nhiệm vụ
)

// String returns the Vietnamese words.
func (r Rating) String() string {
	return enumName(r, "Rating", "chưa có kết quả xếp loại", "không hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ")
}

// Tri is a fact that may be unknown: a qualitative assessment the unit makes
// ("tích cực tham gia phong trào thi đua", "nội bộ đoàn kết"). Unknown never
// counts as met.
type Tri int8

const (
	Unknown Tri = iota
	Yes
	No
)

func (t Tri) String() string {
	return enumName(t, "Tri", "chưa có thông tin", "có", "không")
}

// Category is the group an individual belongs to, which chooses the
// standards that apply.
type Category uint8

const (
	CivilServant Category = iota // cán bộ, công chức, viên chức, người lao động (default)
	Worker                       // công nhân, nông dân, người lao động trực tiếp
	ArmedForces                  // quân đội, công an, dân quân tự vệ: "Chiến sĩ tiên tiến"
)

func (c Category) String() string {
	return enumName(c, "Category", "cán bộ, công chức, viên chức", "công nhân, nông dân, người lao động", "lực lượng vũ trang")
}

// Scope is how far a recognised initiative or project reaches.
type Scope uint8

const (
	ScopeGrassroots Scope = iota // cơ sở (the default)
	ScopeMinistry                // Bộ, ban, ngành, tỉnh
	ScopeNational                // toàn quốc
)

func (s Scope) String() string {
	return enumName(s, "Scope", "cấp cơ sở", "cấp Bộ, ban, ngành, tỉnh", "toàn quốc")
}

// InitiativeKind tells initiatives from science projects.
type InitiativeKind uint8

const (
	Initiative      InitiativeKind = iota // sáng kiến
	ScienceProject                        // đề tài, đề án khoa học, công trình khoa học và công nghệ đã nghiệm thu
	CombatIngenuity                       // mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu
)

func (k InitiativeKind) String() string {
	return enumName(k, "InitiativeKind", "sáng kiến", "đề tài khoa học", "mưu trí, sáng tạo trong chiến đấu")
}

// DisciplineForm is the form of a disciplinary measure, mildest first.
type DisciplineForm uint8

const (
	Reprimand DisciplineForm = iota + 1 // khiển trách
	Warning                             // cảnh cáo
	Demotion                            // hạ bậc lương, giáng chức
	Removal                             // cách chức
	Dismissal                           // buộc thôi việc
)

func (f DisciplineForm) String() string {
	return enumName(f, "DisciplineForm", "", "khiển trách", "cảnh cáo", "hạ bậc lương, giáng chức", "cách chức", "buộc thôi việc")
}

// AbsenceKind is the reason for a long absence.
type AbsenceKind uint8

const (
	Maternity AbsenceKind = iota + 1 // nghỉ thai sản
	Treatment                        // điều trị, điều dưỡng do bị thương khi chiến đấu, cứu người
	Training                         // đi học, đào tạo, bồi dưỡng
)

func (k AbsenceKind) String() string {
	return enumName(k, "AbsenceKind", "", "nghỉ thai sản", "điều trị, điều dưỡng", "đào tạo, bồi dưỡng")
}

// Decision is the decision that conferred a title or form.
type Decision struct {
	Number  string       `json:"number,omitempty"`  // "174/QĐ-UBND"
	Date    metrics.Date `json:"date,omitzero"`     // the date it was signed
	Grantor string       `json:"grantor,omitempty"` // the signer's office: "Chủ tịch UBND tỉnh Lam Sơn"
	Body    string       `json:"body,omitempty"`    // the body whose fund pays by default: "UBND tỉnh Lam Sơn"
	// Fund is the fund that pays the reward; empty means the fund of Body
	// (the grantor's own level, Law 2022 Điều 11 k4).
	Fund string `json:"fund,omitempty"`
}

// Honour is a title or form a subject has received.
type Honour struct {
	Award ID `json:"award"`
	// Year is the (last) year of the achievement it rewards.
	Year int `json:"year"`
	// FromYear is the first year, where a decision says otherwise than
	// the award's [Award].Span; zero means the span of the award.
	FromYear int      `json:"from_year,omitempty"`
	Decision Decision `json:"decision,omitzero"`
	// Achievement names the achievement rewarded, for the check "one
	// achievement, one form" (Law 2022 Điều 5 k2).
	Achievement string `json:"achievement,omitempty"`
}

// First returns the first year of the achievement: FromYear, or the first
// of the years the award spans (CSTĐ Bộ/tỉnh of 2025 covers 2023–2025).
func (h Honour) First() int {
	if h.FromYear != 0 {
		return h.FromYear
	}
	if a, ok := award(h.Award); ok && a.Span > 1 {
		return h.Year - a.Span + 1
	}
	return h.Year
}

// InitiativeRecord is a recognised initiative or science project.
type InitiativeRecord struct {
	Kind  InitiativeKind `json:"kind,omitzero"`
	Scope Scope          `json:"scope,omitzero"` // the scope of its recognised effect
	Year  int            `json:"year"`           // the year it was recognised
	Title string         `json:"title,omitempty"`
}

// Discipline is a disciplinary measure and the period it runs. It is
// personal data (Decree 13/2023/NĐ-CP).
type Discipline struct {
	Form DisciplineForm `json:"form"`
	From metrics.Date   `json:"from,omitzero"`
	To   metrics.Date   `json:"to,omitzero"` // the end of the period of discipline
}

// Proceeding is a disciplinary review, an investigation or an inspection of
// the subject. To is zero while it is pending. Personal data.
type Proceeding struct {
	What string       `json:"what,omitempty"` // "xem xét kỷ luật", "thanh tra", …
	From metrics.Date `json:"from,omitzero"`
	To   metrics.Date `json:"to,omitzero"`
}

// Absence is a long absence from work. Personal data (health).
type Absence struct {
	Kind AbsenceKind  `json:"kind"`
	From metrics.Date `json:"from,omitzero"`
	To   metrics.Date `json:"to,omitzero"`
	// GoodResult is the result of training ("kết quả học tập từ loại khá
	// trở lên") where a rule reads it.
	GoodResult Tri `json:"good_result,omitzero"`
}

// MaxMembers bounds every count of members, and a rank in a bloc: a
// collective larger than the country's public service is an error in the
// data, and the bound keeps every sum and product of counts within 32
// bits.
const MaxMembers = 10_000_000

// Members are a collective's members' results in a year.
type Members struct {
	Total     int `json:"total"`     // thành viên
	Completed int `json:"completed"` // hoàn thành nhiệm vụ trở lên
	LDTT      int `json:"ldtt"`      // đạt "Lao động tiên tiến" (or "Chiến sĩ tiên tiến")
	CSTDCS    int `json:"cstdcs"`    // đạt "Chiến sĩ thi đua cơ sở"
	// Disciplined counts members disciplined in the year from khiển trách
	// up, Warned those from cảnh cáo up (so Warned ≤ Disciplined).
	// Personal data in aggregate form.
	Disciplined int `json:"disciplined,omitempty"`
	Warned      int `json:"disciplined_warning,omitempty"`
}

// Year is what a subject did in one evaluation year (a calendar year, or the
// school year that starts in it).
//
// # Flags a verdict needs
//
// Some criteria read the unit's assessment of the year, a [Tri] that
// nothing else can fill. Left [Unknown], the criterion that reads it is
// "chưa xác định" (never met), and so is the verdict unless another
// criterion fails or, within a group of alternatives, another branch is
// met:
//   - Registered, "đăng ký thi đua": "Lao động tiên tiến", "Chiến sĩ tiên
//     tiến" and "Tập thể lao động tiên tiến" under the 2003 law only (the
//     2022 law, Điều 7, dropped it).
//   - Active, "tích cực tham gia phong trào thi đua": "Lao động tiên
//     tiến" (điểm b khoản 1 Điều 24 Luật 2022), hence every title that
//     reads its standard ("Chiến sĩ thi đua cơ sở", the last year of
//     "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh", điểm d Điều 74, điểm b Điều
//     73, điểm e Điều 44); "Tập thể lao động tiên tiến", "Tập thể lao động
//     xuất sắc"; a worker's standard under the 2003 law.
//   - Solidarity, "nội bộ đoàn kết": "Tập thể lao động tiên tiến", "Tập
//     thể lao động xuất sắc", "Cờ thi đua của Chính phủ".
//   - Thrift, "đi đầu trong thực hành tiết kiệm, chống lãng phí": "Cờ thi
//     đua của Chính phủ" (khoản 1 Điều 25 Luật 2022; Điều 25 Luật 2003).
//   - Productive, "lao động, sản xuất có hiệu quả": "Lao động tiên tiến"
//     of a [Worker], instead of Rating.
//
// Rating left [NotRated] makes a criterion on ratings "chưa xác định"
// likewise; BlocRank 0 makes "dẫn đầu cụm, khối" "chưa xác định".
// CentralBlocRank 0 and no [Record].Movements are not unknown but "not
// met": they are branches of "Cờ thi đua của Chính phủ" beside k1.
type Year struct {
	Year       int    `json:"year"`
	Rating     Rating `json:"rating,omitzero"`
	Registered Tri    `json:"registered,omitzero"` // đăng ký thi đua (a basis for titles under the 2003 law)
	Active     Tri    `json:"active,omitzero"`     // tích cực tham gia phong trào thi đua; tinh thần tự lực, đoàn kết (the unit's assessment)
	Solidarity Tri    `json:"solidarity,omitzero"` // nội bộ đoàn kết (collectives)
	// Productive is the unit's assessment that a worker or farmer ([Worker])
	// worked and produced effectively ("lao động, sản xuất có hiệu quả"):
	// the standard of "Lao động tiên tiến" for workers (Điều 24 Luật 2022;
	// khoản 3 Điều 24 Luật 2003), read instead of Rating.
	Productive Tri `json:"productive,omitzero"`
	// Members are a collective's members' results; nil for individuals.
	Members *Members `json:"members,omitempty"`
	// BlocRank is the collective's rank in its emulation bloc or cluster
	// that year; 0 when it was not ranked.
	BlocRank int `json:"bloc_rank,omitempty"`
	// CentralBlocRank is the collective's rank that year in a cluster or
	// bloc organised by the Central Emulation and Commendation Council
	// ("cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ
	// chức"), as the Council's result states it; 0 when it is in no such
	// cluster or was not ranked. Rank 1 meets khoản 2 Điều 25 Luật 2022
	// (khoản 2 Điều 11 Nghị định 91/2017) for "Cờ thi đua của Chính phủ".
	CentralBlocRank int `json:"central_bloc_rank,omitempty"`
	// Thrift is the unit's assessment that the collective took the lead in
	// practising thrift and fighting waste ("đi đầu trong thực hành tiết
	// kiệm, chống lãng phí"), read with Solidarity by "Cờ thi đua của
	// Chính phủ".
	Thrift Tri `json:"thrift,omitzero"`
}

// Launcher is who launched an emulation movement.
type Launcher uint8

const (
	PrimeMinister Launcher = iota + 1 // Thủ tướng Chính phủ
	President                         // Chủ tịch nước
)

func (l Launcher) String() string {
	return enumName(l, "Launcher", "", "Thủ tướng Chính phủ", "Chủ tịch nước")
}

// MarshalText writes the Vietnamese words.
func (l Launcher) MarshalText() ([]byte, error) {
	if l < PrimeMinister || l > President {
		return nil, fmt.Errorf("awards: launcher %d out of range", l)
	}
	return []byte(l.String()), nil
}

// UnmarshalText reads "Thủ tướng Chính phủ" or "Chủ tịch nước".
func (l *Launcher) UnmarshalText(b []byte) error {
	switch words(string(b)) {
	case "thủ tướng chính phủ", "thủ tướng":
		*l = PrimeMinister
	case "chủ tịch nước":
		*l = President
	default:
		return fmt.Errorf("awards: unknown launcher %s; want Thủ tướng Chính phủ or Chủ tịch nước", source.Quote(string(b)))
	}
	return nil
}

// Movement is an emulation movement ("phong trào thi đua") that the
// collective was chosen to lead at its review ("sơ kết, tổng kết"):
// khoản 3 Điều 25 Luật 2022, khoản 3 Điều 11 Nghị định 91/2017.
type Movement struct {
	Name       string   `json:"name,omitempty"`
	LaunchedBy Launcher `json:"launched_by"`
	// FromYear and ToYear are the calendar years the movement ran, up to
	// the review that chose the collective; ToYear is the year reviewed.
	FromYear int `json:"from_year"`
	ToYear   int `json:"to_year"`
}

// Record is what the rules read about a person, a collective or a
// household. Subjects are keyed by ID, a stable identifier, not by name.
//
// Besides the yearly flags listed at [Year], a verdict silently reads:
// Category (a [Worker] is judged by "lao động, sản xuất có hiệu quả", not
// by ratings); Recruited (zero: the rule on the months of service is
// "chưa xác định"); Claims (none: a point only the council can judge is
// "chưa xác định", or not met when [Case].Points leaves it out);
// Movements (none: that branch of "Cờ thi đua của Chính phủ" is not met).
//
// Its JSON form is the one [ParseJSON] reads: the field names of the tags,
// enums in Vietnamese words (their MarshalText), dates as yyyy-mm-dd
// (dd/mm/yyyy is read too), yes/no assessments as true, false or absent.
type Record struct {
	ID       string      `json:"id"`
	Name     string      `json:"name,omitempty"`
	Kind     SubjectKind `json:"kind"`
	Category Category    `json:"category,omitzero"`
	// Unit is the ID of the collective an individual belongs to.
	Unit string `json:"unit,omitempty"`
	// Recruited is the first day of continuous service at the agency
	// (counting contract work before recruitment, as MOHA reads TT 01/2024).
	Recruited   metrics.Date       `json:"recruited,omitzero"`
	Years       []Year             `json:"years,omitempty"`
	Honours     []Honour           `json:"honours,omitempty"`
	Initiatives []InitiativeRecord `json:"initiatives,omitempty"`
	Discipline  []Discipline       `json:"discipline,omitempty"`
	Proceedings []Proceeding       `json:"proceedings,omitempty"`
	Absences    []Absence          `json:"absences,omitempty"`
	// Claims are achievements the proposing unit states for criteria that
	// no record shows (điểm a–c khoản 1 Điều 74: "thành tích xuất sắc tiêu
	// biểu …"). The council judges them; a claim makes the criterion met.
	Claims []Claim `json:"claims,omitempty"`
	// Movements are the movements of the Prime Minister or the President
	// the collective was chosen to lead at their review; empty, the
	// branch of "Cờ thi đua của Chính phủ" that reads them is not met.
	Movements []Movement `json:"movements,omitempty"`
}

// Claim is an achievement the proposing unit states for a qualitative
// criterion of an award.
type Claim struct {
	Award ID     `json:"award"`
	Point string `json:"point"` // the point of the article, "a", "b", "c"
	Year  int    `json:"year"`
	Text  string `json:"text,omitempty"` // what was achieved, in the unit's words
}

// Year returns the record of year y, or nil.
func (r *Record) Year(y int) *Year {
	for i := range r.Years {
		if r.Years[i].Year == y {
			return &r.Years[i]
		}
	}
	return nil
}

// rating returns the rating of year y.
func (r *Record) rating(y int) Rating {
	if yr := r.Year(y); yr != nil {
		return yr.Rating
	}
	return NotRated
}

// has reports whether the subject received award for year y.
func (r *Record) has(award ID, y int) bool {
	for i := range r.Honours {
		if h := &r.Honours[i]; h.Award == award && h.Year == y {
			return true
		}
	}
	return false
}

// Validate checks a record for what the rules cannot read: no ID, an
// unknown kind or enum value, a year out of 1900–2200, years repeated,
// dates out of order, an honour of an unknown award, member counts that do
// not add up or exceed [MaxMembers]. Loaders call it; so should portals
// that build records themselves. It sorts Years.
func (r *Record) Validate() error {
	if _, err := r.validate(); err != nil {
		if r.ID == "" {
			return prefixed(err)
		}
		return fmt.Errorf("awards: record %s: %w", source.Quote(r.ID), err)
	}
	return nil
}

// validate is Validate with the path of the field at fault, as the JSON
// form names it ("years[2].members.total"), and an error without prefix.
func (r *Record) validate() (field string, err error) {
	if r.ID == "" {
		return "id", errors.New("missing id: records are keyed by a stable identifier")
	}
	switch r.Kind {
	case Individual, Collective, Household:
	default:
		return "kind", fmt.Errorf("kind %d is not cá nhân, tập thể or hộ gia đình", r.Kind)
	}
	if r.Category > ArmedForces {
		return "category", fmt.Errorf("unknown category %d", r.Category)
	}
	for i, y := range r.Years {
		at := func(f string) string { return fmt.Sprintf("years[%d].%s", i, f) }
		switch {
		case y.Year < minYear || y.Year > maxYear:
			return at("year"), fmt.Errorf("year %d out of range %d–%d", y.Year, minYear, maxYear)
		case y.Rating > CompletedExcellently:
			return at("rating"), fmt.Errorf("year %d: unknown rating %d", y.Year, y.Rating)
		case !y.Registered.valid() || !y.Active.valid() || !y.Solidarity.valid():
			return at("active"), fmt.Errorf("year %d: an assessment is not yes, no or unknown", y.Year)
		case y.BlocRank < 0 || y.BlocRank > MaxMembers:
			return at("bloc_rank"), fmt.Errorf("year %d: rank %d in the bloc out of range 0–%d", y.Year, y.BlocRank, MaxMembers)
		}
		if m := y.Members; m != nil {
			if f, err := m.check(); err != nil {
				return at("members" + f), fmt.Errorf("year %d: %w", y.Year, err)
			}
		}
	}
	sort.SliceStable(r.Years, func(i, j int) bool { return r.Years[i].Year < r.Years[j].Year })
	for i := 1; i < len(r.Years); i++ {
		if r.Years[i-1].Year == r.Years[i].Year {
			return "years", fmt.Errorf("year %d appears twice", r.Years[i].Year)
		}
	}
	for i, h := range r.Honours {
		at := func(f string) string { return fmt.Sprintf("honours[%d].%s", i, f) }
		switch {
		case !known(h.Award):
			return at("award"), fmt.Errorf("%w %s", ErrUnknownAward, source.Quote(string(h.Award)))
		case h.Year < minYear || h.Year > maxYear:
			return at("year"), fmt.Errorf("honour %s: year %d out of range %d–%d", h.Award, h.Year, minYear, maxYear)
		case h.FromYear != 0 && (h.FromYear > h.Year || h.FromYear < minYear):
			return at("from_year"), fmt.Errorf("honour %s: first year %d not within %d–%d", h.Award, h.FromYear, minYear, h.Year)
		}
	}
	for i, it := range r.Initiatives {
		switch {
		case it.Kind > CombatIngenuity:
			return fmt.Sprintf("initiatives[%d].kind", i), fmt.Errorf("unknown kind of initiative %d", it.Kind)
		case it.Scope > ScopeNational:
			return fmt.Sprintf("initiatives[%d].scope", i), fmt.Errorf("unknown scope %d", it.Scope)
		}
	}
	for i, d := range r.Discipline {
		switch {
		case d.Form < Reprimand || d.Form > Dismissal:
			return fmt.Sprintf("discipline[%d].form", i), errors.New("missing or unknown form of discipline")
		case d.From.IsZero():
			return fmt.Sprintf("discipline[%d].from", i), fmt.Errorf("discipline (%s) without the date it starts", d.Form)
		case !d.To.IsZero() && d.To.Before(d.From):
			return fmt.Sprintf("discipline[%d].to", i), fmt.Errorf("discipline ends %s before it starts %s", d.To, d.From)
		}
	}
	for i, p := range r.Proceedings {
		if !p.To.IsZero() && p.To.Before(p.From) {
			return fmt.Sprintf("proceedings[%d].to", i), fmt.Errorf("proceeding ends %s before it starts %s", p.To, p.From)
		}
	}
	for i, a := range r.Absences {
		switch {
		case a.Kind < Maternity || a.Kind > Training:
			return fmt.Sprintf("absences[%d].kind", i), errors.New("missing or unknown kind of absence")
		case a.From.IsZero() || a.To.IsZero():
			return fmt.Sprintf("absences[%d].from", i), fmt.Errorf("absence (%s) without its dates", a.Kind)
		case a.To.Before(a.From):
			return fmt.Sprintf("absences[%d].to", i), fmt.Errorf("absence ends %s before it starts %s", a.To, a.From)
		case !a.GoodResult.valid():
			return fmt.Sprintf("absences[%d].good_result", i), errors.New("the result of training is not yes, no or unknown")
		}
	}
	for i, c := range r.Claims {
		if !known(c.Award) {
			return fmt.Sprintf("claims[%d].award", i), fmt.Errorf("%w %s", ErrUnknownAward, source.Quote(string(c.Award)))
		}
	}
	return "", nil
}

// The years a record may hold.
const minYear, maxYear = 1900, 2200

func known(id ID) bool { _, ok := award(id); return ok }

func (t Tri) valid() bool { return t == Unknown || t == Yes || t == No }

// check bounds the counts and checks that they add up; field is the
// count at fault (".total") or "" for the whole.
func (m *Members) check() (field string, err error) {
	for _, c := range []struct {
		field string
		n     int
	}{{".total", m.Total}, {".completed", m.Completed}, {".ldtt", m.LDTT}, {".cstdcs", m.CSTDCS}, {".disciplined", m.Disciplined}, {".disciplined_warning", m.Warned}} {
		if c.n < 0 || c.n > MaxMembers {
			return c.field, fmt.Errorf("%d members is out of range 0–%d", c.n, MaxMembers)
		}
	}
	if m.Completed > m.Total || m.LDTT > m.Total || m.CSTDCS > m.LDTT || m.Warned > m.Disciplined || m.Disciplined > m.Total {
		return "", fmt.Errorf("member counts do not add up (%d members, %d completed, %d LĐTT, %d CSTĐCS, %d disciplined, %d from cảnh cáo up)",
			m.Total, m.Completed, m.LDTT, m.CSTDCS, m.Disciplined, m.Warned)
	}
	return "", nil
}

// PeriodKind is the kind of an evaluation period.
type PeriodKind uint8

const (
	CalendarYear PeriodKind = iota // năm: 01/01 – 31/12
	SchoolYear                     // năm học: 01/9 – 31/8 of the next year
	Stage                          // giai đoạn: several calendar years
)

// Period is the period whose achievements are judged. Rules count years by
// their index: a calendar year, or the year a school year starts.
type Period struct {
	Kind        PeriodKind
	First, Last int // the first and last year; equal for one year
}

// YearOf is the calendar year y.
func YearOf(y int) Period { return Period{Kind: CalendarYear, First: y, Last: y} }

// SchoolYearOf is the school year that starts in y ("năm học y–y+1").
func SchoolYearOf(y int) Period { return Period{Kind: SchoolYear, First: y, Last: y} }

// StageOf is the stage ("giai đoạn") of calendar years from first to last.
func StageOf(first, last int) Period { return Period{Kind: Stage, First: first, Last: last} }

// Start returns the first day of the period.
func (p Period) Start() metrics.Date {
	if p.Kind == SchoolYear {
		return metrics.NewDate(p.First, 9, 1)
	}
	return metrics.NewDate(p.First, 1, 1)
}

// End returns the last day of the period.
func (p Period) End() metrics.Date {
	if p.Kind == SchoolYear {
		return metrics.NewDate(p.Last+1, 8, 31)
	}
	return metrics.NewDate(p.Last, 12, 31)
}

// String writes the period in Vietnamese: "năm 2024", "năm học 2023-2024",
// "giai đoạn 2020-2024".
func (p Period) String() string {
	switch p.Kind {
	case SchoolYear:
		return fmt.Sprintf("năm học %d-%d", p.First, p.First+1)
	case Stage:
		return fmt.Sprintf("giai đoạn %d-%d", p.First, p.Last)
	}
	return fmt.Sprintf("năm %d", p.Last)
}

// yearLabel writes one year of the period's kind.
func (p Period) yearLabel(y int) string {
	if p.Kind == SchoolYear {
		return fmt.Sprintf("%d-%d", y, y+1)
	}
	return strconv.Itoa(y)
}
