package main

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

// TestHospital composes a district hospital's two documents from data
// files alone, with no Go code of their own: its annual review with the
// table of its departments (benh-vien-tong-ket.json) and its decision
// recognising 40 staff and 3 departments, with the annex sorted, the money
// per line and in total, and its reference built from the header
// (benh-vien-quyet-dinh.json). Each format is compared with its golden
// under testdata/ (go test -update rewrites them); the DOCX by its
// word/document.xml, after wordml.Check holds it to the schema.
func TestHospital(t *testing.T) {
	for _, name := range []string{"benh-vien-tong-ket", "benh-vien-quyet-dinh"} {
		for _, format := range []string{"text", "md", "html", "json", "docx"} {
			t.Run(name+"/"+format, func(t *testing.T) {
				got := []byte(render(t, "-data", name+".json", "-format", format))
				ext := map[string]string{"text": "txt", "md": "md", "html": "html", "json": "json", "docx": "docx.xml"}[format]
				if format == "docx" {
					for _, err := range wordml.Check(got) {
						t.Error(err)
					}
					got = documentXML(t, got)
				}
				golden.Check(t, filepath.Join("testdata", name+"."+ext), got, *update)
			})
		}
	}
	text := render(t, "-data", "benh-vien-quyet-dinh.json")
	for _, want := range []string{
		"cho 40 cá nhân và danh hiệu “Tập thể lao động tiên tiến” năm 2025 cho 03 tập thể",
		"Tiền thưởng kèm theo là 34.040.000 đồng (bằng chữ: Ba mươi tư triệu không trăm bốn mươi nghìn đồng)",
		"(Kèm theo Quyết định số 12/QĐ-BVĐK ngày 20 tháng 01 năm 2026 của Giám đốc Bệnh viện đa khoa huyện Yên Hòa)",
		"  1  Khoa Hồi sức cấp cứu ", // collectives first, then by given name
		"  4  Nguyễn Văn An ",
		"34.040.000",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the decision lacks %q", want)
		}
	}
	if review := render(t, "-data", "benh-vien-tong-ket.json"); !strings.Contains(review, "Toàn bệnh viện                 70       69    40  57,1%") {
		t.Error("the review's table lacks its totals row (70, 69, 40, 57,1%)")
	}
}

// documentXML returns the word/document.xml of a DOCX.
func documentXML(t *testing.T, b []byte) []byte {
	t.Helper()
	parts, _, err := wordml.Parts(b)
	if err != nil {
		t.Fatal(err)
	}
	return parts["word/document.xml"]
}

