package docx

import (
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestAdvance checks the generated tables against the widths of Adobe's
// Times-Roman and Times-Bold (AFM, thousandths of an em), which Times New
// Roman and Liberation Serif share: w/1000 em is w·2048/1000 font units,
// rounded.
func TestAdvance(t *testing.T) {
	for _, tc := range []struct {
		f    face
		name string
		r    rune
		want int
	}{
		{serifRegular, "regular", 'a', 909},       // 444 → 909,3
		{serifRegular, "regular", ' ', 512},       // 250
		{serifRegular, "regular", '0', 1024},      // 500
		{serifRegular, "regular", 'm', 1593},      // 778 → 1593,3
		{serifRegular, "regular", 'đ', 1024},      // dcroat 500
		{serifRegular, "regular", '\u2013', 1024}, // endash 500
		{serifRegular, "regular", '\u2014', 2048}, // emdash 1000
		{serifRegular, "regular", '\u201c', 909},  // quotedblleft 444 → 909,3
		{serifRegular, "regular", '\u2026', 2048}, // ellipsis 1000
		{serifBold, "bold", 'A', 1479},            // 722 → 1478,7
		{serifBold, "bold", 'W', 2048},            // 1000
		{serifBold, "bold", 'Đ', 1479},            // Dcroat 722 → 1478,7
		{serifBold, "bold", '1', 1024},            // 500
		// Beyond the fonts' Latin: the marks take no room, a tab is a
		// space, a character beyond the table half an em.
		{serifRegular, "regular", '\u0301', 0},
		{serifBold, "bold", '\u0323', 0},
		{serifRegular, "regular", '\u200b', 0},
		{serifRegular, "regular", '\t', 512},
		{serifRegular, "regular", '\x01', 0},
		{serifRegular, "regular", '中', unitsPerEm / 2},
		{serifBold, "bold", '\U0001F600', unitsPerEm / 2},
	} {
		if got := tc.f.advance(tc.r); got != tc.want {
			t.Errorf("%s.advance(%q) = %d; want %d", tc.name, tc.r, got, tc.want)
		}
	}
}

// TestTableIndex: tableIndex numbers the characters of the tables 0, 1, 2…
// without a gap, printable ASCII first, and the tables hold two bytes for
// each.
func TestTableIndex(t *testing.T) {
	if len(serifRegular) != 2*tableLen || len(serifBold) != 2*tableLen {
		t.Fatalf("len(serifRegular), len(serifBold) = %d, %d; want %d", len(serifRegular), len(serifBold), 2*tableLen)
	}
	next := 0
	for r := rune(0); r <= 0x10ffff; r++ {
		switch i := tableIndex(r); {
		case i < 0:
		case i != next:
			t.Fatalf("tableIndex(%U) = %d; want %d", r, i, next)
		default:
			next++
		}
	}
	if next != tableLen {
		t.Errorf("tableIndex numbers %d characters; want %d", next, tableLen)
	}
	// advance reads printable ASCII without tableIndex: it comes first.
	for r := rune(' '); r <= '~'; r++ {
		if i := tableIndex(r); i != int(r-' ') {
			t.Errorf("tableIndex(%q) = %d; want %d", r, i, r-' ')
		}
	}
}

// TestWordsComposedDecomposed: text measures the same composed (NFC) and
// decomposed (NFD), the letters with a horn (ơ, ư), which Liberation
// Serif sets wider than o and u, included.
func TestWordsComposedDecomposed(t *testing.T) {
	for _, s := range []string{
		"Ư", "ư", "Ơ", "ờ", "ự", "ệ", "Đ",
		"Độc lập - Tự do - Hạnh phúc",
		"Phòng Kế hoạch tổng hợp",
		"Trường Trung học cơ sở Nguyễn Du, huyện Lạc Sơn",
		"“Tập thể lao động xuất sắc” – năm 2025…",
	} {
		nfc, nfd := norm.NFC.String(s), norm.NFD.String(s)
		for _, f := range []struct {
			name string
			f    face
		}{{"regular", serifRegular}, {"bold", serifBold}} {
			wc, nc := f.f.words(nil, nfc, nil)
			wd, nd := f.f.words(nil, nfd, nil)
			if nc != nd || !slices.Equal(wc, wd) {
				t.Errorf("%s.words(%q) = %v, %d; decomposed %v, %d; want the same", f.name, s, wc, nc, wd, nd)
			}
		}
	}
}

// TestWords: a word is a run between spaces, with the spaces before it;
// trailing spaces count in the width of the text only. extent agrees.
func TestWords(t *testing.T) {
	sp, a, b := int32(512), int32(909), int32(1024)
	for _, tc := range []struct {
		s     string
		words []int32
		width int
	}{
		{"", nil, 0},
		{"a", []int32{0, a}, 909},
		{"a b", []int32{0, a, sp, b}, 909 + 512 + 1024},
		{"  a\t\tb ", []int32{2 * sp, a, 2 * sp, b}, 4*512 + 909 + 1024 + 512},
		{"a\u00a0b", []int32{0, a + sp + b}, 909 + 512 + 1024}, // a no-break space joins
		{"   ", nil, 3 * 512},
	} {
		words, width := serifRegular.words(nil, tc.s, nil)
		if !slices.Equal(words, tc.words) || width != tc.width {
			t.Errorf("words(%q) = %v, %d; want %v, %d", tc.s, words, width, tc.words, tc.width)
		}
		wantWidest, wantLine := 0, 0
		for i := 0; i < len(tc.words); i += 2 {
			wantWidest, wantLine = max(wantWidest, int(tc.words[i+1])), wantLine+int(tc.words[i]+tc.words[i+1])
		}
		if widest, line := serifRegular.extent(tc.s, nil); widest != wantWidest || line != wantLine {
			t.Errorf("extent(%q) = %d, %d; want %d, %d", tc.s, widest, line, wantWidest, wantLine)
		}
	}
}

// TestWordsAllocs: measuring allocates nothing but the words it returns,
// decomposed text included once given room to compose it.
func TestWordsAllocs(t *testing.T) {
	dst := make([]int32, 0, 64)
	var it norm.Iter
	for _, s := range []string{"Phòng Kế hoạch tổng hợp", norm.NFD.String("Phòng Kế hoạch tổng hợp")} {
		if n := testing.AllocsPerRun(100, func() { dst, _ = serifRegular.words(dst[:0], s, &it) }); n != 0 {
			t.Errorf("words(%+q) allocates %v times; want 0", s, n)
		}
	}
}
