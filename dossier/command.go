package dossier

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"golang.org/x/text/unicode/norm"
)

// Command is what a user asks of a dossier: an action, made on the version
// of the dossier the user saw. The fields after Reason are read by the
// actions named beside them and ignored by the others.
type Command struct {
	Dossier string // the dossier's ID; for Create, the new dossier's
	// Version is the version the user saw: the command is refused
	// ([ErrStale]) unless the dossier is still at it. 0 for Create.
	Version int
	Action  Action
	By      User
	// At is when the user acted, as the host's clock gives it; the library
	// never reads the clock. Events keep it in UTC.
	At time.Time
	// Reason is required to Return, Cancel and Revoke; for other actions
	// it is a remark the event keeps.
	Reason string

	Draft   Draft   // Create
	Changes Changes // Edit
	// Verdicts are the appraisal's judgements (Appraise): one per entry,
	// from awards.Evaluate of the subject's record for the entry's award
	// and the dossier's period.
	Verdicts []awards.Verdict
	Meeting  Meeting // Vote
	Tallies  []Tally // Vote: one per entry voted on
	// Judge judges an entry again with the council's vote (Vote); needed
	// when an entry voted on is for an award that needs the vote
	// ([Procedure].Votes).
	Judge      Judge
	Forwarding Forwarding // Forward
	Report     Document   // Propose: the tờ trình kết quả thẩm định, if stored
	// Decision is the decision (Decide) or the decision that revokes it
	// (Revoke, optional). At Decide, a Number left empty is taken from
	// Register, and Granted left empty grants every entry that may be
	// granted.
	Decision Decision
	// Register gives the decision's number when the clerk leaves it
	// empty (Decide): the next number of the Decider (its Code) for the
	// year of the decision's date and DocumentType.
	Register Register
	// DocumentType is the abbreviation of the decision's type in its
	// number (Decree 30/2020/NĐ-CP, Phụ lục III); "QĐ" when empty.
	DocumentType string
}

// Judge judges an entry's case, as [awards.Evaluator.Evaluate] does with
// the host's record of the subject. The dossier fills the case (the
// entry's award, the dossier's period, the council's vote); the host may
// add what the dossier does not know (Points, the decision date):
//
//	judge := func(ctx context.Context, s dossier.Subject, c awards.Case) (awards.Verdict, error) {
//		r, err := db.Record(ctx, s.ID) // the host's store of records
//		if err != nil {
//			return awards.Verdict{}, err
//		}
//		return ev.Evaluate(r, c)
//	}
type Judge func(ctx context.Context, s Subject, c awards.Case) (awards.Verdict, error)

// Apply returns the dossier after the command, and the event that
// records it for the host to persist. ctx is passed to the command's
// Judge and Register, the only parts that may do I/O; a context already
// done refuses the command with its error. The command is refused, with the
// dossier unchanged, when it was made on another version ([*StaleError]),
// when the user's role may not take the action in the dossier's state,
// or when the dossier lacks what the action needs ([*TransitionError],
// whose reasons an officer reads). Apply on the zero Dossier takes
// [Create]. The returned Dossier and Event share no memory with d, the
// command or each other.
func (d Dossier) Apply(ctx context.Context, c Command) (Dossier, Event, error) {
	next := d.Clone()
	ev, err := next.apply(ctx, c)
	if err != nil {
		return d, Event{}, err
	}
	return next, ev.Clone(), nil
}

// apply applies c to d in place, or leaves d unchanged and returns an
// error.
func (d *Dossier) apply(ctx context.Context, c Command) (Event, error) {
	if err := ctx.Err(); err != nil {
		return Event{}, err
	}
	if c.Action != Create && c.Dossier != d.ID {
		return Event{}, invalid("command for dossier %q applied to dossier %q", c.Dossier, d.ID)
	}
	if c.Version != d.Version {
		id := d.ID
		if id == "" {
			id = c.Dossier
		}
		return Event{}, &StaleError{Dossier: id, Made: c.Version, Current: d.Version}
	}
	if c.At.IsZero() {
		return Event{}, invalid("command without the time it was made (Command.At)")
	}
	ev := Event{Dossier: c.Dossier, Version: d.Version + 1, Action: c.Action, From: d.State,
		By: User{ID: c.By.ID, Role: c.By.Role, Unit: c.By.Unit}, At: c.At.Round(0).UTC(), Reason: text(c.Reason)}
	if err := d.gate(&ev, c.Draft.Proposer.Code); err != nil {
		return Event{}, err
	}
	if err := d.build(ctx, c, &ev); err != nil {
		return Event{}, err
	}
	// A decision numbered by the register is checked with a number in
	// its place, then numbered: a refused decision takes no number.
	numbered := c.Action == Decide && c.Decision.Number == "" && c.Register != nil
	typ := text(c.DocumentType)
	if typ == "" {
		typ = "QĐ"
	}
	if numbered {
		if d.Decider.Abbrev == "" {
			return Event{}, d.refuse(&ev, ErrIncomplete, fmt.Sprintf("chưa có ký hiệu viết tắt của %s để lấy số quyết định", d.Decider.Name))
		}
		dec := ev.Payload.(Decision)
		dec.Number = number(1, typ, d.Decider.Abbrev)
		ev.Payload = dec
	}
	ev.To = d.target(&ev)
	if err := d.check(&ev); err != nil {
		return Event{}, err
	}
	if numbered {
		dec := ev.Payload.(Decision)
		seq, err := c.Register.Next(ctx, d.Decider.Code, dec.Date.Year, typ)
		if err != nil {
			return Event{}, fmt.Errorf("dossier: %s: the register gave no number: %w", d.ID, err)
		}
		if seq <= 0 {
			return Event{}, fmt.Errorf("dossier: %s: the register gave number %d", d.ID, seq)
		}
		dec.Number = number(seq, typ, d.Decider.Abbrev)
		ev.Payload = dec
	}
	d.mutate(&ev)
	return ev, nil
}

