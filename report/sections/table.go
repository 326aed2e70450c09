package sections

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

// Table is a general table: one row per record of the data, with columns
// bound to the records' fields, figures written by metrics, rates computed
// from two fields, subtotals, totals and the total in words.
//
// # Records
//
// Rows holds the records, in one of the forms a portal or a data file has
// at hand:
//
//   - a []map[string]any, a portal's rows read from its database, or a
//     JSON array of objects decoded with json.Decoder.UseNumber (a []any of
//     map[string]any);
//   - a slice of structs, or of pointers to structs, whose fields are named
//     by their json tag, or by their Go name.
//
// A field holds text (a string), or a figure: a json.Number (its digits,
// not an exponent), a Go integer,
// a decimal.Decimal, a metrics.Amount or metrics.Count, or a string of
// digits written the Vietnamese way ("1.114.831,25"). Figures are exact: a
// float64 or float32 is an error, never a rounded figure (decode JSON with
// UseNumber). A null field is an empty cell, which sums leave out; a field
// the record lacks is an error naming the record.
//
// # Totals
//
// A column with Sum is added up: a subtotal row ("Cộng Tổ Toán") closes
// each run of records with the same Group, and a totals row (Total,
// "Tổng cộng") ends the table. The rate of a totals row is computed from
// the totals of its two fields, never added. Words writes the total of an
// amount column in words on a line after the table, kept with it.
//
// A table whose data holds no record builds no block: no empty table with
// its headers. Mark the template's entry "optional" to leave its heading
// out too.
//
// In a template file:
//
//	{"use": "table", "params": {"rows": "don_vi", "total": "Tổng cộng", "words": "tien",
//	 "columns": [
//	   {"title": "STT", "format": "index"},
//	   {"title": "Đơn vị", "field": "ten"},
//	   {"title": "Số người", "field": "so_nguoi", "format": "count", "sum": true},
//	   {"title": "LĐTT", "field": "ldtt", "format": "count", "min_digits": 2, "sum": true},
//	   {"title": "Tỷ lệ", "format": "rate", "of": ["ldtt", "so_nguoi"], "round": {"mode": "half-up", "places": 1}},
//	   {"title": "Số tiền (đồng)", "field": "tien", "format": "amount", "sum": true}]}}
type Table struct {
	Rows    report.Ref[any] `json:"rows"`
	Columns []Column        `json:"columns"`
	Caption string          `json:"caption,omitempty"`
	// Group names a field: each run of consecutive records with the same
	// value in it is closed by a subtotal row.
	Group string `json:"group,omitempty"`
	// Subtotal is the label of a subtotal row, before the group's value:
	// "Cộng" (the default) writes "Cộng Tổ Toán".
	Subtotal string `json:"subtotal,omitempty"`
	// Total is the label of the totals row ("Tổng cộng"); "" leaves the
	// row out.
	Total string `json:"total,omitempty"`
	// Words names the field of an amount column whose total is written in
	// words on a line after the table: "Bằng chữ: Năm triệu đồng."
	Words string `json:"words,omitempty"`
	// WordsLabel replaces "Bằng chữ" ("Tổng số tiền bằng chữ").
	WordsLabel string `json:"words_label,omitempty"`
}

