package dossierdocs_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/text"
)

var update = flag.Bool("update", false, "rewrite the goldens under testdata/")

// plain renders d as text.
func plain(t testing.TB, d *report.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := (&text.Renderer{}).Render(context.Background(), &b, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestCompose composes every document of the three bodies' decided
// dossiers and compares each text with its golden under testdata/ (go test
// -update rewrites them); each must also say what the table says: the
// number, the signature as the body signs, the vote's result.
func TestCompose(t *testing.T) {
	tests := []struct {
		world func() *world
		kind  dossierdocs.Kind
		want  []string
		not   []string
	}{
		{commune, dossierdocs.Request, []string{
			"VĂN PHÒNG HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "Số: 12/TTr-VP", "Tân Lập, ngày 20 tháng 12 năm 2025",
			"Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Lập.",
			"- Danh hiệu “Lao động tiên tiến”: 03 cá nhân;",
			"(Kèm theo Tờ trình số 12/TTr-VP ngày 20 tháng 12 năm 2025 của Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lập)",
			"  4  Dương Văn Nam       Công chức Địa chính - Xây dựng",
			"CHÁNH VĂN PHÒNG\n\nHà Thị Thu",
		}, nil},
		{commune, dossierdocs.Minutes, []string{
			"HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG XÃ TÂN LẬP", "Số: 01/BB-HĐTĐKT", "Tân Lập, ngày 08 tháng 01 năm 2026",
			"tổng số 09 thành viên; có mặt 08 thành viên; vắng mặt 01 thành viên, trong đó 01 thành viên có ý kiến bằng văn bản.",
			"Trần Thị Bình       Lao động tiên tiến                          6                         66,66%  Đạt",
			"không có tỷ lệ phiếu đồng ý tối thiểu được áp dụng; kết quả theo kết quả thẩm định",
			"Không đưa ra bỏ phiếu vì không đủ tiêu chuẩn theo kết quả thẩm định: Dương Văn Nam (“Lao động tiên tiến”).",
			"THƯ KÝ\n\nĐinh Văn Tâm", "CHỦ TRÌ\n\nLương Văn Quang",
		}, nil},
		{commune, dossierdocs.AppraisalReport, []string{
			"PHÒNG VĂN HÓA - XÃ HỘI XÃ TÂN LẬP", "Số: 03/TTr-VHXH",
			"Dương Văn Nam       Lao động tiên tiến            Không đạt: Hoàn thành tốt nhiệm vụ trở lên – 2025: hoàn thành nhiệm vụ (điểm a khoản 1 Điều 24",
			"6/9 phiếu đồng ý", "TRƯỞNG PHÒNG\n\nĐinh Văn Tâm",
		}, nil},
		{commune, dossierdocs.Decision, []string{
			"ỦY BAN NHÂN DÂN TỈNH LAM SƠN", "Số: 15/QĐ-UBND", "\n                       ỦY BAN NHÂN DÂN XÃ TÂN LẬP\n",
			"Xét đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 03/TTr-VHXH ngày 10/01/2026.",
			"Tiền thưởng kèm theo là 5.640.000 đồng (bằng chữ: Năm triệu sáu trăm bốn mươi nghìn đồng)",
			"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLương Văn Quang",
			"(Kèm theo Quyết định số 15/QĐ-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân xã Tân Lập)",
		}, []string{"Dương Văn Nam", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP"}},
		{hospital, dossierdocs.Request, []string{
			"BỆNH VIỆN ĐA KHOA HUYỆN YÊN HÒA", "KHOA KHÁM BỆNH", "Số:      /TTr-KKB", "Kính gửi: Giám đốc Bệnh viện đa khoa huyện Yên Hòa.",
			"TRƯỞNG KHOA\n\nNguyễn Thị Mai",
		}, nil},
		{hospital, dossierdocs.Minutes, []string{
			"HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG BỆNH VIỆN", "Số:      /BB-HĐTĐKT", "tổng số 07 thành viên, có mặt đủ.",
			"THƯ KÝ\n\n……………………", "CHỦ TRÌ\n\nTrịnh Văn Khải",
		}, nil},
		{hospital, dossierdocs.AppraisalReport, []string{
			"PHÒNG TỔ CHỨC - HÀNH CHÍNH", "Số:      /TTr-TCHC", "Yên Hòa, ngày      tháng      năm 2026",
			"TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH\n\n……………………",
		}, []string{"không đủ tiêu chuẩn\n"}},
		{hospital, dossierdocs.Decision, []string{
			"SỞ Y TẾ TỈNH LAM SƠN", "Số: 12/QĐ-BVĐK", "GIÁM ĐỐC BỆNH VIỆN ĐA KHOA HUYỆN YÊN HÒA",
			"\nGIÁM ĐỐC\n\nTrịnh Văn Khải",
			"(Kèm theo Quyết định số 12/QĐ-BVĐK ngày 20 tháng 01 năm 2026 của Giám đốc Bệnh viện đa khoa huyện Yên Hòa)",
		}, []string{"TM.", "KT."}},
		{province, dossierdocs.Request, []string{
			"SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LAM SƠN", "Số: 45/TTr-SGDĐT", "Phó Hiệu trưởng  Trường Tiểu học Yên Hòa",
		}, nil},
		{province, dossierdocs.Minutes, []string{
			"Phạm Văn Minh       Chiến sĩ thi đua Bộ, ban, ngành, tỉnh                8                            80%  Không đạt",
			"Lê Thị Lan          Chiến sĩ thi đua Bộ, ban, ngành, tỉnh                9                            90%  Đạt",
			"mặc định từ 90% trở lên như khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP", "chưa xác minh",
		}, nil},
		{province, dossierdocs.AppraisalReport, []string{
			"Phạm Văn Minh       Chiến sĩ thi đua Bộ, ban, ngành, tỉnh  Không đạt: Được Hội đồng Thi đua - Khen thưởng bỏ phiếu kín",
			"8/10 phiếu đồng ý (80%; cần từ 90% trở lên trên tổng số thành viên Hội đồng)",
			"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nVũ Thị Hằng",
		}, nil},
		{province, dossierdocs.Decision, []string{
			"Số: 105/QĐ-UBND", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Minh Tuấn", "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 120/TTr-SNV ngày 12/01/2026.",
		}, []string{"Phạm Văn Minh"}},
	}
	decided := map[string]dossier.Dossier{}
	for _, tt := range tests {
		w := tt.world()
		t.Run(w.name+"/"+tt.kind.Name(), func(t *testing.T) {
			d, ok := decided[w.name]
			if !ok {
				d = w.in(t, dossier.Decided)
				decided[w.name] = d
			}
			got := plain(t, must(t, tt.kind, d, w.opts))
			golden.Check(t, filepath.Join("testdata", w.name, tt.kind.Name()+".txt"), []byte(got), *update)
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("Compose(%s, %s) lacks %q", tt.kind, w.name, want)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(got, not) {
					t.Errorf("Compose(%s, %s) holds %q", tt.kind, w.name, not)
				}
			}
		})
	}
}

// TestDecisionMoney: the annex's total is the sum of its lines, and the
// money of Điều 2 is that total.
func TestDecisionMoney(t *testing.T) {
	for _, w := range []*world{commune(), hospital(), province()} {
		t.Run(w.name, func(t *testing.T) {
			doc := must(t, dossierdocs.Decision, w.in(t, dossier.Decided), w.opts)
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
			money := slices.Index(annex.Head, "Số tiền (đồng)")
			if money < 0 || len(annex.Foot) != 1 {
				t.Fatalf("annex head %q, foot %q", annex.Head, annex.Foot)
			}
			var sum decimal.Decimal
			for _, r := range annex.Rows {
				sum = sum.Add(vnd(t, r[money]))
			}
			total := vnd(t, annex.Foot[0][money])
			if !sum.Equal(total) {
				t.Errorf("annex total = %s; want the sum of its lines %s", total, sum)
			}
			words, _ := metrics.MustAmount(total.String(), metrics.VND).InWords()
			article := "Tiền thưởng kèm theo là " + annex.Foot[0][money] + " đồng (bằng chữ: " + words + ")"
			if got := plain(t, doc); !strings.Contains(got, article) {
				t.Errorf("Điều 2 lacks %q", article)
			}
		})
	}
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

// TestPersonalData: discipline and health facts inform the verdicts but no
// document shows them, nor names a criterion that reads them, even when
// the host gave the appraisal verdicts with their personal data
// (awards.Verdict.WithPersonalData), whose criteria the dossier's
// appraisal then names.
func TestPersonalData(t *testing.T) {
	for _, disclose := range []bool{false, true} {
		w := commune()
		w.disclose = disclose
		// Bình was reprimanded in 2025, An treated for four months: both
		// personal data (Decree 13/2023/NĐ-CP).
		w.records["CB02"].Discipline = []awards.Discipline{{Form: awards.Reprimand, From: metrics.MustDate("01/03/2025"), To: metrics.MustDate("01/09/2025")}}
		w.records["CB01"].Absences = []awards.Absence{{Kind: awards.Treatment, From: metrics.MustDate("01/02/2025"), To: metrics.MustDate("30/06/2025")}}
		w.tallies = nil
		d := w.in(t, dossier.Decided)
		bình, _ := d.Entry(dossier.Key{Subject: "CB02", Award: awards.LaoDongTienTien})
		if bình.Decidable() {
			t.Fatal("the fixture's reprimand did not keep Trần Thị Bình from “Lao động tiên tiến”")
		}
		// The words no document may hold: the facts, and the wording of
		// every criterion on personal data.
		forbidden := []string{"kỷ luật", "khiển trách", "thai sản", "điều trị", "01/3/2025", "01/9/2025", "30/6/2025"}
		ev, err := awards.New(awards.Config{})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range awards.Regimes() {
			for _, a := range awards.Catalogue() {
				for _, k := range []awards.SubjectKind{awards.Individual, awards.Collective} {
					for _, rule := range ev.Rules(r.ID, a.ID, k) {
						if rule.Personal {
							forbidden = append(forbidden, rule.Criterion)
						}
					}
				}
			}
		}
		for _, k := range dossierdocs.Available(d) {
			doc := must(t, k, d, w.opts)
			all := strings.Join(reporttest.Texts(doc), "\n") + plain(t, doc)
			for _, f := range forbidden {
				if strings.Contains(all, f) {
					t.Errorf("disclose=%v: %s holds %q", disclose, k, f)
				}
			}
			if k == dossierdocs.AppraisalReport && !strings.Contains(all, "Trần Thị Bình") {
				t.Errorf("disclose=%v: the appraisal report does not list Trần Thị Bình", disclose)
			}
			if k == dossierdocs.AppraisalReport && !strings.Contains(all, "Tiêu chí về thông tin cá nhân (không hiển thị, Nghị định 13/2023/NĐ-CP)") {
				t.Errorf("disclose=%v: the appraisal report does not say that a personal criterion is not met", disclose)
			}
		}
		if disclose {
			// What the dossier keeps of a disclosed verdict: the facts are
			// withheld, the criterion is named; the documents fold it.
			for _, f := range bình.Appraisal.Findings {
				if strings.Contains(f.Facts, "khiển trách") || strings.Contains(f.Facts, "01/3/2025") {
					t.Errorf("the dossier keeps personal facts: %q", f.Facts)
				}
			}
		}
	}
}

// TestState: a document asked before the state that makes it is a
// *StateError that names the state it needs.
func TestState(t *testing.T) {
	tests := []struct {
		world func() *world
		state dossier.State
		kind  dossierdocs.Kind
		need  dossier.State
	}{
		{commune, dossier.Received, dossierdocs.AppraisalReport, dossier.Appraised},
		{commune, dossier.Appraised, dossierdocs.Minutes, dossier.Voted},
		{commune, dossier.AtCouncil, dossierdocs.Minutes, dossier.Voted},
		{commune, dossier.Voted, dossierdocs.Decision, dossier.Decided},
		{commune, dossier.Proposed, dossierdocs.Decision, dossier.Decided},
		{province, dossier.Submitted, dossierdocs.Decision, dossier.Decided},
		{hospital, 0, dossierdocs.Request, dossier.Drafted},
		{func() *world { w := hospital(); w.vote = false; return w }, dossier.Decided, dossierdocs.Minutes, dossier.Voted},
	}
	for _, tt := range tests {
		w := tt.world()
		t.Run(w.name+"/"+tt.kind.Name()+"/"+tt.state.String(), func(t *testing.T) {
			var d dossier.Dossier
			if tt.state != 0 {
				d = w.in(t, tt.state)
			}
			doc, err := dossierdocs.Compose(context.Background(), tt.kind, d, w.opts)
			if doc != nil || !errors.Is(err, dossierdocs.ErrState) {
				t.Fatalf("Compose(%s) in %s = %v, %v; want ErrState", tt.kind, tt.state, doc, err)
			}
			var se *dossierdocs.StateError
			if !errors.As(err, &se) || se.Need != tt.need || se.State != tt.state || se.Kind != tt.kind {
				t.Fatalf("Compose(%s) in %s = %#v; want a StateError needing %s", tt.kind, tt.state, err, tt.need)
			}
			if tt.state != 0 && !strings.Contains(se.Text(), "cần "+tt.need.String()) || !strings.HasPrefix(err.Error(), "dossierdocs: ") {
				t.Errorf("error %q, text %q", err, se.Text())
			}
			if slices.Contains(dossierdocs.Available(d), tt.kind) {
				t.Errorf("Available(%s) = %v; holds %s", tt.state, dossierdocs.Available(d), tt.kind)
			}
		})
	}
}

// TestAvailable lists what each state of the main path makes.
func TestAvailable(t *testing.T) {
	R, M, A, D := dossierdocs.Request, dossierdocs.Minutes, dossierdocs.AppraisalReport, dossierdocs.Decision
	tests := []struct {
		state dossier.State
		want  []dossierdocs.Kind
	}{
		{dossier.Drafted, []dossierdocs.Kind{R}},
		{dossier.Received, []dossierdocs.Kind{R}},
		{dossier.Appraised, []dossierdocs.Kind{R, A}},
		{dossier.AtCouncil, []dossierdocs.Kind{R, A}},
		{dossier.Voted, []dossierdocs.Kind{R, M, A}},
		{dossier.Proposed, []dossierdocs.Kind{R, M, A}},
		{dossier.Decided, []dossierdocs.Kind{R, M, A, D}},
	}
	for _, tt := range tests {
		if got := dossierdocs.Available(commune().in(t, tt.state)); !slices.Equal(got, tt.want) {
			t.Errorf("Available(%s) = %v; want %v", tt.state, got, tt.want)
		}
	}
	if got := dossierdocs.Available(dossier.Dossier{}); got != nil {
		t.Errorf("Available(no dossier) = %v; want none", got)
	}
}

// TestSignature: the decision is signed as its Position writes it.
func TestSignature(t *testing.T) {
	tests := []struct {
		position string
		want     []string
	}{
		{"Giám đốc", []string{"GIÁM ĐỐC"}},
		{"Hiệu trưởng", []string{"HIỆU TRƯỞNG"}},
		{"KT. Giám đốc – Phó Giám đốc", []string{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}},
		{"KT. Hiệu trưởng - Phó Hiệu trưởng", []string{"KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"}},
		{"TM. Ủy ban nhân dân\nChủ tịch", []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}},
		{"Q. Giám đốc", []string{"Q. GIÁM ĐỐC"}},
		{"", []string{"GIÁM ĐỐC BỆNH VIỆN ĐA KHOA HUYỆN YÊN HÒA"}},
	}
	for _, tt := range tests {
		w := hospital()
		w.decision.Position = tt.position
		doc := must(t, dossierdocs.Decision, w.in(t, dossier.Decided), w.opts)
		var got []string
		for _, b := range doc.Body {
			if c, ok := b.(*report.Closing); ok {
				got = c.Signature.Lines()
				if c.Signature.Name != "Trịnh Văn Khải" {
					t.Errorf("position %q: signer %q", tt.position, c.Signature.Name)
				}
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("signature of position %q = %q; want %q", tt.position, got, tt.want)
		}
	}
}

// TestLiteralNames: the dossier's names are text, never markup: marks of
// emphasis, figures and footnotes in a name print as they are.
func TestLiteralNames(t *testing.T) {
	w := commune()
	w.draft.Proposer.Name = "Văn phòng *HĐND* {và} UBND ^[xã]"
	w.draft.Subjects[4].Name = "- Tổ \\ Một cửa"
	w.records["TT01"].Name = "- Tổ \\ Một cửa"
	w.draft.Receiver.Head = "Chủ tịch {UBND}"
	d := w.in(t, dossier.Decided)
	for _, k := range dossierdocs.Kinds() {
		got := plain(t, must(t, k, d, w.opts))
		for _, want := range []string{"Văn phòng *HĐND* {và} UBND ^[xã]", "Chủ tịch {UBND}"} {
			if k != dossierdocs.Minutes && k != dossierdocs.Decision && !strings.Contains(got, want) {
				t.Errorf("%s lacks %q", k, want)
			}
		}
		if k != dossierdocs.Request && !strings.Contains(got, "- Tổ \\ Một cửa") {
			t.Errorf("%s lacks the team's name", k)
		}
	}
}

// TestTemplates: the shipped templates are the caller's copies, a portal's
// own copy replaces one, and every data name a template reads is given.
func TestTemplates(t *testing.T) {
	for _, k := range dossierdocs.Kinds() {
		tmpl, err := dossierdocs.Template(k)
		if err != nil {
			t.Fatalf("Template(%s) = %v", k, err)
		}
		if tmpl.Name != k.Name() {
			t.Errorf("Template(%s).Name = %q; want %q", k, tmpl.Name, k.Name())
		}
		if err := (report.Composer{}).Check(tmpl); err != nil {
			t.Errorf("Check(%s) = %v", k, err)
		}
		if k == dossierdocs.Decision {
			continue
		}
		data, err := dossierdocs.TemplateJSON(k)
		if err != nil || !bytes.Contains(data, []byte(`"name": "`+k.Name()+`"`)) {
			t.Errorf("TemplateJSON(%s) = %.40q, %v", k, data, err)
		}
	}
	// A portal's copy of the request, with a heading of its own.
	w := commune()
	tmpl, _ := dossierdocs.Template(dossierdocs.Request)
	tmpl.Body = append([]report.Entry{{Heading: "SỰ CẦN THIẾT", Level: report.SectionLevel}}, tmpl.Body...)
	o := w.opts
	o.Templates = map[dossierdocs.Kind]*report.Template{dossierdocs.Request: tmpl}
	if got := plain(t, must(t, dossierdocs.Request, w.in(t, dossier.Submitted), o)); !strings.Contains(got, "I. SỰ CẦN THIẾT") {
		t.Errorf("the portal's template was not used:\n%s", got)
	}
	if shipped, _ := dossierdocs.Template(dossierdocs.Request); len(shipped.Body) == len(tmpl.Body) {
		t.Error("changing a template returned by Template changed the shipped one")
	}
	if _, err := dossierdocs.Template(0); err == nil {
		t.Error("Template(0) = nil error")
	}
}

// TestRecipients: the Options replace the default recipients of a kind.
func TestRecipients(t *testing.T) {
	w := hospital()
	w.opts.Recipients = map[dossierdocs.Kind][]string{dossierdocs.Decision: {"Như Điều 3;", "Sở Y tế (để báo cáo);", "Lưu: VT, TCHC."}}
	got := plain(t, must(t, dossierdocs.Decision, w.in(t, dossier.Decided), w.opts))
	if !strings.Contains(got, "- Sở Y tế (để báo cáo);\n- Lưu: VT, TCHC.") {
		t.Errorf("the recipients were not replaced:\n%s", got)
	}
}

// province2022 is the province's dossier for 2022, decided in January
// 2023: the law of 2003 and Decree 91/2017 judge it.
func province2022() *world {
	w := province()
	w.id = "HS-LS-2022"
	for _, r := range w.records {
		for i := range r.Years {
			r.Years[i].Year -= 3
		}
		for i := range r.Honours {
			r.Honours[i].Year -= 3
		}
		for i := range r.Initiatives {
			r.Initiatives[i].Year -= 3
		}
	}
	w.draft.Period = awards.YearOf(2022)
	for i, d := range w.draft.Documents {
		d.Date.Year -= 3
		w.draft.Documents[i] = d
	}
	w.meeting.Date = metrics.MustDate("10/01/2023")
	w.report.Date = metrics.MustDate("12/01/2023")
	w.decision.Date = metrics.MustDate("20/01/2023")
	w.decision.Number = "21/QĐ-UBND"
	return w
}

// TestVoteCitation: the minutes cite the rule that judged the vote, as
// awards gives it: khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP under the 2003
// law, the labelled parameter under the 2022 law.
func TestVoteCitation(t *testing.T) {
	tests := []struct {
		world func() *world
		want  []string
		not   []string
	}{
		{province2022, []string{"khoản 8 Điều 45 Nghị định số 91/2017/NĐ-CP", "từ 90% trở lên", "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017"},
			[]string{"CouncilVoteShare", "152/2025"}},
		{province, []string{"tham số CouncilVoteShare", "chưa xác minh", "Căn cứ Nghị định số 152/2025/NĐ-CP"}, []string{"91/2017/NĐ-CP ngày"}},
	}
	for _, tt := range tests {
		w := tt.world()
		t.Run(w.id, func(t *testing.T) {
			d := w.in(t, dossier.Decided)
			got := plain(t, must(t, dossierdocs.Minutes, d, w.opts)) + plain(t, must(t, dossierdocs.Decision, d, w.opts))
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("%s: the minutes and decision lack %q", w.id, want)
				}
			}
			for _, not := range tt.not {
				if strings.Contains(got, not) {
					t.Errorf("%s: the minutes and decision hold %q", w.id, not)
				}
			}
			if !strings.Contains(got, "Phạm Văn Minh") || !strings.Contains(got, "80%  Không đạt") {
				t.Errorf("%s: the minutes do not turn down Phạm Văn Minh at 80%%", w.id)
			}
		})
	}
}

// TestConcurrent composes the documents of one dossier from many
// goroutines: each gets the text a lone call gets, and the dossier is
// unchanged.
func TestConcurrent(t *testing.T) {
	w := commune()
	d := w.in(t, dossier.Decided)
	before := d.Clone()
	want := map[dossierdocs.Kind]string{}
	for _, k := range dossierdocs.Kinds() {
		want[k] = plain(t, must(t, k, d, w.opts))
	}
	errs := make(chan string, 32)
	done := make(chan struct{})
	for i := range 8 {
		go func() {
			defer func() { done <- struct{}{} }()
			k := dossierdocs.Kinds()[i%4]
			doc, err := dossierdocs.Compose(context.Background(), k, d, w.opts)
			if err != nil {
				errs <- err.Error()
				return
			}
			var b bytes.Buffer
			if err := (&text.Renderer{}).Render(context.Background(), &b, doc); err != nil || b.String() != want[k] {
				errs <- "a concurrent " + k.Name() + " differs"
			}
		}()
	}
	for range 8 {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if !reflect.DeepEqual(d, before) {
		t.Error("Compose changed the dossier")
	}
}

// TestZeroOptions: the zero Options compose every document, with blanks
// for the names the dossier does not hold.
func TestZeroOptions(t *testing.T) {
	for _, w := range []*world{commune(), hospital(), province()} {
		d := w.in(t, dossier.Decided)
		for _, k := range dossierdocs.Kinds() {
			got := plain(t, must(t, k, d, dossierdocs.Options{}))
			if k != dossierdocs.Decision && !strings.Contains(got, "……………………") {
				t.Errorf("%s of %s: no blank for a signer's name", k, w.name)
			}
		}
	}
}
