package awards

import (
	"encoding/json"
	"errors"
	"github.com/tdkt-vn/tdkt/source"
	"os"
	"reflect"
	"testing"
)

// The loaders never panic: they return records that validate and judge, or
// a *source.Error that says where.

func FuzzParseCSV(f *testing.F) {
	seed, _ := os.ReadFile("testdata/roster.csv")
	f.Add(seed)
	f.Add([]byte("Mã,Năm,Xếp loại,Kỷ luật,Kỷ luật từ\nNV1,2024,HTTNV,khiển trách,01/02/2024\n"))
	f.Add([]byte("ma;nam;so_thanh_vien;so_ldtt\nVP;2024;10;11\n"))
	f.Add([]byte("M\xe3;N\xe3m\nA;2024\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := ParseCSV("f.csv", data)
		checkLoaded(t, rs, err)
	})
}

func FuzzParseJSON(f *testing.F) {
	seed, _ := os.ReadFile("testdata/roster.json")
	f.Add(seed)
	f.Add([]byte(`[{"id":"A","years":[{"year":2024,"rating":"HTTNV"}],"discipline":[{"form":"cảnh cáo","from":"2024-01-01"}]}]`))
	f.Add([]byte(`{"records":[{"id":"A","kind":"tập thể","years":[{"year":2024,"members":{"total":3,"ldtt":2}}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := ParseJSON("f.json", data)
		checkLoaded(t, rs, err)
		if err != nil || len(rs) == 0 {
			return
		}
		// What loads, writes and loads back equal.
		out, err := json.Marshal(rs)
		if err != nil {
			t.Fatalf("json.Marshal(loaded records): %v", err)
		}
		back, err := ParseJSON("f.json", out)
		if err != nil || !reflect.DeepEqual(back, rs) {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
	})
}

func checkLoaded(t *testing.T, rs []*Record, err error) {
	t.Helper()
	if err != nil {
		var le *source.Error
		if !errors.As(err, &le) {
			t.Fatalf("error %v (%T) is not a *source.Error", err, err)
		}
		return
	}
	for _, r := range rs {
		if err := r.Validate(); err != nil {
			t.Fatalf("loaded record does not validate: %v", err)
		}
		for _, y := range []int{2023, 2024, 2025} {
			vs, err := defaultEvaluator.EvaluateAll(r, YearOf(y))
			if err != nil {
				t.Fatalf("EvaluateAll(%s, %d): %v", r.ID, y, err)
			}
			for _, v := range vs {
				_ = v.Text()
			}
		}
	}
}