// Column is a column of a [Table]: its title, the field it shows, how the
// field is written, and its layout.
type Column struct {
	Title string `json:"title"`
	// Field is the record's field the column shows; none for "index" and
	// "rate".
	Field string `json:"field,omitempty"`
	// Format says what the field holds and how the cell writes it:
	//
	//	"" or "text"  text as it is, a figure as its digits
	//	"index"       the row's number ("STT"), counted from 1
	//	"count"       a whole number: "3.615", "09" with MinDigits 2
	//	"number"      an exact decimal: "1.114.831,25"
	//	"amount"      money in Currency, without the unit, which the title
	//	              gives ("Số tiền (đồng)"): "5.740.000"
	//	"rate"        Of[0] / Of[1] in percent, rounded by Round: "71,4%";
	//	              blank when Of[1] is zero
	Format string `json:"format,omitempty"`
	// MinDigits pads the counts of a "count" column: 2 writes "09".
	MinDigits int `json:"min_digits,omitempty"`
	// Currency is the currency of an "amount" column's plain numbers; the
	// zero value is VND. A metrics.Amount in the field keeps its own,
	// which must be the column's.
	Currency metrics.Currency `json:"currency,omitempty"`
	// Of names the numerator and the denominator of a "rate".
	Of []string `json:"of,omitempty"`
	// Round rounds a "rate", which needs one: {"mode": "half-up",
	// "places": 1} writes 5/7 as "71,4%".
	Round Rounding `json:"round,omitzero"`
	// Sum adds the column up in the subtotal and totals rows; for "count",
	// "number" and "amount" columns. A rate's totals need no Sum.
	Sum bool `json:"sum,omitempty"`
	// Align aligns the cells; the zero value aligns figures and the index
	// to the right and text to the left.
	Align report.Align `json:"align,omitzero"`
	// Width is a hint: the column's share of the text width, in percent.
	Width int `json:"width,omitempty"`
}

// Rounding is a metrics.Rounding as a template writes it: {"name": "…",
// "mode": "half-up", "places": 1}. The modes are "half-up", "half-even",
// "ceiling", "floor", "away-from-zero" and "toward-zero".
type Rounding metrics.Rounding

var roundingModes = map[string]metrics.RoundingMode{
	"half-up": metrics.HalfUp, "half-even": metrics.HalfEven, "ceiling": metrics.Ceiling,
	"floor": metrics.Floor, "away-from-zero": metrics.AwayFromZero, "toward-zero": metrics.TowardZero,
}

// UnmarshalJSON reads {"name", "mode", "places"}; unknown fields and
// modes are errors.
func (r *Rounding) UnmarshalJSON(b []byte) error {
	var v struct {
		Name   string `json:"name"`
		Mode   string `json:"mode"`
		Places int32  `json:"places"`
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("rounding: %w", err)
	}
	m, ok := roundingModes[v.Mode]
	if !ok {
		return fmt.Errorf("rounding: mode %q; want half-up, half-even, ceiling, floor, away-from-zero or toward-zero", v.Mode)
	}
	*r = Rounding{Name: v.Name, Mode: m, Places: v.Places}
	return nil
}

// maxRatePlaces bounds the decimals of a rate: a percentage in a
// document has one or two.
const maxRatePlaces = 6

// column is a Column checked, with what Build needs.
type column struct {
	Column
	pos      int // the column's place in the table
	format   string
	currency metrics.Currency
	f        metrics.Formatter
}

// Build writes one row per record, the subtotals, the totals and the line
// in words.
func (t *Table) Build(ctx context.Context, _ report.Input) ([]report.Block, error) {
	if t.Rows.IsZero() {
		return nil, &report.ParamError{Name: "rows", Err: errors.New("missing")}
	}
	cols, err := t.columns()
	if err != nil {
		return nil, err
	}
	recs, err := records(t.Rows.Value())
	if err != nil {
		return nil, &report.ParamError{Name: "rows", Err: err}
	}
	if len(recs) == 0 {
		return nil, nil
	}
	tab := &report.Table{Caption: t.Caption}
	for _, c := range cols {
		tab.Head = append(tab.Head, c.Title)
		al := c.Align
		if al == report.AlignDefault && c.format != "text" {
			al = report.AlignRight
		}
		tab.Columns = append(tab.Columns, report.Column{Align: al, Width: c.Width})
	}
	label := labelColumn(cols)
	total, group := newSums(cols), newSums(cols)
	var groupKey string
	subtotal := t.Subtotal
	if subtotal == "" {
		subtotal = "Cộng"
	}
	closeGroup := func() {
		row := group.row(cols)
		row[label] = subtotal + " " + groupKey
		tab.Rows = append(tab.Rows, row)
		group = newSums(cols)
	}
	for i, rec := range recs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if t.Group != "" {
			v, err := rec.get(t.Group)
			if err == nil {
				var k string
				if k, err = text(v); err == nil && i > 0 && k != groupKey {
					closeGroup()
				}
				groupKey = k
			}
			if err != nil {
				return nil, fmt.Errorf("record %d: field %q: %w", i+1, t.Group, err)
			}
		}
		row := make([]string, len(cols))
		for j, c := range cols {
			cell, err := c.cell(rec, i, total, group)
			if err != nil {
				return nil, fmt.Errorf("record %d, column %q: %w", i+1, c.Title, err)
			}
			row[j] = cell
		}
		tab.Rows = append(tab.Rows, row)
	}
	if t.Group != "" {
		closeGroup()
	}
	if t.Total != "" {
		row := total.row(cols)
		row[label] = t.Total
		tab.Foot = [][]string{row}
	}
	if t.Words == "" {
		return []report.Block{tab}, nil
	}
	var words metrics.Amount
	for j, c := range cols {
		if c.Field == t.Words {
			words = total.amounts[j]
		}
	}
	tab.KeepNext = true
	wl := t.WordsLabel
	if wl == "" {
		wl = "Bằng chữ"
	}
	if _, err := (metrics.Words{}).Amount(words); err != nil {
		return nil, &report.ParamError{Name: "words", Err: err}
	}
	line := report.P(&report.Text{Text: wl + ": ", Italic: true}, &report.Figure{Value: report.WordsValue(words, metrics.Words{})}, report.T("."))
	return []report.Block{tab, line}, nil
}

