package datafile_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/datafile"
	_ "github.com/tdkt-vn/tdkt/report/text"
	"golang.org/x/text/unicode/norm"
)

// TestNFD: a data file written in NFD (decomposed: "e" and U+0302 U+0301
// for "ế"), as some editors save Vietnamese, reads as the same file in
// NFC: the same report, every character of it NFC. So does prose that
// writes its accents as JSON escapes, which are ASCII and so NFC in the
// file's bytes.
func TestNFD(t *testing.T) {
	seed := readShipped(t, "cao-bang-2022.json")
	escaped := bytes.Replace(seed, []byte(`"text": "`), []byte(`"text": "Tie\u0302\u0301n \u0111o\u0323\u0302: `), 1)
	for _, tc := range []struct {
		name      string
		nfc, data []byte
	}{
		{"NFD", seed, norm.NFD.Bytes(seed)},
		{"escapes", bytes.Replace(seed, []byte(`"text": "`), []byte(`"text": "Tiến độ: `), 1), escaped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if norm.NFC.IsNormal(tc.data) == (tc.name == "NFD") {
				t.Fatal("the input is not what the case says")
			}
			want, got := render(t, tc.nfc), render(t, tc.data)
			if !norm.NFC.IsNormalString(got) {
				t.Error("the report is not NFC")
			}
			if got != want {
				t.Errorf("the report differs from the one of the NFC file:\n%s", firstLineDiff(got, want))
			}
		})
	}
}

func render(t *testing.T, data []byte) string {
	t.Helper()
	f, err := datafile.Parse("bc.json", data)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := report.Compose(context.Background(), f.Template, f.Data)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.Render(context.Background(), "text", &b, doc); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func firstLineDiff(got, want string) string {
	g, w := bytes.Split([]byte(got), []byte("\n")), bytes.Split([]byte(want), []byte("\n"))
	for i := 0; i < len(g) && i < len(w); i++ {
		if !bytes.Equal(g[i], w[i]) {
			return "got:  " + string(g[i]) + "\nwant: " + string(w[i])
		}
	}
	return "lengths differ"
}
