package datafile

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// files are data files, good and bad, that the quick reading and the
// careful one must read alike.
func files(tb testing.TB) [][]byte {
	seed, err := os.ReadFile("../../examples/semiannual/cao-bang-2022.json")
	if err != nil {
		tb.Fatal(err)
	}
	commune, err := os.ReadFile("../../examples/semiannual/xa-tan-lap.json")
	if err != nil {
		tb.Fatal(err)
	}
	return [][]byte{
		seed, commune,
		append([]byte("\xef\xbb\xbf"), seed...),
		bytes.Replace(seed, []byte(`"header"`), []byte(`"Header"`), 1),
		bytes.Replace(seed, []byte(`"parts"`), []byte(`"p\u0061rts"`), 1),
		bytes.Replace(seed, []byte(`"figures": {`), []byte(`"data": {}, "figures": {`), 1),
		bytes.Replace(seed, []byte(`"season": {`), []byte(`"season": null, "x": {`), 1),
		bytes.Replace(seed, []byte(`"heading"`), []byte(`"headin"`), 1),
		bytes.Replace(seed, []byte(`"PT-SNGV-2022"`), []byte(`"PT-SNGV-2023"`), 1),
		bytes.Replace(bytes.Replace(seed, []byte(`"PT-SNGV-2022"`), []byte(`"PT-SNGV-2023"`), 1), []byte(`"closing": {`), []byte(`"closing": {,`), 1),
		bytes.Replace(seed, []byte(`"level": 4`), []byte(`"level": 9`), 1),
		append(bytes.Clone(seed), " }"...),
		[]byte(`{"body": []}`),
		[]byte(`{"body": [], "season": null}`),
		[]byte(`{"body": [], "awards": {"records": [{"id": "A"}, {"id": "A"}]}, "lists": {"ds": [{"name": "A", "award": "LĐTT"}, {"name": "B", "award": "?"}]}}`),
		[]byte(`{"body": [], "lists": {"ds": [{"name": "A", "award": "LĐTT", "x": 1}]}}`),
		[]byte(`{"figures": {"a": {"sum": ["b"]}, "b": {"sum": ["a"]}}, "body": []}`),
		[]byte(`{"body": [{"use": "prose", "params": {"text": "{nam}"}}], "data": {"nam": 2022}, "data": {"x": 1}}`),
	}
}

// TestQuickFile: the quick reading of a data file gives what the careful
// one does: the same template and data, the same error.
func TestQuickFile(t *testing.T) {
	for _, f := range files(t) {
		quickAsCareful(t, f)
	}
	if _, ok := quickFile(files(t)[0]); !ok {
		t.Error("quickFile(cao-bang-2022.json) leaves the seed to the careful reading")
	}
}

func FuzzQuickFile(f *testing.F) {
	for _, file := range files(f) {
		f.Add(file)
	}
	f.Fuzz(quickAsCareful)
}

func quickAsCareful(t *testing.T, data []byte) {
	got, err := Loader{}.parse("bc.json", data, true)
	want, wantErr := Loader{}.parse("bc.json", data, false)
	if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("Parse(%.200q…): error %v; read carefully: %v", data, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("Parse(%.200q…) = %+v; read carefully: %+v", data, got, want)
	}
}
