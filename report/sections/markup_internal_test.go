package sections

import (
	"reflect"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"golang.org/x/text/unicode/norm"
)

var markupCases = []string{
	"", "\n", "a\n\nb", "a\r\nb\r\n\r\n- c\n- d\n+ e\n\n+ f\ng",
	"a **b** *c* {x} {y} ^[d *e* {x}]", "- a\n- b\n\nc", "\\{x\\} ^[", "{", "**", "x ^[a ^[b]]",
	"Tổng số **{x}**, tăng *{ x }* so với cùng kỳ^[Số liệu đến 30/6.]", "  \t- mục *một", "\u00a0 lề ^[chú *thích]",
	"a\\*b\\ệ\\", "a\x00b", "^[a\x00b]", "ư\xffơ {x", "{nope}", "{}", "**a*b**c*", norm.NFD.String("Khen thưởng {x} đột xuất"),
	"x ^[a] y ^[b **c**] z", "^[", "^", "a]b", "+ ^[n]", "line one\nline two\n\n\n- item\n  continued",
}

var markupData = report.Data{"x": metrics.MustAmount("1", metrics.VND), "y": []string{}, "n": 3}

// TestParseAsReference: Parse reads every case as the reader written
// first, rune by rune, did: the same blocks, the same errors.
func TestParseAsReference(t *testing.T) {
	for _, s := range markupCases {
		sameAsReference(t, s)
	}
}

func FuzzParseAsReference(f *testing.F) {
	for _, s := range markupCases {
		f.Add(s)
	}
	f.Fuzz(sameAsReference)
}

func sameAsReference(t *testing.T, s string) {
	got, err := Parse(s, markupData)
	want, wantErr := referenceParse(s, markupData)
	if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("Parse(%+q): error %v; want %v", s, err, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Parse(%+q) = %s; want %s", s, dump(got), dump(want))
	}
}

func dump(bs []report.Block) string {
	var b strings.Builder
	for _, x := range bs {
		b.WriteString(reflect.ValueOf(x).Elem().Type().Name())
		b.WriteString(":")
		switch x := x.(type) {
		case *report.Paragraph:
			dumpRuns(&b, x.Runs)
		case *report.List:
			for _, it := range x.Items {
				dumpRuns(&b, it)
				b.WriteString("|")
			}
		}
		b.WriteString(" ")
	}
	return b.String()
}

func dumpRuns(b *strings.Builder, runs []report.Inline) {
	for _, r := range runs {
		switch r := r.(type) {
		case *report.Text:
			b.WriteString(strings.Repeat("*", btoi(r.Bold)*2+btoi(r.Italic)) + "[" + r.Text + "]")
		case *report.Note:
			b.WriteString("^(")
			dumpRuns(b, r.Runs)
			b.WriteString(")")
		default:
			b.WriteString("{fig}")
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
