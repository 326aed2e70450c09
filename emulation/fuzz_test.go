package emulation

import (
	"errors"
	"os"
	"testing"

	"github.com/tdkt-vn/tdkt/source"
)

// The loaders never panic: they return a season whose lookups work, or
// *source.Errors.

func FuzzParseJSON(f *testing.F) {
	seed, _ := os.ReadFile("testdata/seed.json")
	f.Add(seed)
	f.Add([]byte(`{"scorecards":[{"id":"S","criteria":[{"id":"1","max":"10","sub":[{"id":"1.1","max":"6"},{"id":"1.2","max":"4"}]}],"max_bonus":"1","max_penalty":"1","regulation":{"flags":1,"certificates":1}}],"score_sheets":[{"scorecard":"S","year":2025,"scores":[{"member":"A","points":{"1.1":"6","1.2":"3.5"}}]}]}`))
	f.Add([]byte(`{"organisations":[{"id":"A","name":"A","parent":"A"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseJSON("f.json", data)
		if err != nil {
			var le *source.Error
			if !errors.As(err, &le) {
				t.Fatalf("error %v (%T) is not a *source.Error", err, err)
			}
			return
		}
		for _, sh := range d.ScoreSheets() {
			r, err := d.Ranking(sh.Bloc, sh.Year)
			if err != nil || len(r.Standings) != len(sh.Scores) {
				t.Fatalf("validated data does not rank: %v", err)
			}
			r.Card.Nominate(r.Standings)
		}
		for _, o := range d.Organisations() {
			if got, ok := d.Organisation(o.ID); !ok || got != o {
				t.Fatalf("Organisation(%q) = %+v, %v; want %+v", o.ID, got, ok, o)
			}
			d.Staff(o.ID) // terminates: the organisations form a tree
		}
		// The data check again as they are.
		if _, err := New(d.Data()); err != nil {
			t.Fatalf("New(Data()) = %v", err)
		}
	})
}

func FuzzParseScoresCSV(f *testing.F) {
	f.Add([]byte("Mã;Tên;1.1;1.2;2;Điểm thưởng;Điểm trừ\nA;Sở A;39,5;20;40;1,25;\nB;Sở B;30;10;20;;0,5\n"))
	f.Add([]byte("Mã,1.1,1.2,2\nA,40,20,40\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := card()
		scores, err := ParseScoresCSV("f.csv", data, c)
		if err != nil {
			var le *source.Error
			if !errors.As(err, &le) {
				t.Fatalf("error %v (%T) is not a *source.Error", err, err)
			}
			return
		}
		if _, err := c.Rank(scores); err != nil {
			t.Fatalf("loaded scores do not rank: %v", err)
		}
	})
}

func FuzzParseRegistrationsCSV(f *testing.F) {
	f.Add([]byte("Mã;Năm;Phong trào;Ngày đăng ký;Danh hiệu đăng ký;Cam kết\nCB01;2022;PT;20/02/2022;LĐTT|CSTĐCS;x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := ParseRegistrationsCSV("f.csv", data); err != nil {
			var le *source.Error
			if !errors.As(err, &le) {
				t.Fatalf("error %v (%T) is not a *source.Error", err, err)
			}
		}
		if _, err := ParsePeopleCSV("f.csv", data); err != nil {
			var le *source.Error
			if !errors.As(err, &le) {
				t.Fatalf("error %v (%T) is not a *source.Error", err, err)
			}
		}
	})
}

// FuzzParsePeopleCSV: a staff list loads into people with an ID and a name
// each, IDs unique, or fails with a *source.Error; the people always sort.
func FuzzParsePeopleCSV(f *testing.F) {
	f.Add([]byte("Mã;Họ tên;Đơn vị;Chức vụ\nNV1;Triệu Thị Kiều Dung;VP;Chánh Văn phòng\nNV2;Nông Văn An;VP;\n"))
	f.Add([]byte("\xef\xbb\xbfMa,Ten\nA,Lý Thị Ánh\nA,Lý Thị Ánh\n"))
	f.Add([]byte("Mã,Họ tên\n\"NV1,\"x\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		people, err := ParsePeopleCSV("nhan-su.csv", data)
		if err != nil {
			var le *source.Error
			if !errors.As(err, &le) {
				t.Fatalf("error %v (%T) is not a *source.Error", err, err)
			}
			return
		}
		seen := map[string]bool{}
		for _, p := range people {
			if p.ID == "" || p.Name == "" || seen[p.ID] {
				t.Fatalf("loaded person %+v: empty or repeated ID, or no name", p)
			}
			seen[p.ID] = true
		}
		SortPeople(people)
	})
}
