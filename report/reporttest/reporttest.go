// Package reporttest checks that sections and renderers behave as the
// report package expects, the way testing/fstest checks file systems. A
// plug-in's own tests call TestRenderer or TestSection.
package reporttest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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
// inline, footnotes in the body and in an annex, and text meant to break a
// careless renderer: markup, quotes, ampersands.
func Sample() *report.Document {
	amount := metrics.MustAmount("2171123", metrics.USD)
	d := &report.Document{
		Header: report.Header{
			Parent: "UBND tỉnh Lam Sơn", Issuer: "Sở Văn hóa, Thể thao và Du lịch",
			Number: report.Number{Type: "BC", Issuer: "SVHTTDL"}, Place: "Lam Sơn", Year: 2026,
			Type: "Báo cáo", Summary: "Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026",
		},
		Body: []report.Block{
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
				Caption: "Bảng 1. Kết quả khen thưởng",
				Head:    []string{"STT", "Hình thức", "Số lượng", "Số tiền (đồng)"},
				Rows:    [][]string{{"1", "Lao động tiên tiến", "30", "13.500.000"}, {"2", "Tập thể lao động tiên tiến", "05", "6.000.000"}},
				Foot:    [][]string{{"", "Cộng", "35", "19.500.000"}},
				Right:   []bool{true, false, true, true},
			},
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
					&report.Table{Head: []string{"STT", "Họ và tên"}, Rows: [][]string{{"1", "Trần Văn Bình"}}, Right: []bool{true, false}},
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
	// A document built by hand with holes in it renders, or fails, without
	// a panic: nil blocks and inlines, a figure without a value, ragged
	// table rows, an empty list item, an empty annex.
	holes := &report.Document{Body: []report.Block{
		nil, report.P(nil, &report.Figure{}, report.T("x")), &report.Heading{},
		&report.Table{Head: []string{"a"}, Rows: [][]string{{"1", "2", "3"}, nil}, Right: []bool{true, true, true, true, true}},
		&report.List{Items: [][]report.Inline{nil, {nil}}}, &report.Annex{Blocks: []report.Block{nil}}, &report.Closing{},
	}}
	holes.Number()
	func() {
		defer func() {
			if p := recover(); p != nil {
				t.Errorf("Render(a document with nil blocks, inlines and values) panics: %v", p)
			}
		}()
		_ = r.Render(context.Background(), &bytes.Buffer{}, holes)
	}()
}

// TestSection checks a section: Build succeeds on in, returns no nil
// block, text in Unicode NFC and valid UTF-8, and the same blocks when
// called again; a cancelled context makes it fail or return normally, never
// panic.
func TestSection(t *testing.T, s report.Section, in report.Input) {
	t.Helper()
	bs, err := s.Build(context.Background(), in)
	if err != nil {
		t.Fatalf("Build = %v", err)
	}
	again, err := s.Build(context.Background(), in)
	if err != nil || !reflect.DeepEqual(plain(bs), plain(again)) {
		t.Errorf("Build is not deterministic: %v", err)
	}
	for i, b := range bs {
		if b == nil {
			t.Errorf("block %d is nil", i)
		}
	}
	d := &report.Document{Body: bs}
	d.Number()
	for _, s := range Texts(d) {
		if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
			t.Errorf("text %q is not valid NFC", s)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _ = s.Build(ctx, in)
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

func plain(bs []report.Block) []string {
	d := &report.Document{Body: bs}
	d.Number()
	return Texts(d)
}

// String describes a block for test messages.
func String(b report.Block) string { return fmt.Sprintf("%T %+v", b, b) }
