package metrics

import (
	"fmt"
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/internal/nfc"
)

// maxDigits bounds the digits a parser accepts, so that hostile input cannot
// ask for gigabytes of memory. No real figure comes near it.
const maxDigits = 4096

// ParseNumber reads a number written the Vietnamese way: "1.114.831,25",
// "3615", "-5", "0,5". Thousands are grouped by "." in groups of exactly
// three digits, or not grouped at all; the decimals follow ",".
func ParseNumber(s string) (decimal.Decimal, error) {
	p := scanner{fn: "ParseNumber", s: s}
	p.skipSpace()
	v, err := p.number()
	if err != nil {
		return decimal.Decimal{}, err
	}
	p.skipSpace()
	if !p.done() {
		return decimal.Decimal{}, p.errAt(p.i, "unexpected %s after the number", quote(p.rest()))
	}
	return v, nil
}

// ParsePercent reads a percentage such as "75,45%" or "100 %" and returns it
// in percent (75.45).
func ParsePercent(s string) (decimal.Decimal, error) {
	p := scanner{fn: "ParsePercent", s: s}
	p.skipSpace()
	v, err := p.number()
	if err != nil {
		return decimal.Decimal{}, err
	}
	p.skipSpace()
	if p.done() || p.s[p.i] != '%' {
		return decimal.Decimal{}, p.errAt(p.i, "want %q after the number", "%")
	}
	p.i++
	p.skipSpace()
	if !p.done() {
		return decimal.Decimal{}, p.errAt(p.i, "unexpected %s after %q", quote(p.rest()), "%")
	}
	return v, nil
}

// ParseAmount reads an amount as Vietnamese documents write it:
//
//	2.171.123 USD
//	1.114.831,25 USD
//	5.740.000 đồng
//	90 triệu đồng
//	2,17 tỷ đồng
//	gần 30 triệu đồng
//
// An optional [Qualifier] comes first, then the number (see [ParseNumber]),
// an optional scale word (nghìn, ngàn, triệu, tỷ, tỉ, nghìn tỷ), and the
// currency: "đồng", "đ", "VNĐ" or an ISO 4217 code. A bad text gets a
// [*SyntaxError] that says at which character and what was expected.
//
// [Amount.String] writes the canonical form back: ParseAmount of it gives
// the same amount.
func ParseAmount(s string) (Amount, error) {
	p := scanner{fn: "ParseAmount", s: s}
	q, v, err := p.figure()
	if err != nil {
		return Amount{}, err
	}
	p.skipSpace()
	if p.done() {
		return Amount{}, p.errAt(p.i, "missing currency; want %q, %q or an ISO 4217 code such as %q", "đồng", "VND", "USD")
	}
	word, off := p.word()
	c, ok := currencyOfWord(word)
	if !ok {
		return Amount{}, p.errAt(off, "unknown currency %s; want %q, %q or an ISO 4217 code such as %q", quote(word), "đồng", "VND", "USD")
	}
	p.skipSpace()
	if !p.done() {
		return Amount{}, p.errAt(p.i, "unexpected %s after the currency", quote(p.rest()))
	}
	return Amount{v: v, c: c, q: q}, nil
}

// ParseCount reads a count with its label: "3.615 văn bản", "09 hội nghị
// trực tuyến", "trên 121 thư", "khoảng 17.967 lượt". The number must be
// whole; the label is what follows it, with spaces folded to one.
func ParseCount(s string) (Count, error) {
	p := scanner{fn: "ParseCount", s: s}
	start := p.i
	q, v, err := p.figure()
	if err != nil {
		return Count{}, err
	}
	if !v.IsInteger() {
		return Count{}, p.errAt(start, "count %s is not a whole number", FormatNumber(v))
	}
	if v.NumDigits() > 18 {
		return Count{}, p.errAt(start, "count %s is out of range", FormatNumber(v))
	}
	var label []string
	for p.skipSpace(); !p.done(); p.skipSpace() {
		w, _ := p.word()
		label = append(label, w)
	}
	return Count{n: v.IntPart(), label: nfc.String(strings.Join(label, " ")), q: q}, nil
}

// figure reads [qualifier] number [scale].
func (p *scanner) figure() (Qualifier, decimal.Decimal, error) {
	p.skipSpace()
	if p.done() {
		return Exact, decimal.Decimal{}, p.errAt(p.i, "empty text; want a figure such as %q", "2.171.123 USD")
	}
	q := p.qualifier()
	p.skipSpace()
	v, err := p.number()
	if err != nil {
		return Exact, decimal.Decimal{}, err
	}
	if s := p.scale(); s != NoScale {
		v = v.Shift(s.exponent())
	}
	return q, v, nil
}

// qualifier consumes a leading qualifier word, if any.
func (p *scanner) qualifier() Qualifier {
	save := p.i
	w, _ := p.word()
	if q, ok := ParseQualifier(nfc.String(w)); ok {
		return q
	}
	p.skipSpace()
	if w2, _ := p.word(); w2 != "" {
		if q, ok := ParseQualifier(nfc.String(w + " " + w2)); ok {
			return q
		}
	}
	p.i = save
	return Exact
}

// scale consumes a scale word, if any.
func (p *scanner) scale() Scale {
	save := p.i
	p.skipSpace()
	w, _ := p.word()
	var s Scale
	switch nfc.String(w) {
	case "nghìn", "ngàn":
		s = Nghin
		after := p.i
		p.skipSpace()
		if w2, _ := p.word(); isTy(w2) {
			return NghinTy
		}
		p.i = after
		return s
	case "triệu":
		return Trieu
	case "tỷ", "tỉ":
		return Ty
	}
	p.i = save
	return NoScale
}

func isTy(w string) bool {
	w = nfc.String(w)
	return w == "tỷ" || w == "tỉ"
}

