package emulation

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// card is a small scorecard: 1 (60 = 1.1 40 + 1.2 20), 2 (40), bonus 5, penalty 10.
func card() *Scorecard {
	return &Scorecard{ID: "BCĐ", Name: "Bảng chấm điểm", MaxBonus: d("5"), MaxPenalty: d("10"),
		Regulation: Regulation{Flags: 1, Certificates: 2},
		Criteria: []Criterion{
			{ID: "1", Name: "Thực hiện nhiệm vụ chuyên môn", Max: d("60"), Sub: []Criterion{
				{ID: "1.1", Name: "Kết quả thực hiện chỉ tiêu", Max: d("40")},
				{ID: "1.2", Name: "Cải cách hành chính", Max: d("20")},
			}},
			{ID: "2", Name: "Công tác thi đua, khen thưởng", Max: d("40")},
		}}
}

func score(member, p11, p12, p2, bonus, penalty string) Score {
	return Score{Member: member, Points: map[string]decimal.Decimal{"1.1": d(p11), "1.2": d(p12), "2": d(p2)}, Bonus: d(bonus), Penalty: d(penalty)}
}

func TestScorecardValidate(t *testing.T) {
	c := card()
	require.NoError(t, c.Validate())
	if !c.Max().Equal(d("100")) || len(c.Leaves()) != 3 {
		t.Errorf("Max = %s, %d leaves; want 100, 3", c.Max(), len(c.Leaves()))
	}
	bad := card()
	bad.Criteria[0].Sub[1].Max = d("19.5")
	err := bad.Validate()
	if !errors.Is(err, ErrScorecard) || !strings.Contains(err.Error(), "criterion 1 has maximum 60 but its sub-criteria add up to 59.5 (1.1: 40; 1.2: 19.5)") {
		t.Errorf("sub-criteria 40 + 19,5 under 60: %v", err)
	}
	dup := card()
	dup.Criteria[1].ID = "1.1"
	if err := dup.Validate(); !errors.Is(err, ErrDuplicateID) {
		t.Errorf("duplicate criterion: %v", err)
	}
	zero := card()
	zero.Criteria[1].Max = d("0")
	if err := zero.Validate(); err == nil {
		t.Error("a criterion with maximum 0: error = nil")
	}
}

func TestScores(t *testing.T) {
	c := card()
	require.NoError(t, c.Validate())
	tests := []struct {
		s         Score
		total     string
		criterion string // the criterion of the error, "" for none
	}{
		{score("A", "40", "20", "40", "5", "0"), "105", ""},
		{score("A", "39.75", "18.5", "30", "0", "2.25"), "86", ""},
		{score("A", "40.01", "20", "40", "0", "0"), "", "1.1"},
		{score("A", "-1", "20", "40", "0", "0"), "", "1.1"},
		{score("A", "40", "20", "40", "5.5", "0"), "", "điểm thưởng"},
		{score("A", "40", "20", "40", "0", "10.5"), "", "điểm trừ"},
		{Score{Member: "A", Points: map[string]decimal.Decimal{"1.1": d("1"), "2": d("1")}}, "", "1.2"},
		{Score{Member: "A", Points: map[string]decimal.Decimal{"1.1": d("1"), "1.2": d("1"), "2": d("1"), "1": d("1")}}, "", "1"},
	}
	for _, tt := range tests {
		got, err := c.Total(&tt.s)
		if tt.criterion == "" {
			if err != nil || !got.Equal(d(tt.total)) {
				t.Errorf("Total(%v) = %s, %v; want %s", tt.s.Points, got, err, tt.total)
			}
			continue
		}
		var se *ScoreError
		if !errors.As(err, &se) || se.Criterion != tt.criterion || se.Member != "A" || !errors.Is(err, ErrScore) {
			t.Errorf("Total(%v) error = %v; want a ScoreError on criterion %s", tt.s.Points, err, tt.criterion)
		}
	}
}

