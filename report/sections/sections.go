// Package sections holds the built-in sections of tdkt's reports, which
// turn the values of metrics, awards and emulation into report blocks, and
// the templates tdkt ships. Importing it registers the sections in the
// default registry of package report:
//
//	import _ "github.com/tdkt-vn/tdkt/report/sections"
//
// # Sections
//
//	section.prose          officers' prose with figures and footnotes (see Parse);
//	                       params: text (the markup) or key (data holding it)
//	section.comparison     this period, the same period last year and the change;
//	                       params: key ([]Indicator), caption
//	section.campaigns      the campaigns of a season; params: key (*emulation.Data),
//	                       form ("thường xuyên" or "chuyên đề")
//	section.award-results  "Danh hiệu “Lao động tiên tiến” cho 30 cá nhân", counted
//	                       from award records; params: key ([]*awards.Record), year,
//	                       level ("cơ sở", "Bộ, tỉnh", "Nhà nước")
//	section.award-list     recipients with their reward money, the total in figures
//	                       and words; params: key ([]Awardee), caption
//	section.ranking        a bloc's ranking; params: key (Ranking)
//	section.closing        recipients and signature; params: key (report.Closing)
//	section.verdicts       the council's working list: every subject judged for a title
//	                       or form, with the criteria not met and their articles, no
//	                       personal facts; params: key ([]*awards.Record), award, year,
//	                       show ("all", "eligible", "not-eligible"), decided, evaluator
//
// Figures for prose come from the data named "figures" (a map[string]any).
package sections

import (
	"context"
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	for id, f := range map[string]func() report.Section{
		"section.prose":         func() report.Section { return &Prose{} },
		"section.comparison":    func() report.Section { return &Comparison{} },
		"section.campaigns":     func() report.Section { return &Campaigns{} },
		"section.award-results": func() report.Section { return &AwardResults{} },
		"section.award-list":    func() report.Section { return &AwardList{} },
		"section.ranking":       func() report.Section { return &RankingTable{} },
		"section.closing":       func() report.Section { return &ClosingSection{} },
		"section.verdicts":      func() report.Section { return &Verdicts{} },
	} {
		report.Sections.MustRegister(id, f)
	}
}

// Prose is officers' prose with figures: see Parse for the markup.
type Prose struct{}

// Params lists the parameters.
func (*Prose) Params() []string { return []string{"text", "key"} }

// Build parses the text.
func (*Prose) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	text, err := in.Params.StringOr("text", "")
	if err != nil {
		return nil, err
	}
	if text == "" {
		if text, err = report.DataOf[string](in, "key"); err != nil {
			return nil, fmt.Errorf("want a text or the key of one: %w", err)
		}
	}
	figures, _ := in.Data["figures"].(map[string]any)
	return Parse(text, figures)
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
type Comparison struct{}

// Params lists the parameters.
func (*Comparison) Params() []string { return []string{"key", "caption"} }

