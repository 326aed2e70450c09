package reporttest

import (
	"testing"
)

// TestParseBBoxAndMatch: the words pdftotext -bbox writes are read with
// their pages and boxes, gathered by column into lines, and a cell matches
// only whole words on whole lines: a number broken between two lines, or
// a cell sharing its line with another text, does not.
func TestParseBBoxAndMatch(t *testing.T) {
	const page = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x &amp; y</title></head><body><doc>
<page width="595" height="842">
<word xMin="100" yMin="50" xMax="150" yMax="60">Khoa</word>
<word xMin="155" yMin="50.5" xMax="190" yMax="60">Nhi</word>
<word xMin="400" yMin="50" xMax="440" yMax="60">1.880.</word>
<word xMin="400" yMin="64" xMax="420" yMax="74">000</word>
</page>
<page width="595" height="842">
<word xMin="100" yMin="50" xMax="140" yMax="60">Khoa</word>
<word xMin="145" yMin="50" xMax="180" yMax="60">Sản</word>
<word xMin="185" yMin="50" xMax="200" yMax="60">&amp;</word>
</page></doc></body></html>`
	words, err := parseBBox([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(words) != 7 || words[6].Text != "&" || words[4].Page != 2 || words[1].Y0 != 50.5 {
		t.Fatalf("parseBBox = %+v", words)
	}
	names := columnLines(words, 90, 300)
	if len(names) != 2 || names[0].page != 1 || names[1].page != 2 {
		t.Fatalf("columnLines = %+v", names)
	}
	money := columnLines(words, 300, 500)
	for _, tc := range []struct {
		lines []pdfLine
		at    int
		want  []string
		n     int
	}{
		{names, 0, []string{"Khoa", "Nhi"}, 1},
		{names, 0, []string{"Khoa"}, 0},                // the line holds more
		{names, 1, []string{"Khoa", "Sản", "&"}, 1},    // on the next page
		{money, 0, []string{"1.880.000"}, 0},           // broken between lines
		{money, 0, []string{"1.880.", "000"}, 2},       // two whole lines
		{names, 0, []string{"Khoa", "Nhi", "Khoa"}, 0}, // part of a line
		{names, 0, []string{"Khoa", "Nhi", "Khoa", "Sản", "&"}, 2},
	} {
		if got := match(tc.lines, tc.at, tc.want); got != tc.n {
			t.Errorf("match(%q at %d) = %d; want %d", tc.want, tc.at, got, tc.n)
		}
	}
	if got := find(names, 0, len(names), []string{"Khoa", "Sản", "&"}); got != 1 {
		t.Errorf("find = %d; want 1", got)
	}
}
