package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/internal/wordml"
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
