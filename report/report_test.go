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
	"github.com/tdkt-vn/tdkt/source"
)

type fixed struct{ blocks []report.Block }

func (f fixed) Build(context.Context, report.Input) ([]report.Block, error) { return f.blocks, nil }

// textSection takes its text as a parameter.
type textSection struct {
	Text string `json:"text"`
}

func (s *textSection) Build(context.Context, report.Input) ([]report.Block, error) {
	if s.Text == "" {
		return nil, &report.ParamError{Name: "text", Err: errors.New("missing")}
	}
	return []report.Block{report.P(report.T(s.Text))}, nil
}

// countSection counts the names in a list of the data, for a year.
type countSection struct {
	Names report.Ref[[]string] `json:"names"`
	Year  report.Ref[int]      `json:"year"`
	Inner struct {
		Label report.Ref[string] `json:"label,omitzero"`
	} `json:"inner,omitzero"`
}

func (s *countSection) Build(context.Context, report.Input) ([]report.Block, error) {
	label := "người"
	if !s.Inner.Label.IsZero() {
		label = s.Inner.Label.Value()
	}
	return []report.Block{report.P(report.T(fmt.Sprintf("Năm %d: %d %s.", s.Year.Value(), len(s.Names.Value()), label)))}, nil
}

func TestRegistry(t *testing.T) {
	r := report.NewRegistry[report.Section]("section")
	newText := func() report.Section { return &textSection{} }
	if err := r.Register("text", newText); err != nil {
		t.Fatal(err)
	}
	var dup *report.AlreadyRegisteredError
	if err := r.Register("text", newText); !errors.As(err, &dup) || dup.Name != "text" {
		t.Errorf("second Register = %v; want *AlreadyRegisteredError", err)
	}
	for _, tt := range []struct {
		name string
		ok   bool
	}{
		{"prose", true}, {"award-list", true}, {"html-fragment", true}, {"x2", true},
		{"", false}, {"section.prose", false}, {"format.docx", false}, {"Prose", false}, {"award list", false},
		{"award_list", false}, {"-x", false}, {"2x", false}, {"đ", false}, {"prose ", false},
	} {
		err := r.Register(tt.name, newText)
		if tt.name == "text" {
			continue
		}
		if got := err == nil; got != tt.ok {
			t.Errorf("Register(%q) = %v; want ok %v", tt.name, err, tt.ok)
		}
	}
	if err := r.Register("nil", nil); err == nil {
		t.Error("Register(nil constructor) = nil")
	}
	if err := r.Register("nil-value", func() report.Section { return nil }); err == nil {
		t.Error("Register(constructor returning nil) = nil")
	}
	if err := r.Register("nil-pointer", func() report.Section { return (*textSection)(nil) }); err == nil {
		t.Error("Register(constructor returning a nil pointer) = nil")
	}
	_, err := r.New("missing")
	if !errors.Is(err, report.ErrNotRegistered) || !strings.Contains(err.Error(), "forgotten import?") || !strings.Contains(err.Error(), "text") {
		t.Errorf("New(missing) = %v; want ErrNotRegistered with a hint and the list", err)
	}
	a, _ := r.New("text")
	b, _ := r.New("text")
	if a == b {
		t.Error("New returns the same value twice; want a fresh one from the constructor")
	}
	// Safe for concurrent use: registering and looking up at once.
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			_ = r.Register(fmt.Sprintf("p%02d", i), newText)
		}()
		go func() {
			defer wg.Done()
			_, _ = r.New("text")
			_ = r.List()
		}()
	}
	wg.Wait()
	list := r.List()
	if len(list) != 21 || list[0] != "award-list" || list[len(list)-1] != "x2" || !isSorted(list) {
		t.Errorf("List() = %v; want 21 sorted names", list)
	}
	list[0] = "changed"
	if r.List()[0] != "award-list" {
		t.Error("List returns the registry's own slice; want a copy")
	}
}

