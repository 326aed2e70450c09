package dossier_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/source"
)

// history takes the school's dossier through every kind of event:
// created, edited, sent, returned, sent again, received, appraised,
// forwarded, received and appraised at the province, voted on, proposed,
// decided and revoked. It returns the events and the dossier after each.
func history(t testing.TB) ([]dossier.Event, []dossier.Dossier) {
	t.Helper()
	w := upward()
	var (
		d      dossier.Dossier
		events []dossier.Event
		states []dossier.Dossier
	)
	for _, s := range []struct {
		a dossier.Action
		u dossier.User
	}{
		{dossier.Create, proposer}, {dossier.Edit, proposer}, {dossier.Submit, proposer}, {dossier.Return, clerk},
		{dossier.Edit, proposer}, {dossier.Submit, proposer}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser},
		{dossier.Forward, head}, {dossier.Receive, clerk}, {dossier.Appraise, appraiser}, {dossier.Convene, secretary},
		{dossier.Vote, secretary}, {dossier.Propose, appraiser}, {dossier.Decide, head}, {dossier.Revoke, head},
	} {
		c := w.command(t, d, s.a, s.u)
		if s.a == dossier.Decide {
			c.Decision.Document = dossier.Document{ID: "QD", Component: dossier.DecisionText, Title: "Quyết định",
				Number: "15/QĐ-UBND", Date: c.Decision.Date, SHA256: hash("QD")}
		}
		next, ev, err := d.Apply(ctx, c)
		if err != nil {
			t.Fatalf("%s: %v", s.a, err)
		}
		d = next
		events = append(events, ev)
		states = append(states, d)
	}
	return events, states
}

// TestRebuild: the events rebuild, after each of them, the dossier Apply
// returned.
func TestRebuild(t *testing.T) {
	events, states := history(t)
	for i := range events {
		got, err := dossier.Rebuild(events[:i+1])
		if err != nil {
			t.Fatalf("Rebuild(%d events): %v", i+1, err)
		}
		if !reflect.DeepEqual(got, states[i]) {
			t.Errorf("Rebuild(%d events) differs from the dossier Apply returned:\n got %+v\nwant %+v", i+1, got, states[i])
		}
	}
}

