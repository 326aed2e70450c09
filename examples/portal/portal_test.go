package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/xuri/excelize/v2"
)

// TestWorkflow takes a dossier from a unit's roster to the signed
// decision through the portal's forms, each step by its role, and reads
// back what the database kept: the events, the projection, the decision
// number from the register, the money as exact decimals, the documents.
func TestWorkflow(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		id := e.walk(dossier.Decided)
		d := e.dossierNow(id)
		must(t, d.State == dossier.Decided, "state = %s; want Đã quyết định", d.State)
		must(t, d.Decision.Number == "01/QĐ-UBND", "decision number = %q; want 01/QĐ-UBND", d.Decision.Number)
		var granted []string
		for _, g := range d.Granted() {
			granted = append(granted, g.ID+"|"+string(g.Award))
		}
		want := "GD01|cstd-bo-tinh GD01|bang-khen-bo-tinh GD02|bang-khen-bo-tinh"
		must(t, strings.Join(granted, " ") == want, "granted = %v; want %s", granted, want)

		// The projection follows the events.
		var state, decision string
		var version int
		if err := e.s.db.QueryRow(context.Background(), `SELECT state, version, decision FROM dossiers WHERE id = ?`, id).Scan(&state, &version, &decision); err != nil {
			t.Fatal(err)
		}
		must(t, state == "decided" && version == d.Version && decision == "01/QĐ-UBND", "projection = %s v%d %s; want decided v%d 01/QĐ-UBND", state, version, decision, d.Version)
		must(t, count(t, e.s.db, `SELECT COUNT(*) FROM events WHERE dossier_id = ?`, id) == d.Version, "events ≠ version")

		// The money of each grant, read back exactly.
		rs, err := readRewards(context.Background(), e.s.db.pool(), id)
		if err != nil {
			t.Fatal(err)
		}
		must(t, len(rs) == 3, "rewards = %d; want 3", len(rs))
		for _, r := range rs {
			p, err := awards.Price(awards.Grant{Award: r.Award, Subject: awards.Individual, Decided: metrics.MustDate("15/01/2026")})
			if err != nil {
				t.Fatal(err)
			}
			must(t, r.Amount.Equal(p.Amount), "reward %s %s = %s; want %s", r.Subject, r.Award, r.Amount, p.Amount)
		}

		// The unit sees its dossier decided, the money and the history.
		page := e.as("vt.sgddt").get("/dossiers/" + id)
		for _, s := range []string{"Đã quyết định", "01/QĐ-UBND", "Tổng cộng", "ban hành quyết định", "tiếp nhận hồ sơ", "ghi kết quả bỏ phiếu"} {
			must(t, strings.Contains(page.body, s), "the dossier's page lacks %q", s)
		}

		// A second decision takes the next number of the register.
		id2 := e.walk(dossier.Decided)
		d2 := e.dossierNow(id2)
		must(t, d2.Decision.Number == "02/QĐ-UBND", "second decision = %q; want 02/QĐ-UBND", d2.Decision.Number)
	})
}

