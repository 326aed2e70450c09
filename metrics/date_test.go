package metrics

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		err  bool
	}{
		{"05/07/2022", NewDate(2022, time.July, 5), false},
		{"5/7/2022", NewDate(2022, time.July, 5), false},
		{"2022-07-05", NewDate(2022, time.July, 5), false},
		{"29/02/2024", NewDate(2024, time.February, 29), false},
		{"29/02/2023", Date{}, true},
		{"31/04/2024", Date{}, true},
		{"2022-13-01", Date{}, true},
		{"05/07/22", Date{}, true},
		{"05-07-2022", Date{}, true},
		{"", Date{}, true},
		{"1/2/3/2024", Date{}, true},
		{"10/01/0100", NewDate(100, time.January, 10), false}, // as "0100-01-10" reads
		{"005/07/2022", Date{}, true},                         // day of three digits
		{"05/007/2022", Date{}, true},
		{"05/07/02022", Date{}, true},
		{"05/07/", Date{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v (error %v)", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil && !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrSyntax", tt.in, err)
		}
	}
}

func TestDateFormsAndArithmetic(t *testing.T) {
	d := NewDate(2022, time.July, 5)
	if d.String() != "05/7/2022" || d.ISO() != "2022-07-05" || d.Long() != "ngày 05 tháng 7 năm 2022" {
		t.Errorf("forms of %v = %q %q %q", d, d.String(), d.ISO(), d.Long())
	}
	// Decree 30/2020, Phụ lục I: a leading zero for days 1–9 and months 1–2 only.
	for _, tc := range []struct {
		d    Date
		want string
	}{
		{NewDate(2022, time.May, 20), "20/5/2022"},
		{NewDate(2022, time.February, 11), "11/02/2022"},
		{NewDate(2024, time.January, 5), "05/01/2024"},
		{NewDate(2024, time.December, 31), "31/12/2024"},
		{NewDate(2024, time.September, 1), "01/9/2024"},
	} {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("%s.String() = %q; want %q", tc.d.ISO(), got, tc.want)
		}
		if back, err := ParseDate(tc.d.String()); err != nil || back != tc.d {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", tc.d.String(), back, err, tc.d.ISO())
		}
	}
	if got := NewDate(2026, time.February, 14).Long(); got != "ngày 14 tháng 02 năm 2026" {
		t.Errorf("Long() = %q; want ngày 14 tháng 02 năm 2026", got)
	}
	months := []struct {
		from, to     Date
		months, days int
	}{
		{MustDate("15/07/2024"), MustDate("31/12/2024"), 5, 16},
		{MustDate("01/07/2024"), MustDate("31/12/2024"), 5, 30},
		{MustDate("30/06/2024"), MustDate("31/12/2024"), 6, 1},
		{MustDate("01/03/2024"), MustDate("31/12/2024"), 9, 30},
		{MustDate("28/02/2024"), MustDate("31/12/2024"), 10, 3},
		{MustDate("31/01/2024"), MustDate("29/02/2024"), 0, 29},
		{MustDate("31/01/2024"), MustDate("01/03/2024"), 1, 1},
		{MustDate("31/12/2024"), MustDate("15/07/2024"), -5, -16},
	}
	for _, tt := range months {
		m, dd := tt.from.MonthsUntil(tt.to)
		if m != tt.months || dd != tt.days {
			t.Errorf("%v.MonthsUntil(%v) = %d months %d days; want %d, %d", tt.from, tt.to, m, dd, tt.months, tt.days)
		}
	}
	if got := MustDate("31/12/2023").AddDays(1); got != MustDate("01/01/2024") {
		t.Errorf("AddDays(1) = %v", got)
	}
	var z Date
	if err := z.UnmarshalText([]byte("2024-01-01")); err != nil || z != MustDate("01/01/2024") {
		t.Errorf("UnmarshalText = %v, %v", z, err)
	}
}
