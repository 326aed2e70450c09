package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

type fixed struct{ blocks []report.Block }

func (f fixed) Build(context.Context, report.Input) ([]report.Block, error) { return f.blocks, nil }

type needsText struct{}

func (needsText) Build(_ context.Context, in report.Input) ([]report.Block, error) {
	s, err := in.Params.String("text")
	if err != nil {
		return nil, err
	}
	return []report.Block{report.P(report.T(s))}, nil
}

func (needsText) Params() []string { return []string{"text"} }

func TestRegistry(t *testing.T) {
	r := report.NewRegistry[report.Section]("section")
	newFixed := func() report.Section { return fixed{} }
	if err := r.Register("section.fixed", newFixed); err != nil {
		t.Fatal(err)
	}
	var dup *report.AlreadyRegisteredError
	if err := r.Register("section.fixed", newFixed); !errors.As(err, &dup) || dup.ID != "section.fixed" {
		t.Errorf("second Register = %v; want *AlreadyRegisteredError", err)
	}
	for _, bad := range []string{"", "Section.X", "section", "section..x", "section.x y", "sections.Đ"} {
		if err := r.Register(bad, newFixed); err == nil {
			t.Errorf("Register(%q) = nil; want an error", bad)
		}
	}
	if err := r.Register("section.nil", nil); err == nil {
		t.Error("Register(nil constructor) = nil")
	}
	if err := r.Register("section.nilvalue", func() report.Section { return nil }); err == nil {
		t.Error("Register(constructor returning nil) = nil")
	}
	_, err := r.New("section.missing")
	if !errors.Is(err, report.ErrNotRegistered) || !strings.Contains(err.Error(), "forgotten import?") || !strings.Contains(err.Error(), "section.fixed") {
		t.Errorf("New(missing) = %v; want ErrNotRegistered with a hint and the list", err)
	}
	// Safe for concurrent use: registering and looking up at once.
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			_ = r.Register(fmt.Sprintf("section.p%d", i), newFixed)
		}()
		go func() {
			defer wg.Done()
			_, _ = r.New("section.fixed")
			_ = r.List()
		}()
	}
	wg.Wait()
	list := r.List()
	if len(list) != 17 || list[0] != "section.fixed" || !isSorted(list) {
		t.Errorf("List() = %v; want 17 sorted names", list)
	}
}

func isSorted(s []string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			return false
		}
	}
	return true
}

func TestNumbering(t *testing.T) {
	d := &report.Document{Body: []report.Block{
		report.H(report.PartLevel, "A"), report.H(report.SectionLevel, "A.I"), report.H(report.ItemLevel, "1"),
		report.H(report.SubitemLevel, "1.1"), report.H(report.SubitemLevel, "1.2"), report.H(report.PointLevel, "a"),
		report.H(report.PointLevel, "b"), report.H(report.ItemLevel, "2"), report.H(report.SubitemLevel, "2.1"),
		report.H(report.SectionLevel, "A.II"), report.H(report.ItemLevel, "1 again"),
		report.H(report.PartLevel, "B"), report.H(report.SectionLevel, "B.I"),
		report.P(report.T("x"), &report.Note{Runs: []report.Inline{report.T("n1")}}),
		&report.Annex{Blocks: []report.Block{report.H(report.ItemLevel, "annex 1"), report.P(&report.Note{})}},
		report.H(report.SectionLevel, "B.II"),
	}}
	d.Number()
	var got []string
	for _, b := range d.Body {
		if h, ok := b.(*report.Heading); ok {
			got = append(got, h.Number)
		}
	}
	want := []string{"Phần thứ nhất", "I.", "1.", "1.1.", "1.2.", "a)", "b)", "2.", "2.1.", "II.", "1.", "Phần thứ hai", "I.", "II."}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("numbers = %v; want %v", got, want)
	}
	if a := d.Body[14].(*report.Annex); a.Blocks[0].(*report.Heading).Number != "1." {
		t.Errorf("annex heading = %q; want 1. (annexes number on their own)", a.Blocks[0].(*report.Heading).Number)
	}
	if len(d.Footnotes) != 2 || d.Footnotes[1].Number != 2 {
		t.Errorf("footnotes = %d; want 2, numbered through the annex", len(d.Footnotes))
	}
	d.Parts = report.PartRoman
	d.Number()
	if h := d.Body[11].(*report.Heading); h.Number != "Phần II" {
		t.Errorf("Roman part = %q; want Phần II", h.Number)
	}
	for n, want := range map[int]string{1: "I", 4: "IV", 9: "IX", 14: "XIV", 40: "XL", 1994: "MCMXCIV"} {
		if got := report.Roman(n); got != want {
			t.Errorf("Roman(%d) = %q; want %q", n, got, want)
		}
	}
}

