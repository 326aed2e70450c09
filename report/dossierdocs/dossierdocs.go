package dossierdocs

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/sections"
)

// Kind is a document of the procedure that a dossier composes.
type Kind uint8

const (
	// Request is the unit's tờ trình đề nghị khen thưởng to the authority
	// it sends the dossier to, with the list of the subjects it proposes
	// for each award, in an annex.
	Request Kind = iota + 1
	// Minutes is the biên bản họp Hội đồng Thi đua - Khen thưởng of the
	// level that holds the dossier, with the table of its secret ballot.
	Minutes
	// AppraisalReport is the office's tờ trình kết quả thẩm định to the
	// head: who is eligible, who is not and why.
	AppraisalReport
	// Decision is the quyết định khen thưởng with its annex, the shipped
	// template "quyet-dinh-khen-thuong" of package report/sections.
	Decision
)

var kindNames = [...]struct{ name, words string }{
	Request:         {"to-trinh-de-nghi", "tờ trình đề nghị khen thưởng"},
	Minutes:         {"bien-ban-hop-hoi-dong", "biên bản họp Hội đồng Thi đua - Khen thưởng"},
	AppraisalReport: {"to-trinh-tham-dinh", "tờ trình kết quả thẩm định"},
	Decision:        {"quyet-dinh-khen-thuong", "quyết định khen thưởng"},
}

// Kinds returns every kind, in the order of the procedure.
func Kinds() []Kind { return []Kind{Request, Minutes, AppraisalReport, Decision} }

// Valid reports whether k is one of the kinds.
func (k Kind) Valid() bool { return k >= Request && k <= Decision }

