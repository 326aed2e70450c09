package report

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tdkt-vn/tdkt/source"
	"golang.org/x/text/unicode/norm"
)

// Data holds the values the sections of a template read, by name: prose,
// figures (metrics values), award records, a season of emulation… Two
// names are read by the composer itself: "header" (a Header whose
// non-empty fields override the template's) and "parts" (a PartStyle).
//
// A template refers to data in two ways: a heading (or an annex's title,
// subtitle and reference, or the header's summary) may hold {name},
// replaced by the text of the value; a parameter whose whole value is "{name}" receives the value
// itself ("year": "{nam}" gives the section the year).
type Data map[string]any

// Params are a section's parameters, as the template gives them.
type Params map[string]any

// ParamError is a parameter that is missing, of the wrong type or unknown.
type ParamError struct {
	Name string
	Msg  string
}

func (e *ParamError) Error() string { return fmt.Sprintf("parameter %q: %s", e.Name, e.Msg) }

// String returns a text parameter.
func (p Params) String(name string) (string, error) {
	v, ok := p[name]
	if !ok {
		return "", &ParamError{Name: name, Msg: "missing"}
	}
	s, ok := v.(string)
	if !ok {
		return "", &ParamError{Name: name, Msg: fmt.Sprintf("want text, found %T", v)}
	}
	return s, nil
}

// StringOr returns a text parameter, or def when it is absent.
func (p Params) StringOr(name, def string) (string, error) {
	if _, ok := p[name]; !ok {
		return def, nil
	}
	return p.String(name)
}

// Int returns a whole-number parameter.
func (p Params) Int(name string) (int, error) {
	v, ok := p[name]
	if !ok {
		return 0, &ParamError{Name: name, Msg: "missing"}
	}
	switch n := v.(type) {
	case int:
		return n, nil
	case json.Number:
		i, err := strconv.Atoi(n.String())
		if err != nil {
			return 0, &ParamError{Name: name, Msg: fmt.Sprintf("%s is not a whole number", n)}
		}
		return i, nil
	}
	return 0, &ParamError{Name: name, Msg: fmt.Sprintf("want a whole number, found %T", v)}
}

// IntOr returns a whole-number parameter, or def when it is absent.
func (p Params) IntOr(name string, def int) (int, error) {
	if _, ok := p[name]; !ok {
		return def, nil
	}
	return p.Int(name)
}

// Bool returns a yes/no parameter, false when absent.
func (p Params) Bool(name string) (bool, error) {
	v, ok := p[name]
	if !ok {
		return false, nil
	}
	b, ok := v.(bool)
	if !ok {
		return false, &ParamError{Name: name, Msg: fmt.Sprintf("want true or false, found %T", v)}
	}
	return b, nil
}

// Input is what a section builds from.
type Input struct {
	Params Params
	Data   Data
	Header Header // the document's header, for sections that read its year or issuer
}

// DataOf returns the data value named by the text parameter param, as a T.
func DataOf[T any](in Input, param string) (T, error) {
	var zero T
	key, err := in.Params.String(param)
	if err != nil {
		return zero, err
	}
	v, ok := in.Data[key]
	if !ok {
		return zero, &ParamError{Name: param, Msg: fmt.Sprintf("no data named %q", key)}
	}
	t, ok := v.(T)
	if !ok {
		return zero, &ParamError{Name: param, Msg: fmt.Sprintf("data %q is a %T; want %T", key, v, zero)}
	}
	return t, nil
}

// Known is an optional interface of sections: the names of the parameters
// they read. The composer then refuses any other name, so that a typo in a
// template is an error and not a silently ignored setting.
type Known interface {
	Params() []string
}

// Template lists a document's headings and sections in order, with their
// parameters. It is a Go value or a JSON file a portal stores ([ParseTemplate]).
type Template struct {
	Name   string  `json:"name"`
	Parts  string  `json:"parts,omitempty"` // "thứ nhất" (default) or "La Mã"
	Header Header  `json:"header"`
	Body   []Entry `json:"body"`
}