// The default registries are reached only through functions.
func TestDefaultRegistries(t *testing.T) {
	names := report.RendererNames()
	want := []string{"docx", "html", "html-fragment", "json", "markdown", "text"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("RendererNames() = %v; want %v", names, want)
	}
	names[0] = "changed"
	if report.RendererNames()[0] != "docx" {
		t.Error("RendererNames returns the registry's own slice; want a copy")
	}
	if !isSorted(report.SectionNames()) {
		t.Errorf("SectionNames() = %v; want sorted", report.SectionNames())
	}
	err := report.Render(context.Background(), "pdf", &bytes.Buffer{}, reportSample())
	if !errors.Is(err, report.ErrNotRegistered) || !strings.Contains(err.Error(), `renderer "pdf" (forgotten import? registered: [docx html`) {
		t.Errorf("Render(pdf) = %v; want the forgotten import and the list", err)
	}
	if _, err := report.NewSection("section.prose"); !errors.Is(err, report.ErrNotRegistered) {
		t.Errorf("NewSection(section.prose) = %v; want ErrNotRegistered", err)
	}
	if err := report.RegisterRenderer("section.prose", func() report.Renderer { return nil }); err == nil || !strings.Contains(err.Error(), "bare lowercase name") {
		t.Errorf("RegisterRenderer(section.prose) = %v; want a bare name asked for", err)
	}
	var dup *report.AlreadyRegisteredError
	if err := report.RegisterRenderer("docx", func() report.Renderer { return nil }); err == nil {
		t.Error("RegisterRenderer(docx) again = nil")
	} else if err := report.RegisterSection("a-test-section", func() report.Section { return &textSection{} }); err != nil {
		t.Fatal(err)
	} else if err := report.RegisterSection("a-test-section", func() report.Section { return &textSection{} }); !errors.As(err, &dup) {
		t.Errorf("RegisterSection twice = %v; want *AlreadyRegisteredError", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("MustRegisterSection(a-test-section) twice did not panic")
			}
		}()
		report.MustRegisterSection("a-test-section", func() report.Section { return &textSection{} })
	}()
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
}

func TestPartStyleText(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want report.PartStyle
		ok   bool
	}{
		{"", report.PartOrdinal, true}, {"thứ nhất", report.PartOrdinal, true}, {"Thứ Nhất", report.PartOrdinal, true},
		{"La Mã", report.PartRoman, true}, {"la mã", report.PartRoman, true}, {"roman", report.PartRoman, true},
		{"La Ma\u0303", report.PartRoman, true}, // decomposed
		{"I", 0, false}, {"thứ hai", 0, false},
	} {
		var p report.PartStyle
		err := p.UnmarshalText([]byte(tt.in))
		if (err == nil) != tt.ok || (tt.ok && p != tt.want) {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v, ok %v", tt.in, p, err, tt.want, tt.ok)
		}
		if tt.ok {
			b, err := p.MarshalText()
			var back report.PartStyle
			if err != nil || back.UnmarshalText(b) != nil || back != p {
				t.Errorf("MarshalText(%v) = %q, %v; does not read back", p, b, err)
			}
		}
	}
	if _, err := report.PartStyle(7).MarshalText(); err == nil {
		t.Error("PartStyle(7).MarshalText() = nil error")
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
	for _, tt := range []struct{ in, msg string }{
		{"", "want number/symbol"},
		{"123", "want number/symbol"},
		{"0/BC-SNgV", "not a positive number"},
		{"-3/BC-SNgV", "not a positive number"},
		{"x/BC-SNgV", "not a positive number"},
		{"99999999999999999999/BC-SNgV", "not a positive number"},
		{"12/", "symbol"},
		{"12/BC--SNgV", "empty group"},
		{"12/XY-SNgV", `"XY" is not a type`},
		{"12/Qđ-SNgV", `"Qđ" is not a type`},
		{"12/BC SNgV", "without spaces"},
	} {
		if _, err := report.ParseNumber(tt.in); err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseNumber(%q) = %v; want an error with %q", tt.in, err, tt.msg)
		}
	}
	if a, ok := report.TypeAbbr("QUYẾT ĐỊNH"); !ok || a != "QĐ" {
		t.Errorf("TypeAbbr(QUYẾT ĐỊNH) = %q, %v", a, ok)
	}
}

