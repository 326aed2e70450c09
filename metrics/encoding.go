package metrics

import (
	"bytes"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/internal/nfc"
)

// The machine forms of figures, for files, JSON and databases. They use a
// plain decimal ("1114831.25", never a float) so that every digit survives:
//
//	text  "1114831.25 USD", "gần 30000000 VND", "0"
//	JSON  {"value":"1114831.25","currency":"USD"}
//	      {"value":"30000000","currency":"VND","qualifier":"gần"}
//	text  "9 hội nghị trực tuyến", "trên 121 thư"        (Count)
//	JSON  {"n":9,"label":"hội nghị trực tuyến"}          (Count)
//
// The zero Amount is "0" and {"value":"0"}.

// MarshalText writes the machine text form: qualifier, plain decimal, ISO
// code.
func (a Amount) MarshalText() ([]byte, error) {
	return a.appendText(nil), nil
}

func (a Amount) appendText(dst []byte) []byte {
	dst = appendQualifier(dst, a.q)
	dst = appendPlain(dst, a.v)
	if !a.c.IsZero() {
		dst = append(dst, ' ')
		dst = append(dst, a.c.Code()...)
	}
	return dst
}

// UnmarshalText reads the machine text form written by MarshalText.
func (a *Amount) UnmarshalText(text []byte) error {
	v, err := parseAmountText("UnmarshalText", string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

func parseAmountText(fn, s string) (Amount, error) {
	p := scanner{fn: fn, s: s}
	q := p.qualifier()
	p.skipSpace()
	num, off := p.word()
	v, err := parsePlain(fn, num, off, s)
	if err != nil {
		return Amount{}, err
	}
	var c Currency
	p.skipSpace()
	if !p.done() {
		code, off := p.word()
		if c, err = ParseCurrency(code); err != nil {
			return Amount{}, p.errAt(off, "unknown currency %s; want an ISO 4217 code such as %q", quote(code), "VND")
		}
		p.skipSpace()
		if !p.done() {
			return Amount{}, p.errAt(p.i, "unexpected %s after the currency", quote(p.rest()))
		}
	}
	return Amount{v: v, c: c, q: q}, nil
}

type amountJSON struct {
	Value     json.RawMessage `json:"value"`
	Currency  string          `json:"currency,omitempty"`
	Qualifier string          `json:"qualifier,omitempty"`
}

// MarshalJSON writes {"value":"…","currency":"…"} with the value as a string
// of decimal digits, and "qualifier" when there is one.
func (a Amount) MarshalJSON() ([]byte, error) {
	b := append(make([]byte, 0, 48), `{"value":"`...)
	b = appendPlain(b, a.v)
	b = append(b, '"')
	if !a.c.IsZero() {
		b = append(b, `,"currency":"`...)
		b = append(b, a.c.Code()...)
		b = append(b, '"')
	}
	if a.q != Exact {
		b = append(b, `,"qualifier":`...)
		b = strconv.AppendQuote(b, a.q.String())
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads what MarshalJSON writes. The value may also be a JSON
// number, read digit by digit (never through a float); exponents are refused.
func (a *Amount) UnmarshalJSON(data []byte) error {
	var j amountJSON
	if err := strictJSON(data, &j); err != nil {
		return fmt.Errorf("metrics: amount: %w", err)
	}
	if len(j.Value) == 0 {
		return errorf("amount %s: missing \"value\"", data)
	}
	num := string(j.Value)
	if j.Value[0] == '"' {
		if err := json.Unmarshal(j.Value, &num); err != nil {
			return fmt.Errorf("metrics: amount: value: %w", err)
		}
	}
	v, err := parsePlain("UnmarshalJSON", num, 0, num)
	if err != nil {
		return err
	}
	var c Currency
	if j.Currency != "" {
		if c, err = ParseCurrency(j.Currency); err != nil {
			return err
		}
	}
	q, err := qualifierOf(j.Qualifier)
	if err != nil {
		return err
	}
	*a = Amount{v: v, c: c, q: q}
	return nil
}

// Value implements driver.Valuer: the machine text form.
func (a Amount) Value() (driver.Value, error) { return string(a.appendText(nil)), nil }

// Scan implements sql.Scanner for the machine text form in a string or
// []byte column. NULL is an error: scan into a *Amount or sql.Null[Amount].
func (a *Amount) Scan(src any) error {
	switch s := src.(type) {
	case string:
		return a.UnmarshalText([]byte(s))
	case []byte:
		return a.UnmarshalText(s)
	case nil:
		return errorf("scan NULL into Amount; use sql.Null[metrics.Amount]")
	}
	return errorf("scan %T into Amount; want text such as %q", src, "2171123 USD")
}

// MarshalText writes the machine text form: qualifier, number, label.
func (c Count) MarshalText() ([]byte, error) {
	b := appendQualifier(nil, c.q)
	b = strconv.AppendInt(b, c.n, 10)
	if c.label != "" {
		b = append(b, ' ')
		b = append(b, c.label...)
	}
	return b, nil
}

// UnmarshalText reads the machine text form written by MarshalText.
func (c *Count) UnmarshalText(text []byte) error {
	s := string(text)
	p := scanner{fn: "UnmarshalText", s: s}
	q := p.qualifier()
	p.skipSpace()
	num, off := p.word()
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil {
		return p.errAt(off, "%s is not a whole number in range", quote(num))
	}
	p.skipSpace()
	*c = Count{n: n, label: nfc.String(strings.Join(strings.Fields(p.rest()), " ")), q: q}
	return nil
}

type countJSON struct {
	N         *int64 `json:"n"`
	Label     string `json:"label,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
}

// MarshalJSON writes {"n":9,"label":"…"} and "qualifier" when there is one.
func (c Count) MarshalJSON() ([]byte, error) {
	n := c.n
	return json.Marshal(countJSON{N: &n, Label: c.label, Qualifier: c.q.String()})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (c *Count) UnmarshalJSON(data []byte) error {
	var j countJSON
	if err := strictJSON(data, &j); err != nil {
		return fmt.Errorf("metrics: count: %w", err)
	}
	if j.N == nil {
		return errorf("count %s: missing \"n\"", data)
	}
	q, err := qualifierOf(j.Qualifier)
	if err != nil {
		return err
	}
	*c = Count{n: *j.N, label: nfc.String(j.Label), q: q}
	return nil
}

func qualifierOf(word string) (Qualifier, error) {
	if word == "" {
		return Exact, nil
	}
	q, ok := ParseQualifier(nfc.String(word))
	if !ok {
		return Exact, errorf("unknown qualifier %s; want one of khoảng, gần, trên, hơn, dưới, ít nhất", quote(word))
	}
	return q, nil
}

// strictJSON decodes data into v, refusing unknown fields.
func strictJSON(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	d.UseNumber()
	return d.Decode(v)
}

// appendPlain writes d as a plain decimal, every significant digit kept:
// "1114831.25", "702000" for 702000.0.
func appendPlain(dst []byte, d decimal.Decimal) []byte {
	var buf [24]byte
	neg, whole, frac := splitDigits(buf[:0], d)
	frac = trimZeros(frac)
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, whole...)
	if len(frac) > 0 {
		dst = append(dst, '.')
		dst = append(dst, frac...)
	}
	return dst
}
