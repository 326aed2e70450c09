package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/metrics"
)

// Data holds the values a template refers to, by name: prose, figures,
// award records, a season of emulation, the closing… The host fills it;
// the library reads it only through [Ref], with an error that names the
// parameter and the entry when an entry is missing or of another type. A
// template refers to data in two ways, both read that way:
//
//   - a parameter of type Ref[T] written as a JSON string names an entry
//     ("records": "ho_so"), which must hold a T;
//   - {name} in a heading, in an annex's title, subtitle or reference, in
//     the header's summary or in prose markup stands for the entry's text:
//     the entry must be a figure (a [Value], a metrics.Amount or
//     metrics.Count, text or a whole number), as Ref[Value] reads it.
type Data map[string]any

// Ref is a parameter of a section that holds a value of the data or the
// value itself. In a template file, a JSON string names an entry of the
// [Data] ("records": "ho_so"), and any other JSON value is the value itself
// ("year": 2025) — so a Ref[string] always names an entry. In a Go
// template, [Named] names an entry and [Literal] holds a value.
//
// The composer resolves every Ref field of a section (fields of the
// section's struct and of the structs it holds by value, not behind
// pointers) before it calls Build, on a copy of the section: a section
// value in a Go template is never changed, and can serve concurrent
// Compose calls. An entry that is missing or of another type is an error
// that names the parameter; nothing is silently ignored. Build then reads
// the value with [Ref.Value].
type Ref[T any] struct {
	name string
	v    T
	ok   bool // v holds the value: a literal, or a resolved name
}

// Named returns a Ref to the entry name of the data.
func Named[T any](name string) Ref[T] { return Ref[T]{name: name} }

// Literal returns a Ref that holds v itself.
func Literal[T any](v T) Ref[T] { return Ref[T]{v: v, ok: true} }

// Name returns the name of the data entry r refers to; "" for a literal or
// a zero Ref.
func (r Ref[T]) Name() string { return r.name }

// IsZero reports whether r is neither a name nor a value: a parameter the
// template left out.
func (r Ref[T]) IsZero() bool { return r.name == "" && !r.ok }

// Value returns the value: the literal, or the data entry the composer
// resolved. A zero Ref gives the zero T. Value panics on a named Ref the
// composer has not resolved (a section built by hand must hold literals),
// rather than give a zero value that would pass for the data.
func (r Ref[T]) Value() T {
	if !r.ok && r.name != "" {
		panic(fmt.Sprintf("report: Ref to data %q used before Compose resolved it", r.name))
	}
	return r.v
}

// Resolve returns the value of r in d: the literal, or the entry r names,
// which must be a T. For a Ref[Value], a figure counts as a Value: a
// metrics.Amount or metrics.Count (written with the default formatter),
// text, or a whole number. A zero Ref gives the zero T and no error.
func (r Ref[T]) Resolve(d Data) (T, error) {
	if r.ok || r.name == "" {
		return r.v, nil
	}
	var zero T
	v, found := d[r.name]
	if !found {
		return zero, fmt.Errorf("no data named %q", r.name)
	}
	if t, ok := v.(T); ok {
		return t, nil
	}
	if _, wantValue := any(&zero).(*Value); wantValue {
		if f, ok := figureOf(v); ok {
			return any(f).(T), nil
		}
		return zero, fmt.Errorf("data %q %s; want a figure: a report.Value, a metrics.Amount or metrics.Count, text or a whole number", r.name, holds(v))
	}
	return zero, fmt.Errorf("data %q %s; want %s", r.name, holds(v), reflect.TypeFor[T]())
}

// UnmarshalJSON reads a JSON string as the name of a data entry and any
// other JSON value as the value itself; null leaves r as it is.
func (r *Ref[T]) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case bytes.Equal(b, []byte("null")):
		return nil
	case len(b) > 0 && b[0] == '"':
		var name string
		if n := len(b); n >= 2 && b[n-1] == '"' && !bytes.ContainsAny(b[1:n-1], "\\\"") && utf8.Valid(b) {
			name = string(b[1 : n-1]) // no escapes: the text between the quotes
		} else if err := json.Unmarshal(b, &name); err != nil {
			return err
		}
		if strings.TrimSpace(name) == "" {
			return fmt.Errorf("report: an empty name of data; want the name of an entry of the data")
		}
		*r = Named[T](name)
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	var v T
	if err := dec.Decode(&v); err != nil {
		return err
	}
	*r = Literal(v)
	return nil
}

