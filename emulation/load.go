package emulation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/internal/quickjson"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// lists maps the JSON keys of Data's lists to the kind of entity they hold
// (as ValidationError.Kind names it).
var lists = map[string]string{
	"organisations": "organisation", "people": "person", "blocs": "bloc", "campaigns": "campaign",
	"registrations": "registration", "pacts": "pact", "scorecards": "scorecard", "score_sheets": "scoresheet", "results": "result",
}

// ParseJSON reads a season's data from JSON: an object with the lists
// "hierarchy" {"levels": […]}, "organisations", "people", "blocs",
// "campaigns", "registrations", "pacts", "scorecards", "score_sheets" and
// "results" (see the json tags of the types). Unknown fields are errors.
// The data are checked as [New] checks them; every error is a *source.Error
// naming the file, the line of the entity at fault and the field (joined
// with errors.Join when there are several). Loading takes time linear in
// the size of the data.
func ParseJSON(file string, data []byte) (*Season, error) {
	data = nfc.Bytes(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))) // all text in NFC; lines do not move
	src := source.NewFile(file, data)
	d, lines, ok := quickData(src)
	if !ok {
		var err error
		if d, lines, err = readData(src); err != nil {
			return nil, err
		}
	}
	s, err := newSeason(*d) // d is fresh: no copy needed
	if err != nil {
		return nil, locate(file, err, lines)
	}
	return s, nil
}

// quickData reads the data of src with package quickjson, each element
// decoded once: what readData reads, when the JSON is good and its keys
// are written plainly; false otherwise, for readData to say what is wrong.
func quickData(src *source.File) (*Data, map[string][]int, bool) {
	ms, err := quickjson.Members(src.Data)
	if err != nil {
		return nil, nil, false
	}
	d := new(Data)
	lines := map[string][]int{} // kind → line of each element
	for _, m := range ms {
		kind, isList := lists[m.Key]
		switch {
		case m.Key == "hierarchy":
			err = quickjson.Decode(m.Bytes, &d.Hierarchy)
		case isList:
			lines[kind], err = quickList(src, m, d)
		default:
			return nil, nil, false
		}
		if err != nil {
			return nil, nil, false
		}
	}
	return d, lines, true
}

// quickList appends the elements of the list m to d and returns the line
// of each.
func quickList(src *source.File, m quickjson.Member, d *Data) ([]int, error) {
	a, err := quickjson.NewArray(m.Bytes)
	if err != nil {
		return nil, err
	}
	var lines []int
	for a.More() {
		var at int
		switch m.Key {
		case "organisations":
			at, err = quickAppend(a, &d.Organisations)
		case "people":
			at, err = quickAppend(a, &d.People)
		case "blocs":
			at, err = quickAppend(a, &d.Blocs)
		case "campaigns":
			at, err = quickAppend(a, &d.Campaigns)
		case "registrations":
			at, err = quickAppend(a, &d.Registrations)
		case "pacts":
			at, err = quickAppend(a, &d.Pacts)
		case "scorecards":
			at, err = quickAppend(a, &d.Scorecards)
		case "score_sheets":
			at, err = quickAppend(a, &d.ScoreSheets)
		case "results":
			at, err = quickAppend(a, &d.Results)
		}
		if err != nil {
			return nil, err
		}
		lines = append(lines, src.Line(int64(m.Off+at)))
	}
	return lines, a.End()
}

func quickAppend[T any](a *quickjson.Array, list *[]T) (int, error) {
	var v T
	at, _, err := a.Decode(&v)
	if err != nil {
		return 0, err
	}
	*list = append(*list, v)
	return at, nil
}

// readData reads the data of src carefully: each list as a whole, then
// each of its elements where it stands, so that an error names the
// element's line.
func readData(src *source.File) (*Data, map[string][]int, error) {
	data := src.Data
	d := new(Data)
	lines := map[string][]int{} // kind → line of each element
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, src.JSONError(dec.InputOffset(), "", errOr(err, errors.New("want a JSON object")))
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, src.JSONError(dec.InputOffset(), "", err)
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, src.JSONError(0, key, err) // offsets count from the start of data
		}
		start := dec.InputOffset() - int64(len(raw))
		kind, isList := lists[key]
		switch {
		case key == "hierarchy":
			if err := src.DecodeJSON(start, key, raw, &d.Hierarchy); err != nil {
				return nil, nil, err
			}
		case isList:
			ls, err := decodeList(src, start, key, raw, d)
			if err != nil {
				return nil, nil, err
			}
			lines[kind] = ls
		default:
			return nil, nil, src.Errorf(start, key, "unknown field; want one of hierarchy, %s", strings.Join(sortedKeys(), ", "))
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, src.JSONError(dec.InputOffset(), "", err)
	}
	return d, lines, nil
}

