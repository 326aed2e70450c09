// Package plaintext makes document text safe to write as plain text, for
// the text and Markdown renderers: valid UTF-8, a tab or line break inside
// a run turned into a space, and no character that changes how a terminal
// or a viewer shows the rest (C0 and C1 controls, DEL, bidirectional
// formatting characters such as U+202E, which reverses what follows).
package plaintext

import (
	"strings"
	"unicode/utf8"
)

// Clean returns s made safe; s itself when it already is, without
// allocating.
func Clean(s string) string {
	if safe(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case Dropped(r):
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// safe reports whether Clean leaves s as it is.
func safe(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f { // ASCII that prints
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\t' || r == '\n' || r == '\r' || Dropped(r) {
			return false
		}
		i += n
	}
	return true
}

// Dropped reports whether r leaves the output: a control character (C0,
// DEL, C1) or a bidirectional formatting character (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069).
func Dropped(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x061c || r == 0x200e || r == 0x200f ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}
