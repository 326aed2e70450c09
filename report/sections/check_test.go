package sections_test

import (
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// TestShippedTemplatesCheck: every shipped template passes Check, as a
// portal would check an officer's copy before composing it.
func TestShippedTemplatesCheck(t *testing.T) {
	for _, name := range sections.Templates() {
		tmpl, err := sections.Template(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := (report.Composer{}).Check(tmpl); err != nil {
			t.Errorf("Check(%s) = %v", name, err)
		}
	}
}
