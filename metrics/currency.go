package metrics

import (
	"fmt"

	"golang.org/x/text/currency"
)

// Currency is an ISO 4217 currency, any that golang.org/x/text/currency
// knows, held as its upper-case code. The zero value is "no currency" (ISO
// XXX): the currency of the zero [Amount], which adds to an amount in any
// currency. Obtain one from the constants or from [ParseCurrency], which
// checks the code; a Currency converted from an arbitrary string is not
// checked, and one that x/text does not know has no minor digits.
type Currency string

// Currencies used throughout Vietnamese reports. They are constants: no
// caller can change what another caller's VND means.
const (
	VND Currency = "VND" // Việt Nam đồng: no minor unit
	USD Currency = "USD" // US dollar: two minor digits (cents)
	EUR Currency = "EUR" // euro
	CNY Currency = "CNY" // nhân dân tệ
	JPY Currency = "JPY" // yên Nhật
)

// ParseCurrency returns the currency of an ISO 4217 code, in any letter case.
// "XXX" gives the zero Currency.
func ParseCurrency(code string) (Currency, error) {
	u, err := currency.ParseISO(code)
	if err != nil {
		return "", fmt.Errorf("metrics: currency %s: not an ISO 4217 code that golang.org/x/text/currency knows", quote(code))
	}
	if u == (currency.Unit{}) || u.String() == "XXX" {
		return "", nil
	}
	return Currency(u.String()), nil
}

// MustCurrency is like [ParseCurrency] but panics on an unknown code. It is
// meant for tests and constants of a program.
func MustCurrency(code string) Currency {
	c, err := ParseCurrency(code)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Currency, "no currency".
func (c Currency) IsZero() bool { return c == "" }

// Code returns the ISO 4217 code, "XXX" for the zero Currency.
func (c Currency) Code() string {
	if c == "" {
		return "XXX"
	}
	return string(c)
}

// String returns the ISO code.
func (c Currency) String() string { return c.Code() }

// namedDigits are the minor digits of the named currencies, in the order
// of Digits' switch, read once from x/text's CLDR data so that formatting
// them looks nothing up. It is never written after initialisation.
var namedDigits = [...]int{lookupDigits(VND), lookupDigits(USD), lookupDigits(EUR), lookupDigits(CNY), lookupDigits(JPY)}

// Digits returns the number of minor digits of the currency: 0 for VND,
// 2 for USD (CLDR standard rounding).
func (c Currency) Digits() int {
	switch c {
	case VND:
		return namedDigits[0]
	case USD:
		return namedDigits[1]
	case EUR:
		return namedDigits[2]
	case CNY:
		return namedDigits[3]
	case JPY:
		return namedDigits[4]
	}
	return lookupDigits(c)
}

func lookupDigits(c Currency) int {
	if c == "" {
		return 0
	}
	u, err := currency.ParseISO(string(c))
	if err != nil {
		return 0
	}
	scale, _ := currency.Standard.Rounding(u)
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
