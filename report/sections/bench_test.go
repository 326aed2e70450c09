package sections_test

import (
	"context"
	"io"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/all"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// BenchmarkSemiannual composes the semi-annual review (a report the size
// of the seed) and renders it in each format.
func BenchmarkSemiannual(b *testing.B) {
	tmpl, err := sections.Template("so-ket-6-thang")
	if err != nil {
		b.Fatal(err)
	}
	data := sampleSemiannual()
	c := report.Composer{Header: semiannualHeader()}
	for _, name := range []string{"text", "markdown", "html", "json", "docx"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d, err := c.Compose(context.Background(), tmpl, data)
				if err != nil {
					b.Fatal(err)
				}
				if err := report.Render(context.Background(), name, io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
