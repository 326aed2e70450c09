package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
)

var update = flag.Bool("update", false, "update the golden files in testdata/")

func TestGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"sample-2025.txt", nil},
		{"sample-2023.txt", []string{"-year", "2023"}},
		// Decided before the 2022 law took effect: the 2003 law and Decree
		// 91/2017 (khoản 2 Điều 94 Luật 2022), with its 15% quota.
		{"sample-2023-decided-2023.txt", []string{"-year", "2023", "-decided", "15/12/2023"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := run(&buf, tt.args); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", tt.name), buf.Bytes(), *update)
		})
	}
}

// The output withholds discipline and pending reviews unless -personal.
func TestPersonalFlag(t *testing.T) {
	var plain, personal bytes.Buffer
	if err := run(&plain, []string{"-format", "json"}); err != nil {
		t.Fatal(err)
	}
	if err := run(&personal, []string{"-format", "json", "-personal"}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "khiển trách") || strings.Contains(plain.String(), `"subjects"`) {
		t.Error("output without -personal shows discipline or who is under review")
	}
	if !strings.Contains(personal.String(), "khiển trách") || !strings.Contains(personal.String(), `"subjects"`) {
		t.Error("output with -personal does not show discipline and who is under review")
	}
	var v map[string]any
	if err := json.Unmarshal(plain.Bytes(), &v); err != nil {
		t.Fatalf("JSON output does not parse: %v", err)
	}
}

func TestOtherRoster(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, []string{"-roster", "../../awards/testdata/roster.json", "-agency", "Sở Thử nghiệm"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Nguyễn Văn An (NV001)") || !strings.Contains(buf.String(), "Sở Thử nghiệm") {
		t.Errorf("output for another roster:\n%s", buf.String())
	}
	for _, args := range [][]string{{"-format", "xml"}, {"-decided", "31/02/2026"}, {"-roster", "none.csv"}, {"extra"}} {
		if err := run(&bytes.Buffer{}, args); err == nil {
			t.Errorf("run(%v) = nil error", args)
		}
	}
}
