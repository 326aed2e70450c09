package emulation

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
)

// bigSeason is a province's season: 10 000 organisations (100 agencies
// with 99 departments each under the province), 100 000 people, a
// registration each, 1 000 blocs of 10 agencies or departments scored on a
// 30-criterion card, and a cluster of 2 000 members scored in full.
func bigSeason() Data {
	d := Data{Hierarchy: Hierarchy{Levels: []string{"tỉnh", "huyện", "xã"}}}
	d.Organisations = append(d.Organisations, Organisation{ID: "UBND", Name: "UBND tỉnh Lam Sơn", Level: "tỉnh"})
	for a := range 100 {
		agency := fmt.Sprintf("S%03d", a)
		d.Organisations = append(d.Organisations, Organisation{ID: agency, Name: "Sở số " + agency, Parent: "UBND"})
		for k := range 99 {
			if len(d.Organisations) == 10_000 {
				break
			}
			d.Organisations = append(d.Organisations, Organisation{ID: fmt.Sprintf("%s-P%02d", agency, k), Name: fmt.Sprintf("Phòng %d", k), Parent: agency})
		}
	}
	names := []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Đức Cường", "Phạm Thị Dung", "Hoàng Văn Đức", "Vũ Thị Hà", "Đặng Văn Hùng", "Bùi Thị Lan"}
	for i := range 100_000 {
		id := fmt.Sprintf("CB%06d", i)
		d.People = append(d.People, Person{ID: id, Name: names[i%len(names)], Org: d.Organisations[1+i%9_999].ID})
		d.Registrations = append(d.Registrations, Registration{Subject: id, Year: 2025})
	}
	d.Campaigns = []Campaign{{ID: "PT", Name: "Thi đua yêu nước", Form: Regular, Scope: MinistryLocal, LaunchedBy: Authority{Office: "Chủ tịch UBND tỉnh", Body: "UBND"}, From: metrics.MustDate("01/01/2025")}}
	card := *bigCard()
	card.Name = "Bảng chấm điểm"
	d.Scorecards = []Scorecard{card}
	score := func(m string) Score {
		s := Score{Member: m, Points: map[string]decimal.Decimal{}}
		for _, c := range card.Criteria {
			for _, l := range c.Sub {
				s.Points[l.ID] = decimal.New(5, 0)
			}
		}
		return s
	}
	for b := range 1_000 {
		bl := Bloc{ID: fmt.Sprintf("K%04d", b), Name: "Khối", Kind: SectorBloc}
		sh := ScoreSheet{Scorecard: card.ID, Bloc: bl.ID, Year: 2025}
		for m := range 10 {
			id := d.Organisations[1+(b*10+m)%9_999].ID
			bl.Members = append(bl.Members, id)
			sh.Scores = append(sh.Scores, score(id))
		}
		d.Blocs = append(d.Blocs, bl)
		d.ScoreSheets = append(d.ScoreSheets, sh)
	}
	cl := Bloc{ID: "CUM", Name: "Cụm", Kind: AreaCluster}
	sh := ScoreSheet{Scorecard: card.ID, Bloc: cl.ID, Year: 2025}
	for m := range 2_000 {
		id := d.Organisations[1+m].ID
		cl.Members = append(cl.Members, id)
		sh.Scores = append(sh.Scores, score(id))
	}
	d.Blocs = append(d.Blocs, cl)
	d.ScoreSheets = append(d.ScoreSheets, sh)
	return d
}

// BenchmarkParseJSON loads a season of 100 000 people and 10 000
// organisations from JSON (about 40 MB). Run with -benchtime 3x.
func BenchmarkParseJSON(b *testing.B) {
	data, err := json.Marshal(bigSeason())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseJSON("big.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// deepSeason is the worst case of the checks that follow references: a
// chain of 10 000 organisations, each the parent of the next, and a
// cluster of 5 000 of them scored in full and bound by a pact.
func deepSeason() Data {
	d := Data{}
	for i := range 10_000 {
		o := Organisation{ID: fmt.Sprintf("O%05d", i), Name: "Đơn vị"}
		if i > 0 {
			o.Parent = d.Organisations[i-1].ID
		}
		d.Organisations = append(d.Organisations, o)
	}
	card := Scorecard{ID: "S", Name: "S", Criteria: []Criterion{{ID: "1", Max: decimal.New(10, 0)}}, MaxBonus: decimal.New(1, 0), MaxPenalty: decimal.New(1, 0)}
	cl := Bloc{ID: "CUM", Name: "Cụm", Kind: AreaCluster}
	sh := ScoreSheet{Scorecard: "S", Bloc: "CUM", Year: 2025}
	for i := range 5_000 {
		id := d.Organisations[10_000-1-i].ID
		cl.Members = append(cl.Members, id)
		sh.Scores = append(sh.Scores, Score{Member: id, Points: map[string]decimal.Decimal{"1": decimal.New(int64(i%11), 0)}})
	}
	d.Scorecards, d.Blocs, d.ScoreSheets = []Scorecard{card}, []Bloc{cl}, []ScoreSheet{sh}
	d.Pacts = []Pact{{ID: "GU", Bloc: "CUM", Year: 2025, Parties: cl.Members}}
	return d
}

// BenchmarkParseJSONDeep loads the worst case of deepSeason.
func BenchmarkParseJSONDeep(b *testing.B) {
	data, err := json.Marshal(deepSeason())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseJSON("deep.json", data); err != nil {
			b.Fatal(err)
		}
	}
}
