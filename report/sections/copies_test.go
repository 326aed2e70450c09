package sections_test

import (
	"bytes"
	"context"
	"reflect"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// scribble changes every string, whole number and byte reachable from v
// through exported fields, pointers, interfaces, slices and maps.
func scribble(v reflect.Value, depth int) {
	if depth > 40 {
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scribble(v.Elem(), depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				scribble(f, depth+1)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i), depth+1)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			scribble(e, depth+1)
			v.SetMapIndex(k, e)
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
	}
}

// TestNothingShared composes the semi-annual review, changes everything
// Compose and Template handed out (the document and the template), and
// finds that composing again, from the same template and from a fresh
// one, renders the same bytes: no caller can change what another gets,
// and the parameters a parsed template decodes once stay its own.
func TestNothingShared(t *testing.T) {
	ctx := context.Background()
	c := report.Composer{Header: semiannualHeader()}
	render := func(tmpl *report.Template) []byte {
		t.Helper()
		d, err := c.Compose(ctx, tmpl, sampleSemiannual())
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := report.Render(ctx, "text", &b, d); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	tmpl, err := sections.Template("so-ket-6-thang")
	if err != nil {
		t.Fatal(err)
	}
	want := render(tmpl)

	d, err := c.Compose(ctx, tmpl, sampleSemiannual())
	if err != nil {
		t.Fatal(err)
	}
	scribble(reflect.ValueOf(d), 0)
	if got := render(tmpl); !bytes.Equal(got, want) {
		t.Error("changing a composed document changed what the template composes next")
	}

	other, err := sections.Template("so-ket-6-thang")
	if err != nil {
		t.Fatal(err)
	}
	scribble(reflect.ValueOf(tmpl), 0)
	if got := render(other); !bytes.Equal(got, want) {
		t.Error("changing one caller's template changed another caller's")
	}
	names := report.SectionNames()
	names[0] = "X"
	if report.SectionNames()[0] == "X" {
		t.Error("SectionNames hands out the registry's own list")
	}
}
