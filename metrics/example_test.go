package metrics_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
)

func ExampleParseAmount() {
	a, err := metrics.ParseAmount("1.114.831,25 USD")
	fmt.Println(a, err)
	b, _ := metrics.ParseAmount("90 triệu đồng")
	fmt.Println(b)
	_, err = metrics.ParseAmount("1.00 USD")
	fmt.Println(err)
	// Output:
	// 1.114.831,25 USD <nil>
	// 90.000.000 đồng
	// metrics: ParseAmount("1.00 USD"): character 3: thousands group "00" has 2 digits; want 3
}

func ExampleParseCount() {
	c, _ := metrics.ParseCount("trên 121 thư")
	fmt.Println(c.N(), c.Label(), c.Qualifier())
	// Output: 121 thư trên
}

func ExampleParseNumber() {
	d, _ := metrics.ParseNumber("1.114.831,25")
	fmt.Println(d)
	// Output: 1114831.25
}

func ExampleParsePercent() {
	p, _ := metrics.ParsePercent("75,45%")
	fmt.Println(p)
	// Output: 75.45
}

func ExampleFormatter() {
	gifts := metrics.MustAmount("90000000", metrics.VND)
	fmt.Println(metrics.Formatter{}.Amount(gifts))
	fmt.Println(metrics.Formatter{Scale: metrics.AutoScale}.Amount(gifts))
	big := metrics.MustAmount("2171123456", metrics.VND)
	fmt.Println(metrics.Formatter{Scale: metrics.AutoScale, Round: metrics.Rounding{Mode: metrics.HalfUp, Places: 2}}.Amount(big))
	fmt.Println(metrics.Formatter{MinDigits: 2}.Count(metrics.NewCount(9, "hội nghị trực tuyến")))
	// Output:
	// 90.000.000 đồng
	// 90 triệu đồng
	// 2,17 tỷ đồng
	// 09 hội nghị trực tuyến
}

func ExampleFormatNumber() {
	fmt.Println(metrics.FormatNumber(decimal.RequireFromString("1114831.25")))
	// Output: 1.114.831,25
}

func ExampleFormatPercent() {
	fmt.Println(metrics.FormatPercent(decimal.RequireFromString("75.45")))
	// Output: 75,45%
}

func ExampleAmount_Add_sum() {
	// The zero Amount starts a sum in any currency.
	var total metrics.Amount
	for _, s := range []string{"90000000", "180000000"} {
		total, _ = total.Add(metrics.MustAmount(s, metrics.VND))
	}
	fmt.Println(total)
	_, err := total.Add(metrics.MustAmount("5", metrics.USD))
	fmt.Println(errors.Is(err, metrics.ErrCurrencyMismatch))
	// Output:
	// 270.000.000 đồng
	// true
}

func ExampleAmount_WithQualifier() {
	approx := metrics.MustAmount("30000000", metrics.VND).WithQualifier(metrics.Nearly)
	fmt.Println(metrics.Formatter{Scale: metrics.Trieu}.Amount(approx))
	_, err := approx.Add(metrics.MustAmount("1", metrics.VND))
	fmt.Println(err)
	// Output:
	// gần 30 triệu đồng
	// metrics: add: "gần 30.000.000 đồng" is qualified and cannot be used to compute an exact figure
}

func ExampleAmount_Round() {
	// Reward money: 0,3 × 2.340.000 đồng, rounded up to tens of thousands.
	rule := metrics.Rounding{Name: "làm tròn số lên hàng chục nghìn đồng", Mode: metrics.Ceiling, Places: -4}
	raw, _ := metrics.MustAmount("2340000", metrics.VND).Mul(decimal.RequireFromString("0.3"))
	money, _ := raw.Round(rule)
	fmt.Println(raw, "→", money)
	// Output: 702.000 đồng → 710.000 đồng
}

func ExampleAmount_Convert() {
	rate := metrics.ExchangeRate{
		From: metrics.USD, To: metrics.VND, Rate: decimal.RequireFromString("25000"),
		Date: metrics.MustDate("2026-11-02"), Source: "tỷ giá ví dụ",
	}
	vnd, _ := metrics.MustAmount("12.5", metrics.USD).Convert(rate)
	fmt.Println(vnd)
	// Output: 312.500 đồng
}

func ExampleAmount_InWords() {
	w, _ := metrics.MustAmount("5740000", metrics.VND).InWords()
	fmt.Println(w)
	// Output: Năm triệu bảy trăm bốn mươi nghìn đồng
}

func ExampleWords() {
	w := metrics.Words{Le: true, Ngan: true, Chan: true}
	s, _ := w.Amount(metrics.MustAmount("1005000", metrics.VND))
	fmt.Println(s)
	u, _ := metrics.Words{}.Amount(metrics.MustAmount("100.25", metrics.USD))
	fmt.Println(u)
	// Output:
	// Một triệu không trăm lẻ năm ngàn đồng chẵn
	// Một trăm đô la Mỹ và hai mươi lăm xu
}

func ExampleSum() {
	total, _ := metrics.Sum([]metrics.Amount{
		metrics.MustAmount("1114831.25", metrics.USD),
		metrics.MustAmount("0.75", metrics.USD),
	})
	fmt.Println(total)
	// Output: 1.114.832 USD
}

