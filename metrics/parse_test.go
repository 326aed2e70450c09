package metrics

import (
	"errors"
	"strings"
	"testing"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in        string
		text      string // machine form of the value
		canonical string // Amount.String()
	}{
		{"2.171.123 USD", "2171123 USD", "2.171.123 USD"},
		{"1.114.831,25 USD", "1114831.25 USD", "1.114.831,25 USD"},
		{"5.740.000 đồng", "5740000 VND", "5.740.000 đồng"},
		{"5740000 đồng", "5740000 VND", "5.740.000 đồng"},
		{"5.740.000đ", "5740000 VND", "5.740.000 đồng"},
		{"5.740.000 VNĐ", "5740000 VND", "5.740.000 đồng"},
		{"5.740.000 VND", "5740000 VND", "5.740.000 đồng"},
		{"90 triệu đồng", "90000000 VND", "90.000.000 đồng"},
		{"600 nghìn đồng", "600000 VND", "600.000 đồng"},
		{"600 ngàn đồng", "600000 VND", "600.000 đồng"},
		{"2,17 tỷ đồng", "2170000000 VND", "2.170.000.000 đồng"},
		{"2,17 tỉ đồng", "2170000000 VND", "2.170.000.000 đồng"},
		{"1,5 nghìn tỷ đồng", "1500000000000 VND", "1.500.000.000.000 đồng"},
		{"gần 30 triệu đồng", "gần 30000000 VND", "gần 30.000.000 đồng"},
		{"ít nhất 5 USD", "ít nhất 5 USD", "ít nhất 5 USD"},
		{"  khoảng   1.300   EUR ", "khoảng 1300 EUR", "khoảng 1.300 EUR"},
		{"-5 USD", "-5 USD", "-5 USD"},
		{"−5 USD", "-5 USD", "-5 USD"},
		{"0,5 USD", "0.5 USD", "0,50 USD"},
		{"123.456.789.012.345.678.901 đồng", "123456789012345678901 VND", "123.456.789.012.345.678.901 đồng"},
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in)
		if err != nil {
			t.Errorf("ParseAmount(%q) error: %v", tt.in, err)
			continue
		}
		if text(got) != tt.text || got.String() != tt.canonical {
			t.Errorf("ParseAmount(%q) = %s (%q); want %s (%q)", tt.in, text(got), got.String(), tt.text, tt.canonical)
		}
		// The canonical form reads back to the same amount.
		again, err := ParseAmount(got.String())
		if err != nil || !again.Equal(got) {
			t.Errorf("ParseAmount(%q) = %s, %v; want %s", got.String(), text(again), err, text(got))
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		fn   func(string) error
		name string
		in   string
		pos  int
		msg  string
	}{
		{parseAmountErr, "ParseAmount", "", 1, "empty text"},
		{parseAmountErr, "ParseAmount", "1.00 chiếc", 3, `thousands group "00" has 2 digits; want 3`},
		{parseAmountErr, "ParseAmount", "1.0000 USD", 3, `thousands group "0000" has 4 digits; want 3`},
		{parseAmountErr, "ParseAmount", "1000.000 USD", 1, "4 digits before the first"},
		{parseAmountErr, "ParseAmount", "1,5,6 USD", 4, `unexpected ','`},
		{parseAmountErr, "ParseAmount", "1, USD", 3, "want a digit after the decimal comma"},
		{parseAmountErr, "ParseAmount", "90 triệu", 9, "missing currency"},
		{parseAmountErr, "ParseAmount", "90 triệu đô", 10, `unknown currency "đô"`},
		{parseAmountErr, "ParseAmount", "5 ABC", 3, `unknown currency "ABC"`},
		{parseAmountErr, "ParseAmount", "5 USD nữa", 7, `unexpected "nữa"`},
		{parseAmountErr, "ParseAmount", "gần", 4, "want a digit"},
		{parseAmountErr, "ParseAmount", "gần x", 5, `unexpected 'x'; want a digit`},
		{parseNumberErr, "ParseNumber", "1.114.831,25 USD", 14, `unexpected "USD"`},
		{parseNumberErr, "ParseNumber", "12.34", 4, `thousands group "34" has 2 digits`},
		{parsePercentErr, "ParsePercent", "75,45", 6, `want "%"`},
		{parseCountErr, "ParseCount", "1,5 văn bản", 1, "not a whole number"},
		{parseCountErr, "ParseCount", "99.999.999.999.999.999.999 lượt", 1, "out of range"},
	}
	for _, tt := range tests {
		err := tt.fn(tt.in)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%s(%q) error = %v; want a *SyntaxError", tt.name, tt.in, err)
			continue
		}
		if se.Pos != tt.pos || !strings.Contains(se.Msg, tt.msg) || se.Func != tt.name || !errors.Is(err, ErrSyntax) {
			t.Errorf("%s(%q) error = %v (character %d); want character %d and %q", tt.name, tt.in, err, se.Pos, tt.pos, tt.msg)
		}
	}
}

