package metrics

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Scale is the scale word of a figure: "90 triệu đồng" is 90 at the scale
// Trieu.
type Scale uint8

// The scales. NoScale writes every digit.
const (
	NoScale   Scale = iota // every digit: "90.000.000 đồng"
	AutoScale              // the largest scale that fits, see [Formatter]
	Nghin                  // 10³, "nghìn" (or "ngàn")
	Trieu                  // 10⁶, "triệu"
	Ty                     // 10⁹, "tỷ"
	NghinTy                // 10¹², "nghìn tỷ"
)

// exponent returns the power of ten of s.
func (s Scale) exponent() int32 {
	switch s {
	case Nghin:
		return 3
	case Trieu:
		return 6
	case Ty:
		return 9
	case NghinTy:
		return 12
	}
	return 0
}

func (s Scale) word(ngan bool) string {
	switch s {
	case Nghin:
		if ngan {
			return "ngàn"
		}
		return "nghìn"
	case Trieu:
		return "triệu"
	case Ty:
		return "tỷ"
	case NghinTy:
		if ngan {
			return "ngàn tỷ"
		}
		return "nghìn tỷ"
	}
	return ""
}

// Formatter writes figures the way Vietnamese administrative documents do:
// "." between thousands, "," before decimals, the unit after the figure
// ("2.171.123 USD", "1.114.831,25 USD", "5.740.000 đồng", "09 hội nghị").
// The zero Formatter writes every digit, exactly. Formatting never changes a
// value: a rounded display comes only from an explicit Round rule.
type Formatter struct {
	// Scale writes the figure with a scale word. NoScale (the default) writes
	// every digit. AutoScale picks the largest of nghìn tỷ, tỷ, triệu and
	// nghìn that the figure reaches: without Round, only where the scaled
	// figure is exact within MaxPlaces decimals ("90 triệu đồng", "5,74 triệu
	// đồng"), and otherwise every digit; with Round, the scaled figure is
	// rounded by it ("2,17 tỷ đồng"). Nghin, Trieu, Ty and NghinTy force a
	// scale.
	Scale Scale
	// MaxPlaces is the most decimals an exact AutoScale figure may show.
	// Zero means 2.
	MaxPlaces int
	// Round rounds the figure that is written (after scaling). The zero
	// Rounding writes it exactly.
	Round Rounding
	// MinDigits pads the whole part with leading zeros to this many digits,
	// as documents write small counts ("09 hội nghị", "01 cá nhân"). Zero
	// means no padding; at most [MaxMinDigits] digits are padded, and
	// [Formatter.Validate] reports a larger value.
	MinDigits int
	// Ngan writes "ngàn" for "nghìn".
	Ngan bool
	// ISOCode writes "VND" for "đồng".
	ISOCode bool
	// NoUnit leaves out the currency or the count's label.
	NoUnit bool
}

// MaxMinDigits bounds [Formatter.MinDigits]: documents pad counts to two
// or three digits; no figure is padded beyond this.
const MaxMinDigits = 20

// Validate reports MinDigits out of range (negative or above
// [MaxMinDigits]). Loaders that read a Formatter from a file call it, so
// that a bad setting is an error where it enters; the formatting methods
// themselves clamp such a value.
func (f Formatter) Validate() error {
	if f.MinDigits < 0 || f.MinDigits > MaxMinDigits {
		return errorf("formatter: minimum digits %d; want 0 to %d", f.MinDigits, MaxMinDigits)
	}
	return nil
}

// Amount formats a.
func (f Formatter) Amount(a Amount) string {
	return string(f.AppendAmount(make([]byte, 0, 32), a))
}

// AppendAmount appends the formatted a to dst.
func (f Formatter) AppendAmount(dst []byte, a Amount) []byte {
	dst = appendQualifier(dst, a.q)
	minFrac := 0
	if f.Scale == NoScale && f.Round.IsZero() {
		minFrac = a.c.Digits() // "5,50 USD" for 5.5 USD, "5 USD" for 5 USD
	}
	dst = f.appendNumber(dst, a.v, minFrac)
	if !f.NoUnit && !a.c.IsZero() {
		dst = append(dst, ' ')
		if f.ISOCode {
			dst = append(dst, a.c.Code()...)
		} else {
			dst = append(dst, a.c.Word()...)
		}
	}
	return dst
}

// Count formats c.
func (f Formatter) Count(c Count) string {
	dst := appendQualifier(make([]byte, 0, 32), c.q)
	dst = f.appendNumber(dst, decimal.New(c.n, 0), 0)
	if !f.NoUnit && c.label != "" {
		dst = append(dst, ' ')
		dst = append(dst, c.label...)
	}
	return string(dst)
}

// Number formats d with no unit.
func (f Formatter) Number(d decimal.Decimal) string {
	return string(f.appendNumber(nil, d, 0))
}