func TestDocumentNumber(t *testing.T) {
	tests := []struct {
		in   string
		want report.Number
		text string
	}{
		{"123/BC-SNgV", report.Number{Seq: 123, Type: "BC", Issuer: "SNgV"}, "Số: 123/BC-SNgV"},
		{"Số: 05/QĐ-UBND", report.Number{Seq: 5, Type: "QĐ", Issuer: "UBND"}, "Số: 05/QĐ-UBND"},
		{"Số:    /BC-SNgV", report.Number{Type: "BC", Issuer: "SNgV"}, "Số:      /BC-SNgV"},
		{"/KH-SNgV", report.Number{Type: "KH", Issuer: "SNgV"}, "Số:      /KH-SNgV"},
		{"45/SNgV-VP", report.Number{Seq: 45, Issuer: "SNgV-VP"}, "Số: 45/SNgV-VP"},
		{"174/KH-SNgV", report.Number{Seq: 174, Type: "KH", Issuer: "SNgV"}, "Số: 174/KH-SNgV"},
		{"12/TTr-SNV", report.Number{Seq: 12, Type: "TTr", Issuer: "SNV"}, "Số: 12/TTr-SNV"},
	}
	for _, tt := range tests {
		got, err := report.ParseNumber(tt.in)
		if err != nil || got != tt.want || got.String() != tt.text {
			t.Errorf("ParseNumber(%q) = %+v (%q), %v; want %+v (%q)", tt.in, got, got.String(), err, tt.want, tt.text)
		}
	}
	for _, bad := range []string{"", "123", "0/BC-SNgV", "x/BC-SNgV", "12/", "12/BC--SNgV", "12/XY-SNgV", "12/BC SNgV"} {
		if _, err := report.ParseNumber(bad); err == nil {
			t.Errorf("ParseNumber(%q) = nil error", bad)
		}
	}
	if a, ok := report.TypeAbbr("QUYẾT ĐỊNH"); !ok || a != "QĐ" {
		t.Errorf("TypeAbbr(QUYẾT ĐỊNH) = %q, %v", a, ok)
	}
}

func TestPlaceDate(t *testing.T) {
	tests := []struct {
		h    report.Header
		want string
	}{
		{report.Header{Place: "Cao Bằng", Date: metrics.MustDate("05/07/2022")}, "Cao Bằng, ngày 05 tháng 7 năm 2022"},
		{report.Header{Place: "Cao Bằng", Date: metrics.MustDate("15/02/2022")}, "Cao Bằng, ngày 15 tháng 02 năm 2022"},
		{report.Header{Place: "Cao Bằng", Date: metrics.MustDate("31/12/2022")}, "Cao Bằng, ngày 31 tháng 12 năm 2022"},
		{report.Header{Place: "Cao Bằng", Year: 2022}, "Cao Bằng, ngày      tháng      năm 2022"},
	}
	for _, tt := range tests {
		if got := tt.h.PlaceDate(); got != tt.want {
			t.Errorf("PlaceDate() = %q; want %q", got, tt.want)
		}
	}
	sig := report.Signature{Authority: report.KT, For: "Giám đốc", Position: "Phó Giám đốc", Name: "Triệu Thị Kiều Dung"}
	if got := strings.Join(sig.Lines(), "|"); got != "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC" {
		t.Errorf("Lines() = %q", got)
	}
	if got := strings.Join((report.Signature{For: "Giám đốc"}).Lines(), "|"); got != "GIÁM ĐỐC" {
		t.Errorf("head signs: Lines() = %q", got)
	}
	if got := strings.Join((report.Signature{Authority: report.TM, For: "Ủy ban nhân dân", Position: "Chủ tịch"}).Lines(), "|"); got != "TM. ỦY BAN NHÂN DÂN|CHỦ TỊCH" {
		t.Errorf("TM.: Lines() = %q", got)
	}
}

