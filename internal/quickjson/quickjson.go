// Package quickjson decodes good JSON once, for loaders that read it again
// carefully, element by element and field by field, only when it is not
// good, so that their error names the line and the field at fault
// (package source) while a good file is not scanned over and over.
//
// Its decoding is as strict as source.File.DecodeJSON's: unknown object
// keys are errors, numbers read into an interface value stay exact
// (json.Number), and nothing but white space may follow a value. Its
// errors are not for people: a loader that meets one reads the input again
// carefully and reports what the careful reading finds:
//
//	a, err := quickjson.NewArray(raw)
//	for err == nil && a.More() {
//		var e entry
//		var off int
//		if off, _, err = a.Decode(&e); err == nil {
//			entries = append(entries, e) // e starts at byte off of raw
//		}
//	}
//	if err != nil || a.End() != nil {
//		return readCarefully(raw)
//	}
//
// [Members] and [Elements] split an object or an array without decoding
// their values, for a loader that hands each value to the reader of its
// own part of the file, or that decodes only some of them.
package quickjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
)

// ErrNotGood reports input that the quick reading does not take: not JSON,
// not of the shape asked for, or with what quickjson leaves to a careful
// reading (see [Members]).
var ErrNotGood = errors.New("quickjson: not good JSON of the shape asked for")

// newDecoder returns a decoder of raw as strict as source.File.DecodeJSON:
// unknown fields are errors and numbers stay exact.
func newDecoder(raw []byte) *json.Decoder {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	return dec
}

// Decode decodes raw, one JSON value and nothing after it but white space,
// into v.
func Decode(raw []byte, v any) error {
	dec := newDecoder(raw)
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return ErrNotGood
	}
	return nil
}

// An Array decodes the elements of a JSON array one after the other with
// one decoder, each straight into its value: the bytes of an element are
// scanned once to find its end and once to decode it.
type Array struct {
	raw []byte
	dec *json.Decoder
}

// NewArray returns an Array that reads raw, which must open with '['.
func NewArray(raw []byte) (*Array, error) {
	a := &Array{raw: raw, dec: newDecoder(raw)}
	if tok, err := a.dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, ErrNotGood
	}
	return a, nil
}

// More reports whether another element follows.
func (a *Array) More() bool { return a.dec.More() }

// Decode decodes the next element into v and returns its offset in raw and
// its bytes, a sub-slice of raw.
func (a *Array) Decode(v any) (off int, el []byte, err error) {
	off = skip(a.raw, int(a.dec.InputOffset())) // the comma is not read yet
	if off < len(a.raw) && a.raw[off] == ',' {
		off = skip(a.raw, off+1)
	}
	if err := a.dec.Decode(v); err != nil {
		return 0, nil, err
	}
	return off, a.raw[off:a.dec.InputOffset()], nil
}

// End reads the closing ']', after which nothing but white space may
// follow.
func (a *Array) End() error {
	if tok, err := a.dec.Token(); err != nil || tok != json.Delim(']') {
		return ErrNotGood
	}
	if _, err := a.dec.Token(); err != io.EOF {
		return ErrNotGood
	}
	return nil
}

// A Value is a JSON value that [Members] or [Elements] found, not checked.
type Value struct {
	Off   int    // where it starts in the bytes split
	Bytes []byte // a sub-slice of them
}

// A Member is a member of a JSON object.
type Member struct {
	Key string
	Value
}

