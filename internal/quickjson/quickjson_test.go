package quickjson

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"testing"
)

func TestMembers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Member // nil: ErrNotGood
	}{
		{`{}`, []Member{}},
		{" \n{ } \r\n", []Member{}},
		{`{"a": 1, "b":"x}\"","c" : [1, {"d": "]"}], "e": {"f": null}}`, []Member{
			{Key: "a", Value: Value{Off: 6, Bytes: []byte(`1`)}},
			{Key: "b", Value: Value{Off: 13, Bytes: []byte(`"x}\""`)}},
			{Key: "c", Value: Value{Off: 26, Bytes: []byte(`[1, {"d": "]"}]`)}},
			{Key: "e", Value: Value{Off: 48, Bytes: []byte(`{"f": null}`)}},
		}},
		{`{"a": true}`, []Member{{Key: "a", Value: Value{Off: 6, Bytes: []byte(`true`)}}}},
		{`{"a": "\\", "b": "x\\\"y}", "c": 1}`, []Member{
			{Key: "a", Value: Value{Off: 6, Bytes: []byte(`"\\"`)}},
			{Key: "b", Value: Value{Off: 17, Bytes: []byte(`"x\\\"y}"`)}},
			{Key: "c", Value: Value{Off: 33, Bytes: []byte(`1`)}},
		}},
		{`{"a": tru}`, []Member{{Key: "a", Value: Value{Off: 6, Bytes: []byte(`tru`)}}}}, // values are not checked
		{`{"a": [}`, nil},
		{`{"a\u0062": 1}`, nil},
		{`{"ă": 1}`, nil},
		{"{\"a\tb\": 1}", nil},
		{`{"a": 1,}`, nil},
		{`{"a" 1}`, nil},
		{`{"a": }`, nil},
		{`{"a": 1} x`, nil},
		{`{"a": 1}}`, nil},
		{`{"a": "x`, nil},
		{`[1]`, nil},
		{``, nil},
		{`{`, nil},
	} {
		got, err := Members([]byte(tc.in))
		if tc.want == nil {
			if err == nil {
				t.Errorf("Members(%s) = %+v; want ErrNotGood", tc.in, got)
			}
			continue
		}
		if err != nil || len(got) != len(tc.want) || len(got) > 0 && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Members(%s) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestElements(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Value // nil: ErrNotGood
	}{
		{`[]`, []Value{}},
		{` [ 1 , "]", [2, {"a": "["}], {} ] `, []Value{
			{Off: 3, Bytes: []byte(`1`)},
			{Off: 7, Bytes: []byte(`"]"`)},
			{Off: 12, Bytes: []byte(`[2, {"a": "["}]`)},
			{Off: 29, Bytes: []byte(`{}`)},
		}},
		{`[1,]`, nil},
		{`[1 2]`, nil},
		{`[1] 2`, nil},
		{`[`, nil},
		{`{}`, nil},
	} {
		got, err := Elements([]byte(tc.in))
		if tc.want == nil {
			if err == nil {
				t.Errorf("Elements(%s) = %+v; want ErrNotGood", tc.in, got)
			}
			continue
		}
		if err != nil || len(got) != len(tc.want) || len(got) > 0 && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Elements(%s) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestArray(t *testing.T) {
	type T struct {
		A int `json:"a"`
	}
	for _, tc := range []struct {
		in   string
		offs []int // nil: not good
	}{
		{`[]`, []int{}},
		{" [ {\"a\": 1} ,\n{\"a\":2} ] \n", []int{3, 14}},
		{`[{"a": 1}, {"b": 2}]`, nil}, // unknown field
		{`[{"a": 1.5}]`, nil},
		{`[{"a": 1} {"a": 2}]`, nil},
		{`[{"a": 1}] x`, nil},
		{`[{"a": 1},]`, nil},
		{`{"a": 1}`, nil},
		{`[{"a": 1}`, nil},
	} {
		offs, err := decodeAll[T](tc.in)
		if tc.offs == nil {
			if err == nil {
				t.Errorf("reading %s: offsets %v; want an error", tc.in, offs)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(offs, tc.offs) {
			t.Errorf("reading %s: offsets %v, %v; want %v", tc.in, offs, err, tc.offs)
		}
	}
}

// decodeAll reads the array in into values of T and returns their
// offsets, checking that the bytes of each are the element's.
func decodeAll[T any](in string) ([]int, error) {
	a, err := NewArray([]byte(in))
	if err != nil {
		return nil, err
	}
	offs := []int{}
	for a.More() {
		var v T
		off, el, err := a.Decode(&v)
		if err != nil {
			return nil, err
		}
		if !bytes.HasPrefix([]byte(in[off:]), el) || !json.Valid(el) {
			return nil, io.ErrUnexpectedEOF
		}
		offs = append(offs, off)
	}
	return offs, a.End()
}

func TestDecode(t *testing.T) {
	var v struct {
		N any `json:"n"`
	}
	if err := Decode([]byte(` {"n": 1.50} `), &v); err != nil || v.N != json.Number("1.50") {
		t.Errorf("Decode = %v, %#v; want json.Number(\"1.50\")", err, v.N)
	}
	for _, in := range []string{`{"n": 1} 2`, `{"m": 1}`, `{"n": 1`, ``} {
		if err := Decode([]byte(in), &v); err == nil {
			t.Errorf("Decode(%s) = nil; want an error", in)
		}
	}
}

// FuzzMembers: when Members splits an object and each value is good JSON,
// the whole is good JSON with those members, as encoding/json reads them.
func FuzzMembers(f *testing.F) {
	for _, s := range []string{`{}`, `{"a": 1, "b": [1, {"c": "]}"}], "d": "\\\""}`, `{"a": [}`, `{"a": 1} {`, `{"a":"\u00e9"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		ms, err := Members(raw)
		if err != nil {
			return
		}
		keys := map[string]bool{}
		for _, m := range ms {
			if !json.Valid(m.Bytes) {
				return
			}
			if !bytes.Equal(raw[m.Off:m.Off+len(m.Bytes)], m.Bytes) {
				t.Fatalf("member %q: Off %d does not give its value", m.Key, m.Off)
			}
			keys[m.Key] = true
		}
		if !json.Valid(raw) {
			t.Fatalf("Members(%q) took it, and each value is good, but the whole is not JSON", raw)
		}
		if len(keys) != len(ms) {
			return // a key twice: encoding/json keeps the last
		}
		var want map[string]json.RawMessage
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		if len(want) != len(ms) {
			t.Fatalf("Members(%q): %d members; encoding/json reads %d", raw, len(ms), len(want))
		}
		for _, m := range ms {
			if !bytes.Equal(want[m.Key], m.Bytes) {
				t.Fatalf("Members(%q): %q is %q; encoding/json reads %q", raw, m.Key, m.Bytes, want[m.Key])
			}
		}
	})
}

// FuzzElements: when Elements splits an array and each element is good
// JSON, the whole is good JSON with those elements.
func FuzzElements(f *testing.F) {
	for _, s := range []string{`[]`, `[1, "a]", {"b": [2]}, null]`, `[1 2]`, `[[}]]`, `[1] x`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		vs, err := Elements(raw)
		if err != nil {
			return
		}
		for _, v := range vs {
			if !json.Valid(v.Bytes) {
				return
			}
			if !bytes.Equal(raw[v.Off:v.Off+len(v.Bytes)], v.Bytes) {
				t.Fatalf("Off %d does not give the element %q", v.Off, v.Bytes)
			}
		}
		var want []json.RawMessage
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("Elements(%q) took it, and each element is good, but the whole is not JSON: %v", raw, err)
		}
		if len(want) != len(vs) {
			t.Fatalf("Elements(%q): %d elements; encoding/json reads %d", raw, len(vs), len(want))
		}
		for i := range vs {
			if !bytes.Equal(vs[i].Bytes, want[i]) {
				t.Fatalf("element %d of %q: %q; encoding/json %q", i, raw, vs[i].Bytes, want[i])
			}
		}
	})
}

// FuzzArray: what an Array reads to its end is good JSON, and its
// elements are those encoding/json reads.
func FuzzArray(f *testing.F) {
	for _, s := range []string{`[]`, `[1, "a", {"b": [2]}, null]`, `[1 2]`, `[1,]`, `[1] x`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := NewArray(raw)
		if err != nil {
			return
		}
		var els []json.RawMessage
		for a.More() {
			var v any
			off, el, err := a.Decode(&v)
			if err != nil {
				return
			}
			if !bytes.Equal(raw[off:off+len(el)], el) {
				t.Fatalf("offset %d does not give the element %q", off, el)
			}
			els = append(els, el)
		}
		if a.End() != nil {
			return
		}
		var want []json.RawMessage
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("Array read %q to its end; encoding/json: %v", raw, err)
		}
		if len(want) != len(els) {
			t.Fatalf("Array read %d elements of %q; encoding/json %d", len(els), raw, len(want))
		}
		for i := range els {
			if !bytes.Equal(els[i], want[i]) {
				t.Fatalf("element %d of %q: %q; encoding/json %q", i, raw, els[i], want[i])
			}
		}
	})
}
