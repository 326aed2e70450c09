// Package reporttest checks that sections and renderers behave as the
// report package expects, the way testing/fstest checks file systems. A
// plug-in's own tests call TestRenderer or TestSection:
//
//	func TestMyTable(t *testing.T) {
//		reporttest.TestSection(t, func() report.Section { return &MyTable{} },
//			`{"rows": "bang"}`, report.Data{"bang": rows})
//	}
package reporttest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"golang.org/x/text/unicode/norm"
)

// Sample returns a numbered document that holds every kind of block and
// inline, footnotes in the body and in an annex, paragraphs centred, to
// the right and kept with the next, a table with aligned columns, a width
// hint, totals and kept with the paragraph after it, and text meant to
// break a careless renderer: markup, quotes, ampersands.
func Sample() *report.Document {
	amount := metrics.MustAmount("2171123", metrics.USD)
	d := &report.Document{
		Header: report.Header{
			Parent: "UBND tỉnh Lam Sơn", Issuer: "Sở Văn hóa, Thể thao và Du lịch",
			Number: report.Number{Type: "BC", Issuer: "SVHTTDL"}, Place: "Lam Sơn", Year: 2026,
			Type: "Báo cáo", Summary: "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026",
		},
		Body: []report.Block{
			&report.Paragraph{Runs: []report.Inline{&report.Text{Text: "KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG", Bold: true}},
				Align: report.AlignCenter, KeepNext: true},
			report.P(report.T("Thực hiện Kế hoạch số 12/KH-SVHTTDL, Sở báo cáo như sau:")),
			report.H(report.PartLevel, "KẾT QUẢ THỰC HIỆN"),
			report.H(report.SectionLevel, "CÔNG TÁC THI ĐUA"),
			report.H(report.ItemLevel, "Phong trào thi đua thường xuyên"),
			&report.Paragraph{Runs: []report.Inline{
				report.T("Tổng kinh phí tài trợ "), &report.Figure{Value: report.AmountValue(amount, metrics.Formatter{})},
				&report.Note{Runs: []report.Inline{report.T("Gồm 06 tổ chức phi chính phủ & 02 tổ chức hội.")}},
				report.T("; "), &report.Text{Text: "vượt kế hoạch", Bold: true}, report.T(" và "), &report.Text{Text: "đúng tiến độ", Italic: true}, report.T("."),
			}},
			report.H(report.SubitemLevel, "Công tác văn phòng"),
			&report.List{Items: [][]report.Inline{
				{report.T("Tiếp nhận 3.615 văn bản đến")},
				{report.T("Ban hành 810 văn bản đi"), &report.Note{Runs: []report.Inline{report.T("Kể cả văn bản điện tử.")}}},
			}},
			report.H(report.PointLevel, "Điểm a"),
			report.P(report.T(`Văn bản "trích dẫn" với <b>thẻ</b> & ký tự <script>alert(1)</script>`)),
			&report.Table{
				Caption:  "Bảng 1. Kết quả khen thưởng",
				Head:     []string{"STT", "Hình thức", "Số lượng", "Số tiền (đồng)"},
				Rows:     [][]string{{"1", "Lao động tiên tiến", "30", "13.500.000"}, {"2", "Tập thể lao động tiên tiến", "05", "6.000.000"}},
				Foot:     [][]string{{"", "Cộng", "35", "19.500.000"}},
				Columns:  []report.Column{{Align: report.AlignCenter, Width: 8}, {}, {Align: report.AlignRight}, {Align: report.AlignRight}},
				KeepNext: true,
			},
			&report.Paragraph{Runs: []report.Inline{&report.Text{Text: "Bằng chữ: Mười chín triệu năm trăm nghìn đồng.", Italic: true}}, Align: report.AlignRight},
			report.H(report.PartLevel, "PHƯƠNG HƯỚNG, NHIỆM VỤ"),
			report.H(report.SectionLevel, "NHIỆM VỤ TRỌNG TÂM"),
			report.P(report.T("Tiếp tục đổi mới công tác thi đua, khen thưởng.")),
			&report.List{Numbered: true, Items: [][]report.Inline{{report.T("Tăng cường kiểm tra, đôn đốc.")}, {report.T("Nhân rộng điển hình tiên tiến.")}}},
			&report.Closing{
				Recipients: []string{"Ban Thi đua - Khen thưởng tỉnh;", "Lưu: VT, VP."},
				Signature:  report.Signature{Authority: report.KT, For: "Giám đốc", Position: "Phó Giám đốc", Name: "Nguyễn Thị Lan"},
			},
			&report.Annex{
				Title: "DANH SÁCH", Subtitle: "Cá nhân đạt danh hiệu “Lao động tiên tiến”",
				Ref: "(Kèm theo Báo cáo số /BC-SVHTTDL)",
				Blocks: []report.Block{
					&report.Table{Head: []string{"STT", "Họ và tên"}, Rows: [][]string{{"1", "Trần Văn Bình"}},
						Columns: []report.Column{{Align: report.AlignCenter}, {Align: report.AlignLeft}}, SplitRows: true},
					&report.Paragraph{Runs: []report.Inline{report.T("Ghi chú"), &report.Note{Runs: []report.Inline{report.T("Danh sách xếp theo tên.")}}}},
				},
			},
		},
	}
	d.Number()
	return d
}

