package nfc

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestTakenAtSight checks the claim the package rests on, against the
// tables of norm: every character that span takes at sight is NFC, has
// canonical combining class 0 and combines with nothing before it, and no
// other character is taken.
func TestTakenAtSight(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if span(s) != len(s) {
			continue
		}
		p := norm.NFC.PropertiesString(s)
		if !p.BoundaryBefore() || p.CCC() != 0 || !norm.NFC.IsNormalString(s) {
			t.Errorf("%U is taken at sight, but BoundaryBefore = %v, CCC = %d, NFC = %v", r, p.BoundaryBefore(), p.CCC(), norm.NFC.IsNormalString(s))
		}
		if r >= 0x300 && (r < 0x1e00 || r > 0x1eff) && (r < 0x2002 || r > 0x206f) {
			t.Errorf("%U is taken at sight; it is outside the ranges the package comment names", r)
		}
	}
	for _, r := range []rune{0x2000, 0x2001, 0x300, 0x301, 0x1dff, 0x1f00, 0x2070, 0xfffd} {
		if s := string(r); span(s) == len(s) {
			t.Errorf("%U is taken at sight", r)
		}
	}
}

func TestString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Sở Ngoại vụ tỉnh Cao Bằng – 6 tháng đầu năm…", "Sở Ngoại vụ tỉnh Cao Bằng – 6 tháng đầu năm…"},
		{norm.NFD.String("Khen thưởng cấp Sở"), "Khen thưởng cấp Sở"},
		{"Nguyễn Văn A" + norm.NFD.String("ệ"), "Nguyễn Văn Aệ"},
		{"e\u0301", "é"},
		{"\u0301e", "\u0301e"},
		{"a\u2000b", "a\u2002b"},
		{"ệ\u0323\u0302", norm.NFC.String("ệ\u0323\u0302")},
		{"đ\xffe\u0301", "đ\xffé"},
		{"你好 Hà Nội", "你好 Hà Nội"},
	} {
		if got := String(tc.in); got != tc.want {
			t.Errorf("String(%+q) = %+q; want %+q", tc.in, got, tc.want)
		}
		if got := string(Bytes([]byte(tc.in))); got != tc.want {
			t.Errorf("Bytes(%+q) = %+q; want %+q", tc.in, got, tc.want)
		}
	}
}

func TestPlain(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"", true},
		{"Sở Ngoại vụ tỉnh Cao Bằng – “Dân vận khéo”…", true},
		{norm.NFD.String("Bằng"), false},
		{"đ\xff", false},
		{"\xe1\xbb", false},
		{"a\u2000b", false},
		{"你好", false}, // NFC, but not taken at sight
	} {
		if got := Plain(tc.in); got != tc.want {
			t.Errorf("Plain(%+q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

// TestNoAllocation: text already NFC comes back as it is.
func TestNoAllocation(t *testing.T) {
	s := strings.Repeat("Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng. ", 50)
	b := []byte(s)
	if n := testing.AllocsPerRun(10, func() { _ = String(s) }); n != 0 {
		t.Errorf("String allocates %v times on NFC text; want 0", n)
	}
	if got := Bytes(b); &got[0] != &b[0] {
		t.Error("Bytes returned a copy of NFC text")
	}
	if n := testing.AllocsPerRun(10, func() { _ = Bytes(b) }); n != 0 {
		t.Errorf("Bytes allocates %v times on NFC text; want 0", n)
	}
}

// FuzzString: String and Bytes are norm.NFC's String and Bytes.
func FuzzString(f *testing.F) {
	for _, s := range []string{"", "Báo cáo sơ kết", norm.NFD.String("Thi đua khen thưởng"), "a\u0300\u0323", "\u2000\u2001", "\xe1\xbb", "ư\u031b", "\u1100\u1161"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := String(s), norm.NFC.String(s); got != want {
			t.Fatalf("String(%+q) = %+q; want %+q", s, got, want)
		}
		if got, want := Bytes([]byte(s)), norm.NFC.Bytes([]byte(s)); string(got) != string(want) {
			t.Fatalf("Bytes(%+q) = %+q; want %+q", s, got, want)
		}
		if Plain(s) && (!utf8.ValidString(s) || !norm.NFC.IsNormalString(s)) {
			t.Fatalf("Plain(%+q), but it is not valid NFC", s)
		}
	})
}

func BenchmarkString(b *testing.B) {
	s := strings.Repeat("Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng. ", 500)
	for _, tc := range []struct {
		name string
		f    func(string) string
	}{{"nfc", String}, {"norm", norm.NFC.String}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				tc.f(s)
			}
		})
	}
}

// BenchmarkBytes checks the seed's data file, JSON and Vietnamese prose.
func BenchmarkBytes(b *testing.B) {
	data, err := os.ReadFile("../../examples/semiannual/cao-bang-2022.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Bytes(data)
	}
}