func TestNumberValidate(t *testing.T) {
	for _, tt := range []struct {
		n   report.Number
		msg string // "" for valid
	}{
		{report.Number{}, ""},
		{report.Number{Type: "BC", Issuer: "SNV"}, ""},
		{report.Number{Seq: 1, Type: "QĐ", Issuer: "UBND"}, ""},
		{report.Number{Seq: 45, Issuer: "SNV-VP"}, ""},
		{report.Number{Seq: -1, Type: "BC", Issuer: "SNV"}, "sequence must be positive"},
		{report.Number{Seq: 3, Type: "XY", Issuer: "SNV"}, `type "XY" is not a type`},
		{report.Number{Seq: 3, Type: "bc", Issuer: "SNV"}, `type "bc" is not a type`},
		{report.Number{Seq: 3, Type: "BC"}, "no issuer"},
		{report.Number{Seq: 3, Type: "BC", Issuer: "S NV"}, "without spaces"},
		{report.Number{Seq: 3, Type: "BC", Issuer: "SNV-"}, "without spaces"},
	} {
		err := tt.n.Validate()
		if tt.msg == "" && err != nil || tt.msg != "" && (err == nil || !strings.Contains(err.Error(), tt.msg)) {
			t.Errorf("%+v.Validate() = %v; want %q", tt.n, err, tt.msg)
		}
	}
}

