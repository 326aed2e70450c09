package dossier

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
)

// TestSchema holds schema/events.schema.json to the JSON forms the
// package writes and reads: every definition has the properties of its Go
// type, no more, no fewer; every enum the codes of its type; every action
// the payload the decoder reads for it.
func TestSchema(t *testing.T) {
	var s struct {
		Schema string                     `json:"$schema"`
		Defs   map[string]json.RawMessage `json:"$defs"`
	}
	if err := json.Unmarshal(Schema(), &s); err != nil {
		t.Fatal(err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q; want draft 2020-12", s.Schema)
	}
	types := map[string]reflect.Type{
		"event": reflect.TypeFor[eventJSON](), "user": reflect.TypeFor[User](), "unit": reflect.TypeFor[Unit](),
		"subject": reflect.TypeFor[Subject](), "key": reflect.TypeFor[Key](), "document": reflect.TypeFor[Document](),
		"period": reflect.TypeFor[periodJSON](), "citation": reflect.TypeFor[citationJSON](),
		"requirement": reflect.TypeFor[requirementJSON](), "procedure": reflect.TypeFor[procedureJSON](),
		"draft": reflect.TypeFor[draftJSON](), "changes": reflect.TypeFor[Changes](), "finding": reflect.TypeFor[Finding](),
		"appraisal": reflect.TypeFor[appraisalJSON](), "meeting": reflect.TypeFor[Meeting](), "tally": reflect.TypeFor[Tally](),
		"ballot": reflect.TypeFor[ballotJSON](), "forwarding": reflect.TypeFor[Forwarding](), "proposal": reflect.TypeFor[Proposal](),
		"decision": reflect.TypeFor[Decision](),
	}
	for name, typ := range types {
		var def struct {
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
			Additional *bool                      `json:"additionalProperties"`
		}
		raw, ok := s.Defs[name]
		if !ok {
			t.Errorf("schema: no definition %q", name)
			continue
		}
		if err := json.Unmarshal(raw, &def); err != nil {
			t.Fatal(err)
		}
		var have []string
		for k := range def.Properties {
			have = append(have, k)
		}
		sort.Strings(have)
		want := jsonFields(typ)
		if !slices.Equal(have, want) {
			t.Errorf("schema %s: properties %v; the Go type %s has %v", name, have, typ, want)
		}
		if def.Additional == nil || *def.Additional {
			t.Errorf("schema %s: want additionalProperties false (the decoder refuses unknown fields)", name)
		}
		for _, r := range def.Required {
			if !slices.Contains(want, r) {
				t.Errorf("schema %s: required %q is not a field", name, r)
			}
		}
	}
	for name, codes := range map[string][]string{
		"action": actionCodes[1:], "state": stateCodes[1:], "role": roleCodes[1:], "level": levelCodes[1:],
		"component": componentCodes[1:],
		"outcome":   textCodes(t, awards.Undetermined, awards.Eligible, awards.EligibleForSelection, awards.NotEligible),
		"result":    textCodes(t, awards.Indeterminate, awards.Met, awards.NotMet),
		"evidence":  textCodes(t, awards.Verified, awards.Secondary, awards.Unverified, awards.Conflict),
	} {
		var def struct {
			Enum []string `json:"enum"`
		}
		if err := json.Unmarshal(s.Defs[name], &def); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(def.Enum, codes) {
			t.Errorf("schema %s: enum %v; want %v", name, def.Enum, codes)
		}
	}
	// The payload of each action.
	var event struct {
		AllOf []struct {
			If struct {
				Properties struct {
					Action struct {
						Const string   `json:"const"`
						Enum  []string `json:"enum"`
					} `json:"action"`
				} `json:"properties"`
			} `json:"if"`
			Then struct {
				Properties struct {
					Payload struct {
						Ref string `json:"$ref"`
					} `json:"payload"`
				} `json:"properties"`
			} `json:"then"`
		} `json:"allOf"`
	}
	if err := json.Unmarshal(s.Defs["event"], &event); err != nil {
		t.Fatal(err)
	}
	refs := map[string]string{}
	var none []string
	for _, c := range event.AllOf {
		if c.If.Properties.Action.Const != "" {
			refs[c.If.Properties.Action.Const] = strings.TrimPrefix(c.Then.Properties.Payload.Ref, "#/$defs/")
		}
		none = append(none, c.If.Properties.Action.Enum...)
	}
	payloads := map[Action]string{Create: "draft", Edit: "changes", Appraise: "appraisals", Vote: "ballot",
		Forward: "forwarding", Propose: "proposal", Decide: "decision", Revoke: "decision"}
	for a := Create; a <= Revoke; a++ {
		code := actionCodes[a]
		if want, ok := payloads[a]; ok {
			if refs[code] != want {
				t.Errorf("schema: payload of %s is %q; want %q", code, refs[code], want)
			}
		} else if !slices.Contains(none, code) {
			t.Errorf("schema: %s should carry no payload", code)
		}
	}
}

// jsonFields returns the sorted JSON names of t's fields, those of
// embedded structs included.
func jsonFields(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// textCodes returns the codes that awards' enums write of themselves.
func textCodes[E encoding.TextMarshaler](t *testing.T, values ...E) []string {
	t.Helper()
	var out []string
	for _, v := range values {
		b, err := v.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}
