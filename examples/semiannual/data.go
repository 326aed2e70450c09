package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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

// file is the data file of a report: see README.md for the format.
type file struct {
	Header  report.Header          `json:"header"`
	Parts   string                 `json:"parts"`
	Season  json.RawMessage        `json:"season"`
	Awards  json.RawMessage        `json:"awards"`
	Figures map[string]figure      `json:"figures"`
	Lists   map[string][]awardee   `json:"lists"`
	Body    json.RawMessage        `json:"body"`
	Closing json.RawMessage        `json:"closing"`
	Data    map[string]json.Number `json:"data"`
}

// awardee is a recipient in a list of a decision's annex.
type awardee struct {
	Name    string       `json:"name"`
	Unit    string       `json:"unit"`
	Award   string       `json:"award"`
	Subject string       `json:"subject"`
	Decided metrics.Date `json:"decided"`
}

func (a awardee) grant() (awards.Grant, error) {
	id, err := awards.ParseAward(a.Award)
	if err != nil {
		return awards.Grant{}, err
	}
	kind, err := awards.ParseSubjectKind(a.Subject)
	if err != nil {
		return awards.Grant{}, err
	}
	return awards.Grant{Award: id, Subject: kind, Decided: a.Decided}, nil
}

// figure is a figure of the prose: written, or computed from other
// figures, the season or the award records.
type figure struct {
	Amount       string        `json:"amount,omitempty"`       // "2.171.123 USD", "gần 30 triệu đồng"
	Count        string        `json:"count,omitempty"`        // "3.615 văn bản đến", "khoảng 17.967 lượt"
	Sum          []string      `json:"sum,omitempty"`          // the figures added
	Times        []string      `json:"times,omitempty"`        // a count and a unit price
	Change       []string      `json:"change,omitempty"`       // this period, the same period last year
	Registration *registration `json:"registration,omitempty"` // the rate of a campaign
	Honours      *honours      `json:"honours,omitempty"`      // counted from award records
	Words        string        `json:"words,omitempty"`        // an amount in words
	Money        string        `json:"money,omitempty"`        // the reward money of a list, priced by the award rules
	Label        string        `json:"label,omitempty"`        // the label of a sum or count of honours
	Stated       string        `json:"stated,omitempty"`       // a total the source states, checked against the parts
	Format       format        `json:"format,omitzero"`
}

type registration struct {
	Campaign string `json:"campaign"`
	Year     int    `json:"year"`
}

type honours struct {
	Award       awards.ID `json:"award"`
	Subject     string    `json:"subject,omitempty"` // one subject's honours, or everyone's
	Kind        string    `json:"kind,omitempty"`    // "cá nhân", "tập thể"
	Year        int       `json:"year"`
	Grantor     string    `json:"grantor,omitempty"`
	Achievement string    `json:"achievement,omitempty"`
}

type format struct {
	Scale     string `json:"scale,omitempty"` // "auto", "nghìn", "triệu", "tỷ"
	MinDigits int    `json:"min_digits,omitempty"`
}

func (f format) formatter() (metrics.Formatter, error) {
	m := metrics.Formatter{MinDigits: f.MinDigits}
	switch f.Scale {
	case "":
	case "auto":
		m.Scale = metrics.AutoScale
	case "nghìn":
		m.Scale = metrics.Nghin
	case "triệu":
		m.Scale = metrics.Trieu
	case "tỷ":
		m.Scale = metrics.Ty
	default:
		return m, fmt.Errorf("scale %q; want auto, nghìn, triệu or tỷ", f.Scale)
	}
	return m, nil
}

// value is a computed figure: an amount or a count, with its formatter.
type value struct {
	amount *metrics.Amount
	count  *metrics.Count
	text   string // a computed phrase ("tăng 479.429 USD", "100%")
	f      metrics.Formatter
}

func (v value) report() report.Value {
	switch {
	case v.amount != nil:
		return report.AmountValue(*v.amount, v.f)
	case v.count != nil:
		return report.CountValue(*v.count, v.f)
	}
	return report.TextValue(v.text)
}