// Entry is one element of a template: a heading, a section, or both (the
// section's blocks follow the heading), or an annex with its own entries.
type Entry struct {
	Heading string     `json:"heading,omitempty"`
	Level   Level      `json:"level,omitempty"` // 1 part, 2 section (I), 3 item (1.), 4 sub-item (1.1.), 5 point (a)
	Use     string     `json:"use,omitempty"`   // a section's registered name
	Params  Params     `json:"params,omitempty"`
	Annex   *AnnexSpec `json:"annex,omitempty"`

	file string // the template file and the entry's line in it, for errors
	line int
}

// AnnexSpec is an annex in a template.
type AnnexSpec struct {
	Title    string  `json:"title"`
	Subtitle string  `json:"subtitle,omitempty"`
	Ref      string  `json:"ref,omitempty"`
	Body     []Entry `json:"body"`
}

// SectionError is the failure of one entry of a template: which entry,
// which section, where in the file.
type SectionError struct {
	Template string
	Entry    int    // 1-based
	Use      string // the section's name
	File     string // the template file, "" for Go values
	Line     int    // the entry's line in the template file, 0 for Go values
	Err      error
}

func (e *SectionError) Error() string {
	file := ""
	if e.File != "" {
		file = e.File + ": "
	}
	where := fmt.Sprintf("entry %d", e.Entry)
	if e.Line > 0 {
		where += fmt.Sprintf(" (line %d)", e.Line)
	}
	if e.Use != "" {
		where += " " + e.Use
	}
	return fmt.Sprintf("report: %stemplate %q: %s: %v", file, e.Template, where, e.Err)
}

func (e *SectionError) Unwrap() error { return e.Err }

// Composer builds documents from templates with the sections of a registry.
type Composer struct {
	// Sections is the registry of sections; nil means the default one.
	Sections *Registry[Section]
}

// Compose builds and numbers the document of t with data, using the default
// registry of sections.
func Compose(ctx context.Context, t *Template, data Data) (*Document, error) {
	return Composer{}.Compose(ctx, t, data)
}

// Compose builds the document: each entry's heading, then its section's
// blocks; annexes with their own entries. It numbers the document. An
// error names the entry and section that failed.
func (c Composer) Compose(ctx context.Context, t *Template, data Data) (*Document, error) {
	if t == nil {
		return nil, ErrNil
	}
	reg := c.Sections
	if reg == nil {
		reg = Sections
	}
	d := &Document{Header: t.Header}
	if h, ok := data["header"].(Header); ok {
		d.Header = mergeHeader(d.Header, h)
	}
	summary, err := expand(d.Header.Summary, data)
	if err != nil {
		return nil, fmt.Errorf("report: template %q: header summary: %w", t.Name, err)
	}
	d.Header.Summary = summary
	switch strings.ToLower(strings.TrimSpace(t.Parts)) {
	case "", "thứ nhất":
		d.Parts = PartOrdinal
	case "la mã", "roman":
		d.Parts = PartRoman
	default:
		return nil, fmt.Errorf("report: template %q: parts %q; want \"thứ nhất\" or \"La Mã\"", t.Name, t.Parts)
	}
	if p, ok := data["parts"].(PartStyle); ok {
		d.Parts = p
	}
	n := 0
	body, err := c.entries(ctx, reg, t, t.Body, data, d.Header, &n)
	if err != nil {
		return nil, err
	}
	d.Body = body
	d.Number()
	return d, nil
}

