package csvx

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
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

func TestJSONError(t *testing.T) {
	type Entry struct {
		Level uint8 `json:"level"`
	}
	type doc struct {
		Name  string            `json:"name"`
		Body  []struct{ Entry } `json:"body"`
		Tags  []string          `json:"tags"`
		Flags map[string]bool   `json:"flags"`
		Grid  [][]int           `json:"grid"`
		Grid2 [][]int           `json:"grid2"`
	}
	for _, tc := range []struct {
		name, in, want string
	}{
		{"number for a string", "{\n\"name\": 5}", `f.json:2: field "name": want a string, found a number`},
		{"embedded struct dropped from the path", "{\"body\": [\n{\"level\": \"part\"}]}", `f.json:2: field "body.level": want a whole number, found a string`},
		{"array of strings", "{\"tags\": [1]}", `f.json:1: field "tags": want a string, found a number`},
		{"object for an array", "{\"tags\": {}}", `f.json:1: field "tags": want an array of strings, found an object`},
		{"array of arrays", "{\"grid\": [[1]], \"grid2\": 1}", `f.json:1: field "grid2": want an array of arrays, found a number`},
		{"bool", "{\"flags\": {\"a\": \"x\"}}", `f.json:1: field "flags": want true or false, found a string`},
		{"number too big", "{\"body\": [{\"level\": 300}]}", `f.json:1: field "body.level": want a whole number, found a number 300`},
		{"syntax", "{\n\n\"name\": }", `f.json:3: JSON syntax: invalid character '}' looking for beginning of value`},
		{"unknown field", "{\"nmae\": 1}", `f.json:1: field "nmae": unknown field`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dec := json.NewDecoder(strings.NewReader(tc.in))
			dec.DisallowUnknownFields()
			var d doc
			err := dec.Decode(&d)
			require.Error(t, err)
			require.Equal(t, tc.want, JSONError("f.json", []byte(tc.in), 0, "", err).Error())
		})
	}
}

func TestKeyOffset(t *testing.T) {
	data := []byte("{\"a\": \"figure\",\n \"figure\" : 1}")
	require.Equal(t, int64(17), keyOffset(data, "figure")) // the key, not the value "figure"
	require.Equal(t, int64(0), keyOffset(data, "nothing"))

	// A key named like one before its object is found inside the object.
	file := []byte("{\"header\": {\"year\": 2022},\n \"figures\": {\n  \"a\": 1,\n  \"year\": 2}}")
	require.Equal(t, 1, LineOfKey(file, "year"))
	require.Equal(t, 4, LineOfKey(file, "figures", "year"))
	require.Equal(t, 2, LineOfKey(file, "figures", "none"))
}
