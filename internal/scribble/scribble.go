// Package scribble changes everything a value reaches, for the tests that
// show that what the library hands out cannot change what another caller
// gets: they scribble over a result and check that a fresh one is as
// before. It is a test tool, not an API.
package scribble

import "reflect"

// maxDepth bounds the walk through values that are not pointers.
const maxDepth = 64

// Over changes every value it can reach from v (a pointer, or a
// reflect.Value that can be set): every string, number and flag, every
// element of every slice and array, every entry of every map (and adds
// one), every function (set to nil). What it cannot set, such as
// unexported fields (the digits of a decimal), it leaves.
func Over(v any) {
	rv, ok := v.(reflect.Value)
	if !ok {
		rv = reflect.ValueOf(v)
	}
	w := walker{seen: map[uintptr]bool{}}
	w.walk(rv, 0)
}

// walker visits what a pointer points to once, so that a value reached
// twice, or reaching itself, is changed once.
type walker struct {
	seen map[uintptr]bool
}

func (w walker) walk(v reflect.Value, depth int) {
	if depth > maxDepth {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || w.seen[v.Pointer()] {
			return
		}
		w.seen[v.Pointer()] = true
		w.walk(v.Elem(), depth+1)
	case reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem(), depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				w.walk(f, depth+1)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			w.walk(v.Index(i), depth+1)
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			w.walk(e, depth+1)
			v.SetMapIndex(k, e)
		}
		if k := reflect.New(v.Type().Key()).Elem(); k.Kind() == reflect.String {
			k.SetString("scribbled")
			v.SetMapIndex(k, reflect.New(v.Type().Elem()).Elem())
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + "X")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() + 1)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() + 1)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Func:
		if v.CanSet() {
			v.Set(reflect.Zero(v.Type()))
		}
	}
}
