package metrics

import (
	"github.com/shopspring/decimal"
)

// Quantity is a figure that changes between periods and adds up into totals:
// an [Amount] or a [Count].
type Quantity[T any] interface {
	Amount | Count
	Add(T) (T, error)
	Sub(T) (T, error)
	Sign() int
	Qualifier() Qualifier
	String() string
	decimal() decimal.Decimal
	format(Formatter) string
	abs() T
}

func (a Amount) decimal() decimal.Decimal  { return a.v }
func (a Amount) format(f Formatter) string { return f.Amount(a) }
func (a Amount) abs() Amount               { return a.Abs() }
func (c Count) decimal() decimal.Decimal   { return decimal.New(c.n, 0) }
func (c Count) format(f Formatter) string  { return f.Count(c) }
func (c Count) abs() Count {
	if c.n < 0 {
		c.n = -c.n // |MinInt64| cannot arise: Sub refuses it
	}
	return c
}

// Ratio is an exact quotient Num/Den, kept as its two terms so that no
// digit is lost until a [Rounding] is chosen for display.
type Ratio struct {
	Num, Den decimal.Decimal
}

// Percent returns the ratio in percent, rounded by r: the rounding is always
// stated. A zero Rounding is refused, since most ratios have no finite
// decimal form; [DefaultPercent] is the usual choice.
func (q Ratio) Percent(r Rounding) (decimal.Decimal, error) {
	if q.Den.IsZero() {
		return decimal.Decimal{}, errorf("percent of %s/0: division by zero", q.Num.String())
	}
	if r.IsZero() {
		return decimal.Decimal{}, errorf("percent of %s/%s: no rounding given", q.Num.String(), q.Den.String())
	}
	num := q.Num.Shift(2)
	if !r.Multiple.IsZero() {
		return roundQuo(num, q.Den.Mul(r.Multiple), 0, r.Mode).Mul(r.Multiple), nil
	}
	return roundQuo(num, q.Den, r.Places, r.Mode), nil
}

// DefaultPercent returns the rounding of percentages in report prose: half
// up to two decimals ("75,45%"). It is a function, not a variable, so that
// no caller can change the rounding another caller's phrases get.
func DefaultPercent() Rounding {
	return Rounding{Name: "làm tròn nửa lên đến 2 chữ số thập phân", Mode: HalfUp, Places: 2}
}

// Change is the change of a figure between two periods: this period (Now)
// and the same period a year earlier (Before), as reports compare them
// ("so với cùng kỳ năm trước").
type Change[T Quantity[T]] struct {
	Now, Before T
	Diff        T // Now − Before, exactly
}

// NewChange returns the change from before to now. Both must be exact and,
// for amounts, in the same currency.
func NewChange[T Quantity[T]](now, before T) (Change[T], error) {
	d, err := now.Sub(before)
	if err != nil {
		return Change[T]{}, err
	}
	return Change[T]{Now: now, Before: before, Diff: d}, nil
}

// Ratio returns Diff/Before, exactly, and false when Before is zero and the
// change has no percentage.
func (c Change[T]) Ratio() (Ratio, bool) {
	if c.Before.Sign() == 0 {
		return Ratio{}, false
	}
	return Ratio{Num: c.Diff.decimal(), Den: c.Before.decimal().Abs()}, true
}

// Phrase returns the change as report prose writes it, with figures written
// by f and the percentage rounded by pct ([DefaultPercent] when zero):
//
//	tăng 479.429 USD (75,45%)
//	giảm 2 dự án (11,11%)
//	không thay đổi
//	tăng 5 dự án (cùng kỳ năm trước: 0)
//
// Nothing changed is "không thay đổi", never "giảm 0".
func (c Change[T]) Phrase(f Formatter, pct Rounding) string {
	if pct.IsZero() {
		pct = DefaultPercent()
	}
	sign := c.Diff.Sign()
	if sign == 0 {
		return "không thay đổi"
	}
	verb := "tăng "
	if sign < 0 {
		verb = "giảm "
	}
	s := verb + c.Diff.abs().format(f)
	r, ok := c.Ratio()
	if !ok {
		return s + " (cùng kỳ năm trước: 0)"
	}
	p, err := r.Percent(pct)
	if err != nil {
		return s
	}
	return s + " (" + FormatPercent(p.Abs()) + ")"
}

// ShortPhrase returns the change without its percentage, as prose often
// writes it: "tăng 479.429 USD", "giảm 2 dự án", "không thay đổi".
func (c Change[T]) ShortPhrase(f Formatter) string {
	switch c.Diff.Sign() {
	case 0:
		return "không thay đổi"
	case -1:
		return "giảm " + c.Diff.abs().format(f)
	}
	return "tăng " + c.Diff.abs().format(f)
}

// String returns the phrase with the zero Formatter and [DefaultPercent].
func (c Change[T]) String() string { return c.Phrase(Formatter{}, Rounding{}) }
