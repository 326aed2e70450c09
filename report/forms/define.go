package forms

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
	"golang.org/x/text/unicode/norm"
)

// Version is the set of statistics forms one circular defines, with the
// reporting period they share. A version is data ([ParseVersion] reads it
// from JSON), so that a new circular is a new file, not new code.
type Version struct {
	// Circular is the circular's number: "02/2023/TT-BNV".
	Circular string `json:"circular"`
	// Title is the circular's title, as its forms cite it.
	Title string `json:"title"`
	// Schedule is the reporting period and the day reports are due.
	Schedule Schedule `json:"schedule"`
	// Caveat, when set, says that facts of the version are not verified
	// against the circular's text: it is printed under every form whose
	// Unverified is set.
	Caveat string `json:"caveat,omitempty"`
	// Awards are the awards the forms name that package awards does not
	// hold (Huân chương Độc lập, Huy chương, Giải thưởng Hồ Chí Minh, …),
	// with the level that confers them.
	Awards []Award `json:"awards,omitempty"`
	Forms  []Form  `json:"forms"`
}

// Schedule is when a form reports: the period from From of the previous
// year (or of the same year, when From comes before To in the calendar)
// to To, and the day it is due.
type Schedule struct {
	From DayMonth `json:"from"` // 01/12
	To   DayMonth `json:"to"`   // 30/11
	Due  DayMonth `json:"due"`  // 15/12
}

// DayMonth is a day of the year, written "01/12".
type DayMonth struct {
	Day   int
	Month time.Month
}

// MarshalText writes "dd/mm".
func (d DayMonth) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%02d/%02d", d.Day, int(d.Month))), nil
}

// UnmarshalText reads "dd/mm" ("1/12" too): a day that every year has.
func (d *DayMonth) UnmarshalText(b []byte) error {
	day, month, ok := strings.Cut(string(b), "/")
	dd, err1 := strconv.Atoi(day)
	mm, err2 := strconv.Atoi(month)
	if !ok || err1 != nil || err2 != nil || mm < 1 || mm > 12 || dd < 1 || dd > 31 ||
		!metrics.NewDate(2023, time.Month(mm), dd).Valid() {
		return fmt.Errorf("%s is not a day of the year written dd/mm", source.Quote(string(b)))
	}
	*d = DayMonth{Day: dd, Month: time.Month(mm)}
	return nil
}

func (d DayMonth) before(e DayMonth) bool {
	return d.Month < e.Month || d.Month == e.Month && d.Day < e.Day
}

// Period is a reporting period: the days From to To, both included.
type Period struct {
	From metrics.Date `json:"from"`
	To   metrics.Date `json:"to"`
}

// Contains reports whether d falls within the period.
func (p Period) Contains(d metrics.Date) bool {
	return !d.IsZero() && !d.Before(p.From) && !d.After(p.To)
}

// String writes "từ ngày 01/12/2024 đến ngày 30/11/2025".
func (p Period) String() string {
	return "từ ngày " + p.From.String() + " đến ngày " + p.To.String()
}

// Period returns the reporting period that ends in year: from 01/12 of
// the year before to 30/11 of year under Circular 02/2023/TT-BNV.
func (s Schedule) Period(year int) Period {
	from := year
	if !s.From.before(s.To) {
		from = year - 1
	}
	return Period{From: metrics.NewDate(from, s.From.Month, s.From.Day), To: metrics.NewDate(year, s.To.Month, s.To.Day)}
}

// DueDate returns the day the report of the period that ends in year is
// due: the first Due on or after the period's end.
func (s Schedule) DueDate(year int) metrics.Date {
	y := year
	if s.Due.before(s.To) {
		y++
	}
	return metrics.NewDate(y, s.Due.Month, s.Due.Day)
}

// Award is an award the forms name beyond the catalogue of package awards.
// In JSON its level is written in words: "cơ sở", "bộ, ngành, tỉnh" or
// "nhà nước".
type Award struct {
	ID    awards.ID
	Name  string
	Level awards.Level
}