// TestHospitalDecisionLayout lays the hospital's decision out with
// LibreOffice (TDKT_SOFFICE=1, set by .ci/run) and reads its annex back
// from the PDF, cell by cell (reporttest.TableLayout): no word or number
// of a cell is broken between lines, no row is split across pages, and
// cells wrap only where the page cannot hold the row on one line. The pages as
// LibreOffice lays them out are the PNG files quyet-dinh-trang-*.png
// beside the example (screenshots.sh makes them).
func TestHospitalDecisionLayout(t *testing.T) {
	data, err := os.ReadFile("benh-vien-quyet-dinh.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := compose(context.Background(), "benh-vien-quyet-dinh.json", data)
	if err != nil {
		t.Fatal(err)
	}
	var annex *report.Table
	for _, b := range doc.Body {
		if a, ok := b.(*report.Annex); ok {
			for _, b := range a.Blocks {
				if tb, ok := b.(*report.Table); ok {
					annex = tb
				}
			}
		}
	}
	if annex == nil {
		t.Fatal("the decision has no annex table")
	}
	var buf bytes.Buffer
	if err := (&docx.Renderer{}).Render(context.Background(), &buf, doc); err != nil {
		t.Fatal(err)
	}
	cells := reporttest.TableLayout(t, buf.Bytes(), 0, annex)
	// The page cannot hold every cell of this annex on one line (its five
	// columns need some 10 080 twips whole, the page has 9 354): the widths
	// are chosen for the fewest lines (report/docx TestColumnWidthsLines).
	// The row numbers, the departments and the money never wrap; the three
	// departments' title "Tập thể lao động tiên tiến" and the longest name
	// take two lines, and nothing takes more.
	wrapped := 0
	for ri, row := range cells[1:] { // the header may wrap
		height := 0
		for c, cell := range row {
			height = max(height, cell.Lines)
			if cell.Lines > 1 && (c == 0 || c == 2 || c == 4) {
				t.Errorf("annex row %d, column %q: %q takes %d lines", ri+1, annex.Head[c], annex.Rows[ri][c], cell.Lines)
			}
		}
		if height > 2 {
			t.Errorf("annex row %d takes %d lines", ri+1, height)
		}
		if height > 1 {
			wrapped++
		}
	}
	if wrapped > 4 {
		t.Errorf("%d rows of the annex take two lines; want at most 4 (the 3 departments and the longest name)", wrapped)
	}
}

// TestHospitalDecisionCentred opens the hospital's decision as HTML in
// headless Chromium (TDKT_BROWSER=1, set by .ci/run) and reads how the
// browser lays out the lines that Decree 30/2020 centres: the type and
// summary of the document, the authority line, "QUYẾT ĐỊNH:", and the
// annex's title, subtitle and reference. Each must have the computed
// text-align "center", no indent, and as much room left as right.
func TestHospitalDecisionCentred(t *testing.T) {
	page := []byte(render(t, "-data", "benh-vien-quyet-dinh.json", "-format", "html"))
	texts := []string{
		"QUYẾT ĐỊNH",
		"Về việc công nhận danh hiệu “Lao động tiên tiến” và “Tập thể lao động tiên tiến” năm 2025",
		"GIÁM ĐỐC BỆNH VIỆN ĐA KHOA HUYỆN YÊN HÒA",
		"QUYẾT ĐỊNH:",
		"DANH SÁCH",
		"Cá nhân, tập thể được công nhận danh hiệu thi đua năm 2025",
		"(Kèm theo Quyết định số 12/QĐ-BVĐK ngày 20 tháng 01 năm 2026 của Giám đốc Bệnh viện đa khoa huyện Yên Hòa)",
	}
	for _, p := range reporttest.Placements(t, page, texts...) {
		if !p.Centred() {
			t.Errorf("%q is not centred in Chromium: %+v", p.Text, p)
		}
	}
	// The check itself: a justified paragraph of the body is not centred.
	body := "Điều 3. Trưởng phòng Tổ chức - Hành chính, Trưởng phòng Tài chính - Kế toán, các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
	if p := reporttest.Placements(t, page, body)[0]; !p.Found || p.Centred() {
		t.Errorf("Điều 3 should be found and not centred: %+v", p)
	}
}

// TestHospitalAnnexWorkbook: the decision's annex as a workbook (-format
// xlsx), as officers want it beside the DOCX: one row per recipient (43)
// under its title rows and header, and the total as a SUM formula over
// the money column with its value, 34.040.000 đồng.
func TestHospitalAnnexWorkbook(t *testing.T) {
	b := []byte(render(t, "-data", "benh-vien-quyet-dinh.json", "-format", "xlsx"))
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := z.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<f>SUM\(E(\d+):E(\d+)\)</f><v>(\d+)</v>`).FindSubmatch(sheet)
	if m == nil {
		t.Fatal("the annex sheet has no SUM of the money column")
	}
	first, _ := strconv.Atoi(string(m[1]))
	last, _ := strconv.Atoi(string(m[2]))
	if n := last - first + 1; n != 43 || string(m[3]) != "34040000" {
		t.Errorf("the total sums %d rows to %s; want 43 rows, 34040000", n, m[3])
	}
}
