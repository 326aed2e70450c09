package main

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
)

var update = flag.Bool("update", false, "update the golden file testdata/quickstart.golden")

func TestQuickstart(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "quickstart.golden"), buf.Bytes(), *update)
}
