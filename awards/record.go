package awards

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/tdkt-vn/tdkt/metrics"
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
	ScopeGrassroots Scope = iota + 1 // cơ sở
	ScopeMinistry                    // Bộ, ban, ngành, tỉnh
	ScopeNational                    // toàn quốc
)

func (s Scope) String() string {
	return enumName(s, "Scope", "", "cấp cơ sở", "cấp Bộ, ban, ngành, tỉnh", "toàn quốc")
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
	Number  string       // "174/QĐ-UBND"
	Date    metrics.Date // the date it was signed
	Grantor string       // the signer's office: "Chủ tịch UBND tỉnh Lam Sơn"
	Body    string       // the body whose fund pays by default: "UBND tỉnh Lam Sơn"
	// Fund is the fund that pays the reward; empty means the fund of Body
	// (the grantor's own level, Law 2022 Điều 11 k4).
	Fund string
}

// Honour is a title or form a subject has received.
type Honour struct {
	Award ID
	// Year is the (last) year of the achievement it rewards; FromYear the
	// first, for titles that cover several years (CSTĐ Bộ/tỉnh covers three);
	// zero means the same as Year.
	Year, FromYear int
	Decision       Decision
	// Achievement names the achievement rewarded, for the check "one
	// achievement, one form" (Law 2022 Điều 5 k2).
	Achievement string
}

// First returns the first year of the achievement.
func (h Honour) First() int {
	if h.FromYear != 0 {
		return h.FromYear
	}
	return h.Year
}

// InitiativeRecord is a recognised initiative or science project.
type InitiativeRecord struct {
	Kind  InitiativeKind
	Scope Scope // the scope of its recognised effect
	Year  int   // the year it was recognised
	Title string
}

// Discipline is a disciplinary measure and the period it runs. It is
// personal data (Decree 13/2023/NĐ-CP).
type Discipline struct {
	Form     DisciplineForm
	From, To metrics.Date // To: the end of the period of discipline
}

// Proceeding is a disciplinary review, an investigation or an inspection of
// the subject. To is zero while it is pending. Personal data.
type Proceeding struct {
	What     string // "xem xét kỷ luật", "thanh tra", …
	From, To metrics.Date
}

// Absence is a long absence from work. Personal data (health).
type Absence struct {
	Kind     AbsenceKind
	From, To metrics.Date
	// GoodResult is the result of training ("kết quả học tập từ loại khá
	// trở lên") where a rule reads it.
	GoodResult Tri
}

// Members are a collective's members' results in a year.
type Members struct {
	Total     int // thành viên
	Completed int // hoàn thành nhiệm vụ trở lên
	LDTT      int // đạt "Lao động tiên tiến" (or "Chiến sĩ tiên tiến")
	CSTDCS    int // đạt "Chiến sĩ thi đua cơ sở"
	// Disciplined counts members disciplined in the year, by form: [0] from
	// khiển trách up, [1] from cảnh cáo up. Personal data in aggregate form.
	Disciplined [2]int
}

// Year is what a subject did in one evaluation year (a calendar year, or the
// school year that starts in it).
type Year struct {
	Year       int
	Rating     Rating
	Registered Tri // đăng ký thi đua (a basis for titles under the 2003 law)
	Active     Tri // tích cực tham gia phong trào thi đua; tinh thần tự lực, đoàn kết (the unit's assessment)
	Solidarity Tri // nội bộ đoàn kết (collectives)
	Members    *Members
	// BlocRank is the collective's rank in its emulation bloc or cluster
	// that year; 0 when it was not ranked.
	BlocRank int
}

// Record is what the rules read about a person, a collective or a
// household. Subjects are keyed by ID, a stable identifier, not by name.
type Record struct {
	ID       string
	Name     string
	Kind     SubjectKind
	Category Category
	// Unit is the ID of the collective an individual belongs to.
	Unit string
	// Recruited is the first day of continuous service at the agency
	// (counting contract work before recruitment, as MOHA reads TT 01/2024).
	Recruited   metrics.Date
	Years       []Year
	Honours     []Honour
	Initiatives []InitiativeRecord
	Discipline  []Discipline
	Proceedings []Proceeding
	Absences    []Absence
	// Claims are achievements the proposing unit states for criteria that
	// no record shows (điểm a–c khoản 1 Điều 74: "thành tích xuất sắc tiêu
	// biểu …"). The council judges them; a claim makes the criterion met.
	Claims []Claim
}

// Claim is an achievement the proposing unit states for a qualitative
// criterion of an award.
type Claim struct {
	Award ID
	Point string // the point of the article, "a", "b", "c"
	Year  int
	Text  string // what was achieved, in the unit's words
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
// unknown kind, years out of order or repeated, dates out of order, an
// honour of an unknown award. Loaders call it; so should portals that build
// records themselves. It sorts Years.
func (r *Record) Validate() error {
	if r.ID == "" {
		return fmt.Errorf("awards: record %q: missing ID", r.Name)
	}
	switch r.Kind {
	case Individual, Collective, Household:
	default:
		return fmt.Errorf("awards: record %s: kind %d is not cá nhân, tập thể or hộ gia đình", r.ID, r.Kind)
	}
	sort.SliceStable(r.Years, func(i, j int) bool { return r.Years[i].Year < r.Years[j].Year })
	for i, y := range r.Years {
		if i > 0 && r.Years[i-1].Year == y.Year {
			return fmt.Errorf("awards: record %s: year %d appears twice", r.ID, y.Year)
		}
		if y.Rating > CompletedExcellently {
			return fmt.Errorf("awards: record %s: year %d: unknown rating %d", r.ID, y.Year, y.Rating)
		}
		if m := y.Members; m != nil {
			if m.Total < 0 || m.Completed < 0 || m.LDTT < 0 || m.CSTDCS < 0 || m.Completed > m.Total || m.LDTT > m.Total || m.CSTDCS > m.LDTT ||
				m.Disciplined[0] < 0 || m.Disciplined[1] < 0 || m.Disciplined[1] > m.Disciplined[0] || m.Disciplined[0] > m.Total {
				return fmt.Errorf("awards: record %s: year %d: member counts do not add up (%d members, %d completed, %d LĐTT, %d CSTĐCS, %d/%d disciplined)",
					r.ID, y.Year, m.Total, m.Completed, m.LDTT, m.CSTDCS, m.Disciplined[0], m.Disciplined[1])
			}
		}
	}
	for _, h := range r.Honours {
		if _, ok := Lookup(h.Award); !ok {
			return fmt.Errorf("awards: record %s: honour %q: unknown award", r.ID, h.Award)
		}
		if h.FromYear != 0 && h.FromYear > h.Year {
			return fmt.Errorf("awards: record %s: honour %s: first year %d after last year %d", r.ID, h.Award, h.FromYear, h.Year)
		}
	}
	for _, d := range r.Discipline {
		if !d.To.IsZero() && d.To.Before(d.From) {
			return fmt.Errorf("awards: record %s: discipline ends %s before it starts %s", r.ID, d.To, d.From)
		}
	}
	for _, a := range r.Absences {
		if a.To.Before(a.From) {
			return fmt.Errorf("awards: record %s: absence ends %s before it starts %s", r.ID, a.To, a.From)
		}
	}
	return nil
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
