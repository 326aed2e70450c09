package metrics

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Words spells figures in Vietnamese words, as financial documents write
// them on the line "Bằng chữ": 5.740.000 đồng is "Năm triệu bảy trăm bốn
// mươi nghìn đồng". The zero Words follows the written standard: "mốt" for
// a one after "mươi" (21 "hai mươi mốt"), "tư" for a four after "mươi"
// (24 "hai mươi tư"), "lăm" for a five after a ten (15 "mười lăm", 25 "hai
// mươi lăm"), "linh" for an empty tens digit (105 "một trăm linh năm"),
// "không trăm" for an empty hundreds digit inside the number (1.005.000 "Một
// triệu không trăm linh năm nghìn"), "nghìn", the first letter capitalised.
// Beyond nghìn tỷ the words go on as Vietnamese reads them: "triệu tỷ",
// "tỷ tỷ".
type Words struct {
	// Le writes "lẻ" for "linh" (105: "một trăm lẻ năm").
	Le bool
	// Ngan writes "ngàn" for "nghìn".
	Ngan bool
	// NoCurrency leaves out the currency words ("đồng", "đô la Mỹ").
	NoCurrency bool
	// Chan adds "chẵn" after a whole amount ("… nghìn đồng chẵn").
	Chan bool
	// Lower keeps the first letter in lower case.
	Lower bool
}

var digitWords = [10]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// currencyWords are the words of a currency and of its minor unit.
var currencyWords = map[Currency][2]string{
	VND: {"đồng", ""},
	USD: {"đô la Mỹ", "xu"},
	EUR: {"euro", "xu"},
	CNY: {"nhân dân tệ", "xu"},
	JPY: {"yên", ""},
}

// Number spells a whole number: "Một nghìn không trăm linh một". A number
// with a fraction is an error wrapping [ErrNotWhole].
func (w Words) Number(d decimal.Decimal) (string, error) {
	if !d.IsInteger() {
		return "", errorf("spell %s: %w", FormatNumber(d), ErrNotWhole)
	}
	var b strings.Builder
	w.spellSigned(&b, d)
	return w.finish(b.String()), nil
}

// Amount spells an amount with its currency: "Năm triệu bảy trăm bốn mươi
// nghìn đồng"; "Một trăm đô la Mỹ và hai mươi lăm xu" for 100,25 USD. The
// words of VND, USD, EUR, CNY and JPY are built in; another currency is
// named by its ISO code. An amount with more decimals than its currency has
// minor digits is an error wrapping [ErrNotWhole]: nothing is rounded.
// A qualified amount is spelled with its qualifier ("Gần ba mươi triệu đồng").
func (w Words) Amount(a Amount) (string, error) {
	if !a.IsWhole() {
		return "", errorf("spell %s: %d decimals, but %s has %d minor digits: %w",
			a.String(), fractionDigits(a.v), a.c.Code(), a.c.Digits(), ErrNotWhole)
	}
	names, known := currencyWords[a.c]
	if !known && !a.c.IsZero() {
		names = [2]string{a.c.Code(), "xu"}
	}
	var b strings.Builder
	if q := a.q.String(); q != "" {
		b.WriteString(q)
		b.WriteByte(' ')
	}
	major := a.v.Truncate(0)
	minor := a.v.Sub(major).Shift(int32(a.c.Digits())).Abs()
	if major.IsZero() && !minor.IsZero() {
		if a.v.Sign() < 0 {
			b.WriteString("âm ")
		}
	} else {
		w.spellSigned(&b, major)
		if !w.NoCurrency && names[0] != "" {
			b.WriteByte(' ')
			b.WriteString(names[0])
		}
	}
	if !minor.IsZero() {
		if !major.IsZero() {
			b.WriteString(" và ")
		}
		w.spell(&b, minor.BigInt().String(), true)
		if !w.NoCurrency {
			b.WriteByte(' ')
			b.WriteString(names[1])
		}
	} else if w.Chan {
		b.WriteString(" chẵn")
	}
	return w.finish(b.String()), nil
}

// InWords spells a with the zero [Words].
func (a Amount) InWords() (string, error) { return Words{}.Amount(a) }

func (w Words) finish(s string) string {
	if w.Lower || s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (w Words) spellSigned(b *strings.Builder, d decimal.Decimal) {
	if d.Sign() < 0 {
		b.WriteString("âm ")
		d = d.Neg()
	}
	w.spell(b, d.BigInt().String(), true)
}

// spell writes the words of a string of decimal digits. A leading number
// omits the empty hundreds and tens of its first group; a number that
// continues a larger one ("… tỷ không trăm linh năm triệu") keeps them.
func (w Words) spell(b *strings.Builder, digits string, leading bool) {
	digits = strings.TrimLeft(digits, "0")
	if digits == "" {
		b.WriteString(digitWords[0])
		return
	}
	if len(digits) > 9 {
		// Split off the last nine digits: high "tỷ" low.
		high, low := digits[:len(digits)-9], digits[len(digits)-9:]
		w.spell(b, high, leading)
		b.WriteString(" tỷ")
		if strings.Trim(low, "0") != "" {
			b.WriteByte(' ')
			w.block(b, low, false)
		}
		return
	}
	w.block(b, digits, leading)
}

// block writes up to nine digits: triệu, nghìn, units.
func (w Words) block(b *strings.Builder, digits string, leading bool) {
	for len(digits)%3 != 0 {
		digits = "0" + digits
	}
	n := len(digits) / 3
	first := true
	for g := range n {
		grp := digits[3*g : 3*g+3]
		if grp == "000" {
			continue
		}
		if !first {
			b.WriteByte(' ')
		}
		w.group(b, grp, !(leading && first))
		first = false
		switch n - 1 - g {
		case 2:
			b.WriteString(" triệu")
		case 1:
			if w.Ngan {
				b.WriteString(" ngàn")
			} else {
				b.WriteString(" nghìn")
			}
		}
	}
}

// group writes three digits abc. full writes the hundreds even when a is 0
// ("không trăm"), as a group inside a number must.
func (w Words) group(b *strings.Builder, g string, full bool) {
	a, t, u := g[0]-'0', g[1]-'0', g[2]-'0'
	hundreds := full || a > 0
	if hundreds {
		b.WriteString(digitWords[a])
		b.WriteString(" trăm")
	}
	switch {
	case t == 0 && u == 0:
		return
	case t == 0:
		if hundreds {
			if w.Le {
				b.WriteString(" lẻ ")
			} else {
				b.WriteString(" linh ")
			}
		}
	case t == 1:
		if hundreds {
			b.WriteByte(' ')
		}
		b.WriteString("mười")
		if u == 0 {
			return
		}
		b.WriteByte(' ')
	default:
		if hundreds {
			b.WriteByte(' ')
		}
		b.WriteString(digitWords[t])
		b.WriteString(" mươi")
		if u == 0 {
			return
		}
		b.WriteByte(' ')
	}
	switch {
	case u == 1 && t >= 2:
		b.WriteString("mốt")
	case u == 4 && t >= 2:
		b.WriteString("tư")
	case u == 5 && t >= 1:
		b.WriteString("lăm")
	default:
		b.WriteString(digitWords[u])
	}
}