// Short is a short document: a commune's report on its awards, with a
// figure, a footnote, a text that looks like markup and a signature. The
// renderers' examples print it.
func Short() *report.Document {
	d := &report.Document{
		Header: report.Header{Issuer: "UBND xã Tân Lập", Number: report.Number{Type: "BC", Issuer: "UBND"},
			Place: "Tân Lập", Year: 2026, Type: "Báo cáo", Summary: "Kết quả khen thưởng năm 2025"},
		Body: []report.Block{
			report.H(report.SectionLevel, "KẾT QUẢ"),
			report.P(report.T("Tổng tiền thưởng "),
				&report.Figure{Value: report.AmountValue(metrics.MustAmount("7810000", metrics.VND), metrics.Formatter{})},
				&report.Note{Runs: []report.Inline{report.T("Quỹ thi đua, khen thưởng của xã.")}},
				report.T(" cho <b>10</b> tập thể & cá nhân.")),
			&report.Closing{Recipients: []string{"Lưu: VT."},
				Signature: report.Signature{Authority: report.TM, For: "Ủy ban nhân dân", Position: "Chủ tịch", Name: "Lương Văn Quang"}},
		},
	}
	d.Number()
	return d
}

// Texts returns every text a reader must find in a rendering of d: the
// header's lines, each paragraph, heading, list item, table cell, footnote
// and signature line, with figures formatted. A run of inlines is cut at
// its footnote references, whose numbers a rendering places between the
// pieces.
func Texts(d *report.Document) []string {
	h := d.Header
	out := []string{strings.ToUpper(h.Issuer), h.Number.String(), report.NationalName, report.Motto, h.PlaceDate(), strings.ToUpper(h.Type), h.Summary}
	if h.Parent != "" {
		out = append(out, strings.ToUpper(h.Parent))
	}
	var walk func([]report.Block)
	walk = func(bs []report.Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case *report.Heading:
				out = append(out, b.Number)
				out = append(out, pieces(b.Title)...)
			case *report.Paragraph:
				out = append(out, pieces(b.Runs)...)
			case *report.List:
				for _, it := range b.Items {
					out = append(out, pieces(it)...)
				}
			case *report.Table:
				out = append(out, b.Caption)
				for _, rows := range [][][]string{{b.Head}, b.Rows, b.Foot} {
					for _, r := range rows {
						out = append(out, r...)
					}
				}
			case *report.Closing:
				out = append(out, b.Recipients...)
				out = append(out, b.Signature.Lines()...)
				out = append(out, b.Signature.Name)
			case *report.Annex:
				out = append(out, b.Title, b.Subtitle, b.Ref)
				walk(b.Blocks)
			}
		}
	}
	walk(d.Body)
	for _, n := range d.Footnotes {
		out = append(out, pieces(n.Runs)...)
	}
	var kept []string
	for _, s := range out {
		if strings.TrimSpace(s) != "" {
			kept = append(kept, s)
		}
	}
	return kept
}

