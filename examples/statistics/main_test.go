package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/forms"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

var update = flag.Bool("update", false, "update the golden files in testdata/")

// sampleForms fills the forms of the sample, and composes their document.
func sampleForms(t testing.TB, fsys fs.FS) ([]*forms.Filled, *report.Document) {
	t.Helper()
	in, err := load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	filled, err := in.fill()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := in.document(context.Background(), filled)
	if err != nil {
		t.Fatal(err)
	}
	return filled, doc
}

func valuesJSON(t testing.TB, filled []*forms.Filled) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(filled); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestValues: the values of the five forms, cell by cell, as JSON
// (testdata/forms-2025.json; refresh with -update).
func TestValues(t *testing.T) {
	filled, _ := sampleForms(t, sample)
	golden.Check(t, filepath.Join("testdata", "forms-2025.json"), valuesJSON(t, filled), *update)
	// What the sample is made to show.
	for _, tt := range []struct {
		form, row, col string
		n              int
		reason         string
	}{
		{"0601", "01", "1", 9, ""},
		{"0601", "06", "1", 0, "chưa tính được: 1 phong trào chưa có ngày kết thúc (PT-SGD-ANTT)"},
		{"0602", "01", "1", 12, ""},
		{"0603", "01", "1", 23, ""},
		{"0604", "07", "1", 1, ""},
		{"0605", "01", "2", 2, ""},
	} {
		i := slices.IndexFunc(filled, func(f *forms.Filled) bool { return f.Form.ShortCode() == tt.form })
		if i < 0 {
			t.Fatalf("no form %s among the filled forms", tt.form)
		}
		f := filled[i]
		c, ok := f.Cell(tt.row, tt.col)
		if !ok || c.N != tt.n || c.Reason != tt.reason {
			t.Errorf("%s (%s, %s) = %d %q; want %d %q", tt.form, tt.row, tt.col, c.N, c.Reason, tt.n, tt.reason)
		}
	}
}

// TestText: the forms as plain text (testdata/forms-2025.txt).
func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := run(context.Background(), &b, nil); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "forms-2025.txt"), b.Bytes(), *update)
}

// pretty puts rows, columns and merged ranges on lines of their own.
func pretty(b []byte) []byte {
	for _, tag := range []string{"<row ", "<col ", "<mergeCell ", "<definedName ", "<sheet ", "<sheetData>", "</sheetData>"} {
		b = bytes.ReplaceAll(b, []byte(tag), []byte("\n"+tag))
	}
	return append(b, '\n')
}

