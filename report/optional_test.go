package report_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

// TestOptional: an optional entry whose section builds nothing leaves
// its heading out too; one that builds something stays whole; an entry
// that is not optional keeps its heading.
func TestOptional(t *testing.T) {
	reg := testRegistry()
	reg.MustRegister("empty", func() report.Section { return fixed{} })
	src := `{"name": "thử", "body": [
  {"heading": "SO SÁNH", "level": 2, "use": "empty", "optional": true},
  {"heading": "KẾT QUẢ", "level": 2, "use": "text", "params": {"text": "Có."}, "optional": true},
  {"heading": "XẾP HẠNG", "level": 2, "use": "empty"},
  {"annex": {"title": "DANH SÁCH", "body": [{"use": "empty"}]}, "optional": true}
]}`
	tmpl, err := report.ParseTemplate("thu.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d, err := report.Composer{Sections: reg}.Compose(context.Background(), tmpl, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range d.Body {
		switch b := b.(type) {
		case *report.Heading:
			got = append(got, b.Number+" "+report.Plain(b.Title))
		case *report.Paragraph:
			got = append(got, report.Plain(b.Runs))
		case *report.Annex:
			got = append(got, "annex "+b.Title)
		}
	}
	if want := "I. KẾT QUẢ|Có.|II. XẾP HẠNG"; strings.Join(got, "|") != want {
		t.Errorf("composed %q; want %q", strings.Join(got, "|"), want)
	}
	for _, tt := range []struct{ src, msg string }{
		{`{"body": [{"heading": "X", "level": 2, "optional": true}]}`, `t.json:1: field "body[0].optional": optional: the entry has no section or annex`},
		{`{"body": [{"use": "text", "optional": "có"}]}`, `t.json:1: field "body[0].optional"`},
	} {
		if _, err := report.ParseTemplate("t.json", []byte(tt.src)); err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseTemplate(%s) = %v; want %q", tt.src, err, tt.msg)
		}
	}
	goTmpl := &report.Template{Body: []report.Entry{{Heading: "X", Level: 2, Optional: true}}}
	if _, err := (report.Composer{Sections: reg}).Compose(context.Background(), goTmpl, nil); err == nil || !strings.Contains(err.Error(), "optional") {
		t.Errorf("Compose(optional heading) = %v; want an error", err)
	}
	if err := (report.Composer{Sections: reg}).Check(goTmpl); err == nil || !strings.Contains(err.Error(), "optional") {
		t.Errorf("Check(optional heading) = %v; want an error", err)
	}
}

// TestRequire: a template that requires its header refuses to compose
// without it, rather than print "Số:      /"; a number left for the
// clerk, and a year without the day, are not missing.
func TestRequire(t *testing.T) {
	src := `{"name": "qd", "header": {"type": "QUYẾT ĐỊNH"},
 "require": ["issuer", "place", "number", "date"],
 "body": [{"use": "text", "params": {"text": "Có."}}]}`
	tmpl, err := report.ParseTemplate("qd.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	full := report.Header{Issuer: "TRƯỜNG THCS NGUYỄN DU", Place: "Lạc Sơn", Number: report.Number{Type: "QĐ", Issuer: "THCSND"}, Year: 2025}
	for _, tt := range []struct {
		name string
		edit func(*report.Header)
		msg  string // "" when it composes
	}{
		{"the number left for the clerk, the day for the signer", func(*report.Header) {}, ""},
		{"numbered and dated", func(h *report.Header) { h.Number.Seq, h.Date = 45, metrics.MustDate("28/5/2025") }, ""},
		{"no header", func(h *report.Header) { *h = report.Header{} }, `report: header incomplete: template "qd": no issuer, no place, no number, no date, which the template requires`},
		{"no symbol", func(h *report.Header) { h.Number = report.Number{} }, "no number,"},
		{"no date nor year", func(h *report.Header) { h.Year = 0 }, "no date,"},
		{"a blank issuer", func(h *report.Header) { h.Issuer = "  " }, "no issuer,"},
	} {
		h := full
		tt.edit(&h)
		_, err := report.Composer{Sections: testRegistry(), Header: h}.Compose(context.Background(), tmpl, nil)
		switch {
		case tt.msg == "" && err != nil:
			t.Errorf("%s: Compose = %v", tt.name, err)
		case tt.msg != "" && (!errors.Is(err, report.ErrHeaderIncomplete) || !strings.Contains(err.Error(), tt.msg)):
			t.Errorf("%s: Compose = %v; want ErrHeaderIncomplete with %q", tt.name, err, tt.msg)
		}
	}
	seq := &report.Template{Require: []report.Requirement{report.RequireSeq, report.RequireParent}}
	if _, err := (report.Composer{Header: full}).Compose(context.Background(), seq, nil); err == nil || !strings.Contains(err.Error(), "no seq, no parent") {
		t.Errorf("Compose(require seq, parent) = %v", err)
	}
	if _, err := report.ParseTemplate("x.json", []byte("{\"require\": [\"issuer\",\n \"so\"], \"body\": []}")); err == nil || !strings.Contains(err.Error(), `requirement "so"`) {
		t.Errorf("ParseTemplate(require so) = %v", err)
	}
	if err := (report.Composer{}).Check(&report.Template{Require: []report.Requirement{"so"}}); err == nil {
		t.Error("Check(require so) = nil")
	}
	if err := (report.Composer{Sections: testRegistry()}).Check(tmpl); err != nil {
		t.Errorf("Check does not look for the header, which Compose gets: %v", err)
	}
	var r report.Requirement
	if err := json.Unmarshal([]byte(`"date"`), &r); err != nil || r != report.RequireDate {
		t.Errorf("Unmarshal(date) = %v, %v", r, err)
	}
}
