package sections_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/internal/golden"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/sections"
	_ "github.com/tdkt-vn/tdkt/report/text"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func TestParse(t *testing.T) {
	figures := report.Data{
		"cam_ket":  metrics.MustAmount("2171123", metrics.USD),
		"qua":      report.AmountValue(metrics.MustAmount("90000000", metrics.VND), metrics.Formatter{Scale: metrics.AutoScale}),
		"hoi_nghi": report.CountValue(metrics.NewCount(9, "hội nghị trực tuyến"), metrics.Formatter{MinDigits: 2}),
	}
	bs, err := sections.Parse("Tổng ngân sách cam kết {cam_ket}, **tổng trị giá {qua}**;\ntiếp theo dòng.\n\n"+
		"Tổ chức {hoi_nghi}^[Gồm *04* hội nghị cấp tỉnh.].\n- mục một\n- mục \\{hai\\}\n\n+ Thứ nhất.\n\n+ Thứ hai.", figures)
	if err != nil {
		t.Fatal(err)
	}
	d := &report.Document{Body: bs}
	d.Number()
	var b bytes.Buffer
	if err := report.Render(context.Background(), "text", &b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Tổng ngân sách cam kết 2.171.123 USD, tổng trị giá 90 triệu đồng; tiếp theo dòng.",
		"Tổ chức 09 hội nghị trực tuyến¹.",
		"- mục một", "- mục {hai}", "¹ Gồm 04 hội nghị cấp tỉnh.", "1. Thứ nhất.\n\n2. Thứ hai.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rendered markup lacks %q:\n%s", want, out)
		}
	}
	bold := false
	for _, r := range bs[0].(*report.Paragraph).Runs {
		if tx, ok := r.(*report.Text); ok && tx.Bold && tx.Text == "tổng trị giá " {
			bold = true
		}
	}
	if !bold {
		t.Errorf("**tổng trị giá {qua}** is not bold")
	}
	tests := []struct {
		in  string
		pos int
		msg string
	}{
		{"Số liệu {khong_co}.", 9, `no data named "khong_co"`},
		{"Số liệu {cac_muc}.", 9, `data "cac_muc" holds a value of type []string; want a figure`},
		{"Mở {cam_ket", 4, "figure not closed"},
		{"**đậm", 1, "bold not closed"},
		{"a *nghiêng", 3, "italic not closed"},
		{"Chú thích ^[mở", 15, "footnote not closed"},
		{"x ^[a ^[b]]", 7, "cannot hold another footnote"},
		{"dòng 1\n\n- {}", 11, "empty figure name"},
		{"x ^[**a]", 5, "emphasis opened here is not closed"},
	}
	figures["cac_muc"] = []string{"a"}
	for _, tt := range tests {
		_, err := sections.Parse(tt.in, figures)
		var me *sections.MarkupError
		if !errors.As(err, &me) || me.Pos != tt.pos || !strings.Contains(me.Msg, tt.msg) {
			t.Errorf("Parse(%q) = %v; want character %d, %q", tt.in, err, tt.pos, tt.msg)
		}
	}
}

