package sections_test

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// FuzzParse: the markup parser never panics; an error says at which
// character, within the text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a **b** *c* {x} {y} ^[d *e*]", "- a\n- b\n\nc", "\\{x\\} ^[", "{", "**", "x ^[a ^[b]]"} {
		f.Add(s)
	}
	figures := report.Data{"x": metrics.MustAmount("1", metrics.VND), "y": []string{}}
	f.Fuzz(func(t *testing.T, s string) {
		bs, err := sections.Parse(s, figures)
		if err != nil {
			var me *sections.MarkupError
			if !errors.As(err, &me) || me.Pos < 1 || me.Pos > utf8.RuneCountInString(s)+1 {
				t.Fatalf("Parse(%q) = %v", s, err)
			}
			return
		}
		d := &report.Document{Body: bs}
		d.Number()
	})
}
