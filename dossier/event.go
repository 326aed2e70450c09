package dossier

import (
	"slices"
	"strings"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
)

// Event is one transition of a dossier, as the host persists it: the
// dossier, the version it produced, who acted, when, the states before and
// after, the action, its reason and what the action carried. [Rebuild]
// builds the dossier again from its events alone. Its JSON form is the
// events' schema, version 1 (see the package documentation).
type Event struct {
	Dossier string
	Version int // the version the event produced: 1 for Create
	Action  Action
	From    State // zero for Create
	To      State
	By      User
	At      time.Time // UTC, as given by the command (the library never reads the clock)
	// Reason is why the dossier was returned, cancelled or revoked; for
	// other actions, the user's remark, if any.
	Reason string
	// Payload is what the action carried: [Draft] for Create, [Changes]
	// for Edit, [Appraisals] for Appraise, [Ballot] for Vote,
	// [Forwarding] for Forward, [Proposal] for Propose, [Decision] for
	// Decide and Revoke; nil for the other actions.
	Payload Payload
}

// Payload is what an action carries: one of [Draft], [Changes],
// [Appraisals], [Ballot], [Forwarding], [Proposal] and [Decision]. The
// set is closed.
type Payload interface {
	payload()
}

// Draft is what a dossier is created with.
type Draft struct {
	Proposer Unit
	// Receiver is the authority the proposer sends it to; it forwards the
	// dossier when the Decider is above it.
	Receiver  Unit
	Decider   Unit
	Period    awards.Period
	Subjects  []Subject
	Documents []Document
	// Procedure is what the procedure requires; the zero Procedure means
	// [DefaultProcedure]. The event records the procedure used.
	Procedure Procedure
}

// Changes are the proposer's changes to a dossier being drafted or
// returned: entries and documents added or removed.
type Changes struct {
	Add    []Subject  `json:"add,omitempty"`
	Remove []Key      `json:"remove,omitempty"`
	Attach []Document `json:"attach,omitempty"`
	Detach []string   `json:"detach,omitempty"` // document IDs
}

// IsZero reports whether c changes nothing.
func (c Changes) IsZero() bool {
	return len(c.Add) == 0 && len(c.Remove) == 0 && len(c.Attach) == 0 && len(c.Detach) == 0
}

// Appraisals are the appraisal's verdicts on some or all entries.
type Appraisals []Appraisal

// Ballot is the council's meeting, its tallies and the verdicts judged
// again with the vote.
type Ballot struct {
	Meeting Meeting
	Tallies []Tally
	// Results are the verdicts judged again with each tally's vote, for
	// the entries the vote judged again (every entry of an award that
	// needs the vote).
	Results []Appraisal
}

// Forwarding sends a dossier on to the next level.
type Forwarding struct {
	To Unit `json:"to"`
	// Letter is the level's tờ trình to the next level, with its number
	// and date ([Request]).
	Letter Document `json:"letter"`
}

// Proposal is what the office puts before the head.
type Proposal struct {
	// Report is the tờ trình kết quả thẩm định ([AppraisalReport]), when
	// the host stores it; zero otherwise.
	Report Document `json:"report,omitzero"`
}

func (Draft) payload()      {}
func (Changes) payload()    {}
func (Appraisals) payload() {}
func (Ballot) payload()     {}
func (Forwarding) payload() {}
func (Proposal) payload()   {}
func (Decision) payload()   {}

// payloadMatches reports whether p is the kind of payload action a
// carries: none for the actions without one.
func payloadMatches(a Action, p Payload) bool {
	var ok bool
	switch a {
	case Create:
		_, ok = p.(Draft)
	case Edit:
		_, ok = p.(Changes)
	case Appraise:
		_, ok = p.(Appraisals)
	case Vote:
		_, ok = p.(Ballot)
	case Forward:
		_, ok = p.(Forwarding)
	case Propose:
		_, ok = p.(Proposal)
	case Decide, Revoke:
		_, ok = p.(Decision)
	default:
		ok = p == nil
	}
	return ok
}

// Clone returns a copy of e that shares no memory with it.
func (e Event) Clone() Event {
	e.Payload = clonePayload(e.Payload)
	return e
}

func clonePayload(p Payload) Payload {
	switch p := p.(type) {
	case Draft:
		p.Subjects = slices.Clone(p.Subjects)
		p.Documents = slices.Clone(p.Documents)
		p.Procedure = p.Procedure.clone()
		return p
	case Changes:
		p.Add = slices.Clone(p.Add)
		p.Remove = slices.Clone(p.Remove)
		p.Attach = slices.Clone(p.Attach)
		p.Detach = slices.Clone(p.Detach)
		return p
	case Appraisals:
		return cloneAppraisals(p)
	case Ballot:
		p.Tallies = slices.Clone(p.Tallies)
		p.Results = cloneAppraisals(p.Results)
		return p
	case Decision:
		return p.clone()
	}
	return p
}

func cloneAppraisals[S ~[]Appraisal](as S) S {
	if as == nil {
		return nil
	}
	out := make(S, len(as))
	for i, a := range as {
		out[i] = a.clone()
	}
	return out
}

// Text writes the event as a line of the dossier's history, in Vietnamese:
// "chuyên viên thẩm định u17: trả lại hồ sơ (Đã tiếp nhận → Trả lại).
// Lý do: thiếu báo cáo thành tích".
func (e Event) Text() string {
	var b strings.Builder
	b.WriteString(e.By.Role.String())
	b.WriteByte(' ')
	b.WriteString(e.By.ID)
	b.WriteString(": ")
	b.WriteString(e.Action.String())
	b.WriteString(" (")
	if e.From != 0 {
		b.WriteString(e.From.String())
		b.WriteString(" → ")
	}
	b.WriteString(e.To.String())
	b.WriteString(")")
	if d, ok := e.Payload.(Decision); ok && d.Number != "" {
		b.WriteString(", quyết định số ")
		b.WriteString(d.Number)
		if !d.Date.IsZero() {
			b.WriteString(" ngày ")
			b.WriteString(d.Date.String())
		}
	}
	if e.Reason != "" {
		switch e.Action {
		case Return, Cancel, Revoke:
			b.WriteString(". Lý do: ")
		default:
			b.WriteString(". Ghi chú: ")
		}
		b.WriteString(e.Reason)
	}
	return b.String()
}

// Interface guards
var (
	_ Payload = Draft{}
	_ Payload = Changes{}
	_ Payload = Appraisals{}
	_ Payload = Ballot{}
	_ Payload = Forwarding{}
	_ Payload = Proposal{}
	_ Payload = Decision{}
)
