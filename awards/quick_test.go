package awards

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/tdkt-vn/tdkt/source"
)

// rosters are award records, good and bad, that the quick reading and the
// careful one must read alike.
func rosters(tb testing.TB) [][]byte {
	roster, err := os.ReadFile("testdata/roster.json")
	if err != nil {
		tb.Fatal(err)
	}
	file, err := os.ReadFile("../examples/semiannual/cao-bang-2022.json")
	if err != nil {
		tb.Fatal(err)
	}
	var f struct{ Awards json.RawMessage }
	if err := json.Unmarshal(file, &f); err != nil {
		tb.Fatal(err)
	}
	return [][]byte{
		roster, f.Awards,
		[]byte(`[]`), []byte(`{}`), []byte(`{"records": []}`),
		[]byte(`[{"id": "A", "years": [{"year": 2024, "rating": "HTTNV"}]}, {"id": "A"}]`),
		[]byte(`{"records": [{"id": "A"}], "records": [{"id": "B"}]}`),
		[]byte(`{"Records": [{"id": "A"}]}`),
		[]byte(`{"rec\u006frds": [{"id": "A"}]}`),
		[]byte(`{"records": [{"id": "A"}], "other": 1}`),
		[]byte(`[{"id": "A", "kind": "tập thể", "years": [{"year": 2024, "members": {"total": 3, "ldtt": 5}}]}]`),
		[]byte(`[{"id": "A", "extra": 1}]`),
		[]byte(`[{"id": ""}, {"id": "B", "extra": 1}]`),
		[]byte(`[{"id": "A"}] trailing`),
		[]byte(`[{"id": "A"},]`),
		[]byte(`[{"id": "A", "kind": null}]`),
		[]byte(`  [ {"id": "A", "honours": [{"award": "LĐTT", "year": 2024}]} ]  `),
	}
}

// TestQuickRecords: the quick reading gives the records and errors of the
// careful one.
func TestQuickRecords(t *testing.T) {
	for _, r := range rosters(t) {
		quickAsCareful(t, r)
	}
	if _, ok, err := quickRecords(source.NewFile("roster.json", rosters(t)[0])); !ok || err != nil {
		t.Errorf("quickRecords(testdata/roster.json) = %v, %v; want it read quickly", ok, err)
	}
}

func FuzzQuickRecords(f *testing.F) {
	for _, r := range rosters(f) {
		f.Add(r)
	}
	f.Fuzz(quickAsCareful)
}

func quickAsCareful(t *testing.T, data []byte) {
	src := source.NewFile("f.json", data)
	rs, ok, err := quickRecords(src)
	if !ok {
		return
	}
	want, wantErr := readRecords(src)
	if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("quickRecords(%q): error %v; readRecords: %v", data, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(rs, want) {
		t.Fatalf("quickRecords(%q) = %+v; readRecords: %+v", data, rs, want)
	}
}