// number writes a document's number and symbol: "05/QĐ-UBND", with a
// leading zero below 10 (Decree 30/2020/NĐ-CP, Phụ lục I).
func number(seq int, typ, issuer string) string {
	return fmt.Sprintf("%02d/%s-%s", seq, typ, issuer)
}

// build turns the command's input into the event's payload.
func (d *Dossier) build(ctx context.Context, c Command, ev *Event) error {
	switch c.Action {
	case Create:
		ev.Payload = normDraft(c.Draft)
	case Edit:
		ev.Payload = normChanges(c.Changes)
	case Appraise:
		as := make(Appraisals, 0, len(c.Verdicts))
		var reasons []string
		for _, v := range c.Verdicts {
			a, reason := d.appraisal(v)
			if reason != "" {
				reasons = append(reasons, reason)
			}
			as = append(as, a)
		}
		if len(reasons) > 0 {
			return d.refuse(ev, ErrInvalidInput, reasons...)
		}
		if len(as) == 0 {
			as = nil
		}
		ev.Payload = as
	case Vote:
		b := Ballot{Meeting: normMeeting(c.Meeting), Tallies: cloneSlice(c.Tallies)}
		ev.Payload = b
		// Check the tallies before judging anything with them.
		if err := d.checkBallot(ev, b, false); err != nil {
			return err
		}
		results, err := d.judge(ctx, b, c.Judge)
		if err != nil {
			return err
		}
		b.Results = results
		ev.Payload = b
	case Forward:
		ev.Payload = Forwarding{To: normUnit(c.Forwarding.To), Letter: normDocument(c.Forwarding.Letter)}
	case Propose:
		ev.Payload = Proposal{Report: normDocument(c.Report)}
	case Decide:
		dec := normDecision(c.Decision)
		if len(dec.Granted) == 0 {
			for _, e := range d.Entries {
				if e.Decidable() {
					dec.Granted = append(dec.Granted, e.Key())
				}
			}
		}
		ev.Payload = dec
	case Revoke:
		ev.Payload = normDecision(c.Decision)
	}
	return nil
}

// appraisal converts a verdict for the entry it judges, or says why it
// cannot.
func (d *Dossier) appraisal(v awards.Verdict) (Appraisal, string) {
	if v.Subject == nil || v.Award.ID == "" || v.Regime.ID == "" {
		return Appraisal{}, "có kết quả thẩm định rỗng (không do awards.Evaluate trả về)"
	}
	k := Key{Subject: v.Subject.ID, Award: v.Award.ID}
	if v.Period != d.Period {
		return Appraisal{}, fmt.Sprintf("kết quả thẩm định của %s là cho %s, không phải %s",
			d.label(k), v.Period, d.Period)
	}
	// What the dossier keeps goes into its event log and its documents:
	// the criteria on discipline and health stay one line that names none
	// of them, even when the host judged with them disclosed.
	v = v.WithoutPersonalData()
	a := Appraisal{Key: k, Outcome: v.Outcome, Regime: v.Regime.ID, Note: text(v.Note), UnverifiedBasis: v.UnverifiedBasis}
	fs := v.Findings()
	if len(fs) > 0 {
		a.Findings = make([]Finding, 0, len(fs))
	}
	for _, f := range fs {
		if f.RuleID() == "" {
			continue
		}
		c := f.Citation()
		a.Findings = append(a.Findings, Finding{Rule: f.RuleID(), Criterion: f.Criterion(), Result: f.Result,
			Facts: f.FactsText(v.Period, false), Citation: c.String(), Evidence: c.Evidence})
	}
	for _, f := range v.Blocking() {
		a.Blocking = append(a.Blocking, f.Label())
	}
	return a, ""
}