func TestAuthority(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"", true}, {"KT.", true}, {"TM.", true}, {"Q.", true}, {"TL.", true}, {"TUQ.", true},
		{"KT", false}, {"kt.", false}, {"PT.", false}, {"TUQ", false}, {" KT.", false}, {"Thay mặt", false},
	} {
		var a report.Authority
		err := a.UnmarshalText([]byte(tt.in))
		if (err == nil) != tt.ok || (tt.ok && string(a) != tt.in) {
			t.Errorf("UnmarshalText(%q) = %q, %v; want ok %v", tt.in, a, err, tt.ok)
		}
		if (report.Authority(tt.in).Validate() == nil) != tt.ok {
			t.Errorf("Authority(%q).Validate() ok = %v; want %v", tt.in, !tt.ok, tt.ok)
		}
	}
	// From JSON, as a data file gives a closing.
	var c report.Closing
	err := json.Unmarshal([]byte(`{"Signature": {"authority": "PT.", "name": "A"}}`), &c)
	if err == nil || !strings.Contains(err.Error(), `signature authority "PT."; want KT., TM., Q., TL., TUQ. or none`) {
		t.Errorf("json.Unmarshal(authority PT.) = %v", err)
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

func testRegistry() *report.Registry[report.Section] {
	reg := report.NewRegistry[report.Section]("section")
	reg.MustRegister("text", func() report.Section { return &textSection{} })
	reg.MustRegister("count", func() report.Section { return &countSection{} })
	reg.MustRegister("fail", func() report.Section { return failing{} })
	return reg
}

func TestCompose(t *testing.T) {
	c := report.Composer{Sections: testRegistry(), Header: report.Header{Issuer: "SỞ NGOẠI VỤ", Year: 2022}}
	tmpl := &report.Template{Name: "thử", Header: report.Header{Type: "BÁO CÁO", Issuer: "SỞ"}, Body: []report.Entry{
		{Heading: "KẾT QUẢ", Level: report.PartLevel},
		{Heading: "Nội dung", Level: report.SectionLevel, Use: "text", Params: json.RawMessage(`{"text": "Đoạn văn."}`)},
	}}
	d, err := c.Compose(context.Background(), tmpl, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Header.Issuer != "SỞ NGOẠI VỤ" || d.Header.Type != "BÁO CÁO" || d.Header.Year != 2022 || len(d.Body) != 3 || d.Body[1].(*report.Heading).Number != "I." {
		t.Errorf("composed %+v", d)
	}
	if tmpl.Header.Issuer != "SỞ" {
		t.Error("Compose changed the template's header")
	}
	tests := []struct {
		entry report.Entry
		msg   string
	}{
		{report.Entry{Use: "nope"}, `entry 1 nope: report: not registered: section "nope" (forgotten import?`},
		{report.Entry{Use: "section.text"}, `section "section.text" (forgotten import?`},
		{report.Entry{Use: "text"}, `entry 1 text: parameter "text": missing`},
		{report.Entry{Use: "text", Params: json.RawMessage(`{"txt": "x"}`)}, `field "txt": unknown field`},
		{report.Entry{Use: "text", Params: json.RawMessage(`{"text": 5}`)}, `field "text": want a string, found a number`},
		{report.Entry{Use: "fail"}, `entry 1 fail: no data for 2022`},
		{report.Entry{Use: "fail", Params: json.RawMessage(`{"x": 1}`)}, `the section takes no parameters: its constructor returns a report_test.failing`},
		{report.Entry{Params: json.RawMessage(`{}`), Heading: "X", Level: 2}, `params without a section`},
		{report.Entry{Use: "text", Section: &textSection{Text: "x"}}, `not both`},
		{report.Entry{Section: (*textSection)(nil)}, `the section is a nil *report_test.textSection`},
		{report.Entry{Heading: "X", Level: 9}, `level 9`},
		{report.Entry{Heading: "Năm {nam", Level: 2}, `"Năm {nam": { without }`},
		{report.Entry{Heading: "Năm {}", Level: 2}, `{} without a name`},
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

// The header and the signature are checked where they enter the composer.
func TestComposeChecksDecreeValues(t *testing.T) {
	reg := report.NewRegistry[report.Section]("section")
	body := []report.Entry{{Heading: "A", Level: 2}}
	for _, tt := range []struct {
		name string
		c    report.Composer
		t    report.Template
		msg  string
	}{
		{"negative sequence in the composer's header", report.Composer{Header: report.Header{Number: report.Number{Seq: -2, Type: "BC", Issuer: "SNV"}}},
			report.Template{Body: body}, "sequence must be positive"},
		{"unknown type in the template's header", report.Composer{},
			report.Template{Header: report.Header{Number: report.Number{Type: "BK", Issuer: "SNV"}}, Body: body}, `type "BK" is not a type`},
		{"a part style out of range", report.Composer{}, report.Template{Parts: 9, Body: body}, "parts: 9"},
		{"a signature by an authority the decree does not know", report.Composer{},
			report.Template{Body: []report.Entry{{Section: fixed{[]report.Block{&report.Closing{Signature: report.Signature{Authority: "PT.", Name: "A"}}}}}}},
			`block 1 (*report.Closing): report: signature authority "PT."`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.c.Sections = reg
			_, err := tt.c.Compose(context.Background(), &tt.t, nil)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Compose = %v; want an error with %q", err, tt.msg)
			}
		})
	}
}

// A section that returns a nil block, even a typed one, or a nil inline,
// fails with an error naming it, instead of a panic in numbering or in a
// renderer.
func TestComposeRefusesNilBlocks(t *testing.T) {
	for _, tt := range []struct {
		name   string
		blocks []report.Block
		msg    string
	}{
		{"nil block", []report.Block{report.P(report.T("a")), nil}, "nil block (block 2, nil)"},
		{"typed nil paragraph", []report.Block{(*report.Paragraph)(nil)}, "nil block (block 1, (*report.Paragraph)(nil))"},
		{"typed nil heading", []report.Block{(*report.Heading)(nil)}, "(*report.Heading)(nil)"},
		{"typed nil table", []report.Block{(*report.Table)(nil)}, "(*report.Table)(nil)"},
		{"typed nil closing", []report.Block{(*report.Closing)(nil)}, "(*report.Closing)(nil)"},
		{"typed nil annex", []report.Block{(*report.Annex)(nil)}, "(*report.Annex)(nil)"},
		{"typed nil in an annex", []report.Block{&report.Annex{Blocks: []report.Block{(*report.List)(nil)}}}, "block 1 (*report.Annex): the section returned a nil block (block 1, (*report.List)(nil))"},
		{"typed nil text", []report.Block{report.P(report.T("a"), (*report.Text)(nil))}, "nil inline (inline 2, (*report.Text)(nil))"},
		{"typed nil note", []report.Block{&report.List{Items: [][]report.Inline{{(*report.Note)(nil)}}}}, "(*report.Note)(nil)"},
		{"nil in a footnote", []report.Block{report.P(&report.Note{Runs: []report.Inline{(*report.Figure)(nil)}})}, "footnote: the section returned a nil inline"},
		{"nil in a heading", []report.Block{&report.Heading{Level: 2, Title: []report.Inline{nil}}}, "nil inline (inline 1, nil)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			reg := report.NewRegistry[report.Section]("section")
			reg.MustRegister("broken", func() report.Section { return fixed{tt.blocks} })
			tmpl, err := report.ParseTemplate("mau.json", []byte("{\"name\": \"mẫu\", \"body\": [\n {\"heading\": \"A\", \"level\": 2},\n {\"use\": \"broken\"}]}"))
			if err != nil {
				t.Fatal(err)
			}
			_, err = report.Composer{Sections: reg}.Compose(context.Background(), tmpl, nil)
			var se *report.SectionError
			if !errors.As(err, &se) || se.Use != "broken" || se.Line != 3 || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Compose = %v; want a *SectionError for broken at line 3 with %q", err, tt.msg)
			}
		})
	}
}

type failing struct{}

