package sections_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
	"golang.org/x/text/unicode/norm"
)

// TestProseNFC: prose that a Go template gives in NFD (decomposed, as
// some systems write Vietnamese), and that no template file's reader
// normalised, comes out NFC, as the same prose written in NFC does; so do
// the template's headings.
func TestProseNFC(t *testing.T) {
	const heading = "Kết quả thực hiện"
	const text = "Tổ chức **{hoi_nghi}** trực tuyến^[Gồm các hội nghị cấp tỉnh.].\n- Khen thưởng đột xuất\n- Ghi nhận *kịp thời*"
	data := report.Data{"hoi_nghi": metrics.NewCount(9, norm.NFD.String("hội nghị"))}
	out := func(heading, text string) string {
		t.Helper()
		tmpl := &report.Template{Name: "nfc", Body: []report.Entry{
			{Heading: heading, Level: report.SectionLevel, Section: &sections.Prose{Text: text}},
		}}
		doc, err := report.Compose(context.Background(), tmpl, data)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := report.Render(context.Background(), "text", &b, doc); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if norm.NFC.IsNormalString(norm.NFD.String(text)) {
		t.Fatal("the NFD text is NFC")
	}
	want := out(heading, text)
	got := out(norm.NFD.String(heading), norm.NFD.String(text))
	if !norm.NFC.IsNormalString(got) {
		t.Errorf("the document of NFD prose is not NFC:\n%s", got)
	}
	if got != want {
		t.Errorf("the document of NFD prose:\n%s\nwant, as of NFC prose:\n%s", got, want)
	}
}