// TestDocuments downloads every document of a decided dossier in every
// format: the names in Vietnamese with their ASCII fallback, and the
// decision's text read from its DOCX.
func TestDocuments(t *testing.T) {
	e := newEnv(t, "")
	id := e.walk(dossier.Decided)
	c := e.as("cv.ban")
	for _, name := range []string{"to-trinh-de-nghi", "bien-ban-hop-hoi-dong", "to-trinh-tham-dinh", "quyet-dinh-khen-thuong"} {
		for _, format := range []string{"docx", "html", "xlsx"} {
			resp := c.get("/dossiers/" + id + "/documents/" + name + "." + format)
			must(t, resp.status == http.StatusOK, "%s.%s: %d %s", name, format, resp.status, errorText(resp.body))
			must(t, resp.header.Get("Content-Type") == formats[format], "%s.%s: Content-Type %q", name, format, resp.header.Get("Content-Type"))
			_, params, err := mime.ParseMediaType(resp.header.Get("Content-Disposition"))
			must(t, err == nil && strings.HasSuffix(params["filename"], "."+format), "%s.%s: Content-Disposition %q (%v)", name, format, resp.header.Get("Content-Disposition"), err)
		}
	}
	resp := c.get("/dossiers/" + id + "/documents/quyet-dinh-khen-thuong.docx")
	cd := resp.header.Get("Content-Disposition")
	wantCD := `attachment; filename="Quyet dinh khen thuong so 01-QD-UBND.docx"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20khen%20th%C6%B0%E1%BB%9Fng%20s%E1%BB%91%2001-Q%C4%90-UBND.docx`
	must(t, cd == wantCD, "Content-Disposition = %s\nwant %s", cd, wantCD)
	_, params, _ := mime.ParseMediaType(cd)
	must(t, params["filename"] == "Quyết định khen thưởng số 01-QĐ-UBND.docx", "decoded filename = %q", params["filename"])
	text := docxText(t, []byte(resp.body))
	for _, s := range []string{"QUYẾT ĐỊNH", "01/QĐ-UBND", "Lê Thị Lan", "Phạm Văn Minh", "Chiến sĩ thi đua"} {
		must(t, strings.Contains(text, s), "the decision's DOCX lacks %q:\n%s", s, text)
	}
	must(t, !strings.Contains(text, "Nguyễn Thị Hoa"), "the decision grants Nguyễn Thị Hoa, whose verdict is undetermined")

	// A document asked before its state: the decision of a dossier sent.
	id2 := e.walk(dossier.Submitted)
	resp = e.as("vt.ban").get("/dossiers/" + id2 + "/documents/quyet-dinh-khen-thuong.docx")
	must(t, resp.status == http.StatusConflict && strings.Contains(resp.body, "Chưa thể lập quyết định"), "early decision: %d %s", resp.status, errorText(resp.body))
	// An unknown document or format.
	for _, p := range []string{"/documents/khong-co.docx", "/documents/quyet-dinh-khen-thuong.pdf", "/documents/quyet-dinh-khen-thuong"} {
		resp := c.get("/dossiers/" + id + p)
		must(t, resp.status == http.StatusNotFound, "%s: %d; want 404", p, resp.status)
	}
}

// docxText is the text of a DOCX's body, its runs joined.
func docxText(t testing.TB, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a DOCX: %v", err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		var b strings.Builder
		dec := xml.NewDecoder(rc)
		inText := false
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			switch tok := tok.(type) {
			case xml.StartElement:
				inText = tok.Name.Local == "t"
			case xml.EndElement:
				if tok.Name.Local == "p" {
					b.WriteByte('\n')
				}
				inText = false
			case xml.CharData:
				if inText {
					b.Write(tok)
				}
			}
		}
		return b.String()
	}
	t.Fatal("no word/document.xml")
	return ""
}

// TestContentDisposition checks the names of downloaded files: UTF-8
// percent-encoded, with an ASCII fallback that no name can break out of.
func TestContentDisposition(t *testing.T) {
	tests := []struct{ name, ascii string }{
		{"Quyết định khen thưởng số 01-QĐ-UBND.docx", "Quyet dinh khen thuong so 01-QD-UBND.docx"},
		{"Tờ trình đề nghị khen thưởng SGDDT-2025-001.html", "To trinh de nghi khen thuong SGDDT-2025-001.html"},
		{`a"b;c\d.pdf`, "a_b_c_d.pdf"},
		{"Đơn vị\r\nX-Evil: 1.pdf", "Don vi__X-Evil_ 1.pdf"},
	}
	for _, tt := range tests {
		h := contentDisposition("attachment", tt.name)
		must(t, !strings.ContainsAny(h, "\r\n"), "contentDisposition(%q) = %q: a line break", tt.name, h)
		_, params, err := mime.ParseMediaType(h)
		if err != nil {
			t.Fatalf("contentDisposition(%q) = %q: %v", tt.name, h, err)
		}
		must(t, params["filename"] == tt.name, "contentDisposition(%q) decodes to %q", tt.name, params["filename"])
		must(t, strings.Contains(h, `filename="`+tt.ascii+`"`), "contentDisposition(%q) = %q; want ASCII %q", tt.name, h, tt.ascii)
	}
}

