package sections_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// params are the parameters of a section, written to JSON for a template.
type params map[string]any

// roster is a unit of four people, one for each outcome of “Chiến sĩ thi
// đua cơ sở” 2025, and one disciplined in 2025.
func roster() []*awards.Record {
	person := func(id, name string, rating awards.Rating) *awards.Record {
		r := &awards.Record{ID: id, Name: name, Kind: awards.Individual, Unit: "PVH", Recruited: metrics.MustDate("01/03/2015")}
		if rating != awards.NotRated {
			r.Years = []awards.Year{{Year: 2025, Rating: rating, Active: awards.Yes}}
		}
		return r
	}
	disciplined := person("NV4", "Lò Văn Dũng", awards.CompletedExcellently)
	disciplined.Discipline = []awards.Discipline{{Form: awards.Reprimand, From: metrics.MustDate("01/04/2025"), To: metrics.MustDate("31/03/2026")}}
	return []*awards.Record{
		{ID: "PVH", Name: "Phòng Văn hóa", Kind: awards.Collective},
		person("NV1", "Nguyễn Thị An", awards.CompletedExcellently),
		person("NV2", "Trần Văn Bình", awards.CompletedWell),
		person("NV3", "Hoàng Thị Cúc", awards.NotRated),
		disciplined,
	}
}

