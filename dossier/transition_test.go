package dossier_test

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/tdkt-vn/tdkt/dossier"
)

// The workflow, written out here from the procedure rather than read from
// the package: for each action, the states it may be taken in and the
// roles that may take it there, and the state it leads to.
const (
	P = dossier.Proposer
	O = dossier.OfficeClerk
	A = dossier.Appraiser
	S = dossier.CouncilSecretary
	H = dossier.Head
)

var workflow = map[dossier.Action]struct {
	from map[dossier.State][]dossier.Role
	to   dossier.State // 0: the state it was in
}{
	dossier.Create:   {map[dossier.State][]dossier.Role{0: {P}}, dossier.Drafted},
	dossier.Edit:     {map[dossier.State][]dossier.Role{dossier.Drafted: {P}, dossier.Returned: {P}}, 0},
	dossier.Submit:   {map[dossier.State][]dossier.Role{dossier.Drafted: {P}, dossier.Returned: {P}}, dossier.Submitted},
	dossier.Receive:  {map[dossier.State][]dossier.Role{dossier.Submitted: {O}, dossier.Forwarded: {O}}, dossier.Received},
	dossier.Return:   {map[dossier.State][]dossier.Role{dossier.Submitted: {O, A}, dossier.Forwarded: {O, A}, dossier.Received: {O, A}, dossier.Appraised: {O, A}}, dossier.Returned},
	dossier.Appraise: {map[dossier.State][]dossier.Role{dossier.Received: {A}}, dossier.Appraised},
	dossier.Convene:  {map[dossier.State][]dossier.Role{dossier.Appraised: {A, S}}, dossier.AtCouncil},
	dossier.Vote:     {map[dossier.State][]dossier.Role{dossier.AtCouncil: {S}}, dossier.Voted},
	dossier.Forward:  {map[dossier.State][]dossier.Role{dossier.Appraised: {H}, dossier.Voted: {H}}, dossier.Forwarded},
	dossier.Propose:  {map[dossier.State][]dossier.Role{dossier.Appraised: {A}, dossier.Voted: {A}}, dossier.Proposed},
	dossier.Decide:   {map[dossier.State][]dossier.Role{dossier.Proposed: {H}}, dossier.Decided},
	dossier.Cancel: {map[dossier.State][]dossier.Role{dossier.Drafted: {P}, dossier.Returned: {P}, dossier.Submitted: {P},
		dossier.Forwarded: {H}, dossier.Received: {H}, dossier.Appraised: {H}, dossier.AtCouncil: {H}, dossier.Voted: {H},
		dossier.Proposed: {H}}, dossier.Cancelled},
	dossier.Revoke: {map[dossier.State][]dossier.Role{dossier.Decided: {H}}, dossier.Cancelled},
}

var (
	allStates  = []dossier.State{0, dossier.Drafted, dossier.Submitted, dossier.Received, dossier.Returned, dossier.Appraised, dossier.AtCouncil, dossier.Voted, dossier.Proposed, dossier.Decided, dossier.Cancelled, dossier.Forwarded}
	allActions = []dossier.Action{dossier.Create, dossier.Edit, dossier.Submit, dossier.Receive, dossier.Return, dossier.Appraise, dossier.Convene, dossier.Vote, dossier.Forward, dossier.Propose, dossier.Decide, dossier.Cancel, dossier.Revoke}
	allRoles   = []dossier.Role{P, O, A, S, H}
)

// TestTransitions applies every action by every role to a dossier in every
// state, and checks the outcome against the workflow above: an allowed
// transition succeeds and leads where it should; a refused one says
// whether no role or only this role may not, and leaves the dossier as it
// was.
func TestTransitions(t *testing.T) {
	fixtures := map[string]dossier.Dossier{}
	worlds := map[string]*world{"local": local(), "upward": upward()}
	fixture := func(t *testing.T, family string, s dossier.State) dossier.Dossier {
		k := fmt.Sprint(family, s)
		if d, ok := fixtures[k]; ok {
			return d
		}
		d := worlds[family].in(t, s)
		fixtures[k] = d
		return d
	}
	allowed, refused := 0, 0
	for _, s := range allStates {
		for _, a := range allActions {
			for _, r := range allRoles {
				family := "local"
				if a == dossier.Forward && (s == dossier.Appraised || s == dossier.Voted) || s == dossier.Forwarded {
					family = "upward" // only a dossier decided above its receiver goes up
				}
				t.Run(fmt.Sprintf("%s/%s/%s", stateName(s), code(a), code(r)), func(t *testing.T) {
					d := fixture(t, family, s)
					before := d.Clone()
					c := worlds[family].command(t, d, a, userOf(r))
					next, ev, err := d.Apply(ctx, c)
					w := workflow[a]
					roles, possible := w.from[s]
					if contains(roles, r) {
						allowed++
						if err != nil {
							t.Fatalf("Apply = %v; want the transition allowed", err)
						}
						want := w.to
						if want == 0 {
							want = s
						}
						if next.State != want || ev.To != want || ev.From != s || ev.Version != d.Version+1 {
							t.Errorf("Apply: state %s, event %s → %s v%d; want %s, event %s → %s v%d",
								next.State, ev.From, ev.To, ev.Version, want, s, want, d.Version+1)
						}
						return
					}
					refused++
					want := dossier.ErrOutOfOrder
					if possible {
						want = dossier.ErrNotPermitted
					}
					var te *dossier.TransitionError
					if !errors.Is(err, want) || !errors.As(err, &te) {
						t.Fatalf("Apply = %v; want a *TransitionError wrapping %v", err, want)
					}
					if len(te.Reasons) == 0 || te.Text() == "" {
						t.Errorf("Apply = %v; want reasons", err)
					}
					if !reflect.DeepEqual(next, before) || !reflect.DeepEqual(d, before) {
						t.Errorf("a refused command changed the dossier")
					}
					if !reflect.DeepEqual(ev, dossier.Event{}) {
						t.Errorf("a refused command returned an event: %+v", ev)
					}
				})
			}
		}
	}
	if want := 780; allowed+refused != want {
		t.Errorf("%d cells checked; want %d", allowed+refused, want)
	}
	// The cells of the workflow above, counted by hand: 1 + 2 + 2 + 2 + 8
	// + 1 + 2 + 1 + 2 + 2 + 1 + 9 + 1.
	if allowed != 34 {
		t.Errorf("%d transitions allowed; want 34", allowed)
	}
}

func stateName(s dossier.State) string {
	if s == 0 {
		return "none"
	}
	return code(s)
}

func code(v interface{ MarshalText() ([]byte, error) }) string {
	b, err := v.MarshalText()
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func contains(rs []dossier.Role, r dossier.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
