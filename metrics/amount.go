package metrics

import (
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

// Amount is an exact sum of money in one currency: a decimal.Decimal and a
// [Currency], with an optional [Qualifier]. It is a value: every operation
// returns a new Amount.
//
// The zero value is 0 with no currency. It is usable as it is: it adds to an
// amount in any currency, so
//
//	var total metrics.Amount
//	total, err = total.Add(a)
//
// starts a sum. Amounts in two different currencies never add, subtract or
// compare: the operation returns a [*CurrencyError]. Conversion goes through
// an explicit [ExchangeRate].
type Amount struct {
	v decimal.Decimal
	c Currency
	q Qualifier
}

// NewAmount returns the exact amount v in currency c.
func NewAmount(v decimal.Decimal, c Currency) Amount { return Amount{v: v, c: c} }

// AmountOf parses a plain decimal ("2171123", "1114831.25", "-5") in
// currency c. For the Vietnamese written forms use [ParseAmount].
func AmountOf(s string, c Currency) (Amount, error) {
	v, err := parsePlain("AmountOf", s, 0, s)
	if err != nil {
		return Amount{}, err
	}
	return Amount{v: v, c: c}, nil
}

// MustAmount is like [AmountOf] but panics on bad input. It is meant for
// constants and tests.
func MustAmount(s string, c Currency) Amount {
	a, err := AmountOf(s, c)
	if err != nil {
		panic(err)
	}
	return a
}

// Decimal returns the exact value.
func (a Amount) Decimal() decimal.Decimal { return a.v }

// Currency returns the currency.
func (a Amount) Currency() Currency { return a.c }

// Qualifier returns the qualifier, [Exact] for an exact amount.
func (a Amount) Qualifier() Qualifier { return a.q }

// WithQualifier returns a with the qualifier q: MustAmount("30000000",
// VND).WithQualifier(Nearly) is "gần 30.000.000 đồng".
func (a Amount) WithQualifier(q Qualifier) Amount { a.q = q; return a }

// IsZero reports whether the value is zero, in any currency.
func (a Amount) IsZero() bool { return a.v.IsZero() }

// Sign returns -1, 0 or +1.
func (a Amount) Sign() int { return a.v.Sign() }

// Neg returns -a.
func (a Amount) Neg() Amount { a.v = a.v.Neg(); return a }

// Abs returns |a|.
func (a Amount) Abs() Amount { a.v = a.v.Abs(); return a }

// Equal reports whether a and b are the same figure: same currency, same
// qualifier, equal values (2.50 USD equals 2.5 USD). Zero amounts are equal
// whatever their currency.
func (a Amount) Equal(b Amount) bool {
	if a.q != b.q {
		return false
	}
	if a.v.IsZero() && b.v.IsZero() {
		return true
	}
	return a.c == b.c && a.v.Equal(b.v)
}

// Cmp compares two amounts in the same currency: -1 if a < b, 0 if equal,
// +1 if a > b.
func (a Amount) Cmp(b Amount) (int, error) {
	if _, err := a.currencyWith("cmp", b); err != nil {
		return 0, err
	}
	return a.v.Cmp(b.v), nil
}

// Add returns a + b.
func (a Amount) Add(b Amount) (Amount, error) {
	c, err := a.arith("add", b)
	if err != nil {
		return Amount{}, err
	}
	return Amount{v: a.v.Add(b.v), c: c}, nil
}

// Sub returns a − b.
func (a Amount) Sub(b Amount) (Amount, error) {
	c, err := a.arith("sub", b)
	if err != nil {
		return Amount{}, err
	}
	return Amount{v: a.v.Sub(b.v), c: c}, nil
}

// Mul returns a × x, exactly, for a quantity or an exact rate x
// ("0.3" for a coefficient, "150" for a quantity). Nothing is rounded: round
// the result with [Amount.Round] where a rule says so.
func (a Amount) Mul(x decimal.Decimal) (Amount, error) {
	if a.q != Exact {
		return Amount{}, &QualifiedError{Op: "mul", Value: a.String()}
	}
	return Amount{v: a.v.Mul(x), c: a.c}, nil
}

// Round returns a rounded by rule r. The zero Rounding returns a unchanged.
func (a Amount) Round(r Rounding) (Amount, error) {
	if a.q != Exact && !r.IsZero() {
		return Amount{}, &QualifiedError{Op: "round", Value: a.String()}
	}
	v, err := r.Apply(a.v)
	if err != nil {
		return Amount{}, err
	}
	return Amount{v: v, c: a.c}, nil
}

// IsWhole reports whether a has no more decimals than its currency has minor
// digits: 5.740.000 đồng is whole, 0,5 đồng is not, 1,25 USD is.
func (a Amount) IsWhole() bool {
	return fractionDigits(a.v) <= a.c.Digits()
}

// String formats a with the zero [Formatter]: "2.171.123 USD",
// "gần 30.000.000 đồng".
func (a Amount) String() string { return Formatter{}.Amount(a) }

func (a Amount) arith(op string, b Amount) (Currency, error) {
	if a.q != Exact {
		return Currency(""), &QualifiedError{Op: op, Value: a.String()}
	}
	if b.q != Exact {
		return Currency(""), &QualifiedError{Op: op, Value: b.String()}
	}
	return a.currencyWith(op, b)
}

// currencyWith returns the currency of an operation on a and b: the zero
// currency yields to the other one.
func (a Amount) currencyWith(op string, b Amount) (Currency, error) {
	switch {
	case a.c == b.c:
		return a.c, nil
	case a.c.IsZero() && a.v.IsZero():
		return b.c, nil
	case b.c.IsZero() && b.v.IsZero():
		return a.c, nil
	}
	return Currency(""), &CurrencyError{Op: op, A: a.c, B: b.c}
}

// ExchangeRate converts amounts in From to To: 1 From = Rate To, on Date,
// as published by Source (e.g. "Ngân hàng Nhà nước Việt Nam, tỷ giá trung
// tâm").
type ExchangeRate struct {
	From, To Currency
	Rate     decimal.Decimal
	Date     Date
	Source   string
}

// Convert returns a in r.To, exactly: a × r.Rate, not rounded. It is an
// error when a is not in r.From, when the rate is not positive or when the
// rate has no date.
func (a Amount) Convert(r ExchangeRate) (Amount, error) {
	if a.q != Exact {
		return Amount{}, &QualifiedError{Op: "convert", Value: a.String()}
	}
	if a.c != r.From && !(a.c.IsZero() && a.v.IsZero()) {
		return Amount{}, &CurrencyError{Op: "convert", A: a.c, B: r.From}
	}
	if r.Rate.Sign() <= 0 {
		return Amount{}, errorf("convert %s to %s: exchange rate %s is not positive", r.From.Code(), r.To.Code(), r.Rate.String())
	}
	if r.Date.IsZero() {
		return Amount{}, errorf("convert %s to %s: exchange rate has no date", r.From.Code(), r.To.Code())
	}
	return Amount{v: a.v.Mul(r.Rate), c: r.To}, nil
}

// Sum returns the exact sum of amounts in one currency (zero amounts with no
// currency are allowed too). An empty list sums to the zero Amount. A
// qualified amount or a second currency is an error.
//
// Sum is much faster than a loop of [Amount.Add]: it adds coefficients that
// fit in 64 bits into 128-bit accumulators, one per exponent, and turns to
// big integers only for the few values (or the final total) that need them.
// The result is identical.
func Sum(amounts []Amount) (Amount, error) {
	var (
		cur Currency
		acc Accumulator
	)
	for i := range amounts {
		a := &amounts[i]
		if a.q != Exact {
			return Amount{}, &QualifiedError{Op: "sum", Value: a.String()}
		}
		if a.c != cur {
			switch {
			case cur.IsZero():
				cur = a.c
			case a.c.IsZero() && a.v.IsZero():
			default:
				return Amount{}, &CurrencyError{Op: "sum", A: cur, B: a.c}
			}
		}
		acc.Add(a.v)
	}
	return Amount{v: acc.Decimal(), c: cur}, nil
}

// Accumulator adds decimals exactly and fast: coefficients that fit in 64
// bits go into one signed 128-bit sum per exponent, with no allocation;
// only the rare larger values, and the final total, use big integers. The
// zero value is an empty sum, ready to use. The result is identical to a
// chain of decimal.Add.
//
//	var acc metrics.Accumulator
//	for _, p := range points {
//		acc.Add(p)
//	}
//	total := acc.Decimal()
type Accumulator struct {
	n    int
	accs [4]acc128 // most lists use one or two exponents
	more []acc128
	slow decimal.Decimal // values whose coefficient does not fit 64 bits
}

// Add adds d to the sum.
func (s *Accumulator) Add(d decimal.Decimal) {
	if d.NumDigits() <= 18 {
		s.add(d.Exponent(), d.CoefficientInt64())
		return
	}
	s.slow = s.slow.Add(d)
}

// Decimal returns the exact sum.
func (s *Accumulator) Decimal() decimal.Decimal {
	t := s.total()
	if s.slow.IsZero() {
		return t
	}
	return t.Add(s.slow)
}

// Reset empties the sum, keeping its memory.
func (s *Accumulator) Reset() {
	s.n = 0
	s.more = s.more[:0]
	s.slow = decimal.Decimal{}
}

type acc128 struct {
	exp int32
	hi  int64
	lo  uint64
}

// add adds v·10^exp. Each addend is below 10^18 < 2^60 in magnitude, so
// 2^67 of them fit in an accumulator before any overflow.
func (s *Accumulator) add(exp int32, v int64) {
	var a *acc128
	for i := 0; i < s.n && i < len(s.accs); i++ {
		if s.accs[i].exp == exp {
			a = &s.accs[i]
			break
		}
	}
	if a == nil {
		a = s.slot(exp)
	}
	var carry uint64
	a.lo, carry = bits.Add64(a.lo, uint64(v), 0)
	a.hi += int64(carry) + (v >> 63) // v>>63 sign-extends v into the high word
}

func (s *Accumulator) slot(exp int32) *acc128 {
	for i := range s.more {
		if s.more[i].exp == exp {
			return &s.more[i]
		}
	}
	if s.n < len(s.accs) {
		s.accs[s.n] = acc128{exp: exp}
		s.n++
		return &s.accs[s.n-1]
	}
	s.more = append(s.more, acc128{exp: exp})
	return &s.more[len(s.more)-1]
}

func (s *Accumulator) total() decimal.Decimal {
	var sum decimal.Decimal
	for i, a := range append(s.accs[:s.n:s.n], s.more...) {
		d := a.decimal()
		if i == 0 {
			sum = d
			continue
		}
		sum = sum.Add(d)
	}
	return sum
}

// decimal returns the accumulated value, without big integers when it fits
// in an int64.
func (a acc128) decimal() decimal.Decimal {
	if (a.hi == 0 && a.lo < 1<<63) || (a.hi == -1 && a.lo >= 1<<63) {
		return decimal.New(int64(a.lo), a.exp)
	}
	return decimal.NewFromBigInt(a.big(), a.exp)
}

// big returns the 128-bit two's-complement value as a big.Int.
func (a acc128) big() *big.Int {
	hi := new(big.Int).SetInt64(a.hi)
	hi.Lsh(hi, 64)
	return hi.Add(hi, new(big.Int).SetUint64(a.lo))
}

// Cmp compares two decimals as decimal.Decimal.Cmp does (-1, 0 or +1) but
// without allocating when both coefficients have at most 18 digits and the
// exponents differ by at most 19, which covers points, percentages and
// money. decimal.Cmp rescales through big integers on every call whose
// exponents differ (9,5 against 10), and a ranking compares every score
// against its maximum.
func Cmp(a, b decimal.Decimal) int {
	sa, sb := a.Sign(), b.Sign()
	switch {
	case sa != sb:
		if sa < sb {
			return -1
		}
		return 1
	case sa == 0:
		return 0
	}
	ea, eb := a.Exponent(), b.Exponent()
	if a.NumDigits() > 18 || b.NumDigits() > 18 || ea-eb > 19 || eb-ea > 19 {
		return a.Cmp(b)
	}
	c := cmpMagnitude(abs64(a.CoefficientInt64()), ea, abs64(b.CoefficientInt64()), eb)
	if sa < 0 {
		return -c
	}
	return c
}

// cmpMagnitude compares x·10^ex with y·10^ey, |ex-ey| ≤ 19, in 128 bits.
func cmpMagnitude(x uint64, ex int32, y uint64, ey int32) int {
	if ex < ey {
		return -cmpMagnitude(y, ey, x, ex)
	}
	hi, lo := bits.Mul64(x, pow10u[ex-ey])
	switch {
	case hi > 0 || lo > y:
		return 1
	case lo < y:
		return -1
	}
	return 0
}

func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v) // also right for math.MinInt64, which wraps to 1<<63
	}
	return uint64(v)
}

// pow10u holds 10^0 … 10^19, every power of ten below 2^64.
var pow10u = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()
