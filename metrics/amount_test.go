package metrics

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestAmountArithmetic(t *testing.T) {
	tests := []struct {
		op   string
		a, b Amount
		want string // canonical text form, or "" when an error is expected
		err  error
	}{
		{"add", MustAmount("90000000", VND), MustAmount("180000000", VND), "270000000 VND", nil},
		{"add", MustAmount("0.1", USD), MustAmount("0.2", USD), "0.3 USD", nil},
		{"add", Amount{}, MustAmount("5", USD), "5 USD", nil},
		{"add", MustAmount("5", USD), Amount{}, "5 USD", nil},
		{"add", MustAmount("5", USD), MustAmount("5", VND), "", ErrCurrencyMismatch},
		{"add", MustAmount("5", VND).WithQualifier(Nearly), MustAmount("5", VND), "", ErrQualified},
		{"add", MustAmount("5", VND), MustAmount("5", VND).WithQualifier(About), "", ErrQualified},
		{"sub", MustAmount("1114831", USD), MustAmount("635402", USD), "479429 USD", nil},
		{"sub", MustAmount("1", USD), MustAmount("1.25", USD), "-0.25 USD", nil},
		{"sub", MustAmount("1", EUR), MustAmount("1", USD), "", ErrCurrencyMismatch},
	}
	for _, tt := range tests {
		var got Amount
		var err error
		switch tt.op {
		case "add":
			got, err = tt.a.Add(tt.b)
		case "sub":
			got, err = tt.a.Sub(tt.b)
		}
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%s %s.%s(%s) error = %v; want %v", tt.op, tt.a, tt.op, tt.b, err, tt.err)
			}
			continue
		}
		if err != nil || text(got) != tt.want {
			t.Errorf("%s.%s(%s) = %s, %v; want %s", tt.a, tt.op, tt.b, text(got), err, tt.want)
		}
	}
}

func text(a Amount) string {
	b, _ := a.MarshalText()
	return string(b)
}

func TestAmountMulAndRound(t *testing.T) {
	// 0,3 × 2.340.000 = 702.000, which the reward rule rounds up to 710.000.
	reward := Rounding{Name: "làm tròn số lên hàng chục nghìn đồng", Mode: Ceiling, Places: -4}
	base := MustAmount("2340000", VND)
	raw, err := base.Mul(decimal.RequireFromString("0.3"))
	require.NoError(t, err)
	if text(raw) != "702000 VND" {
		t.Errorf("Mul(0.3) = %s; want 702000 VND", text(raw))
	}
	got, err := raw.Round(reward)
	require.NoError(t, err)
	if text(got) != "710000 VND" {
		t.Errorf("Round(%s) = %s; want 710000 VND", reward, text(got))
	}
	if _, err := base.WithQualifier(About).Mul(decimal.New(2, 0)); !errors.Is(err, ErrQualified) {
		t.Errorf("Mul on a qualified amount: error = %v; want ErrQualified", err)
	}
	if _, err := base.WithQualifier(About).Round(reward); !errors.Is(err, ErrQualified) {
		t.Errorf("Round on a qualified amount: error = %v; want ErrQualified", err)
	}
}

func TestAmountCompare(t *testing.T) {
	a, b := MustAmount("2.50", USD), MustAmount("2.5", USD)
	if !a.Equal(b) {
		t.Errorf("%s.Equal(%s) = false; want true", a, b)
	}
	if a.Equal(MustAmount("2.5", EUR)) {
		t.Errorf("2,5 USD equals 2,5 EUR; want not equal")
	}
	if a.Equal(b.WithQualifier(About)) {
		t.Errorf("an exact amount equals a qualified one; want not equal")
	}
	if !(Amount{}).Equal(MustAmount("0", VND)) {
		t.Errorf("zero Amount does not equal 0 đồng; want equal")
	}
	if c, err := MustAmount("3", USD).Cmp(b); c != 1 || err != nil {
		t.Errorf("Cmp(3, 2.5) = %d, %v; want 1, nil", c, err)
	}
	if _, err := MustAmount("3", USD).Cmp(MustAmount("3", VND)); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("Cmp across currencies: error = %v; want ErrCurrencyMismatch", err)
	}
	var ce *CurrencyError
	_, err := MustAmount("3", USD).Cmp(MustAmount("3", VND))
	if !errors.As(err, &ce) || ce.A != USD || ce.B != VND {
		t.Errorf("Cmp across currencies: error = %#v; want *CurrencyError{USD, VND}", err)
	}
}