// load reads a data file into the report's data and its template. The
// data holds "season", "awards" and "closing", and every figure, list and
// number of the file under its own name: the names the body refers to.
func load(name string, data []byte) (*report.Template, report.Data, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	src := source.NewFile(name, data)
	var f file
	if err := src.DecodeJSON(0, "", data, &f); err != nil {
		return nil, nil, err
	}
	if f.Body == nil {
		return nil, nil, source.Errorf(name, 1, "body", "missing: the report's sections are listed in \"body\"")
	}
	season := &emulation.Season{} // an empty season
	if f.Season != nil {
		var err error
		part := name + " (season)"
		if season, err = emulation.ParseJSON(part, f.Season); err != nil {
			return nil, nil, src.Adopt(err, part, int64(bytes.Index(data, f.Season)))
		}
	}
	var records []*awards.Record
	if f.Awards != nil {
		var err error
		part := name + " (awards)"
		if records, err = awards.ParseJSON(part, f.Awards); err != nil {
			return nil, nil, src.Adopt(err, part, int64(bytes.Index(data, f.Awards)))
		}
	}
	if err := f.Header.Number.Validate(); err != nil {
		return nil, nil, source.Errorf(name, src.LineOfKey("header", "number"), "header.number", "%w", err)
	}
	var parts report.PartStyle
	if err := parts.UnmarshalText([]byte(f.Parts)); err != nil {
		return nil, nil, source.Errorf(name, src.LineOfKey("parts"), "parts", "%w", err)
	}
	var closing report.Closing
	if f.Closing != nil {
		// Decoded where it stands, so that an error (a signature authority
		// the decree does not know) names its line.
		if err := src.DecodeJSON(int64(max(bytes.Index(data, f.Closing), 0)), "closing", f.Closing, &closing); err != nil {
			return nil, nil, err
		}
	}
	body, err := report.ParseBody(name, data, f.Body)
	if err != nil {
		return nil, nil, err
	}
	tmpl := &report.Template{Name: strings.TrimSuffix(filepath.Base(name), ".json"), Header: f.Header, Parts: parts, Body: body}
	c := computer{figures: f.Figures, lists: f.Lists, season: season, records: records, done: map[string]value{}, busy: map[string]bool{}}
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
			return nil, nil, source.Errorf(name, src.LineOfKey("figures", n), "figures."+n, "%w", err)
		}
		if err := add("figures", n, v.report()); err != nil {
			return nil, nil, err
		}
	}
	for _, k := range sortedKeys(f.Data) {
		n, err := f.Data[k].Int64()
		if err != nil {
			return nil, nil, source.Errorf(name, src.LineOfKey("data", k), "data."+k, "want a whole number: %w", err)
		}
		if err := add("data", k, int(n)); err != nil {
			return nil, nil, err
		}
	}
	for _, k := range sortedKeys(f.Lists) {
		list := f.Lists[k]
		var out []sections.Awardee
		for i, a := range list {
			g, err := a.grant()
			if err != nil {
				return nil, nil, source.Errorf(name, src.LineOfKey("lists", k), fmt.Sprintf("lists.%s[%d]", k, i), "%w", err)
			}
			out = append(out, sections.Awardee{Name: a.Name, Unit: a.Unit, Grant: g})
		}
		if err := add("lists", k, out); err != nil {
			return nil, nil, err
		}
	}
	return tmpl, d, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// computer computes figures, each once, refusing cycles.
type computer struct {
	figures map[string]figure
	lists   map[string][]awardee
	season  *emulation.Season
	records []*awards.Record
	done    map[string]value
	busy    map[string]bool
}

