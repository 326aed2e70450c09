package dossier_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
)

func TestIndex(t *testing.T) {
	w := local()
	decided := w.in(t, dossier.Decided)
	revoked := must(t, decided, w.command(t, decided, dossier.Revoke, head))
	revoked.ID = "HS-THU-HOI" // the same grants, revoked, under another ID
	pending := w.in(t, dossier.Proposed)
	pending.ID = "HS-CHUA-QD"
	_, states := history(t) // the school's, decided by the province then revoked
	school := states[len(states)-1]

	ix := dossier.NewIndex([]dossier.Dossier{revoked, pending, decided, school})
	if ix.Len() != 4 {
		t.Fatalf("Len() = %d; want the 4 of the commune's decision", ix.Len())
	}
	if got := dossier.NewIndex(states[len(states)-2 : len(states)-1]).Subject("GV01"); len(got) != 1 ||
		got[0].Authority.Code != province.Code || got[0].Honour().Decision.Grantor != "Chủ tịch Ủy ban nhân dân tỉnh Lam Sơn" {
		t.Errorf("the school's decision before its revocation: %+v", got)
	}
	an := ix.Subject("NV01")
	if len(an) != 2 || an[0].Award.ID != awards.LaoDongTienTien || an[1].Award.ID != awards.CSTDCoSo {
		t.Fatalf("Subject(NV01) = %+v", an)
	}
	g := an[0]
	if g.Decision.Number != "15/QĐ-UBND" || g.Decision.Signer != "Lương Văn Quang" || g.Authority.Code != commune.Code ||
		g.Dossier != w.id || g.Period != awards.YearOf(2025) || g.Decision.Granted != nil {
		t.Errorf("grant = %+v", g)
	}
	h := g.Honour()
	want := awards.Honour{Award: awards.LaoDongTienTien, Year: 2025, Decision: awards.Decision{Number: "15/QĐ-UBND",
		Date: metrics.MustDate("15/01/2026"), Grantor: "Chủ tịch Ủy ban nhân dân xã Tân Lập", Body: "Ủy ban nhân dân xã Tân Lập"}}
	if h != want {
		t.Errorf("Honour() = %+v; want %+v", h, want)
	}
	// What awards reads as earlier titles.
	r := person("NV01", "Nguyễn Văn An", awards.CompletedWell)
	r.Honours = []awards.Honour{{Award: awards.LaoDongTienTien, Year: 2025}}
	if n := ix.Fill(r); n != 1 || len(r.Honours) != 2 || r.Honours[1].Award != awards.CSTDCoSo {
		t.Errorf("Fill = %d: %+v", n, r.Honours)
	}
	if err := r.Validate(); err != nil {
		t.Error(err)
	}
	if ix.Subject("GV01") != nil {
		t.Error("the school's revoked decision counts")
	}
	for _, tt := range []struct {
		q    dossier.Query
		want int
	}{
		{dossier.Query{Name: "nguyen van an"}, 2},
		{dossier.Query{Name: "TRẦN thị"}, 1},
		{dossier.Query{Name: "bo phan mot cua"}, 1},
		{dossier.Query{Award: awards.LaoDongTienTien}, 2},
		{dossier.Query{Kind: awards.Collective}, 1},
		{dossier.Query{Year: 2024}, 0},
		{dossier.Query{Authority: province.Code}, 0},
		{dossier.Query{From: metrics.MustDate("16/01/2026")}, 0},
		{dossier.Query{To: metrics.MustDate("15/01/2026"), Year: 2025}, 4},
		{dossier.Query{}, 4},
	} {
		if got := ix.Search(tt.q); len(got) != tt.want {
			t.Errorf("Search(%+v) = %d grants; want %d", tt.q, len(got), tt.want)
		}
	}
	// Safe for concurrent use.
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				_ = ix.Search(dossier.Query{Name: fmt.Sprint(i)})
				_ = ix.Subject("NV01")
			}
		}()
	}
	wg.Wait()
}

func TestRegister(t *testing.T) {
	var r dossier.MemoryRegister
	for i := 1; i <= 3; i++ {
		if n, err := r.Next(ctx, "UBND-TL", 2026, "QĐ"); n != i || err != nil {
			t.Errorf("Next = %d, %v; want %d", n, err, i)
		}
	}
	if n, _ := r.Next(ctx, "UBND-TL", 2027, "QĐ"); n != 1 {
		t.Errorf("a new year: %d; want 1", n)
	}
	if n, _ := r.Next(ctx, "UBND-TL", 2026, "TTr"); n != 1 {
		t.Errorf("another type: %d; want 1", n)
	}
	if err := r.Continue("UBND-TL", 2026, "QĐ", 2); !errors.Is(err, dossier.ErrRegister) {
		t.Errorf("Continue back = %v; want ErrRegister", err)
	}
	for _, bad := range []struct {
		issuer string
		year   int
		typ    string
	}{{"", 2026, "QĐ"}, {"X", 2026, ""}, {"X", 99, "QĐ"}} {
		if _, err := r.Next(ctx, bad.issuer, bad.year, bad.typ); !errors.Is(err, dossier.ErrRegister) {
			t.Errorf("Next(%q, %d, %q) = %v; want ErrRegister", bad.issuer, bad.year, bad.typ, err)
		}
	}
	// Concurrent use: every number given once.
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[int]bool{}
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				n, err := r.Next(ctx, "UBND-LS", 2026, "QĐ")
				mu.Lock()
				if err != nil || seen[n] {
					t.Errorf("Next = %d, %v: given twice", n, err)
				}
				seen[n] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if r.Last("UBND-LS", 2026, "QĐ") != 800 {
		t.Errorf("Last = %d; want 800", r.Last("UBND-LS", 2026, "QĐ"))
	}
}
