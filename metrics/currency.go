package metrics

import (
	"fmt"

	"golang.org/x/text/currency"
)

// Currency is an ISO 4217 currency, any that golang.org/x/text/currency
// knows. The zero value is "no currency" (ISO XXX): the currency of the zero
// [Amount], which adds to an amount in any currency.
type Currency struct {
	u currency.Unit
}

// Currencies used throughout Vietnamese reports.
var (
	VND = MustCurrency("VND") // Việt Nam đồng: no minor unit
	USD = MustCurrency("USD") // US dollar: two minor digits (cents)
	EUR = MustCurrency("EUR") // euro
	CNY = MustCurrency("CNY") // nhân dân tệ
	JPY = MustCurrency("JPY") // yên Nhật
)

// ParseCurrency returns the currency of an ISO 4217 code, in any letter case.
// "XXX" gives the zero Currency.
func ParseCurrency(code string) (Currency, error) {
	u, err := currency.ParseISO(code)
	if err != nil {
		return Currency{}, fmt.Errorf("metrics: currency %q: not an ISO 4217 code that golang.org/x/text/currency knows", code)
	}
	return Currency{u}, nil
}

// MustCurrency is like [ParseCurrency] but panics on an unknown code. It is
// meant for package-level variables and tests.
func MustCurrency(code string) Currency {
	c, err := ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Currency, "no currency".
func (c Currency) IsZero() bool { return c == Currency{} }

// Code returns the ISO 4217 code, "XXX" for the zero Currency.
func (c Currency) Code() string { return c.u.String() }

// String returns the ISO code.
func (c Currency) String() string { return c.u.String() }

// Digits returns the number of minor digits of the currency: 0 for VND,
// 2 for USD (CLDR standard rounding).
func (c Currency) Digits() int {
	if c.IsZero() {
		return 0
	}
	scale, _ := currency.Standard.Rounding(c.u)
	return scale
}

// Word returns how Vietnamese documents write the currency after a figure:
// "đồng" for VND, the ISO code otherwise ("2.171.123 USD").
func (c Currency) Word() string {
	if c == VND {
		return "đồng"
	}
	if c.IsZero() {
		return ""
	}
	return c.Code()
}