// awardJSON is an Award in JSON; its ID is a string, since an
// awards.ID reads only the catalogue's.
type awardJSON struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Level string `json:"level"`
}

// MarshalJSON writes {"id", "name", "level"}.
func (a Award) MarshalJSON() ([]byte, error) {
	if int(a.Level) >= len(levelWords) {
		return nil, fmt.Errorf("forms: award %s: level %d out of range", a.ID, a.Level)
	}
	return json.Marshal(awardJSON{string(a.ID), a.Name, levelWords[a.Level]})
}

// UnmarshalJSON reads {"id", "name", "level"}.
func (a *Award) UnmarshalJSON(b []byte) error {
	var j awardJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return err
	}
	l, err := parseLevel(j.Level)
	if err != nil {
		return err
	}
	*a = Award{ID: awards.ID(strings.TrimSpace(j.ID)), Name: strings.TrimSpace(j.Name), Level: l}
	return nil
}

var levelWords = []string{"cơ sở", "bộ, ngành, tỉnh", "nhà nước"}

// parseLevel reads the level of an award: "cơ sở", "bộ, ngành, tỉnh"
// ("bộ, ban, ngành, tỉnh") or "nhà nước".
func parseLevel(s string) (awards.Level, error) {
	switch source.Key(s) {
	case "co_so", "cap_co_so":
		return awards.Grassroots, nil
	case "bo,_nganh,_tinh", "bo,_ban,_nganh,_tinh", "bo", "tinh", "cap_bo,_nganh,_tinh":
		return awards.Ministry, nil
	case "nha_nuoc", "cap_nha_nuoc":
		return awards.State, nil
	}
	return 0, fmt.Errorf("unknown level %s; want cơ sở, bộ, ngành, tỉnh or nhà nước", source.Quote(s))
}

// Data names the data a form counts.
type Data string

const (
	Campaigns Data = "campaigns" // emulation campaigns launched in the period (0601)
	Grants    Data = "grants"    // awards decided in the period (0602, 0603)
	Units     Data = "units"     // the organisations doing TĐKT work (0604)
	Staff     Data = "staff"     // the officers doing TĐKT work at the end of the period (0605)
)

// Form is a statistics form: its rows and columns, what each counts, and
// its arithmetic. The value of a cell is the number of subjects (campaigns,
// awards, units, officers) that match both its row and its column.
type Form struct {
	// Circular is the circular that defines the form.
	Circular string `json:"-"`
	// Code is the form's number: "0601.N/BNV-TĐKT".
	Code  string `json:"code"`
	Title string `json:"title"`
	// Unit is what a cell counts ("đơn vị tính"): "phong trào".
	Unit string `json:"unit"`
	// Data is the data the form counts.
	Data Data `json:"data"`
	// Filter chooses the subjects the form counts at all: the awards of
	// the State's level for 0602.
	Filter Match `json:"filter,omitempty"`
	// Unverified marks a form whose rows and columns are described by the
	// systems in use and not verified against the circular's annex: the
	// version's Caveat is printed under it. A ministry or province that
	// checks them corrects the file, and clears the mark.
	Unverified bool `json:"unverified,omitempty"`
	// Awards, Schedule and Caveat are those of the form's version, which
	// the form reads ([Version].Awards, Schedule and Caveat).
	Awards   []Award  `json:"-"`
	Schedule Schedule `json:"-"`
	Caveat   string   `json:"-"`
	Rows     []Line   `json:"rows"`
	Columns  []Line   `json:"columns"`
}

