// Package metrics holds the figures of emulation and commendation work
// ("thi đua, khen thưởng") exactly, and writes them the way Vietnamese
// administrative documents do.
//
// Every figure is an exact decimal (github.com/shopspring/decimal), never a
// float: an [Amount] is money in one ISO 4217 [Currency]; a [Count] is a
// whole number of labelled things ("3.615 văn bản"). Either may carry a
// [Qualifier] ("gần 30 triệu đồng"), which is shown but never used to
// compute another figure.
//
//	gifts, _ := metrics.NewCount(150, "suất quà").Times(metrics.MustAmount("600000", metrics.VND))
//	fmt.Println(metrics.Formatter{Scale: metrics.AutoScale}.Amount(gifts)) // 90 triệu đồng
//
// # Formatting and parsing
//
// [Formatter] writes "2.171.123 USD", "1.114.831,25 USD", "90 triệu đồng"
// and "09 hội nghị"; [ParseAmount], [ParseCount], [ParseNumber] and
// [ParsePercent] read the same forms back and report a [*SyntaxError] with
// the character at fault. [Words] spells amounts for the line "Bằng chữ".
//
// # Arithmetic
//
// Amounts in different currencies never mix ([ErrCurrencyMismatch]);
// conversion needs an [ExchangeRate] with its date. [Sum] and
// [Accumulator] add long lists fast and exactly; [Cmp] compares decimals
// of different scales without allocating. [Change] compares a period with the same period a year
// earlier ("tăng 479.429 USD (75,45%)", "không thay đổi"). [Total] keeps a
// total with its parts, and [Total.Check] catches a stated total that
// disagrees with them.
//
// # Rounding
//
// Nothing is rounded unless a [Rounding] says so, with its name and mode;
// percentages are kept as an exact [Ratio] until they are displayed.
//
// # Machine forms
//
// Amounts and counts marshal to text and JSON with plain decimal strings
// that round-trip exactly, and implement database/sql's Scanner and Valuer.
package metrics
