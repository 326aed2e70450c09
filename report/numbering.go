package report

import (
	"strings"
)

// Number numbers the document: parts, sections and items by their level
// (Phần thứ nhất; I, II; 1., 2.; 1.1., 1.2.; a), b)), each level restarting
// under its parent, and footnotes from 1 through the whole document,
// annexes included, in reading order. It is safe to call again after the
// body changes.
func (d *Document) Number() {
	var n numberer
	n.style = d.Parts
	d.Footnotes = d.Footnotes[:0]
	n.notes = &d.Footnotes
	n.blocks(d.Body)
}

type numberer struct {
	style  PartStyle
	counts [PointLevel + 1]int
	notes  *[]*Note
}

func (n *numberer) blocks(bs []Block) {
	for _, b := range bs {
		switch b := b.(type) {
		case *Heading:
			b.Number = n.heading(b.Level)
			n.inlines(b.Title)
		case *Paragraph:
			n.inlines(b.Runs)
		case *List:
			for _, it := range b.Items {
				n.inlines(it)
			}
		case *Annex:
			saved := n.counts
			n.counts = [PointLevel + 1]int{}
			n.blocks(b.Blocks)
			n.counts = saved
		}
	}
}

func (n *numberer) inlines(runs []Inline) {
	for _, r := range runs {
		if note, ok := r.(*Note); ok {
			*n.notes = append(*n.notes, note)
			note.Number = len(*n.notes)
			n.inlines(note.Runs)
		}
	}
}

func (n *numberer) heading(l Level) string {
	if l < PartLevel || l > PointLevel {
		return ""
	}
	n.counts[l]++
	for k := l + 1; k <= PointLevel; k++ {
		n.counts[k] = 0
	}
	c := n.counts[l]
	switch l {
	case PartLevel:
		if n.style == PartRoman {
			return "Phần " + roman(c)
		}
		return "Phần thứ " + ordinal(c)
	case SectionLevel:
		return roman(c) + "."
	case ItemLevel:
		return itoa(c) + "."
	case SubitemLevel:
		return itoa(max(n.counts[ItemLevel], 1)) + "." + itoa(c) + "."
	default:
		return letter(c) + ")"
	}
}

// roman writes n in Roman numerals: 1 → "I", 4 → "IV", 14 → "XIV".
func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return itoa(n)
	}
	var b strings.Builder
	for _, r := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= r.v {
			b.WriteString(r.s)
			n -= r.v
		}
	}
	return b.String()
}

// ordinal writes the Vietnamese ordinal of parts: nhất, hai, ba, tư, năm …
func ordinal(n int) string {
	words := []string{"", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"}
	if n < len(words) {
		return words[n]
	}
	return itoa(n)
}

// vietLetters are the letters of points (điểm) in order: the Vietnamese
// alphabet without the letters with marks other than đ.
var vietLetters = []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"}

func letter(n int) string {
	if n >= 1 && n <= len(vietLetters) {
		return vietLetters[n-1]
	}
	return itoa(n)
}