func sortedKeys() []string {
	return []string{"organisations", "people", "blocs", "campaigns", "registrations", "pacts", "scorecards", "score_sheets", "results"}
}

func errOr(err, def error) error {
	if err != nil {
		return err
	}
	return def
}

// decodeList decodes the elements of one list one by one, so that an error
// names the element's line.
func decodeList(src *source.File, base int64, key string, raw json.RawMessage, d *Data) ([]int, error) {
	var lines []int
	err := src.Elements(base, key, key, raw, func(_ int, field string, off int64, el []byte) error {
		var err error
		switch key {
		case "organisations":
			err = appendStrict(src, off, field, el, &d.Organisations)
		case "people":
			err = appendStrict(src, off, field, el, &d.People)
		case "blocs":
			err = appendStrict(src, off, field, el, &d.Blocs)
		case "campaigns":
			err = appendStrict(src, off, field, el, &d.Campaigns)
		case "registrations":
			err = appendStrict(src, off, field, el, &d.Registrations)
		case "pacts":
			err = appendStrict(src, off, field, el, &d.Pacts)
		case "scorecards":
			err = appendStrict(src, off, field, el, &d.Scorecards)
		case "score_sheets":
			err = appendStrict(src, off, field, el, &d.ScoreSheets)
		case "results":
			err = appendStrict(src, off, field, el, &d.Results)
		}
		lines = append(lines, src.Line(off))
		return err
	})
	return lines, err
}

func appendStrict[T any](src *source.File, off int64, field string, raw json.RawMessage, list *[]T) error {
	var v T
	if err := src.DecodeJSON(off, field, raw, &v); err != nil {
		return err
	}
	*list = append(*list, v)
	return nil
}

// locate gives each validation error the line of its entity.
func locate(file string, err error, lines map[string][]int) error {
	var errs []error
	var all interface{ Unwrap() []error }
	if errors.As(err, &all) {
		errs = all.Unwrap()
	} else {
		errs = []error{err}
	}
	out := make([]error, 0, len(errs))
	for _, e := range errs {
		var ve *ValidationError
		if !errors.As(e, &ve) {
			out = append(out, &source.Error{File: file, Err: e})
			continue
		}
		line := 0
		if ls := lines[ve.Kind]; ve.Index < len(ls) {
			line = ls[ve.Index]
		}
		field := ve.Field
		for key, kind := range lists {
			if kind == ve.Kind {
				field = fmt.Sprintf("%s[%d]", key, ve.Index)
				if ve.Field != "" {
					field += "." + ve.Field
				}
			}
		}
		out = append(out, &source.Error{File: file, Line: line, Field: field, Err: fmt.Errorf("%s %s: %w", ve.Kind, q(ve.ID), ve.Err)})
	}
	return errors.Join(out...)
}

// LoadFile reads a season from a JSON file, as ParseJSON does.
func LoadFile(path string) (*Season, error) {
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".json" {
		return nil, &source.Error{File: path, Err: errors.New("want a .json file (CSV files hold scores, registrations or staff: use ParseScoresCSV, ParseRegistrationsCSV, ParsePeopleCSV)")}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseJSON(path, b)
}

// ParseScoresCSV reads a bloc's scores from the tdkt CSV dialect (see
// source.NewReader for encodings and delimiters): one line per member, a
// column "Mã" for the member, one column per criterion scored directly,
// headed by the criterion's ID ("1.1", "2.3"), and optional "Điểm thưởng"
// and "Điểm trừ". Points are written the Vietnamese way ("9,5"). The
// scores are checked against the scorecard: an error names the line and
// the column. A scorecard that does not validate is a *ValidationError.
func ParseScoresCSV(file string, data []byte, card *Scorecard) ([]Score, error) {
	if err := card.Validate(); err != nil {
		return nil, err
	}
	leafByKey := map[string]Criterion{}
	cols := []string{"ma", "ten", "don_vi", "diem_thuong", "diem_tru", "ghi_chu"}
	for _, c := range card.Leaves() {
		k := source.Key(c.ID)
		leafByKey[k] = c
		cols = append(cols, k)
	}
	rd, err := source.NewReader(file, data, cols)
	if err != nil {
		return nil, err
	}
	if !rd.Has("ma") {
		return nil, source.Errorf(file, 1, "Mã", "missing column")
	}
	for k, c := range leafByKey {
		if !rd.Has(k) {
			return nil, source.Errorf(file, 1, c.ID, "missing column for criterion %s (%s)", c.ID, c.Name)
		}
	}
	var out []Score
	seen := map[string]int{}
	for {
		row, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		sc := Score{Member: row.Get("ma"), Points: make(map[string]decimal.Decimal, len(leafByKey))}
		if sc.Member == "" {
			return nil, row.Errorf("ma", "missing member")
		}
		if l, dup := seen[sc.Member]; dup {
			return nil, row.Errorf("ma", "%s is scored twice (first on line %d)", q(sc.Member), l)
		}
		seen[sc.Member] = row.Line
		for k, c := range leafByKey {
			v, ok, err := row.Decimal(k)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, row.Errorf(k, "no score for criterion %s", c.ID)
			}
			if !pointsOK(v, c.Max) {
				return nil, row.Errorf(k, "%s points; want 0 to %s with at most %d decimal places", numberText(v), numberText(c.Max), maxPlaces)
			}
			sc.Points[c.ID] = v
		}
		if sc.Bonus, _, err = row.Decimal("diem_thuong"); err != nil {
			return nil, err
		}
		if sc.Penalty, _, err = row.Decimal("diem_tru"); err != nil {
			return nil, err
		}
		if _, err := card.Total(&sc); err != nil {
			var se *ScoreError
			if errors.As(err, &se) {
				return nil, row.Errorf(se.Criterion, "%s", se.Msg)
			}
			return nil, err
		}
		out = append(out, sc)
	}
	return out, nil
}

