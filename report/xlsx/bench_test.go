package xlsx_test

import (
	"bytes"
	"context"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	metricsvn "github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/xlsx"
)

// annex returns a decision's annex of n awardees: a list of names, units,
// awards and money, with its total.
func annex(n int) *report.Document {
	t := &report.Table{
		Head:    []string{"STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức", "Số tiền (đồng)"},
		Columns: []report.Column{{Align: report.AlignCenter}, {}, {}, {}, {Align: report.AlignRight}},
	}
	units := []string{"Trường THPT chuyên Lam Sơn", "Trường THCS Lê Lợi", "Trường Tiểu học Hòa Bình", "Văn phòng Sở"}
	amounts := []string{"1.170.000", "2.340.000", "3.510.000"}
	var total decimal.Decimal
	for i := 1; i <= n; i++ {
		amount := amounts[i%len(amounts)]
		v, _ := metricsvn.ParseNumber(amount)
		total = total.Add(v)
		t.Rows = append(t.Rows, []string{strconv.Itoa(i), "Nguyễn Văn " + strconv.Itoa(i), "Giáo viên, " + units[i%len(units)], "Lao động tiên tiến", amount})
	}
	t.Foot = [][]string{{"", "Cộng", "", "", metricsvn.FormatNumber(total)}}
	return &report.Document{
		Header: report.Header{Issuer: "Sở Giáo dục và Đào tạo", Type: "Danh sách", Summary: "Cá nhân được tặng danh hiệu “Lao động tiên tiến”"},
		Body:   []report.Block{&report.Annex{Title: "DANH SÁCH", Blocks: []report.Block{t}}},
	}
}

// peakHeap samples the bytes of live heap objects every millisecond
// until stop is called, and returns the largest it saw.
func peakHeap() (stop func() uint64) {
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}

// BenchmarkAnnex50000 writes a 50 000-row annex to XLSX, and reports the
// workbook's size and the peak of live heap above what the document
// itself holds.
//
//	go test -run '^$' -bench Annex -benchmem ./report/xlsx
func BenchmarkAnnex50000(b *testing.B) {
	d := annex(50000)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	stop := peakHeap()
	var size int
	b.ReportAllocs()
	for b.Loop() {
		var out bytes.Buffer
		if err := (&xlsx.Renderer{}).Render(context.Background(), &out, d); err != nil {
			b.Fatal(err)
		}
		size = out.Len()
	}
	peak := stop()
	b.ReportMetric(float64(size)/(1<<20), "xlsx-MiB")
	b.ReportMetric(float64(peak-min(peak, base))/(1<<20), "peak-heap-MiB")
}

// TestLargeAnnex renders 5 000 rows (50 000 with -long) and reads the
// totals back: the SUM formula over every row, with its value.
func TestLargeAnnex(t *testing.T) {
	n := 5000
	if *long {
		n = 50000
	}
	d := annex(n)
	f := open(t, render(t, &xlsx.Renderer{}, d))
	sheet := f.GetSheetList()[0]
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	last := len(rows)
	foot := rows[last-1]
	want := d.Body[0].(*report.Annex).Blocks[0].(*report.Table).Foot[0][4]
	formula, _ := f.GetCellFormula(sheet, "E"+strconv.Itoa(last))
	v, _ := metricsvn.ParseNumber(want)
	if len(foot) < 5 || foot[1] != "Cộng" || formula != "SUM(E"+strconv.Itoa(last-n)+":E"+strconv.Itoa(last-1)+")" {
		t.Errorf("the totals row %q has formula %q", foot, formula)
	}
	raw, _ := f.GetCellValue(sheet, "E"+strconv.Itoa(last), excelizeRaw)
	if raw != v.String() {
		t.Errorf("the total's stored value %s; want %s", raw, v)
	}
}