func TestCompose(t *testing.T) {
	reg := report.NewRegistry[report.Section]("section")
	reg.MustRegister("section.text", func() report.Section { return needsText{} })
	reg.MustRegister("section.fail", func() report.Section { return failing{} })
	c := report.Composer{Sections: reg}
	tmpl := &report.Template{Name: "thử", Header: report.Header{Type: "BÁO CÁO", Issuer: "SỞ"}, Body: []report.Entry{
		{Heading: "KẾT QUẢ", Level: report.PartLevel},
		{Heading: "Nội dung", Level: report.SectionLevel, Use: "section.text", Params: report.Params{"text": "Đoạn văn."}},
	}}
	d, err := c.Compose(context.Background(), tmpl, report.Data{"header": report.Header{Issuer: "SỞ NGOẠI VỤ", Year: 2022}})
	if err != nil {
		t.Fatal(err)
	}
	if d.Header.Issuer != "SỞ NGOẠI VỤ" || d.Header.Type != "BÁO CÁO" || d.Header.Year != 2022 || len(d.Body) != 3 || d.Body[1].(*report.Heading).Number != "I." {
		t.Errorf("composed %+v", d)
	}
	tests := []struct {
		entry report.Entry
		msg   string
	}{
		{report.Entry{Use: "section.nope"}, `entry 1 section.nope: report: not registered: section "section.nope" (forgotten import?`},
		{report.Entry{Use: "section.text"}, `entry 1 section.text: parameter "text": missing`},
		{report.Entry{Use: "section.text", Params: report.Params{"txt": "x"}}, `parameter "txt": unknown; section.text reads text`},
		{report.Entry{Use: "section.text", Params: report.Params{"text": 5}}, `parameter "text": want text, found int`},
		{report.Entry{Use: "section.fail"}, `entry 1 section.fail: no data for 2022`},
		{report.Entry{Heading: "X", Level: 9}, `level 9`},
		{report.Entry{}, `needs a heading, a section (use) or an annex`},
	}
	for _, tt := range tests {
		_, err := c.Compose(context.Background(), &report.Template{Name: "thử", Body: []report.Entry{tt.entry}}, nil)
		var se *report.SectionError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Compose(%+v) = %v; want a *SectionError with %q", tt.entry, err, tt.msg)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Compose(ctx, tmpl, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Compose(cancelled) = %v", err)
	}
}

type failing struct{}

func (failing) Build(context.Context, report.Input) ([]report.Block, error) {
	return nil, errors.New("no data for 2022")
}

