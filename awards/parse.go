package awards

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/source"
)

// The words of the enums: Parse functions, and the text and JSON forms of
// each value. ParseX reads what officers write (abbreviations, the words
// with or without diacritics where they are unambiguous); MarshalText
// writes one canonical form that UnmarshalText, which accepts what ParseX
// accepts, reads back. The errors of UnmarshalText carry no package
// prefix: the loaders place them in a [*source.Error].

// words folds a word for matching: NFC, lower case, single spaces.
func words(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(nfc.String(s)), " "))
}

// prefixed adds the package prefix to an error of the package's own
// words, once, at the API's edge.
func prefixed(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("awards: %w", err)
}

// ParseRating reads a rating: the Vietnamese words or their abbreviations
// (HTXSNV, HTTNV, HTNV, KHTNV); "" is [NotRated].
func ParseRating(s string) (Rating, error) {
	r, err := parseRating(s)
	return r, prefixed(err)
}

func parseRating(s string) (Rating, error) {
	switch words(s) {
	case "", "chưa có kết quả xếp loại":
		return NotRated, nil
	case "htxsnv", "hoàn thành xuất sắc nhiệm vụ", "xuất sắc":
		return CompletedExcellently, nil
	case "httnv", "hoàn thành tốt nhiệm vụ", "tốt":
		return CompletedWell, nil
	case "htnv", "hoàn thành nhiệm vụ", "hoàn thành":
		return Completed, nil
	case "khtnv", "không hoàn thành nhiệm vụ", "không hoàn thành":
		return NotCompleted, nil
	}
	return 0, fmt.Errorf("unknown rating %s; want HTXSNV, HTTNV, HTNV or KHTNV", source.Quote(s))
}

var ratingCodes = [...]string{"", "KHTNV", "HTNV", "HTTNV", "HTXSNV"}

// MarshalText writes the abbreviation (HTXSNV, HTTNV, HTNV, KHTNV), ""
// for NotRated.
func (r Rating) MarshalText() ([]byte, error) {
	if int(r) >= len(ratingCodes) {
		return nil, fmt.Errorf("awards: rating %d out of range", r)
	}
	return []byte(ratingCodes[r]), nil
}

// UnmarshalText reads what [ParseRating] reads.
func (r *Rating) UnmarshalText(b []byte) error {
	v, err := parseRating(string(b))
	if err == nil {
		*r = v
	}
	return err
}

// ParseSubjectKind reads "cá nhân" (or ""), "tập thể" or "hộ gia đình".
func ParseSubjectKind(s string) (SubjectKind, error) {
	k, err := parseSubjectKind(s)
	return k, prefixed(err)
}

func parseSubjectKind(s string) (SubjectKind, error) {
	switch words(s) {
	case "", "cá nhân", "ca nhan", "individual":
		return Individual, nil
	case "tập thể", "tap the", "collective":
		return Collective, nil
	case "hộ gia đình", "ho gia dinh", "gia đình", "household":
		return Household, nil
	}
	return 0, fmt.Errorf("unknown kind of subject %s; want cá nhân, tập thể or hộ gia đình", source.Quote(s))
}

