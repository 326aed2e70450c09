package metrics

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// Run with: go test -run '^$' -bench . -benchmem ./metrics

func BenchmarkFormat(b *testing.B) {
	a := MustAmount("1114831.25", USD)
	v := MustAmount("90000000", VND)
	b.Run("plain", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 64)
		for b.Loop() {
			buf = Formatter{}.AppendAmount(buf[:0], a)
		}
	})
	b.Run("String", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = a.String()
		}
	})
	b.Run("auto-scale", func(b *testing.B) {
		b.ReportAllocs()
		f := Formatter{Scale: AutoScale}
		for b.Loop() {
			_ = f.Amount(v)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	for _, s := range []string{"1.114.831,25 USD", "gần 30 triệu đồng"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseAmount(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWords(b *testing.B) {
	a := MustAmount("1005740125", VND)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.InWords(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSum sums 1 000 000 distinct amounts with Sum and, for
// comparison, with a plain loop of decimal.Add over the same values.
func BenchmarkSum(b *testing.B) {
	const n = 1_000_000
	r := rand.New(rand.NewPCG(2022, 6))
	amounts := make([]Amount, n)
	for i := range amounts {
		// Distinct VND amounts from 0 to 10^12, some with a fraction of đồng.
		amounts[i] = NewAmount(decimal.New(r.Int64N(1_000_000_000_000_00), -int32(i%3)), VND)
	}
	want := decimal.Zero
	for _, a := range amounts {
		want = want.Add(a.Decimal())
	}
	b.Run("Sum", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			got, err := Sum(amounts)
			if err != nil || !got.Decimal().Equal(want) {
				b.Fatalf("Sum = %s, %v; want %s", got.Decimal(), err, want)
			}
		}
	})
	b.Run("decimal.Add loop", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s := decimal.Zero
			for i := range amounts {
				s = s.Add(amounts[i].v)
			}
			if !s.Equal(want) {
				b.Fatal("loop sum differs")
			}
		}
	})
}

// BenchmarkCmp compares a score with its maximum at another scale (9,5
// against 10), as a ranking does for every criterion of every member.
func BenchmarkCmp(b *testing.B) {
	x, y := decimal.RequireFromString("9.5"), decimal.NewFromInt(10)
	b.Run("Cmp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if Cmp(x, y) != -1 {
				b.Fatal("9.5 ≥ 10")
			}
		}
	})
	b.Run("decimal.Cmp", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if x.Cmp(y) != -1 {
				b.Fatal("9.5 ≥ 10")
			}
		}
	})
}
