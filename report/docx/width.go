package docx

import "golang.org/x/text/unicode/norm"

// Widths of Times New Roman Bold in thousandths of an em (the metrics of
// Adobe's Times-Bold, which Times New Roman and Liberation Serif share).
// Decree 30/2020/NĐ-CP, Phụ lục I, measures the rules of the header by
// the text above them: under the motto as long as the motto, under the
// issuer's name a third to a half of the name.
var boldWidths = map[rune]int{
	' ': 250, '-': 333, ',': 250, '.': 250, ':': 333, '/': 278, '(': 333, ')': 333, '&': 833,
	'0': 500, '1': 500, '2': 500, '3': 500, '4': 500, '5': 500, '6': 500, '7': 500, '8': 500, '9': 500,
	'A': 722, 'B': 667, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778, 'H': 778, 'I': 389,
	'J': 500, 'K': 778, 'L': 667, 'M': 944, 'N': 722, 'O': 778, 'P': 611, 'Q': 778, 'R': 722,
	'S': 556, 'T': 667, 'U': 722, 'V': 722, 'W': 1000, 'X': 722, 'Y': 722, 'Z': 667,
	'a': 500, 'b': 556, 'c': 444, 'd': 556, 'e': 444, 'f': 333, 'g': 500, 'h': 556, 'i': 278,
	'j': 333, 'k': 556, 'l': 278, 'm': 833, 'n': 556, 'o': 500, 'p': 556, 'q': 556, 'r': 444,
	's': 389, 't': 333, 'u': 556, 'v': 500, 'w': 722, 'x': 500, 'y': 500, 'z': 444,
	'Đ': 722, 'đ': 556,
}

// boldWidth returns the width in twips of s set in bold at size points.
// A Vietnamese letter is as wide as its base letter (tone and vowel marks
// sit above or below it); a character the table lacks counts as half an
// em.
func boldWidth(s string, size int) int {
	var milli int
	for _, r := range norm.NFD.String(s) {
		if r >= 0x300 && r <= 0x36f { // combining marks: no advance
			continue
		}
		w, ok := boldWidths[r]
		if !ok {
			w = 500
		}
		milli += w
	}
	// size pt = size·20 twips per em.
	return milli * size * 20 / 1000
}