func (c Composer) entries(ctx context.Context, reg *Registry[Section], t *Template, es []Entry, data Data, h Header, n *int) ([]Block, error) {
	var out []Block
	for _, e := range es {
		*n++
		fail := func(err error) error {
			return &SectionError{Template: t.Name, Entry: *n, Use: e.Use, File: e.file, Line: e.line, Err: err}
		}
		if err := ctx.Err(); err != nil {
			return nil, fail(err)
		}
		if e.Heading != "" {
			if e.Level < PartLevel || e.Level > PointLevel {
				return nil, fail(fmt.Errorf("heading %q: level %d; want 1 (part) to 5 (point)", e.Heading, e.Level))
			}
			title, err := expand(e.Heading, data)
			if err != nil {
				return nil, fail(fmt.Errorf("heading: %w", err))
			}
			out = append(out, &Heading{Level: e.Level, Title: []Inline{T(norm.NFC.String(title))}})
		}
		if e.Annex != nil {
			blocks, err := c.entries(ctx, reg, t, e.Annex.Body, data, h, n)
			if err != nil {
				return nil, err
			}
			a := &Annex{Blocks: blocks}
			for _, f := range []struct {
				dst *string
				src string
			}{{&a.Title, e.Annex.Title}, {&a.Subtitle, e.Annex.Subtitle}, {&a.Ref, e.Annex.Ref}} {
				if *f.dst, err = expand(f.src, data); err != nil {
					return nil, fail(fmt.Errorf("annex: %w", err))
				}
			}
			out = append(out, a)
		}
		if e.Use == "" {
			if e.Heading == "" && e.Annex == nil {
				return nil, fail(errors.New("an entry needs a heading, a section (use) or an annex"))
			}
			continue
		}
		s, err := reg.New(e.Use)
		if err != nil {
			return nil, fail(err)
		}
		if k, ok := s.(Known); ok {
			known := k.Params()
			for name := range e.Params {
				if !slices.Contains(known, name) {
					return nil, fail(&ParamError{Name: name, Msg: fmt.Sprintf("unknown; %s reads %s", e.Use, strings.Join(known, ", "))})
				}
			}
		}
		params, err := resolve(e.Params, data)
		if err != nil {
			return nil, fail(err)
		}
		blocks, err := s.Build(ctx, Input{Params: params, Data: data, Header: h})
		if err != nil {
			return nil, fail(err)
		}
		for _, b := range blocks {
			if b == nil {
				return nil, fail(errors.New("the section returned a nil block"))
			}
		}
		out = append(out, blocks...)
	}
	return out, nil
}

// expand replaces {name} in s with the text of data[name]: text, a whole
// number or a Value. An unknown name is an error.
func expand(s string, data Data) (string, error) {
	if !strings.Contains(s, "{") {
		return s, nil
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return "", fmt.Errorf("%q: { without }", s)
		}
		name := s[i+1 : i+j]
		b.WriteString(s[:i])
		switch v := data[name].(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		case Value:
			b.WriteString(v.Text())
		case nil:
			return "", fmt.Errorf("no data named %q", name)
		default:
			return "", fmt.Errorf("data %q is a %T; want text, a number or a report.Value", name, v)
		}
		s = s[i+j+1:]
	}
}

// resolve gives each parameter written "{name}" the value data[name].
func resolve(p Params, data Data) (Params, error) {
	var out Params
	for k, v := range p {
		s, ok := v.(string)
		if !ok || len(s) < 3 || s[0] != '{' || s[len(s)-1] != '}' || strings.ContainsAny(s[1:len(s)-1], "{} ") {
			continue
		}
		name := s[1 : len(s)-1]
		dv, ok := data[name]
		if !ok {
			return nil, &ParamError{Name: k, Msg: fmt.Sprintf("no data named %q", name)}
		}
		if out == nil {
			out = make(Params, len(p))
			for k2, v2 := range p {
				out[k2] = v2
			}
		}
		out[k] = dv
	}
	if out == nil {
		return p, nil
	}
	return out, nil
}

