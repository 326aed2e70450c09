package metrics

import (
	"strings"
	"testing"
)

func TestMinDigitsBounded(t *testing.T) {
	for _, tc := range []struct {
		min  int
		n    int64
		want string
	}{
		{0, 9, "9"},
		{2, 9, "09"},
		{3, 9, "009"},
		{4, 9, "0.009"},
		{7, 1234, "0.001.234"},
		{2, 1234, "1.234"},
		{MaxMinDigits, 1, "00.000.000.000.000.000.001"},
		{200_000, 1, "00.000.000.000.000.000.001"}, // clamped, in one step
		{-5, 7, "7"},
	} {
		f := Formatter{MinDigits: tc.min, NoUnit: true}
		if got := f.Count(NewCount(tc.n, "")); got != tc.want {
			t.Errorf("Formatter{MinDigits: %d}.Count(%d) = %q; want %q", tc.min, tc.n, got, tc.want)
		}
		wantErr := tc.min < 0 || tc.min > MaxMinDigits
		if err := f.Validate(); (err != nil) != wantErr {
			t.Errorf("Formatter{MinDigits: %d}.Validate() = %v; want error %v", tc.min, err, wantErr)
		}
	}
}

func TestErrorsQuoteAnExcerpt(t *testing.T) {
	long := strings.Repeat("9", 1<<20) + "x"
	_, err := ParseNumber(long)
	if err == nil {
		t.Fatal("ParseNumber(a megabyte and a letter) = nil error")
	}
	if n := len(err.Error()); n > 300 {
		t.Errorf("ParseNumber error is %d bytes long; want an excerpt of the input", n)
	}
	if _, err := ParseCurrency(strings.Repeat("Q", 10000)); err == nil || len(err.Error()) > 300 {
		t.Errorf("ParseCurrency(10 000 letters) = %d bytes of error; want a short one", len(err.Error()))
	}
}

func TestCurrencyConstants(t *testing.T) {
	for _, tc := range []struct {
		code   string
		want   Currency
		digits int
	}{
		{"VND", VND, 0}, {"vnd", VND, 0}, {"USD", USD, 2}, {"jpy", JPY, 0}, {"EUR", EUR, 2}, {"XXX", "", 0},
	} {
		c, err := ParseCurrency(tc.code)
		if err != nil || c != tc.want || c.Digits() != tc.digits {
			t.Errorf("ParseCurrency(%q) = %q (%d digits), %v; want %q (%d digits)", tc.code, c, c.Digits(), err, tc.want, tc.digits)
		}
	}
}
