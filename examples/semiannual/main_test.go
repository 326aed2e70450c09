package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/datafile"
	"github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the goldens under testdata/")

func render(t *testing.T, args ...string) string {
	t.Helper()
	var b bytes.Buffer
	if err := run(context.Background(), &b, args); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSeed composes the seed report from the embedded data and compares it
// with the normalised copy of the source: any other difference fails.
func TestSeed(t *testing.T) {
	want, err := os.ReadFile("testdata/seed-normalized.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := render(t); got != string(want) {
		t.Errorf("the composed report differs from testdata/seed-normalized.txt:\n%s", firstDifference(got, string(want)))
	}
}

func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d lines, want %d", len(g), len(w))
}

// TestChanges applies the reviewed list of changes (testdata/changes.txt)
// to the source (testdata/seed-original.txt) and checks that it gives the
// normalised copy: the copy differs from the source by those changes only.
func TestChanges(t *testing.T) {
	src, err := os.ReadFile("testdata/seed-original.txt")
	if err != nil {
		t.Fatal(err)
	}
	list, err := os.ReadFile("testdata/changes.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/seed-normalized.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	changes := strings.Split(string(list), "\n<<<<\n")[1:]
	if len(changes) == 0 {
		t.Fatal("no changes in testdata/changes.txt")
	}
	for i, c := range changes {
		old, rest, ok := strings.Cut(c, "\n====\n")
		if !ok {
			t.Fatalf("change %d: no ====", i+1)
		}
		repl, _, ok := strings.Cut(rest, "\n>>>>\n")
		if !ok {
			t.Fatalf("change %d: no >>>>", i+1)
		}
		if n := strings.Count(text, old); n != 1 {
			t.Fatalf("change %d: the replaced text occurs %d times; want once", i+1, n)
		}
		text = strings.Replace(text, old, repl, 1)
	}
	if text != string(want) {
		t.Errorf("the changes do not give testdata/seed-normalized.txt:\n%s", firstDifference(text, string(want)))
	}
}

// TestFiguresFollowTheData changes parts in the data: the totals and the
// sentences follow, since they are computed.
func TestFiguresFollowTheData(t *testing.T) {
	tests := []struct {
		name string
		edit func(d map[string]any)
		want []string
	}{
		{"two more provincial conferences", func(d map[string]any) {
			fig(d, "hoi_nghi_tinh")["count"] = "06 hội nghị trực tuyến cấp tỉnh"
		}, []string{"tổng số 11 hội nghị trực tuyến. Trong đó bao gồm 06 hội nghị trực tuyến cấp tỉnh²"}},
		{"200 gifts", func(d map[string]any) {
			fig(d, "suat_qua")["count"] = "200 suất quà"
		}, []string{"Trao 200 suất quà", "tổng trị giá 120 triệu đồng;", "là 300 triệu đồng."}},
		{"less disbursed last year", func(d map[string]any) {
			fig(d, "giai_ngan_cung_ky")["amount"] = "1.200.000 USD"
		}, []string{"giá trị giải ngân giảm 85.169 USD."}},
		{"one more project", func(d map[string]any) {
			fig(d, "du_an")["count"] = "17 dự án"
		}, []string{"có 17 dự án, phi dự án", "năm 2022 tăng 1 dự án;"}},
		{"a unit did not register", func(d map[string]any) {
			season := d["season"].(map[string]any)
			season["registrations"] = season["registrations"].([]any)[1:]
		}, []string{"kết quả 97,3% tập thể, cá nhân"}},
		{"one title less in the records", func(d map[string]any) {
			recs := d["awards"].(map[string]any)["records"].([]any)
			for _, r := range recs {
				if r.(map[string]any)["id"] == "CB05" {
					r.(map[string]any)["honours"] = []any{}
				}
			}
		}, []string{"Danh hiệu “Lao động tiên tiến” cho 29 cá nhân."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d map[string]any
			if err := json.Unmarshal(seedData, &d); err != nil {
				t.Fatal(err)
			}
			tt.edit(d)
			data, _ := json.Marshal(d)
			doc, err := compose(context.Background(), "edited.json", data)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := report.Render(context.Background(), "text", &b, doc); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("after the change, the report lacks %q", w)
				}
			}
		})
	}
}

func fig(d map[string]any, name string) map[string]any {
	return d["figures"].(map[string]any)[name].(map[string]any)
}

