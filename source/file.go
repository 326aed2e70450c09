package source

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"

	"github.com/tdkt-vn/tdkt/metrics"
)

// File is an input file being read: its name, its bytes and an index of its
// lines, built once on first use, so that finding the line of any offset
// takes logarithmic time and a loader that locates every entry stays linear
// in its input.
type File struct {
	Name string
	Data []byte

	newlines []int // offsets of the '\n' bytes
	indexed  bool
}

// NewFile returns the file name holding data. The data are not copied.
func NewFile(name string, data []byte) *File {
	return &File{Name: name, Data: data}
}

// Line returns the 1-based line of byte offset off, clamped to the data.
func (f *File) Line(off int64) int {
	if !f.indexed {
		f.newlines = make([]int, 0, bytes.Count(f.Data, []byte{'\n'}))
		for i := 0; ; i++ {
			j := bytes.IndexByte(f.Data[i:], '\n')
			if j < 0 {
				break
			}
			i += j
			f.newlines = append(f.newlines, i)
		}
		f.indexed = true
	}
	off = min(max(off, 0), int64(len(f.Data)))
	return sort.SearchInts(f.newlines, int(off)) + 1
}

// Errorf returns an *Error at the line of byte offset off.
func (f *File) Errorf(off int64, field, format string, args ...any) error {
	return &Error{File: f.Name, Line: f.Line(off), Field: field, Err: fmt.Errorf(format, args...)}
}

// LineOfKey returns the line of an object key, found along a path of keys,
// each searched after the one before: LineOfKey("figures", "tong") is the
// line of the figure "tong", not of a "tong" elsewhere before the figures.
// A key not found counts from where the search was.
func (f *File) LineOfKey(path ...string) int {
	var off int64
	for _, key := range path {
		off += keyOffset(f.Data[off:], key)
	}
	return f.Line(off)
}

// DecodeJSON decodes one JSON value, raw, which starts at byte offset base
// of the file, into v. Unknown object keys are errors, numbers read into
// an interface value stay exact (json.Number), and a value followed by
// more data is an error. Every error is an *Error at the line of the
// fault; field prefixes the path of the field at fault ("records[3]").
func (f *File) DecodeJSON(base int64, field string, raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	err := dec.Decode(v)
	if err == nil {
		if _, more := dec.Token(); more != io.EOF {
			return f.Errorf(base+dec.InputOffset(), field, "unexpected data after the value")
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	isType := errors.As(err, &te)
	if !errors.As(err, &se) && !isType && !errors.Is(err, io.ErrUnexpectedEOF) {
		if path, off, ok := unknownKey(raw, reflect.TypeOf(v)); ok {
			return f.Errorf(base+off, joinPath(field, path), "unknown field")
		}
	}
	if se == nil && (!isType || te.Field == "") {
		// A value that its own type refused (an UnmarshalText or
		// UnmarshalJSON method): encoding/json does not say where.
		if path, off, cause, ok := refusedValue(raw, reflect.TypeOf(v)); ok {
			if errors.As(cause, &te) {
				cause = fmt.Errorf("want %s, found %s", jsonKind(te.Type), jsonValue(te.Value))
			}
			return &Error{File: f.Name, Line: f.Line(base + off), Field: joinPath(field, path), Err: plain(cause)}
		}
	}
	return f.JSONError(base, field, err)
}

// Elements reads raw, a JSON array of what (in words: "entries",
// "recipients") that starts at byte offset base of the file, and calls each for every element with its index, the path of its
// field ("field[i]") and its offset in the file, so that a loader decodes
// each element where it stands and its errors name its line. An array
// that is not one, or broken JSON, is an *Error; so is what each returns,
// as it is.
func (f *File) Elements(base int64, field, what string, raw []byte, each func(i int, path string, off int64, el []byte) error) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return f.Errorf(base, field, "want an array of %s", what)
	}
	for i := 0; dec.More(); i++ {
		var el json.RawMessage
		if err := dec.Decode(&el); err != nil {
			return f.JSONError(base, field, err) // offsets count from the start of the array
		}
		off := base + dec.InputOffset() - int64(len(el))
		if err := each(i, fmt.Sprintf("%s[%d]", field, i), off, el); err != nil {
			return err
		}
	}
	return nil
}

// plain returns the error of a figure or a date that metrics refused
// without the parser's name and package prefix, which a file's reader
// does not need: "\"31/02/2020\" is not a date: 2020-02-31 is not a day of
// the calendar". It unwraps to the *metrics.SyntaxError.
func plain(err error) error {
	var se *metrics.SyntaxError
	if !errors.As(err, &se) {
		return err
	}
	what := "is not a figure"
	switch se.Func {
	case "ParseDate":
		what = "is not a date (dd/mm/yyyy or yyyy-mm-dd)"
	case "ParseAmount":
		what = "is not an amount (such as \"2.171.123 USD\")"
	case "ParseCount":
		what = "is not a count (such as \"09 hội nghị\")"
	case "ParseNumber":
		what = "is not a number (such as \"1.234,5\")"
	}
	return &plainError{msg: fmt.Sprintf("%s %s: %s", Quote(se.Input), what, se.Msg), err: err}
}