func parseAmountErr(s string) error  { _, err := ParseAmount(s); return err }
func parseNumberErr(s string) error  { _, err := ParseNumber(s); return err }
func parsePercentErr(s string) error { _, err := ParsePercent(s); return err }
func parseCountErr(s string) error   { _, err := ParseCount(s); return err }

func TestParseCount(t *testing.T) {
	tests := []struct {
		in    string
		n     int64
		label string
		q     Qualifier
		canon string
	}{
		{"3.615 văn bản", 3615, "văn bản", Exact, "3.615 văn bản"},
		{"3615 văn bản", 3615, "văn bản", Exact, "3.615 văn bản"},
		{"09 hội nghị trực tuyến", 9, "hội nghị trực tuyến", Exact, "9 hội nghị trực tuyến"},
		{"trên 121 thư", 121, "thư", Over, "trên 121 thư"},
		{"khoảng 17.967 lượt", 17967, "lượt", About, "khoảng 17.967 lượt"},
		{"150   suất  quà", 150, "suất quà", Exact, "150 suất quà"},
		{"16", 16, "", Exact, "16"},
	}
	for _, tt := range tests {
		got, err := ParseCount(tt.in)
		if err != nil || got.N() != tt.n || got.Label() != tt.label || got.Qualifier() != tt.q || got.String() != tt.canon {
			t.Errorf("ParseCount(%q) = %d %q %v (%q), %v; want %d %q %v (%q)", tt.in, got.N(), got.Label(), got.Qualifier(), got.String(), err, tt.n, tt.label, tt.q, tt.canon)
		}
	}
}

func TestParseNumberAndPercent(t *testing.T) {
	for in, want := range map[string]string{
		"1.114.831,25": "1114831.25",
		"3615":         "3615",
		"0,5":          "0.5",
		"-1.000":       "-1000",
		"007":          "7",
	} {
		got, err := ParseNumber(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseNumber(%q) = %s, %v; want %s", in, got, err, want)
		}
	}
	for in, want := range map[string]string{"75,45%": "75.45", "100 %": "100", "-3,2%": "-3.2"} {
		got, err := ParsePercent(in)
		if err != nil || got.String() != want {
			t.Errorf("ParsePercent(%q) = %s, %v; want %s", in, got, err, want)
		}
	}
}

