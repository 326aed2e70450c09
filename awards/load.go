package awards

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
	"golang.org/x/text/unicode/norm"
)

// LoadFile reads records from a .json or .csv file.
func LoadFile(path string) ([]*Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return ParseJSON(path, data)
	case ".csv", ".txt":
		return ParseCSV(path, data)
	}
	return nil, fmt.Errorf("awards: %s: unknown file type; want .json or .csv", path)
}

// words folds a word for matching: NFC, lower case, single spaces.
func words(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(s)), " "))
}

// ParseRating reads a rating: the Vietnamese words or their abbreviations
// (HTXSNV, HTTNV, HTNV, KHTNV).
func ParseRating(s string) (Rating, error) {
	switch w := words(s); w {
	case "":
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
	return 0, fmt.Errorf("unknown rating %q; want HTXSNV, HTTNV, HTNV or KHTNV", s)
}

// ParseSubjectKind reads "cá nhân", "tập thể" or "hộ gia đình".
func ParseSubjectKind(s string) (SubjectKind, error) {
	switch words(s) {
	case "", "cá nhân", "ca nhan", "individual":
		return Individual, nil
	case "tập thể", "tap the", "collective":
		return Collective, nil
	case "hộ gia đình", "ho gia dinh", "gia đình", "household":
		return Household, nil
	}
	return 0, fmt.Errorf("unknown kind of subject %q; want cá nhân, tập thể or hộ gia đình", s)
}

// ParseCategory reads the group of an individual.
func ParseCategory(s string) (Category, error) {
	switch words(s) {
	case "", "cbccvc", "cán bộ, công chức, viên chức", "công chức", "viên chức", "người lao động":
		return CivilServant, nil
	case "công nhân", "nông dân", "công nhân, nông dân, người lao động", "lao động trực tiếp":
		return Worker, nil
	case "lực lượng vũ trang", "llvt", "quân đội", "công an", "quân nhân":
		return ArmedForces, nil
	}
	return 0, fmt.Errorf("unknown category %q; want CBCCVC, công nhân or lực lượng vũ trang", s)
}

// ParseScope reads the scope of an initiative.
func ParseScope(s string) (Scope, error) {
	switch words(s) {
	case "", "cơ sở", "cấp cơ sở", "co so":
		return ScopeGrassroots, nil
	case "bộ", "tỉnh", "bộ, tỉnh", "bộ, ban, ngành, tỉnh", "cấp tỉnh", "cấp bộ", "tinh":
		return ScopeMinistry, nil
	case "toàn quốc", "toan quoc", "quốc gia":
		return ScopeNational, nil
	}
	return 0, fmt.Errorf("unknown scope %q; want cơ sở, tỉnh or toàn quốc", s)
}

// ParseInitiativeKind reads "sáng kiến", "đề tài" or "mưu trí".
func ParseInitiativeKind(s string) (InitiativeKind, error) {
	switch w := words(s); {
	case w == "" || w == "sáng kiến" || w == "sang kien":
		return Initiative, nil
	case strings.HasPrefix(w, "đề tài") || strings.HasPrefix(w, "đề án") || strings.HasPrefix(w, "công trình"):
		return ScienceProject, nil
	case strings.HasPrefix(w, "mưu trí"):
		return CombatIngenuity, nil
	}
	return 0, fmt.Errorf("unknown kind of initiative %q; want sáng kiến, đề tài or mưu trí", s)
}

// ParseDisciplineForm reads a form of discipline.
func ParseDisciplineForm(s string) (DisciplineForm, error) {
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
	return 0, fmt.Errorf("unknown form of discipline %q; want khiển trách, cảnh cáo, giáng chức, cách chức or buộc thôi việc", s)
}

// ParseAbsenceKind reads the reason of an absence.
func ParseAbsenceKind(s string) (AbsenceKind, error) {
	switch w := words(s); {
	case strings.Contains(w, "thai sản"):
		return Maternity, nil
	case strings.Contains(w, "điều trị") || strings.Contains(w, "điều dưỡng"):
		return Treatment, nil
	case strings.Contains(w, "học") || strings.Contains(w, "đào tạo") || strings.Contains(w, "bồi dưỡng"):
		return Training, nil
	}
	return 0, fmt.Errorf("unknown absence %q; want thai sản, điều trị or đào tạo", s)
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
// "BK tỉnh", "BK TTg", "HCLĐ3") or the award's name.
func ParseAward(s string) (ID, error) {
	w := words(s)
	if id, ok := awardAliases[w]; ok {
		return id, nil
	}
	for _, a := range catalogue {
		if string(a.ID) == w || words(a.Name) == w {
			return a.ID, nil
		}
	}
	return "", fmt.Errorf("unknown title or form %q; want an ID such as %q or an abbreviation such as LĐTT, CSTĐCS, BK tỉnh", s, LaoDongTienTien)
}

func tri(b *bool) Tri {
	switch {
	case b == nil:
		return Unknown
	case *b:
		return Yes
	}
	return No
}

// The JSON form of records; see ParseJSON.
type (
	fileJSON struct {
		Records json.RawMessage `json:"records"`
	}
	recordJSON struct {
		ID          string           `json:"id"`
		Name        string           `json:"name"`
		Kind        string           `json:"kind"`
		Category    string           `json:"category"`
		Unit        string           `json:"unit"`
		Recruited   string           `json:"recruited"`
		Years       []yearJSON       `json:"years"`
		Honours     []honourJSON     `json:"honours"`
		Initiatives []initiativeJSON `json:"initiatives"`
		Discipline  []periodJSON     `json:"discipline"`
		Proceedings []periodJSON     `json:"proceedings"`
		Absences    []periodJSON     `json:"absences"`
		Claims      []claimJSON      `json:"claims"`
	}
	yearJSON struct {
		Year       int          `json:"year"`
		Rating     string       `json:"rating"`
		Registered *bool        `json:"registered"`
		Active     *bool        `json:"active"`
		Solidarity *bool        `json:"solidarity"`
		Members    *membersJSON `json:"members"`
		BlocRank   int          `json:"bloc_rank"`
	}
	membersJSON struct {
		Total             int `json:"total"`
		Completed         int `json:"completed"`
		LDTT              int `json:"ldtt"`
		CSTDCS            int `json:"cstdcs"`
		Disciplined       int `json:"disciplined"`
		DisciplinedWarned int `json:"disciplined_warning"`
	}
	honourJSON struct {
		Award       string        `json:"award"`
		Year        int           `json:"year"`
		FromYear    int           `json:"from_year"`
		Decision    *decisionJSON `json:"decision"`
		Achievement string        `json:"achievement"`
	}
	decisionJSON struct {
		Number  string `json:"number"`
		Date    string `json:"date"`
		Grantor string `json:"grantor"`
		Body    string `json:"body"`
		Fund    string `json:"fund"`
	}
	initiativeJSON struct {
		Kind  string `json:"kind"`
		Scope string `json:"scope"`
		Year  int    `json:"year"`
		Title string `json:"title"`
	}
	periodJSON struct {
		Form       string `json:"form"`
		Kind       string `json:"kind"`
		What       string `json:"what"`
		From       string `json:"from"`
		To         string `json:"to"`
		GoodResult *bool  `json:"good_result"`
	}
	claimJSON struct {
		Award string `json:"award"`
		Point string `json:"point"`
		Year  int    `json:"year"`
		Text  string `json:"text"`
	}
)

// ParseJSON reads records from JSON: {"records": [ … ]} or a bare array.
// Each record is an object with the fields id, name, kind ("cá nhân",
// "tập thể", "hộ gia đình"), category, unit, recruited (a date), years
// (year, rating, registered, active, solidarity, members, bloc_rank),
// honours (award, year, from_year, decision {number, date, grantor, body,
// fund}, achievement), initiatives (kind, scope, year, title), discipline
// (form, from, to), proceedings (what, from, to), absences (kind, from, to,
// good_result) and claims (award, point, year, text). Unknown fields are
// errors. Errors are [*source.Error]s naming the line and the field.
func ParseJSON(file string, data []byte) ([]*Record, error) {
	data = norm.NFC.Bytes(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))) // all text in NFC; lines do not move
	src := source.NewFile(file, data)
	body := data
	base := int64(0)
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		var f fileJSON
		if err := src.DecodeJSON(0, "", data, &f); err != nil {
			return nil, err
		}
		if f.Records == nil {
			return nil, source.Errorf(file, 1, "records", "missing; want {\"records\": [ … ]}")
		}
		body = f.Records
		base = int64(bytes.Index(data, f.Records))
	}
	d := json.NewDecoder(bytes.NewReader(body))
	tok, err := d.Token()
	if err != nil {
		return nil, src.JSONError(base, "", err)
	}
	if tok != json.Delim('[') {
		return nil, src.Errorf(base, "records", "want an array of records")
	}
	var out []*Record
	lines := map[string]int{}
	for d.More() {
		var raw json.RawMessage
		if err := d.Decode(&raw); err != nil {
			return nil, src.JSONError(base+d.InputOffset(), "", err)
		}
		start := base + d.InputOffset() - int64(len(raw))
		var rj recordJSON
		if err := src.DecodeJSON(start, "", raw, &rj); err != nil {
			return nil, err
		}
		line := src.Line(start)
		lines[rj.ID] = line
		r, err := rj.record(file, line)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := checkIDs(file, out, lines); err != nil {
		return nil, err
	}
	return out, nil
}

