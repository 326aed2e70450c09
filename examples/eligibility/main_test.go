package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/xlsx"
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

// TestCasesShowEachCorrectedRule: the cases of cases.json give a verdict
// under each rule the review of the law corrected, with the outcome the
// case was written for, and the inconsistent record is refused at its line.
func TestCasesShowEachCorrectedRule(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf, []string{"-format", "json", "-personal"}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Cases []struct {
			Title   string `json:"title"`
			Refused string `json:"refused"`
			Verdict *struct {
				Outcome  string `json:"outcome"`
				Regime   string `json:"regime"`
				Findings []struct {
					Rule   string `json:"rule"`
					Result string `json:"result"`
				} `json:"findings"`
			} `json:"verdict"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	met := map[string]string{} // rule → result, over every case
	for _, c := range out.Cases {
		if c.Verdict == nil {
			continue
		}
		for _, f := range c.Verdict.Findings {
			if met[f.Rule] != "met" {
				met[f.Rule] = f.Result
			}
		}
	}
	for rule, want := range map[string]string{
		"nd91.d38.k1.a":            "met",     // Bằng khen Thủ tướng, old regime, point a claimed
		"nd91.d24.dotxuat":         "met",     // Huân chương Lao động hạng Ba, old regime
		"luat2022.d24.congnhan":    "met",     // a worker's Lao động tiên tiến
		"nd98.d4.kyluat":           "not_met", // Decree 98/2023 Điều 4 from 2024
		"thamso.hoidong.bieuquyet": "met",     // the council's vote
		"luat2022.d25.k2":          "met",     // Cờ thi đua của Chính phủ, k2
		"luat2022.d25.k3":          "met",     // and k3
	} {
		if got := met[rule]; got != want {
			t.Errorf("rule %s: best result %q over the cases; want %q", rule, got, want)
		}
	}
	if len(out.Cases) < 13 || out.Cases[0].Verdict == nil || out.Cases[0].Verdict.Regime != "luat2022-nd98" ||
		out.Cases[1].Verdict == nil || out.Cases[1].Verdict.Regime != "luat2003-nd91" {
		t.Error("the 2023 achievement is not judged by the law in force on each decision date")
	}
	refused := 0
	for _, c := range out.Cases {
		if c.Refused != "" {
			refused++
			if !strings.HasPrefix(c.Refused, "cases.json:") {
				t.Errorf("refused without its line: %s", c.Refused)
			}
		}
	}
	if refused != 1 {
		t.Errorf("%d cases refused; want the one with member counts that do not add up", refused)
	}
}

// rosterWorkbook writes roster.csv as a workbook: a table under the
// agency's header, dates as dates and counts as numbers, as the xlsx
// renderer writes them.
func rosterWorkbook(t testing.TB) []byte {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(sampleRoster))
	r.Comma = ';'
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	doc := &report.Document{
		Header: report.Header{Issuer: sampleAgency, Type: "Danh sách", Summary: "Cán bộ, công chức, viên chức và tập thể, 2019–2025"},
		Body:   []report.Block{&report.Table{Caption: "Danh sách", Head: records[0], Rows: records[1:]}},
	}
	var b bytes.Buffer
	if err := report.Render(context.Background(), "xlsx", &b, doc); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestRosterWorkbook keeps roster.xlsx in step with roster.csv: it is the
// workbook rosterWorkbook writes (refresh with -update).
func TestRosterWorkbook(t *testing.T) {
	golden.Check(t, "roster.xlsx", rosterWorkbook(t), *update)
}

// TestRosterFromWorkbook: the roster read from the workbook is judged as
// the one read from the CSV file, to the byte, in every format.
func TestRosterFromWorkbook(t *testing.T) {
	for _, args := range [][]string{nil, {"-format", "json", "-personal"}, {"-year", "2023"}} {
		var fromCSV, fromXLSX bytes.Buffer
		if err := run(&fromCSV, append([]string{"-roster", "roster.csv"}, args...)); err != nil {
			t.Fatal(err)
		}
		if err := run(&fromXLSX, append([]string{"-roster", "roster.xlsx", "-sheet", "Danh sách"}, args...)); err != nil {
			t.Fatal(err)
		}
		if fromCSV.String() != fromXLSX.String() {
			t.Errorf("%q: the verdicts from roster.xlsx differ from those from roster.csv", args)
		}
	}
	for _, args := range [][]string{{"-roster", "roster.xlsx", "-sheet", "Khác"}, {"-roster", "roster.csv", "-sheet", "Danh sách"}} {
		if err := run(&bytes.Buffer{}, args); err == nil {
			t.Errorf("run(%q) = nil error", args)
		}
	}
}
