package dossier_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/source"
)

// FuzzEvents: the decoder never panics; a log it reads either rebuilds or
// is refused with an *EventError naming the event; and a log that
// rebuilds is written and read back to one that rebuilds.
func FuzzEvents(f *testing.F) {
	log, err := os.ReadFile("testdata/log.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(log)
	f.Add(bytes.Replace(log, []byte(`"version": 4`), []byte(`"version": 5`), 1))
	f.Add(bytes.Replace(log, []byte(`"in_favour": 9`), []byte(`"in_favour": 90`), 1))
	f.Add(bytes.Replace(log, []byte(`"to": "received"`), []byte(`"to": "decided"`), 1))
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{"v": 1}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		events, err := dossier.DecodeEvents("log.json", data)
		if err != nil {
			var se *source.Error
			if !errors.As(err, &se) {
				t.Fatalf("DecodeEvents = %v (%T); want a *source.Error", err, err)
			}
			return
		}
		ds, err := dossier.RebuildAll(events)
		if err != nil {
			var ee *dossier.EventError
			if !errors.As(err, &ee) || ee.Index < 0 || ee.Index >= len(events) {
				t.Fatalf("RebuildAll = %v (%T); want an *EventError naming an event", err, err)
			}
			return
		}
		if events == nil {
			events = []dossier.Event{}
		}
		out, err := json.Marshal(events)
		if err != nil {
			t.Fatalf("a log that rebuilds cannot be written: %v", err)
		}
		back, err := dossier.DecodeEvents("again.json", out)
		if err != nil {
			t.Fatalf("a log that rebuilds does not read back: %v\n%s", err, out)
		}
		again, err := dossier.RebuildAll(back)
		if err != nil || len(again) != len(ds) {
			t.Fatalf("a log read back does not rebuild: %v", err)
		}
	})
}
