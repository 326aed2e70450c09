package datafile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
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
// own loaders return, which are moved to the file's lines too.
func (l Loader) Parse(name string, data []byte) (*File, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	src := source.NewFile(name, data)
	var f file
	if err := src.DecodeJSON(0, "", data, &f); err != nil {
		return nil, err
	}
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
// line.
func readList(src *source.File, k string, raw json.RawMessage) ([]grant, error) {
	var out []grant
	err := src.Elements(int64(max(bytes.Index(src.Data, raw), 0)), "lists."+k, "recipients", raw, func(_ int, f string, off int64, el []byte) error {
		var r recipient
		if err := src.DecodeJSON(off, f, el, &r); err != nil {
			return err
		}
		id, err := awards.ParseAward(r.Award)
		if err != nil {
			return src.Errorf(off, f+".award", "%w", err)
		}
		kind, err := awards.ParseSubjectKind(r.Subject)
		if err != nil {
			return src.Errorf(off, f+".subject", "%w", err)
		}
		out = append(out, grant{Name: r.Name, Unit: r.Unit, Grant: awards.Grant{Award: id, Subject: kind, Decided: r.Decided}})
		return nil
	})
	return out, err
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