func TestSectionsConform(t *testing.T) {
	if got, want := report.SectionNames(), []string{"award-list", "award-results", "campaigns", "closing", "comparison", "prose", "ranking", "table", "verdicts"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("SectionNames() = %v; want %v", got, want)
	}
	data := sampleSemiannual()
	for _, tt := range []struct {
		name   string
		params string
	}{
		{"prose", `{"from": "mo_dau"}`},
		{"prose", `{"text": "Tiếp nhận {van_ban_den}^[Kể cả văn bản điện tử.]."}`},
		{"prose", `{"text": "**QUYẾT ĐỊNH:**", "align": "center", "keep_next": true}`},
		{"campaigns", `{"season": "mua_thi_dua"}`},
		{"award-results", `{"records": "ho_so", "year": 2025}`},
		{"closing", `{"closing": "ket_thuc"}`},
		{"comparison", `{"indicators": "chi_tieu"}`},
		{"award-list", `{"recipients": "danh_sach"}`},
		{"ranking", `{"ranking": "xep_hang"}`},
		{"verdicts", `{"records": "ho_so", "award": "lao-dong-tien-tien", "year": 2025}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			newS := func() report.Section {
				s, err := report.NewSection(tt.name)
				if err != nil {
					t.Fatal(err)
				}
				return s
			}
			reporttest.TestSection(t, newS, tt.params, data)
		})
	}
}

// build composes one entry of a template file: the section name with its
// params, and returns the blocks.
func build(name, params string, data report.Data) ([]report.Block, error) {
	src := fmt.Sprintf("{\"name\": \"thử\", \"body\": [\n {\"use\": %q, \"params\": %s}]}", name, params)
	tmpl, err := report.ParseTemplate("thu.json", []byte(src))
	if err != nil {
		return nil, err
	}
	d, err := report.Compose(context.Background(), tmpl, data)
	if err != nil {
		return nil, err
	}
	return d.Body, nil
}

func TestSectionErrors(t *testing.T) {
	data := sampleSemiannual()
	data["bad_indicators"] = []sections.Indicator{{Name: "x", Now: metrics.MustAmount("1", metrics.USD), Before: metrics.NewCount(1, "")}}
	data["nam_chu"] = "hai nghìn"
	data["khong_ten"] = report.Closing{Signature: report.Signature{For: "Giám đốc"}}
	for _, tt := range []struct {
		name   string
		params string
		msg    string
	}{
		{"prose", `{}`, `parameter "text": missing: want the markup, or "from"`},
		{"prose", `{"text": "x", "from": "mo_dau"}`, `parameter "from": a prose has a text or takes it from the data, not both`},
		{"prose", `{"from": "khong_co"}`, `entry 1 (line 2) prose: parameter "from": no data named "khong_co"`},
		{"prose", `{"form": "mo_dau"}`, `thu.json:2: field "body[0].params.form": unknown field`},
		{"prose", `{"text": "Có {khong_co}."}`, `markup: character 4: no data named "khong_co"`},
		{"award-results", `{"records": "ho_so"}`, `parameter "year": missing`},
		{"award-results", `{"records": "ho_so", "year": "nam_chu"}`, `parameter "year": data "nam_chu" holds a value of type string; want int`},
		{"award-results", `{"records": "mo_dau", "year": 2021}`, `parameter "records": data "mo_dau" holds a value of type string; want []*awards.Record`},
		{"award-results", `{"records": "ho_so", "year": 2021, "level": "tỉnh"}`, `parameter "level": "tỉnh"; want`},
		{"campaigns", `{"season": "mua_thi_dua", "form": "định kỳ"}`, "unknown form"},
		{"campaigns", `{}`, `parameter "season": missing`},
		{"comparison", `{"indicators": "bad_indicators"}`, `indicator "x": now is an amount`},
		{"closing", `{"closing": "khong_ten"}`, `parameter "closing": the signature has no name`},
		{"ranking", `{"ranking": "ho_so"}`, `parameter "ranking": data "ho_so" holds a value of type []*awards.Record; want sections.Ranking`},
		{"award-list", `{"recipients": "danh_sach", "caption": 5}`, `field "body[0].params.caption": want a string, found a number`},
	} {
		_, err := build(tt.name, tt.params, data)
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s %s = %v; want %q", tt.name, tt.params, err, tt.msg)
		}
	}
}

// A Go template holds the built-in sections as values.
func TestGoTemplate(t *testing.T) {
	data := sampleSemiannual()
	tmpl := &report.Template{Name: "go", Body: []report.Entry{
		{Heading: "Kết quả khen thưởng", Level: report.SectionLevel,
			Section: &sections.AwardResults{Records: report.Literal(records()), Year: report.Named[int]("nam_thanh_tich")}},
		{Section: &sections.Prose{Text: "Tiếp nhận {van_ban_den}."}},
		{Section: &sections.ClosingSection{Closing: report.Literal(closing())}},
	}}
	d, err := report.Compose(context.Background(), tmpl, data)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(reporttest.Texts(d), "\n")
	for _, want := range []string{"I.", "Danh hiệu “Lao động tiên tiến” cho 12 cá nhân.", "Tiếp nhận 3.615 văn bản đến.", "KT. GIÁM ĐỐC"} {
		if !strings.Contains(got, want) {
			t.Errorf("the document lacks %q:\n%s", want, got)
		}
	}
}

// TestTemplates composes each shipped template with sample data and
// compares the plain text with testdata/.
func TestTemplates(t *testing.T) {
	type sample struct {
		header report.Header
		data   report.Data
	}
	samples := map[string]sample{
		"so-ket-6-thang":         {semiannualHeader(), sampleSemiannual()},
		"tong-ket-nam":           {annualHeader(), sampleAnnual()},
		"quyet-dinh-khen-thuong": {decisionHeader(), sampleDecision()},
	}
	if got := sections.Templates(); len(got) != len(samples) {
		t.Fatalf("Templates() = %v", got)
	}
	for name, s := range samples {
		t.Run(name, func(t *testing.T) {
			tmpl, err := sections.Template(name)
			if err != nil {
				t.Fatal(err)
			}
			d, err := report.Composer{Header: s.header}.Compose(context.Background(), tmpl, s.data)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := report.Render(context.Background(), "text", &b, d); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", name+".txt"), b.Bytes(), *update)
		})
	}
	if _, err := sections.Template("khong-co"); err == nil {
		t.Error("Template(unknown) = nil error")
	}
}

func header(typ, summary string) report.Header {
	return report.Header{Parent: "UBND tỉnh Lam Sơn", Issuer: "Sở Văn hóa, Thể thao và Du lịch", Place: "Lam Sơn", Year: 2026,
		Number: report.Number{Type: typ, Issuer: "SVHTTDL"}, Summary: summary}
}

func closing() report.Closing {
	return report.Closing{
		Recipients: []string{"Ban Thi đua - Khen thưởng tỉnh;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP."},
		Signature:  report.Signature{Authority: report.KT, For: "Giám đốc", Position: "Phó Giám đốc", Name: "Nguyễn Thị Lan"},
	}
}

func season() *emulation.Season {
	d, err := emulation.New(emulation.Data{
		Organisations: []emulation.Organisation{{ID: "UBND", Name: "UBND tỉnh Lam Sơn"}, {ID: "SO", Name: "Sở Văn hóa, Thể thao và Du lịch tỉnh Lam Sơn", Parent: "UBND"},
			{ID: "SNV", Name: "Sở Nội vụ tỉnh Lam Sơn", Parent: "UBND"}},
		Blocs: []emulation.Bloc{{ID: "K", Name: "Khối thi đua các cơ quan văn hóa - xã hội", Kind: emulation.SectorBloc, Members: []string{"SO", "SNV"}}},
		Campaigns: []emulation.Campaign{
			{ID: "PT", Name: "Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm 2026", Form: emulation.Regular, Scope: emulation.Agency,
				LaunchedBy: emulation.Authority{Office: "Giám đốc Sở", Body: "SO"}, From: metrics.MustDate("15/01/2026")},
			{ID: "NTM", Name: "Lam Sơn chung sức xây dựng nông thôn mới", Form: emulation.Thematic, Scope: emulation.MinistryLocal,
				LaunchedBy: emulation.Authority{Office: "Chủ tịch UBND tỉnh", Body: "UBND"}, From: metrics.MustDate("01/01/2021")},
			{ID: "CDS", Name: "Chuyển đổi số", Form: emulation.Thematic, Scope: emulation.BlocCluster, Theme: "Số hóa để phục vụ tốt hơn",
				LaunchedBy: emulation.Authority{Office: "Khối thi đua", Body: "K"}, From: metrics.MustDate("01/03/2026")},
		},
	})
	if err != nil {
		panic(err)
	}
	return d
}

func records() []*awards.Record {
	var rs []*awards.Record
	for i := 0; i < 12; i++ {
		r := &awards.Record{ID: "CB" + string(rune('A'+i)), Kind: awards.Individual, Honours: []awards.Honour{{Award: awards.LaoDongTienTien, Year: 2025}}}
		if i < 3 {
			r.Honours = append(r.Honours, awards.Honour{Award: awards.CSTDCoSo, Year: 2025})
		}
		rs = append(rs, r)
	}
	for i := 0; i < 3; i++ {
		rs = append(rs, &awards.Record{ID: "P" + string(rune('A'+i)), Kind: awards.Collective, Honours: []awards.Honour{{Award: awards.TapTheTienTien, Year: 2025}}})
	}
	rs[12].Honours = append(rs[12].Honours, awards.Honour{Award: awards.BangKhenBoTinh, Year: 2025})
	return rs
}

func semiannualHeader() report.Header {
	return header("BC", "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2026")
}

func annualHeader() report.Header {
	return header("BC", "Tổng kết công tác thi đua, khen thưởng năm 2025, phương hướng, nhiệm vụ năm 2026")
}

func decisionHeader() report.Header {
	h := header("QĐ", "Về việc tặng danh hiệu thi đua năm 2025")
	h.Number.Seq = 15
	h.Date = metrics.MustDate("15/01/2026")
	return h
}

func sampleSemiannual() report.Data {
	d := season()
	return report.Data{
		"nam":            2026,
		"nam_thanh_tich": 2025,
		"van_ban_den":    report.CountValue(metrics.NewCount(3615, "văn bản đến"), metrics.Formatter{}),
		"qua":            report.AmountValue(metrics.MustAmount("90000000", metrics.VND), metrics.Formatter{Scale: metrics.AutoScale}),
		"mo_dau":         "Thực hiện Kế hoạch số 12/KH-SVHTTDL ngày 15/01/2026, Sở báo cáo kết quả như sau:",
		"trien_khai":     "Lãnh đạo Sở quán triệt các văn bản của cấp trên về thi đua, khen thưởng^[Luật Thi đua, khen thưởng năm 2022 và Nghị định số 152/2025/NĐ-CP.].",
		"ban_hanh":       "- Kế hoạch số 12/KH-SVHTTDL về công tác thi đua, khen thưởng năm 2026;\n- Phát động phong trào thi đua năm 2026.",
		"nhiem_vu":       "Tiếp nhận {van_ban_den}; trao quà trị giá {qua}.",
		"thuong_xuyen":   "100% tập thể, cá nhân đăng ký thi đua.",
		"dien_hinh":      "Các phòng đã giới thiệu **05** gương điển hình tiên tiến.",
		"danh_gia":       "Phong trào thi đua có nhiều chuyển biến tích cực.",
		"phuong_huong":   "- Tiếp tục đổi mới công tác thi đua, khen thưởng.",
		"giai_phap":      "Tăng cường kiểm tra, đôn đốc.",
		"ket_luan":       "Trên đây là báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026 của Sở./.",
		"ket_thuc":       closing(),
		"mua_thi_dua":    d,
		"ho_so":          records(),
		"chi_tieu": []sections.Indicator{
			{Name: "Giá trị giải ngân", Now: metrics.MustAmount("1114831", metrics.USD), Before: metrics.MustAmount("635402", metrics.USD)},
			{Name: "Số dự án", Now: metrics.NewCount(16, "dự án"), Before: metrics.NewCount(16, "dự án")},
		},
		"danh_sach": awardees(),
		"xep_hang": sections.Ranking{Data: d, Standings: []emulation.Standing{
			{Member: "SO", Total: decimal.RequireFromString("95.5"), Rank: 1}, {Member: "SNV", Total: decimal.RequireFromString("92"), Rank: 2}}},
	}
}

func sampleAnnual() report.Data {
	d := sampleSemiannual()
	d["ky"], d["ky_sau"], d["nam_thanh_tich"] = "NĂM 2025", "NĂM 2026", 2025
	d["mo_dau"] = "Sở báo cáo tổng kết công tác thi đua, khen thưởng năm 2025 như sau:"
	d["phuong_huong"] = "Năm 2026, Sở tiếp tục tổ chức các phong trào thi đua thiết thực, hiệu quả."
	return d
}

func awardees() []sections.Awardee {
	decided := metrics.MustDate("15/01/2026")
	var out []sections.Awardee
	for _, n := range []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đức"} {
		out = append(out, sections.Awardee{Name: n, Unit: "Văn phòng Sở", Grant: awards.Grant{Award: awards.LaoDongTienTien, Subject: awards.Individual, Decided: decided}})
	}
	return append(out, sections.Awardee{Name: "Phòng Quản lý văn hóa", Grant: awards.Grant{Award: awards.TapTheTienTien, Subject: awards.Collective, Decided: decided}})
}

func sampleDecision() report.Data {
	return report.Data{
		"tham_quyen":        "**GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LAM SƠN**",
		"can_cu":            "*Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;*\n\n*Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;*\n\n*Xét đề nghị của Chánh Văn phòng Sở.*",
		"quyet_dinh":        "**Điều 1.** Tặng danh hiệu “Lao động tiên tiến” cho 05 cá nhân và danh hiệu “Tập thể lao động tiên tiến” cho 01 tập thể (có danh sách kèm theo).\n\n**Điều 2.** Tiền thưởng chi từ Quỹ thi đua, khen thưởng của Sở theo quy định.\n\n**Điều 3.** Chánh Văn phòng Sở và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
		"ket_thuc":          report.Closing{Recipients: []string{"Như Điều 3;", "Lưu: VT, VP."}, Signature: report.Signature{For: "Giám đốc", Name: "Nguyễn Văn Hùng"}},
		"tieu_de_danh_sach": "Cá nhân, tập thể được tặng danh hiệu thi đua năm 2025",
		"nguoi_quyet_dinh":  "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
		"danh_sach":         awardees(),
	}
}

// TestAnnualAnyPeriod: the annual review's headings print the period the
// data gives, whatever its kind, and its awards are counted for the year
// of the honours, a separate value.
func TestAnnualAnyPeriod(t *testing.T) {
	tmpl, err := sections.Template("tong-ket-nam")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ ky, kySau string }{
		{"NĂM HỌC 2024 - 2025", "NĂM HỌC 2025 - 2026"},
		{"6 THÁNG ĐẦU NĂM 2025", "6 THÁNG CUỐI NĂM 2025"},
		{"GIAI ĐOẠN 2021 - 2025", "GIAI ĐOẠN 2026 - 2030"},
	} {
		d := sampleAnnual()
		d["ky"], d["ky_sau"] = tc.ky, tc.kySau
		doc, err := report.Composer{Header: annualHeader()}.Compose(context.Background(), tmpl, d)
		if err != nil {
			t.Fatalf("%s: %v", tc.ky, err)
		}
		got := strings.Join(reporttest.Texts(doc), "\n")
		for _, want := range []string{"KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG " + tc.ky, "PHƯƠNG HƯỚNG, NHIỆM VỤ " + tc.kySau, "Danh hiệu “Lao động tiên tiến” cho 12 cá nhân."} {
			if !strings.Contains(got, want) {
				t.Errorf("%s: the review lacks %q", tc.ky, want)
			}
		}
	}
}