// TestJSONRoundTrip: the log written as JSON reads back equal, and
// rebuilds an equal dossier.
func TestJSONRoundTrip(t *testing.T) {
	events, states := history(t)
	data, err := json.MarshalIndent(events, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	back, err := dossier.DecodeEvents("log.json", data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, events) {
		for i := range events {
			if !reflect.DeepEqual(back[i], events[i]) {
				t.Fatalf("event %d reads back as\n%+v\nwant\n%+v", i, back[i], events[i])
			}
		}
		t.Fatalf("DecodeEvents: %d events; want %d", len(back), len(events))
	}
	d, err := dossier.Rebuild(back)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, states[len(states)-1]) {
		t.Error("the dossier rebuilt from JSON differs")
	}
	again, _ := json.MarshalIndent(back, "", "  ")
	if !bytes.Equal(again, data) {
		t.Error("the log written again differs")
	}
	// One event at a time, as a database row.
	for i, ev := range events {
		b, _ := json.Marshal(ev)
		var one dossier.Event
		if err := json.Unmarshal(b, &one); err != nil || !reflect.DeepEqual(one, ev) {
			t.Errorf("event %d: Unmarshal = %v", i, err)
		}
	}
	// The log of the testdata, which the fuzz target starts from, is this
	// one.
	golden := filepath.Join("testdata", "log.json")
	if os.Getenv("DOSSIER_UPDATE") != "" {
		if err := os.WriteFile(golden, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(bytes.TrimSpace(want), data) {
		t.Errorf("%s differs from the log written now; DOSSIER_UPDATE=1 go test ./dossier -run JSONRoundTrip rewrites it", golden)
	}
}

// TestTampered: a log that cannot have come from the workflow is refused,
// naming the event.
func TestTampered(t *testing.T) {
	events, _ := history(t)
	other, _ := history(t)
	for i := range other {
		other[i].Dossier = "HS-KHAC"
	}
	cut := func(evs []dossier.Event, i int) []dossier.Event {
		return append(append([]dossier.Event(nil), evs[:i]...), evs[i+1:]...)
	}
	edit := func(i int, f func(*dossier.Event)) []dossier.Event {
		out := make([]dossier.Event, len(events))
		for j, ev := range events {
			out[j] = ev.Clone()
		}
		f(&out[i])
		return out
	}
	for _, tt := range []struct {
		name  string
		log   []dossier.Event
		index int
		want  error
		msg   string
	}{
		{"a gap", cut(events, 3), 3, dossier.ErrBrokenLog, "version 5 follows version 3"},
		{"a repeat", append(append([]dossier.Event(nil), events[:4]...), events[3:]...), 4, dossier.ErrBrokenLog, "version 4 repeated"},
		{"no start", events[1:], 0, dossier.ErrBrokenLog, "the log starts at version 2, not 1"},
		{"another dossier", append(append([]dossier.Event(nil), events[:5]...), other[5]), 5, dossier.ErrBrokenLog,
			`an event of dossier "HS-KHAC" in the log of "HS-THCS-2025"`},
		{"unknown state", edit(6, func(ev *dossier.Event) { ev.To = 42 }), 6, dossier.ErrBrokenLog, "unknown state"},
		{"wrong from", edit(6, func(ev *dossier.Event) { ev.From = dossier.Drafted }), 6, dossier.ErrBrokenLog,
			"from state drafted, but the dossier is submitted"},
		{"wrong to", edit(6, func(ev *dossier.Event) { ev.To = dossier.Appraised }), 6, dossier.ErrBrokenLog,
			"to state appraised, but receive leads to received"},
		{"a role the workflow refuses", edit(7, func(ev *dossier.Event) { ev.By = proposer }), 7, dossier.ErrNotPermitted,
			"vai trò đơn vị đề nghị không được thẩm định hồ sơ"},
		{"out of order", cut(cut(events, 6), 6), 6, dossier.ErrBrokenLog, "version 9 follows version 6"},
		{"a decision without number", edit(14, func(ev *dossier.Event) {
			dec := ev.Payload.(dossier.Decision)
			dec.Number = ""
			ev.Payload = dec
		}), 14, dossier.ErrIncomplete, "chưa có số quyết định"},
		{"a payload of another action", edit(12, func(ev *dossier.Event) { ev.Payload = dossier.Proposal{} }), 12,
			dossier.ErrInvalidInput, "không phải của thao tác này"},
		{"more ballots than members", edit(12, func(ev *dossier.Event) {
			b := ev.Payload.(dossier.Ballot)
			b.Tallies[0].Against = 5
			ev.Payload = b
		}), 12, dossier.ErrInvalidInput, "nhiều hơn số thành viên bỏ phiếu"},
		{"a vote not judged again", edit(12, func(ev *dossier.Event) {
			b := ev.Payload.(dossier.Ballot)
			b.Results = nil
			ev.Payload = b
		}), 12, dossier.ErrInvalidInput, "chưa được đánh giá lại theo kết quả bỏ phiếu"},
		{"no events", nil, 0, dossier.ErrBrokenLog, "no events"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := dossier.Rebuild(tt.log)
			var ee *dossier.EventError
			if !errors.As(err, &ee) || !errors.Is(err, tt.want) {
				t.Fatalf("Rebuild = %v; want an *EventError wrapping %v", err, tt.want)
			}
			if ee.Index != tt.index || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Rebuild = %v (event %d); want event %d, %q", err, ee.Index, tt.index, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "dossier: event ") || strings.Count(err.Error(), "dossier:") != 1 {
				t.Errorf("error %q: want one prefix", err)
			}
		})
	}
}