// TestRenderer checks a renderer: it writes the sample without error; the
// same document gives the same bytes, also when rendered from several
// goroutines at once; a cancelled context stops it with the context's
// error; it never panics on text with control characters or invalid UTF-8,
// nor on a document with nil blocks, inlines or values; a nil document is
// report.ErrNil.
func TestRenderer(t *testing.T, r report.Renderer) {
	t.Helper()
	d := Sample()
	var first bytes.Buffer
	if err := r.Render(context.Background(), &first, d); err != nil {
		t.Fatalf("Render(sample) = %v", err)
	}
	if first.Len() == 0 {
		t.Fatal("Render(sample) wrote nothing")
	}
	var wg sync.WaitGroup
	outs := make([][]byte, 4)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := r.Render(context.Background(), &b, d); err == nil {
				outs[i] = b.Bytes()
			}
		}()
	}
	wg.Wait()
	for i, o := range outs {
		if !bytes.Equal(o, first.Bytes()) {
			t.Errorf("render %d in parallel differs from the first: output is not deterministic or the renderer shares state", i)
		}
	}
	big := &report.Document{Header: d.Header}
	for i := 0; i < 5000; i++ {
		big.Body = append(big.Body, report.P(report.T("đoạn")))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.Render(ctx, &bytes.Buffer{}, big); !errors.Is(err, context.Canceled) {
		t.Errorf("Render with a cancelled context = %v; want context.Canceled", err)
	}
	hostile := Sample()
	hostile.Header.Summary = "bad \x00\x01\x1b[31m \xff\xfe utf-8 \u2028 end"
	hostile.Body = append(hostile.Body, report.P(report.T("\x7f\x85\t\r\n\xc3\x28")))
	if err := r.Render(context.Background(), &bytes.Buffer{}, hostile); err != nil {
		t.Errorf("Render(text with control characters and invalid UTF-8) = %v", err)
	}
	if err := r.Render(context.Background(), &bytes.Buffer{}, nil); !errors.Is(err, report.ErrNil) {
		t.Errorf("Render(nil) = %v; want report.ErrNil", err)
	}
	// A document with holes in it renders, or fails, without a panic.
	holes := Holes()
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Errorf("Render(a document with nil blocks, inlines and values) panics: %v", p)
			}
		}()
		_ = r.Render(context.Background(), &bytes.Buffer{}, holes)
	}()
}

