package metrics

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestChangePhrase(t *testing.T) {
	amount := func(now, before string) string {
		c, err := NewChange(MustAmount(now, USD), MustAmount(before, USD))
		require.NoError(t, err)
		return c.String()
	}
	count := func(now, before int64) string {
		c, err := NewChange(NewCount(now, "dự án"), NewCount(before, "dự án"))
		require.NoError(t, err)
		return c.String()
	}
	tests := []struct{ got, want string }{
		{amount("1114831", "635402"), "tăng 479.429 USD (75,45%)"},
		{amount("635402", "1114831"), "giảm 479.429 USD (43%)"},
		{amount("100", "100.00"), "không thay đổi"},
		{amount("5", "0"), "tăng 5 USD (cùng kỳ năm trước: 0)"},
		{count(16, 16), "không thay đổi"},
		{count(16, 18), "giảm 2 dự án (11,11%)"},
		{count(5, 0), "tăng 5 dự án (cùng kỳ năm trước: 0)"},
		{count(0, 4), "giảm 4 dự án (100%)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("Change.String() = %q; want %q", tt.got, tt.want)
		}
	}
}

func TestShortPhrase(t *testing.T) {
	up, _ := NewChange(MustAmount("1114831", USD), MustAmount("635402", USD))
	down, _ := NewChange(NewCount(14, "dự án"), NewCount(16, "dự án"))
	same, _ := NewChange(NewCount(16, "dự án"), NewCount(16, "dự án"))
	for _, tt := range []struct{ got, want string }{
		{up.ShortPhrase(Formatter{}), "tăng 479.429 USD"},
		{down.ShortPhrase(Formatter{MinDigits: 2}), "giảm 02 dự án"},
		{same.ShortPhrase(Formatter{}), "không thay đổi"},
	} {
		if tt.got != tt.want {
			t.Errorf("ShortPhrase = %q; want %q", tt.got, tt.want)
		}
	}
}

func TestChangeErrors(t *testing.T) {
	if _, err := NewChange(MustAmount("1", USD), MustAmount("1", VND)); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("NewChange(USD, VND) error = %v; want ErrCurrencyMismatch", err)
	}
	if _, err := NewChange(NewCount(5, "x"), NewCount(4, "x").WithQualifier(About)); !errors.Is(err, ErrQualified) {
		t.Errorf("NewChange with a qualified count: error = %v; want ErrQualified", err)
	}
}

func TestRatioPercent(t *testing.T) {
	r := Ratio{Num: decimal.RequireFromString("479429"), Den: decimal.RequireFromString("635402")}
	tests := []struct {
		rnd  Rounding
		want string
	}{
		{DefaultPercent(), "75.45"},
		{Rounding{Mode: HalfUp, Places: 4}, "75.4529"},
		{Rounding{Mode: Ceiling, Places: 0}, "76"},
		{Rounding{Mode: Floor, Places: 1}, "75.4"},
		{Rounding{Mode: HalfUp, Multiple: decimal.RequireFromString("0.5")}, "75.5"},
	}
	for _, tt := range tests {
		got, err := r.Percent(tt.rnd)
		if err != nil || got.String() != tt.want {
			t.Errorf("Percent(%v) = %s, %v; want %s", tt.rnd, got, err, tt.want)
		}
	}
	if _, err := r.Percent(Rounding{}); err == nil {
		t.Errorf("Percent with no rounding: error = nil; want an error (the rounding must be stated)")
	}
	if _, err := (Ratio{Num: one}).Percent(DefaultPercent()); err == nil {
		t.Errorf("Percent of x/0: error = nil; want an error")
	}
}