// Line is a row or a column of a form.
type Line struct {
	// Code is the line's code: "01" for a row, "1" for a column; empty for
	// a row that is only a heading ("Chia theo phạm vi").
	Code  string `json:"code,omitempty"`
	Label string `json:"label"`
	// Group are the headings above a column, from the top: a column of
	// "Huân chương" for "Tập thể" has Group ["Huân chương"] and Label
	// "Tập thể".
	Group []string `json:"group,omitempty"`
	// Match is what the line counts; empty for a total, which counts
	// every subject of the form.
	Match Match `json:"match,omitempty"`
	// Sums are the form's arithmetic: each list names lines whose values
	// add up to this line's (row 01 is the sum of 02 to 05, and of 06 to
	// 10; column 1 is the sum of 2, 3 and 4).
	Sums [][]string `json:"sums,omitempty"`
	// Within names the line this one is part of ("trong đó"): its value
	// is at most that line's.
	Within string `json:"within,omitempty"`
}

// Match is a set of criteria, all of which a subject must meet: the key
// names a fact of the form's data, the values the ones that match. The
// keys, by data:
//
//   - campaigns: "scope" (toàn quốc; địa phương or bộ, ngành; cụm, khối;
//     cơ quan), "method" (thường xuyên; chuyên đề), "duration" (an
//     interval of years, "[0,1)", "[1,1]", "(1,3)", "[5,)", compared with
//     the time from the first day to the day after the last), "launcher"
//     ([Launcher]);
//   - grants: "level" (cơ sở; bộ, ngành, tỉnh; nhà nước), "award" (IDs of
//     the awards catalogue or of [Version].Awards; "khác" for every award
//     of the form that no other line of the form names), "subject" (cá
//     nhân; tập thể; hộ gia đình), "enterprise" (có; không), "role"
//     ([Role]), "proposer" ([Proposer]), "occasion" ([Occasion]);
//   - units: "kind" (the words of the kinds of organisation, folded as
//     source.Key folds them);
//   - staff: "age" and "years" (intervals of whole years, at the end of the
//     period: age, and years of TĐKT work), "education" ([Education]),
//     "sex" ([Sex]).
//
// In JSON it is an object whose values are a string or a list of strings:
// {"scope": "toàn quốc"}, {"award": ["huan-chuong-sao-vang", "…"]}.
type Match map[string]Values

// Values are the values of a criterion; a single value is written as a
// string in JSON.
type Values []string

// UnmarshalJSON reads a string or an array of strings.
func (v *Values) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = Values{s}
		return nil
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return errors.New("want a string or an array of strings")
	}
	*v = list
	return nil
}

// clone returns a deep copy of v.
func (v Version) clone() Version {
	v.Awards = slices.Clone(v.Awards)
	v.Forms = slices.Clone(v.Forms)
	for i := range v.Forms {
		v.Forms[i] = v.Forms[i].clone()
	}
	return v
}

func (f Form) clone() Form {
	f.Filter = f.Filter.clone()
	f.Awards = slices.Clone(f.Awards)
	f.Rows, f.Columns = cloneLines(f.Rows), cloneLines(f.Columns)
	return f
}

func cloneLines(ls []Line) []Line {
	ls = slices.Clone(ls)
	for i := range ls {
		l := &ls[i]
		l.Group = slices.Clone(l.Group)
		l.Match = l.Match.clone()
		l.Sums = slices.Clone(l.Sums)
		for k := range l.Sums {
			l.Sums[k] = slices.Clone(l.Sums[k])
		}
	}
	return ls
}

func (m Match) clone() Match {
	if m == nil {
		return nil
	}
	out := make(Match, len(m))
	for k, v := range m {
		out[k] = slices.Clone(v)
	}
	return out
}

// Row returns the index of the row with the code, or -1.
func (f *Form) Row(code string) int { return index(f.Rows, code) }

// Column returns the index of the column with the code, or -1.
func (f *Form) Column(code string) int { return index(f.Columns, code) }

func index(ls []Line, code string) int {
	for i, l := range ls {
		if l.Code != "" && l.Code == code {
			return i
		}
	}
	return -1
}

// ShortCode returns the form's number without its suffix: "0601" for
// "0601.N/BNV-TĐKT".
func (f *Form) ShortCode() string {
	code, _, _ := strings.Cut(f.Code, ".")
	return code
}

