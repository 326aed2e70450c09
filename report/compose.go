package report

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/internal/quickjson"
	"github.com/tdkt-vn/tdkt/source"
)

// ParamError is a parameter of a section that is wrong: a [Ref] to data
// that is missing or of another type, or a value the section refuses.
type ParamError struct {
	Name string // the parameter, as the template writes it ("records", "year")
	Err  error
}

func (e *ParamError) Error() string { return fmt.Sprintf("parameter %q: %v", e.Name, e.Err) }

func (e *ParamError) Unwrap() error { return e.Err }

// Input is what a section builds from, besides its own fields.
type Input struct {
	// Data is the data of the document, for sections that look up names
	// they find in text (the figures of prose). Parameters read data
	// through [Ref] fields, which the composer has resolved already.
	Data Data
	// Header is the document's header, for sections that read its year or
	// issuer.
	Header Header
}

// Template lists a document's headings and sections in order, with their
// parameters. It is a Go value or a JSON file a portal stores
// ([ParseTemplate]).
type Template struct {
	Name   string    `json:"name"`
	Parts  PartStyle `json:"parts,omitempty"` // "thứ nhất" (the zero value) or "La Mã"
	Header Header    `json:"header"`
	// Require lists what the composed header must hold (see [Requirement]);
	// Compose refuses a document that lacks any of it rather than print
	// "Số:      /" or ", ngày      tháng      năm" under no issuer. The
	// zero value requires nothing: a fragment, a test.
	Require []Requirement `json:"require,omitempty"`
	Body    []Entry       `json:"body"`
}

// Requirement is a part of the header that a template requires. A
// document to sign requires its issuer, place, number and date; what is
// legitimately left blank is not "missing":
//
//   - "number" is the number's symbol ("/QĐ-THCSND"): the sequence may stay
//     0, left for the clerk, who writes it by hand when the document is
//     issued ("Số:      /QĐ-THCSND"); "seq" requires the sequence too, for
//     a document composed after the clerk numbered it;
//   - "date" is the date, or at least the year, the day and month left for
//     the signer (", ngày      tháng      năm 2026").
type Requirement string

// The requirements of a template's header.
const (
	RequireIssuer Requirement = "issuer" // cơ quan ban hành
	RequireParent Requirement = "parent" // cơ quan chủ quản
	RequirePlace  Requirement = "place"  // địa danh
	RequireNumber Requirement = "number" // the symbol; the sequence may be left for the clerk
	RequireSeq    Requirement = "seq"    // the sequence number itself
	RequireDate   Requirement = "date"   // the date, or its year
)

// ErrHeaderIncomplete reports a header that lacks what its template
// requires ([Template].Require).
var ErrHeaderIncomplete = errors.New("report: header incomplete")

// UnmarshalText reads a requirement by its name and refuses any other.
func (r *Requirement) UnmarshalText(b []byte) error {
	v := Requirement(b)
	if _, err := v.missing(Header{}); err != nil {
		return err
	}
	*r = v
	return nil
}

// missing reports whether h lacks r, and an error for a requirement that
// is none of the constants.
func (r Requirement) missing(h Header) (bool, error) {
	switch r {
	case RequireIssuer:
		return strings.TrimSpace(h.Issuer) == "", nil
	case RequireParent:
		return strings.TrimSpace(h.Parent) == "", nil
	case RequirePlace:
		return strings.TrimSpace(h.Place) == "", nil
	case RequireNumber:
		return h.Number.Issuer == "", nil
	case RequireSeq:
		return h.Number.Issuer == "" || h.Number.Seq <= 0, nil
	case RequireDate:
		return h.Date.IsZero() && h.Year == 0, nil
	}
	return false, fmt.Errorf("report: requirement %s; want \"issuer\", \"parent\", \"place\", \"number\", \"seq\" or \"date\"", source.Quote(string(r)))
}