func (failing) Build(context.Context, report.Input) ([]report.Block, error) {
	return nil, errors.New("no data for 2022")
}

// Parameters are decoded into the section's own struct: unknown fields are
// errors at the template's line, a Ref names data that must exist and be
// of its type.
func TestTypedParams(t *testing.T) {
	reg := testRegistry()
	data := report.Data{"ten": []string{"An", "Bình", "Cúc"}, "nam": 2025, "nhan": "cá nhân", "so": "ba"}
	compose := func(params string) (string, error) {
		src := "{\"name\": \"mẫu\",\n \"body\": [\n  {\"heading\": \"A\", \"level\": 2},\n  {\"use\": \"count\",\n   \"params\": " + params + "}]}"
		tmpl, err := report.ParseTemplate("mau.json", []byte(src))
		if err != nil {
			return "", err
		}
		d, err := report.Composer{Sections: reg}.Compose(context.Background(), tmpl, data)
		if err != nil {
			return "", err
		}
		return report.Plain(d.Body[1].(*report.Paragraph).Runs), nil
	}
	for _, tt := range []struct {
		name, params, want string
	}{
		{"names of data", `{"names": "ten", "year": "nam"}`, "Năm 2025: 3 người."},
		{"a literal year", `{"names": "ten", "year": 2024}`, "Năm 2024: 3 người."},
		{"a literal list", `{"names": ["X"], "year": 2024}`, "Năm 2024: 1 người."},
		{"a nested ref", `{"names": "ten", "year": "nam", "inner": {"label": "nhan"}}`, "Năm 2025: 3 cá nhân."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := compose(tt.params)
			if err != nil || got != tt.want {
				t.Errorf("Compose = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		name, params, msg string
	}{
		{"an unknown parameter, at its line", "{\"names\": \"ten\",\n    \"yaer\": \"nam\"}", `report: template "mẫu": entry 2 (line 4) count: mau.json:6: field "body[1].params.yaer": unknown field`},
		{"an unknown nested parameter", `{"names": "ten", "inner": {"lable": "nhan"}}`, `field "body[1].params.inner.lable": unknown field`},
		{"missing data", `{"names": "khong_co", "year": "nam"}`, `entry 2 (line 4) count: parameter "names": no data named "khong_co"`},
		{"data of another type", `{"names": "ten", "year": "so"}`, `parameter "year": data "so" holds a value of type string; want int`},
		{"data of another type, nested", `{"names": "ten", "year": "nam", "inner": {"label": "ten"}}`, `parameter "inner.label": data "ten" holds a value of type []string; want string`},
		{"a literal of another type", `{"names": "ten", "year": true}`, `field "body[1].params.year": want a whole number, found true or false`},
		{"an empty name", `{"names": "", "year": 2024}`, `an empty name of data`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := compose(tt.params)
			if err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Compose = %v\nwant an error with %q", err, tt.msg)
			}
			var pe *report.ParamError
			var srcErr *source.Error
			if strings.Contains(tt.msg, "parameter") && !errors.As(err, &pe) {
				t.Errorf("Compose = %v; want a *ParamError", err)
			}
			if strings.Contains(tt.msg, "field") && !errors.As(err, &srcErr) {
				t.Errorf("Compose = %v; want a *source.Error", err)
			}
		})
	}
}

// A Go template holds section values, configured: with literals, or with
// names of data that each Compose resolves on its own copy, so that the
// template serves concurrent calls with different data.
func TestGoTemplateHoldsSections(t *testing.T) {
	s := &countSection{Names: report.Named[[]string]("ten"), Year: report.Literal(2025)}
	tmpl := &report.Template{Name: "go", Body: []report.Entry{
		{Heading: "Kết quả", Level: report.SectionLevel, Section: s},
		{Section: fixed{[]report.Block{report.P(report.T("Hết."))}}},
	}}
	var wg sync.WaitGroup
	for i := 1; i <= 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			names := make([]string, i)
			d, err := report.Compose(context.Background(), tmpl, report.Data{"ten": names})
			if err != nil {
				t.Error(err)
				return
			}
			want := fmt.Sprintf("Năm 2025: %d người.", i)
			if got := report.Plain(d.Body[1].(*report.Paragraph).Runs); got != want {
				t.Errorf("Compose with %d names = %q; want %q", i, got, want)
			}
		}()
	}
	wg.Wait()
	func() {
		defer func() {
			if p := recover(); p == nil || !strings.Contains(fmt.Sprint(p), `Ref to data "ten" used before Compose resolved it`) {
				t.Errorf("Value of an unresolved Ref: recover() = %v", p)
			}
		}()
		_ = s.Names.Value() // the template's own value is never resolved
	}()
	_, err := report.Compose(context.Background(), tmpl, report.Data{"ten": "An"})
	var se *report.SectionError
	if !errors.As(err, &se) || se.Use != "*report_test.countSection" || se.Entry != 1 || !strings.Contains(err.Error(), `parameter "names": data "ten" holds a value of type string; want []string`) {
		t.Errorf("Compose(wrong data) = %v; want the section's type, the entry and the parameter", err)
	}
}

