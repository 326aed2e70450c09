package emulation

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/tdkt-vn/tdkt/source"
)

// seasons are seasons, good and bad, that the quick reading and the
// careful one must read alike.
func seasons(tb testing.TB) [][]byte {
	seed, err := os.ReadFile("testdata/seed.json")
	if err != nil {
		tb.Fatal(err)
	}
	file, err := os.ReadFile("../examples/semiannual/cao-bang-2022.json")
	if err != nil {
		tb.Fatal(err)
	}
	var f struct{ Season json.RawMessage }
	if err := json.Unmarshal(file, &f); err != nil {
		tb.Fatal(err)
	}
	return [][]byte{
		seed, f.Season,
		[]byte(`{}`),
		[]byte(`{"people": [{"id": "A", "name": "An"}], "people": [{"id": "B", "name": "Bình"}]}`),
		[]byte(`{"People": [{"id": "A", "name": "An"}]}`),
		[]byte(`{"peo\u0070le": [{"id": "A", "name": "An"}]}`),
		[]byte(`{"hierarchy": {"levels": ["tỉnh"]}, "hierarchy": {"levels": ["xã"]}}`),
		[]byte(`{"people": [{"id": "A", "name": "An", "age": 3}]}`),
		[]byte(`{"people": null}`),
		[]byte(`{"people": []} trailing`),
		[]byte(`{"people": [{"id": "A", "name": "An"},]}`),
		[]byte(`{"registrations": [{"subject": "A", "year": 2022, "date": "31/02/2022"}]}`),
		[]byte(`{"organisations": [{"id": "A", "name": "A", "parent": "B"}]}`),
		[]byte(`[]`),
	}
}

// TestQuickData: what the quick reading takes, the careful one reads the
// same, line by line.
func TestQuickData(t *testing.T) {
	for _, s := range seasons(t) {
		quickAsCareful(t, s)
	}
	_, _, ok := quickData(source.NewFile("seed.json", seasons(t)[0]))
	if !ok {
		t.Error("quickData(testdata/seed.json) leaves the seed to the careful reading")
	}
}

func FuzzQuickData(f *testing.F) {
	for _, s := range seasons(f) {
		f.Add(s)
	}
	f.Fuzz(quickAsCareful)
}

func quickAsCareful(t *testing.T, data []byte) {
	src := source.NewFile("f.json", data)
	d, lines, ok := quickData(src)
	if !ok {
		return
	}
	want, wantLines, err := readData(src)
	if err != nil {
		t.Fatalf("quickData(%q) reads it; readData: %v", data, err)
	}
	if !reflect.DeepEqual(d, want) || !reflect.DeepEqual(lines, wantLines) {
		t.Fatalf("quickData(%q) = %+v, %v; readData: %+v, %v", data, d, lines, want, wantLines)
	}
}
