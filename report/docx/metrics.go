package docx

import "golang.org/x/text/unicode/norm"

//go:generate go run metrics_gen.go

// face is the advance widths of one face of Liberation Serif, which has
// the metrics of Times New Roman (the renderer's default font, which
// Decree 30/2020/NĐ-CP asks for): serifRegular or serifBold, generated
// from the font files into metrics_table.go by metrics_gen.go. Widths are
// in font units, unitsPerEm to the em.
type face string

// advance returns the advance width of r in font units.
//
//   - Combining marks (U+0300–U+036F) and the zero-width characters take
//     no room: the mark sits on the letter before it.
//   - Tabs and line breaks, which the writer sets as spaces, are spaces;
//     the other control characters, which it drops, take no room.
//   - A character beyond the table (which holds Latin, the Vietnamese
//     letters, punctuation and a few signs) counts as half an em: the
//     width of a figure in Times, between that of 'n' and 'm', a fair
//     guess for a character Word takes from another font.
func (f face) advance(r rune) int {
	switch {
	case r >= 0x20 && r < 0x7f: // printable ASCII, the first in the tables
		return int(f[2*(r-0x20)])<<8 | int(f[2*(r-0x20)+1])
	case r == '\t' || r == '\n' || r == '\r':
		r = ' '
	case r < 0x20, r >= 0x7f && r < 0xa0, r >= 0x300 && r <= 0x36f,
		r >= 0x200b && r <= 0x200f, r == 0x2060, r == 0xfeff:
		return 0
	}
	i := tableIndex(r)
	if i < 0 {
		return unitsPerEm / 2
	}
	return int(f[2*i])<<8 | int(f[2*i+1])
}

// isSpace reports whether a line may break at r: a space, or what the
// writer sets as one. A no-break space (U+00A0) joins.
func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// words appends to dst the words of s set in f, a word being a run
// between spaces: for each, the width of the spaces before it (those
// that lead the text for the first) and its own, in font units. It
// returns the widened dst and the width of all of s, trailing spaces
// included.
//
// Text may be composed or decomposed: when s holds a combining mark it
// is measured in its composed form (NFC), as a shaper sets a letter and
// its marks with the precomposed glyph where the font has one. Composed
// text, the usual case, is read as it stands. it is room for composing;
// when it is nil, words allocates one if it needs it. Else words
// allocates nothing but the growth of dst.
func (f face) words(dst []int32, s string, it *norm.Iter) (_ []int32, width int) {
	w := wordSplitter{f: f, dst: dst, keep: true}
	w.split(s, it)
	return w.dst, w.width
}

// extent returns the width of the widest word of s set in f and that of
// s on one line, without its trailing spaces, in font units. It allocates
// as words does, and never for words.
func (f face) extent(s string, it *norm.Iter) (widest, line int) {
	w := wordSplitter{f: f}
	w.split(s, it)
	return w.widest, w.line
}

// width returns the width of s set in f, in font units, spaces included.
func (f face) width(s string) int {
	w := wordSplitter{f: f}
	w.split(s, nil)
	return w.width
}

// hasMark reports whether s holds a combining mark (U+0300–U+036F, which
// UTF-8 encodes as CC 80 to CD AF).
func hasMark(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i]; c == 0xcc || c == 0xcd && s[i+1] <= 0xaf {
			return true
		}
	}
	return false
}

// wordSplitter cuts text into words as words describes, keeping them in
// dst when keep is set.
type wordSplitter struct {
	f         face
	dst       []int32
	keep      bool
	gap, word int // the spaces before the current word; the word so far
	inWord    bool
	width     int // all the text so far
	line      int // the text up to the end of its last word
	widest    int // the widest word
}

func (w *wordSplitter) split(s string, it *norm.Iter) {
	if !hasMark(s) {
		for _, r := range s {
			w.add(r)
		}
	} else {
		if it == nil {
			it = new(norm.Iter)
		}
		it.InitString(norm.NFC, s)
		for !it.Done() {
			for _, r := range string(it.Next()) {
				w.add(r)
			}
		}
	}
	w.endWord()
}

func (w *wordSplitter) add(r rune) {
	a := w.f.advance(r)
	if isSpace(r) {
		w.endWord()
		w.gap += a
	} else {
		w.word += a
		w.inWord = true
	}
	w.width += a
}

func (w *wordSplitter) endWord() {
	if !w.inWord {
		return
	}
	if w.keep {
		w.dst = append(w.dst, int32(w.gap), int32(w.word))
	}
	w.widest = max(w.widest, w.word)
	w.line = w.width
	w.gap, w.word, w.inWord = 0, 0, false
}

// twips converts a width in font units, set at size points, to twips
// (1/20 point), rounded to the nearest.
func twips(units, size int) int {
	return (units*size*20 + unitsPerEm/2) / unitsPerEm
}