func TestAmountZeroValue(t *testing.T) {
	var total Amount
	for _, s := range []string{"90000000", "180000000"} {
		var err error
		total, err = total.Add(MustAmount(s, VND))
		require.NoError(t, err)
	}
	if got := total.String(); got != "270.000.000 đồng" {
		t.Errorf("zero Amount + 90 triệu + 180 triệu = %q; want 270.000.000 đồng", got)
	}
	if got := (Amount{}).String(); got != "0" {
		t.Errorf("Amount{}.String() = %q; want 0", got)
	}
}

func TestAmountIsWhole(t *testing.T) {
	tests := []struct {
		a    Amount
		want bool
	}{
		{MustAmount("5740000", VND), true},
		{MustAmount("5740000.00", VND), true},
		{MustAmount("0.5", VND), false},
		{MustAmount("1.25", USD), true},
		{MustAmount("1.255", USD), false},
	}
	for _, tt := range tests {
		if got := tt.a.IsWhole(); got != tt.want {
			t.Errorf("%s.IsWhole() = %v; want %v", text(tt.a), got, tt.want)
		}
	}
}

func TestAmountConvert(t *testing.T) {
	rate := ExchangeRate{From: USD, To: VND, Rate: decimal.RequireFromString("25450"),
		Date: NewDate(2026, time.November, 2), Source: "tỷ giá trung tâm (ví dụ)"}
	got, err := MustAmount("1.25", USD).Convert(rate)
	require.NoError(t, err)
	if text(got) != "31812.5 VND" {
		t.Errorf("Convert(1.25 USD) = %s; want 31812.5 VND (exact, not rounded)", text(got))
	}
	if _, err := MustAmount("1", EUR).Convert(rate); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("Convert(EUR) with a USD rate: error = %v; want ErrCurrencyMismatch", err)
	}
	undated := rate
	undated.Date = Date{}
	if _, err := MustAmount("1", USD).Convert(undated); err == nil {
		t.Errorf("Convert with an undated rate: error = nil; want an error")
	}
	zero := rate
	zero.Rate = decimal.Zero
	if _, err := MustAmount("1", USD).Convert(zero); err == nil {
		t.Errorf("Convert with a zero rate: error = nil; want an error")
	}
}

// Sums of VND amounts beyond the range of int64 stay exact.
func TestSumBeyondInt64(t *testing.T) {
	big9 := MustAmount("9000000000000000000", VND) // 9·10^18, near math.MaxInt64
	amounts := make([]Amount, 1000)
	for i := range amounts {
		amounts[i] = big9
	}
	amounts = append(amounts, MustAmount("123456789012345678901234567890", VND)) // beyond 64 bits
	got, err := Sum(amounts)
	require.NoError(t, err)
	want := new(big.Int).Mul(big.NewInt(9_000_000_000_000_000_000/1000), big.NewInt(1000*1000))
	want.Add(want, mustBig("123456789012345678901234567890"))
	if got.Decimal().BigInt().Cmp(want) != 0 {
		t.Errorf("Sum = %s; want %s", text(got), want)
	}
	if loop := loopSum(t, amounts); !loop.Equal(got) {
		t.Errorf("Sum = %s; loop of Add = %s; want identical", text(got), text(loop))
	}
}

func mustBig(s string) *big.Int {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return b
}

func loopSum(t *testing.T, amounts []Amount) Amount {
	t.Helper()
	var s Amount
	for _, a := range amounts {
		var err error
		if s, err = s.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestSumMatchesLoop(t *testing.T) {
	tests := map[string][]Amount{
		"empty":             nil,
		"one":               {MustAmount("5", USD)},
		"mixed exponents":   {MustAmount("1.5", USD), MustAmount("2", USD), MustAmount("-0.25", USD), MustAmount("0.001", USD), MustAmount("7.10", USD)},
		"zero no-currency":  {{}, MustAmount("5", VND), {}},
		"negatives cancel":  {MustAmount("-9223372036854775807", VND), MustAmount("999999999999999999", VND), MustAmount("-999999999999999999", VND)},
		"many exponents":    {MustAmount("1", VND), MustAmount("0.1", VND), MustAmount("0.01", VND), MustAmount("0.001", VND), MustAmount("0.0001", VND), MustAmount("0.00001", VND), MustAmount("0.000001", VND)},
		"positive exponent": {NewAmount(decimal.New(5, 3), VND), NewAmount(decimal.New(-7, 2), VND), MustAmount("1", VND)},
	}
	for name, amounts := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := Sum(amounts)
			require.NoError(t, err)
			if want := loopSum(t, amounts); !got.Equal(want) || got.Currency() != want.Currency() {
				t.Errorf("Sum = %s; loop of Add = %s", text(got), text(want))
			}
		})
	}
}