// checkHeader returns an error that lists what h lacks of what t
// requires.
func checkHeader(h Header, t *Template) error {
	var lacks []string
	for _, r := range t.Require {
		m, err := r.missing(h)
		if err != nil {
			return fmt.Errorf("report: template %q: %w", t.Name, err)
		}
		if m {
			lacks = append(lacks, string(r))
		}
	}
	if len(lacks) == 0 {
		return nil
	}
	return fmt.Errorf("%w: template %q: no %s, which the template requires (a Composer's Header gives them)", ErrHeaderIncomplete, t.Name, strings.Join(lacks, ", no "))
}

// Entry is one element of a template: a heading, a section, or both (the
// section's blocks follow the heading), or an annex with its own entries.
//
// A section is named by Use, with its parameters in Params, a JSON object
// decoded into the value the registry's constructor returns (the form of
// template files); or, in a Go template, given as a value, already
// configured, in Section.
type Entry struct {
	Heading string          `json:"heading,omitempty"`
	Level   Level           `json:"level,omitempty"` // 1 part, 2 section (I), 3 item (1.), 4 sub-item (1.1.), 5 point (a)
	Use     string          `json:"use,omitempty"`   // a section's registered name: "prose"
	Params  json.RawMessage `json:"params,omitempty"`
	Section Section         `json:"-"`
	Annex   *AnnexSpec      `json:"annex,omitempty"`
	// Optional leaves the entry out, its heading included, when its section
	// builds no block and its annex, if any, holds none: a comparison or a
	// ranking the data leaves empty. Without it an empty section leaves
	// its heading alone.
	Optional bool `json:"optional,omitempty"`

	// Where the entry is in its template file, for errors.
	src    *source.File
	line   int
	params int64  // offset of Params in src
	field  string // the path of Params in the file: "body[3].params"
	// decoded keeps the section that Params decode to, per registry, so
	// that composing a parsed template again decodes nothing. Copies of
	// the entry share it.
	decoded *decodedParams
}

// decodedParams caches the sections an entry's parameters decode to.
type decodedParams struct {
	mu   sync.Mutex
	sets []decodedSection
}

type decodedSection struct {
	reg    *Registry[Section]
	use    string
	params []byte // what was decoded: a changed entry decodes afresh
	s      Section
}

// get returns the section of e in reg, decoded once by decode.
func (d *decodedParams) get(reg *Registry[Section], e Entry, decode func() (Section, error)) (Section, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, ds := range d.sets {
		if ds.reg == reg && ds.use == e.Use && bytes.Equal(ds.params, e.Params) {
			return ds.s, nil
		}
	}
	s, err := decode()
	if err != nil {
		return nil, err
	}
	if len(d.sets) < 4 { // a template is composed with one registry, rarely more
		d.sets = append(d.sets, decodedSection{reg: reg, use: e.Use, params: bytes.Clone(e.Params), s: s})
	}
	return s, nil
}

// AnnexSpec is an annex in a template.
type AnnexSpec struct {
	Title    string `json:"title"`
	Subtitle string `json:"subtitle,omitempty"`
	// Ref is the reference to the document, as written: "(Kèm theo …)".
	Ref string `json:"ref,omitempty"`
	// RefIssuer builds the reference from the document's header instead,
	// so that the two cannot disagree: RefIssuer is who issues the
	// document, as the reference names it after "của" ("Giám đốc Sở Nội
	// vụ", "{nguoi_quyet_dinh}"), and the composer writes "(Kèm theo
	// Quyết định số 15/QĐ-SNV ngày 10 tháng 01 năm 2026 của Giám đốc Sở
	// Nội vụ)" ([AnnexRef]). An annex has Ref or RefIssuer, not both.
	RefIssuer string  `json:"ref_issuer,omitempty"`
	Body      []Entry `json:"body"`
}

// errAnnexRef refuses an annex that has both a written and a built
// reference.
var errAnnexRef = errors.New("an annex has \"ref\" (written) or \"ref_issuer\" (built from the header), not both")

