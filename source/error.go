package source

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error is an error at a place in an input file: where it is and what is
// wrong. Its message carries no package prefix: it reads
// `file:line: field "name": cause`.
type Error struct {
	File  string // the file name given to the loader
	Line  int    // 1-based line; 0 when not known
	Field string // the column, JSON field or path ("years[2].rating"); "" for the whole line
	Err   error  // the cause
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString("field ")
		b.WriteString(Quote(e.Field))
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error at line of file.
func Errorf(file string, line int, field, format string, args ...any) error {
	return &Error{File: file, Line: line, Field: field, Err: fmt.Errorf(format, args...)}
}

// MaxQuote is the number of characters of a value that [Quote] keeps.
const MaxQuote = 40

// Quote writes s as a Go-quoted string for an error message, cut to
// [MaxQuote] characters with "…" after them: an error quotes an excerpt of
// a bad value, never a 50 MB name.
func Quote(s string) string {
	if utf8.RuneCountInString(s) <= MaxQuote {
		return strconv.Quote(s)
	}
	n := 0
	for i := range s {
		if n == MaxQuote {
			return strconv.Quote(s[:i]) + "…"
		}
		n++
	}
	return strconv.Quote(s)
}
