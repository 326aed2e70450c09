package datafile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/internal/quickjson"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
	"github.com/tdkt-vn/tdkt/source"
)

// File is a data file read: the template its header, parts and body make,
// and the data that the body's names refer to.
type File struct {
	// Template is the report: the file's header, parts and body, named
	// after the file ("cao-bang-2022.json" gives "cao-bang-2022").
	Template *report.Template
	// Data holds "season" (*emulation.Season, empty when the file has
	// none), "awards" ([]*awards.Record), "closing" (report.Closing), and
	// every figure (report.Value), list ([]sections.Awardee) and number
	// (int) of the file under its own name.
	Data report.Data
}

// Loader reads data files. The zero Loader is ready to use and prices
// grants with the default tables of package awards.
type Loader struct {
	// Evaluator prices the grants of lists for "money" figures. Nil means
	// the default tables (awards.Pay).
	Evaluator *awards.Evaluator
}

// Parse reads the data file name holding data with the zero Loader.
func Parse(name string, data []byte) (*File, error) { return Loader{}.Parse(name, data) }

// Parse reads the data file name holding data: its template and its data,
// with every figure computed. Every error is a *source.Error that names the
// file, the line and the field, except those of season and awards that their
// own loaders return, which are moved to the file's lines too. All text is
// read in Unicode NFC.
func (l Loader) Parse(name string, data []byte) (*File, error) { return l.parse(name, data, true) }

// parse is Parse, which reads the file with package quickjson first when
// quick is set: good JSON is then scanned once at the top of the file.
func (l Loader) parse(name string, data []byte, quick bool) (*File, error) {
	data = nfc.Bytes(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))) // lines do not move
	src := source.NewFile(name, data)
	if quick {
		if f, ok := quickFile(data); ok {
			out, err := l.read(src, f)
			if err == nil {
				return out, nil
			}
			// The careful reading below checks the JSON of the whole file
			// before it reads any part, and then reads the same parts: its
			// error is err unless the JSON is at fault, elsewhere.
			var careful file
			if jerr := src.DecodeJSON(0, "", data, &careful); jerr != nil {
				return nil, jerr
			}
			return nil, err
		}
	}
	var f file
	if err := src.DecodeJSON(0, "", data, &f); err != nil {
		return nil, err
	}
	return l.read(src, &f)
}

// quickFile reads the members of a data file with package quickjson: the
// small ones decoded, the season, the awards, the body and the closing
// left as they are for their own readers, which check them in full. It
// reports false, for the careful reading, when the file is not good JSON or
// holds what the careful reading alone reads as encoding/json does: a key
// that is not one of file's, written in another case or with an escape,
// or given twice.
func quickFile(data []byte) (*file, bool) {
	ms, err := quickjson.Members(data)
	if err != nil {
		return nil, false
	}
	f := &file{}
	seen := make(map[string]bool, len(ms))
	for _, m := range ms {
		if seen[m.Key] {
			return nil, false
		}
		seen[m.Key] = true
		var v any // decoded
		switch m.Key {
		case "$schema":
			v = &f.Schema
		case "header":
			v = &f.Header
		case "parts":
			v = &f.Parts
		case "figures":
			v = &f.Figures
		case "lists":
			v = &f.Lists
		case "data":
			v = &f.Data
		case "season":
			f.Season = m.Bytes
		case "awards":
			f.Awards = m.Bytes
		case "body":
			f.Body = m.Bytes
		case "closing":
			f.Closing = m.Bytes
		default:
			return nil, false
		}
		if v != nil && quickjson.Decode(m.Bytes, v) != nil {
			return nil, false
		}
	}
	return f, true
}

