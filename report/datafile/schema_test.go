package datafile

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/report"
)

// shipped are the data files the repository ships.
var shipped = []string{
	"../../examples/semiannual/cao-bang-2022.json",
	"../../examples/semiannual/xa-tan-lap.json",
	"../../examples/semiannual/benh-vien-tong-ket.json",
	"../../examples/semiannual/benh-vien-quyet-dinh.json",
}

func loadSchema(t testing.TB) map[string]any {
	t.Helper()
	var s map[string]any
	dec := json.NewDecoder(bytes.NewReader(Schema()))
	dec.UseNumber()
	if err := dec.Decode(&s); err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("schema.json: $schema = %v; want draft 2020-12", s["$schema"])
	}
	return s
}

// The types that the loader reads the parts of a file into that it keeps as
// raw JSON: the schema of each is checked against them.
var rawParts = map[string]reflect.Type{
	"lists":   reflect.TypeFor[map[string][]recipient](),
	"body":    reflect.TypeFor[[]report.Entry](),
	"closing": reflect.TypeFor[report.Closing](),
}

// opaque are the parts whose format belongs to another package's loader;
// the schema describes them as objects.
var opaque = map[string]bool{"season": true, "awards": true, "body[].params": true}

// TestSchemaKeys: every key the loader takes is a property of the schema at
// the same place, and every property of the schema is a key the loader
// takes.
func TestSchemaKeys(t *testing.T) {
	s := loadSchema(t)
	w := keyWalker{t: t, root: s, seen: map[string]bool{}}
	w.walk("", reflect.TypeFor[file](), s)
}

type keyWalker struct {
	t    *testing.T
	root map[string]any
	seen map[string]bool
}

func (w keyWalker) resolve(node map[string]any) map[string]any {
	for {
		ref, ok := node["$ref"].(string)
		if !ok {
			return node
		}
		name, ok := strings.CutPrefix(ref, "#/$defs/")
		if !ok {
			w.t.Fatalf("schema: $ref %q; want #/$defs/…", ref)
		}
		node = w.root["$defs"].(map[string]any)[name].(map[string]any)
	}
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

func (w keyWalker) walk(path string, typ reflect.Type, node map[string]any) {
	node = w.resolve(node)
	if raw, ok := rawParts[strings.TrimPrefix(path, ".")]; ok && typ == reflect.TypeFor[json.RawMessage]() ||
		ok && typ == reflect.TypeFor[map[string]json.RawMessage]() {
		typ = raw
	}
	if opaque[strings.TrimPrefix(path, ".")] {
		if node["type"] != "object" {
			w.t.Errorf("schema: %s is the format of another loader; want an object", path)
		}
		return
	}
	// A type met again at the same node of the schema (an annex's body
	// is a body) is walked once.
	key := fmt.Sprintf("%s %p", typ, node)
	if w.seen[key] {
		return
	}
	w.seen[key] = true
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	if reflect.PointerTo(typ).Implements(textUnmarshaler) {
		return // a leaf written as a string: a date, an award ID
	}
	switch typ.Kind() {
	case reflect.Struct:
		props, _ := node["properties"].(map[string]any)
		if node["additionalProperties"] != false {
			w.t.Errorf("schema: %s allows keys the loader refuses; want \"additionalProperties\": false", path)
		}
		var keys []string
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			keys = append(keys, name)
			p, ok := props[name].(map[string]any)
			if !ok {
				w.t.Errorf("schema: %s lacks the key %q that the loader takes", path, name)
				continue
			}
			w.walk(path+"."+name, f.Type, p)
		}
		for name := range props {
			if !slices.Contains(keys, name) {
				w.t.Errorf("schema: %s has the key %q that the loader refuses", path, name)
			}
		}
	case reflect.Slice:
		if typ.Elem().Kind() == reflect.String || typ.Elem().Kind() == reflect.Uint8 {
			return
		}
		items, ok := node["items"].(map[string]any)
		if !ok {
			w.t.Errorf("schema: %s is an array without items", path)
			return
		}
		w.walk(path+"[]", typ.Elem(), items)
	case reflect.Map:
		items, ok := node["additionalProperties"].(map[string]any)
		if !ok {
			w.t.Errorf("schema: %s is a map without additionalProperties", path)
			return
		}
		w.walk(path+".*", typ.Elem(), items)
	}
}

// TestShippedFilesValidate: the data files the repository ships validate
// against the schema and load.
func TestShippedFilesValidate(t *testing.T) {
	s := loadSchema(t)
	for _, p := range shipped {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if errs := validate(s, data); len(errs) > 0 {
				t.Errorf("the schema refuses %s: %v", p, errs)
			}
			if _, err := Parse(filepath.Base(p), data); err != nil {
				t.Errorf("Parse: %v", err)
			}
		})
	}
}