func TestRounding(t *testing.T) {
	tests := []struct {
		r    Rounding
		in   string
		want string
	}{
		{Rounding{}, "702000.5", "702000.5"},
		{Rounding{Mode: Ceiling, Places: -4}, "702000", "710000"},
		{Rounding{Mode: Ceiling, Places: -4}, "700000", "700000"},
		{Rounding{Mode: Ceiling, Places: -4}, "700001", "710000"},
		{Rounding{Mode: Ceiling, Places: -4}, "223500", "230000"},
		{Rounding{Mode: Ceiling, Places: -4}, "447000", "450000"},
		{Rounding{Mode: Ceiling, Places: -4}, "-15000", "-10000"},
		{Rounding{Mode: Floor, Places: -4}, "-15000", "-20000"},
		{Rounding{Mode: HalfUp, Places: 0}, "2.5", "3"},
		{Rounding{Mode: HalfUp, Places: 0}, "-2.5", "-3"},
		{Rounding{Mode: HalfUp, Places: 0}, "2.4999", "2"},
		{Rounding{Mode: HalfEven, Places: 0}, "2.5", "2"},
		{Rounding{Mode: HalfEven, Places: 0}, "3.5", "4"},
		{Rounding{Mode: HalfEven, Places: 0}, "-2.5", "-2"},
		{Rounding{Mode: HalfEven, Places: 0}, "2.51", "3"},
		{Rounding{Mode: HalfEven, Places: 2}, "0.125", "0.12"},
		{Rounding{Mode: AwayFromZero, Places: 0}, "-2.1", "-3"},
		{Rounding{Mode: TowardZero, Places: 0}, "-2.9", "-2"},
		{Rounding{Mode: Ceiling, Multiple: decimal.RequireFromString("500")}, "1201", "1500"},
		{Rounding{Mode: HalfUp, Multiple: decimal.RequireFromString("0.05")}, "1.125", "1.15"},
	}
	for _, tt := range tests {
		got, err := tt.r.Apply(decimal.RequireFromString(tt.in))
		if err != nil || !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("%v.Apply(%s) = %s, %v; want %s", tt.r, tt.in, got, err, tt.want)
		}
	}
	if _, err := (Rounding{Mode: Ceiling, Multiple: decimal.New(-5, 0)}).Apply(one); err == nil {
		t.Errorf("Apply with a negative multiple: error = nil; want an error")
	}
}

func TestTotals(t *testing.T) {
	conf, err := SumCounts("hội nghị trực tuyến",
		Part[Count]{"hội nghị trực tuyến cấp tỉnh", NewCount(4, "hội nghị trực tuyến cấp tỉnh")},
		Part[Count]{"hội thảo trực tuyến cấp sở, ngành", NewCount(5, "hội thảo trực tuyến cấp sở, ngành")},
	)
	require.NoError(t, err)
	if got := (Formatter{MinDigits: 2}).Count(conf.Value); got != "09 hội nghị trực tuyến" {
		t.Errorf("04 + 05 = %q; want 09 hội nghị trực tuyến", got)
	}
	if err := conf.Check(NewCount(9, "hội nghị trực tuyến")); err != nil {
		t.Errorf("Check(9) = %v; want nil", err)
	}
	err = conf.Check(NewCount(10, "hội nghị trực tuyến"))
	var me *MismatchError
	if !errors.As(err, &me) || !errors.Is(err, ErrTotalMismatch) {
		t.Fatalf("Check(10) = %v; want a *MismatchError", err)
	}
	if me.Stated != "10 hội nghị trực tuyến" || me.Computed != "9 hội nghị trực tuyến" || len(me.Parts) != 2 {
		t.Errorf("Check(10) = %+v; want stated 10, computed 9 and both parts", me)
	}
	want := `metrics: hội nghị trực tuyến: stated total 10 hội nghị trực tuyến differs from the sum of its parts 9 hội nghị trực tuyến (hội nghị trực tuyến cấp tỉnh: 4 hội nghị trực tuyến cấp tỉnh; hội thảo trực tuyến cấp sở, ngành: 5 hội thảo trực tuyến cấp sở, ngành)`
	if err.Error() != want {
		t.Errorf("Check(10).Error() =\n%s\nwant\n%s", err, want)
	}

	if _, err := SumAmounts("quà", Part[Amount]{"a", MustAmount("1", VND)}, Part[Amount]{"b", MustAmount("1", USD)}); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("SumAmounts(VND, USD) error = %v; want ErrCurrencyMismatch", err)
	}
	if _, err := SumAmounts("quà", Part[Amount]{"a", MustAmount("30000000", VND).WithQualifier(Nearly)}); !errors.Is(err, ErrQualified) {
		t.Errorf("SumAmounts with a qualified part: error = %v; want ErrQualified", err)
	}
}
