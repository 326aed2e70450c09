package report_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
)

// hardened holds the properties of text and Markdown output that no text
// of the document can break (FuzzTextMarkdown checks them on any input):
// valid output without control characters but for the line break, and
// without bidirectional formatting characters; in Markdown, no line that
// starts with white space and no bare address that GitHub would link.
var (
	controlOrBidi = regexp.MustCompile("[\x00-\x09\x0b-\x1f\x7f\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
	leadingSpace  = regexp.MustCompile(`(?m)^[ \t]+\S`)
	bareAddress   = regexp.MustCompile(`(?i)(^|[^\\])(://|mailto:|xmpp:)|(^|[\s*_~(])www\.`)
)

func TestTextAndMarkdownHardening(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		text     string // the paragraph as text prints it
		md       string // and as Markdown does
	}{
		{"heading after spaces", " # x", " # x", `\# x`},
		{"code block", "    code", "    code", "code"},
		{"list after spaces", "  - item", "  - item", `\- item`},
		{"ordered list after spaces", "   1. item", "   1. item", `1\. item`},
		{"quote after a tab", "\t> quote", " > quote", `\> quote`},
		{"setext underline", " ===", " ===", `\===`},
		{"bare URL", "xem https://example.com/a", "xem https://example.com/a", `xem https\://example.com/a`},
		{"www", "www.example.com và (www.x.vn)", "www.example.com và (www.x.vn)", `www\.example.com và (www\.x.vn)`},
		{"mailto", "mailto:a@b.vn", "mailto:a@b.vn", `mailto\:a@b.vn`},
		{"right-to-left override", "abc\u202Edef\u202C", "abcdef", "abcdef"},
		{"isolates and marks", "\u2066a\u2069\u200F\u061Cb", "ab", "ab"},
		{"ESC", "\x1b[31mđỏ\x1b[0m", "[31mđỏ[0m", `\[31mđỏ\[0m`},
		{"C1 controls", "a\u0085b\u009bc", "abc", "abc"},
		{"C0 and DEL", "a\x00\x07b\x7fc", "abc", "abc"},
		{"a mark behind a dropped control", "\x00# x", "# x", `\# x`},
		{"an address split by a control", "ww\x00w.example.com http\u202e://x", "www.example.com http://x", `www\.example.com http\://x`},
		{"line breaks", "a\nb\r\nc\td", "a b  c d", "a b  c d"},
		{"Vietnamese untouched", "Lê Thị Hoa: 1.000.000 đồng", "Lê Thị Hoa: 1.000.000 đồng", "Lê Thị Hoa: 1.000.000 đồng"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range []struct{ format, want string }{{"text", tc.text}, {"markdown", tc.md}} {
				// As a paragraph, a list item, a table cell and a recipient.
				out := renderBody(t, f.format, report.P(report.T(tc.in)),
					&report.List{Items: [][]report.Inline{{report.T(tc.in)}}},
					&report.Table{Head: []string{"a"}, Rows: [][]string{{tc.in}}},
					&report.Closing{Recipients: []string{tc.in}, Signature: report.Signature{Name: "Lê Văn A"}})
				if !strings.Contains(out, "\n"+f.want+"\n") {
					t.Errorf("%s: the paragraph %q is not printed %q:\n%s", f.format, tc.in, f.want, out)
				}
				if m := controlOrBidi.FindString(out); m != "" {
					t.Errorf("%s: output holds %q:\n%s", f.format, m, out)
				}
				if f.format != "markdown" {
					continue
				}
				if m := leadingSpace.FindString(out); m != "" {
					t.Errorf("markdown: a line starts with white space, %q:\n%s", m, out)
				}
				if m := bareAddress.FindString(out); m != "" {
					t.Errorf("markdown: a bare address, %q:\n%s", m, out)
				}
			}
		})
	}
}