// TestSection checks a section, made by newS as a registry's constructor
// makes it, with params (the JSON object a template file gives it; "" for
// none) and data:
//
//   - newS returns a non-nil value, a fresh one on each call, and a pointer
//     when params are given, so that the composer can decode them;
//   - composed from a template file's entry, the section decodes params
//     (unknown fields are errors) and builds without error blocks the
//     composer accepts (no nil block or inline, not even a typed nil; a
//     signature the decree allows), with text in Unicode NFC and valid
//     UTF-8, and the same blocks when composed again;
//   - held as a value in a Go template, it gives the same blocks from
//     several goroutines at once: Build does not change the section;
//   - a section without its parameters and data, and Build with a
//     cancelled context, give an error or blocks, never a panic.
func TestSection(t *testing.T, newS func() report.Section, params string, data report.Data) {
	t.Helper()
	if newS == nil {
		t.Fatal("newS is nil")
	}
	a, b := newS(), newS()
	if isNil(a) {
		t.Fatalf("newS() = %#v; want a non-nil section", a)
	}
	va := reflect.ValueOf(a)
	if va.Kind() == reflect.Pointer && va.Type().Elem().Size() > 0 && va.Pointer() == reflect.ValueOf(b).Pointer() {
		t.Errorf("newS returns the same %T twice; want a fresh value on each call", a)
	}
	if params != "" && va.Kind() != reflect.Pointer {
		t.Fatalf("newS returns a %T, not a pointer: the composer cannot decode parameters into it", a)
	}
	reg := report.NewRegistry[report.Section]("section")
	reg.MustRegister("under-test", newS)
	c := report.Composer{Sections: reg}
	entry := report.Entry{Use: "under-test"}
	if params != "" {
		entry.Params = json.RawMessage(params)
	}
	tmpl := &report.Template{Name: "reporttest", Body: []report.Entry{entry}}
	d, err := c.Compose(context.Background(), tmpl, data)
	if err != nil {
		t.Fatalf("Compose(the section with params %s) = %v", params, err)
	}
	first := Texts(d)
	for _, s := range first {
		if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
			t.Errorf("text %q is not valid NFC", s)
		}
	}
	again, err := c.Compose(context.Background(), tmpl, data)
	if err != nil || !reflect.DeepEqual(first, Texts(again)) {
		t.Errorf("the section is not deterministic: composed again, %v", err)
	}

	// Held as a value in a Go template: the same blocks from several
	// goroutines.
	s := newS()
	if params != "" {
		if err := json.Unmarshal([]byte(params), s); err != nil {
			t.Fatalf("json.Unmarshal(params) = %v", err)
		}
	}
	goTmpl := &report.Template{Name: "reporttest", Body: []report.Entry{{Section: s}}}
	var wg sync.WaitGroup
	outs := make([][]string, 4)
	errs := make([]error, 4)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := c.Compose(context.Background(), goTmpl, data)
			if err == nil {
				outs[i] = Texts(d)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i := range outs {
		if errs[i] != nil || !reflect.DeepEqual(outs[i], first) {
			t.Errorf("composed as a Go template's value, in parallel (%d): %v; the blocks differ or Build changes the section", i, errs[i])
		}
	}

	// Without parameters or data, and with a cancelled context: an error
	// or blocks, never a panic.
	noPanic(t, "Compose(the section without params, with no data)", func() {
		_, _ = c.Compose(context.Background(), &report.Template{Body: []report.Entry{{Use: "under-test"}}}, report.Data{})
	})
	noPanic(t, "Compose(the section with params, with no data)", func() {
		_, _ = c.Compose(context.Background(), tmpl, report.Data{})
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	noPanic(t, "Build(a cancelled context, no data) on a fresh section", func() {
		_, _ = newS().Build(ctx, report.Input{Data: report.Data{}})
	})
}

func noPanic(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Errorf("%s panics: %v", what, p)
		}
	}()
	f()
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

// pieces returns the plain text of runs, cut at footnote references.
func pieces(runs []report.Inline) []string {
	var out []string
	start := 0
	for i, r := range runs {
		if _, ok := r.(*report.Note); ok {
			out = append(out, report.Plain(runs[start:i]))
			start = i + 1
		}
	}
	return append(out, report.Plain(runs[start:]))
}

// Hostile returns the [Sample] document with s in every text field: the
// header, a heading, runs (bold, a figure, a footnote), an aligned and
// kept paragraph, a list, a table with a head, a totals row and column
// settings, the closing and an annex. Fuzz a renderer with it: whatever s
// is, the renderer must not fail, and must escape or drop what it cannot
// show.
func Hostile(s string) *report.Document {
	d := Sample()
	d.Header.Parent, d.Header.Issuer, d.Header.Summary, d.Header.Place = s, s, s, s
	d.Body = append(d.Body,
		&report.Heading{Level: report.ItemLevel, Title: []report.Inline{report.T(s)}},
		&report.Paragraph{Runs: []report.Inline{&report.Text{Text: s, Bold: true}, &report.Figure{Value: report.TextValue(s)}, &report.Note{Runs: []report.Inline{report.T(s)}}}},
		&report.Paragraph{Runs: []report.Inline{report.T(s)}, Align: report.AlignCenter, KeepNext: true},
		&report.List{Items: [][]report.Inline{{report.T(s)}}},
		&report.Table{Caption: s, Head: []string{s}, Rows: [][]string{{s, s}}, Foot: [][]string{{s}},
			Columns: []report.Column{{Align: report.AlignCenter, Width: 10}, {Align: report.AlignRight}}, KeepNext: true},
		&report.Closing{Recipients: []string{s}, Signature: report.Signature{For: s, Position: s, Name: s}},
		&report.Annex{Title: s, Subtitle: s, Ref: s, Blocks: []report.Block{report.P(report.T(s))}})
	d.Number()
	return d
}

// Holes returns a document built by hand with holes in it, as a careless
// section or portal might make one: nil blocks and inlines, a figure
// without a value, ragged table rows, more or fewer columns than cells,
// alignments that are none of the constants, width hints out of range or
// over the page, an empty paragraph and table, an empty list item, an
// empty annex and closing. A renderer renders it, or fails, without a
// panic; [TestRenderer] checks that.
func Holes() *report.Document {
	holes := &report.Document{Body: []report.Block{
		nil, report.P(nil, &report.Figure{}, report.T("x")), &report.Heading{},
		&report.Table{Head: []string{"a"}, Rows: [][]string{{"1", "2", "3"}, nil}, Foot: [][]string{{"1", "2", "3", "4", "5", "6"}},
			Columns: []report.Column{{Align: report.AlignRight, Width: 100}, {Align: 200, Width: -5}, {Width: 1000}, {Align: report.AlignCenter, Width: 100}, {}}},
		&report.Paragraph{Align: 200, KeepNext: true}, &report.Table{KeepNext: true},
		&report.List{Items: [][]report.Inline{nil, {nil}}}, &report.Annex{Blocks: []report.Block{nil}}, &report.Closing{},
	}}
	holes.Number()
	return holes
}