type plainError struct {
	msg string
	err error
}

func (e *plainError) Error() string { return e.msg }
func (e *plainError) Unwrap() error { return e.err }

// Adopt returns err with the places of the *Errors it holds that name
// part, a part of f that starts at byte off and was read as a file of its
// own (a block of a larger file given to another loader), moved into f:
// their file becomes f's and their lines f's lines. Errors joined with
// errors.Join are followed; the *Errors are changed in place, so call it
// on what the part's loader returned, before wrapping it: a message that
// fmt.Errorf has already written does not change.
func (f *File) Adopt(err error, part string, off int64) error {
	first := f.Line(off)
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case nil:
		case *Error:
			if e.File == part {
				e.File = f.Name
				if e.Line > 0 {
					e.Line += first - 1
				} else {
					e.Line = first
				}
			}
			walk(e.Err)
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				walk(inner)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return err
}

// JSONError turns an error of encoding/json into an *Error with the line of
// the fault: base is the offset in the file where the decoder's input
// began (encoding/json counts offsets from there), field the field being
// read. The message uses the words of JSON, not the names of Go types.
func (f *File) JSONError(base int64, field string, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return f.Errorf(base+se.Offset, field, "JSON syntax: %v", se)
	case errors.As(err, &te):
		return f.Errorf(base+te.Offset, joinPath(field, jsonPath(te.Field)), "want %s, found %s", jsonKind(te.Type), jsonValue(te.Value))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return f.Errorf(int64(len(f.Data)), field, "unexpected end of JSON")
	}
	return &Error{File: f.Name, Line: f.Line(base), Field: field, Err: err}
}

func joinPath(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case b[0] == '[':
		return a + b
	}
	return a + "." + b
}

// jsonPath drops from a path of encoding/json the names of embedded Go
// structs ("body[0].Entry.level" → "body[0].level"): the fields of the
// formats are lower case, Go type names are not.
func jsonPath(p string) string {
	if p == "" {
		return ""
	}
	parts := strings.Split(p, ".")
	kept := parts[:0]
	for i, s := range parts {
		if i < len(parts)-1 && s != "" && s[0] >= 'A' && s[0] <= 'Z' {
			continue
		}
		kept = append(kept, s)
	}
	return strings.Join(kept, ".")
}

// jsonKind names what a Go type reads from JSON, in the words of JSON:
// "a string", "an array of whole numbers", "an array of arrays".
func jsonKind(t reflect.Type) string {
	one, _ := jsonNoun(t)
	switch one[0] {
	case 'a', 'o':
		return "an " + one
	case 't': // "true or false"
		return one
	}
	return "a " + one
}

// jsonNoun returns the JSON name of what t reads, singular and plural.
func jsonNoun(t reflect.Type) (one, many string) {
	if t == nil {
		return "value", "values"
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "string", "strings"
	}
	switch t.Kind() {
	case reflect.String:
		return "string", "strings"
	case reflect.Bool:
		return "true or false", "true or false values"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "whole number", "whole numbers"
	case reflect.Float32, reflect.Float64:
		return "number", "numbers"
	case reflect.Slice, reflect.Array:
		_, elems := jsonNoun(t.Elem())
		return "array of " + elems, "arrays"
	case reflect.Map, reflect.Struct:
		return "object", "objects"
	case reflect.Pointer:
		return jsonNoun(t.Elem())
	}
	return "value", "values"
}

// jsonValue names the JSON value found: encoding/json says "number",
// "string", "array", "object" or "bool", or "number 1.5" for a number that
// does not fit.
func jsonValue(v string) string {
	switch v {
	case "array", "object":
		return "an " + v
	case "bool":
		return "true or false"
	case "":
		return "another value"
	}
	if len(v) > MaxQuote {
		v = v[:MaxQuote] + "…"
	}
	return "a " + v
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// unknownKey walks raw along the type t that encoding/json decodes it into
// and returns the path and offset of the first object key that no field of
// t takes. encoding/json reports an unknown field without its place; this
// finds it from the type, not from the error's text.
func unknownKey(raw []byte, t reflect.Type) (path string, off int64, ok bool) {
	w := walker{dec: json.NewDecoder(bytes.NewReader(raw)), raw: raw}
	w.dec.UseNumber()
	path, off, ok, _ = w.value(t, "")
	return path, off, ok
}

// refusedValue walks raw along t and returns the path, offset and error of
// the first value that its type's UnmarshalJSON or UnmarshalText method
// refuses.
func refusedValue(raw []byte, t reflect.Type) (path string, off int64, cause error, ok bool) {
	w := walker{dec: json.NewDecoder(bytes.NewReader(raw)), raw: raw, refused: true}
	w.dec.UseNumber()
	path, off, ok, _ = w.value(t, "")
	return path, off, w.cause, ok
}

// walker follows a JSON value along the Go type it decodes into. It looks
// for an unknown object key or, with refused set, for a value that its
// type's own unmarshaler refuses (then kept in cause).
type walker struct {
	dec     *json.Decoder
	raw     []byte
	refused bool
	cause   error
}

// unmarshalers reports whether values of t decode through their own
// method, and so are not walked.
func unmarshalers(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return pt.Implements(jsonUnmarshaler) || pt.Implements(textUnmarshaler)
}

// try decodes one value into a new t by its own method and keeps the
// error.
func (w *walker) try(t reflect.Type, raw json.RawMessage) bool {
	v := reflect.New(t)
	var err error
	switch u := v.Interface().(type) {
	case json.Unmarshaler:
		err = u.UnmarshalJSON(raw)
	case encoding.TextUnmarshaler:
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return false // not a string: encoding/json says so itself
		}
		err = u.UnmarshalText([]byte(s))
	}
	if err != nil {
		w.cause = err
		return true
	}
	return false
}