// numberText writes points the Vietnamese way for a message ("40,5"), or
// says they are out of range without writing all their digits.
func numberText(p decimal.Decimal) string {
	if !pointsOK(p.Abs(), maxPointsDecimal) {
		return "a number out of range"
	}
	return metrics.FormatNumber(p)
}

// ParseRegistrationsCSV reads registrations: columns "Mã" (the unit or
// person), "Năm", optional "Phong trào" (a campaign ID), "Ngày đăng ký",
// "Danh hiệu đăng ký" ("LĐTT|CSTĐCS") and "Cam kết" (commitments separated
// by "|").
func ParseRegistrationsCSV(file string, data []byte) ([]Registration, error) {
	rd, err := source.NewReader(file, data, []string{"ma", "ten", "nam", "phong_trao", "ngay_dang_ky", "danh_hieu_dang_ky", "cam_ket"})
	if err != nil {
		return nil, err
	}
	if err := rd.Require("ma", "nam"); err != nil {
		return nil, err
	}
	var out []Registration
	for {
		row, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		r := Registration{Subject: row.Get("ma"), Campaign: row.Get("phong_trao"), Commitments: row.List("cam_ket")}
		if r.Subject == "" {
			return nil, row.Errorf("ma", "missing")
		}
		if r.Year, err = row.Int("nam"); err != nil {
			return nil, err
		}
		if checkYear(r.Year) != nil {
			return nil, row.Errorf("nam", "%s is not a year from %d to %d", q(row.Get("nam")), minYear, maxYear)
		}
		if r.Date, err = row.Date("ngay_dang_ky"); err != nil {
			return nil, err
		}
		for _, t := range row.List("danh_hieu_dang_ky") {
			id, err := awards.ParseAward(t)
			if err != nil {
				return nil, row.Errorf("danh_hieu_dang_ky", "%w", err)
			}
			r.Titles = append(r.Titles, id)
		}
		out = append(out, r)
	}
}

// ParsePeopleCSV reads a staff list: columns "Mã", "Họ tên", "Đơn vị" (an
// organisation ID) and "Chức vụ".
func ParsePeopleCSV(file string, data []byte) ([]Person, error) {
	rd, err := source.NewReader(file, data, []string{"ma", "ho_ten", "ten", "don_vi", "chuc_vu"})
	if err != nil {
		return nil, err
	}
	if !rd.Has("ma") {
		return nil, source.Errorf(file, 1, "Mã", "missing column")
	}
	var out []Person
	seen := map[string]int{}
	for {
		row, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		p := Person{ID: row.Get("ma"), Name: row.Get("ho_ten"), Org: row.Get("don_vi"), Position: row.Get("chuc_vu")}
		if p.Name == "" {
			p.Name = row.Get("ten")
		}
		switch {
		case p.ID == "":
			return nil, row.Errorf("ma", "missing")
		case p.Name == "":
			return nil, row.Errorf("ho_ten", "missing")
		}
		if l, dup := seen[p.ID]; dup {
			return nil, row.Errorf("ma", "%s appears twice (first on line %d)", q(p.ID), l)
		}
		seen[p.ID] = row.Line
		out = append(out, p)
	}
}
