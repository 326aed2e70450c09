package forms

import (
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/source"
	"golang.org/x/text/unicode/norm"
)

// The facts of the forms that the domain packages do not hold, as small
// enums. The zero value of each is "not known": a cell that needs the fact
// says so ([Cell].Reason) instead of counting the subject anywhere. Each
// reads the Vietnamese words with or without diacritics (UnmarshalText)
// and writes one canonical form (MarshalText, String).

// Launcher is the level that launched a campaign: the columns of form
// 0601 ("cấp phát động").
type Launcher uint8

const (
	Central          Launcher = iota + 1 // trung ương: the Prime Minister, the central council, a ministry for the whole country
	MinistryProvince                     // bộ, ngành, địa phương: a ministry, a sector, a province
	AgencyUnit                           // cơ quan, đơn vị: the reporting agency or one of its units
)

var launcherWords = []string{"", "trung ương", "bộ, ngành, địa phương", "cơ quan, đơn vị"}

var launcherAliases = map[string]Launcher{
	"trung_uong": Central, "chinh_phu": Central, "thu_tuong": Central, "toan_quoc": Central,
	"bo": MinistryProvince, "nganh": MinistryProvince, "tinh": MinistryProvince, "dia_phuong": MinistryProvince,
	"bo,_nganh": MinistryProvince, "bo,_nganh,_tinh": MinistryProvince, "bo,_nganh,_dia_phuong": MinistryProvince,
	"co_quan": AgencyUnit, "don_vi": AgencyUnit, "co_quan,_don_vi": AgencyUnit,
}

func (l Launcher) String() string { return word(launcherWords, l) }

// MarshalText writes the words; the zero Launcher writes "".
func (l Launcher) MarshalText() ([]byte, error) { return marshal(launcherWords, l, "launcher") }

// UnmarshalText reads "trung ương", "bộ, ngành, địa phương" ("tỉnh") or
// "cơ quan, đơn vị".
func (l *Launcher) UnmarshalText(b []byte) error {
	return unmarshal(launcherWords, launcherAliases, "launcher", b, l)
}

// Proposer is who proposed a State award: the rows "Bộ, ngành trung
// ương" and "tỉnh, thành phố" of form 0602.
type Proposer uint8

const (
	MinistryProposer Proposer = iota + 1 // bộ, ngành, cơ quan trung ương
	ProvinceProposer                     // tỉnh, thành phố trực thuộc trung ương
)

var proposerWords = []string{"", "bộ, ngành trung ương", "tỉnh"}

var proposerAliases = map[string]Proposer{
	"bo": MinistryProposer, "nganh": MinistryProposer, "bo,_nganh": MinistryProposer, "trung_uong": MinistryProposer,
	"bo,_nganh,_co_quan_trung_uong": MinistryProposer, "bo,_ban,_nganh": MinistryProposer,
	"tinh,_thanh_pho": ProvinceProposer, "dia_phuong": ProvinceProposer, "thanh_pho": ProvinceProposer,
}

func (p Proposer) String() string { return word(proposerWords, p) }

// MarshalText writes the words; the zero Proposer writes "".
func (p Proposer) MarshalText() ([]byte, error) { return marshal(proposerWords, p, "proposer") }

// UnmarshalText reads "bộ, ngành trung ương" ("bộ, ngành") or "tỉnh"
// ("tỉnh, thành phố").
func (p *Proposer) UnmarshalText(b []byte) error {
	return unmarshal(proposerWords, proposerAliases, "proposer", b, p)
}

// Role is the position of an individual who received an award, as the
// forms count them ("trong đó").
type Role uint8

const (
	LeaderMinistry   Role = iota + 1 // lãnh đạo bộ, ngành, tỉnh
	LeaderDepartment                 // lãnh đạo vụ, sở, ngành và tương đương
	Businessperson                   // doanh nhân
	OtherLeader                      // lãnh đạo khác, từ phó trưởng phòng trở lên
	DirectWorker                     // người trực tiếp lao động, công tác
	OtherRole                        // khác: none of the above
)

var roleWords = []string{"", "lãnh đạo bộ, ngành, tỉnh", "lãnh đạo vụ, sở, ngành", "doanh nhân", "lãnh đạo khác", "trực tiếp lao động", "khác"}

var roleAliases = map[string]Role{
	"lanh_dao_bo": LeaderMinistry, "lanh_dao_tinh": LeaderMinistry, "lanh_dao_bo,_tinh": LeaderMinistry,
	"lanh_dao_vu": LeaderDepartment, "lanh_dao_so": LeaderDepartment, "lanh_dao_vu,_so": LeaderDepartment,
	"lanh_dao_cap_vu,_so,_nganh": LeaderDepartment, "lanh_dao_so,_nganh": LeaderDepartment,
	"doanh_nhan":     Businessperson,
	"lanh_dao_phong": OtherLeader, "lanh_dao_khac_tu_pho_truong_phong_tro_len": OtherLeader,
	"nguoi_truc_tiep_lao_dong": DirectWorker, "truc_tiep_lao_dong,_cong_tac": DirectWorker, "nguoi_truc_tiep_lao_dong,_cong_tac": DirectWorker,
	"cong_nhan": DirectWorker, "nong_dan": DirectWorker, "nguoi_lao_dong": DirectWorker,
	"chuyen_vien": OtherRole, "khong": OtherRole,
}