// TestRosterVerdicts uploads the rosters as CSV and as XLSX: the same
// verdicts, with their reasons, and no personal fact on the page.
func TestRosterVerdicts(t *testing.T) {
	e := newEnv(t, "")
	c := e.as("vt.sgddt")
	csv := readSample(t, "so-gddt.csv")
	page := c.get("/rosters/" + c.upload("so-gddt.csv", csv, 2025))
	must(t, page.status == http.StatusOK, "roster page: %d", page.status)
	for _, s := range []string{"Lê Thị Lan", "đủ tiêu chuẩn để xét chọn", "Trần Văn Hùng", "Trường THCS Lê Lợi", "chưa xác định",
		"khoản 1 Điều 22 Luật Thi đua, khen thưởng"} {
		must(t, strings.Contains(page.body, s), "the roster's page lacks %q", s)
	}
	// Trần Văn Hùng's reprimand informs the verdicts and stays out of the page.
	for _, s := range []string{"khiển trách", "01/03/2025", "01/09/2025"} {
		must(t, !strings.Contains(strings.ToLower(page.body), s), "the roster's page shows the personal fact %q", s)
	}

	xlsx := csvToXLSX(t, csv)
	page2 := c.get("/rosters/" + c.upload("so-gddt.xlsx", xlsx, 2025))
	must(t, page2.status == http.StatusOK, "XLSX roster page: %d", page2.status)
	strip := regexp.MustCompile(`/rosters/[^/"]+|ds-[0-9a-f]+|so-gddt\.(csv|xlsx)`)
	must(t, strip.ReplaceAllString(page.body, "") == strip.ReplaceAllString(page2.body, ""), "the XLSX roster's page differs from the CSV's")
}