// columns checks the columns and the parameters that name them.
func (t *Table) columns() ([]column, error) {
	if len(t.Columns) == 0 {
		return nil, &report.ParamError{Name: "columns", Err: errors.New("missing: want at least one column")}
	}
	cols := make([]column, len(t.Columns))
	words := t.Words == ""
	for i, c := range t.Columns {
		fail := func(format string, args ...any) error {
			return &report.ParamError{Name: fmt.Sprintf("columns[%d]", i), Err: fmt.Errorf(format, args...)}
		}
		cc := column{Column: c, pos: i, format: c.Format}
		if cc.format == "" {
			cc.format = "text"
		}
		switch cc.format {
		case "text", "count", "number", "amount":
			if c.Field == "" {
				return nil, fail("%s: no field", cc.format)
			}
		case "index", "rate":
			if c.Field != "" {
				return nil, fail("%s: a field %q; the column computes its cells", cc.format, c.Field)
			}
		default:
			return nil, fail("format %q; want text, index, count, number, amount or rate", c.Format)
		}
		if c.Sum && cc.format != "count" && cc.format != "number" && cc.format != "amount" {
			return nil, fail("sum: a %s column does not add up", cc.format)
		}
		if cc.format == "rate" {
			if len(c.Of) != 2 || c.Of[0] == "" || c.Of[1] == "" {
				return nil, fail("rate: want \"of\": [numerator, denominator], two fields")
			}
			if metrics.Rounding(c.Round).IsZero() {
				return nil, fail(`rate: no rounding; want "round": {"mode": "half-up", "places": 1}, say`)
			}
			if p := c.Round.Places; p < 0 || p > maxRatePlaces {
				return nil, fail("rate: %d places; want 0 to %d", p, maxRatePlaces)
			}
		} else if len(c.Of) > 0 {
			return nil, fail("of: only a rate has it")
		}
		if c.MinDigits < 0 || c.MinDigits > metrics.MaxMinDigits {
			return nil, fail("min_digits %d; want 0 to %d", c.MinDigits, metrics.MaxMinDigits)
		}
		if !c.Align.Valid() {
			return nil, fail("align %v is none of left, center, right and justify", c.Align)
		}
		cc.currency = metrics.VND
		if c.Currency != "" {
			cur, err := metrics.ParseCurrency(string(c.Currency))
			if err != nil {
				return nil, fail("%v", err)
			}
			cc.currency = cur
		}
		cc.f = metrics.Formatter{MinDigits: c.MinDigits, NoUnit: true}
		if !words && c.Field == t.Words {
			if cc.format != "amount" || !c.Sum {
				return nil, &report.ParamError{Name: "words", Err: fmt.Errorf("%q is a column of format %s; want an amount column with sum", t.Words, cc.format)}
			}
			words = true
		}
		cols[i] = cc
	}
	if !words {
		return nil, &report.ParamError{Name: "words", Err: fmt.Errorf("no amount column shows the field %q", t.Words)}
	}
	return cols, nil
}