func (rj *recordJSON) record(file string, line int) (*Record, error) {
	fail := func(field string, err error) error {
		return &source.Error{File: file, Line: line, Field: field, Err: fmt.Errorf("record %q: %w", rj.ID, err)}
	}
	date := func(field, s string) (metrics.Date, error) {
		if s == "" {
			return metrics.Date{}, nil
		}
		d, err := metrics.ParseDate(s)
		if err != nil {
			return d, fail(field, fmt.Errorf("%q is not a date (dd/mm/yyyy or yyyy-mm-dd)", s))
		}
		return d, nil
	}
	r := &Record{ID: strings.TrimSpace(rj.ID), Name: norm.NFC.String(strings.TrimSpace(rj.Name)), Unit: rj.Unit}
	if r.ID == "" {
		return nil, fail("id", errors.New("missing id: records are keyed by a stable identifier"))
	}
	var err error
	if r.Kind, err = ParseSubjectKind(rj.Kind); err != nil {
		return nil, fail("kind", err)
	}
	if r.Category, err = ParseCategory(rj.Category); err != nil {
		return nil, fail("category", err)
	}
	if r.Recruited, err = date("recruited", rj.Recruited); err != nil {
		return nil, err
	}
	for i, y := range rj.Years {
		f := fmt.Sprintf("years[%d]", i)
		if y.Year < 1900 || y.Year > 2200 {
			return nil, fail(f+".year", fmt.Errorf("year %d out of range", y.Year))
		}
		rt, err := ParseRating(y.Rating)
		if err != nil {
			return nil, fail(f+".rating", err)
		}
		yr := Year{Year: y.Year, Rating: rt, Registered: tri(y.Registered), Active: tri(y.Active), Solidarity: tri(y.Solidarity), BlocRank: y.BlocRank}
		if m := y.Members; m != nil {
			yr.Members = &Members{Total: m.Total, Completed: m.Completed, LDTT: m.LDTT, CSTDCS: m.CSTDCS, Disciplined: [2]int{m.Disciplined, m.DisciplinedWarned}}
		}
		r.Years = append(r.Years, yr)
	}
	for i, h := range rj.Honours {
		f := fmt.Sprintf("honours[%d]", i)
		id, err := ParseAward(h.Award)
		if err != nil {
			return nil, fail(f+".award", err)
		}
		ho := Honour{Award: id, Year: h.Year, FromYear: h.FromYear, Achievement: h.Achievement}
		if d := h.Decision; d != nil {
			ho.Decision = Decision{Number: d.Number, Grantor: d.Grantor, Body: d.Body, Fund: d.Fund}
			if ho.Decision.Date, err = date(f+".decision.date", d.Date); err != nil {
				return nil, err
			}
		}
		r.Honours = append(r.Honours, ho)
	}
	for i, it := range rj.Initiatives {
		f := fmt.Sprintf("initiatives[%d]", i)
		k, err := ParseInitiativeKind(it.Kind)
		if err != nil {
			return nil, fail(f+".kind", err)
		}
		s, err := ParseScope(it.Scope)
		if err != nil {
			return nil, fail(f+".scope", err)
		}
		r.Initiatives = append(r.Initiatives, InitiativeRecord{Kind: k, Scope: s, Year: it.Year, Title: it.Title})
	}
	for i, p := range rj.Discipline {
		f := fmt.Sprintf("discipline[%d]", i)
		form, err := ParseDisciplineForm(p.Form)
		if err != nil {
			return nil, fail(f+".form", err)
		}
		d := Discipline{Form: form}
		if d.From, err = date(f+".from", p.From); err != nil {
			return nil, err
		}
		if d.To, err = date(f+".to", p.To); err != nil {
			return nil, err
		}
		r.Discipline = append(r.Discipline, d)
	}
	for i, p := range rj.Proceedings {
		f := fmt.Sprintf("proceedings[%d]", i)
		pr := Proceeding{What: p.What}
		if pr.From, err = date(f+".from", p.From); err != nil {
			return nil, err
		}
		if pr.To, err = date(f+".to", p.To); err != nil {
			return nil, err
		}
		r.Proceedings = append(r.Proceedings, pr)
	}
	for i, p := range rj.Absences {
		f := fmt.Sprintf("absences[%d]", i)
		k, err := ParseAbsenceKind(p.Kind)
		if err != nil {
			return nil, fail(f+".kind", err)
		}
		a := Absence{Kind: k, GoodResult: tri(p.GoodResult)}
		if a.From, err = date(f+".from", p.From); err != nil {
			return nil, err
		}
		if a.To, err = date(f+".to", p.To); err != nil {
			return nil, err
		}
		r.Absences = append(r.Absences, a)
	}
	for i, c := range rj.Claims {
		id, err := ParseAward(c.Award)
		if err != nil {
			return nil, fail(fmt.Sprintf("claims[%d].award", i), err)
		}
		r.Claims = append(r.Claims, Claim{Award: id, Point: c.Point, Year: c.Year, Text: c.Text})
	}
	if err := r.Validate(); err != nil {
		return nil, &source.Error{File: file, Line: line, Err: err}
	}
	return r, nil
}

