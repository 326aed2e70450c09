package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
)

var update = flag.Bool("update", false, "update the golden file testdata/bloc-2025.txt")

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "bloc-2025.txt")
	golden.Check(t, path, buf.Bytes(), *update)
	want, _ := os.ReadFile(path)
	// The same scores from a spreadsheet give the same result.
	var fromCSV bytes.Buffer
	if err := run(&fromCSV, []string{"-scores", "testdata/scores.csv"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fromCSV.Bytes(), want) {
		t.Errorf("-scores testdata/scores.csv gives another result:\n%s", fromCSV.Bytes())
	}
}

func TestJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, []string{"-format", "json"}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Standings []struct {
			Rank  int    `json:"rank"`
			Total string `json:"total"`
		} `json:"standings"`
		Proposals []struct {
			Outcome string `json:"outcome"`
		} `json:"proposals"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Standings) != 10 || out.Standings[0].Rank != 1 || len(out.Proposals) < 3 || out.Proposals[0].Outcome != "eligible_for_selection" {
		t.Errorf("JSON = %s", buf.Bytes())
	}
}

func TestBadScores(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "diem.csv")
	data, _ := os.ReadFile("testdata/scores.csv")
	lines := strings.Split(string(data), "\n")
	lines[3] = strings.Replace(lines[3], ";", ";13;", 1) // 13 points on criterion 1.1 (max 12), one column shifted
	f := strings.Join(lines, "\n")
	if err := os.WriteFile(bad, []byte(f), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(&bytes.Buffer{}, []string{"-scores", bad})
	if err == nil || !strings.Contains(err.Error(), "diem.csv:4") {
		t.Errorf("a bad scores file: %v; want an error at line 4", err)
	}
	for _, args := range [][]string{{"-format", "xml"}, {"-scores", "none.csv"}, {"x"}} {
		if err := run(&bytes.Buffer{}, args); err == nil {
			t.Errorf("run(%v) = nil error", args)
		}
	}
}