func TestFormatter(t *testing.T) {
	halfUp2 := Rounding{Mode: HalfUp, Places: 2}
	tests := []struct {
		f    Formatter
		a    Amount
		want string
	}{
		{Formatter{}, MustAmount("2171123", USD), "2.171.123 USD"},
		{Formatter{}, MustAmount("1114831.25", USD), "1.114.831,25 USD"},
		{Formatter{}, MustAmount("5.5", USD), "5,50 USD"},
		{Formatter{}, MustAmount("5.00", USD), "5 USD"},
		{Formatter{}, MustAmount("5740000", VND), "5.740.000 đồng"},
		{Formatter{}, MustAmount("999", VND), "999 đồng"},
		{Formatter{}, MustAmount("-1000", VND), "-1.000 đồng"},
		{Formatter{ISOCode: true}, MustAmount("5740000", VND), "5.740.000 VND"},
		{Formatter{NoUnit: true}, MustAmount("5740000", VND), "5.740.000"},
		{Formatter{Scale: AutoScale}, MustAmount("90000000", VND), "90 triệu đồng"},
		{Formatter{Scale: AutoScale}, MustAmount("270000000", VND), "270 triệu đồng"},
		{Formatter{Scale: AutoScale}, MustAmount("5740000", VND), "5,74 triệu đồng"},
		{Formatter{Scale: AutoScale}, MustAmount("600000", VND), "600 nghìn đồng"},
		{Formatter{Scale: AutoScale, Ngan: true}, MustAmount("600000", VND), "600 ngàn đồng"},
		{Formatter{Scale: AutoScale}, MustAmount("2171123", USD), "2.171.123 USD"}, // not exact within 2 places at any scale
		{Formatter{Scale: AutoScale, MaxPlaces: 6}, MustAmount("2171123", USD), "2,171123 triệu USD"},
		{Formatter{Scale: AutoScale}, MustAmount("999", VND), "999 đồng"},
		{Formatter{Scale: AutoScale}, MustAmount("3000000000000", VND), "3 nghìn tỷ đồng"},
		{Formatter{Scale: AutoScale, Round: halfUp2}, MustAmount("2171123456", VND), "2,17 tỷ đồng"},
		{Formatter{Scale: AutoScale, Round: halfUp2}, MustAmount("2175000000", VND), "2,18 tỷ đồng"},
		{Formatter{Scale: AutoScale, Round: Rounding{Mode: HalfEven, Places: 2}}, MustAmount("2175000000", VND), "2,18 tỷ đồng"},
		{Formatter{Scale: AutoScale, Round: Rounding{Mode: HalfEven, Places: 2}}, MustAmount("2165000000", VND), "2,16 tỷ đồng"},
		{Formatter{Scale: Trieu}, MustAmount("30000000", VND).WithQualifier(Nearly), "gần 30 triệu đồng"},
		{Formatter{Scale: Nghin}, MustAmount("1234567", VND), "1.234,567 nghìn đồng"},
		{Formatter{Round: Rounding{Mode: HalfUp}}, MustAmount("1114831.25", USD), "1.114.831 USD"},
	}
	for _, tt := range tests {
		if got := tt.f.Amount(tt.a); got != tt.want {
			t.Errorf("%+v.Amount(%s) = %q; want %q", tt.f, text(tt.a), got, tt.want)
		}
	}
	counts := []struct {
		f    Formatter
		c    Count
		want string
	}{
		{Formatter{}, NewCount(3615, "văn bản"), "3.615 văn bản"},
		{Formatter{MinDigits: 2}, NewCount(9, "hội nghị"), "09 hội nghị"},
		{Formatter{MinDigits: 2}, NewCount(1, "cá nhân"), "01 cá nhân"},
		{Formatter{MinDigits: 2}, NewCount(16, "dự án"), "16 dự án"},
		{Formatter{MinDigits: 2}, NewCount(1300, "chiếc"), "1.300 chiếc"},
		{Formatter{}, NewCount(121, "thư").WithQualifier(Over), "trên 121 thư"},
		{Formatter{NoUnit: true}, NewCount(121, "thư"), "121"},
	}
	for _, tt := range counts {
		if got := tt.f.Count(tt.c); got != tt.want {
			t.Errorf("%+v.Count(%d) = %q; want %q", tt.f, tt.c.N(), got, tt.want)
		}
	}
}

func TestFormatNumberAndPercent(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "-0.5": "-0,5", "1000": "1.000", "1234567.891": "1.234.567,891", "0.000": "0",
		"100000000000000000000000": "100.000.000.000.000.000.000.000",
	} {
		d, _ := ParseNumber(strings.NewReplacer(".", ",").Replace(in))
		if got := FormatNumber(d); got != want {
			t.Errorf("FormatNumber(%s) = %q; want %q", in, got, want)
		}
	}
	p, _ := ParseNumber("75,45")
	if got := FormatPercent(p); got != "75,45%" {
		t.Errorf("FormatPercent(75.45) = %q; want 75,45%%", got)
	}
}
