package metrics

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors that callers branch on with [errors.Is]. The typed errors
// of this package unwrap to one of them.
var (
	// ErrCurrencyMismatch reports arithmetic or comparison between amounts in
	// different currencies. Conversion goes through an [ExchangeRate].
	ErrCurrencyMismatch = errors.New("metrics: currency mismatch")

	// ErrQualified reports an attempt to derive an exact figure from a
	// qualified one ("gần 30 triệu đồng"): a qualified figure is shown as
	// written, never used in arithmetic.
	ErrQualified = errors.New("metrics: qualified figure used in arithmetic")

	// ErrOverflow reports a count that does not fit in an int64.
	ErrOverflow = errors.New("metrics: count out of range")

	// ErrSyntax reports text that is not a figure of the expected form.
	ErrSyntax = errors.New("metrics: invalid syntax")

	// ErrTotalMismatch reports a stated total that differs from the sum of its
	// parts.
	ErrTotalMismatch = errors.New("metrics: stated total differs from the sum of its parts")

	// ErrNotWhole reports a figure with a fraction where only whole numbers
	// (or whole minor units of a currency) are allowed.
	ErrNotWhole = errors.New("metrics: not a whole number")
)

// CurrencyError is the error of an operation on two amounts in different
// currencies. It unwraps to [ErrCurrencyMismatch].
type CurrencyError struct {
	Op   string   // the operation: "add", "sub", "cmp", "convert", "sum"
	A, B Currency // the two currencies
}

func (e *CurrencyError) Error() string {
	return fmt.Sprintf("metrics: %s: currency mismatch: %s and %s", e.Op, e.A.Code(), e.B.Code())
}

func (e *CurrencyError) Unwrap() error { return ErrCurrencyMismatch }

// QualifiedError is the error of arithmetic on a qualified figure. It unwraps
// to [ErrQualified].
type QualifiedError struct {
	Op    string // the operation
	Value string // the qualified figure as written, e.g. "gần 30.000.000 đồng"
}

func (e *QualifiedError) Error() string {
	return fmt.Sprintf("metrics: %s: %s is qualified and cannot be used to compute an exact figure", e.Op, quote(e.Value))
}

func (e *QualifiedError) Unwrap() error { return ErrQualified }

// SyntaxError is the error of a parser. Pos is the 1-based position, in
// characters (runes), of the first character that is wrong; for text that is
// cut short it is one past the last character. It unwraps to [ErrSyntax].
type SyntaxError struct {
	Func  string // the parser: "ParseAmount", "ParseNumber" …
	Input string // the text given to the parser
	Pos   int    // 1-based character position
	Msg   string // what was wrong and what was expected
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("metrics: %s(%s): character %d: %s", e.Func, quote(e.Input), e.Pos, e.Msg)
}

func (e *SyntaxError) Unwrap() error { return ErrSyntax }

// MismatchError reports a stated total that differs from the sum of its parts.
// It names both values and every part. It unwraps to [ErrTotalMismatch].
type MismatchError struct {
	Name     string   // what the total counts, if named
	Stated   string   // the total as the data states it
	Computed string   // the sum of the parts
	Parts    []string // each part as "name: value"
}

func (e *MismatchError) Error() string {
	var b strings.Builder
	b.WriteString("metrics: ")
	if e.Name != "" {
		b.WriteString(e.Name)
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "stated total %s differs from the sum of its parts %s (%s)",
		e.Stated, e.Computed, strings.Join(e.Parts, "; "))
	return b.String()
}

func (e *MismatchError) Unwrap() error { return ErrTotalMismatch }

// errorf returns an error with the package prefix.
func errorf(format string, args ...any) error {
	return fmt.Errorf("metrics: "+format, args...)
}

// maxQuote is the number of characters of a value that error messages
// quote: an error shows an excerpt of a bad value, never a 50 MB text.
const maxQuote = 40

// quote writes s Go-quoted for an error message, cut to maxQuote
// characters with "…" after them.
func quote(s string) string {
	if utf8.RuneCountInString(s) <= maxQuote {
		return strconv.Quote(s)
	}
	n := 0
	for i := range s {
		if n == maxQuote {
			return strconv.Quote(s[:i]) + "…"
		}
		n++
	}
	return strconv.Quote(s)
}
