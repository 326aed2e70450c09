package docx

import (
	"github.com/tdkt-vn/tdkt/report"
	"golang.org/x/text/unicode/norm"
)

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
	w, _ := measure(s, size)
	return w
}

// baseLetter maps each precomposed letter below U+1F00 (Latin, with the
// Vietnamese letters of Latin Extended Additional) to the letter its
// canonical decomposition starts with: "ệ" → "e", "Ư" → "U".
var baseLetter = func() []rune {
	t := make([]rune, 0x1f00)
	for r := range t {
		t[r] = rune(r)
		if r >= 0xc0 {
			for _, b := range norm.NFD.String(string(rune(r))) {
				t[r] = b
				break
			}
		}
	}
	return t
}()

// measure returns the width in twips of s set in bold at size points,
// and that of its widest word (a run between spaces), which a line cannot
// break. Text may be composed or decomposed; it allocates nothing.
func measure(s string, size int) (width, word int) {
	var milli, cur int
	for _, r := range s {
		if r >= 0x300 && r <= 0x36f { // combining marks: no advance
			continue
		}
		if r < rune(len(baseLetter)) {
			r = baseLetter[r]
		}
		w, ok := boldWidths[r]
		if !ok {
			w = 500
		}
		milli += w
		if r == ' ' {
			cur = 0
			continue
		}
		cur += w
		word = max(word, cur)
	}
	// size pt = size·20 twips per em.
	return milli * size * 20 / 1000, word * size * 20 / 1000
}

// Table layout, in twips. A cell's text is set at tableFontSize (the
// TableText style) between margins of cellMargin on each side; cellSlack
// is room for what the estimate of widths misses (kerning, a font a
// little wider than Times).
const (
	tableFontSize = 13
	cellMargin    = 80
	cellSlack     = 60
	measuredRows  = 200
)

// columnWidths shares the text width among the columns of t, in twips, in
// the manner of a browser's automatic table layout:
//
//   - each column needs its longest unbreakable token (a word, a number,
//     "71,4%", the header "STT") plus the cell's margins: its minimum;
//   - it would like its longest cell on one line: its preference;
//   - a column with a width hint (Column.Width, percent) takes that share
//     of the text width, never less than its minimum;
//   - the other columns get their preference when it fits, with what is
//     left shared in proportion; else their minimum and the rest shared in
//     proportion to what each lacks; else, when even the minimums do not
//     fit, the width in proportion to the minimums.
//
// Text is measured with the bold metrics of Times (boldWidth), a little
// wider than the regular face, so the estimate errs on the side of room.
// Only the header, the first rows, the last row (whose number is the
// largest) and the totals are measured, so that a long table stays one
// pass.
func columnWidths(t *report.Table, cols int) []int {
	minW := make([]int, cols)
	pref := make([]int, cols)
	pad := 2*cellMargin + cellSlack
	look := func(cells []string) {
		for i, c := range cells {
			if i >= cols || c == "" {
				continue
			}
			all, word := measure(c, tableFontSize)
			minW[i] = max(minW[i], word)
			pref[i] = max(pref[i], all)
		}
	}
	look(t.Head)
	for i, r := range t.Rows {
		if i == measuredRows {
			look(t.Rows[len(t.Rows)-1])
			break
		}
		look(r)
	}
	for _, r := range t.Foot {
		look(r)
	}
	out := make([]int, cols)
	avail := textWidth
	var free []int // the columns without a hint
	for i := range out {
		minW[i] += pad
		pref[i] = min(max(pref[i]+pad, minW[i]), textWidth)
		if h := t.Col(i).Width; h >= 1 && h <= 100 {
			out[i] = max(textWidth*h/100, minW[i])
			avail -= out[i]
		} else {
			free = append(free, i)
		}
	}
	sumMin, sumPref := 0, 0
	for _, i := range free {
		sumMin += minW[i]
		sumPref += pref[i]
	}
	switch {
	case len(free) == 0:
	case sumPref <= avail:
		for _, i := range free {
			out[i] = pref[i] + (avail-sumPref)*pref[i]/sumPref
		}
	case sumMin <= avail:
		for _, i := range free {
			out[i] = minW[i] + (avail-sumMin)*(pref[i]-minW[i])/(sumPref-sumMin)
		}
	default:
		for _, i := range free {
			out[i] = max(avail, 0) * minW[i] / sumMin
		}
	}
	// The hints may ask for more than the page: scale all down. Then give
	// the rounding's remainder to the last column.
	total := 0
	for _, w := range out {
		total += w
	}
	if total > textWidth {
		for i := range out {
			out[i] = out[i] * textWidth / total
		}
		total = 0
		for _, w := range out {
			total += w
		}
	}
	out[cols-1] += textWidth - total
	return out
}