func mergeHeader(t, d Header) Header {
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&t.Parent, d.Parent)
	set(&t.Issuer, d.Issuer)
	set(&t.Place, d.Place)
	set(&t.Type, d.Type)
	set(&t.Summary, d.Summary)
	if d.Number != (Number{}) {
		t.Number = d.Number
	}
	if !d.Date.IsZero() {
		t.Date = d.Date
	}
	if d.Year != 0 {
		t.Year = d.Year
	}
	return t
}

// ParseTemplate reads a template from JSON: {"name", "parts", "header",
// "body": [entries]}; an entry has "heading" and "level", "use" and
// "params", or "annex" {"title", "subtitle", "ref", "body"}. Unknown fields
// are errors; every error names the file and line, and Compose's errors
// name the line of the entry that failed.
func ParseTemplate(file string, data []byte) (*Template, error) {
	data = norm.NFC.Bytes(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	src := source.NewFile(file, data)
	var raw struct {
		Name   string          `json:"name"`
		Parts  string          `json:"parts"`
		Header Header          `json:"header"`
		Body   json.RawMessage `json:"body"`
	}
	if err := src.DecodeJSON(0, "", data, &raw); err != nil {
		return nil, err
	}
	if raw.Body == nil {
		return nil, source.Errorf(file, 1, "body", "missing: a template lists its entries in \"body\"")
	}
	t := &Template{Name: raw.Name, Parts: raw.Parts, Header: raw.Header}
	body, err := parseBody(src, raw.Body)
	if err != nil {
		return nil, err
	}
	t.Body = body
	return t, nil
}

// ParseBody reads the entries of a template's body, a JSON array that is
// part of data (a file of another format that holds a body, as a
// portal's data file does), so that errors name the lines of file.
func ParseBody(file string, data []byte, body json.RawMessage) ([]Entry, error) {
	return parseBody(source.NewFile(file, norm.NFC.Bytes(data)), norm.NFC.Bytes(body))
}

// parseBody is ParseBody on text already in NFC.
func parseBody(src *source.File, body []byte) ([]Entry, error) {
	return parseEntries(src, int64(max(bytes.Index(src.Data, body), 0)), "body", body)
}

func parseEntries(src *source.File, base int64, field string, raw json.RawMessage) ([]Entry, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, src.Errorf(base, field, "want an array of entries")
	}
	var out []Entry
	for i := 0; dec.More(); i++ {
		var el json.RawMessage
		if err := dec.Decode(&el); err != nil {
			return nil, src.JSONError(base, field, err)
		}
		off := base + dec.InputOffset() - int64(len(el))
		f := fmt.Sprintf("%s[%d]", field, i)
		var e struct {
			Entry
			Annex *struct {
				Title    string          `json:"title"`
				Subtitle string          `json:"subtitle"`
				Ref      string          `json:"ref"`
				Body     json.RawMessage `json:"body"`
			} `json:"annex"`
		}
		if err := src.DecodeJSON(off, f, el, &e); err != nil {
			return nil, err
		}
		entry := e.Entry
		entry.file, entry.line = src.Name, src.Line(off)
		if entry.Heading != "" && (entry.Level < PartLevel || entry.Level > PointLevel) {
			return nil, source.Errorf(src.Name, entry.line, f+".level", "heading %q: level %d; want 1 (part) to 5 (point)", entry.Heading, entry.Level)
		}
		if e.Annex != nil {
			a := &AnnexSpec{Title: e.Annex.Title, Subtitle: e.Annex.Subtitle, Ref: e.Annex.Ref}
			if e.Annex.Body != nil {
				sub := off + int64(bytes.Index(el, e.Annex.Body))
				body, err := parseEntries(src, sub, f+".annex.body", e.Annex.Body)
				if err != nil {
					return nil, err
				}
				a.Body = body
			}
			entry.Annex = a
		}
		if entry.Heading == "" && entry.Use == "" && entry.Annex == nil {
			return nil, source.Errorf(src.Name, entry.line, f, "an entry needs a heading, a section (use) or an annex")
		}
		out = append(out, entry)
	}
	return out, nil
}
