package sections_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
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

// FuzzTable: the table section never panics, whatever its parameters and
// records; what it builds the composer accepts.
func FuzzTable(f *testing.F) {
	f.Add(`{"rows": "to", "group": "khoi", "total": "Cộng", "words": "tien", "columns": `+unitColumns+`}`, `[{"khoi": "a", "ten": "x", "so_nguoi": 3, "ldtt": 1, "tien": 5}]`)
	f.Add(`{"rows": [{"a": 1}], "columns": [{"title": "A", "field": "a", "format": "rate", "of": ["a", "a"]}]}`, `[]`)
	f.Add(`{"rows": "to", "columns": [{"title": "T", "field": "ten", "format": "amount", "currency": "USD", "sum": true}]}`, `[{"ten": "1,5"}, {"ten": null}]`)
	f.Fuzz(func(t *testing.T, params, records string) {
		var rows any
		dec := json.NewDecoder(strings.NewReader(records))
		dec.UseNumber()
		if dec.Decode(&rows) != nil {
			return
		}
		bs, err := build("table", params, report.Data{"to": rows})
		if err != nil {
			return
		}
		d := &report.Document{Body: bs}
		d.Number()
		reporttest.Texts(d)
	})
}
