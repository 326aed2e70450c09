package report

import (
	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
)

// Value is a figure in prose. Renderers call Text when they write it, so
// that the document keeps the value and the text always agrees with it.
// A Value that also has a method Data() any gives the JSON renderer the
// machine form.
type Value interface {
	Text() string
}

// AmountValue is an amount written by a formatter: "2.171.123 USD",
// "90 triệu đồng".
func AmountValue(a metrics.Amount, f metrics.Formatter) Value { return amountValue{a, f} }

// CountValue is a count written by a formatter: "09 hội nghị trực tuyến".
func CountValue(c metrics.Count, f metrics.Formatter) Value { return countValue{c, f} }

// WordsValue is an amount in words: "Năm triệu bảy trăm bốn mươi nghìn đồng".
func WordsValue(a metrics.Amount, w metrics.Words) Value { return wordsValue{a, w} }

// NumberValue is a plain number: "3.615".
func NumberValue(d decimal.Decimal) Value { return numberValue{d} }

// ChangeValue is a change between periods: "tăng 479.429 USD (75,45%)".
func ChangeValue[T metrics.Quantity[T]](c metrics.Change[T], f metrics.Formatter, pct metrics.Rounding) Value {
	return changeValue{text: func() string { return c.Phrase(f, pct) }, now: c.Now, before: c.Before}
}

type amountValue struct {
	a metrics.Amount
	f metrics.Formatter
}

func (v amountValue) Text() string { return v.f.Amount(v.a) }
func (v amountValue) Data() any    { return v.a }

type countValue struct {
	c metrics.Count
	f metrics.Formatter
}

func (v countValue) Text() string { return v.f.Count(v.c) }
func (v countValue) Data() any    { return v.c }

type wordsValue struct {
	a metrics.Amount
	w metrics.Words
}

func (v wordsValue) Text() string {
	s, err := v.w.Amount(v.a)
	if err != nil {
		return v.a.String() // an amount that cannot be spelled is written in figures
	}
	return s
}
func (v wordsValue) Data() any { return v.a }

type numberValue struct{ d decimal.Decimal }

func (v numberValue) Text() string { return metrics.FormatNumber(v.d) }
func (v numberValue) Data() any    { return v.d.String() }

type changeValue struct {
	text        func() string
	now, before any
}

func (v changeValue) Text() string { return v.text() }
func (v changeValue) Data() any    { return map[string]any{"now": v.now, "before": v.before} }

// TextValue is a fixed text used as a figure, for phrases a section or a
// host computes itself ("100%", "tăng 1 dự án"). It is public because
// hosts fill the Data with figures (examples/semiannual does).
type TextValue string

func (v TextValue) Text() string { return string(v) }