// String returns the document's name in Vietnamese, in lower case: "biên
// bản họp Hội đồng Thi đua - Khen thưởng".
func (k Kind) String() string {
	if !k.Valid() {
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
	return kindNames[k].words
}

// Name returns the name of the kind's template, which is also a good stem
// for its files: "to-trinh-de-nghi".
func (k Kind) Name() string {
	if !k.Valid() {
		return ""
	}
	return kindNames[k].name
}

// Need returns the state a dossier must have reached for the document:
// Drafted for the request, Voted for the minutes, Appraised for the
// appraisal report and Decided for the decision.
func (k Kind) Need() dossier.State {
	switch k {
	case Request:
		return dossier.Drafted
	case Minutes:
		return dossier.Voted
	case AppraisalReport:
		return dossier.Appraised
	case Decision:
		return dossier.Decided
	}
	return 0
}

// ErrState reports a document asked of a dossier that has not reached the
// state that makes it ([StateError]).
var ErrState = errors.New("dossier not in a state that makes the document")

// StateError is a document asked of a dossier before the state that makes
// it, or of a dossier cancelled: the minutes before the council has voted,
// the decision before it is decided. It wraps [ErrState].
type StateError struct {
	Kind    Kind
	Dossier string
	State   dossier.State // the state the dossier is in
	Need    dossier.State // the state the document needs (Kind.Need)
}

func (e *StateError) Error() string {
	return fmt.Sprintf("dossierdocs: %s needs a dossier in state %s or later; %s is in state %s",
		e.Kind, e.Need, e.Dossier, e.State)
}

// Text says it in Vietnamese for the officer: "Chưa thể lập quyết định
// khen thưởng: hồ sơ HS-01 đang ở trạng thái Đã trình ký, cần Đã quyết
// định.".
func (e *StateError) Text() string {
	if e.State == 0 {
		return fmt.Sprintf("Chưa thể lập %s: hồ sơ chưa được tạo.", e.Kind)
	}
	who := "hồ sơ"
	if e.Dossier != "" {
		who += " " + e.Dossier
	}
	return fmt.Sprintf("Chưa thể lập %s: %s đang ở trạng thái %s, cần %s.", e.Kind, who, e.State, e.Need)
}

func (e *StateError) Unwrap() error { return ErrState }

// available reports whether d can make a document of kind k: the states
// that make it, and for the minutes a vote held at the current level.
func available(k Kind, d dossier.Dossier) bool {
	switch k {
	case Request:
		return d.State != 0
	case Minutes:
		if d.Meeting.Date.IsZero() || !slices.ContainsFunc(d.Entries, dossier.Entry.Voted) {
			return false
		}
		return d.State == dossier.Voted || d.State == dossier.Proposed || d.State == dossier.Decided
	case AppraisalReport:
		switch d.State {
		case dossier.Appraised, dossier.AtCouncil, dossier.Voted, dossier.Proposed, dossier.Decided:
			return true
		}
	case Decision:
		return d.State == dossier.Decided
	}
	return false
}

// Available returns the kinds of document d can make in its state, in the
// order of the procedure.
func Available(d dossier.Dossier) []Kind {
	var out []Kind
	for _, k := range Kinds() {
		if available(k, d) {
			out = append(out, k)
		}
	}
	return out
}

// Council is what the minutes say of the council that the dossier does
// not hold: its name, the place of the meeting, its chair and secretary.
// The date and the members present come from the dossier's Meeting.
type Council struct {
	// Name is the council's name in the header; "" means "Hội đồng Thi
	// đua - Khen thưởng", under the handling authority.
	Name string
	// Abbrev is the council's abbreviation in the minutes' number;
	// "" means "HĐTĐKT": "Số: 03/BB-HĐTĐKT". A council keeps its own
	// register of numbers (Decree 30/2020, Phụ lục I).
	Abbrev string
	// Place is where it met: "Hội trường Ủy ban nhân dân xã".
	Place string
	// Time is when the meeting began, as the minutes write it: "14 giờ
	// 00 phút". Empty leaves it out.
	Time string
	// Chair and Secretary are the members who chair the meeting and keep
	// the minutes, and sign them. An empty Name leaves a blank to fill.
	Chair, Secretary Member
}

// Member is a member of the council.
type Member struct {
	Name     string // "Lương Văn Quang"
	Position string // "Chủ tịch Ủy ban nhân dân xã, Chủ tịch Hội đồng"
}

// Options are what the documents need that a dossier does not hold. The
// zero Options composes every document, with the defaults each field
// names and a dotted blank ("……………………") where a signer's name is
// missing, for the signer to write.
type Options struct {
	// Basis are "căn cứ" lines that follow those of the law the dossier's
	// regime names: the province's regulation on emulation and
	// commendation, the body's functions. Each is written as given, with
	// the "Căn cứ" it needs and without the final ";".
	Basis []string

	// Proposer is who signs the unit's tờ trình; the zero Signature signs
	// for the proposer's Head, or "Thủ trưởng đơn vị", with a blank for
	// the name.
	Proposer report.Signature

	// Office is the office that appraises the dossier and writes the tờ
	// trình kết quả thẩm định (Phòng Nội vụ, Ban Thi đua - Khen thưởng,
	// the commune's office): its Name, Parent, Abbrev (the number's
	// symbol), Head and Place. The zero Unit means the authority that
	// holds the dossier.
	Office dossier.Unit
	// OfficeSigner signs the tờ trình kết quả thẩm định; the zero
	// Signature signs for the Office's Head, or "Thủ trưởng cơ quan".
	OfficeSigner report.Signature

	// Council names the council whose minutes the dossier's meeting makes.
	Council Council

	// Executors are those the decision's last article charges with its
	// execution, before "các tập thể, cá nhân có tên tại Điều 1": "Chánh
	// Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã". Nil means the
	// Office's Head and the proposer's Head (or "Thủ trưởng" and its name).
	Executors []string

	// Recipients replace the default "Nơi nhận" of a kind: "Như trên;"
	// and "Lưu: VT." for a tờ trình (with the Office's Abbrev for its
	// appraisal report: "Lưu: VT, VHXH."), "Như Điều 3;" and "Lưu: VT,
	// VHXH." for the decision. The minutes have none.
	Recipients map[Kind][]string

	// Templates replace the shipped template of a kind: a portal's own
	// copy, composed with the same data (see the package documentation).
	Templates map[Kind]*report.Template
	// Sections is the registry of sections the templates are composed
	// with; nil means report's default, which package report/sections
	// fills.
	Sections *report.Registry[report.Section]

	// Evaluator tells which criteria of a verdict read personal data
	// (awards.Rule.Personal), so that no document names them; nil means
	// the national law (awards.New with the zero Config). Give the
	// portal's own when its rules (Config.Extra) read discipline or
	// health.
	Evaluator *awards.Evaluator
}

//go:embed templates/*.json
var templateFS embed.FS

// parsed holds the shipped templates, parsed once; Compose reads them,
// never hands them out.
var parsed = sync.OnceValues(func() (map[Kind]*report.Template, error) {
	out := make(map[Kind]*report.Template, len(kindNames))
	for _, k := range Kinds() {
		t, err := load(k)
		if err != nil {
			return nil, err
		}
		out[k] = t
	}
	return out, nil
})

// load parses the shipped template of k.
func load(k Kind) (*report.Template, error) {
	if k == Decision {
		return sections.Template(k.Name())
	}
	file := "templates/" + k.Name() + ".json"
	data, err := templateFS.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("dossierdocs: %w", err)
	}
	return report.ParseTemplate(file, data)
}