func currencyOfWord(w string) (Currency, bool) {
	switch nfc.String(w) {
	case "đồng", "đ", "VNĐ", "VND", "vnđ", "vnd":
		return VND, true
	}
	if len(w) != 3 {
		return Currency(""), false
	}
	for i := range 3 {
		if w[i] < 'A' || w[i] > 'Z' {
			return Currency(""), false
		}
	}
	c, err := ParseCurrency(w)
	if err != nil || c.IsZero() {
		return Currency(""), false
	}
	return c, true
}

// scanner reads figures from s. Offsets are in bytes; errors convert them to
// 1-based character positions.
type scanner struct {
	fn string
	s  string
	i  int
}

func (p *scanner) done() bool { return p.i >= len(p.s) }

func (p *scanner) rest() string { return p.s[p.i:] }

func (p *scanner) errAt(off int, format string, args ...any) error {
	off = min(off, len(p.s))
	return &SyntaxError{
		Func:  p.fn,
		Input: p.s,
		Pos:   utf8.RuneCountInString(p.s[:off]) + 1,
		Msg:   fmt.Sprintf(format, args...),
	}
}

func (p *scanner) skipSpace() {
	for p.i < len(p.s) {
		r, n := utf8.DecodeRuneInString(p.s[p.i:])
		if !unicode.IsSpace(r) {
			return
		}
		p.i += n
	}
}

// word consumes a run of non-space characters and returns it with its offset.
func (p *scanner) word() (string, int) {
	start := p.i
	for p.i < len(p.s) {
		r, n := utf8.DecodeRuneInString(p.s[p.i:])
		if unicode.IsSpace(r) {
			break
		}
		p.i += n
	}
	return p.s[start:p.i], start
}

// digits consumes a run of ASCII digits.
func (p *scanner) digits() string {
	start := p.i
	for p.i < len(p.s) && '0' <= p.s[p.i] && p.s[p.i] <= '9' {
		p.i++
	}
	return p.s[start:p.i]
}

// number reads a Vietnamese number at p.i.
func (p *scanner) number() (decimal.Decimal, error) {
	neg := false
	switch {
	case strings.HasPrefix(p.rest(), "-"):
		neg = true
		p.i++
	case strings.HasPrefix(p.rest(), "−"): // U+2212 MINUS SIGN
		neg = true
		p.i += len("−")
	}
	start := p.i
	first := p.digits()
	if first == "" {
		if p.done() {
			return decimal.Decimal{}, p.errAt(p.i, "want a digit")
		}
		r, _ := utf8.DecodeRuneInString(p.rest())
		return decimal.Decimal{}, p.errAt(p.i, "unexpected %q; want a digit", r)
	}
	whole := []byte(first)
	if p.i < len(p.s) && p.s[p.i] == '.' {
		if len(first) > 3 {
			return decimal.Decimal{}, p.errAt(start, "%d digits before the first \".\"; want 1 to 3 (thousands are grouped by three)", len(first))
		}
		for p.i < len(p.s) && p.s[p.i] == '.' {
			p.i++
			gstart := p.i
			g := p.digits()
			if len(g) != 3 {
				return decimal.Decimal{}, p.errAt(gstart, "thousands group %s has %d digits; want 3", quote(g), len(g))
			}
			whole = append(whole, g...)
		}
	}
	var frac string
	if p.i < len(p.s) && p.s[p.i] == ',' {
		p.i++
		frac = p.digits()
		if frac == "" {
			return decimal.Decimal{}, p.errAt(p.i, "want a digit after the decimal comma")
		}
	}
	if p.i < len(p.s) {
		if c := p.s[p.i]; c == '.' || c == ',' {
			return decimal.Decimal{}, p.errAt(p.i, "unexpected %q after the decimals", c)
		}
	}
	if len(whole)+len(frac) > maxDigits {
		return decimal.Decimal{}, p.errAt(start, "more than %d digits", maxDigits)
	}
	return decimalOf(neg, append(whole, frac...), -int32(len(frac))), nil
}

// parsePlain reads a machine decimal: optional "-", digits, optional "."
// and digits. in is the text named in errors and base the offset of s in it.
func parsePlain(fn, s string, base int, in string) (decimal.Decimal, error) {
	p := scanner{fn: fn, s: in, i: base}
	end := base + len(s)
	neg := false
	if p.i < end && in[p.i] == '-' {
		neg = true
		p.i++
	}
	start := p.i
	whole := p.digits()
	if whole == "" {
		return decimal.Decimal{}, p.errAt(p.i, "want a digit")
	}
	var frac string
	if p.i < end && in[p.i] == '.' {
		p.i++
		if frac = p.digits(); frac == "" {
			return decimal.Decimal{}, p.errAt(p.i, "want a digit after the decimal point")
		}
	}
	if p.i != end {
		return decimal.Decimal{}, p.errAt(p.i, "unexpected %s; want a plain decimal such as %q", quote(in[p.i:end]), "1114831.25")
	}
	if len(whole)+len(frac) > maxDigits {
		return decimal.Decimal{}, p.errAt(start, "more than %d digits", maxDigits)
	}
	return decimalOf(neg, []byte(whole+frac), -int32(len(frac))), nil
}

// decimalOf returns the decimal with the given ASCII digits and exponent.
func decimalOf(neg bool, digits []byte, exp int32) decimal.Decimal {
	if len(digits) <= 18 {
		var c int64
		for _, d := range digits {
			c = c*10 + int64(d-'0')
		}
		if neg {
			c = -c
		}
		return decimal.New(c, exp)
	}
	c, _ := new(big.Int).SetString(string(digits), 10)
	if neg {
		c.Neg(c)
	}
	return decimal.NewFromBigInt(c, exp)
}