func (w *walker) value(t reflect.Type, path string) (string, int64, bool, error) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() == reflect.Interface || unmarshalers(t) {
		at := w.valueStart(w.dec.InputOffset())
		var value json.RawMessage
		if err := w.dec.Decode(&value); err != nil {
			return "", 0, false, err
		}
		if w.refused && t != nil && t.Kind() != reflect.Interface && !bytes.Equal(value, []byte("null")) && w.try(t, value) {
			return path, at, true, nil
		}
		return "", 0, false, nil
	}
	tok, err := w.dec.Token()
	if err != nil {
		return "", 0, false, err
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		if tok != json.Delim('{') {
			return "", 0, false, w.skipRest(tok)
		}
		var fields map[string]reflect.Type
		if t.Kind() == reflect.Struct {
			fields = map[string]reflect.Type{}
			structFields(t, fields)
		}
		for w.dec.More() {
			at := w.keyStart(w.dec.InputOffset())
			tok, err := w.dec.Token()
			if err != nil {
				return "", 0, false, err
			}
			key, _ := tok.(string)
			ft := t.Elem
			if fields != nil {
				f, ok := fields[strings.ToLower(key)]
				if !ok && !w.refused {
					return joinPath(path, key), at, true, nil
				}
				ft = func() reflect.Type { return f }
			}
			if p, o, ok, err := w.value(ft(), joinPath(path, key)); ok || err != nil {
				return p, o, ok, err
			}
		}
		_, err := w.dec.Token()
		return "", 0, false, err
	case reflect.Slice, reflect.Array:
		if tok != json.Delim('[') {
			return "", 0, false, w.skipRest(tok)
		}
		for i := 0; w.dec.More(); i++ {
			if p, o, ok, err := w.value(t.Elem(), fmt.Sprintf("%s[%d]", path, i)); ok || err != nil {
				return p, o, ok, err
			}
		}
		_, err := w.dec.Token()
		return "", 0, false, err
	}
	return "", 0, false, w.skipRest(tok)
}

// skipRest skips the rest of a value whose first token was tok.
func (w *walker) skipRest(tok json.Token) error {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := w.dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// valueStart returns the offset of the value that follows offset off:
// past white space, the colon and the comma.
func (w *walker) valueStart(off int64) int64 { return NextToken(w.raw, off) }

// keyStart returns the offset of the key that follows offset off: past
// white space and the comma.
func (w *walker) keyStart(off int64) int64 {
	for off < int64(len(w.raw)) {
		switch w.raw[off] {
		case ' ', '\t', '\r', '\n', ',':
			off++
			continue
		}
		break
	}
	return off
}

// structFields collects the JSON names of t's fields, lower-cased as
// encoding/json matches them, fields of embedded structs after t's own.
func structFields(t reflect.Type, into map[string]reflect.Type) {
	var embedded []reflect.Type
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				embedded = append(embedded, ft)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		into[strings.ToLower(name)] = f.Type
	}
	for _, e := range embedded {
		inner := map[string]reflect.Type{}
		structFields(e, inner)
		for k, v := range inner {
			if _, taken := into[k]; !taken {
				into[k] = v
			}
		}
	}
}

// keyOffset returns the offset in data of the first object key written
// "key" (a string followed by a colon), or 0.
func keyOffset(data []byte, key string) int64 {
	q := []byte(`"` + key + `"`)
	for off := 0; ; {
		i := bytes.Index(data[off:], q)
		if i < 0 {
			return 0
		}
		at := off + i
		rest := bytes.TrimLeft(data[at+len(q):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			return int64(at)
		}
		off = at + len(q)
	}
}

// NextToken returns the offset of the first byte of data from off that is
// neither white space nor a separator ("," or ":"): where the JSON token
// that follows a json.Decoder's InputOffset starts, for an error to point
// at it. It returns len(data) when nothing follows.
func NextToken(data []byte, off int64) int64 {
	for off < int64(len(data)) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}