// TestNoAgencyInLibrary: nothing about this agency lives in a library
// package. The code and embedded data of every package outside examples/
// must not name it (tests and their testdata may model the seed).
func TestNoAgencyInLibrary(t *testing.T) {
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			switch e.Name() {
			case "examples", "testdata", ".git", ".ci":
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(path, "_test.go") || !(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".json")) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(norm.NFC.String(string(b)), "Ngoại vụ") {
			t.Errorf("%s names the agency of the seed (\"Ngoại vụ\"): agency data belong in the example's data file", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestFormatsAndFlags(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"text", "md", "html", "docx", "json"} {
		out := filepath.Join(dir, "bc."+f)
		if err := run(context.Background(), &bytes.Buffer{}, []string{"-format", f, "-o", out}); err != nil {
			t.Fatalf("-format %s: %v", f, err)
		}
		if st, err := os.Stat(out); err != nil || st.Size() < 1000 {
			t.Errorf("-format %s wrote %v bytes, %v", f, st, err)
		}
	}
	html, _ := os.ReadFile(filepath.Join(dir, "bc.html"))
	if !strings.Contains(string(html), "tăng 479.429 USD") || !strings.Contains(string(html), "Triệu Thị Kiều Dung") {
		t.Error("the HTML lacks the computed change or the signer")
	}
	for _, args := range [][]string{{"-format", "pdf"}, {"-data", "none.json"}, {"stray"}} {
		if err := run(context.Background(), &bytes.Buffer{}, args); err == nil {
			t.Errorf("run(%v) = nil error", args)
		}
	}
	bad := filepath.Join(dir, "bad.json")
	data := strings.Replace(string(seedData), `"count": "3615 văn bản đến"`, `"count": "36.15 văn bản đến"`, 1)
	os.WriteFile(bad, []byte(data), 0o644)
	err := run(context.Background(), &bytes.Buffer{}, []string{"-data", bad})
	line := strings.Count(data[:strings.Index(data, `"van_ban_den"`)], "\n") + 1
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf(`bad.json:%d: field "figures.van_ban_den"`, line)) || !strings.Contains(err.Error(), "character 4") {
		t.Errorf("a bad figure: %v; want the file, line, figure and character named", err)
	}
}

// TestOtherBody composes a commune's award decision with its annex from
// xa-tan-lap.json, with no change to the library.
func TestOtherBody(t *testing.T) {
	got := render(t, "-data", "xa-tan-lap.json")
	golden.Check(t, filepath.Join("testdata", "xa-tan-lap.txt"), []byte(got), *update)
}

// TestDOCXSchema holds the DOCX of both data files, the seed's department
// and the commune's award decision, to the schema of WordprocessingML, as
// Word reads it (internal/wordml).
func TestDOCXSchema(t *testing.T) {
	for _, data := range []string{"", "xa-tan-lap.json"} {
		t.Run("data="+data, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "bc.docx")
			args := []string{"-format", "docx", "-o", out}
			if data != "" {
				args = append(args, "-data", data)
			}
			if err := run(context.Background(), &bytes.Buffer{}, args); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			for _, err := range wordml.Check(b) {
				t.Error(err)
			}
		})
	}
}

// TestLibreOffice opens the seed's DOCX with LibreOffice (TDKT_SOFFICE=1,
// set by .ci/run) and checks that every paragraph, footnote and table cell
// is in the PDF.
func TestLibreOffice(t *testing.T) {
	doc, err := compose(context.Background(), "cao-bang-2022.json", seedData)
	if err != nil {
		t.Fatal(err)
	}
	reporttest.CheckWithLibreOffice(t, &docx.Renderer{}, doc)
}