// labelColumn is where the subtotal and totals rows write their label:
// the first text column, or the first column.
func labelColumn(cols []column) int {
	for i, c := range cols {
		if c.format == "text" {
			return i
		}
	}
	return 0
}

// sums adds up the columns of a group or of the table: per column, the
// sum of a count or number, the amount, and a rate's two terms.
type sums struct {
	numbers []decimal.Decimal
	amounts []metrics.Amount
	rates   [][2]decimal.Decimal
}

func newSums(cols []column) *sums {
	return &sums{numbers: make([]decimal.Decimal, len(cols)), amounts: make([]metrics.Amount, len(cols)), rates: make([][2]decimal.Decimal, len(cols))}
}

// row writes the sums as a row: the sums of the Sum columns, the rates of
// the totals, blanks elsewhere.
func (s *sums) row(cols []column) []string {
	row := make([]string, len(cols))
	for j, c := range cols {
		switch {
		case c.format == "rate":
			row[j] = c.rate(s.rates[j])
		case !c.Sum:
		case c.format == "amount":
			row[j] = c.f.Amount(s.amounts[j])
		default:
			row[j] = c.f.Number(s.numbers[j])
		}
	}
	return row
}

// rate writes num/den in percent, rounded; blank when den is zero.
func (c column) rate(terms [2]decimal.Decimal) string {
	if terms[1].IsZero() {
		return ""
	}
	pct, err := metrics.Ratio{Num: terms[0], Den: terms[1]}.Percent(metrics.Rounding(c.Round))
	if err != nil {
		return ""
	}
	return metrics.FormatPercent(pct)
}

// cell writes the column's cell of record i and adds its figure to the
// sums.
func (c column) cell(rec record, i int, sums ...*sums) (string, error) {
	switch c.format {
	case "index":
		return strconv.Itoa(i + 1), nil
	case "rate":
		var terms [2]decimal.Decimal
		for k, f := range c.Of {
			v, err := rec.get(f)
			if err != nil {
				return "", fmt.Errorf("field %q: %w", f, err)
			}
			if v == nil {
				return "", nil
			}
			if terms[k], _, err = number(v); err != nil {
				return "", fmt.Errorf("field %q: %w", f, err)
			}
		}
		for _, s := range sums {
			j := c.pos
			s.rates[j][0] = s.rates[j][0].Add(terms[0])
			s.rates[j][1] = s.rates[j][1].Add(terms[1])
		}
		return c.rate(terms), nil
	}
	v, err := rec.get(c.Field)
	if err != nil {
		return "", fmt.Errorf("field %q: %w", c.Field, err)
	}
	if v == nil {
		return "", nil
	}
	if c.format == "text" {
		return text(v)
	}
	d, amount, err := number(v)
	if err != nil {
		return "", fmt.Errorf("field %q: %w", c.Field, err)
	}
	switch c.format {
	case "count":
		if !d.IsInteger() {
			return "", fmt.Errorf("field %q: %s is not a whole number", c.Field, d)
		}
	case "amount":
		a := metrics.NewAmount(d, c.currency)
		if amount != nil {
			if amount.Currency() != c.currency {
				return "", fmt.Errorf("field %q: an amount in %s in a column of %s", c.Field, amount.Currency(), c.currency)
			}
			a = *amount
		}
		if c.Sum {
			for _, s := range sums {
				j := c.pos
				if s.amounts[j], err = s.amounts[j].Add(a); err != nil {
					return "", fmt.Errorf("field %q: %w", c.Field, err)
				}
			}
		}
		return c.f.Amount(a), nil
	}
	if c.Sum {
		for _, s := range sums {
			j := c.pos
			s.numbers[j] = s.numbers[j].Add(d)
		}
	}
	return c.f.Number(d), nil
}

// record is one record of the data: a map or a struct.
type record struct {
	m map[string]any
	v reflect.Value // a struct
}

