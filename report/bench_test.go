package report_test

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
)

// Run with: go test -run '^$' -bench . -benchmem ./report ./report/sections

// provinceWide is a synthetic province-wide report: 2 000 sections with a
// paragraph each, and 100 tables of 500 rows (50 000 rows in all).
func provinceWide() *report.Document {
	d := &report.Document{Header: report.Header{Issuer: "UBND TỈNH LAM SƠN", Type: "BÁO CÁO", Summary: "Tổng hợp kết quả thi đua, khen thưởng toàn tỉnh", Place: "Lam Sơn", Year: 2026}}
	for i := 0; i < 2000; i++ {
		d.Body = append(d.Body, report.H(report.ItemLevel, fmt.Sprintf("Đơn vị số %d", i+1)),
			report.P(report.T("Đơn vị đã triển khai các phong trào thi đua, hoàn thành xuất sắc nhiệm vụ được giao"), &report.Note{Runs: []report.Inline{report.T("Số liệu đến 30/6.")}}))
		if i%20 == 19 {
			t := &report.Table{Head: []string{"STT", "Họ và tên", "Đơn vị", "Danh hiệu", "Số tiền (đồng)"}, Columns: []report.Column{{Align: report.AlignRight}, {}, {}, {}, {Align: report.AlignRight}}}
			for r := 0; r < 500; r++ {
				t.Rows = append(t.Rows, []string{fmt.Sprint(r + 1), "Nguyễn Văn An", "Phòng Văn hóa", "Lao động tiên tiến", "760.000"})
			}
			d.Body = append(d.Body, t)
		}
	}
	d.Number()
	return d
}

func BenchmarkProvinceWide(b *testing.B) {
	d := provinceWide()
	for _, name := range []string{"docx", "html"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				cw := &countingWriter{}
				if err := report.Render(context.Background(), name, cw, d); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(cw.n)/1e6, "MB-out")
			}
		})
	}
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)