// checkIDs refuses a repeated ID.
func checkIDs(file string, rs []*Record, lines map[string]int) error {
	seen := make(map[string]bool, len(rs))
	for _, r := range rs {
		if seen[r.ID] {
			return &source.Error{File: file, Line: lines[r.ID], Field: "id", Err: fmt.Errorf("duplicate id %q", r.ID)}
		}
		seen[r.ID] = true
	}
	return nil
}

// The columns of the CSV dialect, as source.Key folds the header names.
var csvColumns = []string{
	"ma", "ho_ten", "ten", "doi_tuong", "nhom", "don_vi", "ngay_tuyen_dung",
	"nam", "xep_loai", "dang_ky", "tich_cuc", "doan_ket", "danh_hieu",
	"sang_kien_co_so", "sang_kien_tinh", "sang_kien_toan_quoc", "de_tai",
	"ky_luat", "ky_luat_tu", "ky_luat_den", "dang_xem_xet_tu",
	"nghi", "nghi_tu", "nghi_den", "ket_qua_hoc_tap",
	"so_thanh_vien", "so_hoan_thanh", "so_ldtt", "so_cstdcs", "so_ky_luat", "so_ky_luat_canh_cao", "xep_hang_khoi",
}

// ParseCSV reads records from the tdkt CSV dialect: one line per subject
// and year, which is how TĐKT officers keep their spreadsheets. Lines of
// the same "Mã" build one record. The file may be UTF-8 (with or without a
// byte order mark) or Windows-1258, with "," or ";" between fields; dates are
// dd/mm/yyyy. Columns (diacritics in headers are optional):
//
//	Mã                 stable identifier (required)
//	Họ tên / Tên       name
//	Đối tượng          cá nhân (default), tập thể, hộ gia đình
//	Nhóm               CBCCVC (default), công nhân, lực lượng vũ trang
//	Đơn vị             the unit's Mã
//	Ngày tuyển dụng    dd/mm/yyyy
//	Năm                the year (required)
//	Xếp loại           HTXSNV, HTTNV, HTNV, KHTNV
//	Đăng ký, Tích cực, Đoàn kết    x / có / không
//	Danh hiệu          titles and forms received for the year: "LĐTT|CSTĐCS"
//	Sáng kiến cơ sở, Sáng kiến tỉnh, Sáng kiến toàn quốc, Đề tài   counts recognised that year
//	Kỷ luật, Kỷ luật từ, Kỷ luật đến   form and period of a discipline
//	Đang xem xét từ    start of a pending review or investigation
//	Nghỉ, Nghỉ từ, Nghỉ đến, Kết quả học tập   a long absence (thai sản, điều trị, đào tạo) and, for training, x if the result is khá or better
//	Số thành viên, Số hoàn thành, Số LĐTT, Số CSTĐCS, Số kỷ luật, Số kỷ luật cảnh cáo, Xếp hạng khối   collectives
func ParseCSV(file string, data []byte) ([]*Record, error) {
	rd, err := source.NewReader(file, data, csvColumns)
	if err != nil {
		return nil, err
	}
	for _, need := range []string{"ma", "nam"} {
		if !rd.Has(need) {
			return nil, source.Errorf(file, 1, need, "missing column")
		}
	}
	byID := map[string]*Record{}
	lines := map[string]int{}
	var order []*Record
	for {
		row, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if err := csvRow(row, byID, lines, &order); err != nil {
			return nil, err
		}
	}
	for _, r := range order {
		if err := r.Validate(); err != nil {
			return nil, &source.Error{File: file, Line: lines[r.ID], Err: err}
		}
	}
	return order, nil
}