func TestRank(t *testing.T) {
	c := card()
	st, err := c.Rank([]Score{
		score("E", "30", "10", "20", "0", "0"), // 60
		score("B", "38", "19", "35", "2", "0"), // 94
		score("D", "38", "19", "35", "2", "0"), // 94, tied with B
		score("A", "40", "20", "40", "0", "5"), // 95
		score("C", "35", "15", "30", "0", "0"), // 80
	})
	require.NoError(t, err)
	var got []string
	for _, s := range st {
		got = append(got, fmt.Sprintf("%d %s %s", s.Rank, s.Member, s.Total))
	}
	require.Equal(t, []string{"1 A 95", "2 B 94", "2 D 94", "4 C 80", "5 E 60"}, got)

	// Flags: 1 place; certificates: the next 2 places. B and D share place 2.
	noms := c.Nominate(st)
	var ns []string
	for _, n := range noms {
		ns = append(ns, n.Member+" "+string(n.Award))
	}
	require.Equal(t, []string{"A co-thi-dua-bo-tinh", "B bang-khen-bo-tinh", "D bang-khen-bo-tinh"}, ns)

	// A tie at the cut-off: both share the better proposal.
	c.Regulation = Regulation{Flags: 2}
	noms = c.Nominate(st)
	if len(noms) != 3 || noms[2].Member != "D" || noms[2].Award != awards.CoThiDuaBoTinh {
		t.Errorf("Nominate with 2 flags = %+v; want A, B and D (tied second)", noms)
	}
	// Equal totals written with different scales share a rank: 94 and
	// 37.50 + 19.0 + 35.5 + 2.00.
	st, err = c.Rank([]Score{score("F", "37.50", "19.0", "35.5", "2.00", "0"), score("B", "38", "19", "35", "2", "0"), score("G", "38", "19", "35", "2", "0.5")})
	require.NoError(t, err)
	got = got[:0]
	for _, s := range st {
		got = append(got, fmt.Sprintf("%d %s %s", s.Rank, s.Member, s.Total))
	}
	require.Equal(t, []string{"1 B 94", "1 F 94", "3 G 93.5"}, got)

	if _, err := c.Rank([]Score{score("A", "1", "1", "1", "0", "0"), score("A", "1", "1", "1", "0", "0")}); !errors.Is(err, ErrDuplicateID) {
		t.Errorf("a member scored twice: %v", err)
	}
}

// The ranking feeds the award rules: the leader of the bloc meets the
// criterion of the flag.
func TestRankingToAwards(t *testing.T) {
	c := card()
	st, err := c.Rank([]Score{score("A", "40", "20", "40", "0", "0"), score("B", "30", "10", "20", "0", "0")})
	require.NoError(t, err)
	recs := []*awards.Record{
		{ID: "A", Name: "Sở A", Kind: awards.Collective, Years: []awards.Year{{Year: 2025, Rating: awards.CompletedExcellently}}},
		{ID: "B", Name: "Sở B", Kind: awards.Collective},
	}
	ApplyRanking(recs, st, 2025)
	for _, n := range c.Nominate(st) {
		var rec *awards.Record
		for _, r := range recs {
			if r.ID == n.Member {
				rec = r
			}
		}
		v, err := awards.Evaluate(rec, awards.Case{Award: n.Award, Period: awards.YearOf(2025)})
		require.NoError(t, err)
		if n.Member == "A" && v.Outcome != awards.EligibleForSelection {
			t.Errorf("the bloc's leader for the flag: %v\n%s", v.Outcome, v.Text())
		}
	}
	if recs[1].Year(2025).BlocRank != 2 {
		t.Errorf("B's rank = %d; want 2", recs[1].Year(2025).BlocRank)
	}
}