func TestSumErrors(t *testing.T) {
	if _, err := Sum([]Amount{MustAmount("1", USD), MustAmount("1", VND)}); !errors.Is(err, ErrCurrencyMismatch) {
		t.Errorf("Sum(USD, VND) error = %v; want ErrCurrencyMismatch", err)
	}
	if _, err := Sum([]Amount{MustAmount("1", VND), MustAmount("30000000", VND).WithQualifier(Nearly)}); !errors.Is(err, ErrQualified) {
		t.Errorf("Sum with a qualified amount: error = %v; want ErrQualified", err)
	}
}

func TestCountArithmetic(t *testing.T) {
	c, err := NewCount(4, "hội nghị trực tuyến cấp tỉnh").Add(NewCount(5, "hội thảo trực tuyến cấp sở, ngành"))
	require.NoError(t, err)
	if c.N() != 9 {
		t.Errorf("4 + 5 = %d; want 9", c.N())
	}
	if _, err := NewCount(1<<62, "").Add(NewCount(1<<62, "")); !errors.Is(err, ErrOverflow) {
		t.Errorf("2^62 + 2^62: error = %v; want ErrOverflow", err)
	}
	if _, err := NewCount(-1<<62, "").Sub(NewCount(1<<62+1, "")); !errors.Is(err, ErrOverflow) {
		t.Errorf("-2^62 - (2^62+1): error = %v; want ErrOverflow", err)
	}
	if _, err := NewCount(121, "thư").WithQualifier(Over).Add(NewCount(1, "thư")); !errors.Is(err, ErrQualified) {
		t.Errorf("trên 121 thư + 1: error = %v; want ErrQualified", err)
	}
	gifts, err := NewCount(150, "suất quà").Times(MustAmount("600000", VND))
	require.NoError(t, err)
	if text(gifts) != "90000000 VND" {
		t.Errorf("150 suất quà × 600.000 đồng = %s; want 90000000 VND", text(gifts))
	}
}

func TestAccumulator(t *testing.T) {
	var acc Accumulator
	if !acc.Decimal().IsZero() {
		t.Errorf("empty Accumulator = %s; want 0", acc.Decimal())
	}
	vals := []string{"39.75", "-0.25", "1e3", "123456789012345678901234567890", "0.001", "-5"}
	want := decimal.Zero
	for _, v := range vals {
		d := decimal.RequireFromString(v)
		acc.Add(d)
		want = want.Add(d)
	}
	if !acc.Decimal().Equal(want) {
		t.Errorf("Accumulator = %s; want %s", acc.Decimal(), want)
	}
	acc.Reset()
	acc.Add(decimal.New(7, -1))
	if !acc.Decimal().Equal(decimal.RequireFromString("0.7")) {
		t.Errorf("after Reset = %s; want 0.7", acc.Decimal())
	}
}

func TestCmp(t *testing.T) {
	big19 := decimal.RequireFromString("1234567890123456789") // 19 digits: the slow path
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"0", "0", 0},
		{"0", "0.00", 0},
		{"9.5", "10", -1},
		{"10", "9.5", 1},
		{"10", "10.000", 0},
		{"-10", "-9.5", -1},
		{"-9.5", "-10", 1},
		{"-1", "0", -1},
		{"0", "-0.001", 1},
		{"0.1", "0.10000000000000000001", -1},            // exponents 20 apart: the slow path
		{"18446744073709551615", "1.8e19", 1},            // 20 digits: the slow path
		{"999999999999999999", "1e18", -1},               // 18 digits against a power of ten
		{"999999999999999999", "9999999999.99999999", 1}, // 10^8 apart, both 18 digits
		{"99999999999999999.9", "1e17", -1},
		{"-9223372036854775807", "-9223372036854775808", 1},
		{"1e-19", "0.00000000000000000009", 1},
		{"5", "5e19", -1}, // 5·10^19 would overflow 64 bits: 128-bit product
	} {
		a, b := decimal.RequireFromString(tc.a), decimal.RequireFromString(tc.b)
		require.Equal(t, tc.want, Cmp(a, b), "Cmp(%s, %s)", tc.a, tc.b)
		require.Equal(t, a.Cmp(b), Cmp(a, b), "Cmp(%s, %s) agrees with decimal.Cmp", tc.a, tc.b)
	}
	require.Equal(t, 1, Cmp(big19, decimal.NewFromInt(1)))
}

func TestCmpDoesNotAllocate(t *testing.T) {
	a, b := decimal.RequireFromString("9.5"), decimal.NewFromInt(10)
	if n := testing.AllocsPerRun(100, func() { Cmp(a, b) }); n != 0 {
		t.Errorf("Cmp(9.5, 10) allocates %v times", n)
	}
}