func TestRef(t *testing.T) {
	data := report.Data{"tien": metrics.MustAmount("5740000", metrics.VND), "so": 7, "chu": "bảy", "ds": []string{"a"}, "rong": nil}
	for _, tt := range []struct {
		name string
		want string
		msg  string
	}{
		{"tien", "5.740.000 đồng", ""}, {"so", "7", ""}, {"chu", "bảy", ""},
		{"ds", "", `data "ds" holds a value of type []string; want a figure`},
		{"rong", "", `data "rong" holds nothing (nil); want a figure`},
		{"khong", "", `no data named "khong"`},
	} {
		v, err := report.Named[report.Value](tt.name).Resolve(data)
		switch {
		case tt.msg == "" && (err != nil || v.Text() != tt.want):
			t.Errorf("Resolve(%q) = %v, %v; want %q", tt.name, v, err, tt.want)
		case tt.msg != "" && (err == nil || !strings.Contains(err.Error(), tt.msg)):
			t.Errorf("Resolve(%q) = %v; want an error with %q", tt.name, err, tt.msg)
		}
	}
	var zero report.Ref[int]
	if v, err := zero.Resolve(data); !zero.IsZero() || v != 0 || err != nil || zero.Value() != 0 {
		t.Errorf("a zero Ref: IsZero %v, Resolve %v, %v", zero.IsZero(), v, err)
	}
	lit := report.Literal(3)
	if lit.IsZero() || lit.Name() != "" || lit.Value() != 3 {
		t.Errorf("Literal(3) = %+v", lit)
	}
	var r report.Ref[[]string]
	if err := json.Unmarshal([]byte(`"ds"`), &r); err != nil || r.Name() != "ds" {
		t.Errorf("Unmarshal(\"ds\") = %+v, %v", r, err)
	}
	if err := json.Unmarshal([]byte(`{"a": 1}`), &r); err == nil {
		t.Errorf("Unmarshal(object into Ref[[]string]) = nil error")
	}
}