func TestParseScoresCSV(t *testing.T) {
	c := card()
	data := "Mã;Tên;1.1;1.2;2;Điểm thưởng;Điểm trừ\nA;Sở A;39,5;20;40;1,25;\nB;Sở B;30;10;20;;0,5\n"
	scores, err := ParseScoresCSV("diem.csv", []byte(data), c)
	require.NoError(t, err)
	if len(scores) != 2 || !scores[0].Points["1.1"].Equal(d("39.5")) || !scores[0].Bonus.Equal(d("1.25")) || !scores[1].Penalty.Equal(d("0.5")) {
		t.Errorf("scores = %+v", scores)
	}
	tests := []struct {
		data, field, msg string
		line             int
	}{
		{"Mã;1.1;1.2;2\nA;40,5;20;40\n", "1.1", "40,5 points; want 0 to 40", 2},
		{"Mã;1.1;1.2;2\nA;40;;40\n", "1.2", "no score", 2},
		{"Mã;1.1;1.2;2\nA;40;20;4o\n", "2", "not a number", 2},
		{"Mã;1.1;1.2\nA;40;20\n", "2", "missing column", 1},
		{"Mã;1.1;1.2;2;1.3\nA;40;20;40;1\n", "1.3", "unknown column", 1},
		{"Mã;1.1;1.2;2;Điểm thưởng\nA;40;20;40;6\n", "điểm thưởng", "want 0 to 5", 2},
		{"Mã;1.1;1.2;2\nA;40;20;40\nA;1;1;1\n", "Mã", "scored twice", 3},
	}
	for _, tt := range tests {
		_, err := ParseScoresCSV("diem.csv", []byte(tt.data), c)
		var le *source.Error
		if !errors.As(err, &le) || le.Line != tt.line || !strings.EqualFold(le.Field, tt.field) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseScoresCSV(%q) = %v; want line %d, field %s, %q", tt.data, err, tt.line, tt.field, tt.msg)
		}
	}
}

func TestParseOtherCSV(t *testing.T) {
	regs, err := ParseRegistrationsCSV("dk.csv", []byte("Mã;Năm;Phong trào;Ngày đăng ký;Danh hiệu đăng ký;Cam kết\nCB01;2022;PT-SNGV-2022;20/02/2022;LĐTT|CSTĐCS;Hoàn thành xuất sắc nhiệm vụ\n"))
	require.NoError(t, err)
	if len(regs) != 1 || len(regs[0].Titles) != 2 || regs[0].Titles[1] != awards.CSTDCoSo || regs[0].Date != metrics.MustDate("20/02/2022") {
		t.Errorf("registrations = %+v", regs)
	}
	if _, err := ParseRegistrationsCSV("dk.csv", []byte("Mã;Năm;Danh hiệu đăng ký\nCB01;2022;Huy hiệu\n")); err == nil || !strings.Contains(err.Error(), "dk.csv:2") {
		t.Errorf("unknown title: %v", err)
	}
	people, err := ParsePeopleCSV("cb.csv", []byte("Mã,Họ tên,Đơn vị,Chức vụ\nCB01,Triệu Thị Kiều Dung,SNGV,Phó Giám đốc\n"))
	require.NoError(t, err)
	if people[0].GivenName() != "Dung" || people[0].Position != "Phó Giám đốc" {
		t.Errorf("people = %+v", people)
	}
	if _, err := ParsePeopleCSV("cb.csv", []byte("Mã,Họ tên\nCB01,A\nCB01,B\n")); err == nil || !strings.Contains(err.Error(), "cb.csv:3") {
		t.Errorf("duplicate person: %v", err)
	}
}