func (r *Ref[T]) resolveIn(d Data) error {
	if r.ok || r.name == "" { // a literal, or a parameter left out, stays as it is
		return nil
	}
	v, err := r.Resolve(d)
	if err != nil {
		return err
	}
	r.v, r.ok = v, true
	return nil
}

// resolver is what the composer finds in a section's fields: the Refs.
type resolver interface {
	resolveIn(d Data) error
}

var resolverType = reflect.TypeFor[resolver]()

// figureOf turns an entry of the data into a figure: a Value as it is; a
// metrics.Amount or metrics.Count with the default formatter; text, or a
// whole number, as it is written.
func figureOf(v any) (Value, bool) {
	switch v := v.(type) {
	case Value:
		return v, true
	case metrics.Amount:
		return AmountValue(v, metrics.Formatter{}), true
	case metrics.Count:
		return CountValue(v, metrics.Formatter{}), true
	case string:
		return TextValue(v), true
	case int:
		return TextValue(strconv.Itoa(v)), true
	}
	return nil, false
}

// holds says what a data entry holds, for errors: "holds nothing (nil)",
// "holds a value of type string".
func holds(v any) string {
	if v == nil {
		return "holds nothing (nil)"
	}
	return "holds a value of type " + reflect.TypeOf(v).String()
}

// refField is a Ref field of a section's type: where it is and the name of
// its parameter.
type refField struct {
	index []int
	param string
}

var refFields sync.Map // reflect.Type (a struct) → []refField

// refsOf returns the Ref fields of the struct type t, in the order of its
// fields, looking into the structs it holds by value.
func refsOf(t reflect.Type) []refField {
	if fs, ok := refFields.Load(t); ok {
		return fs.([]refField)
	}
	var out []refField
	var walk func(t reflect.Type, index []int, prefix string, depth int)
	walk = func(t reflect.Type, index []int, prefix string, depth int) {
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			at := append(index[:len(index):len(index)], i)
			switch {
			case reflect.PointerTo(f.Type).Implements(resolverType):
				out = append(out, refField{index: at, param: prefix + name})
			case f.Type.Kind() == reflect.Struct && depth < 8:
				p := prefix + name + "."
				if f.Anonymous && f.Tag.Get("json") == "" {
					p = prefix
				}
				walk(f.Type, at, p, depth+1)
			}
		}
	}
	walk(t, nil, "", 0)
	refFields.Store(t, out)
	return out
}

// bind resolves the Ref fields of s against d. A section with Refs is
// copied first unless owned (made for this entry by a constructor), so
// that a section value of a Go template is never written.
func bind(s Section, d Data, owned bool) (Section, error) {
	v := reflect.ValueOf(s)
	ptr := v.Kind() == reflect.Pointer
	st := v.Type()
	if ptr {
		st = st.Elem()
	}
	if st.Kind() != reflect.Struct {
		return s, nil
	}
	fields := refsOf(st)
	if len(fields) == 0 {
		return s, nil
	}
	var target reflect.Value // the struct, addressable
	switch {
	case ptr && v.IsNil():
		return s, nil
	case ptr && owned:
		target = v.Elem()
	default:
		c := reflect.New(st)
		if ptr {
			c.Elem().Set(v.Elem())
		} else {
			c.Elem().Set(v)
		}
		target = c.Elem()
		if ptr {
			s = c.Interface().(Section)
		}
	}
	for _, f := range fields {
		r := target.FieldByIndex(f.index).Addr().Interface().(resolver)
		if err := r.resolveIn(d); err != nil {
			return nil, &ParamError{Name: f.param, Err: err}
		}
	}
	if !ptr {
		s = target.Interface().(Section)
	}
	return s, nil
}

// Interface guards.
var (
	_ json.Unmarshaler = (*Ref[int])(nil)
	_ resolver         = (*Ref[int])(nil)
)