// MarshalText writes the Vietnamese word; a set of kinds (as
// [Award].Subjects holds) writes its words separated by commas.
func (k SubjectKind) MarshalText() ([]byte, error) {
	if k&^(Individual|Collective|Household) != 0 {
		return nil, fmt.Errorf("awards: kind of subject %d out of range", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText reads what [ParseSubjectKind] reads, or several kinds
// separated by commas.
func (k *SubjectKind) UnmarshalText(b []byte) error {
	var set SubjectKind
	for part := range strings.SplitSeq(string(b), ",") {
		one, err := parseSubjectKind(part)
		if err != nil {
			return err
		}
		set |= one
	}
	*k = set
	return nil
}

// ParseCategory reads the group of an individual; "" is [CivilServant].
func ParseCategory(s string) (Category, error) {
	c, err := parseCategory(s)
	return c, prefixed(err)
}

func parseCategory(s string) (Category, error) {
	switch words(s) {
	case "", "cbccvc", "cán bộ, công chức, viên chức", "công chức", "viên chức", "người lao động":
		return CivilServant, nil
	case "công nhân", "nông dân", "công nhân, nông dân, người lao động", "lao động trực tiếp":
		return Worker, nil
	case "lực lượng vũ trang", "llvt", "quân đội", "công an", "quân nhân":
		return ArmedForces, nil
	}
	return 0, fmt.Errorf("unknown category %s; want CBCCVC, công nhân or lực lượng vũ trang", source.Quote(s))
}

// MarshalText writes the Vietnamese words.
func (c Category) MarshalText() ([]byte, error) {
	if c > ArmedForces {
		return nil, fmt.Errorf("awards: category %d out of range", c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText reads what [ParseCategory] reads.
func (c *Category) UnmarshalText(b []byte) error {
	v, err := parseCategory(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// ParseScope reads the scope of an initiative; "" is [ScopeGrassroots].
func ParseScope(s string) (Scope, error) {
	v, err := parseScope(s)
	return v, prefixed(err)
}

func parseScope(s string) (Scope, error) {
	switch words(s) {
	case "", "cơ sở", "cấp cơ sở", "co so":
		return ScopeGrassroots, nil
	case "bộ", "tỉnh", "bộ, tỉnh", "bộ, ban, ngành, tỉnh", "cấp bộ, ban, ngành, tỉnh", "cấp tỉnh", "cấp bộ", "tinh":
		return ScopeMinistry, nil
	case "toàn quốc", "toan quoc", "quốc gia":
		return ScopeNational, nil
	}
	return 0, fmt.Errorf("unknown scope %s; want cơ sở, tỉnh or toàn quốc", source.Quote(s))
}

var scopeWords = [...]string{"cơ sở", "bộ, ban, ngành, tỉnh", "toàn quốc"}

// MarshalText writes "cơ sở", "bộ, ban, ngành, tỉnh" or "toàn quốc".
func (s Scope) MarshalText() ([]byte, error) {
	if int(s) >= len(scopeWords) {
		return nil, fmt.Errorf("awards: scope %d out of range", s)
	}
	return []byte(scopeWords[s]), nil
}

// UnmarshalText reads what [ParseScope] reads.
func (s *Scope) UnmarshalText(b []byte) error {
	v, err := parseScope(string(b))
	if err == nil {
		*s = v
	}
	return err
}

// ParseInitiativeKind reads "sáng kiến" (or ""), "đề tài" or "mưu trí".
func ParseInitiativeKind(s string) (InitiativeKind, error) {
	k, err := parseInitiativeKind(s)
	return k, prefixed(err)
}

func parseInitiativeKind(s string) (InitiativeKind, error) {
	switch w := words(s); {
	case w == "" || w == "sáng kiến" || w == "sang kien":
		return Initiative, nil
	case strings.HasPrefix(w, "đề tài") || strings.HasPrefix(w, "đề án") || strings.HasPrefix(w, "công trình"):
		return ScienceProject, nil
	case strings.HasPrefix(w, "mưu trí"):
		return CombatIngenuity, nil
	}
	return 0, fmt.Errorf("unknown kind of initiative %s; want sáng kiến, đề tài or mưu trí", source.Quote(s))
}

// MarshalText writes the Vietnamese words.
func (k InitiativeKind) MarshalText() ([]byte, error) {
	if k > CombatIngenuity {
		return nil, fmt.Errorf("awards: kind of initiative %d out of range", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText reads what [ParseInitiativeKind] reads.
func (k *InitiativeKind) UnmarshalText(b []byte) error {
	v, err := parseInitiativeKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// ParseDisciplineForm reads a form of discipline.
func ParseDisciplineForm(s string) (DisciplineForm, error) {
	f, err := parseDisciplineForm(s)
	return f, prefixed(err)
}

func parseDisciplineForm(s string) (DisciplineForm, error) {
	switch words(s) {
	case "khiển trách":
		return Reprimand, nil
	case "cảnh cáo":
		return Warning, nil
	case "hạ bậc lương", "giáng chức", "hạ bậc lương, giáng chức":
		return Demotion, nil
	case "cách chức":
		return Removal, nil
	case "buộc thôi việc":
		return Dismissal, nil
	}
	return 0, fmt.Errorf("unknown form of discipline %s; want khiển trách, cảnh cáo, giáng chức, cách chức or buộc thôi việc", source.Quote(s))
}

// MarshalText writes the Vietnamese words.
func (f DisciplineForm) MarshalText() ([]byte, error) {
	if f < Reprimand || f > Dismissal {
		return nil, fmt.Errorf("awards: form of discipline %d out of range", f)
	}
	return []byte(f.String()), nil
}

// UnmarshalText reads what [ParseDisciplineForm] reads.
func (f *DisciplineForm) UnmarshalText(b []byte) error {
	v, err := parseDisciplineForm(string(b))
	if err == nil {
		*f = v
	}
	return err
}

// ParseAbsenceKind reads the reason of an absence.
func ParseAbsenceKind(s string) (AbsenceKind, error) {
	k, err := parseAbsenceKind(s)
	return k, prefixed(err)
}

func parseAbsenceKind(s string) (AbsenceKind, error) {
	switch w := words(s); {
	case strings.Contains(w, "thai sản"):
		return Maternity, nil
	case strings.Contains(w, "điều trị") || strings.Contains(w, "điều dưỡng"):
		return Treatment, nil
	case strings.Contains(w, "học") || strings.Contains(w, "đào tạo") || strings.Contains(w, "bồi dưỡng"):
		return Training, nil
	}
	return 0, fmt.Errorf("unknown absence %s; want thai sản, điều trị or đào tạo", source.Quote(s))
}

// MarshalText writes the Vietnamese words.
func (k AbsenceKind) MarshalText() ([]byte, error) {
	if k < Maternity || k > Training {
		return nil, fmt.Errorf("awards: absence %d out of range", k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText reads what [ParseAbsenceKind] reads.
func (k *AbsenceKind) UnmarshalText(b []byte) error {
	v, err := parseAbsenceKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// MarshalText writes "có" or "không", "" for Unknown.
func (t Tri) MarshalText() ([]byte, error) {
	switch t {
	case Unknown:
		return []byte{}, nil
	case Yes:
		return []byte("có"), nil
	case No:
		return []byte("không"), nil
	}
	return nil, fmt.Errorf("awards: yes-or-no value %d out of range", t)
}

// UnmarshalText reads the yes/no words of the CSV dialect ("x", "có",
// "không", "true", "false", …); "" is Unknown.
func (t *Tri) UnmarshalText(b []byte) error {
	s := string(b)
	if strings.TrimSpace(s) == "" || words(s) == "chưa có thông tin" {
		*t = Unknown
		return nil
	}
	v, ok := source.ParseBool(s)
	if !ok {
		return fmt.Errorf("%s is not yes or no; write x, có or không", source.Quote(s))
	}
	*t = No
	if v {
		*t = Yes
	}
	return nil
}

// MarshalJSON writes true, false or null (Unknown).
func (t Tri) MarshalJSON() ([]byte, error) {
	switch t {
	case Unknown:
		return []byte("null"), nil
	case Yes:
		return []byte("true"), nil
	case No:
		return []byte("false"), nil
	}
	return nil, fmt.Errorf("awards: yes-or-no value %d out of range", t)
}

// UnmarshalJSON reads true, false or null (Unknown).
func (t *Tri) UnmarshalJSON(b []byte) error {
	switch string(bytes.TrimSpace(b)) {
	case "null":
		*t = Unknown
	case "true":
		*t = Yes
	case "false":
		*t = No
	default:
		return fmt.Errorf("want true, false or null, found %s", jsonWhat(b))
	}
	return nil
}

// jsonWhat names the kind of a JSON value in the words of JSON.
func jsonWhat(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return "nothing"
	}
	switch b[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	}
	return "a number"
}

// awardAliases are the abbreviations officers write for titles and forms.
var awardAliases = map[string]ID{
	"lđtt": LaoDongTienTien, "cstt": ChienSiTienTien, "cstđcs": CSTDCoSo, "cstđ cơ sở": CSTDCoSo,
	"cstđ tỉnh": CSTDBoTinh, "cstđ bộ": CSTDBoTinh, "cstđ bộ, tỉnh": CSTDBoTinh, "cstđtq": CSTDToanQuoc, "cstđ toàn quốc": CSTDToanQuoc,
	"ttlđtt": TapTheTienTien, "ttlđxs": TapTheXuatSac, "đvtt": DonViTienTien, "đvqt": DonViQuyetThang,
	"cờ tỉnh": CoThiDuaBoTinh, "cờ bộ": CoThiDuaBoTinh, "cờ cp": CoThiDuaChinhPhu,
	"bk tỉnh": BangKhenBoTinh, "bk bộ": BangKhenBoTinh, "bằng khen tỉnh": BangKhenBoTinh, "bằng khen bộ": BangKhenBoTinh,
	"bk ttg": BangKhenTTg, "bằng khen ttg": BangKhenTTg, "gk": GiayKhen, "giấy khen": GiayKhen,
	"hclđ3": HCLaoDongHang3, "hclđ hạng ba": HCLaoDongHang3, "hclđ2": HCLaoDongHang2, "hclđ1": HCLaoDongHang1,
}

// ParseAward reads an award ID or an abbreviation ("LĐTT", "CSTĐCS",
// "BK tỉnh", "BK TTg", "HCLĐ3") or the award's name. An unknown award is
// an error wrapping [ErrUnknownAward].
func ParseAward(s string) (ID, error) {
	id, err := parseAward(s)
	return id, prefixed(err)
}

func parseAward(s string) (ID, error) {
	w := words(s)
	if id, ok := awardAliases[w]; ok {
		return id, nil
	}
	if _, ok := award(ID(w)); ok {
		return ID(w), nil
	}
	for _, a := range catalogue {
		if words(a.Name) == w {
			return a.ID, nil
		}
	}
	return "", fmt.Errorf("%w %s; want an ID such as %q or an abbreviation such as LĐTT, CSTĐCS, BK tỉnh", ErrUnknownAward, source.Quote(s), LaoDongTienTien)
}

// MarshalText writes the ID.
func (id ID) MarshalText() ([]byte, error) { return []byte(id), nil }

// UnmarshalText reads what [ParseAward] reads: an ID of the catalogue, an
// abbreviation or a name.
func (id *ID) UnmarshalText(b []byte) error {
	v, err := parseAward(string(b))
	if err == nil {
		*id = v
	}
	return err
}
