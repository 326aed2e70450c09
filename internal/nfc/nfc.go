// Package nfc puts text in Unicode Normalization Form C, cheaply when it
// already is: Vietnamese typed today is NFC, and checking it with
// golang.org/x/text/unicode/norm costs a lookup in its tables for every
// byte. [String] and [Bytes] first run over the characters that are
// NFC whatever surrounds them, in a few comparisons each, and hand the
// rest, if any, to norm:
//
//	title = nfc.String(title) // title itself when it is NFC, without allocating
//
// The characters taken at sight are those below U+0300 (ASCII, Latin-1 and
// Latin Extended-A and B: "ư", "ơ", "đ", "â"), the precomposed letters of
// Latin Extended Additional, U+1E00–U+1EFF ("ệ", "ữ", "ỳ"), and General
// Punctuation from U+2002 to U+206F ("–", "…", "“"). Each is NFC
// (NFC_Quick_Check=Yes) with canonical combining class 0: nothing before it
// composes with it or reorders with it, so text made of them alone is NFC,
// and text that is not can be normalised from the last of them on.
// U+2000 and U+2001 are left out: they decompose to U+2002 and U+2003.
package nfc

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// String returns s in NFC: s itself, without allocating, when it is.
func String(s string) string {
	n := span(s)
	if n == len(s) {
		return s
	}
	rest := s[n:]
	out := norm.NFC.String(rest)
	if out == rest {
		return s
	}
	return s[:n] + out
}

// Bytes returns b in NFC: b itself, without allocating, when it is;
// otherwise a new slice.
func Bytes(b []byte) []byte {
	n := span(b)
	if n == len(b) {
		return b
	}
	rest := b[n:]
	if norm.NFC.IsNormal(rest) {
		return b
	}
	return norm.NFC.Append(b[:n:n], rest...)
}

// Plain reports whether s is made only of the characters taken at sight
// (see the package comment): it is then NFC, and valid UTF-8.
func Plain(s string) bool { return span(s) == len(s) }

// span returns the length of the prefix of s that is NFC and after which
// the rest can be normalised on its own: all of s when every character is
// one of those taken at sight (see the package comment), otherwise the
// start of the last such character before the first that is not, which
// may combine with it.
func span[S ~string | ~[]byte](s S) int {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
			continue
		case c >= 0xc2 && c <= 0xcb: // U+0080–U+02FF
			if i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
				i += 2
				continue
			}
		case c == 0xe1: // U+1E00–U+1EFF: e1 b8 80 – e1 bb bf
			if i+2 < len(s) && s[i+1] >= 0xb8 && s[i+1] <= 0xbb && s[i+2]&0xc0 == 0x80 {
				i += 3
				continue
			}
		case c == 0xe2: // U+2002–U+203F: e2 80 82–bf; U+2040–U+206F: e2 81 80–af
			if i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0x82 && s[i+2] <= 0xbf ||
				s[i+1] == 0x81 && s[i+2] >= 0x80 && s[i+2] <= 0xaf) {
				i += 3
				continue
			}
		}
		break
	}
	if i == len(s) {
		return i
	}
	// Back to the start of the character before s[i], which s[i] may
	// combine with.
	for i > 0 {
		i--
		if s[i]&0xc0 != 0x80 {
			break
		}
	}
	return i
}
