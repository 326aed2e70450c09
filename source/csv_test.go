package source

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Mã": "ma", "MÃ": "ma", "Ngày tuyển dụng": "ngay_tuyen_dung", "Đơn vị": "don_vi", " Số LĐTT ": "so_ldtt", "xep_loai": "xep_loai",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := map[string]string{
		"\xef\xbb\xbfMã":          "Mã",
		"Nguy\xea\xden":           "Nguyễn", // Windows-1258: ê, then a combining tilde
		"Nguye\u0302\u0303n":      "Nguyễn", // decomposed UTF-8 becomes NFC
		"Tr\xe2\xccn":             "Trần",
		"plain ASCII, unchanged ": "plain ASCII, unchanged ",
	}
	for in, want := range tests {
		if got := Decode([]byte(in)); got != want {
			t.Errorf("Decode(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestReader(t *testing.T) {
	r, err := NewReader("f.csv", []byte("Mã;Năm;Ghi chú\nA;1.300;\"x;y\"\n\nB;2;\n"), []string{"ma", "nam", "ghi_chu"})
	if err != nil {
		t.Fatal(err)
	}
	row, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if n, err := row.Int("nam"); n != 1300 || err != nil || row.Get("ghi_chu") != "x;y" || row.Line != 2 {
		t.Errorf("row 1 = %d %v %q line %d", n, err, row.Get("ghi_chu"), row.Line)
	}
	row, _ = r.Next()
	if row.Get("ma") != "B" || row.Line != 4 {
		t.Errorf("row 2 = %q at line %d; want B at line 4 (a blank line is skipped)", row.Get("ma"), row.Line)
	}
	if _, err := r.Next(); !errors.Is(err, io.EOF) {
		t.Errorf("end = %v; want io.EOF", err)
	}
	if _, err := NewReader("f.csv", []byte("Mã,Mã\n"), []string{"ma"}); err == nil {
		t.Error("a column twice: error = nil")
	}
}

func TestReaderRefusesValuesUnderNoHeader(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a cell past the header", "Mã;Năm\nA;2025;extra\n", `f.csv:2: field "column 3": "extra" stands under no header`},
		{"a cell under a blank header", "Mã;;Năm\nA;x;2025\n", `f.csv:2: field "column 2": "x" stands under no header`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewReader("f.csv", []byte(tc.in), []string{"ma", "nam"})
			if err != nil {
				t.Fatal(err)
			}
			_, err = r.Next()
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("Next() = %v; want an error starting %q", err, tc.want)
			}
		})
	}
	// Empty cells past the header, as spreadsheets write them, are fine.
	r, err := NewReader("f.csv", []byte("Mã;Năm\nA;2025;;\n"), []string{"ma", "nam"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Next(); err != nil {
		t.Errorf("empty trailing cells: %v", err)
	}
}

func TestDateSaysWhy(t *testing.T) {
	r, err := NewReader("f.csv", []byte("Ngày\n31/02/2015\n"), []string{"ngay"})
	if err != nil {
		t.Fatal(err)
	}
	row, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	_, err = row.Date("ngay")
	if err == nil || !strings.Contains(err.Error(), `"31/02/2015" is not a date (dd/mm/yyyy): `) || strings.Contains(err.Error(), "metrics:") {
		t.Errorf("Date(31/02/2015) = %v; want the reason, without a package prefix", err)
	}
	t.Log(err)
}