// judge judges again, with the council's vote, every entry voted on when
// a Judge is given; without one, no entry voted on may need the vote.
func (d *Dossier) judge(ctx context.Context, b Ballot, judge Judge) ([]Appraisal, error) {
	var out []Appraisal
	for _, t := range b.Tallies {
		i := d.entry(t.Key)
		e := d.Entries[i]
		if judge == nil {
			if _, ok := d.Procedure.Votes[e.Award]; ok {
				return nil, invalid("the vote on %s (%s) needs a Judge to judge the case again with the vote", e.ID, e.Award)
			}
			continue
		}
		vote := t.Vote(b.Meeting)
		v, err := judge(ctx, e.Subject, awards.Case{Award: e.Award, Period: d.Period, Vote: &vote})
		if err != nil {
			return nil, fmt.Errorf("dossier: judging %s (%s) with the council's vote: %w", e.ID, e.Award, err)
		}
		a, reason := d.appraisal(v)
		if reason == "" && a.Key != t.Key {
			reason = fmt.Sprintf("Judge trả về kết quả của %s thay cho %s", d.label(a.Key), d.label(t.Key))
		}
		if reason != "" {
			return nil, invalid("%s", reason)
		}
		out = append(out, a)
	}
	return out, nil
}

// label names an entry for an officer: "Nguyễn Văn An (“Lao động tiên
// tiến”)"; the subject's ID when it is not in the dossier.
func (d *Dossier) label(k Key) string {
	who := k.Subject
	if i := d.entry(k); i >= 0 {
		who = d.Entries[i].Name
	} else {
		for _, e := range d.Entries {
			if e.ID == k.Subject {
				who = e.Name
				break
			}
		}
	}
	if a, ok := awards.Lookup(k.Award); ok {
		return who + " (" + a.Display() + ")"
	}
	return who + " (" + string(k.Award) + ")"
}

// text trims s and puts it in Unicode NFC, as every text the library
// writes.
func text(s string) string { return norm.NFC.String(strings.TrimSpace(s)) }

func cloneSlice[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append([]T(nil), s...)
}

func normUnit(u Unit) Unit {
	return Unit{Code: strings.TrimSpace(u.Code), Name: text(u.Name), Level: u.Level, Parent: text(u.Parent),
		Abbrev: text(u.Abbrev), Head: text(u.Head), Place: text(u.Place)}
}

func normSubject(s Subject) Subject {
	return Subject{ID: strings.TrimSpace(s.ID), Kind: s.Kind, Name: text(s.Name), Position: text(s.Position),
		Unit: text(s.Unit), Award: s.Award}
}

func normDocument(doc Document) Document {
	if doc.IsZero() {
		return doc
	}
	doc.ID = strings.TrimSpace(doc.ID)
	doc.Subject = strings.TrimSpace(doc.Subject)
	doc.Title = text(doc.Title)
	if doc.Title == "" && doc.Component >= Request && doc.Component <= Other {
		doc.Title = upperFirst(doc.Component.String())
	}
	doc.Number = text(doc.Number)
	doc.SHA256 = strings.ToLower(strings.TrimSpace(doc.SHA256))
	return doc
}

func normDocuments(docs []Document) []Document {
	if len(docs) == 0 {
		return nil
	}
	out := make([]Document, len(docs))
	for i, doc := range docs {
		out[i] = normDocument(doc)
	}
	return out
}

func normSubjects(ss []Subject) []Subject {
	if len(ss) == 0 {
		return nil
	}
	out := make([]Subject, len(ss))
	for i, s := range ss {
		out[i] = normSubject(s)
	}
	return out
}

func normDraft(dr Draft) Draft {
	out := Draft{Proposer: normUnit(dr.Proposer), Receiver: normUnit(dr.Receiver), Decider: normUnit(dr.Decider),
		Period: dr.Period, Subjects: normSubjects(dr.Subjects), Documents: normDocuments(dr.Documents)}
	if dr.Procedure.isZero() {
		out.Procedure = DefaultProcedure()
	} else {
		out.Procedure = normProcedure(dr.Procedure)
	}
	return out
}

// normProcedure copies p with empty lists and maps as nil, so that an
// event reads back from JSON equal.
func normProcedure(p Procedure) Procedure {
	p = p.clone()
	p.Source = text(p.Source)
	if len(p.Common) == 0 {
		p.Common = nil
	}
	for k, v := range p.ByAward {
		if len(v) == 0 {
			delete(p.ByAward, k)
		}
	}
	if len(p.ByAward) == 0 {
		p.ByAward = nil
	}
	if len(p.Votes) == 0 {
		p.Votes = nil
	}
	return p
}

func normChanges(c Changes) Changes {
	return Changes{Add: normSubjects(c.Add), Remove: cloneSlice(c.Remove), Attach: normDocuments(c.Attach),
		Detach: cloneSlice(c.Detach)}
}

func normMeeting(m Meeting) Meeting {
	m.Minutes = normDocument(m.Minutes)
	return m
}

func normDecision(dec Decision) Decision {
	return Decision{Number: text(dec.Number), Date: dec.Date, Signer: text(dec.Signer), Position: text(dec.Position),
		Granted: cloneSlice(dec.Granted), Document: normDocument(dec.Document)}
}