func TestParseTemplate(t *testing.T) {
	src := `{
  "name": "sơ kết",
  "parts": "thứ nhất",
  "header": {"type": "BÁO CÁO"},
  "body": [
    {"heading": "KẾT QUẢ", "level": 1},
    {"use": "section.text", "params": {"text": "Đoạn."}},
    {"annex": {"title": "DANH SÁCH", "body": [
      {"use": "section.text", "params": {"text": "Phụ lục."}}
    ]}}
  ]
}`
	tmpl, err := report.ParseTemplate("tpl.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if tmpl.Name != "sơ kết" || len(tmpl.Body) != 3 || tmpl.Body[2].Annex == nil || len(tmpl.Body[2].Annex.Body) != 1 {
		t.Fatalf("template = %+v", tmpl)
	}
	reg := report.NewRegistry[report.Section]("section")
	reg.MustRegister("section.text", func() report.Section { return needsText{} })
	// A failing entry names its line in the file.
	broken := strings.Replace(src, `"params": {"text": "Phụ lục."}`, `"params": {"txt": "Phụ lục."}`, 1)
	tmpl, err = report.ParseTemplate("tpl.json", []byte(broken))
	if err != nil {
		t.Fatal(err)
	}
	_, err = report.Composer{Sections: reg}.Compose(context.Background(), tmpl, nil)
	if err == nil || !strings.Contains(err.Error(), "(line 9)") || !strings.Contains(err.Error(), `"txt"`) {
		t.Errorf("Compose(broken template) = %v; want the entry at line 9 and the unknown parameter", err)
	}
	for _, tt := range []struct{ src, msg string }{
		{`{"name": "x", "bodyy": []}`, `tpl.json:1: field "bodyy": unknown field`},
		{"{\"name\": \"x\",\n\"body\": [\n{\"heading\": \"A\", \"level\": 7}]}", `tpl.json:3: field "body[0].level"`},
		{"{\"body\": [\n{\"use\": \"x\"},\n{\"usе\": \"y\"}]}", `tpl.json:3: field "body[1].usе": unknown field`},
		{"{\"body\": [\n{}]}", `tpl.json:2: field "body[0]": an entry needs`},
		{`{"name": "x"}`, `missing`},
		{"{\"body\": [\n{\"use\": \"x\",}]}", `tpl.json:2`},
	} {
		_, err := report.ParseTemplate("tpl.json", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseTemplate(%q) = %v; want %q", tt.src, err, tt.msg)
		}
	}
}

// Rendering in parallel from the default registries is safe (run with -race).
func TestParallelRender(t *testing.T) {
	var wg sync.WaitGroup
	for _, f := range formats {
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d := reportSample()
				if err := report.Render(context.Background(), f.id, &bytes.Buffer{}, d); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
}

func TestComposeNilTemplate(t *testing.T) {
	if _, err := report.Compose(context.Background(), nil, nil); !errors.Is(err, report.ErrNil) {
		t.Errorf("Compose(nil) = %v; want report.ErrNil", err)
	}
}

// ParseBody reads a body inside a larger file and names that file's lines.
func TestParseBody(t *testing.T) {
	data := []byte("{\"agency\": \"Sở A\",\n \"body\": [\n  {\"heading\": \"I\", \"level\": 2},\n  {\"heading\": \"II\", \"levl\": 2}]}")
	var f struct {
		Body json.RawMessage `json:"body"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	_, err := report.ParseBody("bc.json", data, f.Body)
	if err == nil || err.Error() != `bc.json:4: field "body[1].levl": unknown field` {
		t.Errorf("ParseBody = %v; want the unknown field on line 4", err)
	}
	f.Body = []byte(strings.Replace(string(f.Body), "levl", "level", 1))
	data = []byte(strings.Replace(string(data), "levl", "level", 1))
	entries, err := report.ParseBody("bc.json", data, f.Body)
	if err != nil || len(entries) != 2 || entries[1].Heading != "II" {
		t.Errorf("ParseBody = %+v, %v; want two headings", entries, err)
	}
}

// A section's failure names the template file with the entry's line.
func TestSectionErrorNamesTheFile(t *testing.T) {
	tmpl, err := report.ParseTemplate("bc.json", []byte("{\"body\": [\n {\"use\": \"section.none\"}]}"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = report.Compose(context.Background(), tmpl, nil)
	var se *report.SectionError
	if !errors.As(err, &se) || se.File != "bc.json" || se.Line != 2 || !strings.HasPrefix(err.Error(), `report: bc.json: template "": entry 1 (line 2)`) {
		t.Errorf("Compose = %v; want the file and line of the entry", err)
	}
}
