package source

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/metrics"
)

type rating uint8

func (r *rating) UnmarshalText(b []byte) error {
	if string(b) != "HTXSNV" {
		return fmt.Errorf("unknown rating %s", Quote(string(b)))
	}
	*r = 1
	return nil
}

func TestDecodeJSON(t *testing.T) {
	type Entry struct {
		Level uint8 `json:"level"`
	}
	type year struct {
		Year   int    `json:"year"`
		Rating rating `json:"rating"`
	}
	type doc struct {
		Name  string            `json:"name"`
		Body  []struct{ Entry } `json:"body"`
		Tags  []string          `json:"tags"`
		Flags map[string]bool   `json:"flags"`
		Grid  [][]int           `json:"grid"`
		Grid2 [][]int           `json:"grid2"`
		Years []year            `json:"years"`
		Any   any               `json:"any"`
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
		{"unknown field, nested, on its own line", "{\"years\": [{\"year\": 2024},\n {\"year\": 2025,\n  \"ratng\": \"HTXSNV\"}]}", `f.json:3: field "years[1].ratng": unknown field`},
		{"unknown field after a value of any shape", "{\"any\": {\"x\": [1, {\"y\": 2}]}, \"tags\": [\"a\"],\n \"extra\": true}", `f.json:2: field "extra": unknown field`},
		{"a text value refused by its type", "{\"years\": [{\"rating\": \"HTT\"}]}", `f.json:1: field "years[0].rating": unknown rating "HTT"`},
		{"a text value refused, on its own line", "{\"years\": [{\"rating\": \"HTXSNV\"},\n {\"year\": 2025,\n  \"rating\":\n \"HTT\"}]}", `f.json:4: field "years[1].rating": unknown rating "HTT"`},
		{"trailing data", "{\"name\": \"a\"} {}", `f.json:1: unexpected data after the value`},
		{"end", "{\"name\": ", `f.json:1: unexpected end of JSON`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := NewFile("f.json", []byte(tc.in))
			var d doc
			err := f.DecodeJSON(0, "", f.Data, &d)
			require.Error(t, err)
			require.Equal(t, tc.want, err.Error())
			var e *Error
			require.True(t, errors.As(err, &e))
		})
	}
}

func TestDecodeJSONAtOffset(t *testing.T) {
	data := []byte("{\"records\": [\n{\"a\": 1},\n{\"b\": 2}]}")
	f := NewFile("r.json", data)
	var v struct {
		A int `json:"a"`
	}
	at := int64(strings.Index(string(data), "{\"b\""))
	err := f.DecodeJSON(at, "records[1]", data[at:at+8], &v)
	require.EqualError(t, err, `r.json:3: field "records[1].b": unknown field`)
}

func TestLine(t *testing.T) {
	f := NewFile("x", []byte("a\nbc\n\nd"))
	for off, want := range []int{1, 1, 2, 2, 2, 3, 4, 4} {
		require.Equal(t, want, f.Line(int64(off)), "offset %d", off)
	}
	require.Equal(t, 1, f.Line(-5))
	require.Equal(t, 4, f.Line(1000))
}

func TestQuote(t *testing.T) {
	require.Equal(t, `"Nguyễn Văn A"`, Quote("Nguyễn Văn A"))
	long := strings.Repeat("ễ", 5000)
	got := Quote(long)
	require.Equal(t, `"`+strings.Repeat("ễ", MaxQuote)+`"…`, got)
	err := Errorf("f.csv", 2, strings.Repeat("x", 1000), "bad")
	require.Less(t, len(err.Error()), 100, "a long field name is cut in the message")
}

func TestKeyOffset(t *testing.T) {
	data := []byte("{\"a\": \"figure\",\n \"figure\" : 1}")
	require.Equal(t, int64(17), keyOffset(data, "figure")) // the key, not the value "figure"
	require.Equal(t, int64(0), keyOffset(data, "nothing"))

	// A key named like one before its object is found inside the object.
	f := NewFile("d.json", []byte("{\"header\": {\"year\": 2022},\n \"figures\": {\n  \"a\": 1,\n  \"year\": 2}}"))
	require.Equal(t, 1, f.LineOfKey("year"))
	require.Equal(t, 4, f.LineOfKey("figures", "year"))
	require.Equal(t, 2, f.LineOfKey("figures", "none"))
}

// BenchmarkLine locates 400 000 entries of a file of as many lines: the
// index makes it linear in the file, where counting newlines from the
// start for each entry was quadratic.
func BenchmarkLine(b *testing.B) {
	data := []byte(strings.Repeat("{\"id\": \"x\"},\n", 400_000))
	b.ReportAllocs()
	for b.Loop() {
		f := NewFile("big.json", data)
		for off := 0; off < len(data); off += 13 {
			f.Line(int64(off))
		}
	}
}

func TestAdopt(t *testing.T) {
	whole := NewFile("bc.json", []byte("{\n \"a\": 1,\n \"season\": {\n  \"x\": 1,\n  \"y\": 2}}"))
	off := int64(strings.Index(string(whole.Data), "{\n  \"x\""))
	part := NewFile("bc.json (season)", whole.Data[off:])
	err := errors.Join(part.Errorf(int64(strings.Index(string(part.Data), "\"y\"")), "y", "bad"), errors.New("other"))
	err = whole.Adopt(err, "bc.json (season)", off)
	require.Equal(t, "bc.json:5: field \"y\": bad\nother", err.Error())
}

func TestDecodeJSONRefusedFigures(t *testing.T) {
	var v struct {
		Recruited metrics.Date   `json:"recruited"`
		Money     metrics.Amount `json:"money"`
	}
	f := NewFile("r.json", []byte("{\"money\": \"5 USD\"}"))
	err := f.DecodeJSON(0, "records[0]", f.Data, &v)
	require.EqualError(t, err, `r.json:1: field "records[0].money": want an object, found a string`)
	f = NewFile("r.json", []byte("{\"money\": {\"value\": \"5\", \"currency\": \"USD\"},\n \"recruited\": \"31/02/2020\"}"))
	err = f.DecodeJSON(0, "records[0]", f.Data, &v)
	require.EqualError(t, err, `r.json:2: field "records[0].recruited": "31/02/2020" is not a date (dd/mm/yyyy or yyyy-mm-dd): 2020-02-31 is not a day of the calendar`)
	var se *metrics.SyntaxError
	require.True(t, errors.As(err, &se), "the cause stays reachable")
}

func TestElements(t *testing.T) {
	data := []byte("{\"ds\": [\n {\"a\": 1},\n {\"a\": \"x\"}]}")
	f := NewFile("d.json", data)
	at := int64(strings.Index(string(data), "["))
	var lines []int
	err := f.Elements(at, "ds", "rows", data[at:len(data)-1], func(i int, path string, off int64, el []byte) error {
		lines = append(lines, f.Line(off))
		var v struct {
			A int `json:"a"`
		}
		return f.DecodeJSON(off, path, el, &v)
	})
	require.Equal(t, []int{2, 3}, lines)
	require.EqualError(t, err, `d.json:3: field "ds[1].a": want a whole number, found a string`)
	err = f.Elements(0, "ds", "rows", []byte(`{}`), nil)
	require.EqualError(t, err, `d.json:1: field "ds": want an array of rows`)
}
