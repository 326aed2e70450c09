package metrics

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// RoundingMode says which way a value between two steps goes.
type RoundingMode uint8

// The rounding modes. The zero mode is NoRounding: the value stays exact.
const (
	NoRounding   RoundingMode = iota // exact: nothing is rounded
	HalfUp                           // to the nearest step, halves away from zero ("làm tròn")
	HalfEven                         // to the nearest step, halves to the even step (banker's)
	Ceiling                          // up, towards +∞ ("làm tròn lên")
	Floor                            // down, towards −∞
	AwayFromZero                     // away from zero
	TowardZero                       // towards zero (truncation)
)

var modeNames = [...]string{"không làm tròn", "làm tròn nửa lên", "làm tròn nửa chẵn", "làm tròn lên", "làm tròn xuống", "làm tròn ra xa số 0", "cắt bỏ phần lẻ"}

// String returns the Vietnamese name of the mode.
func (m RoundingMode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return fmt.Sprintf("RoundingMode(%d)", uint8(m))
}

// Rounding is a named, explicit rounding rule. The zero Rounding rounds
// nothing. The step is Multiple when it is set, 10^-Places otherwise: Places 2
// rounds to hundredths, Places -4 to tens of thousands.
//
// Reward money under Decree 98/2023/NĐ-CP Điều 53 k2 rounds up to the next
// 10.000 đồng:
//
//	Rounding{Name: "làm tròn số lên hàng chục nghìn đồng", Mode: Ceiling, Places: -4}
type Rounding struct {
	// Name says what the rule is and, for a legal rule, where it comes from.
	// It is shown beside figures that the rule rounded.
	Name string
	// Mode is the direction. NoRounding (the zero value) makes the rule a no-op.
	Mode RoundingMode
	// Places is the number of decimal places kept; negative rounds to tens,
	// hundreds and so on.
	Places int32
	// Multiple, when not zero, is the step instead of 10^-Places
	// (e.g. 500 to round to the next 500 đồng). It must be positive.
	Multiple decimal.Decimal
}

// IsZero reports whether r is the zero Rounding, which leaves values exact.
func (r Rounding) IsZero() bool { return r.Mode == NoRounding }

// Step returns the step that r rounds to.
func (r Rounding) Step() decimal.Decimal {
	if !r.Multiple.IsZero() {
		return r.Multiple
	}
	return decimal.New(1, -r.Places)
}

// String describes the rule: its name, or its mode and step.
func (r Rounding) String() string {
	if r.Name != "" {
		return r.Name
	}
	if r.IsZero() {
		return NoRounding.String()
	}
	return fmt.Sprintf("%s đến bội số của %s", r.Mode, FormatNumber(r.Step()))
}

// Apply rounds d by the rule. The zero Rounding returns d unchanged. A
// Multiple that is negative is an error.
func (r Rounding) Apply(d decimal.Decimal) (decimal.Decimal, error) {
	if r.IsZero() {
		return d, nil
	}
	if r.Multiple.Sign() < 0 {
		return d, fmt.Errorf("metrics: rounding %q: multiple %s is negative", r.String(), r.Multiple.String())
	}
	if !r.Multiple.IsZero() {
		return roundQuo(d, r.Multiple, 0, r.Mode).Mul(r.Multiple), nil
	}
	return roundQuo(d, one, r.Places, r.Mode), nil
}

var (
	one = decimal.New(1, 0)
	two = decimal.New(2, 0)
)

// roundQuo returns num/den rounded by mode to a multiple of 10^-places,
// exactly: the decision uses the exact remainder, never a float or a
// pre-rounded quotient.
func roundQuo(num, den decimal.Decimal, places int32, mode RoundingMode) decimal.Decimal {
	q, r := num.QuoRem(den, places)
	if r.IsZero() {
		return q
	}
	unit := decimal.New(1, -places)
	// The true quotient is q + f·unit with 0 < |f| < 1; f has the sign of r/den.
	sign := int64(r.Sign() * den.Sign())
	half := r.Abs().Mul(two).Cmp(den.Abs().Mul(unit)) // |f| vs 1/2
	step := unit.Mul(decimal.New(sign, 0))
	switch mode {
	case Ceiling:
		if sign > 0 {
			return q.Add(unit)
		}
	case Floor:
		if sign < 0 {
			return q.Sub(unit)
		}
	case AwayFromZero:
		return q.Add(step)
	case HalfUp:
		if half >= 0 {
			return q.Add(step)
		}
	case HalfEven:
		if half > 0 || (half == 0 && q.Shift(places).BigInt().Bit(0) == 1) {
			return q.Add(step)
		}
	}
	return q
}