// appendNumber writes d, scaled and rounded as f says, followed by the scale
// word if any. minFrac pads a non-zero fraction to that many digits.
func (f Formatter) appendNumber(dst []byte, d decimal.Decimal, minFrac int) []byte {
	scale := f.pickScale(d)
	v := d
	if e := scale.exponent(); e != 0 {
		v = d.Shift(-e)
	}
	if !f.Round.IsZero() {
		if r, err := f.Round.Apply(v); err == nil {
			v = r
		}
	}
	dst = appendDecimal(dst, v, minFrac, min(max(f.MinDigits, 0), MaxMinDigits))
	if scale != NoScale {
		dst = append(dst, ' ')
		dst = append(dst, scale.word(f.Ngan)...)
	}
	return dst
}

var autoScales = [...]Scale{NghinTy, Ty, Trieu, Nghin}

func (f Formatter) pickScale(d decimal.Decimal) Scale {
	if f.Scale != AutoScale {
		return f.Scale
	}
	maxPlaces := f.MaxPlaces
	if maxPlaces <= 0 {
		maxPlaces = 2
	}
	abs := d.Abs()
	for _, s := range autoScales {
		e := s.exponent()
		if abs.Cmp(decimal.New(1, e)) < 0 {
			continue
		}
		if !f.Round.IsZero() {
			return s
		}
		if fractionDigits(d.Shift(-e)) <= maxPlaces {
			return s
		}
	}
	return NoScale
}

// fractionDigits returns the number of significant decimals of d.
func fractionDigits(d decimal.Decimal) int {
	_, _, frac := splitDigits(nil, d)
	return len(trimZeros(frac))
}

func appendQualifier(dst []byte, q Qualifier) []byte {
	if w := q.String(); w != "" {
		dst = append(dst, w...)
		dst = append(dst, ' ')
	}
	return dst
}

// FormatNumber writes d the Vietnamese way, exactly: "1.114.831,25", "-5",
// "0,5".
func FormatNumber(d decimal.Decimal) string {
	return string(appendDecimal(nil, d, 0, 0))
}

// FormatPercent writes a percentage given in percent, exactly: "75,45%".
// Round first with [Ratio.Percent] or [Rounding.Apply].
func FormatPercent(pct decimal.Decimal) string {
	return string(append(appendDecimal(nil, pct, 0, 0), '%'))
}

// appendDecimal appends d with '.' between thousands and ',' before the
// decimals. Trailing zeros of the fraction are dropped, then a non-zero
// fraction is padded to minFrac digits; the whole part is padded with zeros
// to minInt digits.
func appendDecimal(dst []byte, d decimal.Decimal, minFrac, minInt int) []byte {
	var buf [24]byte
	neg, whole, frac := splitDigits(buf[:0], d)
	frac = trimZeros(frac)
	if neg {
		dst = append(dst, '-')
	}
	// Leading zeros count as digits of the whole part: written in one
	// pass with the thousands separators.
	pad := max(minInt-len(whole), 0)
	n := pad + len(whole)
	for i := range pad {
		if i > 0 && (n-i)%3 == 0 {
			dst = append(dst, '.')
		}
		dst = append(dst, '0')
	}
	for j, c := range whole {
		if i := pad + j; i > 0 && (n-i)%3 == 0 {
			dst = append(dst, '.')
		}
		dst = append(dst, c)
	}
	if len(frac) > 0 {
		dst = append(dst, ',')
		dst = append(dst, frac...)
		for i := len(frac); i < minFrac; i++ {
			dst = append(dst, '0')
		}
	}
	return dst
}

// splitDigits returns the sign and the digits of the whole part and of the
// fraction of d, with no trailing zeros removed. It uses buf when the
// coefficient fits an int64.
func splitDigits(buf []byte, d decimal.Decimal) (neg bool, whole, frac []byte) {
	var digits []byte
	if d.NumDigits() <= 18 {
		c := d.CoefficientInt64()
		if c < 0 {
			neg, c = true, -c
		}
		digits = strconv.AppendInt(buf, c, 10)
	} else {
		c := d.Coefficient()
		if c.Sign() < 0 {
			neg = true
			c.Neg(c)
		}
		digits = c.Append(buf, 10)
	}
	if len(digits) == 1 && digits[0] == '0' {
		return false, digits, nil // 0, whatever the exponent
	}
	exp := int(d.Exponent())
	if exp >= 0 {
		for range exp {
			digits = append(digits, '0')
		}
		return neg, digits, nil
	}
	k := -exp
	if len(digits) > k {
		return neg, digits[:len(digits)-k], digits[len(digits)-k:]
	}
	frac = make([]byte, 0, k)
	for i := len(digits); i < k; i++ {
		frac = append(frac, '0')
	}
	return neg, []byte{'0'}, append(frac, digits...)
}

func trimZeros(frac []byte) []byte {
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	return frac
}