// read reads the parts of f, a data file whose JSON src holds.
func (l Loader) read(src *source.File, f *file) (*File, error) {
	name, data := src.Name, src.Data
	if f.Body == nil {
		return nil, source.Errorf(name, 1, "body", "missing: the report's sections are listed in \"body\"")
	}
	season := &emulation.Season{} // an empty season
	if f.Season != nil {
		var err error
		part := name + " (season)"
		if season, err = emulation.ParseJSON(part, f.Season); err != nil {
			return nil, src.Adopt(err, part, int64(bytes.Index(data, f.Season)))
		}
	}
	var records []*awards.Record
	if f.Awards != nil {
		var err error
		part := name + " (awards)"
		if records, err = awards.ParseJSON(part, f.Awards); err != nil {
			return nil, src.Adopt(err, part, int64(bytes.Index(data, f.Awards)))
		}
	}
	if err := f.Header.Number.Validate(); err != nil {
		return nil, source.Errorf(name, src.LineOfKey("header", "number"), "header.number", "%w", err)
	}
	var parts report.PartStyle
	if err := parts.UnmarshalText([]byte(f.Parts)); err != nil {
		return nil, source.Errorf(name, src.LineOfKey("parts"), "parts", "%w", err)
	}
	var closing report.Closing
	if f.Closing != nil {
		// Decoded where it stands, so that an error (a signature authority
		// the decree does not know) names its line.
		if err := src.DecodeJSON(int64(max(bytes.Index(data, f.Closing), 0)), "closing", f.Closing, &closing); err != nil {
			return nil, err
		}
	}
	body, err := report.ParseBody(name, data, f.Body)
	if err != nil {
		return nil, err
	}
	lists := make(map[string][]grant, len(f.Lists))
	for _, k := range sortedKeys(f.Lists) {
		if lists[k], err = readList(src, k, f.Lists[k]); err != nil {
			return nil, err
		}
	}
	tmpl := &report.Template{Name: strings.TrimSuffix(filepath.Base(name), ".json"), Header: f.Header, Parts: parts, Body: body}
	c := computer{figures: f.Figures, lists: lists, season: season, records: records, pay: awards.Pay,
		done: map[string]value{}, busy: map[string]bool{}}
	if l.Evaluator != nil {
		c.pay = l.Evaluator.Pay
	}
	d := report.Data{"season": season, "awards": records, "closing": closing}
	// add puts a named value in the data; a name given twice (a figure
	// and a list, say) is an error at the second.
	add := func(section, key string, v any) error {
		if _, taken := d[key]; taken {
			return source.Errorf(name, src.LineOfKey(section, key), section+"."+key, "the name %q is taken: season, awards, closing and every figure, list and number share one set of names", key)
		}
		d[key] = v
		return nil
	}
	for _, n := range sortedKeys(f.Figures) {
		v, err := c.compute(n)
		if err != nil {
			return nil, source.Errorf(name, src.LineOfKey("figures", n), "figures."+n, "%w", err)
		}
		if err := add("figures", n, v.report()); err != nil {
			return nil, err
		}
	}
	for _, k := range sortedKeys(f.Data) {
		n, err := f.Data[k].Int64()
		if err == nil && (n < math.MinInt32 || n > math.MaxInt32) {
			err = fmt.Errorf("%s is out of range", f.Data[k])
		}
		if err != nil {
			return nil, source.Errorf(name, src.LineOfKey("data", k), "data."+k, "want a whole number of at most 10 digits: %w", err)
		}
		if err := add("data", k, int(n)); err != nil {
			return nil, err
		}
	}
	for _, k := range sortedKeys(lists) {
		out := make([]sections.Awardee, len(lists[k]))
		for i, g := range lists[k] {
			out[i] = sections.Awardee{Name: g.Name, Unit: g.Unit, Grant: g.Grant}
		}
		if err := add("lists", k, out); err != nil {
			return nil, err
		}
	}
	return &File{Template: tmpl, Data: d}, nil
}

// file is a data file as JSON: doc.go describes each field.
type file struct {
	Schema  string                     `json:"$schema"` // for editors; not read
	Header  report.Header              `json:"header"`
	Parts   string                     `json:"parts"`
	Season  json.RawMessage            `json:"season"`
	Awards  json.RawMessage            `json:"awards"`
	Figures map[string]figure          `json:"figures"`
	Lists   map[string]json.RawMessage `json:"lists"`
	Data    map[string]json.Number     `json:"data"`
	Body    json.RawMessage            `json:"body"`
	Closing json.RawMessage            `json:"closing"`
}

// recipient is a recipient in a list: one grant.
type recipient struct {
	Name    string       `json:"name"`
	Unit    string       `json:"unit"`
	Award   string       `json:"award"`
	Subject string       `json:"subject"`
	Decided metrics.Date `json:"decided"`
}

// grant is a recipient read.
type grant struct {
	Name, Unit string
	Grant      awards.Grant
}

// readList reads the list k, a JSON array of recipients, each at its own
// line: quickly, and again carefully when its JSON is at fault, so that
// the error names the recipient's line and field.
func readList(src *source.File, k string, raw json.RawMessage) ([]grant, error) {
	base := int64(max(bytes.Index(src.Data, raw), 0))
	field := "lists." + k
	if out, ok, err := quickList(src, base, field, raw); ok {
		return out, err
	}
	var out []grant
	err := src.Elements(base, field, "recipients", raw, func(_ int, f string, off int64, el []byte) error {
		var r recipient
		if err := src.DecodeJSON(off, f, el, &r); err != nil {
			return err
		}
		g, err := r.grant(src, off, f)
		if err != nil {
			return err
		}
		out = append(out, g)
		return nil
	})
	return out, err
}

// quickList reads the list raw, at offset base of src, with package
// quickjson. It reports false, for the careful reading, when the JSON is at
// fault; a recipient whose award or subject is unknown is the error the
// careful reading gives too, since the recipients before it read the same.
func quickList(src *source.File, base int64, field string, raw []byte) (out []grant, ok bool, err error) {
	a, err := quickjson.NewArray(raw)
	if err != nil {
		return nil, false, nil
	}
	for i := 0; a.More(); i++ {
		var r recipient
		at, _, err := a.Decode(&r)
		if err != nil {
			return nil, false, nil
		}
		g, err := r.grant(src, base+int64(at), field+"["+strconv.Itoa(i)+"]")
		if err != nil {
			return nil, true, err
		}
		out = append(out, g)
	}
	if a.End() != nil {
		return nil, false, nil
	}
	return out, true, nil
}

// grant reads the grant of r, at offset off of src and path f.
func (r *recipient) grant(src *source.File, off int64, f string) (grant, error) {
	id, err := awards.ParseAward(r.Award)
	if err != nil {
		return grant{}, src.Errorf(off, f+".award", "%w", err)
	}
	kind, err := awards.ParseSubjectKind(r.Subject)
	if err != nil {
		return grant{}, src.Errorf(off, f+".subject", "%w", err)
	}
	return grant{Name: r.Name, Unit: r.Unit, Grant: awards.Grant{Award: id, Subject: kind, Decided: r.Decided}}, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
