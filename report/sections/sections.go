// Package sections holds the built-in sections of tdkt's reports, which
// turn the values of metrics, awards and emulation into report blocks, and
// the templates tdkt ships. Importing it registers the sections in the
// default registry of package report:
//
//	import _ "github.com/tdkt-vn/tdkt/report/sections"
//
// # Sections
//
// Each section is a struct whose fields are its parameters: a template file
// writes them in "params", a Go template sets the fields. A parameter of
// type report.Ref names an entry of the data ("records": "ho_so") or, when
// it is not text, holds the value itself ("year": 2025).
//
//	name           type            parameters (JSON name: Go type)
//	prose          [Prose]         text: the markup (see [Parse]), or
//	                               from: Ref[string], the data holding it;
//	                               align: "left", "center", "right" or "justify";
//	                               keep_next: keep with the next block
//	comparison     [Comparison]    indicators: Ref[[]Indicator]; caption
//	campaigns      [Campaigns]     season: Ref[*emulation.Season];
//	                               form: "thường xuyên" or "chuyên đề" (both when absent)
//	award-results  [AwardResults]  records: Ref[[]*awards.Record]; year: Ref[int];
//	                               level: "cơ sở", "Bộ, tỉnh" or "Nhà nước" (all when absent)
//	award-list     [AwardList]     recipients: Ref[[]Awardee]; caption;
//	                               order: "name" (Vietnamese, by given name; the default),
//	                               "unit" or "data"; columns: [{field, title, width}]
//	                               of index, name, position, unit, position_unit, award, amount
//	table          [Table]         rows: Ref[any], records (maps or structs); caption;
//	                               columns: [{title, field, format, min_digits, currency,
//	                               of, round, sum, align, width}]; group, subtotal;
//	                               total; words, words_label
//	ranking        [RankingTable]  ranking: Ref[Ranking]; caption
//	closing        [ClosingSection] closing: Ref[report.Closing]
//	verdicts       [Verdicts]      records: Ref[[]*awards.Record]; award (an awards.ID);
//	                               year: Ref[int]; show: "all", "eligible" or "not-eligible";
//	                               decided (a date); evaluator: Ref[*awards.Evaluator]
//
// In a template file:
//
//	{"heading": "Kết quả khen thưởng", "level": 3,
//	 "use": "award-results", "params": {"records": "ho_so", "year": "nam", "level": "cơ sở"}}
//
// In a Go template:
//
//	report.Entry{Heading: "Kết quả khen thưởng", Level: report.ItemLevel,
//		Section: &sections.AwardResults{Records: report.Literal(recs), Year: report.Literal(2025)}}
//
// The figures of prose, {name} in its markup, are entries of the data, read
// as a report.Ref[report.Value] reads them, like {name} in headings.
//
// # Empty data
//
// A table, a list or a comparison whose data is empty builds no block: no
// table of headers only. An entry marked "optional" then disappears with
// its heading:
//
//	{"heading": "Xếp hạng trong khối", "level": 3, "use": "ranking",
//	 "params": {"ranking": "xep_hang"}, "optional": true}
//
// # Templates and their header
//
// The shipped templates ([Templates]) require their header ("require":
// issuer, place, number and date, see report.Requirement): composed
// without one they fail rather than print "Số:      /". The number's
// sequence and the day of the date may be left blank, for the clerk and
// the signer.
package sections

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	for name, f := range map[string]func() report.Section{
		"prose":         func() report.Section { return &Prose{} },
		"comparison":    func() report.Section { return &Comparison{} },
		"campaigns":     func() report.Section { return &Campaigns{} },
		"award-results": func() report.Section { return &AwardResults{} },
		"award-list":    func() report.Section { return &AwardList{} },
		"ranking":       func() report.Section { return &RankingTable{} },
		"closing":       func() report.Section { return &ClosingSection{} },
		"verdicts":      func() report.Section { return &Verdicts{} },
		"table":         func() report.Section { return &Table{} },
	} {
		report.MustRegisterSection(name, f)
	}
}

// Prose is officers' prose with figures and footnotes: see Parse for the
// markup. Its figures, {name}, are entries of the data.
type Prose struct {
	// Text is the markup.
	Text string `json:"text,omitempty"`
	// From is the data entry that holds the markup, instead of Text.
	From report.Ref[string] `json:"from,omitzero"`
	// Align aligns the paragraphs of the prose ("center" for the authority
	// line of a decision and its "QUYẾT ĐỊNH:"); the zero value leaves the
	// body's default, justified.
	Align report.Align `json:"align,omitzero"`
	// KeepNext keeps each paragraph of the prose with the block that
	// follows it.
	KeepNext bool `json:"keep_next,omitempty"`
}

