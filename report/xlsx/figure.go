package xlsx

import (
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
)

// figure is a cell's text read as a number: its exact value, the number
// a spreadsheet stores, and the format that shows it as the text did.
type figure struct {
	exact  decimal.Decimal // the value; the fraction for a percentage
	stored float64         // exact as a binary number (or a date's serial)
	format string          // "#,##0", "0.00%", "dd/mm/yyyy", …
	date   bool
}

// maxDigits is the number of significant digits a spreadsheet's binary
// numbers hold exactly; a figure with more stays text.
const maxDigits = 15

// readFigure reads s as a figure written the Vietnamese way: "1.234.567",
// "1.234,5", "30", "75,45%", a date "05/7/2022" or "2022-07-05". A number
// with a leading zero ("05") is a figure only in a column aligned to the
// right (right), where it keeps its zeros; elsewhere it is a code.
func readFigure(s string, right bool) (figure, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 40 {
		return figure{}, false
	}
	if f, ok := readDate(s); ok {
		return f, true
	}
	body, pct := strings.CutSuffix(s, "%")
	body = strings.TrimSpace(body)
	digits, grouped, fraction, ok := shape(body)
	if !ok {
		return figure{}, false
	}
	lead := strings.TrimLeft(body, "+-")
	zeros := len(lead) > 1 && lead[0] == '0' && lead[1] != ','
	if zeros && (!right || grouped || fraction > 0 || pct) {
		return figure{}, false
	}
	if digits > maxDigits {
		return figure{}, false
	}
	var v decimal.Decimal
	var err error
	if pct {
		v, err = metrics.ParsePercent(s)
		v = v.Shift(-2)
	} else {
		v, err = metrics.ParseNumber(body)
	}
	if err != nil {
		return figure{}, false
	}
	f := figure{exact: v, stored: v.InexactFloat64()}
	switch {
	case zeros:
		f.format = strings.Repeat("0", len(lead))
	case pct:
		f.format = "0" + decimals(fraction) + "%"
	case grouped || right:
		f.format = "#,##0" + decimals(fraction)
	default:
		f.format = "0" + decimals(fraction)
	}
	return f, true
}

func decimals(n int) string {
	if n == 0 {
		return ""
	}
	return "." + strings.Repeat("0", n)
}

// shape checks that s is a number as Vietnamese text writes it: an
// optional sign, digits grouped by "." in threes or not grouped, and a
// fraction after ",". It returns the number of digits, whether the digits
// were grouped and the number of fraction digits.
func shape(s string) (digits int, grouped bool, fraction int, ok bool) {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ",")
	if hasFrac {
		if frac == "" || !allDigits(frac) {
			return 0, false, 0, false
		}
		fraction = len(frac)
	}
	groups := strings.Split(whole, ".")
	for i, g := range groups {
		switch {
		case !allDigits(g) || g == "":
			return 0, false, 0, false
		case i == 0 && len(groups) > 1 && len(g) > 3:
			return 0, false, 0, false
		case i > 0 && len(g) != 3:
			return 0, false, 0, false
		}
		digits += len(g)
	}
	return digits + fraction, len(groups) > 1, fraction, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// excelEpoch is day 0 of a spreadsheet's dates in the 1900 system, as
// Excel counts them from 1 March 1900 on (it takes 1900 for a leap year).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// readDate reads "dd/mm/yyyy" ("5/7/2022" too) or "yyyy-mm-dd" as a date
// from 1 March 1900, the first day whose serial number every spreadsheet
// agrees on.
func readDate(s string) (figure, bool) {
	slashes := strings.Count(s, "/")
	iso := len(s) == 10 && s[4] == '-' && s[7] == '-'
	if slashes != 2 && !iso {
		return figure{}, false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '/' && c != '-' {
			return figure{}, false
		}
	}
	d, err := metrics.ParseDate(s)
	if err != nil || d.Year > 9999 || d.Before(metrics.NewDate(1900, 3, 1)) {
		return figure{}, false
	}
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	days := int64(t.Sub(excelEpoch).Hours() / 24)
	return figure{exact: decimal.NewFromInt(days), stored: float64(days), format: "dd/mm/yyyy", date: true}, true
}
