package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

var update = flag.Bool("update", false, "rewrite the goldens under testdata/")

// runIn runs the program with -o dir and returns what it printed, the
// folder written as "DIR".
func runIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	var b bytes.Buffer
	if err := run(context.Background(), &b, append([]string{"-o", dir}, args...)); err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(b.String(), dir, "DIR")
}

// walked loads the sample and walks its steps: the dossier, its events and
// the options of its documents.
func walked(t testing.TB) (*commune, dossier.Dossier, []dossier.Event) {
	t.Helper()
	c, err := load("xa-tan-lap.json", sample)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	d, events, err := c.walk(context.Background(), &out)
	if err != nil {
		t.Fatal(err)
	}
	return c, d, events
}

// TestFiles runs the program and compares what it writes with the goldens
// under testdata/ (go test -update rewrites them): every document as HTML
// and as the word/document.xml of its DOCX, after wordml.Check holds the
// DOCX to the schema; events.json; and what it prints.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	stdout := runIn(t, dir)
	golden.Check(t, filepath.Join("testdata", "stdout.txt"), []byte(stdout), *update)
	names := []string{"events.json"}
	for _, k := range dossierdocs.Kinds() {
		names = append(names, k.Name()+".html", k.Name()+".docx")
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(name, ".docx") {
				for _, err := range wordml.Check(got) {
					t.Error(err)
				}
				parts, _, err := wordml.Parts(got)
				if err != nil {
					t.Fatal(err)
				}
				got, name = parts["word/document.xml"], name+".xml"
			}
			golden.Check(t, filepath.Join("testdata", name), got, *update)
		})
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(names) {
		t.Errorf("the folder holds %d files; want %d", len(entries), len(names))
	}
}

// TestDeterministic: two runs write the same bytes.
func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	runIn(t, a)
	runIn(t, b)
	entries, _ := os.ReadDir(a)
	for _, e := range entries {
		x, _ := os.ReadFile(filepath.Join(a, e.Name()))
		y, _ := os.ReadFile(filepath.Join(b, e.Name()))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", e.Name())
		}
	}
}

