// Package texttable writes aligned plain-text tables of Vietnamese text,
// measuring width in characters (text is NFC: one rune per letter).
package texttable

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Write writes rows in columns two spaces apart; columns whose right flag
// is set are aligned to the right (numbers). Trailing spaces are trimmed.
func Write(w io.Writer, rows [][]string, right []bool) error {
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
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if i < len(right) && right[i] {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
			return err
		}
	}
	return nil
}
