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

	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/internal/quickjson"
	"github.com/tdkt-vn/tdkt/source"
)

// LoadFile reads records from a .json or .csv file. An error reading the
// file is the one of os.ReadFile; every other error is a [*source.Error].
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
	return nil, &source.Error{File: path, Err: errors.New("unknown file type; want .json or .csv")}
}

// ParseJSON reads records from JSON: {"records": [ … ]} or a bare array of
// [Record] in its JSON form: the fields id, name, kind ("cá nhân",
// "tập thể", "hộ gia đình"; absent is cá nhân), category, unit, recruited
// (a date), years (year, rating, registered, active, solidarity, members
// {total, completed, ldtt, cstdcs, disciplined, disciplined_warning},
// bloc_rank), honours (award, year, from_year, decision {number, date,
// grantor, body, fund}, achievement), initiatives (kind, scope, year,
// title), discipline (form, from, to), proceedings (what, from, to),
// absences (kind, from, to, good_result) and claims (award, point, year,
// text). Enums take the words their Parse functions read, dates
// dd/mm/yyyy or yyyy-mm-dd, assessments true, false or null. What
// json.Marshal writes of a Record, ParseJSON reads back equal.
//
// Each record is decoded on its own, so that an error names its line and
// field; unknown fields are errors, and so is a record that does not
// validate ([Record.Validate]). Errors are *[source.Error] values. Loading is
// linear in the size of data.
func ParseJSON(file string, data []byte) ([]*Record, error) {
	data = nfc.Bytes(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))) // all text in NFC; lines do not move
	src := source.NewFile(file, data)
	if rs, ok, err := quickRecords(src); ok {
		return rs, err
	}
	return readRecords(src)
}

// readRecords reads the records of src carefully: each record as a whole,
// then decoded where it stands, so that an error names its line and field.
func readRecords(src *source.File) ([]*Record, error) {
	data := src.Data
	d := json.NewDecoder(bytes.NewReader(data))
	tok, err := d.Token()
	if err != nil {
		return nil, src.JSONError(0, "", err)
	}
	l := jsonLoader{src: src, d: d, lines: map[string]int{}}
	switch tok {
	case json.Delim('['):
		err = l.records("")
	case json.Delim('{'):
		found := false
		for d.More() && err == nil {
			at := source.NextToken(data, d.InputOffset())
			tok, err = d.Token()
			if err != nil {
				return nil, src.JSONError(0, "", err)
			}
			key, _ := tok.(string)
			switch {
			case key != "records":
				return nil, src.Errorf(at, key, "unknown field; want {\"records\": [ … ]}")
			case found:
				return nil, src.Errorf(at, key, "appears twice")
			}
			found = true
			at = source.NextToken(data, d.InputOffset())
			if tok, err = d.Token(); err != nil {
				return nil, src.JSONError(0, "records", err)
			}
			if tok != json.Delim('[') {
				return nil, src.Errorf(at, "records", "want an array of records")
			}
			err = l.records("records")
		}
		if err == nil {
			if _, err = d.Token(); err != nil { // the closing brace
				return nil, src.JSONError(0, "", err)
			}
			if !found {
				return nil, src.Errorf(0, "records", "missing; want {\"records\": [ … ]}")
			}
		}
	default:
		return nil, src.Errorf(0, "", "want an array of records or {\"records\": [ … ]}")
	}
	if err != nil {
		return nil, err
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, src.Errorf(source.NextToken(data, d.InputOffset()), "", "unexpected data after the records")
	}
	return l.out, nil
}

type jsonLoader struct {
	src   *source.File
	d     *json.Decoder
	out   []*Record
	lines map[string]int // the line of each record's ID
}

