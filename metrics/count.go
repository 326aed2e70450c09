package metrics

import (
	"math"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/internal/nfc"
)

// Count is a whole number of things with a label: 3.615 "văn bản",
// 150 "suất quà", 16 "dự án". The label is a word for people, not a unit of
// arithmetic: counts with different labels add, and a total declares its own
// label (04 hội nghị trực tuyến cấp tỉnh + 05 hội thảo trực tuyến cấp sở,
// ngành = 09 hội nghị trực tuyến; see [SumCounts]).
//
// The zero value is 0 with no label. Arithmetic that leaves the range of an
// int64 returns an error wrapping [ErrOverflow]; nothing wraps around.
type Count struct {
	n     int64
	label string
	q     Qualifier
}

// NewCount returns n things labelled label. The label is stored in Unicode NFC.
func NewCount(n int64, label string) Count {
	return Count{n: n, label: nfc.String(label)}
}

// N returns the number.
func (c Count) N() int64 { return c.n }

// Label returns the label.
func (c Count) Label() string { return c.label }

// Qualifier returns the qualifier, [Exact] for an exact count.
func (c Count) Qualifier() Qualifier { return c.q }

// WithQualifier returns c with the qualifier q: "trên 121 thư".
func (c Count) WithQualifier(q Qualifier) Count { c.q = q; return c }

// WithLabel returns c with another label.
func (c Count) WithLabel(label string) Count { c.label = nfc.String(label); return c }

// Sign returns -1, 0 or +1.
func (c Count) Sign() int {
	switch {
	case c.n < 0:
		return -1
	case c.n > 0:
		return 1
	}
	return 0
}

// IsZero reports whether the number is zero.
func (c Count) IsZero() bool { return c.n == 0 }

// Equal reports whether c and d have the same number, label and qualifier.
func (c Count) Equal(d Count) bool { return c == d }

// Add returns c + d with the label of c.
func (c Count) Add(d Count) (Count, error) {
	if err := c.exact("add", d); err != nil {
		return Count{}, err
	}
	n, ok := addInt64(c.n, d.n)
	if !ok {
		return Count{}, errorf("add %d and %d: %w", c.n, d.n, ErrOverflow)
	}
	return Count{n: n, label: c.label}, nil
}

// Sub returns c − d with the label of c.
func (c Count) Sub(d Count) (Count, error) {
	if err := c.exact("sub", d); err != nil {
		return Count{}, err
	}
	if d.n == math.MinInt64 {
		return Count{}, errorf("sub %d from %d: %w", d.n, c.n, ErrOverflow)
	}
	n, ok := addInt64(c.n, -d.n)
	if !ok {
		return Count{}, errorf("sub %d from %d: %w", d.n, c.n, ErrOverflow)
	}
	return Count{n: n, label: c.label}, nil
}

// Times returns the total value of c things at unit price each, exactly:
// 150 suất quà × 600.000 đồng = 90.000.000 đồng.
func (c Count) Times(unit Amount) (Amount, error) {
	if c.q != Exact {
		return Amount{}, &QualifiedError{Op: "times", Value: c.String()}
	}
	return unit.Mul(decimal.New(c.n, 0))
}

// String formats c with the zero [Formatter]: "3.615 văn bản".
func (c Count) String() string { return Formatter{}.Count(c) }

func (c Count) exact(op string, d Count) error {
	if c.q != Exact {
		return &QualifiedError{Op: op, Value: c.String()}
	}
	if d.q != Exact {
		return &QualifiedError{Op: op, Value: d.String()}
	}
	return nil
}

func addInt64(a, b int64) (int64, bool) {
	s := a + b
	// Overflow iff a and b have the same sign and s has the other one.
	if (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0) {
		return 0, false
	}
	return s, true
}
