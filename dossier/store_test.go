package dossier_test

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/internal/scribble"
	"github.com/tdkt-vn/tdkt/metrics"
)

// TestStoreRace: goroutines make transitions at once, each on the version
// it read: for every version exactly one wins, the others get ErrStale,
// and the log has no gap. Run with -race.
func TestStoreRace(t *testing.T) {
	const clerks, rounds = 8, 25
	w := local()
	s := dossier.NewStore()
	// Every clerk creates the same dossier: one wins.
	var created atomic.Int32
	var wg sync.WaitGroup
	for range clerks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := s.Apply(ctx, w.command(t, dossier.Dossier{}, dossier.Create, proposer))
			switch {
			case err == nil:
				created.Add(1)
			case !errors.Is(err, dossier.ErrStale):
				t.Errorf("Create = %v; want ErrStale", err)
			}
		}()
	}
	wg.Wait()
	if created.Load() != 1 {
		t.Fatalf("%d creations won; want 1", created.Load())
	}
	for round := range rounds {
		d, ok := s.Dossier(w.id)
		if !ok {
			t.Fatal("the dossier is gone")
		}
		var won atomic.Int32
		start := make(chan struct{})
		for i := range clerks {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := dossier.Command{Dossier: d.ID, Version: d.Version, Action: dossier.Edit, By: proposer, At: at(round),
					Changes: dossier.Changes{Attach: []dossier.Document{{ID: fmt.Sprintf("K-%d-%d", round, i), Component: dossier.Other,
						Title: "Văn bản khác", Date: metrics.MustDate("21/12/2025"), SHA256: hash("k")}}}}
				<-start
				_, err := s.Apply(ctx, c)
				switch {
				case err == nil:
					won.Add(1)
				case !errors.Is(err, dossier.ErrStale):
					t.Errorf("Apply = %v; want ErrStale", err)
				}
			}()
		}
		// Readers at the same time.
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			_ = s.Events(w.id)
			_ = s.Dossiers()
		}()
		close(start)
		wg.Wait()
		if won.Load() != 1 {
			t.Fatalf("round %d: %d commands won on version %d; want 1", round, won.Load(), d.Version)
		}
	}
	events := s.Events(w.id)
	if len(events) != rounds+1 {
		t.Fatalf("%d events; want %d", len(events), rounds+1)
	}
	d, err := dossier.Rebuild(events)
	if err != nil {
		t.Fatal(err)
	}
	held, _ := s.Dossier(w.id)
	if !reflect.DeepEqual(d, held) || d.Version != rounds+1 || len(d.Documents) != 4+rounds {
		t.Errorf("rebuilt: version %d, %d documents", d.Version, len(d.Documents))
	}
}

// TestStoreRaceTransitions: clerks and appraisers race on a received
// dossier, one returning it, others appraising or cancelling.
func TestStoreRaceTransitions(t *testing.T) {
	w := local()
	s := dossier.NewStore()
	d := w.in(t, dossier.Received)
	// Load the fixture's events into the store.
	var events []dossier.Event
	var x dossier.Dossier
	for _, step := range []struct {
		a dossier.Action
		u dossier.User
	}{{dossier.Create, proposer}, {dossier.Submit, proposer}, {dossier.Receive, clerk}} {
		var ev dossier.Event
		x, ev, _ = x.Apply(ctx, w.command(t, x, step.a, step.u))
		events = append(events, ev)
	}
	if _, err := s.Load(events); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(events); err == nil {
		t.Error("Load of a dossier held: no error")
	}
	cmds := []dossier.Command{
		w.command(t, d, dossier.Return, clerk),
		w.command(t, d, dossier.Return, appraiser),
		w.command(t, d, dossier.Appraise, appraiser),
		w.command(t, d, dossier.Cancel, head),
	}
	var won atomic.Int32
	var wg sync.WaitGroup
	for _, c := range cmds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.Apply(ctx, c); err == nil {
				won.Add(1)
			} else if !errors.Is(err, dossier.ErrStale) {
				t.Errorf("%s = %v", c.Action, err)
			}
		}()
	}
	wg.Wait()
	if won.Load() != 1 {
		t.Errorf("%d won; want 1", won.Load())
	}
}

func TestStoreUnknown(t *testing.T) {
	s := dossier.NewStore()
	_, err := s.Apply(ctx, dossier.Command{Dossier: "X", Version: 1, Action: dossier.Submit, By: proposer, At: at(0)})
	if !errors.Is(err, dossier.ErrUnknownDossier) {
		t.Errorf("Apply = %v; want ErrUnknownDossier", err)
	}
	// A refused creation leaves nothing behind.
	w := local()
	c := w.command(t, dossier.Dossier{}, dossier.Create, proposer)
	c.Draft.Decider = dossier.Unit{}
	if _, err := s.Apply(ctx, c); !errors.Is(err, dossier.ErrInvalidInput) {
		t.Errorf("Create = %v", err)
	}
	if _, ok := s.Dossier(w.id); ok || len(s.Dossiers()) != 0 || s.Events(w.id) != nil {
		t.Error("a refused creation left a dossier")
	}
}

// TestStoreNothingShared: what the Store hands out is a copy.
func TestStoreNothingShared(t *testing.T) {
	w := local()
	s := dossier.NewStore()
	d := w.in(t, dossier.Drafted)
	c := w.command(t, dossier.Dossier{}, dossier.Create, proposer)
	ev, err := s.Apply(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Dossier(w.id)
	all := s.Dossiers()
	events := s.Events(w.id)
	scribble.Over(&got)
	scribble.Over(&all)
	scribble.Over(&events)
	scribble.Over(&ev)
	again, _ := s.Dossier(w.id)
	if !reflect.DeepEqual(again, d) {
		t.Error("changing what the Store handed out changed the Store")
	}
	if e := s.Events(w.id); len(e) != 1 || e[0].Payload.(dossier.Draft).Subjects[0].Name != "Nguyễn Văn An" {
		t.Error("changing the events handed out changed the Store's")
	}
}
