package reporttest

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/tdkt-vn/tdkt/report"
	"golang.org/x/text/unicode/norm"
)

// OfficeEnv is the environment variable that turns on the checks with
// LibreOffice: TDKT_SOFFICE=1 (set by .ci/run, which installs
// libreoffice-writer-nogui and poppler-utils).
const OfficeEnv = "TDKT_SOFFICE"

// CheckWithLibreOffice renders d with r (a DOCX renderer), converts the
// file to PDF with LibreOffice headless (its own profile directory, a
// timeout), extracts the text with pdftotext (a plain conversion to text
// would drop the footnotes) and reports every text of Texts(d) that the
// PDF lacks. Without TDKT_SOFFICE=1 it skips the test and says why.
func CheckWithLibreOffice(t *testing.T, r report.Renderer, d *report.Document) {
	t.Helper()
	if os.Getenv(OfficeEnv) != "1" {
		t.Skip("skipped: set " + OfficeEnv + "=1 to open the DOCX with LibreOffice (needs soffice and pdftotext; .ci/run installs them)")
	}
	var b bytes.Buffer
	if err := r.Render(context.Background(), &b, d); err != nil {
		t.Fatal(err)
	}
	pdf := OfficePDF(t, b.Bytes())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	got := squeeze(string(out))
	for _, want := range Texts(d) {
		if !containsWords(got, want) {
			t.Errorf("the PDF made by LibreOffice lacks %q", want)
		}
	}
}

// maxGap bounds, in bytes, what may come between two consecutive words of
// a text in the PDF: a footnote at the foot of the page, the page number
// at the top of the next and the superscript note number. A footnote of
// the seed runs to some 300 bytes of UTF-8.
const maxGap = 2000

// containsWords reports whether the words of want (runs of letters and
// digits; punctuation is ignored) occur in hay in order, each within
// maxGap of the one before. pdftotext splits words at diacritics, puts the
// footnotes of a page after its body and a paragraph that crosses a page
// around them, so a plain substring test would fail on a good PDF.
func containsWords(hay, want string) bool {
	words := strings.FieldsFunc(norm.NFC.String(want), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return true
	}
	for from := 0; ; {
		i := strings.Index(hay[from:], words[0])
		if i < 0 {
			return false
		}
		at := from + i + len(words[0])
		if followed(hay, at, words[1:]) {
			return true
		}
		from = at
	}
}

// followed reports whether words occur in hay from at on, in order, each
// within maxGap of the end of the one before.
func followed(hay string, at int, words []string) bool {
	for _, w := range words {
		window := hay[at:min(len(hay), at+maxGap+len(w))]
		i := strings.Index(window, w)
		if i < 0 {
			return false
		}
		at += i + len(w)
	}
	return true
}

// squeeze drops white space and normalises to NFC.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFC.String(s))
}