// quickRecords reads the records of src with package quickjson, each
// decoded once. It reports false, for the careful reading, when the JSON is
// at fault or is not written plainly (an object with a key other than
// "records", or with an escape); a record that does not validate is the
// error the careful reading gives too, since the records before it read
// the same.
func quickRecords(src *source.File) (rs []*Record, ok bool, err error) {
	raw, base := src.Data, 0
	if at := source.NextToken(raw, 0); at < int64(len(raw)) && raw[at] == '{' {
		ms, err := quickjson.Members(raw)
		if err != nil || len(ms) != 1 || ms[0].Key != "records" {
			return nil, false, nil
		}
		raw, base = ms[0].Bytes, ms[0].Off
	}
	a, err := quickjson.NewArray(raw)
	if err != nil {
		return nil, false, nil
	}
	l := jsonLoader{src: src, lines: map[string]int{}}
	for a.More() {
		r := &Record{Kind: Individual} // an absent kind is cá nhân, as "" is
		at, _, err := a.Decode(r)
		if err != nil {
			return nil, false, nil
		}
		if err := l.add(r, int64(base+at)); err != nil {
			return nil, true, err
		}
	}
	if a.End() != nil {
		return nil, false, nil
	}
	return l.out, true, nil
}

// records reads the records of an array whose "[" was read, and its "]";
// field is the array's key, "" for a bare array. Each record is read as a
// whole and then decoded where it stands, so that an error names its line
// and field.
func (l *jsonLoader) records(field string) error {
	for i := 0; l.d.More(); i++ {
		var raw json.RawMessage
		if err := l.d.Decode(&raw); err != nil {
			return l.src.JSONError(0, "", err)
		}
		start := l.d.InputOffset() - int64(len(raw))
		r := &Record{Kind: Individual} // an absent kind is cá nhân, as "" is
		if err := l.src.DecodeJSON(start, fmt.Sprintf("%s[%d]", field, i), raw, r); err != nil {
			return err
		}
		if err := l.add(r, start); err != nil {
			return err
		}
	}
	if _, err := l.d.Token(); err != nil { // the closing bracket
		return l.src.JSONError(0, "", err)
	}
	return nil
}

// add normalises and validates r, decoded at offset start of the file,
// and adds it: its ID must be new.
func (l *jsonLoader) add(r *Record, start int64) error {
	r.normalize()
	line := l.src.Line(start)
	if field, err := r.validate(); err != nil {
		if r.ID != "" {
			err = fmt.Errorf("record %s: %w", source.Quote(r.ID), err)
		}
		return &source.Error{File: l.src.Name, Line: line, Field: field, Err: err}
	}
	if first, dup := l.lines[r.ID]; dup {
		return &source.Error{File: l.src.Name, Line: line, Field: "id", Err: fmt.Errorf("duplicate id %s (first on line %d)", source.Quote(r.ID), first)}
	}
	l.lines[r.ID] = line
	l.out = append(l.out, r)
	return nil
}