func render(t testing.TB, format string, d *report.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := report.Render(context.Background(), format, &b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestXLSX compares the workbook's sheets with testdata/xlsx/, part by
// part.
func TestXLSX(t *testing.T) {
	_, doc := sampleForms(t, sample)
	parts, _, err := wordml.Parts(render(t, "xlsx", doc))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"xl/workbook.xml"}
	for i := 1; i <= 5; i++ {
		names = append(names, fmt.Sprintf("xl/worksheets/sheet%d.xml", i))
	}
	for _, name := range names {
		if parts[name] == nil {
			t.Fatalf("no part %s", name)
		}
		golden.Check(t, filepath.Join("testdata", "xlsx", strings.ReplaceAll(name, "/", "__")), pretty(parts[name]), *update)
	}
}

// TestDOCX holds the Word document to the schema of WordprocessingML.
func TestDOCX(t *testing.T) {
	_, doc := sampleForms(t, sample)
	for _, err := range wordml.Check(render(t, "docx", doc)) {
		t.Error(err)
	}
}

// TestOutput: -o writes the workbook and the document; bad flags and
// data are errors.
func TestOutput(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	if err := run(context.Background(), &b, []string{"-o", dir}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"thong-ke-tdkt-2025.xlsx", "thong-ke-tdkt-2025.docx"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, args := range [][]string{{"extra"}, {"-data", filepath.Join(dir, "none")}, {"-nosuchflag"}} {
		if err := run(context.Background(), &bytes.Buffer{}, args); err == nil {
			t.Errorf("run(%q) = nil error", args)
		}
	}
}

// copyFS returns the sample as a map file system to change.
func copyFS(t testing.TB) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(sample, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(sample, path)
		out[path] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestWorkbookData: the grants read from a workbook (the CSV file written
// as a sheet, dates as dates) fill the same forms.
func TestWorkbookData(t *testing.T) {
	want, _ := sampleForms(t, sample)
	fsys := copyFS(t)
	r := csv.NewReader(bytes.NewReader(fsys["khen-thuong.csv"].Data))
	r.Comma = ';'
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	doc := &report.Document{Body: []report.Block{&report.Table{Head: records[0], Rows: records[1:]}}}
	fsys["khen-thuong.xlsx"] = &fstest.MapFile{Data: render(t, "xlsx", doc)}
	got, _ := sampleForms(t, fsys)
	if !bytes.Equal(valuesJSON(t, got), valuesJSON(t, want)) {
		t.Error("the forms filled from the workbook differ from those filled from the CSV file")
	}
	// A date that is not, in the workbook, is an error at its cell.
	col := slices.Index(records[0], "Ngày quyết định")
	if col < 0 {
		t.Fatalf("khen-thuong.csv has no column “Ngày quyết định”: %q", records[0])
	}
	records[3][col] = "31/02/2025"
	doc = &report.Document{Body: []report.Block{&report.Table{Head: records[0], Rows: records[1:]}}}
	fsys["khen-thuong.xlsx"] = &fstest.MapFile{Data: render(t, "xlsx", doc)}
	_, err = load(fsys)
	cell := string(rune('A'+col)) + "4" // the header is row 1, records[3] row 4
	if want := `khen-thuong.xlsx: sheet "Bảng 1", ô ` + cell + `, cột "Ngày quyết định": "31/02/2025" is not a date`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("load = %v; want %q", err, want)
	}
}

// TestLibreOffice converts the workbook to CSV, sheet by sheet, with
// LibreOffice (TDKT_SOFFICE=1), and checks that every value read back is
// the one computed: what LibreOffice shows an officer is what the forms
// hold. Without TDKT_SOFFICE=1 it is skipped.
func TestLibreOffice(t *testing.T) {
	if os.Getenv(reporttest.OfficeEnv) != "1" {
		t.Skip("skipped: set " + reporttest.OfficeEnv + "=1 to open the workbook with LibreOffice (needs soffice with Calc: libreoffice-calc-nogui)")
	}
	filled, doc := sampleForms(t, sample)
	dir := t.TempDir()
	in := filepath.Join(dir, "forms.xlsx")
	if err := os.WriteFile(in, render(t, "xlsx", doc), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Comma, double quote, UTF-8, from line 1, the values as stored (not as
	// shown), every sheet to a file of its own.
	filter := "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
	cmd := exec.CommandContext(ctx, "soffice", "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", filter, "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, f := range filled {
		name := filepath.Join(dir, "forms-Biểu số "+strings.ReplaceAll(f.Form.Code, "/", "-")+".csv")
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("%s: %v (does soffice have Calc? install libreoffice-calc-nogui)", f.Form.Code, err)
		}
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f.Form.Code, err)
		}
		byCode := map[string][]string{}
		for _, r := range rows {
			if len(r) > 1 && r[1] != "" {
				byCode[r[1]] = r
			}
		}
		for i, l := range f.Form.Rows {
			if l.Code == "" {
				continue
			}
			r := byCode[l.Code]
			if len(r) < 2+len(f.Cells[i]) || r[0] != l.Label {
				t.Errorf("%s: row %s read back as %q", f.Form.Code, l.Code, r)
				continue
			}
			for k, c := range f.Cells[i] {
				got := r[2+k]
				if c.Known() {
					if n, err := strconv.Atoi(got); err != nil || n != c.N {
						t.Errorf("%s (%s, %s): LibreOffice reads %q; computed %d", f.Form.Code, l.Code, f.Form.Columns[k].Code, got, c.N)
					}
				} else if !strings.HasPrefix(got, "(") {
					t.Errorf("%s (%s, %s): LibreOffice reads %q; want the marker of a reason", f.Form.Code, l.Code, f.Form.Columns[k].Code, got)
				}
			}
		}
	}
}
