package report_test

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/report"
)

// Run with: go test -run '^$' -bench . -benchmem ./report ./report/sections

// provinceWide is a synthetic province-wide report: 2 000 sections with a
// paragraph each, and 100 tables of 500 rows (50 000 rows in all), times
// scale.
func provinceWide(scale int) *report.Document {
	d := &report.Document{Header: report.Header{Issuer: "UBND TỈNH LAM SƠN", Type: "BÁO CÁO", Summary: "Tổng hợp kết quả thi đua, khen thưởng toàn tỉnh", Place: "Lam Sơn", Year: 2026}}
	for i := 0; i < 2000*scale; i++ {
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
	d := provinceWide(1)
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

// BenchmarkProvinceWide4x renders the province-wide report at four times
// its size (200 000 rows) to DOCX and reports, beside time and
// allocations, the size of the document model on the heap (model-MiB) and
// the most the heap held while rendering, above the model (peak-MiB: live
// and not yet collected objects, read every millisecond from
// runtime/metrics). The renderer streams: the peak stays within the
// model's size + 32 MiB. Run with:
//
//	go test -run '^$' -bench ProvinceWide4x -benchtime 3x ./report
func BenchmarkProvinceWide4x(b *testing.B) {
	heap := func() uint64 {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	runtime.GC()
	before := heap()
	d := provinceWide(4)
	runtime.GC()
	model := heap() - before
	b.ReportAllocs()
	var peak uint64
	for b.Loop() {
		runtime.GC()
		base := heap()
		done := make(chan struct{})
		sampled := make(chan uint64)
		go func() {
			var top uint64
			t := time.NewTicker(time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-done:
					sampled <- top
					return
				case <-t.C:
					top = max(top, heap())
				}
			}
		}()
		if err := report.Render(context.Background(), "docx", io.Discard, d); err != nil {
			b.Fatal(err)
		}
		close(done)
		top := max(<-sampled, heap())
		if top > base {
			peak = max(peak, top-base)
		}
	}
	b.ReportMetric(float64(model)/(1<<20), "model-MiB")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
}

// TestDOCXGarbagePerRow: the DOCX renderer writes a table's rows without
// building strings for them; rendering the 50 000 rows of the
// province-wide report allocates at most 64 bytes per row in all (232
// before cell openings and paragraph properties were written piece by
// piece), so that a report four times as big stays within its model's
// size + 32 MiB (BenchmarkProvinceWide4x).
func TestDOCXGarbagePerRow(t *testing.T) {
	if raceEnabled {
		t.Skip("skipped: the race detector allocates beside the renderer (go test without -race counts)")
	}
	d := provinceWide(1)
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	if err := report.Render(context.Background(), "docx", io.Discard, d); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&m1)
	const rows = 50000
	if per := (m1.TotalAlloc - m0.TotalAlloc) / rows; per > 64 {
		t.Errorf("rendering %d rows to DOCX allocated %d bytes per row; want at most 64", rows, per)
	}
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)
