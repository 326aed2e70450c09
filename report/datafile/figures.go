package datafile

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

// figure is a figure of the prose: written, or computed from other
// figures, the season, the award records or the lists. doc.go describes
// each kind.
type figure struct {
	Amount       string        `json:"amount,omitempty"`       // "2.171.123 USD", "gần 30 triệu đồng"
	Count        string        `json:"count,omitempty"`        // "3.615 văn bản đến", "khoảng 17.967 lượt"
	Sum          []string      `json:"sum,omitempty"`          // the figures added
	Times        []string      `json:"times,omitempty"`        // a count and a unit price: their product
	UnitPrice    []string      `json:"unit_price,omitempty"`   // a count and a unit price, written "150 suất × 600.000 đồng"
	Change       []string      `json:"change,omitempty"`       // this period, the same period last year
	Rate         []string      `json:"rate,omitempty"`         // a part and its whole, in percent: "97,3%"
	OutOf        []string      `json:"out_of,omitempty"`       // a part and its whole: "42/42 cá nhân"
	Registration *registration `json:"registration,omitempty"` // the rate of a campaign
	Honours      *honours      `json:"honours,omitempty"`      // counted from award records
	Granted      *granted      `json:"granted,omitempty"`      // counted from a list
	Money        string        `json:"money,omitempty"`        // the reward money of a list, priced by the award rules
	Words        string        `json:"words,omitempty"`        // an amount in words
	Label        string        `json:"label,omitempty"`        // the label of a sum or a count
	Stated       string        `json:"stated,omitempty"`       // a total the source states, checked against the parts
	Round        *rounding     `json:"round,omitempty"`        // the rounding of a rate
	Format       format        `json:"format,omitzero"`
}