func TestParseJSONErrors(t *testing.T) {
	tests := []struct {
		name, data, field, msg string
		line                   int
	}{
		{"unknown top field", "{\n\"campaign\": []\n}", "campaign", "unknown field", 2},
		{"unknown field in an element", "{\"organisations\": [\n{\"id\": \"A\", \"name\": \"A\"},\n{\"id\": \"B\", \"nme\": \"B\"}\n]}", "organisations[1].nme", "unknown field", 3},
		{"bad enum", "{\"campaigns\": [\n{\"id\": \"P\", \"name\": \"P\", \"form\": \"định kỳ\"}\n]}", "campaigns[0].form", "unknown form", 2},
		{"wrong type", "{\"people\": [\n{\"id\": 5}\n]}", "people[0].id", "want a string, found a number", 2},
		{"validation: lead not a member", "{\"organisations\": [{\"id\": \"A\", \"name\": \"A\"}, {\"id\": \"B\", \"name\": \"B\"}],\n\"blocs\": [\n{\"id\": \"K\", \"name\": \"K\", \"kind\": \"khối\", \"members\": [\"A\"],\n \"leads\": [{\"year\": 2025, \"lead\": \"B\"}]}]}", "blocs[0].leads[0].lead", "not a member", 3},
		{"validation: campaign dates", "{\"campaigns\": [\n{\"id\": \"P\", \"name\": \"P\", \"form\": \"chuyên đề\", \"scope\": \"cơ quan\", \"launched_by\": {\"office\": \"Giám đốc\"}, \"from\": \"2025-02-01\", \"to\": \"2025-01-01\"}]}", "campaigns[0].to", "ends 01/01/2025 before it starts 01/02/2025", 2},
		{"syntax", "{\"organisations\": [\n{\"id\": \"A\",}\n]}", "", "JSON syntax", 2},
		{"not an object", "[]", "", "want a JSON object", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseJSON("mua.json", []byte(tt.data))
			var le *source.Error
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *source.Error", err)
			}
			if le.Line != tt.line || (tt.field != "" && le.Field != tt.field) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error = %v (line %d, field %q); want line %d, field %q, %q", err, le.Line, le.Field, tt.line, tt.field, tt.msg)
			}
		})
	}
}

func TestSubtotals(t *testing.T) {
	c := card()
	s := score("A", "39.75", "18.5", "30", "1", "0")
	got := c.Subtotals(&s)
	if len(got) != 2 || !got[0].Equal(d("58.25")) || !got[1].Equal(d("30")) {
		t.Errorf("Subtotals = %v; want [58.25 30]", got)
	}
}

func TestRankNilScorecard(t *testing.T) {
	var s *Scorecard
	_, err := s.Rank([]Score{{Member: "A"}})
	require.ErrorIs(t, err, ErrScorecard)
	checkMessage(t, err)
}

// Nominate forms no sum of counts: the largest regulations do not wrap.
func TestNominateBounds(t *testing.T) {
	st := []Standing{{Member: "A", Rank: 1}, {Member: "B", Rank: 2}, {Member: "C", Rank: 3}, {Member: "D", Rank: math.MaxInt}}
	tests := []struct {
		flags, certs int
		want         string
	}{
		{1, 1, "A:co-thi-dua-bo-tinh B:bang-khen-bo-tinh"},
		{0, 0, ""},
		{math.MaxInt, math.MaxInt, "A:co-thi-dua-bo-tinh B:co-thi-dua-bo-tinh C:co-thi-dua-bo-tinh D:co-thi-dua-bo-tinh"},
		{1, math.MaxInt, "A:co-thi-dua-bo-tinh B:bang-khen-bo-tinh C:bang-khen-bo-tinh D:bang-khen-bo-tinh"},
		{math.MinInt, math.MaxInt, "A:bang-khen-bo-tinh B:bang-khen-bo-tinh C:bang-khen-bo-tinh D:bang-khen-bo-tinh"},
		{2, math.MinInt, "A:co-thi-dua-bo-tinh B:co-thi-dua-bo-tinh"},
	}
	for _, tt := range tests {
		c := card()
		c.Regulation = Regulation{Flags: tt.flags, Certificates: tt.certs}
		var got []string
		for _, n := range c.Nominate(st) {
			got = append(got, n.Member+":"+string(n.Award))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Nominate with flags %d, certificates %d = %v; want %s", tt.flags, tt.certs, got, tt.want)
		}
	}
}

