package report

import "testing"

func TestPartOf(t *testing.T) {
	data := []byte(`{"body": [{"heading": "Ý kiến"}], "x": "ễ"}`)
	at := func(s string) []byte {
		for i := range data {
			if string(data[i:min(i+len(s), len(data))]) == s {
				return data[i : i+len(s)]
			}
		}
		t.Fatalf("%q is not in the data", s)
		return nil
	}
	for _, tc := range []struct {
		name string
		b    []byte
		want bool
	}{
		{"the body", at(`[{"heading": "Ý kiến"}]`), true},
		{"to the end", at(`"ễ"}`), true},
		{"a copy", []byte(`[{"heading": "Ý kiến"}]`), false},
		{"capped", at(`[{"heading": "Ý kiến"}]`)[:4:4], false},
		{"starting with a letter that is not ASCII", at(`Ý kiến"`), false},
		{"cut before one", at(`"x": "`), false},
		{"empty", data[3:3], false},
	} {
		if got := partOf(data, tc.b); got != tc.want {
			t.Errorf("partOf(data, %s %q) = %v; want %v", tc.name, tc.b, got, tc.want)
		}
	}
}