func ExampleNewChange() {
	now, _ := metrics.ParseAmount("1.114.831 USD")
	before := metrics.MustAmount("635402", metrics.USD)
	c, _ := metrics.NewChange(now, before)
	fmt.Println(c)
	same, _ := metrics.NewChange(metrics.NewCount(16, "dự án"), metrics.NewCount(16, "dự án"))
	fmt.Println(same)
	// Output:
	// tăng 479.429 USD (75,45%)
	// không thay đổi
}

func ExampleRatio_Percent() {
	r := metrics.Ratio{Num: decimal.New(1, 0), Den: decimal.New(3, 0)}
	p, _ := r.Percent(metrics.Rounding{Mode: metrics.HalfEven, Places: 3})
	fmt.Println(metrics.FormatPercent(p))
	// Output: 33,333%
}

func ExampleSumCounts() {
	t, _ := metrics.SumCounts("hội nghị trực tuyến",
		metrics.Part[metrics.Count]{Name: "cấp tỉnh", Value: metrics.NewCount(4, "hội nghị trực tuyến cấp tỉnh")},
		metrics.Part[metrics.Count]{Name: "cấp sở, ngành", Value: metrics.NewCount(5, "hội thảo trực tuyến cấp sở, ngành")},
	)
	fmt.Println(metrics.Formatter{MinDigits: 2}.Count(t.Value))
	fmt.Println(t.Check(metrics.NewCount(10, "hội nghị trực tuyến")) != nil)
	// Output:
	// 09 hội nghị trực tuyến
	// true
}

func ExampleSumAmounts() {
	t, _ := metrics.SumAmounts("giá trị kêu gọi",
		metrics.Part[metrics.Amount]{Name: "quà Tết", Value: metrics.MustAmount("90000000", metrics.VND)},
		metrics.Part[metrics.Amount]{Name: "xóa nhà tạm", Value: metrics.MustAmount("180000000", metrics.VND)},
	)
	fmt.Println(metrics.Formatter{Scale: metrics.AutoScale}.Amount(t.Value))
	// Output: 270 triệu đồng
}

func ExampleRounding_Apply() {
	r := metrics.Rounding{Mode: metrics.HalfEven, Places: 0}
	for _, s := range []string{"2.5", "3.5"} {
		d, _ := r.Apply(decimal.RequireFromString(s))
		fmt.Print(d, " ")
	}
	fmt.Println()
	// Output: 2 4
}

func ExampleCount_Times() {
	total, _ := metrics.NewCount(150, "suất quà").Times(metrics.MustAmount("600000", metrics.VND))
	fmt.Println(total)
	// Output: 90.000.000 đồng
}

func ExampleAmount_MarshalJSON() {
	b, _ := json.Marshal(metrics.MustAmount("1114831.25", metrics.USD))
	fmt.Println(string(b))
	var a metrics.Amount
	_ = json.Unmarshal(b, &a)
	fmt.Println(a)
	// Output:
	// {"value":"1114831.25","currency":"USD"}
	// 1.114.831,25 USD
}

func ExampleParseCurrency() {
	c, _ := metrics.ParseCurrency("usd")
	fmt.Println(c.Code(), c.Digits(), metrics.VND.Digits(), metrics.VND.Word())
	// Output: USD 2 0 đồng
}

func ExampleAmountOf() {
	a, err := metrics.AmountOf("1114831.25", metrics.USD)
	fmt.Println(a, err)
	_, err = metrics.AmountOf("1,5", metrics.USD)
	fmt.Println(err)
	// Output:
	// 1.114.831,25 USD <nil>
	// metrics: AmountOf("1,5"): character 2: unexpected ",5"; want a plain decimal such as "1114831.25"
}

func ExampleNewAmount() {
	fmt.Println(metrics.NewAmount(decimal.New(2171123, 0), metrics.USD))
	// Output: 2.171.123 USD
}

func ExampleNewCount() {
	c := metrics.NewCount(3615, "văn bản đến")
	fmt.Println(c)
	// Output: 3.615 văn bản đến
}

func ExampleAmount_Cmp() {
	a := metrics.MustAmount("1114831", metrics.USD)
	b := metrics.MustAmount("635402", metrics.USD)
	c, err := a.Cmp(b)
	fmt.Println(c, err)
	// Output: 1 <nil>
}

func ExampleTotal_Check() {
	t, _ := metrics.SumAmounts("quà",
		metrics.Part[metrics.Amount]{Name: "quà Tết", Value: metrics.MustAmount("90000000", metrics.VND)},
		metrics.Part[metrics.Amount]{Name: "xóa nhà tạm", Value: metrics.MustAmount("180000000", metrics.VND)},
	)
	err := t.Check(metrics.MustAmount("280000000", metrics.VND))
	fmt.Println(errors.Is(err, metrics.ErrTotalMismatch))
	fmt.Println(err)
	// Output:
	// true
	// metrics: quà: stated total 280.000.000 đồng differs from the sum of its parts 270.000.000 đồng (quà Tết: 90.000.000 đồng; xóa nhà tạm: 180.000.000 đồng)
}

func ExampleAccumulator() {
	var acc metrics.Accumulator
	for _, s := range []string{"39.75", "18.5", "30", "-2.25"} {
		acc.Add(decimal.RequireFromString(s))
	}
	fmt.Println(acc.Decimal())
	// Output: 86
}
