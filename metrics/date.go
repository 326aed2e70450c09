package metrics

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a civil date: a day of the calendar with no time and no time zone,
// as documents and decisions carry them ("ngày 05 tháng 7 năm 2022"). The
// zero Date means "no date". tdkt never reads the clock: every date comes
// from the caller.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date. It does not normalise: use [ParseDate] or
// [Date.Valid] to check input.
func NewDate(year int, month time.Month, day int) Date {
	return Date{Year: year, Month: month, Day: day}
}

// ParseDate reads a date written "dd/mm/yyyy" (as Vietnamese documents and
// spreadsheets write it, "5/7/2022" too) or "yyyy-mm-dd".
func ParseDate(s string) (Date, error) {
	var d Date
	var err error
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		d.Year, err = atoiAt(s, 0, 4)
		if err == nil {
			var m int
			m, err = atoiAt(s, 5, 7)
			d.Month = time.Month(m)
		}
		if err == nil {
			d.Day, err = atoiAt(s, 8, 10)
		}
	default:
		d, err = parseDMY(s)
	}
	if err != nil {
		return Date{}, &SyntaxError{Func: "ParseDate", Input: s, Pos: 1, Msg: "want a date such as \"05/07/2022\" or \"2022-07-05\""}
	}
	if !d.Valid() {
		return Date{}, &SyntaxError{Func: "ParseDate", Input: s, Pos: 1, Msg: fmt.Sprintf("%04d-%02d-%02d is not a day of the calendar", d.Year, int(d.Month), d.Day)}
	}
	return d, nil
}

// MustDate is like [ParseDate] but panics on bad input; for constants and tests.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func parseDMY(s string) (Date, error) {
	var parts [3]int
	n, start := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '/' {
			continue
		}
		// Day and month take one or two digits, the year four: "5/7/22"
		// is refused rather than guessed.
		if n == 3 || i-start < 1 || (n < 2 && i-start > 2) || (n == 2 && i-start != 4) {
			return Date{}, strconv.ErrSyntax
		}
		v, err := atoiAt(s, start, i)
		if err != nil {
			return Date{}, err
		}
		parts[n] = v
		n++
		start = i + 1
	}
	if n != 3 {
		return Date{}, strconv.ErrSyntax
	}
	return Date{Year: parts[2], Month: time.Month(parts[1]), Day: parts[0]}, nil
}

func atoiAt(s string, i, j int) (int, error) {
	v := 0
	for k := i; k < j; k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, strconv.ErrSyntax
		}
		v = v*10 + int(s[k]-'0')
	}
	return v, nil
}

// Valid reports whether d is a day of the (proleptic Gregorian) calendar in
// the years 1 to 9999.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	}
	return cmpInt(d.Day, e.Day)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n days after d (before, for negative n).
func (d Date) AddDays(n int) Date {
	t := time.Date(d.Year, d.Month, d.Day+n, 0, 0, 0, 0, time.UTC)
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// MonthsUntil returns the whole calendar months from d to e and the days
// left over: from 15/07/2024 to 31/12/2024 is 5 months 16 days. It returns
// negative months when e is before d.
func (d Date) MonthsUntil(e Date) (months, days int) {
	if e.Before(d) {
		m, dd := e.MonthsUntil(d)
		return -m, -dd
	}
	months = (e.Year-d.Year)*12 + int(e.Month) - int(d.Month)
	if e.Day < d.Day {
		months--
	}
	anchor := d.addMonthsClamped(months)
	for anchor.After(e) { // the clamp to a month's end can overshoot by a day
		months--
		anchor = d.addMonthsClamped(months)
	}
	return months, daysBetween(anchor, e)
}

// addMonthsClamped adds n months, keeping the day within the month
// (31/01 + 1 month = 28 or 29/02).
func (d Date) addMonthsClamped(n int) Date {
	total := int(d.Month) - 1 + n
	y := d.Year + total/12
	m := total % 12
	if m < 0 {
		m += 12
		y--
	}
	month := time.Month(m + 1)
	return Date{Year: y, Month: month, Day: min(d.Day, daysIn(y, month))}
}

func daysBetween(a, b Date) int {
	ta := time.Date(a.Year, a.Month, a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, b.Month, b.Day, 0, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}

// String writes d as documents write a date in their text: "05/7/2022",
// "20/5/2022", "11/02/2022", with a leading zero only for days 1–9 and
// months 1–2 (Decree 30/2020/NĐ-CP, Phụ lục I, as [Date.Long]); "" for the
// zero Date. ParseDate reads it back, as it reads "05/07/2022"; ISO writes
// the machine form.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Month <= time.February {
		return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
	}
	return fmt.Sprintf("%02d/%d/%04d", d.Day, int(d.Month), d.Year)
}

// Long writes d as the place-and-date line of a document writes it:
// "ngày 05 tháng 7 năm 2022", with a leading zero only for days 1–9 and
// months 1–2 (Decree 30/2020/NĐ-CP, Phụ lục I).
func (d Date) Long() string {
	month := strconv.Itoa(int(d.Month))
	if d.Month <= time.February {
		month = "0" + month
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", d.Day, month, d.Year)
}

// ISO writes d as "2022-07-05".
func (d Date) ISO() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText writes the ISO form, "" for the zero Date.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return []byte(d.ISO()), nil
}

// UnmarshalText reads the ISO form or "dd/mm/yyyy"; "" is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
