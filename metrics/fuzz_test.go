package metrics

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// The parsers never panic, and whatever they accept formats back to a
// canonical text that parses to the same figure and formats to itself.

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"2.171.123 USD", "1.114.831,25 USD", "90 triệu đồng", "gần 30 triệu đồng",
		"2,17 tỷ đồng", "1.00 chiếc", "5.740.000đ", "−5 EUR", "ít nhất 1,5 nghìn tỷ VND", "", "0,0 USD"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			checkSyntaxError(t, s, err)
			return
		}
		canon := a.String()
		b, err := ParseAmount(canon)
		if err != nil || !b.Equal(a) || b.Currency() != a.Currency() {
			t.Fatalf("ParseAmount(%q) = %s; its canonical form %q reads back as %s, %v", s, text(a), canon, text(b), err)
		}
		if again := b.String(); again != canon {
			t.Fatalf("canonical form %q formats again as %q", canon, again)
		}
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1.114.831,25", "3615", "-0,5", "1.0", "12.345.678.901.234.567.890,123"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseNumber(s)
		if err != nil {
			checkSyntaxError(t, s, err)
			return
		}
		canon := FormatNumber(d)
		back, err := ParseNumber(canon)
		if err != nil || !back.Equal(d) || FormatNumber(back) != canon {
			t.Fatalf("ParseNumber(%q) = %s; canonical %q reads back as %s, %v", s, d, canon, back, err)
		}
	})
}

func FuzzParsePercent(f *testing.F) {
	for _, s := range []string{"75,45%", "100 %", "-3,2%", "%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePercent(s)
		if err != nil {
			checkSyntaxError(t, s, err)
			return
		}
		back, err := ParsePercent(FormatPercent(p))
		if err != nil || !back.Equal(p) {
			t.Fatalf("ParsePercent(%q) = %s; FormatPercent reads back as %s, %v", s, p, back, err)
		}
	})
}

func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"3.615 văn bản", "09 hội nghị trực tuyến", "trên 121 thư", "khoảng 17.967 lượt", "1,5 x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCount(s)
		if err != nil {
			checkSyntaxError(t, s, err)
			return
		}
		canon := c.String()
		back, err := ParseCount(canon)
		if err != nil || back.N() != c.N() || back.Qualifier() != c.Qualifier() || back.String() != canon {
			t.Fatalf("ParseCount(%q) = %q; reads back as %q, %v", s, canon, back.String(), err)
		}
	})
}

func FuzzAmountText(f *testing.F) {
	for _, s := range []string{"1114831.25 USD", "gần 30000000 VND", "0", "-0.001 EUR", "1.2.3", "12,5 VND"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a Amount
		if err := a.UnmarshalText([]byte(s)); err != nil {
			checkSyntaxErrorOrOther(t, s, err)
			return
		}
		var b Amount
		if err := b.UnmarshalText([]byte(text(a))); err != nil || !b.Equal(a) {
			t.Fatalf("UnmarshalText(%q) = %s; reads back as %s, %v", s, text(a), text(b), err)
		}
	})
}

func FuzzAmountJSON(f *testing.F) {
	for _, s := range []string{`{"value":"1114831.25","currency":"USD"}`, `{"value":1,"currency":"VND","qualifier":"gần"}`,
		`{"value":"0"}`, `{"value":1e5}`, `[]`, `null`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a Amount
		if err := json.Unmarshal([]byte(s), &a); err != nil {
			return
		}
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("Marshal(%s): %v", text(a), err)
		}
		var b Amount
		if err := json.Unmarshal(j, &b); err != nil || !b.Equal(a) {
			t.Fatalf("Unmarshal(%s) = %s; %s reads back as %s, %v", s, text(a), j, text(b), err)
		}
	})
}