// Build parses the text and sets the paragraphs' alignment.
func (p *Prose) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	text := p.Text
	switch {
	case text != "" && !p.From.IsZero():
		return nil, &report.ParamError{Name: "from", Err: errors.New("a prose has a text or takes it from the data, not both")}
	case p.From.IsZero() && text == "":
		return nil, &report.ParamError{Name: "text", Err: errors.New("missing: want the markup, or \"from\" naming the data that holds it")}
	case text == "":
		text = p.From.Value()
	}
	if !p.Align.Valid() {
		return nil, &report.ParamError{Name: "align", Err: fmt.Errorf("%v is none of left, center, right and justify", p.Align)}
	}
	blocks, err := Parse(text, in.Data)
	if err != nil || (p.Align == report.AlignDefault && !p.KeepNext) {
		return blocks, err
	}
	for _, b := range blocks {
		if para, ok := b.(*report.Paragraph); ok {
			para.Align, para.KeepNext = p.Align, p.KeepNext
		}
	}
	return blocks, nil
}

// Indicator is a figure compared with the same period a year earlier. Now
// and Before are both metrics.Amount or both metrics.Count.
type Indicator struct {
	Name        string
	Now, Before any
	Format      metrics.Formatter
}

// Comparison is a table of indicators: this period, the same period last
// year and the change ("tăng 479.429 USD (75,45%)", "không thay đổi").
type Comparison struct {
	Indicators report.Ref[[]Indicator] `json:"indicators"`
	Caption    string                  `json:"caption,omitempty"`
}

// Build computes every change. With no indicator it builds no block.
func (c *Comparison) Build(_ context.Context, _ report.Input) ([]report.Block, error) {
	items, err := required(c.Indicators, "indicators")
	if err != nil {
		return nil, err
	}
	t := &report.Table{Caption: c.Caption, Head: []string{"Chỉ tiêu", "Kỳ này", "Cùng kỳ năm trước", "Tăng, giảm"}, Columns: []report.Column{{}, {Align: report.AlignRight}, {Align: report.AlignRight}}}
	for _, it := range items {
		row, err := it.row()
		if err != nil {
			return nil, fmt.Errorf("indicator %q: %w", it.Name, err)
		}
		t.Rows = append(t.Rows, row)
	}
	if len(t.Rows) == 0 {
		return nil, nil // no table of headers only
	}
	return []report.Block{t}, nil
}

func (it Indicator) row() ([]string, error) {
	f := it.Format
	switch now := it.Now.(type) {
	case metrics.Amount:
		before, ok := it.Before.(metrics.Amount)
		if !ok {
			return nil, fmt.Errorf("now is an amount, before is a %T", it.Before)
		}
		c, err := metrics.NewChange(now, before)
		if err != nil {
			return nil, err
		}
		return []string{it.Name, f.Amount(now), f.Amount(before), c.Phrase(f, metrics.Rounding{})}, nil
	case metrics.Count:
		before, ok := it.Before.(metrics.Count)
		if !ok {
			return nil, fmt.Errorf("now is a count, before is a %T", it.Before)
		}
		c, err := metrics.NewChange(now, before)
		if err != nil {
			return nil, err
		}
		return []string{it.Name, f.Count(now), f.Count(before), c.Phrase(f, metrics.Rounding{})}, nil
	}
	return nil, fmt.Errorf("a %T is not a metrics.Amount or metrics.Count", it.Now)
}

// Campaigns lists the campaigns of a season, each with its form and who
// launched it.
type Campaigns struct {
	Season report.Ref[*emulation.Season] `json:"season"`
	// Form keeps the campaigns of one form; the zero value keeps all.
	Form emulation.Form `json:"form,omitzero"`
}

// Build lists the campaigns, in the order of the data.
func (cp *Campaigns) Build(_ context.Context, _ report.Input) ([]report.Block, error) {
	d, err := required(cp.Season, "season")
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, &report.ParamError{Name: "season", Err: errors.New("nil season")}
	}
	want := cp.Form
	l := &report.List{}
	for _, c := range d.Campaigns() {
		if want != 0 && c.Form != want {
			continue
		}
		line := []report.Inline{report.T(c.Title() + " (" + c.Form.String() + ")")}
		if by := launchedBy(d, c.LaunchedBy); by != "" {
			line = append(line, report.T(", do "+by+" phát động"))
		}
		if c.Theme != "" {
			line = append(line, report.T(", với chủ đề “"+c.Theme+"”"))
		}
		l.Items = append(l.Items, append(line, report.T(";")))
	}
	if len(l.Items) == 0 {
		return nil, nil
	}
	last := l.Items[len(l.Items)-1]
	last[len(last)-1] = report.T(".")
	return []report.Block{l}, nil
}

func launchedBy(d *emulation.Season, a emulation.Authority) string {
	if a.Body == "" {
		return a.Office
	}
	body := d.NameOf(a.Body)
	if b, ok := d.Bloc(a.Body); ok {
		body = b.Name
	}
	if a.Office == body || strings.Contains(body, a.Office) {
		return body
	}
	// "Chủ tịch UBND tỉnh" + "UBND tỉnh Lam Sơn" = "Chủ tịch UBND tỉnh Lam Sơn".
	words := strings.Fields(a.Office)
	for i := range words {
		if tail := strings.Join(words[i:], " "); strings.HasPrefix(body, tail+" ") || body == tail {
			return strings.Join(words[:i], " ") + " " + body
		}
	}
	return a.Office + " " + body
}

