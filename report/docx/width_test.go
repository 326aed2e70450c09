package docx

import "testing"

func TestBoldWidth(t *testing.T) {
	for _, tc := range []struct {
		s    string
		size int
		want int // twips
	}{
		{"A", 10, 144},  // 722/1000 em × 10 pt × 20
		{"Ạ", 10, 144},  // a mark adds no width
		{"Ư", 10, 144},  // nor a horn
		{"ĐĐ", 10, 288}, // Đ has its own entry
		{"", 14, 0},
		// Đ722 ộ500 c444 ␣250 l278 ậ500 p556 ␣250 -333 ␣250 T667 ự556 ␣250 d556 o500 ␣250 -333 ␣250
		// H778 ạ500 n556 h556 ␣250 p556 h556 ú556 c444 = 12197/1000 em; at 14 pt: 3415 twips (6,02 cm).
		{"Độc lập - Tự do - Hạnh phúc", 14, 3415},
		{"Độc lập - Tự do - Hạnh phúc", 14, 3415}, // decomposed input, same width
	} {
		if got := boldWidth(tc.s, tc.size); got != tc.want {
			t.Errorf("boldWidth(%q, %d) = %d; want %d", tc.s, tc.size, got, tc.want)
		}
	}
}