func (c *computer) compute(name string) (value, error) {
	if v, ok := c.done[name]; ok {
		return v, nil
	}
	f, ok := c.figures[name]
	if !ok {
		return value{}, fmt.Errorf("no figure named %q", name)
	}
	if c.busy[name] {
		return value{}, errors.New("the figure depends on itself")
	}
	c.busy[name] = true
	defer delete(c.busy, name)
	fm, err := f.Format.formatter()
	if err != nil {
		return value{}, err
	}
	v := value{f: fm}
	switch {
	case f.Amount != "":
		a, err := metrics.ParseAmount(f.Amount)
		if err != nil {
			return value{}, err
		}
		v.amount = &a
	case f.Count != "":
		n, err := metrics.ParseCount(f.Count)
		if err != nil {
			return value{}, err
		}
		v.count = &n
	case len(f.Sum) > 0:
		if err := c.sum(f, &v); err != nil {
			return value{}, err
		}
	case len(f.Times) == 2:
		n, err := c.compute(f.Times[0])
		if err != nil {
			return value{}, err
		}
		p, err := c.compute(f.Times[1])
		if err != nil {
			return value{}, err
		}
		if n.count == nil || p.amount == nil {
			return value{}, errors.New("times wants a count and an amount")
		}
		a, err := n.count.Times(*p.amount)
		if err != nil {
			return value{}, err
		}
		v.amount = &a
	case len(f.Change) == 2:
		now, err := c.compute(f.Change[0])
		if err != nil {
			return value{}, err
		}
		before, err := c.compute(f.Change[1])
		if err != nil {
			return value{}, err
		}
		switch {
		case now.amount != nil && before.amount != nil:
			ch, err := metrics.NewChange(*now.amount, *before.amount)
			if err != nil {
				return value{}, err
			}
			v.text = ch.ShortPhrase(fm)
		case now.count != nil && before.count != nil:
			ch, err := metrics.NewChange(*now.count, *before.count)
			if err != nil {
				return value{}, err
			}
			v.text = ch.ShortPhrase(fm)
		default:
			return value{}, errors.New("change wants two amounts or two counts")
		}
	case f.Registration != nil:
		camp, ok := c.season.Campaign(f.Registration.Campaign)
		if !ok {
			return value{}, fmt.Errorf("no campaign %q in the season", f.Registration.Campaign)
		}
		rate := c.season.RegistrationRate(camp.ID, f.Registration.Year, camp.Addressed)
		p, ok := rate.Percent(2)
		if !ok {
			return value{}, fmt.Errorf("campaign %q addresses nobody", camp.ID)
		}
		v.text = p
	case f.Honours != nil:
		n := c.honours(f.Honours)
		label := f.Label
		if label == "" {
			label = f.Honours.Kind
		}
		cnt := metrics.NewCount(int64(n), label)
		v.count = &cnt
	case f.Words != "":
		a, err := c.compute(f.Words)
		if err != nil {
			return value{}, err
		}
		if a.amount == nil {
			return value{}, errors.New("words wants an amount")
		}
		w, err := a.amount.InWords()
		if err != nil {
			return value{}, err
		}
		v.text = w
	case f.Money != "":
		list, ok := c.lists[f.Money]
		if !ok {
			return value{}, fmt.Errorf("no list named %q", f.Money)
		}
		var acc metrics.Accumulator
		for i, a := range list {
			g, err := a.grant()
			if err != nil {
				return value{}, fmt.Errorf("list %q, recipient %d: %w", f.Money, i+1, err)
			}
			r, err := awards.Price(g)
			if err != nil {
				return value{}, fmt.Errorf("list %q, recipient %d: %w", f.Money, i+1, err)
			}
			acc.Add(r.Amount.Decimal())
		}
		a := metrics.NewAmount(acc.Decimal(), metrics.VND)
		v.amount = &a
	default:
		return value{}, errors.New("want one of amount, count, sum, times, change, registration, honours, words, money")
	}
	c.done[name] = v
	return v, nil
}

func (c *computer) sum(f figure, v *value) error {
	var amounts []metrics.Part[metrics.Amount]
	var counts []metrics.Part[metrics.Count]
	for _, n := range f.Sum {
		p, err := c.compute(n)
		if err != nil {
			return err
		}
		switch {
		case p.amount != nil:
			amounts = append(amounts, metrics.Part[metrics.Amount]{Name: n, Value: *p.amount})
		case p.count != nil:
			counts = append(counts, metrics.Part[metrics.Count]{Name: n, Value: *p.count})
		default:
			return fmt.Errorf("%q is not an amount or a count", n)
		}
	}
	switch {
	case len(counts) == 0:
		t, err := metrics.SumAmounts(f.Label, amounts...)
		if err != nil {
			return err
		}
		if f.Stated != "" {
			stated, err := metrics.ParseAmount(f.Stated)
			if err != nil {
				return err
			}
			if err := t.Check(stated); err != nil {
				return err
			}
		}
		v.amount = &t.Value
	case len(amounts) == 0:
		t, err := metrics.SumCounts(f.Label, counts...)
		if err != nil {
			return err
		}
		if f.Stated != "" {
			stated, err := metrics.ParseCount(f.Stated)
			if err != nil {
				return err
			}
			if err := t.Check(stated); err != nil {
				return err
			}
		}
		v.count = &t.Value
	default:
		return errors.New("a sum of amounts and counts together")
	}
	return nil
}

// honours counts the honours in the award records that match h.
func (c *computer) honours(h *honours) int {
	n := 0
	for _, r := range c.records {
		if h.Subject != "" && r.ID != h.Subject {
			continue
		}
		if h.Kind != "" {
			if k, err := awards.ParseSubjectKind(h.Kind); err != nil || k != r.Kind {
				continue
			}
		}
		for _, x := range r.Honours {
			if x.Award == h.Award && x.Year == h.Year &&
				(h.Grantor == "" || x.Decision.Grantor == h.Grantor) &&
				(h.Achievement == "" || x.Achievement == h.Achievement) {
				n++
			}
		}
	}
	return n
}