func csvRow(row *source.Row, byID map[string]*Record, lines map[string]int, order *[]*Record) error {
	id := row.Get("ma")
	if id == "" {
		return row.Errorf("ma", "missing: every line needs the subject's identifier")
	}
	name := row.Get("ho_ten")
	if name == "" {
		name = row.Get("ten")
	}
	kind, err := ParseSubjectKind(row.Get("doi_tuong"))
	if err != nil {
		return row.Errorf("doi_tuong", "%v", err)
	}
	cat, err := ParseCategory(row.Get("nhom"))
	if err != nil {
		return row.Errorf("nhom", "%v", err)
	}
	recruited, err := row.Date("ngay_tuyen_dung")
	if err != nil {
		return err
	}
	r := byID[id]
	if r == nil {
		r = &Record{ID: id, Name: name, Kind: kind, Category: cat, Unit: row.Get("don_vi"), Recruited: recruited}
		byID[id] = r
		lines[id] = row.Line
		*order = append(*order, r)
	} else {
		switch {
		case name != "" && r.Name != "" && name != r.Name:
			return row.Errorf("ho_ten", "%q differs from %q on line %d for the same Mã %s", name, r.Name, lines[id], id)
		case kind != r.Kind:
			return row.Errorf("doi_tuong", "%s differs from %s on line %d for the same Mã %s", kind, r.Kind, lines[id], id)
		case !recruited.IsZero() && !r.Recruited.IsZero() && recruited != r.Recruited:
			return row.Errorf("ngay_tuyen_dung", "%s differs from %s on line %d for the same Mã %s", recruited, r.Recruited, lines[id], id)
		}
		if r.Name == "" {
			r.Name = name
		}
		if r.Recruited.IsZero() {
			r.Recruited = recruited
		}
	}
	year, err := row.Int("nam")
	if err != nil {
		return err
	}
	if year < 1900 || year > 2200 {
		return row.Errorf("nam", "%q is not a year", row.Get("nam"))
	}
	if r.Year(year) != nil {
		return row.Errorf("nam", "year %d of %s appears twice (first on an earlier line)", year, id)
	}
	rating, err := ParseRating(row.Get("xep_loai"))
	if err != nil {
		return row.Errorf("xep_loai", "%v", err)
	}
	y := Year{Year: year, Rating: rating}
	for _, f := range []struct {
		col string
		dst *Tri
	}{{"dang_ky", &y.Registered}, {"tich_cuc", &y.Active}, {"doan_ket", &y.Solidarity}} {
		v, set, err := row.Bool(f.col)
		if err != nil {
			return err
		}
		if set {
			*f.dst = No
			if v {
				*f.dst = Yes
			}
		}
	}
	if y.BlocRank, err = row.Int("xep_hang_khoi"); err != nil {
		return err
	}
	if row.Get("so_thanh_vien") != "" {
		m := &Members{}
		for _, f := range []struct {
			col string
			dst *int
		}{{"so_thanh_vien", &m.Total}, {"so_hoan_thanh", &m.Completed}, {"so_ldtt", &m.LDTT}, {"so_cstdcs", &m.CSTDCS}, {"so_ky_luat", &m.Disciplined[0]}, {"so_ky_luat_canh_cao", &m.Disciplined[1]}} {
			if *f.dst, err = row.Int(f.col); err != nil {
				return err
			}
		}
		y.Members = m
	}
	r.Years = append(r.Years, y)
	for _, a := range row.List("danh_hieu") {
		award, err := ParseAward(a)
		if err != nil {
			return row.Errorf("danh_hieu", "%v", err)
		}
		h := Honour{Award: award, Year: year}
		if award == CSTDBoTinh {
			h.FromYear = year - 2 // the title covers three years
		}
		r.Honours = append(r.Honours, h)
	}
	for _, c := range []struct {
		col   string
		kind  InitiativeKind
		scope Scope
	}{{"sang_kien_co_so", Initiative, ScopeGrassroots}, {"sang_kien_tinh", Initiative, ScopeMinistry}, {"sang_kien_toan_quoc", Initiative, ScopeNational}, {"de_tai", ScienceProject, ScopeGrassroots}} {
		n, err := row.Int(c.col)
		if err != nil {
			return err
		}
		if n < 0 || n > 100 {
			return row.Errorf(c.col, "%d initiatives in one year is not plausible", n)
		}
		for i := 0; i < n; i++ {
			r.Initiatives = append(r.Initiatives, InitiativeRecord{Kind: c.kind, Scope: c.scope, Year: year})
		}
	}
	if s := row.Get("ky_luat"); s != "" {
		form, err := ParseDisciplineForm(s)
		if err != nil {
			return row.Errorf("ky_luat", "%v", err)
		}
		d := Discipline{Form: form}
		if d.From, err = row.Date("ky_luat_tu"); err != nil {
			return err
		}
		if d.To, err = row.Date("ky_luat_den"); err != nil {
			return err
		}
		if d.From.IsZero() {
			return row.Errorf("ky_luat_tu", "missing: a discipline needs its start date")
		}
		r.Discipline = append(r.Discipline, d)
	}
	if s := row.Get("nghi"); s != "" {
		kind, err := ParseAbsenceKind(s)
		if err != nil {
			return row.Errorf("nghi", "%v", err)
		}
		a := Absence{Kind: kind}
		if a.From, err = row.Date("nghi_tu"); err != nil {
			return err
		}
		if a.To, err = row.Date("nghi_den"); err != nil {
			return err
		}
		if a.From.IsZero() || a.To.IsZero() {
			return row.Errorf("nghi_tu", "an absence needs its first and last days")
		}
		good, set, err := row.Bool("ket_qua_hoc_tap")
		if err != nil {
			return err
		}
		if set {
			a.GoodResult = No
			if good {
				a.GoodResult = Yes
			}
		}
		r.Absences = append(r.Absences, a)
	}
	if from, err := row.Date("dang_xem_xet_tu"); err != nil {
		return err
	} else if !from.IsZero() {
		r.Proceedings = append(r.Proceedings, Proceeding{What: "xem xét kỷ luật, thanh tra, điều tra", From: from})
	}
	return nil
}
