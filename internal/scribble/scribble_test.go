package scribble

import (
	"reflect"
	"testing"
)

type inner struct {
	Name  string
	N     int
	OK    bool
	F     func()
	hide  string
	Items []string
	M     map[string]int
}

type outer struct {
	In   inner
	Ptr  *inner
	Self *outer
}

func TestOver(t *testing.T) {
	o := &outer{In: inner{Name: "a", N: 1, F: func() {}, hide: "h", Items: []string{"x"}, M: map[string]int{"k": 1}}, Ptr: &inner{Name: "p"}}
	o.Self = o // a value that reaches itself ends
	Over(o)
	want := inner{Name: "aX", N: 2, Items: []string{"xX"}, M: map[string]int{"k": 2, "scribbled": 0}}
	if o.In.Name != want.Name || o.In.N != want.N || !o.In.OK || o.In.F != nil || o.In.hide != "h" ||
		!reflect.DeepEqual(o.In.Items, want.Items) || !reflect.DeepEqual(o.In.M, want.M) || o.Ptr.Name != "pX" {
		t.Errorf("Over = %+v, %+v", o.In, *o.Ptr)
	}
}
