package awards

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/metrics"
)

// Run with: go test -run '^$' -bench . -benchmem ./awards

// roster makes n distinct people with multi-year histories.
func roster(n int) []*Record {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]*Record, n)
	for i := range out {
		r := &Record{ID: "P" + strconv.Itoa(i), Kind: Individual,
			Recruited: metrics.NewDate(2000+rng.IntN(26), time.Month(1+rng.IntN(12)), 1+rng.IntN(28))}
		if rng.IntN(20) == 0 {
			r.Category = ArmedForces
		}
		for y := 2015; y <= 2025; y++ {
			r.Years = append(r.Years, Year{Year: y, Rating: Rating(2 + rng.IntN(3)), Registered: Yes, Active: Tri(1 + rng.IntN(2)*rng.IntN(2))})
			if rng.IntN(3) == 0 {
				r.Honours = append(r.Honours, Honour{Award: CSTDCoSo, Year: y})
			}
			if rng.IntN(4) == 0 {
				r.Initiatives = append(r.Initiatives, InitiativeRecord{Kind: Initiative, Scope: Scope(rng.IntN(3)), Year: y})
			}
		}
		if rng.IntN(10) == 0 {
			r.Honours = append(r.Honours, Honour{Award: CSTDBoTinh, FromYear: 2019, Year: 2021}, Honour{Award: CSTDBoTinh, FromYear: 2022, Year: 2024})
		}
		if rng.IntN(15) == 0 {
			r.Discipline = append(r.Discipline, Discipline{Form: Reprimand, From: metrics.NewDate(2025, 3, 1), To: metrics.NewDate(2026, 2, 28)})
		}
		out[i] = r
	}
	return out
}

var individualTitles = []ID{CSTDToanQuoc, CSTDBoTinh, CSTDCoSo, LaoDongTienTien, ChienSiTienTien}

// BenchmarkEvaluate judges 100 000 distinct people for every individual
// title of a regime, with every finding materialised; nothing is cached
// across people. It reports verdicts per second.
func BenchmarkEvaluate(b *testing.B) {
	people := roster(100_000)
	for _, year := range []int{2023, 2025} {
		b.Run(YearOf(year).String(), func(b *testing.B) {
			b.ReportAllocs()
			c := Case{Period: YearOf(year), Decided: metrics.NewDate(year, 12, 31)}
			n := 0
			for b.Loop() {
				for _, r := range people {
					for _, id := range individualTitles {
						c.Award = id
						v, err := defaultEvaluator.Evaluate(r, c)
						if err != nil || len(v.findings) == 0 {
							b.Fatal(err)
						}
						n++
					}
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "verdicts/s")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/verdict")
		})
	}
}

func BenchmarkVerdictText(b *testing.B) {
	r := roster(1)[0]
	v, _ := Evaluate(r, Case{Award: CSTDCoSo, Period: YearOf(2025)})
	b.ReportAllocs()
	for b.Loop() {
		_ = v.Text()
	}
}

func BenchmarkPay(b *testing.B) {
	ps := seedPayments(metrics.MustDate("27/11/2026"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Pay(ps); err != nil {
			b.Fatal(err)
		}
	}
}