func FuzzCountJSON(f *testing.F) {
	for _, s := range []string{`{"n":9,"label":"hội nghị"}`, `{"n":121,"label":"thư","qualifier":"trên"}`, `{"n":1.5}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c Count
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			return
		}
		j, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var b Count
		if err := json.Unmarshal(j, &b); err != nil || b != c {
			t.Fatalf("Unmarshal(%s) = %v; %s reads back as %v, %v", s, c, j, b, err)
		}
	})
}

// FuzzWords spells any whole amount without panicking, starting with a
// capital and never leaving a double space.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"5740000", "1005000", "-1", "0", "999999999999999999999999", "100.25"} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, usd bool) {
		c := VND
		if usd {
			c = USD
		}
		a, err := AmountOf(s, c)
		if err != nil {
			return
		}
		w, err := a.InWords()
		if err != nil {
			if !errors.Is(err, ErrNotWhole) {
				t.Fatalf("InWords(%s): %v", text(a), err)
			}
			return
		}
		if strings.Contains(w, "  ") || !utf8.ValidString(w) || strings.TrimSpace(w) != w {
			t.Fatalf("InWords(%s) = %q: spacing is wrong", text(a), w)
		}
	})
}

func checkSyntaxError(t *testing.T, s string, err error) {
	t.Helper()
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("parse %q: error %v is not a *SyntaxError", s, err)
	}
	if se.Pos < 1 || se.Pos > utf8.RuneCountInString(s)+1 {
		t.Fatalf("parse %q: position %d is outside the text", s, se.Pos)
	}
}

func checkSyntaxErrorOrOther(t *testing.T, s string, err error) {
	t.Helper()
	var se *SyntaxError
	if errors.As(err, &se) && (se.Pos < 1 || se.Pos > utf8.RuneCountInString(s)+1) {
		t.Fatalf("parse %q: position %d is outside the text", s, se.Pos)
	}
}

func FuzzCountText(f *testing.F) {
	for _, s := range []string{"9 hội nghị trực tuyến", "trên 121 thư", "-3", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c Count
		if err := c.UnmarshalText([]byte(s)); err != nil {
			checkSyntaxErrorOrOther(t, s, err)
			return
		}
		tx, _ := c.MarshalText()
		var b Count
		if err := b.UnmarshalText(tx); err != nil || b != c {
			t.Fatalf("UnmarshalText(%q) = %v; %q reads back as %v, %v", s, c, tx, b, err)
		}
	})
}

// FuzzCmp checks Cmp against decimal.Cmp on any two decimals.
func FuzzCmp(f *testing.F) {
	f.Add(int64(95), int32(-1), int64(10), int32(0))
	f.Add(int64(-1)<<63, int32(0), int64(1)<<62, int32(1))
	f.Add(int64(5), int32(19), int64(5), int32(-19))
	f.Fuzz(func(t *testing.T, x int64, ex int32, y int64, ey int32) {
		ex, ey = ex%40, ey%40
		a, b := decimal.New(x, ex), decimal.New(y, ey)
		if got, want := Cmp(a, b), a.Cmp(b); got != want {
			t.Fatalf("Cmp(%s, %s) = %d; decimal.Cmp = %d", a, b, got, want)
		}
	})
}

// FuzzParseDate: whatever ParseDate accepts is a day of the calendar and
// reads back the same from both the forms it writes.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"05/07/2022", "5/7/2022", "2022-07-05", "29/02/2024", "29/02/2023", "31/04/2022", "00/01/2022", "1/1/0", "٠٥/٠٧/٢٠٢٢", " 05/07/2022"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("ParseDate(%q): error %v (%T) is not a *SyntaxError", s, err, err)
			}
			return
		}
		if !d.Valid() {
			t.Fatalf("ParseDate(%q) = %+v, not a valid date", s, d)
		}
		for _, form := range []string{d.String(), d.ISO()} {
			back, err := ParseDate(form)
			if err != nil || back != d {
				t.Fatalf("ParseDate(%q) = %+v, written %q, reads back %+v, %v", s, d, form, back, err)
			}
		}
	})
}