func TestParseTemplate(t *testing.T) {
	src := `{
  "name": "sơ kết",
  "parts": "La Mã",
  "header": {"type": "BÁO CÁO", "number": {"type": "BC", "issuer": "SNV"}},
  "body": [
    {"heading": "KẾT QUẢ", "level": 1},
    {"use": "text", "params": {"text": "Đoạn."}},
    {"annex": {"title": "DANH SÁCH", "body": [
      {"use": "text", "params": {"text": "Phụ lục."}}
    ]}}
  ]
}`
	tmpl, err := report.ParseTemplate("tpl.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if tmpl.Name != "sơ kết" || tmpl.Parts != report.PartRoman || len(tmpl.Body) != 3 || tmpl.Body[2].Annex == nil || len(tmpl.Body[2].Annex.Body) != 1 {
		t.Fatalf("template = %+v", tmpl)
	}
	reg := testRegistry()
	d, err := report.Composer{Sections: reg}.Compose(context.Background(), tmpl, nil)
	if err != nil || d.Body[0].(*report.Heading).Number != "Phần I" {
		t.Fatalf("Compose = %v; want Phần I", err)
	}
	// A failing entry names its line in the file, and the parameter its own.
	broken := strings.Replace(src, `"params": {"text": "Phụ lục."}`, `"params": {"txt": "Phụ lục."}`, 1)
	tmpl, err = report.ParseTemplate("tpl.json", []byte(broken))
	if err != nil {
		t.Fatal(err)
	}
	_, err = report.Composer{Sections: reg}.Compose(context.Background(), tmpl, nil)
	var se *report.SectionError
	var srcErr *source.Error
	if !errors.As(err, &se) || se.Line != 9 || !errors.As(err, &srcErr) || srcErr.Line != 9 || srcErr.Field != "body[2].annex.body[0].params.txt" {
		t.Errorf("Compose(broken template) = %v; want the entry and the parameter at line 9", err)
	}
	for _, tt := range []struct{ src, msg string }{
		{`{"name": "x", "bodyy": []}`, `tpl.json:1: field "bodyy": unknown field`},
		{"{\"name\": \"x\",\n\"body\": [\n{\"heading\": \"A\", \"level\": 7}]}", `tpl.json:3: field "body[0].level"`},
		{"{\"body\": [\n{\"use\": \"x\"},\n{\"usе\": \"y\"}]}", `tpl.json:3: field "body[1].usе": unknown field`},
		{"{\"body\": [\n{}]}", `tpl.json:2: field "body[0]": an entry needs`},
		{"{\"body\": [\n{\"heading\": \"A\", \"level\": 2,\n \"params\": {}}]}", `tpl.json:3: field "body[0].params": params without a section (use)`},
		// The parameters' text stands earlier in the entry: the error
		// still names the line of "params".
		{"{\"body\": [\n{\"heading\": \"{}\", \"level\": 2,\n\n \"params\": {}}]}", `tpl.json:4: field "body[0].params": params without a section (use)`},
		{`{"name": "x"}`, `missing`},
		{"{\"body\": [\n{\"use\": \"x\",}]}", `tpl.json:2`},
		{"{\"name\": \"x\",\n \"parts\": \"Ả Rập\", \"body\": []}", `tpl.json:2: field "parts": report: parts "Ả Rập"; want "thứ nhất" or "La Mã"`},
		{"{\"header\": {\"type\": \"BÁO CÁO\",\n \"number\": {\"seq\": -1, \"type\": \"BC\", \"issuer\": \"SNV\"}}, \"body\": []}", `tpl.json:2: field "header.number": report: number -1/BC-SNV: the sequence must be positive`},
		{"{\"header\": {\n \"number\": {\"type\": \"XX\", \"issuer\": \"SNV\"}}, \"body\": []}", `tpl.json:2: field "header.number": report: number type "XX" is not a type`},
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
				if err := report.Render(context.Background(), f.name, &bytes.Buffer{}, d); err != nil {
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
	tmpl, err := report.ParseTemplate("bc.json", []byte("{\"body\": [\n {\"use\": \"none\"}]}"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = report.Compose(context.Background(), tmpl, nil)
	var se *report.SectionError
	if !errors.As(err, &se) || se.File != "bc.json" || se.Line != 2 || !strings.HasPrefix(err.Error(), `report: bc.json: template "": entry 1 (line 2) none: report: not registered: section "none" (forgotten import?`) {
		t.Errorf("Compose = %v; want the file and line of the entry", err)
	}
}

// TestCheck: a template an officer uploads is checked without data: an
// unknown section, an unknown parameter and a parameter of the wrong type
// are errors at their lines; a good template passes.
func TestCheck(t *testing.T) {
	c := report.Composer{Sections: testRegistry()}
	for _, tc := range []struct{ name, src, want string }{
		{"good", "{\"name\": \"mẫu\", \"body\": [\n {\"use\": \"count\", \"params\": {\"names\": \"ten\", \"year\": 2025}}]}", ""},
		{"unknown section", "{\"name\": \"mẫu\", \"body\": [\n {\"use\": \"cuont\"}]}", `"cuont"`},
		{"unknown parameter", "{\"name\": \"mẫu\", \"body\": [\n {\"use\": \"count\",\n  \"params\": {\"yaer\": 2025}}]}", `mau.json:3: field "body[0].params.yaer": unknown field`},
		{"wrong type", "{\"name\": \"mẫu\", \"body\": [\n {\"use\": \"count\",\n  \"params\": {\"year\": true}}]}", `field "body[0].params.year"`},
		{"heading level", "{\"name\": \"mẫu\", \"body\": [\n {\"heading\": \"A\", \"level\": 9}]}", `mau.json:2: field "body[0].level"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tmpl, err := report.ParseTemplate("mau.json", []byte(tc.src))
			if err == nil {
				err = c.Check(tmpl)
			}
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Check = %v; want nil", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Check = %v; want an error with %q", err, tc.want)
			}
		})
	}
	if err := c.Check(nil); !errors.Is(err, report.ErrNil) {
		t.Errorf("Check(nil) = %v; want ErrNil", err)
	}
}
