package dossier_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
)

// benchWorld is a commune's dossier of ten people for "Lao động tiên
// tiến", with its components.
func benchWorld() *world {
	w := &world{id: "HS-BENCH", records: map[string]*awards.Record{}}
	w.draft = dossier.Draft{Proposer: communeOffice, Receiver: commune, Decider: commune, Period: awards.YearOf(2025),
		Documents: []dossier.Document{doc("TTr", dossier.Request, "", "20/12/2025"), doc("BB", dossier.Minutes, "", "18/12/2025")}}
	for i := range 10 {
		r := person(fmt.Sprintf("NV%02d", i), fmt.Sprintf("Người thứ %d", i), awards.CompletedWell)
		w.records[r.ID] = r
		w.draft.Subjects = append(w.draft.Subjects, subject(r, awards.LaoDongTienTien, "Công chức"))
	}
	return w
}

// benchLog is the 50 events of a dossier: created, edited 29 times, sent,
// received, returned, edited, sent and received again, appraised one
// subject at a time, put before the council, voted on, proposed and
// decided.
func benchLog(b *testing.B) []dossier.Event {
	w := benchWorld()
	var d dossier.Dossier
	var log []dossier.Event
	apply := func(c dossier.Command) {
		next, ev, err := d.Apply(ctx, c)
		if err != nil {
			b.Fatalf("%s: %v", c.Action, err)
		}
		d, log = next, append(log, ev)
	}
	apply(w.command(b, d, dossier.Create, proposer))
	for range 29 {
		apply(w.command(b, d, dossier.Edit, proposer))
	}
	for _, s := range []struct {
		a dossier.Action
		u dossier.User
	}{{dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Return, clerk}, {dossier.Edit, proposer}, {dossier.Submit, proposer}, {dossier.Receive, clerk}} {
		apply(w.command(b, d, s.a, s.u))
	}
	for _, v := range w.verdicts(b, d) {
		c := w.command(b, d, dossier.Appraise, appraiser)
		c.Verdicts = []awards.Verdict{v}
		apply(c)
	}
	for _, s := range []struct {
		a dossier.Action
		u dossier.User
	}{{dossier.Convene, appraiser}, {dossier.Vote, secretary}, {dossier.Propose, appraiser}, {dossier.Decide, head}} {
		apply(w.command(b, d, s.a, s.u))
	}
	if len(log) != 50 || d.State != dossier.Decided {
		b.Fatalf("%d events, %s", len(log), d.State)
	}
	return log
}

// BenchmarkRebuild rebuilds 10 000 dossiers of 50 events each (1 000
// logs, each rebuilt ten times, to keep the setup small).
func BenchmarkRebuild(b *testing.B) {
	base := benchLog(b)
	logs := make([][]dossier.Event, 1000)
	for i := range logs {
		logs[i] = make([]dossier.Event, len(base))
		for j, ev := range base {
			ev.Dossier = fmt.Sprintf("HS-%04d", i)
			logs[i][j] = ev
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for n := range 10_000 {
			if _, err := dossier.Rebuild(logs[n%len(logs)]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/10_000, "ns/dossier")
}

// BenchmarkApply applies one transition (an appraisal of one subject) to
// a received dossier of ten subjects.
func BenchmarkApply(b *testing.B) {
	w := benchWorld()
	d := w.in(b, dossier.Received)
	c := w.command(b, d, dossier.Appraise, appraiser)
	c.Verdicts = c.Verdicts[:1]
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := d.Apply(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStoreApply applies transitions through a Store, one after the
// other on the same dossier (a document attached, then detached).
func BenchmarkStoreApply(b *testing.B) {
	w := benchWorld()
	s := dossier.NewStore()
	if _, err := s.Apply(ctx, w.command(b, dossier.Dossier{}, dossier.Create, proposer)); err != nil {
		b.Fatal(err)
	}
	k := dossier.Document{ID: "K", Component: dossier.Other, Title: "Văn bản khác", Date: metrics.MustDate("21/12/2025"), SHA256: hash("K")}
	version := 1
	b.ReportAllocs()
	for b.Loop() {
		c := dossier.Command{Dossier: w.id, Version: version, Action: dossier.Edit, By: proposer, At: at(0)}
		if version%2 == 1 {
			c.Changes.Attach = []dossier.Document{k}
		} else {
			c.Changes.Detach = []string{"K"}
		}
		if _, err := s.Apply(ctx, c); err != nil {
			b.Fatal(err)
		}
		version++
		if version == 10_001 { // keep the log short: start again
			b.StopTimer()
			s = dossier.NewStore()
			if _, err := s.Apply(ctx, w.command(b, dossier.Dossier{}, dossier.Create, proposer)); err != nil {
				b.Fatal(err)
			}
			version = 1
			b.StartTimer()
		}
	}
}

// decidedSet returns 10 000 decided dossiers of four entries each.
func decidedSet(b *testing.B) []dossier.Dossier {
	base := local().in(b, dossier.Decided)
	out := make([]dossier.Dossier, 10_000)
	for i := range out {
		d := base
		d.ID = fmt.Sprintf("HS-%05d", i)
		d.Entries = append([]dossier.Entry(nil), base.Entries...)
		for j := range d.Entries {
			d.Entries[j].ID = fmt.Sprintf("%s-%05d", d.Entries[j].ID, i)
			d.Entries[j].Name = fmt.Sprintf("%s %d", d.Entries[j].Name, i)
		}
		d.Decision.Granted = make([]dossier.Key, len(d.Entries))
		for j, e := range d.Entries {
			d.Decision.Granted[j] = e.Key()
		}
		d.Decision.Date = metrics.NewDate(2025+i%3, time.Month(1+i%12), 1+i%28)
		out[i] = d
	}
	return out
}

// BenchmarkIndex indexes the grants of 10 000 decided dossiers.
func BenchmarkIndex(b *testing.B) {
	ds := decidedSet(b)
	b.ReportAllocs()
	for b.Loop() {
		if ix := dossier.NewIndex(ds); ix.Len() != 40_000 {
			b.Fatal(ix.Len())
		}
	}
}

// BenchmarkLookup finds what one subject received among the grants of
// 10 000 dossiers.
func BenchmarkLookup(b *testing.B) {
	ix := dossier.NewIndex(decidedSet(b))
	ids := make([]string, 1000)
	for i := range ids {
		ids[i] = fmt.Sprintf("NV01-%05d", i*7)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if len(ix.Subject(ids[n%len(ids)])) != 2 {
			b.Fatal("not found")
		}
		n++
	}
}

// BenchmarkSearch searches the grants of 10 000 dossiers by a part of a
// name, without diacritics.
func BenchmarkSearch(b *testing.B) {
	ix := dossier.NewIndex(decidedSet(b))
	b.ReportAllocs()
	for b.Loop() {
		if len(ix.Search(dossier.Query{Name: "tran thi binh 123", Year: 2025})) == 0 {
			b.Fatal("not found")
		}
	}
}
