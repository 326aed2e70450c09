// Package golden compares output with golden files under testdata/ and
// rewrites them when a test runs with -update.
package golden

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Check compares got with the file at path; with update it writes got to
// the file first. The message on a difference says how to refresh it.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s at byte %d; run the test with -update and review the diff\n%s", path, firstDiff(got, want), excerpt(got, firstDiff(got, want)))
	}
}

func firstDiff(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// excerpt shows the lines of got around offset i.
func excerpt(got []byte, i int) string {
	start := bytes.LastIndexByte(got[:min(i, len(got))], '\n') + 1
	from := start
	for k := 0; k < 2 && from > 0; k++ {
		from = bytes.LastIndexByte(got[:from-1], '\n') + 1
	}
	to := i
	for k := 0; k < 3 && to < len(got); k++ {
		if j := bytes.IndexByte(got[to:], '\n'); j >= 0 {
			to += j + 1
		} else {
			to = len(got)
		}
	}
	return "got:\n" + string(got[from:to])
}
