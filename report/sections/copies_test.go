package sections_test

import (
	"bytes"
	"context"
	"github.com/tdkt-vn/tdkt/internal/scribble"
	"reflect"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

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
	scribble.Over(reflect.ValueOf(d))
	if got := render(tmpl); !bytes.Equal(got, want) {
		t.Error("changing a composed document changed what the template composes next")
	}

	other, err := sections.Template("so-ket-6-thang")
	if err != nil {
		t.Fatal(err)
	}
	scribble.Over(reflect.ValueOf(tmpl))
	if got := render(other); !bytes.Equal(got, want) {
		t.Error("changing one caller's template changed another caller's")
	}
	names := report.SectionNames()
	names[0] = "X"
	if report.SectionNames()[0] == "X" {
		t.Error("SectionNames hands out the registry's own list")
	}
}
