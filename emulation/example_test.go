package emulation_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// season is a small season in JSON: a department with two offices, three
// people, the department's campaign and its registrations.
const season = `{
  "hierarchy": {"levels": ["tỉnh", "xã"]},
  "organisations": [
    {"id": "SNV", "name": "Sở Nội vụ tỉnh Lam Sơn"},
    {"id": "VP", "name": "Văn phòng Sở", "parent": "SNV"},
    {"id": "TCBC", "name": "Phòng Tổ chức, biên chế", "parent": "SNV"}
  ],
  "people": [
    {"id": "CB1", "name": "Triệu Thị Kiều Dung", "org": "VP"},
    {"id": "CB2", "name": "Nông Văn An", "org": "TCBC"},
    {"id": "CB3", "name": "Lý Thị Ánh", "org": "TCBC"}
  ],
  "campaigns": [
    {"id": "PT-2025", "name": "Đoàn kết, sáng tạo, hoàn thành xuất sắc nhiệm vụ năm 2025",
     "form": "thường xuyên", "scope": "cơ quan", "launched_by": {"office": "Giám đốc Sở", "body": "SNV"},
     "from": "2025-01-15", "addressed": ["VP", "TCBC", "CB1", "CB2", "CB3"]}
  ],
  "registrations": [
    {"subject": "VP", "campaign": "PT-2025", "year": 2025, "titles": ["tap-the-lao-dong-tien-tien"]},
    {"subject": "TCBC", "campaign": "PT-2025", "year": 2025},
    {"subject": "CB1", "campaign": "PT-2025", "year": 2025, "titles": ["lao-dong-tien-tien"]},
    {"subject": "CB2", "campaign": "PT-2025", "year": 2025}
  ]
}`

func ExampleParseJSON() {
	s, err := emulation.ParseJSON("season.json", []byte(season))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, u := range s.Units("SNV") {
		fmt.Println(u.Name)
	}
	fmt.Println(len(s.Staff("SNV")), "people;", s.NameOf("CB1"))

	// Every error names the file, the line and the field.
	_, err = emulation.ParseJSON("season.json", []byte(`{
  "organisations": [
    {"id": "VP", "name": "Văn phòng Sở", "parent": "SNV"}
  ]
}`))
	var e *source.Error
	if errors.As(err, &e) {
		fmt.Println(e.Line, e.Field)
		fmt.Println(err)
	}
	// Output:
	// Văn phòng Sở
	// Phòng Tổ chức, biên chế
	// 3 people; Triệu Thị Kiều Dung
	// 3 organisations[0].parent
	// season.json:3: field "organisations[0].parent": organisation "VP": unknown identifier "SNV"
}

func ExampleNew() {
	data := emulation.Data{
		Hierarchy: emulation.TwoTier(),
		Organisations: []emulation.Organisation{
			{ID: "UBND", Name: "UBND tỉnh Lam Sơn", Level: "tỉnh"},
			{ID: "XA", Name: "UBND xã Tân Lập", Level: "xã", Parent: "UBND"},
		},
	}
	s, err := emulation.New(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	// The season keeps its own copy: changing the data changes nothing.
	data.Organisations[1].Name = "?"
	o, _ := s.Organisation("XA")
	fmt.Println(o.Name)

	data.Organisations[1].Level = "huyện"
	_, err = emulation.New(data)
	var ve *emulation.ValidationError
	if errors.As(err, &ve) {
		fmt.Println(ve.Kind, ve.Index, ve.Field)
		fmt.Println(err)
	}
	// Output:
	// UBND xã Tân Lập
	// organisation 1 level
	// emulation: organisation "XA": field "level": "huyện" is not a level of the hierarchy (tỉnh, xã)
}

func ExampleSeason_RegistrationRate() {
	s, err := emulation.ParseJSON("season.json", []byte(season))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := s.Campaign("PT-2025")
	rate := s.RegistrationRate(c.ID, 2025, c.Addressed)
	fmt.Println(rate)
	fmt.Println("missing:", rate.Missing)
	p, _ := rate.Percent(0)
	fmt.Println(p)
	// Output:
	// 80% tập thể, cá nhân đăng ký thi đua (4/5)
	// missing: [CB3]
	// 80%
}

// bloc is a bloc of three departments scored on a two-criterion card.
func bloc() emulation.Data {
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	return emulation.Data{
		Organisations: []emulation.Organisation{{ID: "SNV", Name: "Sở Nội vụ"}, {ID: "STC", Name: "Sở Tài chính"}, {ID: "STP", Name: "Sở Tư pháp"}},
		Blocs:         []emulation.Bloc{{ID: "K1", Name: "Khối thi đua các cơ quan tổng hợp", Kind: emulation.SectorBloc, Members: []string{"SNV", "STC", "STP"}}},
		Scorecards: []emulation.Scorecard{{ID: "BCĐ", Name: "Bảng chấm điểm", MaxBonus: d("5"), MaxPenalty: d("5"),
			Regulation: emulation.Regulation{Flags: 1, Certificates: 1},
			Criteria:   []emulation.Criterion{{ID: "1", Name: "Chuyên môn", Max: d("60")}, {ID: "2", Name: "Thi đua", Max: d("40")}}}},
		ScoreSheets: []emulation.ScoreSheet{{Scorecard: "BCĐ", Bloc: "K1", Year: 2025, Scores: []emulation.Score{
			{Member: "SNV", Points: map[string]decimal.Decimal{"1": d("55"), "2": d("38.5")}, Bonus: d("2")},
			{Member: "STC", Points: map[string]decimal.Decimal{"1": d("58"), "2": d("37")}},
			{Member: "STP", Points: map[string]decimal.Decimal{"1": d("50"), "2": d("40")}, Penalty: d("1.5")},
		}}},
	}
}

func ExampleSeason_Ranking() {
	s, err := emulation.New(bloc())
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := s.Ranking("K1", 2025)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Card.Name, r.Card.Max())
	for _, st := range r.Standings {
		fmt.Println(st.Rank, s.NameOf(st.Member), metrics.FormatNumber(st.Total))
	}
	for _, n := range r.Card.Nominate(r.Standings) {
		fmt.Println(n.Member, n.Award)
	}
	// Output:
	// Bảng chấm điểm 100
	// 1 Sở Nội vụ 95,5
	// 2 Sở Tài chính 95
	// 3 Sở Tư pháp 88,5
	// SNV co-thi-dua-bo-tinh
	// STC bang-khen-bo-tinh
}