// Counts, years and points from a file are bounded at load, with an error
// naming the field, the same on 32-bit and 64-bit platforms.
func TestParseJSONBounds(t *testing.T) {
	const orgs = `"organisations": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}],` + "\n"
	cardWith := func(reg, max, bonus string) string {
		return `"scorecards": [{"id": "S", "name": "S", "criteria": [{"id": "1", "max": ` + max + `}], "max_bonus": ` + bonus + `, "max_penalty": "1", "regulation": ` + reg + `}]`
	}
	sheet := func(year, points string) string {
		return `,` + "\n" + `"score_sheets": [{"scorecard": "S", "year": ` + year + `, "scores": [{"member": "A", "points": {"1": ` + points + `}}]}]`
	}
	okCard := cardWith(`{"flags": 1, "certificates": 1}`, `"10"`, `"1"`)
	tests := []struct {
		name, data, field, msg string
		line                   int
	}{
		{"within bounds", "{" + orgs + cardWith(`{"flags": 1000000, "certificates": 1000000}`, `"1000000"`, `"0.000001"`) + sheet("2200", `"0.5"`) + "}", "", "", 0},
		{"flags 2^62", "{" + orgs + cardWith(`{"flags": 4611686018427387904, "certificates": 1}`, `"10"`, `"1"`) + "}", "scorecards[0].regulation.flags", "4611686018427387904", 2},
		{"flags above the bound", "{" + orgs + cardWith(`{"flags": 1000001, "certificates": 0}`, `"10"`, `"1"`) + "}", "scorecards[0].regulation.flags", "1000001", 2},
		{"certificates 2^31", "{" + orgs + cardWith(`{"flags": 0, "certificates": 2147483648}`, `"10"`, `"1"`) + "}", "scorecards[0].regulation.certificates", "2147483648", 2},
		{"negative flags", "{" + orgs + cardWith(`{"flags": -1, "certificates": 0}`, `"10"`, `"1"`) + "}", "scorecards[0].regulation.flags", "-1", 2},
		{"year 2^40", "{" + orgs + okCard + sheet("1099511627776", `"1"`) + "}", "score_sheets[0].year", "1099511627776", 3},
		{"year 2201", "{" + orgs + okCard + sheet("2201", `"1"`) + "}", "score_sheets[0].year", "2201 is not a year", 3},
		{"maximum 10^9000", "{" + orgs + cardWith(`{"flags": 1, "certificates": 1}`, `"1e9000"`, `"1"`) + "}", "scorecards[0].criteria[0].max", "out of range", 2},
		{"maximum above the bound", "{" + orgs + cardWith(`{"flags": 1, "certificates": 1}`, `"1000000.5"`, `"1"`) + "}", "scorecards[0].criteria[0].max", "out of range", 2},
		{"bonus of 7 places", "{" + orgs + cardWith(`{"flags": 1, "certificates": 1}`, `"10"`, `"0.0000001"`) + "}", "scorecards[0].max_bonus", "at most 6 decimal places", 2},
		{"points 10^-9000", "{" + orgs + okCard + sheet("2025", `"1e-9000"`) + "}", "score_sheets[0]", "a number out of range; want 0 to 10", 3},
		{"points with trailing zeros", "{" + orgs + okCard + sheet("2025", `"0.50000000000"`) + "}", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseJSON("mua.json", []byte(tt.data))
			if tt.msg == "" {
				require.NoError(t, err)
				for _, sh := range s.ScoreSheets() {
					_, err := s.Ranking(sh.Bloc, sh.Year)
					require.NoError(t, err)
				}
				return
			}
			var le *source.Error
			if !errors.As(err, &le) {
				t.Fatalf("ParseJSON = %v; want a *source.Error", err)
			}
			if le.Line != tt.line || le.Field != tt.field || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("ParseJSON = %v (line %d, field %q); want line %d, field %q, %q", err, le.Line, le.Field, tt.line, tt.field, tt.msg)
			}
			checkMessage(t, err)
		})
	}
}