// LoadVersion reads a version of the forms from a JSON file, as
// ParseVersion reads it. An error reading the file is the one of
// os.ReadFile.
func LoadVersion(path string) (Version, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Version{}, err
	}
	return ParseVersion(path, data)
}

// ParseVersion reads a version of the forms from JSON:
//
//	{"circular": "02/2023/TT-BNV", "title": "…",
//	 "schedule": {"from": "01/12", "to": "30/11", "due": "15/12"},
//	 "caveat": "…", "awards": [{"id": "…", "name": "…", "level": "nhà nước"}],
//	 "forms": [{"code": "0601.N/BNV-TĐKT", "title": "…", "unit": "phong trào",
//	   "data": "campaigns", "unverified": true,
//	   "columns": [{"code": "1", "label": "Tổng số", "sums": [["2", "3", "4"]]}, …],
//	   "rows": [{"code": "01", "label": "Tổng số", "sums": [["02", "03"]]},
//	            {"label": "Chia theo phạm vi"},
//	            {"code": "02", "label": "Toàn quốc", "match": {"scope": "toàn quốc"}}, …]}]}
//
// Every error is a [*source.Error] at the line and field at fault: an
// unknown field, a form without code or data, a code used twice, a
// criterion the form's data does not know or a value it cannot read, a
// sum or a "within" that names no line, a line that adds up to itself.
// Reading is linear in the size of data.
func ParseVersion(file string, data []byte) (Version, error) {
	data = norm.NFC.Bytes(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	src := source.NewFile(file, data)
	var top struct {
		Circular string          `json:"circular"`
		Title    string          `json:"title"`
		Schedule Schedule        `json:"schedule"`
		Caveat   string          `json:"caveat"`
		Awards   []Award         `json:"awards"`
		Forms    json.RawMessage `json:"forms"`
	}
	if err := src.DecodeJSON(0, "", data, &top); err != nil {
		return Version{}, err
	}
	v := Version{Circular: strings.TrimSpace(top.Circular), Title: top.Title, Schedule: top.Schedule, Caveat: top.Caveat, Awards: top.Awards}
	switch {
	case v.Circular == "":
		return Version{}, src.Errorf(keyAt(data, 0, "circular"), "circular", "missing: the number of the circular, \"02/2023/TT-BNV\"")
	case v.Schedule.From == DayMonth{} || v.Schedule.To == DayMonth{} || v.Schedule.Due == DayMonth{}:
		return Version{}, src.Errorf(keyAt(data, 0, "schedule"), "schedule", "want the days from, to and due, \"01/12\"")
	case len(top.Forms) == 0:
		return Version{}, src.Errorf(0, "forms", "missing: a version has forms")
	}
	seen := map[awards.ID]bool{}
	for i, a := range v.Awards {
		at := keyAt(data, 0, "awards")
		if _, ok := awards.Lookup(a.ID); ok || seen[a.ID] || a.ID == "" || a.ID == other {
			return Version{}, src.Errorf(at, fmt.Sprintf("awards[%d].id", i), "%s is empty, \"khác\", in the awards catalogue already or named twice", source.Quote(string(a.ID)))
		}
		seen[a.ID] = true
	}
	codes := map[string]bool{}
	base := keyAt(data, 0, "forms")
	err := src.Elements(base, "forms", "forms", top.Forms, func(i int, path string, off int64, el []byte) error {
		f, err := parseForm(src, path, off, el)
		if err != nil {
			return err
		}
		v.adopt(&f)
		if codes[f.ShortCode()] {
			return src.Errorf(off, path+".code", "form %s appears twice", f.Code)
		}
		codes[f.ShortCode()] = true
		if _, err := compile(&f); err != nil {
			return locate(src, off, path, err)
		}
		v.Forms = append(v.Forms, f)
		return nil
	})
	if err != nil {
		return Version{}, err
	}
	if len(v.Forms) == 0 {
		return Version{}, src.Errorf(base, "forms", "missing: a version has forms")
	}
	return v, nil
}

// adopt gives the form what it reads of its version.
func (v *Version) adopt(f *Form) {
	f.Circular, f.Awards, f.Schedule, f.Caveat = v.Circular, slices.Clone(v.Awards), v.Schedule, v.Caveat
}

func parseForm(src *source.File, path string, off int64, el []byte) (Form, error) {
	var fj struct {
		Form
		Rows    json.RawMessage `json:"rows"`
		Columns json.RawMessage `json:"columns"`
	}
	if err := src.DecodeJSON(off, path, el, &fj); err != nil {
		return Form{}, err
	}
	f := fj.Form
	f.Code, f.Title = strings.TrimSpace(f.Code), strings.TrimSpace(f.Title)
	switch {
	case f.Code == "":
		return Form{}, src.Errorf(off, path+".code", "missing: the form's number, \"0601.N/BNV-TĐKT\"")
	case f.Data != Campaigns && f.Data != Grants && f.Data != Units && f.Data != Staff:
		return Form{}, src.Errorf(off+keyAt(el, 0, "data"), path+".data", "%s; want campaigns, grants, units or staff", source.Quote(string(f.Data)))
	case len(fj.Rows) == 0 || len(fj.Columns) == 0:
		return Form{}, src.Errorf(off, path, "a form needs rows and columns")
	}
	for _, part := range []struct {
		key string
		raw json.RawMessage
		dst *[]Line
	}{{"rows", fj.Rows, &f.Rows}, {"columns", fj.Columns, &f.Columns}} {
		at := off + keyAt(el, 0, part.key)
		err := src.Elements(at, path+"."+part.key, part.key, part.raw, func(i int, lpath string, loff int64, lel []byte) error {
			var l Line
			if err := src.DecodeJSON(loff, lpath, lel, &l); err != nil {
				return err
			}
			l.Code, l.Label = strings.TrimSpace(l.Code), strings.TrimSpace(l.Label)
			if l.Label == "" {
				return src.Errorf(loff, lpath+".label", "missing")
			}
			*part.dst = append(*part.dst, l)
			return nil
		})
		if err != nil {
			return Form{}, err
		}
	}
	return f, nil
}

// lineError is an error of the form's definition at a line of it: the
// rows or columns, the index, the field.
type lineError struct {
	field string // "rows[3].match.scope"
	err   error
}

func (e *lineError) Error() string { return e.field + ": " + e.err.Error() }
func (e *lineError) Unwrap() error { return e.err }

// locate places an error of compile in the file: at the line of the row
// or column it names, found from the form's offset.
func locate(src *source.File, off int64, path string, err error) error {
	var le *lineError
	if !errors.As(err, &le) {
		return src.Errorf(off, path, "%v", err)
	}
	at := off
	if part, rest, ok := strings.Cut(le.field, "["); ok {
		el := src.Data[off:]
		at += keyAt(el, 0, part)
		if n, _, ok := strings.Cut(rest, "]"); ok {
			if i, err := strconv.Atoi(n); err == nil {
				at += elementAt(src.Data[at:], i)
			}
		}
	}
	return src.Errorf(at, path+"."+le.field, "%v", le.err)
}

// keyAt returns the offset of the value of key in the JSON object that
// starts at data[from:], searched at its top level; 0 when not found.
func keyAt(data []byte, from int64, key string) int64 {
	dec := json.NewDecoder(bytes.NewReader(data[from:]))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return from
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return from
		}
		k, _ := tok.(string)
		at := dec.InputOffset()
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return from
		}
		if k == key {
			return from + source.NextToken(data[from:], at)
		}
	}
	return from
}

// elementAt returns the offset of element i of the JSON array that starts
// at data; 0 when not found.
func elementAt(data []byte, i int) int64 {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return 0
	}
	for k := 0; dec.More(); k++ {
		at := dec.InputOffset()
		if k == i {
			return source.NextToken(data, at)
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return 0
		}
	}
	return 0
}
