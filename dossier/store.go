package dossier

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/tdkt-vn/tdkt/source"
)

// Store holds dossiers and their events in memory and applies commands
// to them, safe for concurrent use: commands on one dossier are applied
// one at a time, each checked against the dossier's version, so that of
// two users acting on the same version exactly one wins and the other
// gets [ErrStale]. Commands on different dossiers do not wait for each
// other. What it hands out are copies. A portal with a database does the
// same with its own transaction: load the events, [Rebuild], Apply, and
// insert the event under a unique key (dossier, version).
type Store struct {
	mu       sync.RWMutex
	dossiers map[string]*held
}

// held is one dossier of a Store and its events, guarded by its own lock.
type held struct {
	mu     sync.RWMutex
	d      Dossier
	events []Event
}

// NewStore returns an empty Store.
func NewStore() *Store { return &Store{dossiers: map[string]*held{}} }

// Apply applies c to its dossier (a new one for [Create]) and returns the
// event it recorded. The errors are those of [Dossier.Apply], and an
// error wrapping [ErrUnknownDossier] for a dossier the Store does not
// hold. A Judge and a Register the command carries are called while the
// dossier is held.
func (s *Store) Apply(ctx context.Context, c Command) (Event, error) {
	for {
		h, err := s.hold(c)
		if err != nil {
			return Event{}, err
		}
		h.mu.Lock()
		if h.d.Version == 0 && !s.holds(c.Dossier, h) {
			// A failed Create dropped this holder after we found it.
			h.mu.Unlock()
			continue
		}
		ev, err := h.d.apply(ctx, c)
		if err == nil {
			h.events = append(h.events, ev)
			ev = ev.Clone()
		} else if h.d.Version == 0 {
			s.drop(c.Dossier, h)
		}
		h.mu.Unlock()
		return ev, err
	}
}

// holds reports whether h is the holder of id.
func (s *Store) holds(id string, h *held) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.dossiers[id] == h
}

// hold returns the holder of c's dossier, creating an empty one for
// Create.
func (s *Store) hold(c Command) (*held, error) {
	s.mu.RLock()
	h := s.dossiers[c.Dossier]
	s.mu.RUnlock()
	if h != nil {
		return h, nil
	}
	if c.Action != Create {
		return nil, fmt.Errorf("dossier: %s: %w", source.Quote(c.Dossier), ErrUnknownDossier)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dossiers == nil {
		s.dossiers = map[string]*held{}
	}
	if h = s.dossiers[c.Dossier]; h == nil {
		h = new(held)
		s.dossiers[c.Dossier] = h
	}
	return h, nil
}

// drop removes the holder of a dossier whose creation failed; called
// with h.mu held.
func (s *Store) drop(id string, h *held) {
	s.mu.Lock()
	if s.dossiers[id] == h {
		delete(s.dossiers, id)
	}
	s.mu.Unlock()
}

// Load adds a dossier rebuilt from its events ([Rebuild]), as a portal
// does when it starts. A dossier the Store holds already is refused.
func (s *Store) Load(events []Event) (Dossier, error) {
	d, err := Rebuild(events)
	if err != nil {
		return Dossier{}, err
	}
	h := &held{d: d, events: make([]Event, len(events))}
	for i, ev := range events {
		h.events[i] = ev.Clone()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dossiers == nil {
		s.dossiers = map[string]*held{}
	}
	if _, ok := s.dossiers[d.ID]; ok {
		return Dossier{}, fmt.Errorf("dossier: %s: already held", source.Quote(d.ID))
	}
	s.dossiers[d.ID] = h
	return d.Clone(), nil
}

// Dossier returns a copy of the dossier with the given ID.
func (s *Store) Dossier(id string) (Dossier, bool) {
	s.mu.RLock()
	h := s.dossiers[id]
	s.mu.RUnlock()
	if h == nil {
		return Dossier{}, false
	}
	h.mu.RLock()
	defer h.mu.RUnlock()
	if h.d.Version == 0 {
		return Dossier{}, false
	}
	return h.d.Clone(), true
}

// Events returns copies of the events of a dossier, oldest first.
func (s *Store) Events(id string) []Event {
	s.mu.RLock()
	h := s.dossiers[id]
	s.mu.RUnlock()
	if h == nil {
		return nil
	}
	h.mu.RLock()
	defer h.mu.RUnlock()
	out := make([]Event, len(h.events))
	for i, ev := range h.events {
		out[i] = ev.Clone()
	}
	return out
}

// Dossiers returns copies of every dossier, sorted by ID.
func (s *Store) Dossiers() []Dossier {
	s.mu.RLock()
	hs := make([]*held, 0, len(s.dossiers))
	for _, h := range s.dossiers {
		hs = append(hs, h)
	}
	s.mu.RUnlock()
	out := make([]Dossier, 0, len(hs))
	for _, h := range hs {
		h.mu.RLock()
		if h.d.Version > 0 {
			out = append(out, h.d.Clone())
		}
		h.mu.RUnlock()
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