// kinds returns the names of the kinds f is, in the order of doc.go.
func (f *figure) kinds() []string {
	var k []string
	for _, x := range []struct {
		name string
		set  bool
	}{
		{"amount", f.Amount != ""}, {"count", f.Count != ""}, {"sum", f.Sum != nil}, {"times", f.Times != nil},
		{"unit_price", f.UnitPrice != nil}, {"change", f.Change != nil}, {"rate", f.Rate != nil}, {"out_of", f.OutOf != nil},
		{"registration", f.Registration != nil}, {"honours", f.Honours != nil}, {"granted", f.Granted != nil},
		{"money", f.Money != ""}, {"words", f.Words != ""},
	} {
		if x.set {
			k = append(k, x.name)
		}
	}
	return k
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

type granted struct {
	List    string `json:"list"`
	Award   string `json:"award,omitempty"`   // an award ID, abbreviation or name; every award when absent
	Subject string `json:"subject,omitempty"` // "cá nhân", "tập thể", "hộ gia đình"; every subject when absent
}

// maxPlaces bounds the decimals of a rate.
const maxPlaces = 6

type rounding struct {
	Places *int32 `json:"places"`
	Mode   string `json:"mode,omitempty"`
}

// modes are the names of the rounding modes a rate takes.
var modes = map[string]metrics.RoundingMode{
	"half-up": metrics.HalfUp, "half-even": metrics.HalfEven, "ceiling": metrics.Ceiling,
	"floor": metrics.Floor, "away-from-zero": metrics.AwayFromZero, "toward-zero": metrics.TowardZero,
}

func (r *rounding) rounding() (metrics.Rounding, error) {
	if r == nil || r.Places == nil {
		return metrics.Rounding{}, errors.New(`a rate needs its rounding: "round": {"places": 1}`)
	}
	if *r.Places < 0 || *r.Places > maxPlaces {
		return metrics.Rounding{}, fmt.Errorf("round.places %d; want 0 to %d", *r.Places, maxPlaces)
	}
	mode := metrics.HalfUp
	if r.Mode != "" {
		m, ok := modes[r.Mode]
		if !ok {
			return metrics.Rounding{}, fmt.Errorf("round.mode %q; want half-up, half-even, ceiling, floor, away-from-zero or toward-zero", r.Mode)
		}
		mode = m
	}
	return metrics.Rounding{Mode: mode, Places: *r.Places}, nil
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

// value is a computed figure: an amount or a count, with its formatter,
// or a phrase.
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

// computer computes figures, each once, refusing cycles.
type computer struct {
	figures map[string]figure
	lists   map[string][]grant
	season  *emulation.Season
	records []*awards.Record
	pay     func([]awards.Payment) (awards.Payout, error)
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
	if err := fm.Validate(); err != nil {
		return value{}, err
	}
	kinds := f.kinds()
	switch {
	case len(kinds) == 0:
		return value{}, errors.New("want one of amount, count, sum, times, unit_price, change, rate, out_of, registration, honours, granted, money, words")
	case len(kinds) > 1:
		return value{}, fmt.Errorf("a figure is of one kind; this one is %s", strings.Join(kinds, " and "))
	case f.Round != nil && f.Rate == nil:
		return value{}, errors.New("round is read by rate only")
	case f.Stated != "" && f.Sum == nil:
		return value{}, errors.New("stated is read by sum only")
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
	case f.Sum != nil:
		if err := c.sum(f, &v); err != nil {
			return value{}, err
		}
	case f.Times != nil:
		n, p, err := c.countAndPrice("times", f.Times)
		if err != nil {
			return value{}, err
		}
		a, err := n.count.Times(*p.amount)
		if err != nil {
			return value{}, err
		}
		v.amount = &a
	case f.UnitPrice != nil:
		n, p, err := c.countAndPrice("unit_price", f.UnitPrice)
		if err != nil {
			return value{}, err
		}
		v.text = n.f.Count(*n.count) + " × " + p.f.Amount(*p.amount)
	case f.Change != nil:
		now, before, err := c.pair("change", f.Change)
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
	case f.Rate != nil:
		r, err := f.Round.rounding()
		if err != nil {
			return value{}, err
		}
		part, whole, err := c.pair("rate", f.Rate)
		if err != nil {
			return value{}, err
		}
		q, err := ratio(part, whole)
		if err != nil {
			return value{}, fmt.Errorf("rate: %w", err)
		}
		p, err := q.Percent(r)
		if err != nil {
			return value{}, err
		}
		v.text = metrics.FormatPercent(p)
	case f.OutOf != nil:
		part, whole, err := c.pair("out_of", f.OutOf)
		if err != nil {
			return value{}, err
		}
		if part.count == nil || whole.count == nil {
			return value{}, errors.New("out_of wants two counts")
		}
		if err := exact("out_of", *part.count, *whole.count); err != nil {
			return value{}, err
		}
		label := f.Label
		if label == "" {
			label = whole.count.Label()
		}
		bare := fm
		bare.NoUnit = true
		v.text = bare.Count(*part.count) + "/" + bare.Count(*whole.count)
		if label != "" {
			v.text += " " + label
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
		n, err := c.honours(f.Honours)
		if err != nil {
			return value{}, err
		}
		label := f.Label
		if label == "" {
			label = f.Honours.Kind
		}
		cnt := metrics.NewCount(int64(n), label)
		v.count = &cnt
	case f.Granted != nil:
		n, err := c.granted(f.Granted)
		if err != nil {
			return value{}, err
		}
		label := f.Label
		if label == "" {
			label = f.Granted.Subject
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
		a, err := c.money(f.Money)
		if err != nil {
			return value{}, err
		}
		v.amount = &a
	}
	c.done[name] = v
	return v, nil
}

// pair computes the two figures a kind of figure names.
func (c *computer) pair(kind string, names []string) (a, b value, err error) {
	if len(names) != 2 {
		return value{}, value{}, fmt.Errorf("%s wants two figures; found %d", kind, len(names))
	}
	if a, err = c.compute(names[0]); err != nil {
		return value{}, value{}, err
	}
	if b, err = c.compute(names[1]); err != nil {
		return value{}, value{}, err
	}
	return a, b, nil
}

// countAndPrice computes a count and a unit price.
func (c *computer) countAndPrice(kind string, names []string) (n, p value, err error) {
	if n, p, err = c.pair(kind, names); err != nil {
		return value{}, value{}, err
	}
	if n.count == nil || p.amount == nil {
		return value{}, value{}, fmt.Errorf("%s wants a count and an amount", kind)
	}
	return n, p, nil
}

// exact refuses qualified counts ("khoảng 17.967 lượt") in arithmetic.
func exact(op string, cs ...metrics.Count) error {
	for _, x := range cs {
		if x.Qualifier() != metrics.Exact {
			return &metrics.QualifiedError{Op: op, Value: x.String()}
		}
	}
	return nil
}

// ratio is part/whole: two counts, or two amounts in one currency, exact,
// with a whole that is not zero.
func ratio(part, whole value) (metrics.Ratio, error) {
	var q metrics.Ratio
	switch {
	case part.count != nil && whole.count != nil:
		if err := exact("rate", *part.count, *whole.count); err != nil {
			return q, err
		}
		q = metrics.Ratio{Num: decimal.New(part.count.N(), 0), Den: decimal.New(whole.count.N(), 0)}
	case part.amount != nil && whole.amount != nil:
		for _, a := range []metrics.Amount{*part.amount, *whole.amount} {
			if a.Qualifier() != metrics.Exact {
				return q, &metrics.QualifiedError{Op: "rate", Value: a.String()}
			}
		}
		if part.amount.Currency() != whole.amount.Currency() {
			return q, fmt.Errorf("%s and %s: %w", part.amount, whole.amount, metrics.ErrCurrencyMismatch)
		}
		q = metrics.Ratio{Num: part.amount.Decimal(), Den: whole.amount.Decimal()}
	default:
		return q, errors.New("want two counts or two amounts")
	}
	if q.Den.IsZero() {
		return q, errors.New("the whole is zero")
	}
	return q, nil
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
func (c *computer) honours(h *honours) (int, error) {
	var kind awards.SubjectKind
	if h.Kind != "" {
		k, err := awards.ParseSubjectKind(h.Kind)
		if err != nil {
			return 0, fmt.Errorf("honours.kind: %w", err)
		}
		kind = k
	}
	n := 0
	for _, r := range c.records {
		if h.Subject != "" && r.ID != h.Subject {
			continue
		}
		if h.Kind != "" && kind != r.Kind {
			continue
		}
		for _, x := range r.Honours {
			if x.Award == h.Award && x.Year == h.Year &&
				(h.Grantor == "" || x.Decision.Grantor == h.Grantor) &&
				(h.Achievement == "" || x.Achievement == h.Achievement) {
				n++
			}
		}
	}
	return n, nil
}

// granted counts the grants of a list that match g.
func (c *computer) granted(g *granted) (int, error) {
	list, ok := c.lists[g.List]
	if !ok {
		return 0, fmt.Errorf("granted: no list named %q", g.List)
	}
	var award awards.ID
	if g.Award != "" {
		id, err := awards.ParseAward(g.Award)
		if err != nil {
			return 0, fmt.Errorf("granted.award: %w", err)
		}
		award = id
	}
	var kind awards.SubjectKind
	if g.Subject != "" {
		k, err := awards.ParseSubjectKind(g.Subject)
		if err != nil {
			return 0, fmt.Errorf("granted.subject: %w", err)
		}
		kind = k
	}
	n := 0
	for _, x := range list {
		if (g.Award == "" || x.Grant.Award == award) && (g.Subject == "" || x.Grant.Subject == kind) {
			n++
		}
	}
	return n, nil
}

// money prices the grants of a list: one awards.Payment for each grant that
// recurs (one title, one kind of subject, one date), with its number of
// recipients, paid by awards.Pay.
func (c *computer) money(name string) (metrics.Amount, error) {
	list, ok := c.lists[name]
	if !ok {
		return metrics.Amount{}, fmt.Errorf("no list named %q", name)
	}
	var payments []awards.Payment
	var first []int // the recipient of the list that opens each payment
	at := map[awards.Grant]int{}
	for i, x := range list {
		j, ok := at[x.Grant]
		if !ok {
			j = len(payments)
			at[x.Grant] = j
			payments = append(payments, awards.Payment{Grant: x.Grant})
			first = append(first, i)
		}
		payments[j].Recipients++
	}
	out, err := c.pay(payments)
	if err != nil {
		// Find the payment at fault, to name its first recipient.
		for j, p := range payments {
			if _, err := c.pay([]awards.Payment{p}); err != nil {
				return metrics.Amount{}, fmt.Errorf("list %q, recipient %d: %w", name, first[j]+1, err)
			}
		}
		return metrics.Amount{}, fmt.Errorf("list %q: %w", name, err)
	}
	if len(payments) == 0 {
		return metrics.NewAmount(decimal.Zero, metrics.VND), nil
	}
	return out.Total, nil
}
