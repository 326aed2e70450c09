package main

import (
	"context"
	"io"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
)

// BenchmarkSeed measures the whole path of the example for each format:
// the data file parsed, every figure computed, the template composed and
// the document rendered. Run with:
//
//	go test -run '^$' -bench . -benchmem ./examples/semiannual
func BenchmarkSeed(b *testing.B) {
	ctx := context.Background()
	for _, name := range []string{"text", "md", "html", "docx", "json"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				doc, err := compose(ctx, "cao-bang-2022.json", seedData)
				if err != nil {
					b.Fatal(err)
				}
				if err := report.Render(ctx, formats[name], io.Discard, doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
