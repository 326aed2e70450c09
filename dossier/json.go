package dossier

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/source"
	"golang.org/x/text/unicode/norm"
)

// SchemaVersion is the version of the events' JSON form that this
// package writes and reads: the "v" of every event.
const SchemaVersion = 1

//go:embed schema/events.schema.json
var schema []byte

// Schema returns the JSON Schema (draft 2020-12) of a log of events: an
// array of events in the form [Event.MarshalJSON] writes. The slice is the
// caller's own copy.
func Schema() []byte { return bytes.Clone(schema) }

// eventJSON is the envelope of an event.
type eventJSON struct {
	V       int             `json:"v"`
	Dossier string          `json:"dossier"`
	Version int             `json:"version"`
	Action  Action          `json:"action"`
	From    State           `json:"from,omitzero"`
	To      State           `json:"to"`
	By      User            `json:"by"`
	At      time.Time       `json:"at"`
	Reason  string          `json:"reason,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// MarshalJSON writes the event in the events' schema, version 1:
//
//	{"v": 1, "dossier": "HS-2025-017", "version": 4, "action": "return",
//	 "from": "received", "to": "returned",
//	 "by": {"id": "u17", "role": "office-clerk"}, "at": "2026-01-05T02:30:00Z",
//	 "reason": "Thiếu báo cáo thành tích của bà Hoa"}
//
// with "payload" for the actions that carry one. The package
// documentation describes every field; [Schema] is the JSON Schema.
func (e Event) MarshalJSON() ([]byte, error) {
	j := eventJSON{V: SchemaVersion, Dossier: e.Dossier, Version: e.Version, Action: e.Action, From: e.From, To: e.To,
		By: e.By, At: e.At, Reason: e.Reason}
	if e.Payload != nil {
		p, err := json.Marshal(toJSON(e.Payload))
		if err != nil {
			return nil, err
		}
		j.Payload = p
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads one event as [DecodeEvents] reads each of a log
// (a row of the host's table of events, say), strictly: an error is a
// *source.Error naming the field (its file is "event").
func (e *Event) UnmarshalJSON(data []byte) error {
	data = norm.NFC.Bytes(data)
	src := source.NewFile("event", data)
	ev, err := decodeEvent(src, 0, "", data)
	if err != nil {
		return err
	}
	*e = ev
	return nil
}

// DecodeEvents reads a log of events: a JSON array of events in the
// events' schema ([Event.MarshalJSON]), in UTF-8 (a byte order mark is
// skipped; text is put in NFC). Decoding is strict: an unknown field, a
// value of the wrong type, an unknown code, a missing field or a schema
// version other than 1 is a *source.Error that names the file, the line
// and the field: `log.json:41: field "events[3].payload.tallies[0].in_favour":
// want an integer, found a string`. DecodeEvents checks each event's form,
// not whether the events follow: [Rebuild] does.
func DecodeEvents(file string, data []byte) ([]Event, error) {
	data = norm.NFC.Bytes(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	src := source.NewFile(file, data)
	var out []Event
	err := src.Elements(0, "events", "events", data, func(_ int, path string, off int64, el []byte) error {
		ev, err := decodeEvent(src, off, path, el)
		out = append(out, ev)
		return err
	})
	if err != nil {
		return nil, err
	}
	// Elements read one whole array: anything invalid is after it.
	if !json.Valid(data) {
		return nil, trailing(src, data)
	}
	return out, nil
}

// trailing returns the error of data after the array of events.
func trailing(src *source.File, data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	var whole json.RawMessage
	if err := dec.Decode(&whole); err != nil {
		return src.JSONError(0, "", err)
	}
	return src.Errorf(dec.InputOffset(), "", "unexpected data after the array of events")
}

// decodeEvent decodes one event, el, which starts at byte off of src;
// path names it in errors ("events[3]").
func decodeEvent(src *source.File, off int64, path string, el []byte) (Event, error) {
	var j eventJSON
	if err := src.DecodeJSON(off, path, el, &j); err != nil {
		return Event{}, err
	}
	// The offsets of the fields, to place an error: computed only then.
	var keys map[string]int64
	at := func(key string) int64 {
		if keys == nil {
			keys, _ = valueOffsets(el)
		}
		if o, ok := keys[key]; ok {
			return off + o
		}
		return off
	}
	has := func(key string) bool {
		at(key)
		_, ok := keys[key]
		return ok
	}
	field := func(key string) string {
		if path == "" {
			return key
		}
		return path + "." + key
	}
	missing := func(key string) error { return src.Errorf(at(key), field(key), "missing") }
	switch {
	case j.V != SchemaVersion:
		if !has("v") {
			return Event{}, src.Errorf(off, field("v"), "missing schema version; want \"v\": %d", SchemaVersion)
		}
		return Event{}, src.Errorf(at("v"), field("v"), "schema version %d; this package reads version %d", j.V, SchemaVersion)
	case j.Dossier == "":
		return Event{}, missing("dossier")
	case j.Version < 1:
		return Event{}, src.Errorf(at("version"), field("version"), "version %d; want 1 or more", j.Version)
	case j.Action == 0:
		return Event{}, missing("action")
	case j.To == 0:
		return Event{}, missing("to")
	case j.By.ID == "":
		return Event{}, src.Errorf(at("by"), field("by.id"), "missing")
	case j.By.Role == 0:
		return Event{}, src.Errorf(at("by"), field("by.role"), "missing")
	case j.At.IsZero():
		return Event{}, missing("at")
	}
	ev := Event{Dossier: j.Dossier, Version: j.Version, Action: j.Action, From: j.From, To: j.To, By: j.By,
		At: j.At.UTC(), Reason: j.Reason}
	var (
		want    any
		payload = true
	)
	switch j.Action {
	case Create:
		want = new(draftJSON)
	case Edit:
		want = new(Changes)
	case Appraise:
		want = new(appraisalsJSON)
	case Vote:
		want = new(ballotJSON)
	case Forward:
		want = new(Forwarding)
	case Propose:
		want = new(Proposal)
	case Decide, Revoke:
		want = new(Decision)
	default:
		payload = false
	}
	switch {
	case !payload && len(j.Payload) > 0:
		return Event{}, src.Errorf(at("payload"), field("payload"), "action %s carries no payload", actionCode(j.Action))
	case payload && len(j.Payload) == 0:
		return Event{}, missing("payload")
	case payload:
		if err := src.DecodeJSON(0, field("payload"), j.Payload, want); err != nil {
			// Decode again where the payload stands, for the line.
			return Event{}, src.DecodeJSON(at("payload"), field("payload"), j.Payload, want)
		}
		ev.Payload = fromJSON(want)
	}
	return ev, nil
}

// valueOffsets returns the offset in the object el of the value of each
// of its keys.
func valueOffsets(el []byte) (map[string]int64, error) {
	dec := json.NewDecoder(bytes.NewReader(el))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("want an object")
	}
	out := map[string]int64{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		out[key] = dec.InputOffset() - int64(len(raw))
	}
	return out, nil
}

// The JSON forms of the payloads whose Go types hold enums of awards that
// have no text form of their own, or maps.

type draftJSON struct {
	Proposer  Unit          `json:"proposer"`
	Receiver  Unit          `json:"receiver"`
	Decider   Unit          `json:"decider"`
	Period    periodJSON    `json:"period"`
	Subjects  []Subject     `json:"subjects,omitempty"`
	Documents []Document    `json:"documents,omitempty"`
	Procedure procedureJSON `json:"procedure"`
}

type periodJSON struct {
	Kind  awards.PeriodKind `json:"kind"`
	First int               `json:"first"`
	Last  int               `json:"last"`
}

type procedureJSON struct {
	Source   string                          `json:"source,omitempty"`
	Common   []requirementJSON               `json:"common,omitempty"`
	ByAward  map[awards.ID][]requirementJSON `json:"by_award,omitempty"`
	Votes    map[awards.ID]citationJSON      `json:"votes,omitempty"`
	VoteFrom Level                           `json:"vote_from,omitzero"`
}

type requirementJSON struct {
	Component  Component          `json:"component"`
	Title      string             `json:"title"`
	PerSubject bool               `json:"per_subject,omitempty"`
	Kinds      awards.SubjectKind `json:"kinds,omitzero"`
	From       Level              `json:"from,omitzero"`
	Citation   citationJSON       `json:"citation"`
}

type citationJSON struct {
	Document string          `json:"document"`
	Article  int             `json:"article,omitempty"`
	Clause   int             `json:"clause,omitempty"`
	Point    string          `json:"point,omitempty"`
	Evidence awards.Evidence `json:"evidence"`
	Note     string          `json:"note,omitempty"`
}

type appraisalsJSON []appraisalJSON

type appraisalJSON struct {
	Key
	Outcome         awards.Outcome  `json:"outcome"`
	Regime          awards.RegimeID `json:"regime"`
	Findings        []Finding       `json:"findings,omitempty"`
	Blocking        []string        `json:"blocking,omitempty"`
	Note            string          `json:"note,omitempty"`
	UnverifiedBasis bool            `json:"unverified_basis,omitempty"`
}

type ballotJSON struct {
	Meeting Meeting         `json:"meeting"`
	Tallies []Tally         `json:"tallies"`
	Results []appraisalJSON `json:"results,omitempty"`
}

// toJSON returns the value json.Marshal writes for a payload.
func toJSON(p Payload) any {
	switch p := p.(type) {
	case Draft:
		return draftJSON{Proposer: p.Proposer, Receiver: p.Receiver, Decider: p.Decider,
			Period:   periodJSON{Kind: p.Period.Kind, First: p.Period.First, Last: p.Period.Last},
			Subjects: p.Subjects, Documents: p.Documents, Procedure: procedureToJSON(p.Procedure)}
	case Appraisals:
		return appraisalsToJSON(p)
	case Ballot:
		return ballotJSON{Meeting: p.Meeting, Tallies: nonNil(p.Tallies), Results: appraisalsToJSON(p.Results)}
	}
	return p
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// fromJSON returns the payload a decoded JSON form holds.
func fromJSON(p any) Payload {
	switch p := p.(type) {
	case *draftJSON:
		return Draft{Proposer: p.Proposer, Receiver: p.Receiver, Decider: p.Decider,
			Period:   awards.Period{Kind: p.Period.Kind, First: p.Period.First, Last: p.Period.Last},
			Subjects: cloneSlice(p.Subjects), Documents: cloneSlice(p.Documents), Procedure: procedureFromJSON(p.Procedure)}
	case *appraisalsJSON:
		return Appraisals(appraisalsFromJSON(*p))
	case *ballotJSON:
		return Ballot{Meeting: p.Meeting, Tallies: cloneSlice(p.Tallies), Results: appraisalsFromJSON(p.Results)}
	case *Changes:
		return normChanges(*p)
	case *Forwarding:
		return *p
	case *Proposal:
		return *p
	case *Decision:
		d := *p
		d.Granted = cloneSlice(d.Granted)
		return d
	}
	return nil
}

func procedureToJSON(p Procedure) procedureJSON {
	j := procedureJSON{Source: p.Source, VoteFrom: p.VoteFrom, Common: requirementsToJSON(p.Common)}
	if len(p.ByAward) > 0 {
		j.ByAward = make(map[awards.ID][]requirementJSON, len(p.ByAward))
		for k, v := range p.ByAward {
			j.ByAward[k] = nonNil(requirementsToJSON(v))
		}
	}
	if len(p.Votes) > 0 {
		j.Votes = make(map[awards.ID]citationJSON, len(p.Votes))
		for k, c := range p.Votes {
			j.Votes[k] = citationToJSON(c)
		}
	}
	return j
}

func procedureFromJSON(j procedureJSON) Procedure {
	p := Procedure{Source: j.Source, VoteFrom: j.VoteFrom, Common: requirementsFromJSON(j.Common)}
	if len(j.ByAward) > 0 {
		p.ByAward = make(map[awards.ID][]Requirement, len(j.ByAward))
		for k, v := range j.ByAward {
			p.ByAward[k] = requirementsFromJSON(v)
		}
	}
	if len(j.Votes) > 0 {
		p.Votes = make(map[awards.ID]awards.Citation, len(j.Votes))
		for k, c := range j.Votes {
			p.Votes[k] = citationFromJSON(c)
		}
	}
	return p
}

func requirementsToJSON(rs []Requirement) []requirementJSON {
	if len(rs) == 0 {
		return nil
	}
	out := make([]requirementJSON, len(rs))
	for i, r := range rs {
		out[i] = requirementJSON{Component: r.Component, Title: r.Title, PerSubject: r.PerSubject, Kinds: r.Kinds,
			From: r.From, Citation: citationToJSON(r.Citation)}
	}
	return out
}

func requirementsFromJSON(js []requirementJSON) []Requirement {
	if len(js) == 0 {
		return nil
	}
	out := make([]Requirement, len(js))
	for i, j := range js {
		out[i] = Requirement{Component: j.Component, Title: j.Title, PerSubject: j.PerSubject, Kinds: j.Kinds,
			From: j.From, Citation: citationFromJSON(j.Citation)}
	}
	return out
}

func citationToJSON(c awards.Citation) citationJSON {
	return citationJSON{Document: c.Document, Article: c.Article, Clause: c.Clause, Point: c.Point,
		Evidence: c.Evidence, Note: c.Note}
}

func citationFromJSON(j citationJSON) awards.Citation {
	return awards.Citation{Document: j.Document, Article: j.Article, Clause: j.Clause, Point: j.Point,
		Evidence: j.Evidence, Note: j.Note}
}

func appraisalsToJSON(as []Appraisal) []appraisalJSON {
	if len(as) == 0 {
		return nil
	}
	out := make([]appraisalJSON, len(as))
	for i, a := range as {
		j := appraisalJSON{Key: a.Key, Outcome: a.Outcome, Regime: a.Regime, Blocking: a.Blocking,
			Note: a.Note, UnverifiedBasis: a.UnverifiedBasis}
		j.Findings = cloneSlice(a.Findings)
		out[i] = j
	}
	return out
}

func appraisalsFromJSON(js []appraisalJSON) []Appraisal {
	if len(js) == 0 {
		return nil
	}
	out := make([]Appraisal, len(js))
	for i, j := range js {
		a := Appraisal{Key: j.Key, Outcome: j.Outcome, Regime: j.Regime, Blocking: cloneSlice(j.Blocking),
			Note: j.Note, UnverifiedBasis: j.UnverifiedBasis}
		a.Findings = cloneSlice(j.Findings)
		out[i] = a
	}
	return out
}

// Interface guards
var (
	_ json.Marshaler   = Event{}
	_ json.Unmarshaler = (*Event)(nil)
)