// normalize trims the ID and the name and drops empty lists, so that
// records equal in meaning are equal in value whatever file they come from.
func (r *Record) normalize() {
	r.ID = strings.TrimSpace(r.ID)
	r.Name = nfc.String(strings.TrimSpace(r.Name))
	r.Unit = strings.TrimSpace(r.Unit)
	if len(r.Years) == 0 {
		r.Years = nil
	}
	if len(r.Honours) == 0 {
		r.Honours = nil
	}
	if len(r.Initiatives) == 0 {
		r.Initiatives = nil
	}
	if len(r.Discipline) == 0 {
		r.Discipline = nil
	}
	if len(r.Proceedings) == 0 {
		r.Proceedings = nil
	}
	if len(r.Absences) == 0 {
		r.Absences = nil
	}
	if len(r.Claims) == 0 {
		r.Claims = nil
	}
	if len(r.Movements) == 0 {
		r.Movements = nil
	}
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
//
// The records are those [ParseJSON] reads from the same facts, equal
// field by field: the CSV dialect infers nothing that the catalogue does
// not say for both (the three years a CSTĐ Bộ/tỉnh covers are its
// [Award].Span). Errors are *[source.Error] values; loading is linear in the
// size of data.
func ParseCSV(file string, data []byte) ([]*Record, error) {
	rd, err := source.NewReader(file, data, csvColumns)
	if err != nil {
		return nil, err
	}
	if err := rd.Require("ma", "nam"); err != nil {
		return nil, err
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
		if _, err := r.validate(); err != nil {
			return nil, &source.Error{File: file, Line: lines[r.ID], Err: fmt.Errorf("record %s: %w", source.Quote(r.ID), err)}
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
	kind, err := parseSubjectKind(row.Get("doi_tuong"))
	if err != nil {
		return row.Errorf("doi_tuong", "%w", err)
	}
	cat, err := parseCategory(row.Get("nhom"))
	if err != nil {
		return row.Errorf("nhom", "%w", err)
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
			return row.Errorf("ho_ten", "%s differs from %s on line %d for the same Mã %s", source.Quote(name), source.Quote(r.Name), lines[id], source.Quote(id))
		case kind != r.Kind:
			return row.Errorf("doi_tuong", "%s differs from %s on line %d for the same Mã %s", kind, r.Kind, lines[id], source.Quote(id))
		case !recruited.IsZero() && !r.Recruited.IsZero() && recruited != r.Recruited:
			return row.Errorf("ngay_tuyen_dung", "%s differs from %s on line %d for the same Mã %s", recruited, r.Recruited, lines[id], source.Quote(id))
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
	if year < minYear || year > maxYear {
		return row.Errorf("nam", "%s is not a year of %d–%d", source.Quote(row.Get("nam")), minYear, maxYear)
	}
	if r.Year(year) != nil {
		return row.Errorf("nam", "year %d of %s appears twice (first on an earlier line)", year, source.Quote(id))
	}
	rating, err := parseRating(row.Get("xep_loai"))
	if err != nil {
		return row.Errorf("xep_loai", "%w", err)
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
	if y.BlocRank, err = count(row, "xep_hang_khoi"); err != nil {
		return err
	}
	if row.Get("so_thanh_vien") != "" {
		m := &Members{}
		for _, f := range []struct {
			col string
			dst *int
		}{{"so_thanh_vien", &m.Total}, {"so_hoan_thanh", &m.Completed}, {"so_ldtt", &m.LDTT}, {"so_cstdcs", &m.CSTDCS}, {"so_ky_luat", &m.Disciplined}, {"so_ky_luat_canh_cao", &m.Warned}} {
			if *f.dst, err = count(row, f.col); err != nil {
				return err
			}
		}
		y.Members = m
	}
	r.Years = append(r.Years, y)
	for _, a := range row.List("danh_hieu") {
		award, err := parseAward(a)
		if err != nil {
			return row.Errorf("danh_hieu", "%w", err)
		}
		r.Honours = append(r.Honours, Honour{Award: award, Year: year})
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
			return row.Errorf(c.col, "%d initiatives in one year is not plausible; want 0–100", n)
		}
		for i := 0; i < n; i++ {
			r.Initiatives = append(r.Initiatives, InitiativeRecord{Kind: c.kind, Scope: c.scope, Year: year})
		}
	}
	if s := row.Get("ky_luat"); s != "" {
		form, err := parseDisciplineForm(s)
		if err != nil {
			return row.Errorf("ky_luat", "%w", err)
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
		kind, err := parseAbsenceKind(s)
		if err != nil {
			return row.Errorf("nghi", "%w", err)
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

// count reads a count of members (or a rank): a whole number from 0 to
// [MaxMembers], so that no sum or product of counts overflows.
func count(row *source.Row, col string) (int, error) {
	n, err := row.Int(col)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > MaxMembers {
		return 0, row.Errorf(col, "%d is out of range 0–%d", n, MaxMembers)
	}
	return n, nil
}
