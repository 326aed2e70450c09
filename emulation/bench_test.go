package emulation

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// Run with: go test -run '^$' -bench . -benchmem ./emulation

// bigCard is a 30-criterion scorecard: 6 groups of 5 criteria.
func bigCard() *Scorecard {
	c := &Scorecard{ID: "S30", MaxBonus: decimal.New(5, 0), MaxPenalty: decimal.New(5, 0), Regulation: Regulation{Flags: 1, Certificates: 3}}
	for g := 1; g <= 6; g++ {
		parent := Criterion{ID: fmt.Sprint(g), Max: decimal.New(50, 0)}
		for k := 1; k <= 5; k++ {
			parent.Sub = append(parent.Sub, Criterion{ID: fmt.Sprintf("%d.%d", g, k), Max: decimal.New(10, 0)})
		}
		c.Criteria = append(c.Criteria, parent)
	}
	return c
}

// BenchmarkRank ranks 10 000 units on a 30-criterion scorecard, with exact
// decimal points (to the quarter point).
func BenchmarkRank(b *testing.B) {
	c := bigCard()
	if err := c.Validate(); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	scores := make([]Score, 10_000)
	for i := range scores {
		s := Score{Member: fmt.Sprintf("U%05d", i), Points: map[string]decimal.Decimal{}, Bonus: decimal.New(int64(rng.IntN(21)), -2).Mul(decimal.New(25, 0))}
		for _, leaf := range c.Leaves() {
			s.Points[leaf.ID] = decimal.New(int64(rng.IntN(41)), 0).Mul(decimal.New(25, -2))
		}
		scores[i] = s
	}
	b.ReportAllocs()
	for b.Loop() {
		st, err := c.Rank(scores)
		if err != nil || len(st) != len(scores) {
			b.Fatal(err)
		}
	}
}

func BenchmarkSortPeople(b *testing.B) {
	names := []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Đức Cường", "Phạm Thị Dung", "Hoàng Văn Đức", "Vũ Thị Hà", "Đặng Văn Hùng", "Bùi Thị Lan"}
	ps := make([]Person, 1000)
	for i := range ps {
		ps[i] = Person{ID: fmt.Sprint(i), Name: names[i%len(names)]}
	}
	b.ReportAllocs()
	work := make([]Person, len(ps))
	for b.Loop() {
		copy(work, ps)
		SortPeople(work)
	}
}

// BenchmarkNew checks and indexes the season of BenchmarkParseJSON built
// as Go values, copy included.
func BenchmarkNew(b *testing.B) {
	d := bigSeason()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(d); err != nil {
			b.Fatal(err)
		}
	}
}