// Points out of bounds are refused before any arithmetic, and the message
// does not write their digits.
func TestTotalBounds(t *testing.T) {
	c := card()
	for _, p := range []decimal.Decimal{decimal.New(1, 1e9), decimal.New(1, -1e9), decimal.New(-1, 1e9), d("40.0000001"), d("1000001")} {
		s := score("A", "0", "1", "1", "0", "0")
		s.Points["1.1"] = p
		_, err := c.Total(&s)
		if !errors.Is(err, ErrScore) || len(err.Error()) > 200 {
			t.Errorf("Total(1.1 = %s) = %v; want a short ErrScore", p, err)
		}
	}
	s := score("A", "39.500000000", "1", "1", "0", "0")
	if got, err := c.Total(&s); err != nil || !got.Equal(d("41.5")) {
		t.Errorf("Total(1.1 = 39.500000000) = %s, %v; want 41.5", got, err)
	}
}

// Every error has one package prefix, quotes values cut to length, and
// names no Go type.
func TestErrorMessages(t *testing.T) {
	long := strings.Repeat("X", 500)
	data := Data{
		Organisations: []Organisation{{ID: "A", Name: "A", Parent: long}},
		Registrations: []Registration{{Subject: "A", Year: 2025, Titles: []awards.ID{awards.ID(long)}}},
		Scorecards:    []Scorecard{{ID: "S", Name: "S", Criteria: []Criterion{{ID: "1", Max: d("10")}}, MaxBonus: d("1"), MaxPenalty: d("1")}},
		ScoreSheets:   []ScoreSheet{{Scorecard: "S", Year: 2025, Scores: []Score{{Member: long, Points: map[string]decimal.Decimal{"1": d("11")}}}}},
	}
	_, err := New(data)
	require.Error(t, err)
	checkMessage(t, err)
	msg := err.Error()
	if strings.Contains(msg, long[:source.MaxQuote+1]) || !strings.Contains(msg, `"`+long[:source.MaxQuote]+`"…`) {
		t.Errorf("New = %v; want long values cut to %d characters", err, source.MaxQuote)
	}
	for _, want := range []string{
		`emulation: organisation "A": field "parent": unknown identifier "XXX`,
		`emulation: registration "A/2025": field "titles[0]": unknown title or form "XXX`,
		`emulation: scoresheet "/2025": member "XXX`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("New = %v; want %s", err, want)
		}
	}
	if !errors.Is(err, awards.ErrUnknownAward) || !errors.Is(err, ErrUnknownID) || !errors.Is(err, ErrScore) {
		t.Errorf("New = %v; want it to wrap ErrUnknownAward, ErrUnknownID and ErrScore", err)
	}
	var se *ScoreError
	if !errors.As(err, &se) || se.Criterion != "1" {
		t.Errorf("New = %v; want a *ScoreError on criterion 1", err)
	}
	var c *Scorecard
	_, err = c.Rank(nil)
	checkMessage(t, err)
	_, err = card().Rank([]Score{score("A", "1", "1", "1", "0", "0"), score("A", "1", "1", "1", "0", "0")})
	checkMessage(t, err)
	bad := card()
	bad.Criteria[0].Max = d("61")
	err = bad.Validate()
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Field != "criteria[0].sub" || !strings.HasPrefix(err.Error(), `emulation: scorecard "BCĐ": field "criteria[0].sub": scorecard does not add up`) {
		t.Errorf("Validate = %v; want a *ValidationError on criteria[0].sub", err)
	}
	_, err = ParseScoresCSV("diem.csv", []byte("Mã;1.1;1.2;2\nA;40;20;40\n"), bad)
	checkMessage(t, err)
	if _, err := LoadFile("diem.csv"); err == nil || !strings.HasPrefix(err.Error(), "diem.csv: want a .json file") {
		t.Errorf("LoadFile(diem.csv) = %v", err)
	}
	if _, err := (&Season{}).Ranking("K", 2025); !errors.Is(err, ErrUnknownID) || err.Error() != `emulation: no scores for bloc "K" in 2025: unknown identifier` {
		t.Errorf("Ranking of an empty season = %v", err)
	}
}