// Build computes every change.
func (*Comparison) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	items, err := report.DataOf[[]Indicator](in, "key")
	if err != nil {
		return nil, err
	}
	caption, err := in.Params.StringOr("caption", "")
	if err != nil {
		return nil, err
	}
	t := &report.Table{Caption: caption, Head: []string{"Chỉ tiêu", "Kỳ này", "Cùng kỳ năm trước", "Tăng, giảm"}, Right: []bool{false, true, true, false}}
	for _, it := range items {
		row, err := it.row()
		if err != nil {
			return nil, fmt.Errorf("indicator %q: %w", it.Name, err)
		}
		t.Rows = append(t.Rows, row)
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
type Campaigns struct{}

// Params lists the parameters.
func (*Campaigns) Params() []string { return []string{"key", "form"} }

// Build lists the campaigns, in the order of the data.
func (*Campaigns) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	d, err := report.DataOf[*emulation.Data](in, "key")
	if err != nil {
		return nil, err
	}
	form, err := in.Params.StringOr("form", "")
	if err != nil {
		return nil, err
	}
	var want emulation.Form
	if form != "" {
		if err := want.UnmarshalText([]byte(form)); err != nil {
			return nil, &report.ParamError{Name: "form", Msg: err.Error()}
		}
	}
	l := &report.List{}
	for _, c := range d.Campaigns {
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

func launchedBy(d *emulation.Data, a emulation.Authority) string {
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
type AwardResults struct{}

// Params lists the parameters.
func (*AwardResults) Params() []string { return []string{"key", "year", "level"} }

// Build counts and lists: collectives first, then individuals and
// households, each in catalogue order; with "level" ("cơ sở", "Bộ, tỉnh",
// "Nhà nước"), only the titles and forms of that level.
func (*AwardResults) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	recs, err := report.DataOf[[]*awards.Record](in, "key")
	if err != nil {
		return nil, err
	}
	year, err := in.Params.Int("year")
	if err != nil {
		return nil, err
	}
	levelText, err := in.Params.StringOr("level", "")
	if err != nil {
		return nil, err
	}
	level := -1
	switch levelText {
	case "":
	case "cơ sở":
		level = int(awards.Grassroots)
	case "Bộ, tỉnh":
		level = int(awards.Ministry)
	case "Nhà nước":
		level = int(awards.State)
	default:
		return nil, &report.ParamError{Name: "level", Msg: fmt.Sprintf("%q; want \"cơ sở\", \"Bộ, tỉnh\" or \"Nhà nước\"", levelText)}
	}
	type key struct {
		id   awards.ID
		kind awards.SubjectKind
	}
	counts := map[key]int{}
	for _, r := range recs {
		for _, h := range r.Honours {
			if h.Year == year {
				counts[key{h.Award, r.Kind}]++
			}
		}
	}
	l := &report.List{}
	two := metrics.Formatter{MinDigits: 2}
	for _, kind := range []awards.SubjectKind{awards.Collective, awards.Individual, awards.Household} {
		for _, a := range awards.Catalogue() {
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

// Awardee is one recipient of a title or form in a decision's list.
type Awardee struct {
	Name  string
	Unit  string
	Grant awards.Grant
}

// AwardList is the list of recipients of a decision with each one's reward
// money, priced by the award rules, the total in figures and in words.
type AwardList struct{}

// Params lists the parameters.
func (*AwardList) Params() []string { return []string{"key", "caption"} }

// Build prices every recipient and totals.
func (*AwardList) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	list, err := report.DataOf[[]Awardee](in, "key")
	if err != nil {
		return nil, err
	}
	caption, err := in.Params.StringOr("caption", "")
	if err != nil {
		return nil, err
	}
	t := &report.Table{Caption: caption, Head: []string{"STT", "Họ và tên, tập thể", "Đơn vị", "Danh hiệu, hình thức", "Số tiền (đồng)"}, Right: []bool{true, false, false, false, true}}
	money := metrics.Formatter{NoUnit: true}
	var acc metrics.Accumulator
	for i, a := range list {
		r, err := awards.Price(a.Grant)
		if err != nil {
			return nil, fmt.Errorf("recipient %d (%s): %w", i+1, a.Name, err)
		}
		award, _ := awards.Lookup(a.Grant.Award)
		t.Rows = append(t.Rows, []string{fmt.Sprint(i + 1), a.Name, a.Unit, award.Name, money.Amount(r.Amount)})
		acc.Add(r.Amount.Decimal())
	}
	total := metrics.NewAmount(acc.Decimal(), metrics.VND)
	t.Foot = [][]string{{"", "Cộng", "", "", money.Amount(total)}}
	words := &report.Figure{Value: report.WordsValue(total, metrics.Words{})}
	return []report.Block{t, report.P(&report.Text{Text: "Tổng số tiền bằng chữ: ", Italic: true}, words, report.T("."))}, nil
}

// Ranking is a bloc's ranking with the data that names its members.
type Ranking struct {
	Data      *emulation.Data
	Standings []emulation.Standing
}

// RankingTable writes a ranking as a table.
type RankingTable struct{}

// Params lists the parameters.
func (*RankingTable) Params() []string { return []string{"key", "caption"} }

// Build writes one row per member.
func (*RankingTable) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	r, err := report.DataOf[Ranking](in, "key")
	if err != nil {
		return nil, err
	}
	caption, err := in.Params.StringOr("caption", "")
	if err != nil {
		return nil, err
	}
	t := &report.Table{Caption: caption, Head: []string{"Hạng", "Đơn vị", "Tổng điểm"}, Right: []bool{true, false, true}}
	for _, s := range r.Standings {
		t.Rows = append(t.Rows, []string{fmt.Sprintf("%02d", s.Rank), r.Data.NameOf(s.Member), metrics.FormatNumber(s.Total)})
	}
	return []report.Block{t}, nil
}

// ClosingSection places the recipients and the signature.
type ClosingSection struct{}

// Params lists the parameters.
func (*ClosingSection) Params() []string { return []string{"key"} }

// Build returns the closing block.
func (*ClosingSection) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	c, err := report.DataOf[report.Closing](in, "key")
	if err != nil {
		return nil, err
	}
	if c.Signature.Name == "" {
		return nil, fmt.Errorf("the signature has no name")
	}
	return []report.Block{&c}, nil
}

// Interface guards.
var (
	_ report.Section = (*Prose)(nil)
	_ report.Known   = (*Prose)(nil)
	_ report.Section = (*Comparison)(nil)
	_ report.Section = (*Campaigns)(nil)
	_ report.Section = (*AwardResults)(nil)
	_ report.Section = (*AwardList)(nil)
	_ report.Section = (*RankingTable)(nil)
	_ report.Section = (*ClosingSection)(nil)
)