// TestDecodeErrors: the decoder names the line and the field.
func TestDecodeErrors(t *testing.T) {
	events, _ := history(t)
	data, _ := json.MarshalIndent(events[:3], "", "  ")
	log := string(data)
	for _, tt := range []struct {
		name   string
		old    string
		new    string
		field  string
		line   int
		substr string
	}{
		{"unknown field", `"from": "drafted"`, `"lý_do": "x", "from": "drafted"`, "events[1].lý_do", 0, "unknown field"},
		{"wrong type", `"version": 2`, `"version": "2"`, "events[1].version", 0, "want"},
		{"schema 2", `"v": 1,
    "dossier": "HS-THCS-2025",
    "version": 3`, `"v": 2,
    "dossier": "HS-THCS-2025",
    "version": 3`, "events[2].v", 0, "schema version 2"},
		{"unknown action", `"action": "edit"`, `"action": "sửa"`, "events[1].action", 0, `unknown action "sửa"`},
		{"unknown state", `"to": "submitted"`, `"to": "sent"`, "events[2].to", 0, `unknown state "sent"`},
		{"unknown role", `"role": "proposer"`, `"role": "boss"`, "events[0].by.role", 0, `unknown role "boss"`},
		{"payload field", `"per_subject": true`, `"per_subject": "có"`, "events[0].payload.procedure", 0, "want"},
		{"payload of a submit", `"action": "submit",`, `"action": "submit", "payload": {},`, "events[2].payload", 0, "carries no payload"},
		{"bad date", `"date": "2025-12-10"`, `"date": "2025-13-10"`, "events[0].payload.documents[0].date", 0, "is not a date"},
		{"bad award", `"award": "cstd-bo-tinh"`, `"award": "huy-hieu"`, "events[0].payload.subjects[0].award", 0, "unknown title or form"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(log, tt.old) {
				t.Fatalf("the log has no %q", tt.old)
			}
			bad := strings.Replace(log, tt.old, tt.new, 1)
			line := strings.Count(bad[:strings.Index(bad, tt.new)], "\n") + 1
			_, err := dossier.DecodeEvents("log.json", []byte(bad))
			var se *source.Error
			if !errors.As(err, &se) {
				t.Fatalf("DecodeEvents = %v; want a *source.Error", err)
			}
			if !strings.HasPrefix(se.Field, tt.field) || !strings.Contains(err.Error(), tt.substr) || se.File != "log.json" {
				t.Errorf("DecodeEvents = %v (field %q); want field %q and %q", err, se.Field, tt.field, tt.substr)
			}
			if se.Line < line-12 || se.Line > line+1 {
				t.Errorf("DecodeEvents = %v: line %d; want about %d", err, se.Line, line)
			}
		})
	}
	for _, tt := range []struct{ name, data, substr string }{
		{"not an array", `{}`, "want an array of events"},
		{"after the array", `[] []`, "unexpected data after the array"},
		{"no v", `[{"dossier": "x"}]`, "missing schema version"},
		{"missing payload", `[{"v": 1, "dossier": "x", "version": 1, "action": "create", "to": "drafted", "by": {"id": "u", "role": "proposer"}, "at": "2026-01-05T01:00:00Z"}]`, `field "events[0].payload": missing`},
		{"broken", `[{"v": 1,`, "unexpected end of JSON"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := dossier.DecodeEvents("log.json", []byte(tt.data))
			var se *source.Error
			if !errors.As(err, &se) || !strings.Contains(err.Error(), tt.substr) {
				t.Errorf("DecodeEvents = %v; want a *source.Error with %q", err, tt.substr)
			}
		})
	}
}

// TestRebuildAll: a log of several dossiers' events, interleaved.
func TestRebuildAll(t *testing.T) {
	a, sa := history(t)
	w := local()
	var d dossier.Dossier
	var b []dossier.Event
	for _, step := range []struct {
		a dossier.Action
		u dossier.User
	}{{dossier.Create, proposer}, {dossier.Submit, proposer}, {dossier.Receive, clerk}} {
		var ev dossier.Event
		var err error
		d, ev, err = d.Apply(ctx, w.command(t, d, step.a, step.u))
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, ev)
	}
	var log []dossier.Event
	for i := range max(len(a), len(b)) {
		if i < len(a) {
			log = append(log, a[i])
		}
		if i < len(b) {
			log = append(log, b[i])
		}
	}
	ds, err := dossier.RebuildAll(log)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || !reflect.DeepEqual(ds[0], sa[len(sa)-1]) || !reflect.DeepEqual(ds[1], d) {
		t.Errorf("RebuildAll: %d dossiers", len(ds))
	}
}

// TestEventText: the history line of an event.
func TestEventText(t *testing.T) {
	events, _ := history(t)
	for i, want := range map[int]string{
		3:  "văn thư tiếp nhận u-vt: trả lại hồ sơ (Đã gửi → Trả lại). Lý do: Thiếu bản chụp quyết định công nhận sáng kiến",
		14: "thủ trưởng cơ quan có thẩm quyền u-ct: ban hành quyết định (Đã trình ký → Đã quyết định), quyết định số 15/QĐ-UBND ngày 15/01/2026",
	} {
		if got := events[i].Text(); got != want {
			t.Errorf("event %d: Text() = %q; want %q", i, got, want)
		}
	}
}