// TestSchemaAgreesWithLoader: files the loader refuses for their shape,
// the schema refuses too, and files it takes, the schema takes.
func TestSchemaAgreesWithLoader(t *testing.T) {
	s := loadSchema(t)
	for _, tc := range []struct {
		name string
		data string
		ok   bool
	}{
		{"the least file", `{"body": []}`, true},
		{"an editor's $schema", `{"$schema": "schema.json", "body": []}`, true},
		{"no body", `{}`, false},
		{"an unknown key", `{"body": [], "figure": {}}`, false},
		{"a figure of two kinds", `{"body": [], "figures": {"a": {"count": "1 người", "amount": "5 đồng"}}}`, false},
		{"a figure of no kind", `{"body": [], "figures": {"a": {"label": "x"}}}`, false},
		{"a rate without its rounding", `{"body": [], "figures": {"a": {"count": "1 người"}, "r": {"rate": ["a", "a"]}}}`, false},
		{"a rate", `{"body": [], "figures": {"a": {"count": "1 người"}, "r": {"rate": ["a", "a"], "round": {"places": 1}}}}`, true},
		{"a rate rounded too finely", `{"body": [], "figures": {"a": {"count": "1 người"}, "r": {"rate": ["a", "a"], "round": {"places": 7}}}}`, false},
		{"a rounding mode unknown", `{"body": [], "figures": {"a": {"count": "1 người"}, "r": {"rate": ["a", "a"], "round": {"places": 1, "mode": "up"}}}}`, false},
		{"times of three", `{"body": [], "figures": {"a": {"count": "1 người"}, "r": {"times": ["a", "a", "a"]}}}`, false},
		{"a recipient's unknown key", `{"body": [], "lists": {"ds": [{"name": "A", "awrd": "LĐTT"}]}}`, false},
		{"a recipient of an unknown subject", `{"body": [], "lists": {"ds": [{"name": "A", "award": "LĐTT", "subject": "đơn vị", "decided": "2025-01-02"}]}}`, false},
		{"a number that is not whole", `{"body": [], "data": {"nam": 2022.5}}`, false},
		{"a heading at level 6", `{"body": [{"heading": "x", "level": 6}]}`, false},
		{"a signature authority unknown", `{"body": [], "closing": {"Signature": {"authority": "PT.", "name": "A"}}}`, false},
		{"a granted count", `{"body": [], "lists": {"ds": []}, "figures": {"n": {"granted": {"list": "ds", "subject": "tập thể"}}}}`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			errs := validate(s, []byte(tc.data))
			_, err := Parse("t.json", []byte(tc.data))
			if tc.ok && (len(errs) > 0 || err != nil) {
				t.Errorf("schema: %v; Parse: %v; want both to take it", errs, err)
			}
			if !tc.ok && (len(errs) == 0 || err == nil) {
				t.Errorf("schema: %v; Parse: %v; want both to refuse it", errs, err)
			}
		})
	}
}

// validate checks data against the schema: the keywords schema.json uses,
// and no other (an unknown keyword fails, so that the schema cannot use one
// this check ignores).
func validate(root map[string]any, data []byte) []string {
	var v any
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return []string{err.Error()}
	}
	var errs []string
	check(root, root, "$", v, &errs)
	return errs
}

var annotations = map[string]bool{"$schema": true, "$id": true, "title": true, "description": true, "$defs": true}

func check(root, node map[string]any, at string, v any, errs *[]string) {
	fail := func(format string, args ...any) { *errs = append(*errs, at+": "+fmt.Sprintf(format, args...)) }
	for k, x := range node {
		switch k {
		case "$ref":
			name := strings.TrimPrefix(x.(string), "#/$defs/")
			check(root, root["$defs"].(map[string]any)[name].(map[string]any), at, v, errs)
		case "type":
			if !isType(x.(string), v) {
				fail("want %s", x)
			}
		case "enum":
			if !slices.ContainsFunc(x.([]any), func(e any) bool { return reflect.DeepEqual(e, v) }) {
				fail("%v is not one of %v", v, x)
			}
		case "required":
			if o, ok := v.(map[string]any); ok {
				for _, r := range x.([]any) {
					if _, ok := o[r.(string)]; !ok {
						fail("missing %q", r)
					}
				}
			}
		case "properties", "additionalProperties":
			o, ok := v.(map[string]any)
			if !ok {
				continue
			}
			props, _ := node["properties"].(map[string]any)
			for key, val := range o {
				if p, ok := props[key]; ok {
					if k == "properties" {
						check(root, p.(map[string]any), at+"."+key, val, errs)
					}
					continue
				}
				if k == "additionalProperties" {
					switch add := x.(type) {
					case bool:
						if !add {
							fail("unknown key %q", key)
						}
					case map[string]any:
						check(root, add, at+"."+key, val, errs)
					}
				}
			}
		case "items":
			if a, ok := v.([]any); ok {
				for i, e := range a {
					check(root, x.(map[string]any), fmt.Sprintf("%s[%d]", at, i), e, errs)
				}
			}
		case "minItems", "maxItems":
			if a, ok := v.([]any); ok {
				n, _ := x.(json.Number).Int64()
				if k == "minItems" && int64(len(a)) < n || k == "maxItems" && int64(len(a)) > n {
					fail("%d items; %s %d", len(a), k, n)
				}
			}
		case "minLength":
			if s, ok := v.(string); ok {
				n, _ := x.(json.Number).Int64()
				if int64(utf8.RuneCountInString(s)) < n {
					fail("shorter than %d", n)
				}
			}
		case "minimum", "maximum":
			if num, ok := v.(json.Number); ok {
				a, _ := new(big.Rat).SetString(num.String())
				b, _ := new(big.Rat).SetString(x.(json.Number).String())
				if c := a.Cmp(b); k == "minimum" && c < 0 || k == "maximum" && c > 0 {
					fail("%s beyond %s %s", num, k, x)
				}
			}
		case "oneOf":
			n := 0
			for _, sub := range x.([]any) {
				var e []string
				check(root, sub.(map[string]any), at, v, &e)
				if len(e) == 0 {
					n++
				}
			}
			if n != 1 {
				fail("matches %d of oneOf; want 1", n)
			}
		default:
			if !annotations[k] {
				fail("schema keyword %q unknown to this check", k)
			}
		}
	}
}

func isType(t string, v any) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		r, ok := new(big.Rat).SetString(n.String())
		return ok && r.IsInt()
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	}
	return false
}