// Template returns the shipped template of k, freshly parsed: the
// caller's own to change or store. The decision's is report/sections'
// "quyet-dinh-khen-thuong"; the others are JSON files under templates/.
func Template(k Kind) (*report.Template, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("dossierdocs: %s is not a kind of document", k)
	}
	return load(k)
}

// TemplateJSON returns the JSON file of k's shipped template, for a
// portal that stores and edits its own copy. The slice is the caller's.
func TemplateJSON(k Kind) ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("dossierdocs: %s is not a kind of document", k)
	}
	if k == Decision {
		return nil, fmt.Errorf("dossierdocs: the decision's template is report/sections' %q (sections.Template)", k.Name())
	}
	return templateFS.ReadFile("templates/" + k.Name() + ".json")
}

// Data returns what the template of k is composed with for d: the header
// (issuer and parent, number, place and date) and the data the template
// names. Compose uses it; a portal that composes its own template with
// its own Composer calls it too. It returns a *StateError when d has not
// reached the state that makes the document.
func Data(k Kind, d dossier.Dossier, o Options) (report.Header, report.Data, error) {
	if !k.Valid() {
		return report.Header{}, nil, fmt.Errorf("dossierdocs: %s is not a kind of document", k)
	}
	if !available(k, d) {
		return report.Header{}, nil, &StateError{Kind: k, Dossier: d.ID, State: d.State, Need: k.Need()}
	}
	b := builder{d: d, o: o}
	switch k {
	case Request:
		return b.request()
	case Minutes:
		return b.minutes()
	case AppraisalReport:
		return b.appraisal()
	default:
		return b.decision()
	}
}

// Compose composes the document of kind k from the dossier d: its
// template (Options.Templates, or the shipped one) with the header and
// data of [Data]. A document asked before the state that makes it is a
// *StateError naming the state it needs.
func Compose(ctx context.Context, k Kind, d dossier.Dossier, o Options) (*report.Document, error) {
	h, data, err := Data(k, d, o)
	if err != nil {
		return nil, err
	}
	t := o.Templates[k]
	if t == nil {
		shipped, err := parsed()
		if err != nil {
			return nil, err
		}
		t = shipped[k]
	}
	doc, err := report.Composer{Sections: o.Sections, Header: h}.Compose(ctx, t, data)
	if err != nil {
		return nil, fmt.Errorf("dossierdocs: %s of %s: %w", k, d.ID, err)
	}
	return doc, nil
}