// TestRebuild: events.json, read back with dossier.DecodeEvents, rebuilds
// the dossier the commands built.
func TestRebuild(t *testing.T) {
	_, d, _ := walked(t)
	dir := t.TempDir()
	runIn(t, dir)
	data, err := os.ReadFile(filepath.Join(dir, "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	events, err := dossier.DecodeEvents("events.json", data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := dossier.Rebuild(events)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("Rebuild(events.json) differs from the dossier:\n got %+v\nwant %+v", got, d)
	}
}

// TestPath: the dossier goes through every state of the main path to the
// decision, returned once and sent again; a sending is refused first; the
// council's vote turns one entry down, as the appraisal turned two.
func TestPath(t *testing.T) {
	_, d, events := walked(t)
	var seen []dossier.State
	for _, ev := range events {
		if !slices.Contains(seen, ev.To) {
			seen = append(seen, ev.To)
		}
	}
	want := []dossier.State{dossier.Drafted, dossier.Submitted, dossier.Received, dossier.Returned, dossier.Appraised,
		dossier.AtCouncil, dossier.Voted, dossier.Proposed, dossier.Decided}
	if !slices.Equal(seen, want) {
		t.Errorf("states %v; want %v", seen, want)
	}
	if d.Round != 2 || d.Returned.Reason == "" {
		t.Errorf("round %d, returned %q; want a return and a second sending", d.Round, d.Returned.Reason)
	}
	if d.Decision.Number != "15/QĐ-UBND" {
		t.Errorf("decision number %q; want 15/QĐ-UBND, the register's next after 14", d.Decision.Number)
	}
	people, teams := map[string]bool{}, map[string]bool{}
	for _, e := range d.Entries {
		if e.Kind.String() == "tập thể" {
			teams[e.ID] = true
		} else {
			people[e.ID] = true
		}
	}
	if len(people) != 12 || len(teams) != 2 {
		t.Errorf("%d people and %d collectives; want 12 and 2", len(people), len(teams))
	}
	var downByVote, downByAppraisal []string
	for _, e := range d.Entries {
		switch {
		case e.Decidable():
		case e.Voted():
			downByVote = append(downByVote, e.Name)
		default:
			downByAppraisal = append(downByAppraisal, e.Name)
		}
	}
	if !slices.Equal(downByVote, []string{"Trần Thị Bình"}) || !slices.Equal(downByAppraisal, []string{"Hồ Thị Lan", "Dương Văn Nam"}) {
		t.Errorf("not granted: by the vote %v, by the appraisal %v", downByVote, downByAppraisal)
	}
	out := runIn(t, t.TempDir())
	for _, s := range []string{"(từ chối) Không thể gửi hồ sơ: chưa có báo cáo thành tích của Phòng Kinh tế xã Tân Lập",
		"trả lại hồ sơ (Đã tiếp nhận → Trả lại). Lý do:", " 13. ", "dựng lại đúng hồ sơ"} {
		if !strings.Contains(out, s) {
			t.Errorf("the program does not print %q", s)
		}
	}
}

// TestDecisionMoney: the annex's total is the sum of its lines, and Điều 2
// gives the same money.
func TestDecisionMoney(t *testing.T) {
	c, d, _ := walked(t)
	doc, err := dossierdocs.Compose(context.Background(), dossierdocs.Decision, d, c.options)
	if err != nil {
		t.Fatal(err)
	}
	annex := annexTable(t, doc)
	money := slices.Index(annex.Head, "Số tiền (đồng)")
	var sum decimal.Decimal
	for _, r := range annex.Rows {
		sum = sum.Add(vnd(t, r[money]))
	}
	total := annex.Foot[0][money]
	if !sum.Equal(vnd(t, total)) {
		t.Errorf("annex total %s; want the sum of its lines %s", total, sum)
	}
	if len(annex.Rows) != len(d.Granted()) {
		t.Errorf("annex has %d lines; the decision grants %d", len(annex.Rows), len(d.Granted()))
	}
	article := "Tiền thưởng kèm theo là " + total + " đồng"
	if !slices.ContainsFunc(reporttest.Texts(doc), func(s string) bool { return strings.Contains(s, article) }) {
		t.Errorf("Điều 2 lacks %q", article)
	}
}

func annexTable(t *testing.T, doc *report.Document) *report.Table {
	t.Helper()
	for _, b := range doc.Body {
		if a, ok := b.(*report.Annex); ok {
			for _, b := range a.Blocks {
				if tb, ok := b.(*report.Table); ok {
					return tb
				}
			}
		}
	}
	t.Fatal("no annex table")
	return nil
}

// vnd reads an amount as the annex writes it: "1.880.000".
func vnd(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(strings.ReplaceAll(s, ".", ""))
	if err != nil {
		t.Fatalf("amount %q: %v", s, err)
	}
	return d
}

// TestDefaultFolder: without -o the program creates ho-so-xa-tan-lap in
// the current directory, and says so.
func TestDefaultFolder(t *testing.T) {
	t.Chdir(t.TempDir())
	var b bytes.Buffer
	if err := run(context.Background(), &b, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(defaultDir, "quyet-dinh-khen-thuong.docx")); err != nil {
		t.Error(err)
	}
	if !strings.Contains(b.String(), "Không có -o: ghi vào thư mục "+defaultDir) {
		t.Errorf("the program does not say where it writes:\n%s", b.String())
	}
}

// TestBadData: a data file with a mistake is refused with its line.
func TestBadData(t *testing.T) {
	var f map[string]any
	if err := json.Unmarshal(sample, &f); err != nil {
		t.Fatal(err)
	}
	steps := f["steps"].([]any)
	steps[3].(map[string]any)["by"] = "nobody"
	data, _ := json.MarshalIndent(f, "", " ")
	path := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	err := run(context.Background(), &bytes.Buffer{}, []string{"-o", t.TempDir(), "-data", path})
	if err == nil || !strings.Contains(err.Error(), `bad.json:`) || !strings.Contains(err.Error(), `steps[3].by`) {
		t.Errorf("run(bad data) = %v; want an error at steps[3].by with its line", err)
	}
}

// TestOffice opens the decision and the minutes with LibreOffice
// (TDKT_SOFFICE=1, set by .ci/run) and finds every text of each in the
// PDF it lays out.
func TestOffice(t *testing.T) {
	c, d, _ := walked(t)
	for _, k := range []dossierdocs.Kind{dossierdocs.Decision, dossierdocs.Minutes} {
		t.Run(k.Name(), func(t *testing.T) {
			doc, err := dossierdocs.Compose(context.Background(), k, d, c.options)
			if err != nil {
				t.Fatal(err)
			}
			reporttest.CheckWithLibreOffice(t, &docx.Renderer{}, doc)
		})
	}
}

// TestCentred opens each document as HTML in headless Chromium
// (TDKT_BROWSER=1, set by .ci/run) and checks that the lines Decree
// 30/2020 centres are centred: the type and summary, "Kính gửi", the
// authority line and "QUYẾT ĐỊNH:", the annexes' titles and references.
func TestCentred(t *testing.T) {
	dir := t.TempDir()
	runIn(t, dir)
	tests := []struct {
		kind  dossierdocs.Kind
		texts []string
	}{
		{dossierdocs.Request, []string{"TỜ TRÌNH",
			"Về việc đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở”, “Lao động tiên tiến”, “Tập thể lao động tiên tiến” và Giấy khen năm 2025",
			"Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Lập.", "DANH SÁCH", "Tập thể, cá nhân đề nghị khen thưởng năm 2025",
			"(Kèm theo Tờ trình số 12/TTr-VP ngày 22 tháng 12 năm 2025 của Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lập)"}},
		{dossierdocs.Minutes, []string{"BIÊN BẢN", "Họp xét đề nghị khen thưởng năm 2025"}},
		{dossierdocs.AppraisalReport, []string{"TỜ TRÌNH", "Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Lập."}},
		{dossierdocs.Decision, []string{"QUYẾT ĐỊNH",
			"Về việc tặng danh hiệu “Chiến sĩ thi đua cơ sở”, “Lao động tiên tiến”, “Tập thể lao động tiên tiến” và Giấy khen năm 2025",
			"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "QUYẾT ĐỊNH:", "DANH SÁCH", "Tập thể, cá nhân được khen thưởng năm 2025",
			"(Kèm theo Quyết định số 15/QĐ-UBND ngày 15 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã Tân Lập)"}},
	}
	for _, tt := range tests {
		t.Run(tt.kind.Name(), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(dir, tt.kind.Name()+".html"))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range reporttest.Placements(t, page, tt.texts...) {
				if !p.Found || !p.Centred() {
					t.Errorf("%q is not centred in Chromium: %+v", p.Text, p)
				}
			}
		})
	}
}