// get returns the field name of the record; a field the record lacks is
// an error.
func (r record) get(name string) (any, error) {
	if r.m != nil {
		v, ok := r.m[name]
		if !ok {
			return nil, errors.New("the record has no such field")
		}
		return v, nil
	}
	t := r.v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == name || tag == "" && f.Name == name {
			return r.v.Field(i).Interface(), nil
		}
	}
	return nil, errors.New("the record has no such field")
}

// records reads the rows of the data: a slice of maps, of structs or of
// pointers to structs, or a []any of maps (decoded JSON).
func records(rows any) ([]record, error) {
	if rows == nil {
		return nil, nil
	}
	switch rows := rows.(type) {
	case []map[string]any:
		out := make([]record, len(rows))
		for i, m := range rows {
			if m == nil {
				return nil, fmt.Errorf("record %d is nil", i+1)
			}
			out[i] = record{m: m}
		}
		return out, nil
	}
	v := reflect.ValueOf(rows)
	if v.Kind() != reflect.Slice {
		return nil, fmt.Errorf("a %T is not a list of records; want a []map[string]any or a slice of structs", rows)
	}
	out := make([]record, v.Len())
	for i := range v.Len() {
		e := v.Index(i)
		for e.Kind() == reflect.Interface || e.Kind() == reflect.Pointer {
			if e.IsNil() {
				return nil, fmt.Errorf("record %d is nil", i+1)
			}
			e = e.Elem()
		}
		switch {
		case e.Kind() == reflect.Struct:
			out[i] = record{v: e}
		case e.Type() == reflect.TypeFor[map[string]any]():
			if e.IsNil() {
				return nil, fmt.Errorf("record %d is nil", i+1)
			}
			out[i] = record{m: e.Interface().(map[string]any)}
		default:
			return nil, fmt.Errorf("record %d is a %s; want a map[string]any or a struct", i+1, e.Type())
		}
	}
	return out, nil
}

// number reads a figure exactly, and the amount when it is one.
func number(v any) (decimal.Decimal, *metrics.Amount, error) {
	switch v := v.(type) {
	case json.Number:
		if strings.ContainsAny(string(v), "eE") {
			return decimal.Decimal{}, nil, fmt.Errorf("%s: a number with an exponent; write its digits", v)
		}
		d, err := decimal.NewFromString(string(v))
		return d, nil, err
	case string:
		d, err := metrics.ParseNumber(strings.TrimSpace(v))
		return d, nil, err
	case decimal.Decimal:
		return v, nil, nil
	case metrics.Amount:
		if !v.Qualifier().IsExact() {
			return decimal.Decimal{}, nil, fmt.Errorf("%s: %w", v, metrics.ErrQualified)
		}
		return v.Decimal(), &v, nil
	case metrics.Count:
		if !v.Qualifier().IsExact() {
			return decimal.Decimal{}, nil, fmt.Errorf("%s: %w", v, metrics.ErrQualified)
		}
		return decimal.NewFromInt(v.N()), nil, nil
	case float32, float64:
		return decimal.Decimal{}, nil, fmt.Errorf("a %T is not exact; want a json.Number (decode with UseNumber), a decimal, an integer or a string", v)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return decimal.NewFromInt(rv.Int()), nil, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return decimal.NewFromUint64(rv.Uint()), nil, nil
	}
	return decimal.Decimal{}, nil, fmt.Errorf("a %T is not a figure", v)
}

// text writes a field of a text column: text as it is, a figure as its
// digits.
func text(v any) (string, error) {
	switch v := v.(type) {
	case string:
		return nfc.String(v), nil
	case json.Number:
		return v.String(), nil
	case fmt.Stringer:
		return nfc.String(v.String()), nil
	case float32, float64:
		return "", fmt.Errorf("a %T is not exact; want text, or a json.Number (decode with UseNumber)", v)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(rv.Uint(), 10), nil
	case reflect.String:
		return nfc.String(rv.String()), nil
	}
	return "", fmt.Errorf("a %T is not text", v)
}

// Interface guards.
var (
	_ report.Section   = (*Table)(nil)
	_ json.Unmarshaler = (*Rounding)(nil)
)