// TestDataErrors: a bad data file gets an error naming the file, the line
// and the field, also for an error inside the template's body.
func TestDataErrors(t *testing.T) {
	// The line of the seed file where its first heading is.
	first := bytes.Index(seedData, []byte(`"heading"`))
	line := bytes.Count(seedData[:first], []byte("\n")) + 1
	misspelt := bytes.Replace(seedData, []byte(`"heading"`), []byte(`"headin"`), 1)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"unknown field in the body", misspelt, fmt.Sprintf(`bc.json:%d: field "body[1].headin": unknown field`, line)},
		{"level as a word", []byte("{\"header\": {},\n \"body\": [\n  {\"heading\": \"x\", \"level\": \"phần\"}]}"), `bc.json:3: field "body[0].level": want a whole number, found a string`},
		{"no body", []byte(`{"header": {}}`), `bc.json:1: field "body": missing`},
		{"syntax", []byte("{\"header\": {},\n\"body\": [}"), `bc.json:2: JSON syntax`},
		{"figure of the wrong kind", []byte("{\"figures\": {\"a\": {\"sum\": 5}},\n \"body\": []}"), `bc.json:1: field "figures.sum": want an array of strings, found a number`},
		{"stated total disagrees", []byte("{\"figures\": {\"a\": {\"count\": \"4 hội nghị\"}, \"b\": {\"count\": \"5 hội nghị\"},\n  \"t\": {\"sum\": [\"a\", \"b\"], \"label\": \"hội nghị\", \"stated\": \"10 hội nghị\"}},\n \"body\": []}"),
			`bc.json:2: field "figures.t": metrics: hội nghị: stated total 10 hội nghị differs from the sum of its parts 9 hội nghị`},
		{"unknown top-level field", []byte("{\"body\": [],\n \"figure\": {}}"), `bc.json:2: field "figure": unknown field`},
		{"a signature authority the decree does not know", []byte("{\"body\": [],\n \"closing\": {\"Signature\": {\"authority\": \"PT.\", \"name\": \"A\"}}}"),
			`bc.json:2: field "closing.Signature.authority": report: signature authority "PT."; want KT., TM., Q., TL., TUQ. or none`},
		{"a number of an unknown type", []byte("{\"header\": {\"type\": \"Báo cáo\",\n  \"number\": {\"type\": \"BK\", \"issuer\": \"SNV\"}},\n \"body\": []}"),
			`bc.json:2: field "header.number": report: number type "BK" is not a type`},
		{"parts of an unknown style", []byte("{\"body\": [],\n \"parts\": \"Ả Rập\"}"), `bc.json:2: field "parts": report: parts "Ả Rập"`},
		{"a figure and a list of one name", []byte("{\"figures\": {\"ds\": {\"count\": \"4 người\"}},\n \"lists\": {\"ds\": []},\n \"body\": []}"),
			`bc.json:2: field "lists.ds": the name "ds" is taken`},
		{"a figure named as the season", []byte("{\"figures\": {\n \"season\": {\"count\": \"4 người\"}},\n \"body\": []}"),
			`bc.json:2: field "figures.season": the name "season" is taken`},
		{"an error in the season, at the file's line", []byte("{\"body\": [],\n \"season\": {\"hierarchy\": {\"levels\": [\"tỉnh\"]},\n  \"organisations\": [\n   {\"id\": \"A\", \"name\": \"Sở\", \"level\": \"tỉnh\"},\n   {\"id\": \"B\", \"name\": \"Phòng\", \"level\": \"tỉnh\", \"parent\": \"X\"}]}}"),
			`bc.json:5: field "organisations[1].parent"`},
		{"an error in the awards, at the file's line", []byte("{\"body\": [],\n \"awards\": [\n  {\"id\": \"NV1\", \"name\": \"An\",\n   \"years\": [{\"year\": 2025,\n     \"rating\": \"HTT\"}]}]}"),
			`bc.json:5: field "`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := datafile.Parse("bc.json", tc.data)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("datafile.Parse: %v\nwant an error starting %q", err, tc.want)
			}
		})
	}
	// A parameter of the body that no section takes, or that names data the
	// file does not have, names its line.
	for _, tc := range []struct {
		name string
		from string
		to   string
		want string
	}{
		{"unknown parameter", `"records": "awards",`, `"record": "awards",`, `: field "body[22].params.record": unknown field`},
		{"data that is not there", `"records": "awards",`, `"records": "award",`, `award-results: parameter "records": no data named "award"`},
		{"data of another type", `"year": "nam_khen_thuong",`, `"year": "closing",`, `parameter "year": data "closing" holds a value of type report.Closing; want int`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := bytes.Index(seedData, []byte(tc.from))
			entry := bytes.LastIndex(seedData[:at], []byte("\n  {")) + 1 // the entry's opening brace
			line := bytes.Count(seedData[:entry], []byte("\n")) + 1
			data := bytes.Replace(seedData, []byte(tc.from), []byte(tc.to), 1)
			_, err := compose(context.Background(), "bc.json", data)
			param := bytes.Count(seedData[:at], []byte("\n")) + 1
			if strings.HasPrefix(tc.want, ": field") {
				tc.want = fmt.Sprintf("bc.json:%d%s", param, tc.want) // the parameter's own line
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), fmt.Sprintf("(line %d) award-results: ", line)) {
				t.Errorf("compose: %v\nwant an error at the entry of line %d with %q", err, line, tc.want)
			}
		})
	}
	// A byte order mark, as Windows editors write, is not an error.
	if _, err := datafile.Parse("bc.json", append([]byte("\xef\xbb\xbf"), seedData...)); err != nil {
		t.Errorf("datafile.Parse with a byte order mark: %v", err)
	}
}
