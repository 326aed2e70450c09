package report_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/sections" // the sections the bodies name
	"golang.org/x/text/unicode/norm"
)

// bodies are bodies of templates, good and bad, that the quick reading
// and the careful one must read alike.
func bodies(tb testing.TB) [][]byte {
	out := [][]byte{
		[]byte(`[]`),
		[]byte(`[{"heading": "Một", "level": 1}, {"use": "prose", "params": {"text": "a {x}"}, "optional": true}]`),
		[]byte(`[{"use": "prose", "params": {"text": "a"}, "Params": {"text": "b"}}]`),
		[]byte(`[{"use": "prose", "PARAMS": {"text": "b"}}]`),
		[]byte(`[{"use": "prose", "params": {"text": "a"}, "params": {"text": "b"}}]`),
		[]byte(`[{"use": "prose", "params": {"txt": "a"}}]`),
		[]byte(`[{"use": "prose", "params": {"text": "a"}}] x`),
		[]byte(`[{"use": "prose", "params": {"text": "a" "b"}}]`),
		[]byte(`[{"use": "nope", "params": {"text": [1, 2}}]`),
		[]byte(`[{"use": "nope", "params": {"text": 1}}]`),
		[]byte(`[{"params": {"text": "a"}}]`),
		[]byte(`[{"use": "prose", "params": null}, {"use": "prose", "params": "x"}]`),
		[]byte(`[{"heading": "a", "level": 9}, {"heading": "b", "level": 1, "extra": 1}]`),
		[]byte(`[{"heading": "a", "level": 1}, {"heading": "b", "level": 1, "extra": 1}]`),
		[]byte(`[{"annex": {"title": "Phụ lục", "body": [{"heading": "x", "level": 2}, {"use": "prose", "params": {"text": "y"}}]}}]`),
		[]byte(`[{"annex": {"title": "T", "body": [{"annex": {"title": "U", "body": [{"use": "prose", "params": {"text": "z", "bad": 1}}]}}]}}]`),
		[]byte(`[{"annex": {"title": "T", "ref": "r", "ref_issuer": "i", "body": []}}]`),
		[]byte(`[{"optional": true}]`),
		[]byte(`[{"heading": "a\u0062", "level": 1, "use": "closing"}]`),
		[]byte(`[{"hea\u0064ing": "a", "level": 1}]`),
		[]byte("[{\"heading\": \"" + norm.NFD.String("Khen thưởng") + "\", \"level\": 2}]"),
		[]byte(`[{"use": "table", "params": {"rows": "to", "columns": [{"title": "A", "value": "a"}]}}, {"use": "award-results", "params": {"records": "awards", "year": 2022}}]`),
	}
	files, _ := filepath.Glob("../examples/semiannual/*.json")
	more, _ := filepath.Glob("sections/templates/*.json")
	for _, name := range append(files, more...) {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		var f struct{ Body json.RawMessage }
		if err := json.Unmarshal(data, &f); err != nil {
			tb.Fatal(name, err)
		}
		out = append(out, data, f.Body)
	}
	return out
}

// TestQuickBody: the quick reading of a body gives the entries and errors
// of the careful one, and the sections it decodes for Compose are those
// Compose would decode.
func TestQuickBody(t *testing.T) {
	for _, b := range bodies(t) {
		quickAsCareful(t, b)
	}
	// The seed's body is read quickly: its prose is decoded already.
	data, err := os.ReadFile("../examples/semiannual/cao-bang-2022.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Body json.RawMessage }
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	es, err := report.ParseBody("cao-bang-2022.json", data, f.Body)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range es {
		if _, ok := report.Predecoded(e); ok {
			n++
		}
	}
	if n < 20 {
		t.Errorf("ParseBody(seed): %d sections decoded with the body; want every prose's (22)", n)
	}
}

func FuzzQuickBody(f *testing.F) {
	for _, b := range bodies(f) {
		f.Add(b)
	}
	f.Fuzz(quickAsCareful)
}

func quickAsCareful(t *testing.T, body []byte) {
	data := append([]byte("{\"body\": "), body...) // the body at an offset, on line 1
	data = append(data, "\n}"...)
	body = data[len("{\"body\": ") : len(data)-2]
	got, err := report.ParseBody("t.json", data, body)
	want, wantErr := report.ParseBodyCarefully("t.json", data, body)
	if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("ParseBody(%q): error %v; read carefully: %v", body, err, wantErr)
	}
	if err != nil {
		return
	}
	if !reflect.DeepEqual(report.WithoutDecoded(got), report.WithoutDecoded(want)) {
		t.Fatalf("ParseBody(%q) = %+v; read carefully: %+v", body, got, want)
	}
	var check func(es []report.Entry)
	check = func(es []report.Entry) {
		for _, e := range es {
			if e.Annex != nil {
				check(e.Annex.Body)
			}
			s, ok := report.Predecoded(e)
			if s == nil {
				continue
			}
			afresh, err := report.DecodeAfresh(e)
			if !ok || err != nil || !reflect.DeepEqual(s, afresh) {
				t.Fatalf("ParseBody(%q): entry %q decoded %#v (%v); Compose decodes %#v, %v", body, e.Use, s, ok, afresh, err)
			}
		}
	}
	check(got)
}