// AnnexRef writes the reference an annex makes to the document of header
// h, issued by issuer, as Decree 30/2020 (Phụ lục I) lays it out: "(Kèm
// theo Quyết định số 15/QĐ-SNV ngày 10 tháng 01 năm 2026 của Giám đốc
// Sở Nội vụ)". The type of document is named by the number's type ("QĐ":
// "Quyết định"), or the header's; a number left for the clerk and a day
// left for the signer are blanks, as the header prints them.
func AnnexRef(h Header, issuer string) string {
	typ, ok := TypeName(h.Number.Type)
	if !ok {
		typ = h.Type
		if t, ok := TypeAbbr(h.Type); ok {
			typ, _ = TypeName(t)
		}
	}
	number := strings.TrimPrefix(h.Number.String(), "Số: ")
	date := h.Date.Long()
	if h.Date.IsZero() {
		date = "ngày      tháng      năm"
		if h.Year > 0 {
			date += " " + itoa(h.Year)
		}
	}
	return "(Kèm theo " + typ + " số " + number + " " + date + " của " + issuer + ")"
}

// SectionError is the failure of one entry of a template: which entry,
// which section, where in the file.
type SectionError struct {
	Template string
	Entry    int    // 1-based
	Use      string // the section's name, or its Go type for a section value
	File     string // the template file, "" for Go values
	Line     int    // the entry's line in the template file, 0 for Go values
	Err      error
}

