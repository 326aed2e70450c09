//go:build ignore

// metrics_gen writes metrics_table.go: the advance widths of Liberation
// Serif Regular and Bold (metric-compatible with Times New Roman) for the
// characters a Vietnamese document sets, read from the font files with
// the standard library alone.
//
// Usage, from report/docx (go generate runs it):
//
//	go run metrics_gen.go [-dir /usr/share/fonts/truetype/liberation2] [-o metrics_table.go]
//
// A TrueType file starts with a directory of tables (OpenType §5, "Font
// file"); the generator reads four of them: head (unitsPerEm), hhea
// (numberOfHMetrics), hmtx (the advance of each glyph) and cmap (the
// glyph of each character: format 12 when the font has it, else format
// 4).
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strings"
)

// span is a range of characters, both ends included, that the table
// holds.
type span struct {
	lo, hi rune
	name   string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("metrics_gen: ")
	dir := flag.String("dir", "/usr/share/fonts/truetype/liberation2", "the directory of LiberationSerif-Regular.ttf and LiberationSerif-Bold.ttf")
	out := flag.String("o", "metrics_table.go", "the file to write")
	flag.Parse()

	// The characters of Vietnamese documents. U+0300–U+036F (combining
	// marks) are not here: they take no width in use (see metrics.go).
	spans := []span{
		{0x0020, 0x007e, "Basic Latin"},
		{0x00a0, 0x024f, "Latin-1 Supplement, Latin Extended-A and -B (đ Đ ơ Ơ ư Ư)"},
		{0x1ea0, 0x1ef9, "the Vietnamese letters of Latin Extended Additional"},
		{0x2000, 0x203a, "spaces, dashes, quotes, ellipsis, per mille, guillemets"},
		{0x20ab, 0x20ac, "the dong and euro signs"},
		{0x2116, 0x2116, "numero sign"},
		{0x2122, 0x2122, "trade mark sign"},
	}
	regular, err := load(filepath.Join(*dir, "LiberationSerif-Regular.ttf"))
	if err != nil {
		log.Fatal(err)
	}
	bold, err := load(filepath.Join(*dir, "LiberationSerif-Bold.ttf"))
	if err != nil {
		log.Fatal(err)
	}
	if regular.unitsPerEm != bold.unitsPerEm {
		log.Fatalf("the faces have %d and %d units per em; want the same", regular.unitsPerEm, bold.unitsPerEm)
	}
	src, err := format.Source(generate(spans, regular, bold))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// font is what the generator reads from a TrueType file.
type font struct {
	name       string
	unitsPerEm int
	advance    []uint16        // by glyph
	glyph      map[rune]uint16 // by character, from cmap
}

// width returns the advance of r, or of the font's '0' when the font has
// no glyph for r (Word would take the glyph from another font).
func (f *font) width(r rune) (w uint16, ok bool) {
	g, ok := f.glyph[r]
	if !ok || g == 0 {
		g = f.glyph['0']
		ok = false
	}
	if int(g) >= len(f.advance) {
		g = uint16(len(f.advance) - 1) // the last advance serves the glyphs after it
	}
	return f.advance[g], ok
}

func load(path string) (*font, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f := &font{name: filepath.Base(path)}
	tables, err := directory(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 || cmap == nil {
		return nil, fmt.Errorf("%s: head, hhea or cmap missing or short", path)
	}
	f.unitsPerEm = int(binary.BigEndian.Uint16(head[18:]))
	n := int(binary.BigEndian.Uint16(hhea[34:])) // numberOfHMetrics
	if n == 0 || len(hmtx) < 4*n {
		return nil, fmt.Errorf("%s: hmtx holds fewer than %d metrics", path, n)
	}
	f.advance = make([]uint16, n)
	for i := range f.advance {
		f.advance[i] = binary.BigEndian.Uint16(hmtx[4*i:])
	}
	if f.glyph, err = characters(cmap); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if _, ok := f.glyph['0']; !ok {
		return nil, fmt.Errorf("%s: no glyph for '0'", path)
	}
	return f, nil
}

// directory returns the tables of a TrueType file by tag.
func directory(b []byte) (map[string][]byte, error) {
	if len(b) < 12 {
		return nil, errors.New("too short for a font")
	}
	switch v := binary.BigEndian.Uint32(b); v {
	case 0x00010000, 0x74727565: // 1.0, "true"
	default:
		return nil, fmt.Errorf("not a TrueType font (version %#x)", v)
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	if len(b) < 12+16*n {
		return nil, errors.New("table directory cut short")
	}
	t := make(map[string][]byte, n)
	for i := range n {
		rec := b[12+16*i:]
		off, size := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(size) > uint64(len(b)) {
			return nil, fmt.Errorf("table %q lies outside the file", rec[:4])
		}
		t[string(rec[:4])] = b[off : off+size]
	}
	return t, nil
}

// characters reads the Unicode subtable of cmap: format 12 (the full
// repertoire) when there is one, else format 4 (the Basic Multilingual
// Plane).
func characters(cmap []byte) (map[rune]uint16, error) {
	if len(cmap) < 4 {
		return nil, errors.New("cmap too short")
	}
	var best []byte
	bestFormat := 0
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := range n {
		rec := cmap[4+8*i:]
		if len(rec) < 8 {
			return nil, errors.New("cmap records cut short")
		}
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := binary.BigEndian.Uint32(rec[4:])
		if int(off)+2 > len(cmap) {
			return nil, errors.New("cmap subtable outside the table")
		}
		sub := cmap[off:]
		unicode := platform == 0 || platform == 3 && (encoding == 1 || encoding == 10)
		f := int(binary.BigEndian.Uint16(sub))
		if unicode && (f == 4 || f == 12) && f > bestFormat {
			best, bestFormat = sub, f
		}
	}
	switch bestFormat {
	case 12:
		return format12(best)
	case 4:
		return format4(best)
	}
	return nil, errors.New("cmap has no Unicode subtable of format 4 or 12")
}

// format4 reads a segment mapping to delta values (OpenType cmap §
// "Format 4").
func format4(t []byte) (map[rune]uint16, error) {
	if len(t) < 14 {
		return nil, errors.New("cmap format 4 too short")
	}
	segs := int(binary.BigEndian.Uint16(t[6:])) / 2
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(t) < ranges+2*segs {
		return nil, errors.New("cmap format 4 cut short")
	}
	u16 := func(off int) int { return int(binary.BigEndian.Uint16(t[off:])) }
	m := make(map[rune]uint16)
	for i := range segs {
		end, start, delta, ro := u16(ends+2*i), u16(starts+2*i), u16(deltas+2*i), u16(ranges+2*i)
		for c := start; c <= end && c != 0xffff; c++ {
			g := 0
			if ro == 0 {
				g = (c + delta) & 0xffff
			} else {
				// idRangeOffset counts from its own place in the table.
				at := ranges + 2*i + ro + 2*(c-start)
				if at+2 > len(t) {
					return nil, errors.New("cmap format 4 glyph index outside the table")
				}
				if g = u16(at); g != 0 {
					g = (g + delta) & 0xffff
				}
			}
			if g != 0 {
				m[rune(c)] = uint16(g)
			}
		}
	}
	return m, nil
}

// format12 reads a segmented coverage (OpenType cmap § "Format 12").
func format12(t []byte) (map[rune]uint16, error) {
	if len(t) < 16 {
		return nil, errors.New("cmap format 12 too short")
	}
	n := int(binary.BigEndian.Uint32(t[12:]))
	if len(t) < 16+12*n {
		return nil, errors.New("cmap format 12 cut short")
	}
	m := make(map[rune]uint16)
	for i := range n {
		g := t[16+12*i:]
		lo, hi, first := binary.BigEndian.Uint32(g), binary.BigEndian.Uint32(g[4:]), binary.BigEndian.Uint32(g[8:])
		for c := lo; c <= hi && c <= 0x10ffff; c++ {
			if id := first + (c - lo); id != 0 && id <= 0xffff {
				m[rune(c)] = uint16(id)
			}
		}
	}
	return m, nil
}

func generate(spans []span, regular, bold *font) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by metrics_gen.go from %s and %s; DO NOT EDIT.\n\n", regular.name, bold.name)
	b.WriteString("package docx\n\n")
	fmt.Fprintf(&b, "// unitsPerEm is the em of Liberation Serif, in font units: the unit of\n// the tables.\nconst unitsPerEm = %d\n\n", regular.unitsPerEm)
	b.WriteString("// The advance widths of Liberation Serif Regular and Bold, in font units,\n" +
		"// two bytes (big-endian) per character, in the order of tableIndex. A\n" +
		"// character the font lacks has the width of its '0'.\nconst (\n")
	for _, f := range []struct {
		name string
		font *font
	}{{"serifRegular", regular}, {"serifBold", bold}} {
		fmt.Fprintf(&b, "%s face = \"\" +\n", f.name)
		var missing []string
		for _, s := range spans {
			for lo := s.lo; lo <= s.hi; lo += 16 {
				b.WriteString("\"")
				for r := lo; r <= min(lo+15, s.hi); r++ {
					w, ok := f.font.width(r)
					if !ok {
						missing = append(missing, fmt.Sprintf("U+%04X", r))
					}
					fmt.Fprintf(&b, `\x%02x\x%02x`, w>>8, w&0xff)
				}
				fmt.Fprintf(&b, "\" + // U+%04X\n", lo)
			}
		}
		b.WriteString("\"\"\n")
		if len(missing) > 0 {
			log.Printf("%s lacks %s: written as '0'", f.font.name, strings.Join(missing, " "))
		}
	}
	b.WriteString(")\n\n")
	b.WriteString("// tableIndex returns the place of r in serifRegular and serifBold, or\n// -1 when they do not hold it.\nfunc tableIndex(r rune) int {\n\tswitch {\n")
	at := 0
	for _, s := range spans {
		fmt.Fprintf(&b, "case r < 0x%04x:\nreturn -1\n", s.lo)
		fmt.Fprintf(&b, "case r <= 0x%04x: // %s\nreturn int(r) - 0x%04x", s.hi, s.name, s.lo)
		if at > 0 {
			fmt.Fprintf(&b, " + %d", at)
		}
		b.WriteString("\n")
		at += int(s.hi-s.lo) + 1
	}
	b.WriteString("}\nreturn -1\n}\n\n")
	fmt.Fprintf(&b, "// tableLen is the number of characters the tables hold.\nconst tableLen = %d\n", at)
	return b.Bytes()
}