// AwardResults counts the titles and forms that award records show for a
// year, per kind of subject: "Danh hiệu “Lao động tiên tiến” cho 30 cá
// nhân."
type AwardResults struct {
	Records report.Ref[[]*awards.Record] `json:"records"`
	Year    report.Ref[int]              `json:"year"`
	// Level keeps the titles and forms of one level: "cơ sở", "Bộ, tỉnh"
	// or "Nhà nước"; "" keeps all.
	Level string `json:"level,omitempty"`
}

// Build counts and lists: collectives first, then individuals and
// households, each in catalogue order; with a Level, only the titles and
// forms of that level.
func (a *AwardResults) Build(_ context.Context, _ report.Input) ([]report.Block, error) {
	recs, err := required(a.Records, "records")
	if err != nil {
		return nil, err
	}
	year, err := required(a.Year, "year")
	if err != nil {
		return nil, err
	}
	level := -1
	switch a.Level {
	case "":
	case "cơ sở":
		level = int(awards.Grassroots)
	case "Bộ, tỉnh":
		level = int(awards.Ministry)
	case "Nhà nước":
		level = int(awards.State)
	default:
		return nil, &report.ParamError{Name: "level", Err: fmt.Errorf("%q; want \"cơ sở\", \"Bộ, tỉnh\" or \"Nhà nước\"", a.Level)}
	}
	type key struct {
		id   awards.ID
		kind awards.SubjectKind
	}
	counts := map[key]int{}
	for _, r := range recs {
		if r == nil {
			continue
		}
		for _, h := range r.Honours {
			if h.Year == year {
				counts[key{h.Award, r.Kind}]++
			}
		}
	}
	l := &report.List{}
	two := metrics.Formatter{MinDigits: 2}
	catalogue := awards.Catalogue()
	for _, kind := range []awards.SubjectKind{awards.Collective, awards.Individual, awards.Household} {
		for _, a := range catalogue {
			if level >= 0 && int(a.Level) != level {
				continue
			}
			n := counts[key{a.ID, kind}]
			if n == 0 {
				continue
			}
			c := report.CountValue(metrics.NewCount(int64(n), kind.String()), two)
			prefix := ""
			if a.Type == awards.Title {
				prefix = "Danh hiệu "
			}
			l.Items = append(l.Items, []report.Inline{report.T(prefix + a.Display() + " cho "), &report.Figure{Value: c}, report.T(".")})
		}
	}
	if len(l.Items) == 0 {
		return nil, nil
	}
	return []report.Block{l}, nil
}

// Ranking is a bloc's ranking with the data that names its members.
type Ranking struct {
	Data      *emulation.Season
	Standings []emulation.Standing
}

// RankingTable writes a ranking as a table.
type RankingTable struct {
	Ranking report.Ref[Ranking] `json:"ranking"`
	Caption string              `json:"caption,omitempty"`
}

// Build writes one row per member. With no member it builds no block.
func (rt *RankingTable) Build(_ context.Context, _ report.Input) ([]report.Block, error) {
	r, err := required(rt.Ranking, "ranking")
	if err != nil {
		return nil, err
	}
	if len(r.Standings) == 0 {
		return nil, nil // no table of headers only
	}
	if r.Data == nil {
		return nil, &report.ParamError{Name: "ranking", Err: errors.New("a ranking without the data that names its members")}
	}
	t := &report.Table{Caption: rt.Caption, Head: []string{"Hạng", "Đơn vị", "Tổng điểm"}, Columns: []report.Column{{Align: report.AlignRight}, {}, {Align: report.AlignRight}}}
	for _, s := range r.Standings {
		t.Rows = append(t.Rows, []string{fmt.Sprintf("%02d", s.Rank), r.Data.NameOf(s.Member), metrics.FormatNumber(s.Total)})
	}
	return []report.Block{t}, nil
}

// ClosingSection places the recipients and the signature.
type ClosingSection struct {
	Closing report.Ref[report.Closing] `json:"closing"`
}

// Build returns the closing block.
func (cs *ClosingSection) Build(_ context.Context, _ report.Input) ([]report.Block, error) {
	c, err := required(cs.Closing, "closing")
	if err != nil {
		return nil, err
	}
	if c.Signature.Name == "" {
		return nil, &report.ParamError{Name: "closing", Err: errors.New("the signature has no name")}
	}
	if err := c.Signature.Authority.Validate(); err != nil {
		return nil, &report.ParamError{Name: "closing", Err: err}
	}
	return []report.Block{&c}, nil
}

// required returns the value of a parameter the section cannot do without.
func required[T any](r report.Ref[T], name string) (T, error) {
	if r.IsZero() {
		var zero T
		return zero, &report.ParamError{Name: name, Err: errors.New("missing")}
	}
	return r.Value(), nil
}

// Interface guards.
var (
	_ report.Section = (*Prose)(nil)
	_ report.Section = (*Comparison)(nil)
	_ report.Section = (*Campaigns)(nil)
	_ report.Section = (*AwardResults)(nil)
	_ report.Section = (*RankingTable)(nil)
	_ report.Section = (*ClosingSection)(nil)
)
