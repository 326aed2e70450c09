package plaintext

import "testing"

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Lê Thị Hoa: 1.000.000 đồng", "Lê Thị Hoa: 1.000.000 đồng"},
		{"a\nb\r\nc\td", "a b  c d"},
		{"abc\u202edef\u202c", "abcdef"},
		{"\x1b[31mđỏ", "[31mđỏ"},
		{"a\u0085b\x7fc\x00", "abc"},
		{"\xffx", "\uFFFDx"},
	} {
		if got := Clean(tc.in); got != tc.want {
			t.Errorf("Clean(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestCleanSafeDoesNotAllocate(t *testing.T) {
	s := "Nguyễn Văn An, 2.171.123 USD"
	if n := testing.AllocsPerRun(100, func() { _ = Clean(s) }); n != 0 {
		t.Errorf("Clean of safe text allocates %v times", n)
	}
}
