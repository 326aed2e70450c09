package sections_test

import (
	"bytes"
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/docx"
	_ "github.com/tdkt-vn/tdkt/report/html"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// schoolDecision composes the shipped decision for a lower secondary
// school: its headmaster recognises 30 teachers as "Lao động tiên tiến".
func schoolDecision(t *testing.T) *report.Document {
	t.Helper()
	decided := metrics.MustDate("28/5/2025")
	var list []sections.Awardee
	for i := range 30 {
		list = append(list, sections.Awardee{Name: fmt.Sprintf("Giáo viên số %d", i+1), Unit: "Tổ Khoa học tự nhiên",
			Grant: awards.Grant{Award: awards.LaoDongTienTien, Subject: awards.Individual, Decided: decided}})
	}
	data := report.Data{
		"tham_quyen":        "**HIỆU TRƯỞNG TRƯỜNG THCS NGUYỄN DU**",
		"can_cu":            "*Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;*\n\n*Xét đề nghị của Hội đồng Thi đua - Khen thưởng nhà trường.*",
		"quyet_dinh":        "**Điều 1.** Công nhận danh hiệu “Lao động tiên tiến” năm học 2024 - 2025 cho 30 cá nhân (có danh sách kèm theo).\n\n**Điều 2.** Các tổ chuyên môn và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
		"ket_thuc":          report.Closing{Recipients: []string{"Như Điều 2;", "Lưu: VT."}, Signature: report.Signature{For: "Hiệu trưởng", Name: "Đinh Thị Mai"}},
		"tieu_de_danh_sach": "Cá nhân được công nhận danh hiệu “Lao động tiên tiến” năm học 2024 - 2025",
		"nguoi_quyet_dinh":  "Hiệu trưởng Trường THCS Nguyễn Du",
		"danh_sach":         list,
	}
	tmpl, err := sections.Template("quyet-dinh-khen-thuong")
	if err != nil {
		t.Fatal(err)
	}
	h := report.Header{Parent: "UBND HUYỆN LẠC SƠN", Issuer: "TRƯỜNG THCS NGUYỄN DU", Number: report.Number{Seq: 45, Type: "QĐ", Issuer: "THCSND"},
		Place: "Lạc Sơn", Date: decided, Summary: "Về việc công nhận danh hiệu “Lao động tiên tiến” năm học 2024 - 2025"}
	d, err := report.Composer{Header: h}.Compose(context.Background(), tmpl, data)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSchoolDecision: the authority line and "QUYẾT ĐỊNH:" come out
// centred and kept with what follows in DOCX and HTML; the annex table
// keeps its last rows with the total in words; its columns are wide
// enough for "STT" and the row numbers; the DOCX keeps the schema.
func TestSchoolDecision(t *testing.T) {
	d := schoolDecision(t)
	render := func(format string) string {
		var b bytes.Buffer
		if err := report.Render(context.Background(), format, &b, d); err != nil {
			t.Fatal(err)
		}
		if format != "docx" {
			return b.String()
		}
		if errs := wordml.Check(b.Bytes()); len(errs) > 0 {
			t.Errorf("wordml.Check: %d errors, the first: %v", len(errs), errs[0])
		}
		parts, _, err := wordml.Parts(b.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		return string(parts["word/document.xml"])
	}
	docx, html := render("docx"), render("html")
	centred := `<w:p><w:pPr><w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">`
	for _, line := range []string{"HIỆU TRƯỞNG TRƯỜNG THCS NGUYỄN DU", "QUYẾT ĐỊNH:"} {
		if !strings.Contains(docx, centred+line+"</w:t>") {
			t.Errorf("DOCX: %q is not a centred paragraph kept with the next", line)
		}
		if !strings.Contains(html, `<p class="tdkt-center tdkt-keep"><strong>`+line+"</strong></p>") {
			t.Errorf("HTML: %q is not a centred paragraph kept with the next", line)
		}
	}
	// The annex title is centred by a rule that outranks ".tdkt-doc p".
	if !strings.Contains(html, `.tdkt-doc .tdkt-annex p.tdkt-annex-title { text-align: center;`) || !strings.Contains(html, `<p class="tdkt-annex-title">DANH SÁCH</p>`) {
		t.Error("HTML: the annex title is not centred by a rule more specific than .tdkt-doc p")
	}
	// The totals row keeps with the words, and the table with them.
	if !regexp.MustCompile(`<w:keepNext/><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">21\.300\.000</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:pPr><w:keepNext/>`).MatchString(docx) {
		t.Error("DOCX: the total (30 × 710.000 = 21.300.000) is not kept with the line in words")
	}
	// No row splits; the first column holds "STT" and "30" on one line.
	// The header's and the closing's layout tables never split either: a
	// signer's title on one page and the name on the next cannot be signed.
	if n, rows := strings.Count(docx, "<w:cantSplit/>"), strings.Count(docx, "<w:tr>"); n != rows {
		t.Errorf("DOCX: %d rows never split; want all %d", n, rows)
	}
	grid := regexp.MustCompile(`<w:tblGrid><w:gridCol w:w="(\d+)"/>`).FindAllStringSubmatch(docx, -1)
	if len(grid) < 2 {
		t.Fatalf("DOCX: %d tables; want the header, the list and the closing", len(grid))
	}
	var stt int
	fmt.Sscan(grid[1][1], &stt)
	// "STT" in Times bold 13 pt: (556 + 667 + 667) / 1000 × 13 × 20 = 491 twips, plus 160 of margins.
	if stt < 491+160 {
		t.Errorf("DOCX: the STT column is %d twips; want at least 651", stt)
	}
}

// TestProseLayout: prose sets the alignment and keep-with-next of its
// paragraphs, and refuses an alignment it does not know at the
// template's line.
func TestProseLayout(t *testing.T) {
	for _, tc := range []struct {
		params string
		align  report.Align
		keep   bool
		err    string
	}{
		{`{"text": "a\n\nb"}`, report.AlignDefault, false, ""},
		{`{"text": "a\n\nb", "align": "center", "keep_next": true}`, report.AlignCenter, true, ""},
		{`{"text": "a\n\nb", "align": "right"}`, report.AlignRight, false, ""},
		{`{"text": "a", "align": "giữa"}`, 0, false, `t.json:3: `},
	} {
		tmpl, err := report.ParseTemplate("t.json", []byte("{\"body\": [\n{\"use\": \"prose\",\n \"params\": "+tc.params+"}]}"))
		if err == nil {
			var d *report.Document
			d, err = report.Compose(context.Background(), tmpl, report.Data{})
			if err == nil {
				for _, b := range d.Body {
					if p := b.(*report.Paragraph); p.Align != tc.align || p.KeepNext != tc.keep {
						t.Errorf("prose %s: paragraph aligned %v, kept %v; want %v, %v", tc.params, p.Align, p.KeepNext, tc.align, tc.keep)
					}
				}
			}
		}
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("prose %s: error %v; want %q", tc.params, err, tc.err)
		}
	}
	bad := &sections.Prose{Text: "a", Align: 9}
	if _, err := bad.Build(context.Background(), report.Input{}); err == nil {
		t.Error("Prose{Align: 9}.Build = nil error")
	}
}
