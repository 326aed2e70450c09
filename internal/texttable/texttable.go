// Package texttable writes aligned plain-text tables of Vietnamese text,
// measuring width in characters (text is NFC: one rune per letter).
package texttable

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Align is where a cell sits in its column.
type Align uint8

const (
	Left Align = iota
	Center
	Right
)

// Write writes rows in columns two spaces apart; columns whose right flag
// is set are aligned to the right (numbers). Trailing spaces are trimmed.
func Write(w io.Writer, rows [][]string, right []bool) error {
	return WriteAligned(w, rows, func(col int) Align {
		if col < len(right) && right[col] {
			return Right
		}
		return Left
	})
}

// WriteAligned writes rows in columns two spaces apart, as wide as their
// longest cell (the first row's cells decide how many columns there are),
// each cell placed in its column as align says; trailing spaces are
// trimmed.
func WriteAligned(w io.Writer, rows [][]string, align func(col int) Align) error {
	if len(rows) == 0 {
		return nil
	}
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if i < len(widths) {
				widths[i] = max(widths[i], utf8.RuneCountInString(c))
			}
		}
	}
	var b strings.Builder
	for _, r := range rows {
		b.Reset()
		for i, c := range r {
			if i >= len(widths) {
				break
			}
			if i > 0 {
				b.WriteString("  ")
			}
			pad := widths[i] - utf8.RuneCountInString(c)
			switch align(i) {
			case Right:
				b.WriteString(strings.Repeat(" ", pad) + c)
			case Center:
				b.WriteString(strings.Repeat(" ", pad/2) + c + strings.Repeat(" ", pad-pad/2))
			default:
				b.WriteString(c + strings.Repeat(" ", pad))
			}
		}
		if _, err := io.WriteString(w, strings.TrimRight(b.String(), " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}