// csvToXLSX writes a ;-separated CSV as the first sheet of a workbook,
// every cell as text.
func csvToXLSX(t testing.TB, csv []byte) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, line := range strings.Split(strings.TrimSpace(string(csv)), "\n") {
		for j, cell := range strings.Split(strings.TrimRight(line, "\r"), ";") {
			name, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStr("Sheet1", name, cell); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestUploadsRefused sends files too large, of the wrong type or that
// the library cannot read: each is refused with a clear message, and
// nothing is stored.
func TestUploadsRefused(t *testing.T) {
	e := newEnv(t, "")
	c := e.as("vt.sgddt")
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	big := bytes.Repeat([]byte("Mã;Họ tên;Năm\n"), 6<<20/16)
	badRating := []byte("Mã;Họ tên;Năm;Xếp loại\nGD01;Lê Thị Lan;2025;HTT\n")
	docx := csvToXLSX(t, readSample(t, "so-gddt.csv")) // a zip, but a workbook, not a DOCX
	tests := []struct {
		name   string
		data   []byte
		status int
		msg    string
	}{
		{"anh.png", png, http.StatusUnsupportedMediaType, "không phải danh sách CSV hay bảng tính XLSX"},
		{"lon.csv", big, http.StatusRequestEntityTooLarge, "tối đa 5 MiB"},
		{"sai.csv", badRating, http.StatusUnprocessableEntity, "sai.csv:2"},
		{"rong.csv", []byte("Mã;Họ tên;Năm\n"), http.StatusUnprocessableEntity, "không có người nào"},
		{"hong.xlsx", []byte("PK\x03\x04 not really a zip"), http.StatusUnprocessableEntity, "Không đọc được danh sách"},
	}
	for _, tt := range tests {
		resp := c.postFiles("/rosters", url.Values{"year": {"2025"}}, map[string]file{"roster": {tt.name, tt.data}})
		must(t, resp.status == tt.status && strings.Contains(errorText(resp.body), tt.msg),
			"upload %s = %d %q; want %d with %q", tt.name, resp.status, errorText(resp.body), tt.status, tt.msg)
	}
	must(t, count(t, e.s.db, `SELECT COUNT(*) FROM rosters`) == 0, "a refused roster was stored")

	// A proposal with a tờ trình that is not a PDF or DOCX creates nothing.
	roster := c.upload("so-gddt.csv", readSample(t, "so-gddt.csv"), 2025)
	resp := c.postFiles("/rosters/"+roster+"/dossiers",
		url.Values{"entry": {"GD02|bang-khen-bo-tinh"}, "request_date": {"2026-01-05"}, "minutes_date": {"2026-01-02"}},
		map[string]file{"request": {"to-trinh.pdf", png}, "minutes": {"bien-ban.docx", docx}})
	must(t, resp.status == http.StatusUnsupportedMediaType && strings.Contains(resp.body, "không phải văn bản PDF hay DOCX"),
		"proposal with a PNG: %d %s", resp.status, errorText(resp.body))
	for _, table := range []string{"events", "dossiers", "files", "registers"} {
		must(t, count(t, e.s.db, `SELECT COUNT(*) FROM `+table) == 0, "a refused proposal left rows in %s", table)
	}
}

// TestDraftUntilComplete proposes without the achievement reports: the
// dossier stays a draft that lists what is missing; the unit attaches
// them and sends it.
func TestDraftUntilComplete(t *testing.T) {
	e := newEnv(t, "")
	c := e.as("vt.sgddt")
	roster := c.upload("so-gddt.csv", readSample(t, "so-gddt.csv"), 2025)
	resp := c.postFiles("/rosters/"+roster+"/dossiers",
		url.Values{"entry": {"GD02|bang-khen-bo-tinh"}, "request_date": {"2026-01-05"}, "minutes_date": {"2026-01-02"}},
		map[string]file{"request": {"to-trinh.pdf", readSample(t, "to-trinh.pdf")}, "minutes": {"bien-ban.pdf", readSample(t, "bien-ban.pdf")}})
	must(t, resp.status == http.StatusSeeOther, "propose: %d %s", resp.status, errorText(resp.body))
	id := strings.TrimPrefix(resp.header.Get("Location"), "/dossiers/")
	page := c.get("/dossiers/" + id)
	must(t, strings.Contains(page.body, "Dự thảo") && strings.Contains(page.body, "<li>báo cáo thành tích của Phạm Văn Minh"),
		"the draft's page does not say what is missing")
	// The office does not see a draft.
	must(t, e.as("vt.ban").get("/dossiers/"+id).status == http.StatusNotFound, "the office sees a draft")

	// Sending it now is refused with the reasons.
	resp = c.post("/dossiers/"+id+"/submit", url.Values{"version": {"1"}})
	must(t, resp.status == http.StatusUnprocessableEntity && strings.Contains(resp.body, "Không thể gửi hồ sơ"), "submit a draft: %d %s", resp.status, errorText(resp.body))

	resp = c.postFiles("/dossiers/"+id+"/attach", url.Values{"version": {"1"}, "component": {"achievement-report"}, "subject": {"GD02"}, "date": {"2026-01-05"}},
		map[string]file{"file": {"Báo cáo thành tích.pdf", readSample(t, "bao-cao-thanh-tich.pdf")}})
	must(t, resp.status == http.StatusSeeOther, "attach: %d %s", resp.status, errorText(resp.body))
	c.act(id, "submit", nil)
	d := e.dossierNow(id)
	must(t, d.State == dossier.Submitted && d.Version == 3, "after attach and submit: %s v%d", d.State, d.Version)
	must(t, e.as("vt.ban").get("/dossiers/"+id).status == http.StatusOK, "the office does not see the sent dossier")

	// The file downloads as uploaded, under its name.
	var fileID string
	for _, doc := range d.Documents {
		if doc.Component == dossier.AchievementReport {
			fileID = doc.ID
		}
	}
	resp = c.get("/dossiers/" + id + "/files/" + fileID)
	must(t, resp.status == http.StatusOK && resp.body == string(readSample(t, "bao-cao-thanh-tich.pdf")), "file download: %d", resp.status)
	_, params, _ := mime.ParseMediaType(resp.header.Get("Content-Disposition"))
	must(t, params["filename"] == "Báo cáo thành tích.pdf" && resp.header.Get("Content-Type") == typePDF, "file download: %q %q", params["filename"], resp.header.Get("Content-Type"))
}

// TestReturn: the office returns a dossier with its reason, the unit
// sends it again, round 2.
func TestReturn(t *testing.T) {
	e := newEnv(t, "")
	id := e.walk(dossier.Received)
	e.as("cv.ban").act(id, "return", url.Values{"reason": {"Báo cáo thành tích của bà Hoa chưa có xác nhận của Thủ trưởng đơn vị"}})
	page := e.as("vt.sgddt").get("/dossiers/" + id)
	must(t, strings.Contains(page.body, "Trả lại") && strings.Contains(page.body, "chưa có xác nhận của Thủ trưởng đơn vị"), "the returned dossier's page lacks the reason")
	e.as("vt.sgddt").act(id, "submit", nil)
	d := e.dossierNow(id)
	must(t, d.State == dossier.Submitted && d.Round == 2, "after resending: %s round %d", d.State, d.Round)
	// A return without a reason is refused by the dossier.
	e.as("vt.ban").act(id, "receive", nil)
	c := e.as("vt.ban")
	resp := c.post("/dossiers/"+id+"/return", url.Values{"version": {strconv.Itoa(c.version(id))}, "reason": {""}})
	must(t, resp.status == http.StatusUnprocessableEntity, "return without a reason: %d %s", resp.status, errorText(resp.body))
}

// TestEscaping: a name in a roster is text wherever it shows, on the
// roster's page, the dossier's page and in the documents.
func TestEscaping(t *testing.T) {
	e := newEnv(t, "")
	c := e.as("vt.sgddt")
	evil := `<script>alert(1)</script>"><img src=x onerror=alert(2)>`
	field := `"` + strings.ReplaceAll(evil, `"`, `""`) + `"`
	roster := []byte("Mã;Họ tên;Đối tượng;Đơn vị;Ngày tuyển dụng;Năm;Xếp loại;Đăng ký;Tích cực;Danh hiệu;Sáng kiến cơ sở\n" +
		"X1;" + field + ";cá nhân;" + field + ";01/09/2010;2024;HTXSNV;x;x;LĐTT;1\n" +
		"X1;" + field + ";cá nhân;" + field + ";01/09/2010;2025;HTXSNV;x;x;LĐTT;1\n")
	rosterID := c.upload("evil.csv", roster, 2025)
	page := c.get("/rosters/" + rosterID)
	must(t, page.status == http.StatusOK, "roster page: %d %s", page.status, errorText(page.body))
	id := c.propose(rosterID, []string{"X1|bang-khen-bo-tinh"})
	for _, p := range []string{"/rosters/" + rosterID, "/dossiers/" + id, "/dossiers/" + id + "/documents/to-trinh-de-nghi.html"} {
		resp := c.get(p)
		must(t, resp.status == http.StatusOK, "%s: %d", p, resp.status)
		must(t, !strings.Contains(resp.body, "<script>alert") && !strings.Contains(resp.body, "<img src=x"), "%s holds the name unescaped", p)
	}
	must(t, strings.Contains(page.body, "&lt;script&gt;alert(1)&lt;/script&gt;"), "the roster's page does not show the name as text")
}