func TestVerdicts(t *testing.T) {
	ev, err := awards.New(awards.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := roster()
	data := report.Data{"ho_so": r, "bo_danh_gia": ev, "khac": 5, "xuat_sac": []*awards.Record{r[1], r[1]}}
	build := func(p params) ([]report.Block, error) {
		js, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		return build("verdicts", string(js), data)
	}
	cstd := params{"records": "ho_so", "award": "cstd-co-so", "year": 2025}
	with := func(k string, v any) params {
		p := params{}
		for k, v := range cstd {
			p[k] = v
		}
		p[k] = v
		return p
	}
	t.Run("conforms", func(t *testing.T) {
		js, _ := json.Marshal(cstd)
		reporttest.TestSection(t, func() report.Section { return &sections.Verdicts{} }, string(js), data)
	})

	for _, tc := range []struct {
		name     string
		params   params
		sentence string
		rows     []string // name, unit, outcome
	}{
		{"all", cstd,
			"Xét “Chiến sĩ thi đua cơ sở” năm 2025: 04 trường hợp, trong đó 01 đủ tiêu chuẩn, 02 không đủ tiêu chuẩn, 01 chưa xác định.",
			[]string{
				"1 Nguyễn Thị An | Phòng Văn hóa | đủ tiêu chuẩn đề nghị xét tặng",
				"2 Trần Văn Bình | Phòng Văn hóa | không đủ tiêu chuẩn",
				"3 Hoàng Thị Cúc | Phòng Văn hóa | chưa xác định",
				"4 Lò Văn Dũng | Phòng Văn hóa | không đủ tiêu chuẩn",
			}},
		{"eligible only", with("show", "eligible"), "", []string{"1 Nguyễn Thị An | Phòng Văn hóa | đủ tiêu chuẩn đề nghị xét tặng"}},
		{"the others", with("show", "not-eligible"), "", []string{
			"1 Trần Văn Bình | Phòng Văn hóa | không đủ tiêu chuẩn",
			"2 Hoàng Thị Cúc | Phòng Văn hóa | chưa xác định",
			"3 Lò Văn Dũng | Phòng Văn hóa | không đủ tiêu chuẩn",
		}},
		{"a body's evaluator", with("evaluator", "bo_danh_gia"), "", []string{
			"1 Nguyễn Thị An | Phòng Văn hóa | đủ tiêu chuẩn đề nghị xét tặng",
			"2 Trần Văn Bình | Phòng Văn hóa | không đủ tiêu chuẩn",
			"3 Hoàng Thị Cúc | Phòng Văn hóa | chưa xác định",
			"4 Lò Văn Dũng | Phòng Văn hóa | không đủ tiêu chuẩn",
		}},
		{"a collective title: the unit alone", with("award", "tap-the-lao-dong-tien-tien"),
			"Xét “Tập thể lao động tiên tiến” năm 2025: 01 trường hợp, chưa xác định.",
			[]string{"1 Phòng Văn hóa |  | chưa xác định"}},
		{"one outcome for all", with("records", "xuat_sac"), "Xét “Chiến sĩ thi đua cơ sở” năm 2025: 02 trường hợp, đều đủ tiêu chuẩn.",
			// The unit is not in this list: its ID stands for its name.
			[]string{"1 Nguyễn Thị An | PVH | đủ tiêu chuẩn đề nghị xét tặng", "2 Nguyễn Thị An | PVH | đủ tiêu chuẩn đề nghị xét tặng"}},
		{"no subject of the kind", with("award", "gia-dinh-van-hoa"), "Xét “Gia đình văn hóa” năm 2025: không có trường hợp nào.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bs, err := build(tc.params)
			if err != nil {
				t.Fatal(err)
			}
			if tc.sentence != "" {
				if got := report.Plain(bs[0].(*report.Paragraph).Runs); got != tc.sentence {
					t.Errorf("sentence = %q\nwant %q", got, tc.sentence)
				}
			}
			var rows []string
			if len(bs) > 1 {
				for _, r := range bs[1].(*report.Table).Rows {
					rows = append(rows, r[0]+" "+r[1]+" | "+r[2]+" | "+r[3])
				}
			}
			if strings.Join(rows, "\n") != strings.Join(tc.rows, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(tc.rows, "\n"))
			}
		})
	}

	// A 2023 achievement decided in 2024: by default the 2022 law judges it
	// (khoản 2 Điều 94, Điều 95 Luật 2022); a province that chose the
	// period's end gets the 2003 law, which asks for the registration the
	// record does not show; without a decision date the verdict waits for
	// it.
	t.Run("decision date and transition", func(t *testing.T) {
		p := awards.DefaultParams()
		p.Transition = awards.ByPeriodEnd
		p.Source = "Quyết định số 1/2024/QĐ-UBND tỉnh X"
		byPeriodEnd, err := awards.New(awards.Config{Params: &p})
		if err != nil {
			t.Fatal(err)
		}
		rec := &awards.Record{ID: "NV9", Name: "Vi Thị Én", Kind: awards.Individual, Recruited: metrics.MustDate("01/03/2015"),
			Years: []awards.Year{{Year: 2023, Rating: awards.CompletedWell, Active: awards.Yes}}}
		data["nam_2023"] = []*awards.Record{rec}
		data["theo_cuoi_ky"] = byPeriodEnd
		for _, tc := range []struct {
			params params
			want   string
		}{
			{params{"records": "nam_2023", "award": "lao-dong-tien-tien", "year": 2023, "decided": "15/01/2024"}, "đủ tiêu chuẩn đề nghị xét tặng"},
			{params{"records": "nam_2023", "award": "lao-dong-tien-tien", "year": 2023, "decided": "15/01/2024", "evaluator": "theo_cuoi_ky"}, "chưa xác định"},
			{params{"records": "nam_2023", "award": "lao-dong-tien-tien", "year": 2023}, "chưa xác định"},
		} {
			bs, err := build(tc.params)
			if err != nil {
				t.Fatal(err)
			}
			if got := bs[1].(*report.Table).Rows[0][3]; got != tc.want {
				t.Errorf("%v: outcome %q; want %q (reasons: %s)", tc.params, got, tc.want, bs[1].(*report.Table).Rows[0][4])
			}
		}
	})

	t.Run("reasons name criteria and articles, never personal facts", func(t *testing.T) {
		bs, err := build(cstd)
		if err != nil {
			t.Fatal(err)
		}
		rows := bs[1].(*report.Table).Rows
		if rows[0][4] != "" {
			t.Errorf("an eligible person has reasons: %q", rows[0][4])
		}
		for i, want := range []string{
			"Không đạt: Hoàn thành xuất sắc nhiệm vụ (khoản 2 Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15)",
			"Chưa xác định: Hoàn thành xuất sắc nhiệm vụ (khoản 2 Điều 23",
			"Không đạt: Đạt tiêu chuẩn danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến” (khoản 1 Điều 23",
		} {
			if !strings.Contains(rows[i+1][4], want) {
				t.Errorf("row %d reasons = %q; want %q in them", i+2, rows[i+1][4], want)
			}
		}
		all := strings.Join(reporttest.Texts(&report.Document{Body: bs}), "\n")
		for _, personal := range []string{"khiển trách", "kỷ luật", "2026"} {
			if strings.Contains(all, personal) {
				t.Errorf("the list shows %q, a fact of discipline", personal)
			}
		}
	})

	for _, tc := range []struct {
		name   string
		params params
		msg    string
	}{
		{"unknown award", with("award", "huy-chuong-vang"), `field "body[0].params.award": unknown title or form "huy-chuong-vang"`},
		{"bad show", with("show", "some"), `parameter "show": "some"; want`},
		{"no year", params{"records": "ho_so", "award": "cstd-co-so"}, `parameter "year": missing`},
		{"evaluator of the wrong type", with("evaluator", "khac"), "want *awards.Evaluator"},
		{"a year before every regime", with("year", 2010), "NV1"},
		{"a bad decision date", with("decided", "32/01/2026"), `field "body[0].params.decided": "32/01/2026" is not a date (dd/mm/yyyy or yyyy-mm-dd): 2026-01-32 is not a day of the calendar`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(tc.params)
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Build(%v) = %v; want an error with %q", tc.params, err, tc.msg)
			}
		})
	}
}