func (e *SectionError) Error() string {
	file := ""
	var se *source.Error
	if e.File != "" && !(errors.As(e.Err, &se) && se.File == e.File) {
		file = e.File + ": " // the cause does not name the file itself
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

// Composer builds documents from templates. The zero value uses the
// default registry of sections and the template's header.
type Composer struct {
	// Sections is the registry the names of entries (Use) are looked up
	// in; nil means the default registry.
	Sections *Registry[Section]
	// Header completes the template's header: each of its non-empty fields
	// (text that is not "", a Number or Date that is not zero, a Year that
	// is not 0) replaces the template's. A template holds the type of
	// document; a portal gives the issuer, number, place and date here.
	Header Header
}

// Compose builds and numbers the document of t with data, using the default
// registry of sections.
func Compose(ctx context.Context, t *Template, data Data) (*Document, error) {
	return Composer{}.Compose(ctx, t, data)
}

// Compose builds the document: each entry's heading, then its section's
// blocks; annexes with their own entries. It numbers the document. An
// error names the entry and section that failed.
//
// Compose refuses what the decree does not allow: a document number with
// a negative sequence or an unknown type ([Number.Validate]) and a
// signature whose authority is not one of KT., TM., Q., TL. and TUQ.
// ([Authority.Validate]). It refuses blocks it could not number or render:
// a section that returns a nil block or inline, even a typed one such as
// (*Paragraph)(nil), fails with an error naming it.
func (c Composer) Compose(ctx context.Context, t *Template, data Data) (*Document, error) {
	if t == nil {
		return nil, ErrNil
	}
	reg := c.Sections
	if reg == nil {
		reg = sections
	}
	d := &Document{Header: mergeHeader(t.Header, c.Header), Parts: t.Parts}
	if err := d.Header.Number.Validate(); err != nil {
		return nil, fmt.Errorf("report: template %q: header: %w", t.Name, err)
	}
	if err := checkHeader(d.Header, t); err != nil {
		return nil, err
	}
	if d.Parts > PartRoman {
		return nil, fmt.Errorf("report: template %q: parts: %d is not a PartStyle", t.Name, d.Parts)
	}
	summary, err := expand(d.Header.Summary, data)
	if err != nil {
		return nil, fmt.Errorf("report: template %q: header summary: %w", t.Name, err)
	}
	d.Header.Summary = summary
	n := 0
	body, err := c.entries(ctx, reg, t, t.Body, data, d.Header, &n)
	if err != nil {
		return nil, err
	}
	d.Body = body
	d.Number()
	return d, nil
}

// Check reports, without data, what Compose would refuse in t before it
// reads any: an entry that names a section nobody registered, parameters
// the section does not take or of the wrong type (at the template's
// line), a heading level out of range, a header number or part style the
// decree does not know. A portal calls it when an officer uploads a
// template. Data that the template names are checked only by Compose.
func (c Composer) Check(t *Template) error {
	if t == nil {
		return ErrNil
	}
	reg := c.Sections
	if reg == nil {
		reg = sections
	}
	h := mergeHeader(t.Header, c.Header)
	if err := h.Number.Validate(); err != nil {
		return fmt.Errorf("report: template %q: header: %w", t.Name, err)
	}
	if t.Parts > PartRoman {
		return fmt.Errorf("report: template %q: parts: %d is not a PartStyle", t.Name, t.Parts)
	}
	for _, r := range t.Require {
		if _, err := r.missing(h); err != nil {
			return fmt.Errorf("report: template %q: %w", t.Name, err)
		}
	}
	n := 0
	var check func(es []Entry) error
	check = func(es []Entry) error {
		for _, e := range es {
			n++
			fail := func(err error) error {
				se := &SectionError{Template: t.Name, Entry: n, Use: e.Use, Line: e.line, Err: err}
				if e.src != nil {
					se.File = e.src.Name
				}
				return se
			}
			if e.Heading != "" && (e.Level < PartLevel || e.Level > PointLevel) {
				return fail(fmt.Errorf("heading %q: level %d; want 1 (part) to 5 (point)", e.Heading, e.Level))
			}
			if e.Optional && e.Use == "" && e.Section == nil && e.Annex == nil {
				return fail(errOptional)
			}
			if e.Annex != nil {
				if e.Annex.Ref != "" && e.Annex.RefIssuer != "" {
					return fail(errAnnexRef)
				}
				if err := check(e.Annex.Body); err != nil {
					return err
				}
			}
			if _, _, err := c.section(reg, e); err != nil {
				return fail(err)
			}
		}
		return nil
	}
	return check(t.Body)
}

func (c Composer) entries(ctx context.Context, reg *Registry[Section], t *Template, es []Entry, data Data, h Header, n *int) ([]Block, error) {
	var out []Block
	for _, e := range es {
		*n++
		use := e.Use
		if use == "" && e.Section != nil {
			use = fmt.Sprintf("%T", e.Section)
		}
		fail := func(err error) error {
			se := &SectionError{Template: t.Name, Entry: *n, Use: use, Line: e.line, Err: err}
			if e.src != nil {
				se.File = e.src.Name
			}
			return se
		}
		if err := ctx.Err(); err != nil {
			return nil, fail(err)
		}
		if e.Optional && e.Use == "" && e.Section == nil && e.Annex == nil {
			return nil, fail(errOptional)
		}
		start, built := len(out), false // built: the section or the annex gave a block
		if e.Heading != "" {
			if e.Level < PartLevel || e.Level > PointLevel {
				return nil, fail(fmt.Errorf("heading %q: level %d; want 1 (part) to 5 (point)", e.Heading, e.Level))
			}
			title, err := expand(e.Heading, data)
			if err != nil {
				return nil, fail(fmt.Errorf("heading: %w", err))
			}
			out = append(out, &Heading{Level: e.Level, Title: []Inline{T(nfc.String(title))}})
		}
		if e.Annex != nil {
			blocks, err := c.entries(ctx, reg, t, e.Annex.Body, data, h, n)
			if err != nil {
				return nil, err
			}
			built = built || len(blocks) > 0
			a := &Annex{Blocks: blocks}
			for _, f := range []struct {
				dst *string
				src string
			}{{&a.Title, e.Annex.Title}, {&a.Subtitle, e.Annex.Subtitle}, {&a.Ref, e.Annex.Ref}} {
				if *f.dst, err = expand(f.src, data); err != nil {
					return nil, fail(fmt.Errorf("annex: %w", err))
				}
			}
			if e.Annex.RefIssuer != "" {
				if e.Annex.Ref != "" {
					return nil, fail(errAnnexRef)
				}
				issuer, err := expand(e.Annex.RefIssuer, data)
				if err != nil {
					return nil, fail(fmt.Errorf("annex: ref_issuer: %w", err))
				}
				a.Ref = nfc.String(AnnexRef(h, issuer))
			}
			out = append(out, a)
		}
		s, owned, err := c.section(reg, e)
		if err != nil {
			return nil, fail(err)
		}
		if s == nil {
			if e.Optional && !built {
				out = out[:start]
			}
			continue
		}
		if s, err = bind(s, data, owned); err != nil {
			return nil, fail(err)
		}
		blocks, err := s.Build(ctx, Input{Data: data, Header: h})
		if err != nil {
			return nil, fail(err)
		}
		if err := checkBlocks(blocks); err != nil {
			return nil, fail(err)
		}
		if e.Optional && !built && len(blocks) == 0 {
			out = out[:start] // the heading goes with the empty section
			continue
		}
		out = append(out, blocks...)
	}
	return out, nil
}

var errOptional = errors.New("optional: the entry has no section or annex whose data could be empty")

// section returns the section of e, its parameters decoded, or nil for an
// entry that is a heading or an annex only.
// section returns the section of entry e and whether it is the entry's
// own, made for this Compose (its Refs may then be resolved in place).
func (c Composer) section(reg *Registry[Section], e Entry) (s Section, owned bool, err error) {
	if e.decoded != nil && e.Use != "" && e.Section == nil {
		s, err := e.decoded.get(reg, e, func() (Section, error) { return c.decode(reg, e) })
		return s, false, err
	}
	switch {
	case e.Section != nil:
		s, err := c.decode(reg, e)
		return s, false, err
	}
	s, err = c.decode(reg, e)
	return s, true, err
}

// decode returns a new section of entry e: its value, or the registered
// section with its parameters decoded.
func (c Composer) decode(reg *Registry[Section], e Entry) (Section, error) {
	switch {
	case e.Section != nil && (e.Use != "" || e.Params != nil):
		return nil, errors.New("an entry holds a section value or names one (use, params), not both")
	case e.Section != nil:
		if isNil(e.Section) {
			return nil, fmt.Errorf("the section is a nil %T", e.Section)
		}
		return e.Section, nil
	case e.Use == "":
		if e.Params != nil {
			return nil, errors.New("params without a section (use)")
		}
		if e.Heading == "" && e.Annex == nil {
			return nil, errors.New("an entry needs a heading, a section (use) or an annex")
		}
		return nil, nil
	}
	s, raw, err := newSection(reg, e)
	if err != nil || raw == nil {
		return s, err
	}
	src, base, field := e.src, e.params, e.field
	if src == nil { // a Go template that writes params as JSON
		src, base, field = source.NewFile("params", raw), 0, ""
	}
	if err := src.DecodeJSON(base, field, raw, s); err != nil {
		return nil, err
	}
	return s, nil
}

// newSection returns a new section of entry e, which names one (Use), and
// the parameters to decode into it: nil when it has none.
func newSection(reg *Registry[Section], e Entry) (Section, []byte, error) {
	s, err := reg.New(e.Use)
	if err != nil {
		return nil, nil, err
	}
	raw := bytes.TrimSpace(e.Params)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return s, nil, nil
	}
	if reflect.ValueOf(s).Kind() != reflect.Pointer {
		return nil, nil, fmt.Errorf("the section takes no parameters: its constructor returns a %T, not a pointer", s)
	}
	return s, raw, nil
}

// checkBlocks refuses what numbering and renderers cannot take: a nil
// block or inline, also a typed nil, and a signature whose authority the
// decree does not know.
func checkBlocks(bs []Block) error {
	for i, b := range bs {
		if isNil(b) {
			return fmt.Errorf("the section returned a nil block (block %d, %s)", i+1, nilName(b))
		}
		var err error
		switch b := b.(type) {
		case *Heading:
			err = checkInlines(b.Title)
		case *Paragraph:
			err = checkInlines(b.Runs)
		case *List:
			for _, it := range b.Items {
				if err = checkInlines(it); err != nil {
					break
				}
			}
		case *Closing:
			err = b.Signature.Authority.Validate()
		case *Annex:
			err = checkBlocks(b.Blocks)
		}
		if err != nil {
			return fmt.Errorf("block %d (%T): %w", i+1, b, err)
		}
	}
	return nil
}

func checkInlines(runs []Inline) error {
	for i, r := range runs {
		if isNil(r) {
			return fmt.Errorf("the section returned a nil inline (inline %d, %s)", i+1, nilName(r))
		}
		if n, ok := r.(*Note); ok {
			if err := checkInlines(n.Runs); err != nil {
				return fmt.Errorf("footnote: %w", err)
			}
		}
	}
	return nil
}

func nilName(v any) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprintf("(%T)(nil)", v)
}