// Members splits raw, a JSON object and nothing after it but white space,
// into its members, in order, with a scan that only follows strings and
// brackets: the object's own syntax is checked, its values are not. A
// caller decodes each value strictly, with [Decode] or an [Array] that
// reaches its [Array.End], or with a reader that checks as much: a value
// that is good JSON then ends where Members found, and the whole object is
// good. A key that is not ASCII or is written with an escape ("\u0061")
// is left to the careful reading: Members returns ErrNotGood, and so it
// does for anything that is not such an object.
func Members(raw []byte) ([]Member, error) {
	var ms []Member
	err := split(raw, '{', '}', func(i int) (int, error) {
		if i == len(raw) || raw[i] != '"' {
			return 0, ErrNotGood
		}
		k := i + 1
		for k < len(raw) && raw[k] != '"' && raw[k] != '\\' && raw[k] >= 0x20 && raw[k] < 0x80 {
			k++
		}
		if k == len(raw) || raw[k] != '"' {
			return 0, ErrNotGood
		}
		key := string(raw[i+1 : k])
		i = skip(raw, k+1)
		if i == len(raw) || raw[i] != ':' {
			return 0, ErrNotGood
		}
		v, err := value(raw, skip(raw, i+1))
		ms = append(ms, Member{Key: key, Value: v})
		return v.Off + len(v.Bytes), err
	})
	if err != nil {
		return nil, err
	}
	return ms, nil
}

// Elements splits raw, a JSON array and nothing after it but white space,
// into its elements, as Members splits an object: the array's syntax is
// checked, its elements are not.
func Elements(raw []byte) ([]Value, error) {
	var vs []Value
	err := split(raw, '[', ']', func(i int) (int, error) {
		v, err := value(raw, i)
		vs = append(vs, v)
		return v.Off + len(v.Bytes), err
	})
	if err != nil {
		return nil, err
	}
	return vs, nil
}

// split reads raw: opening, items separated by commas, each read by item
// from its first byte up to the end it returns, closing, and nothing after
// it but white space.
func split(raw []byte, opening, closing byte, item func(i int) (int, error)) error {
	i := skip(raw, 0)
	if i == len(raw) || raw[i] != opening {
		return ErrNotGood
	}
	i = skip(raw, i+1)
	if i < len(raw) && raw[i] == closing {
		return end(raw, i+1)
	}
	for {
		j, err := item(i)
		if err != nil {
			return err
		}
		i = skip(raw, j)
		switch {
		case i < len(raw) && raw[i] == ',':
			i = skip(raw, i+1)
		case i < len(raw) && raw[i] == closing:
			return end(raw, i+1)
		default:
			return ErrNotGood
		}
	}
}

// value returns the value that starts at offset i of raw.
func value(raw []byte, i int) (Value, error) {
	j, ok := valueEnd(raw, i)
	if !ok {
		return Value{}, ErrNotGood
	}
	return Value{Off: i, Bytes: raw[i:j]}, nil
}

// end checks that nothing but white space follows offset i of raw.
func end(raw []byte, i int) error {
	if skip(raw, i) != len(raw) {
		return ErrNotGood
	}
	return nil
}

// skip returns the offset of the first byte from i that is not JSON white
// space.
func skip(raw []byte, i int) int {
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the end of the value that starts at offset i of raw: a
// string, or an object or array whose brackets it counts, skipping strings,
// or a number or literal, which ends where a separator or white space
// does.
func valueEnd(raw []byte, i int) (int, bool) {
	if i == len(raw) {
		return 0, false
	}
	switch raw[i] {
	case '"':
		return stringEnd(raw, i)
	case '{', '[':
		depth := 0
		for ; i < len(raw); i++ {
			switch raw[i] {
			case '"':
				j, ok := stringEnd(raw, i)
				if !ok {
					return 0, false
				}
				i = j - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1, true
				}
			}
		}
		return 0, false
	}
	j := i
	for j < len(raw) {
		switch raw[j] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return j, j > i
		}
		j++
	}
	return j, j > i
}

// stringEnd returns the end of the string whose opening quote is at offset
// i of raw: after the first quote that an even number of backslashes
// precedes.
func stringEnd(raw []byte, i int) (int, bool) {
	start := i
	for i++; ; i++ {
		j := bytes.IndexByte(raw[i:], '"')
		if j < 0 {
			return 0, false
		}
		i += j
		k := i
		for k > start+1 && raw[k-1] == '\\' {
			k--
		}
		if (i-k)%2 == 0 {
			return i + 1, true
		}
	}
}