func (r Role) String() string { return word(roleWords, r) }

// MarshalText writes the words; the zero Role writes "".
func (r Role) MarshalText() ([]byte, error) { return marshal(roleWords, r, "role") }

// UnmarshalText reads "lãnh đạo bộ, ngành, tỉnh", "lãnh đạo vụ, sở, ngành",
// "doanh nhân", "lãnh đạo khác", "trực tiếp lao động" or "khác".
func (r *Role) UnmarshalText(b []byte) error { return unmarshal(roleWords, roleAliases, "role", b, r) }

// Occasion is the kind of an award ("loại hình khen thưởng"): the rows by
// type of forms 0602 and 0603.
type Occasion uint8

const (
	Regular     Occasion = iota + 1 // thường xuyên: for the results of a year or a stage
	Thematic                        // chuyên đề: at the review of a campaign
	Unscheduled                     // đột xuất
	Foreign                         // đối ngoại
	Dedication                      // cống hiến: a process of dedication
	Seniority                       // niên hạn
	Resistance                      // kháng chiến
)

var occasionWords = []string{"", "thường xuyên", "chuyên đề", "đột xuất", "đối ngoại", "cống hiến", "niên hạn", "kháng chiến"}

var occasionAliases = map[string]Occasion{
	"theo_chuyen_de": Thematic, "qua_trinh_cong_hien": Dedication, "thanh_tich_dot_xuat": Unscheduled,
	"theo_nien_han": Seniority, "co_thanh_tich_trong_khang_chien": Resistance,
}

func (o Occasion) String() string { return word(occasionWords, o) }

// MarshalText writes the words; the zero Occasion writes "".
func (o Occasion) MarshalText() ([]byte, error) { return marshal(occasionWords, o, "occasion") }

// UnmarshalText reads "thường xuyên", "chuyên đề", "đột xuất", "đối
// ngoại", "cống hiến", "niên hạn" or "kháng chiến".
func (o *Occasion) UnmarshalText(b []byte) error {
	return unmarshal(occasionWords, occasionAliases, "occasion", b, o)
}

// Education is an officer's highest level of training ("trình độ đào
// tạo"): the rows of form 0605.
type Education uint8

const (
	Elementary   Education = iota + 1 // sơ cấp
	Intermediate                      // trung cấp
	College                           // cao đẳng
	University                        // đại học
	Postgraduate                      // trên đại học: thạc sĩ, tiến sĩ
)

var educationWords = []string{"", "sơ cấp", "trung cấp", "cao đẳng", "đại học", "trên đại học"}

var educationAliases = map[string]Education{
	"cu_nhan": University, "ky_su": University, "thac_si": Postgraduate, "tien_si": Postgraduate, "sau_dai_hoc": Postgraduate,
}

func (e Education) String() string { return word(educationWords, e) }

// MarshalText writes the words; the zero Education writes "".
func (e Education) MarshalText() ([]byte, error) { return marshal(educationWords, e, "education") }

// UnmarshalText reads "sơ cấp", "trung cấp", "cao đẳng", "đại học" or
// "trên đại học" (also "thạc sĩ", "tiến sĩ").
func (e *Education) UnmarshalText(b []byte) error {
	return unmarshal(educationWords, educationAliases, "education", b, e)
}

// Sex is an officer's sex: the column "of which women" of form 0605.
type Sex uint8

const (
	Male   Sex = iota + 1 // nam
	Female                // nữ
)

var sexWords = []string{"", "nam", "nữ"}

var sexAliases = map[string]Sex{"male": Male, "female": Female}

func (s Sex) String() string { return word(sexWords, s) }

// MarshalText writes "nam" or "nữ"; the zero Sex writes "".
func (s Sex) MarshalText() ([]byte, error) { return marshal(sexWords, s, "sex") }

// UnmarshalText reads "nam" or "nữ".
func (s *Sex) UnmarshalText(b []byte) error { return unmarshal(sexWords, sexAliases, "sex", b, s) }

func word[E ~uint8](words []string, e E) string {
	if int(e) < len(words) {
		return words[e]
	}
	return fmt.Sprintf("%d", e)
}

func marshal[E ~uint8](words []string, e E, what string) ([]byte, error) {
	if int(e) >= len(words) {
		return nil, fmt.Errorf("forms: %s %d out of range", what, e)
	}
	return []byte(words[e]), nil
}

// unmarshal reads words[i] or an alias, folded by source.Key (no
// diacritics, lower case); "" is the zero value.
func unmarshal[E ~uint8](words []string, aliases map[string]E, what string, b []byte, dst *E) error {
	k := source.Key(norm.NFC.String(string(b)))
	k = strings.Join(strings.FieldsFunc(k, func(r rune) bool { return r == '_' }), "_")
	if k == "" {
		*dst = 0
		return nil
	}
	for i, w := range words {
		if i > 0 && source.Key(w) == k {
			*dst = E(i)
			return nil
		}
	}
	if e, ok := aliases[k]; ok {
		*dst = e
		return nil
	}
	return fmt.Errorf("unknown %s %s; want %s", what, source.Quote(string(b)), strings.Join(words[1:], "; "))
}