// expand replaces {name} in s with the text of the data entry name, read
// as a Ref[Value] reads it: a figure, text or a whole number. A missing
// entry, or one of another type, is an error.
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
			return "", fmt.Errorf("%s: { without }", source.Quote(s))
		}
		name := s[i+1 : i+j]
		if name == "" {
			return "", fmt.Errorf("%s: {} without a name", source.Quote(s))
		}
		v, err := Named[Value](name).Resolve(data)
		if err != nil {
			return "", err
		}
		b.WriteString(s[:i])
		b.WriteString(v.Text())
		s = s[i+j+1:]
	}
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
// "require", "body": [entries]}; an entry has "heading" and "level", "use"
// and "params", or "annex" {"title", "subtitle", "ref", "body"}, and may
// be "optional". Unknown fields
// are errors, and so is a document number the decree does not allow
// ([Number.Validate]); every error names the file and line, and Compose's
// errors name the line of the entry that failed, or of the parameter.
func ParseTemplate(file string, data []byte) (*Template, error) {
	data = nfc.Bytes(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	src := source.NewFile(file, data)
	var raw struct {
		Name    string          `json:"name"`
		Parts   string          `json:"parts"`
		Header  Header          `json:"header"`
		Require []Requirement   `json:"require"`
		Body    json.RawMessage `json:"body"`
	}
	if err := src.DecodeJSON(0, "", data, &raw); err != nil {
		return nil, err
	}
	if raw.Body == nil {
		return nil, source.Errorf(file, 1, "body", "missing: a template lists its entries in \"body\"")
	}
	t := &Template{Name: raw.Name, Header: raw.Header, Require: raw.Require}
	if err := t.Parts.UnmarshalText([]byte(raw.Parts)); err != nil {
		return nil, source.Errorf(file, src.LineOfKey("parts"), "parts", "%w", err)
	}
	if err := t.Header.Number.Validate(); err != nil {
		return nil, source.Errorf(file, src.LineOfKey("header", "number"), "header.number", "%w", err)
	}
	body, err := parseBody(src, raw.Body)
	if err != nil {
		return nil, err
	}
	t.Body = body
	return t, nil
}

// ParseBody reads the entries of a template's body, a JSON array that is
// part of data, so that errors name the lines of file. It is public for
// portals whose own files hold a body beside other things, as a data file
// of package report/datafile holds the header, the figures and the body of
// one report.
func ParseBody(file string, data []byte, body json.RawMessage) ([]Entry, error) {
	data = nfc.Bytes(data)
	if !partOf(data, body) {
		body = nfc.Bytes(body)
	}
	return parseBody(source.NewFile(file, data), body)
}

// partOf reports whether b is a part of data, the very bytes, that starts
// with an ASCII byte and is followed by one or by the end of data: a part
// so cut of text in NFC is in NFC, since nothing combines with an ASCII
// character before it.
func partOf(data, b []byte) bool {
	i := cap(data) - cap(b) // where b starts, if it is data[i:j]
	if len(b) == 0 || i < 0 || i > len(data)-len(b) || &data[i] != &b[0] {
		return false
	}
	end := i + len(b)
	return b[0] < utf8.RuneSelf && (end == len(data) || data[end] < utf8.RuneSelf)
}

// parseBody is ParseBody on text already in NFC. It reads the body
// quickly first, each entry decoded once, and only when the JSON is at
// fault reads it again carefully, so that the error names where.
func parseBody(src *source.File, body []byte) ([]Entry, error) {
	base := int64(max(bytes.Index(src.Data, body), 0))
	out, err := parseEntries(src, base, "body", body, true)
	if err == errQuick {
		return parseEntries(src, base, "body", body, false)
	}
	return out, err
}

// errQuick stops a quick reading of entries at JSON it leaves to the
// careful one.
var errQuick = errors.New("report: read carefully")

// entryJSON is an entry as a template file writes it.
type entryJSON struct {
	Entry
	Annex *struct {
		Title     string          `json:"title"`
		Subtitle  string          `json:"subtitle"`
		Ref       string          `json:"ref"`
		RefIssuer string          `json:"ref_issuer"`
		Body      json.RawMessage `json:"body"`
	} `json:"annex"`
}

// parseEntries reads raw, an array of entries at offset base of src. Read
// quickly (with package quickjson), an array whose JSON is at fault
// gives errQuick, from however deep an annex; read carefully, each entry
// is first located (source.File.Elements) and then decoded
// (source.File.DecodeJSON), and an error names its line and field. What
// is wrong with a well-formed entry is the same error either way: the
// entries before it read the same.
func parseEntries(src *source.File, base int64, field string, raw json.RawMessage, quick bool) ([]Entry, error) {
	var out []Entry
	if !quick {
		err := src.Elements(base, field, "entries", raw, func(_ int, f string, off int64, el []byte) error {
			var e entryJSON
			if err := src.DecodeJSON(off, f, el, &e); err != nil {
				return err
			}
			entry, err := readEntry(src, f, off, el, &e, false)
			if err != nil {
				return err
			}
			out = append(out, entry)
			return nil
		})
		return out, err
	}
	els, err := quickjson.Elements(raw)
	if err != nil {
		return nil, errQuick
	}
	for i, el := range els {
		var e entryJSON
		decoded, err := quickEntry(el.Bytes, &e)
		if err != nil {
			return nil, errQuick
		}
		entry, err := readEntry(src, field+"["+strconv.Itoa(i)+"]", base+int64(el.Off), el.Bytes, &e, true)
		if err != nil {
			if err == errQuick {
				return nil, err
			}
			return out, err
		}
		if decoded != nil {
			entry.decoded.sets = []decodedSection{{reg: sections, use: entry.Use, params: bytes.Clone(entry.Params), s: decoded}}
		}
		out = append(out, entry)
	}
	return out, nil
}

// quickEntry decodes el, an entry, into e, as strictly as DecodeJSON and
// with the same result; an entry that has its parameters under another key
// ("Params", which encoding/json reads the same) is left to the careful
// reading. It decodes the parameters, too, into the section that the
// default registry makes of the entry, as the composer would, and returns
// it for the composer to find: they are scanned twice in all, not again
// with the entry. When they do not decode, it checks that they are JSON:
// the composer says what is wrong.
func quickEntry(el []byte, e *entryJSON) (Section, error) {
	ms, err := quickjson.Members(el)
	if err != nil {
		return nil, err
	}
	var params *quickjson.Member
	for i, m := range ms {
		if strings.EqualFold(m.Key, "params") {
			if m.Key != "params" || params != nil {
				return nil, quickjson.ErrNotGood
			}
			params = &ms[i]
		}
	}
	if params == nil {
		return nil, quickjson.Decode(el, e)
	}
	// The entry with null for its parameters.
	rest := make([]byte, 0, len(el)-len(params.Bytes)+len("null"))
	rest = append(append(append(rest, el[:params.Off]...), "null"...), el[params.Off+len(params.Bytes):]...)
	if err := quickjson.Decode(rest, e); err != nil {
		return nil, err
	}
	e.Params = bytes.Clone(params.Bytes)
	if e.Use != "" {
		if s, raw, err := newSection(sections, e.Entry); err == nil && (raw == nil || quickjson.Decode(raw, s) == nil) {
			return s, nil
		}
	}
	if !json.Valid(params.Bytes) {
		return nil, quickjson.ErrNotGood
	}
	return nil, nil
}

// valueAt returns the offset in el, a JSON object, of the value under the
// keys path (an object in an object for more than one key), matched as
// encoding/json matches them: the last member whose key folds to the
// name. A search for the value's bytes could find an equal text earlier
// in the entry (a heading "{}" before "params": {}) and name its line;
// when the path cannot be followed, that search is the fallback.
func valueAt(el, value []byte, path ...string) int64 {
	var at int64
	obj := el
	for _, key := range path {
		ms, err := quickjson.Members(obj)
		if err != nil {
			return int64(max(bytes.Index(el, value), 0))
		}
		i := -1
		for j, m := range ms {
			if strings.EqualFold(m.Key, key) {
				i = j
			}
		}
		if i < 0 {
			return int64(max(bytes.Index(el, value), 0))
		}
		at += int64(ms[i].Off)
		obj = ms[i].Bytes
	}
	return at
}

// readEntry checks the entry e decoded from el, at offset off of src and
// path f, and reads its annex's body.
func readEntry(src *source.File, f string, off int64, el []byte, e *entryJSON, quick bool) (Entry, error) {
	entry := e.Entry
	entry.src, entry.line = src, src.Line(off)
	entry.decoded = &decodedParams{}
	if entry.Params != nil {
		entry.params = off + valueAt(el, entry.Params, "params")
		entry.field = f + ".params"
		if entry.Use == "" {
			return entry, source.Errorf(src.Name, src.Line(entry.params), entry.field, "params without a section (use)")
		}
	}
	if entry.Heading != "" && (entry.Level < PartLevel || entry.Level > PointLevel) {
		return entry, source.Errorf(src.Name, entry.line, f+".level", "heading %q: level %d; want 1 (part) to 5 (point)", entry.Heading, entry.Level)
	}
	if e.Annex != nil {
		if e.Annex.Ref != "" && e.Annex.RefIssuer != "" {
			return entry, source.Errorf(src.Name, entry.line, f+".annex", "%v", errAnnexRef)
		}
		a := &AnnexSpec{Title: e.Annex.Title, Subtitle: e.Annex.Subtitle, Ref: e.Annex.Ref, RefIssuer: e.Annex.RefIssuer}
		if e.Annex.Body != nil {
			sub := off + valueAt(el, e.Annex.Body, "annex", "body")
			body, err := parseEntries(src, sub, f+".annex.body", e.Annex.Body, quick)
			if err != nil {
				return entry, err
			}
			a.Body = body
		}
		entry.Annex = a
	}
	if entry.Heading == "" && entry.Use == "" && entry.Annex == nil {
		return entry, source.Errorf(src.Name, entry.line, f, "an entry needs a heading, a section (use) or an annex")
	}
	if entry.Optional && entry.Use == "" && entry.Annex == nil {
		return entry, source.Errorf(src.Name, entry.line, f+".optional", "%v", errOptional)
	}
	return entry, nil
}