func ExampleApplyRanking() {
	s, err := emulation.New(bloc())
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := s.Ranking("K1", 2025)
	records := []*awards.Record{
		{ID: "SNV", Name: "Sở Nội vụ", Kind: awards.Collective},
		{ID: "STP", Name: "Sở Tư pháp", Kind: awards.Collective, Years: []awards.Year{{Year: 2025}}},
		{ID: "UBND", Name: "UBND tỉnh", Kind: awards.Collective},
	}
	emulation.ApplyRanking(records, r.Standings, 2025)
	for _, rec := range records {
		if y := rec.Year(2025); y != nil {
			fmt.Println(rec.ID, y.BlocRank)
		} else {
			fmt.Println(rec.ID, "not ranked")
		}
	}
	// Output:
	// SNV 1
	// STP 3
	// UBND not ranked
}

func ExampleSortPeople() {
	// Award recipients often come without IDs; they sort all the same.
	people := []emulation.Person{
		{Name: "Triệu Thị Kiều Dung"}, {Name: "Nguyễn Văn Đức"}, {Name: "Lê Văn Dũng"},
		{Name: "Hoàng Thị Ánh"}, {Name: "Trần Văn Anh"}, {Name: "Bế Văn Dung"},
	}
	emulation.SortPeople(people)
	for _, p := range people {
		fmt.Println(p.Name)
	}
	// Output:
	// Trần Văn Anh
	// Hoàng Thị Ánh
	// Bế Văn Dung
	// Triệu Thị Kiều Dung
	// Lê Văn Dũng
	// Nguyễn Văn Đức
}

func ExampleCompare() {
	fmt.Println(emulation.Compare("Đà Nẵng", "Điện Biên"), emulation.Compare("Dung", "Đức"), emulation.Compare("Ánh", "Anh"))
	// Output:
	// -1 -1 1
}

func ExampleParseScoresCSV() {
	s, err := emulation.New(bloc())
	if err != nil {
		fmt.Println(err)
		return
	}
	card, _ := s.Scorecard("BCĐ")
	scores, err := emulation.ParseScoresCSV("diem.csv", []byte("Mã;1;2;Điểm thưởng\nSNV;55;38,5;2\nSTC;58;41;\n"), &card)
	fmt.Println(len(scores), err)
	// Output:
	// 0 diem.csv:3: field "2": 41 points; want 0 to 40 with at most 6 decimal places
}

func ExampleTwoTier() {
	h := emulation.TwoTier()
	h.Levels = append(h.Levels, "thôn") // a copy: the next call is unchanged
	fmt.Println(h.Levels, emulation.TwoTier().Levels, emulation.ThreeTier().Levels)
	// Output:
	// [tỉnh xã thôn] [tỉnh xã] [tỉnh huyện xã]
}
