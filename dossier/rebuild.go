package dossier

import "sort"

// Rebuild builds a dossier again from its events, in order: the dossier
// [Dossier.Apply] returned after the last of them. Events that cannot
// have come from the workflow are refused with an [*EventError] naming
// the first bad one: a version that does not follow (a gap or a repeat),
// an event of another dossier, a state that is not the dossier's, an
// unknown action or state, or a transition the workflow refuses (its
// [*TransitionError]). Rebuild needs no Judge and no Register: events
// carry the verdicts and numbers they were given. The dossier shares no
// memory with the events.
func Rebuild(events []Event) (Dossier, error) {
	var d Dossier
	if len(events) == 0 {
		return Dossier{}, &EventError{Index: 0, Err: broken("no events")}
	}
	for i := range events {
		if err := d.replay(&events[i]); err != nil {
			ev := &events[i]
			return Dossier{}, &EventError{Index: i, Dossier: ev.Dossier, Version: ev.Version, Action: ev.Action, Err: err}
		}
	}
	return d, nil
}

// replay applies one event of a log to d.
func (d *Dossier) replay(ev *Event) error {
	switch {
	case ev.Dossier == "":
		return broken("no dossier named")
	case d.Version > 0 && ev.Dossier != d.ID:
		return broken("an event of dossier %q in the log of %q", ev.Dossier, d.ID)
	case ev.Version != d.Version+1 && d.Version == 0:
		return broken("the log starts at version %d, not 1", ev.Version)
	case ev.Version == d.Version:
		return broken("version %d repeated", ev.Version)
	case ev.Version != d.Version+1:
		return broken("version %d follows version %d", ev.Version, d.Version)
	case ev.Action < Create || ev.Action > Revoke:
		return broken("unknown action %d", ev.Action)
	case ev.From > Forwarded || ev.To < Drafted || ev.To > Forwarded:
		return broken("unknown state (from %d, to %d)", ev.From, ev.To)
	case ev.From != d.State:
		return broken("from state %s, but the dossier is %s", code(stateCodes[:], int(ev.From)), code(stateCodes[:], int(d.State)))
	case ev.At.IsZero():
		return broken("no time")
	}
	if err := d.check(ev); err != nil {
		return err
	}
	if want := d.target(ev); ev.To != want {
		return broken("to state %s, but %s leads to %s", code(stateCodes[:], int(ev.To)), actionCode(ev.Action),
			code(stateCodes[:], int(want)))
	}
	d.mutate(ev)
	return nil
}

func code(codes []string, i int) string {
	if i <= 0 || i >= len(codes) {
		return "none"
	}
	return codes[i]
}

// RebuildAll builds every dossier of a log that holds the events of
// several, each dossier's events in order: the dossiers sorted by ID. The
// first error names its event by its index in events.
func RebuildAll(events []Event) ([]Dossier, error) {
	byID := map[string]*Dossier{}
	for i := range events {
		ev := &events[i]
		d := byID[ev.Dossier]
		if d == nil {
			d = new(Dossier)
			byID[ev.Dossier] = d
		}
		if err := d.replay(ev); err != nil {
			return nil, &EventError{Index: i, Dossier: ev.Dossier, Version: ev.Version, Action: ev.Action, Err: err}
		}
	}
	out := make([]Dossier, 0, len(byID))
	for _, d := range byID {
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}
