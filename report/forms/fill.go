package forms

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// Input is the data the forms are filled from. Each form reads the part
// its [Form].Data names; only what falls within the period counts.
type Input struct {
	// Period is the reporting period ([Schedule.Period]).
	Period Period
	// Campaigns are counted by form 0601 when launched in the period: on
	// the date of their step "phát động", or on their first day.
	Campaigns []emulation.Campaign
	// Launchers gives the level that launched each campaign, by who
	// launched it: the Body of its LaunchedBy, or its Office when the body
	// is empty. A campaign whose launcher is not there is counted in the
	// total, and the cells by level say that its level is not known.
	Launchers map[string]Launcher
	// Grants are counted by forms 0602 and 0603 when decided in the
	// period.
	Grants []Grant
	// Units are the organisations doing TĐKT work, counted by form 0604.
	Units []Unit
	// Staff are the officers doing TĐKT work at the end of the period,
	// counted by form 0605; one who starts after the period's end is not
	// counted.
	Staff []Officer
}

// Grant is a granted award as the forms count it: the award, the subject,
// the decision, and the facts the forms break it down by, which an award
// record ([awards.Honour]) does not hold. A fact left zero is "not known":
// the cells that need it say so.
type Grant struct {
	// Award is an ID of the awards catalogue or of the version's
	// [Version].Awards.
	Award     awards.ID          `json:"award"`
	Subject   awards.SubjectKind `json:"subject"`
	Recipient string             `json:"recipient,omitempty"` // the name, for the messages
	Decision  awards.Decision    `json:"decision"`
	// Proposer is who proposed the award (State awards).
	Proposer Proposer `json:"proposer,omitzero"`
	// Occasion is the kind of award: thường xuyên, chuyên đề, đột xuất, …
	Occasion Occasion `json:"occasion,omitzero"`
	// Role is the individual's position; read for individuals only.
	Role Role `json:"role,omitzero"`
	// Enterprise tells whether the collective is an enterprise; read for
	// collectives only.
	Enterprise awards.Tri `json:"enterprise,omitzero"`
}

// UnmarshalJSON reads a grant as json.Marshal writes it; its award may
// be an ID, an abbreviation or a name of the catalogue ("BK tỉnh"), or an
// award of a registered version ("huy-hieu"), which Fill checks.
func (g *Grant) UnmarshalJSON(b []byte) error {
	type plain Grant
	var raw struct {
		plain
		Award string `json:"award"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return err
	}
	*g = Grant(raw.plain)
	g.Award = awards.ID(strings.TrimSpace(raw.Award))
	if id, ok := parseAward(raw.Award); ok {
		g.Award = id
	}
	return nil
}

// GrantsOf returns the grants of the honours of records whose decision
// has a date: the award, the subject and the decision. The facts the
// forms break awards down by that a record does not hold (who proposed,
// the kind of award, an individual's position, whether a collective is
// an enterprise) are left not known, but for a worker or farmer
// ([awards.Worker]), who works directly ([DirectWorker]); fill them in
// before filling 0602 and 0603, or their cells say what is missing.
func GrantsOf(records []*awards.Record) []Grant {
	var out []Grant
	for _, r := range records {
		if r == nil {
			continue
		}
		for _, h := range r.Honours {
			if h.Decision.Date.IsZero() {
				continue
			}
			g := Grant{Award: h.Award, Subject: r.Kind, Recipient: r.Name, Decision: h.Decision}
			if g.Recipient == "" {
				g.Recipient = r.ID
			}
			if r.Kind == awards.Individual && r.Category == awards.Worker {
				g.Role = DirectWorker
			}
			out = append(out, g)
		}
	}
	return out
}

// Unit is an organisation doing TĐKT work (form 0604).
type Unit struct {
	ID   string `json:"id,omitempty"`
	Name string `json:"name"`
	// Kind is the kind of organisation, in the words of the form's rows
	// ("Ban Thi đua - Khen thưởng thuộc Sở Nội vụ").
	Kind string `json:"kind"`
}

// Officer is an officer doing TĐKT work (form 0605). Dates and sex are
// personal data (Decree 13/2023/NĐ-CP): the forms count them and show
// nobody's.
type Officer struct {
	ID        string       `json:"id,omitempty"`
	Name      string       `json:"name,omitempty"`
	Born      metrics.Date `json:"born,omitzero"`
	Sex       Sex          `json:"sex,omitzero"`
	Education Education    `json:"education,omitzero"`
	// Since is the first day of TĐKT work, from which the years are
	// counted.
	Since metrics.Date `json:"since,omitzero"`
}

// Cell is the value of a cell of a filled form, or why it has none.
type Cell struct {
	N int
	// Reason says why the cell cannot be computed from the data, and for
	// which subjects: "chưa tính được: 1 phong trào chưa có ngày kết thúc
	// (PT-05)". Empty when N is the cell's value.
	Reason string
}

// Known reports whether the cell has a value.
func (c Cell) Known() bool { return c.Reason == "" }

// Filled is a form filled from data.
type Filled struct {
	Form   Form
	Period Period
	// Cells are the cells by row and column, in the order of the form's
	// Rows and Columns; nil for a heading row.
	Cells [][]Cell
}

// Cell returns the cell at the row and column with these codes.
func (f *Filled) Cell(row, col string) (Cell, bool) {
	r, c := f.Form.Row(row), f.Form.Column(col)
	if r < 0 || c < 0 || r >= len(f.Cells) || c >= len(f.Cells[r]) {
		return Cell{}, false
	}
	return f.Cells[r][c], true
}

// ErrArithmetic is wrapped by the errors of a filled form whose totals do
// not equal their parts.
var ErrArithmetic = errors.New("the form's arithmetic does not hold")

// CellError is an error at a cell of a form.
type CellError struct {
	Form   string // "0601.N/BNV-TĐKT"
	Row    string // the row's code, "01"
	Column string // the column's code, "1"
	Err    error
}

func (e *CellError) Error() string {
	return fmt.Sprintf("forms: %s, dòng %s, cột %s: %v", e.Form, e.Row, e.Column, e.Err)
}

func (e *CellError) Unwrap() error { return e.Err }

// maxExamples is how many subjects a reason names.
const maxExamples = 3

// nouns name what each kind of data counts, in reasons.
var nouns = map[Data]string{Campaigns: "phong trào", Grants: "lượt khen thưởng", Units: "tổ chức", Staff: "công chức"}

// unknownCell gathers why a cell cannot be computed: for each missing
// fact, how many subjects lack it and the first few.
type unknownCell struct {
	facts    []string
	count    map[string]int
	examples map[string][]string
}

func (u *unknownCell) add(fact, label string) {
	if u.count == nil {
		u.count, u.examples = map[string]int{}, map[string][]string{}
	}
	if _, ok := u.count[fact]; !ok {
		u.facts = append(u.facts, fact)
	}
	u.count[fact]++
	if len(u.examples[fact]) < maxExamples {
		u.examples[fact] = append(u.examples[fact], label)
	}
}

func (u *unknownCell) reason(noun string) string {
	parts := make([]string, len(u.facts))
	for i, f := range u.facts {
		ex := strings.Join(u.examples[f], ", ")
		if n := u.count[f]; n > maxExamples {
			ex += ", …"
		}
		parts[i] = fmt.Sprintf("%d %s %s (%s)", u.count[f], noun, f, ex)
	}
	return "chưa tính được: " + strings.Join(parts, "; ")
}

// Fill fills the form from in: each cell counts the subjects of the
// form's data, within the period, that match its row and its column. A
// cell that needs a fact some subject lacks has no value but a reason
// instead. The filled form is checked ([Filled.Check]): totals that do not
// equal their parts are an error that names the cell. Subjects the form
// cannot read (an award that is neither in the catalogue nor among the
// version's, a unit of a kind the form does not name, an officer born
// after the period) are errors too. Filling is linear in the size of the
// data.
func (f Form) Fill(in Input) (*Filled, error) {
	c, err := compile(&f)
	if err != nil {
		return nil, fmt.Errorf("forms: %s: %w", f.Code, err)
	}
	p := in.Period
	if !p.From.Valid() || !p.To.Valid() || p.To.Before(p.From) {
		return nil, fmt.Errorf("forms: %s: the period %s is not a period", f.Code, p)
	}
	f = f.clone()
	out := &Filled{Form: f, Period: p, Cells: make([][]Cell, len(f.Rows))}
	counts := make([][]int, len(f.Rows))
	for r, l := range f.Rows {
		if l.Code != "" {
			counts[r] = make([]int, len(f.Columns))
		}
	}
	unknowns := map[[2]int]*unknownCell{}
	rowState := make([]tri, len(f.Rows))
	rowFact := make([]string, len(f.Rows))
	colState := make([]tri, len(f.Columns))
	colFact := make([]string, len(f.Columns))
	count := func(it *item) error {
		switch v, fact := all(c.filter, it); v {
		case no:
			return nil
		case unknown:
			return fmt.Errorf("%s: cannot tell whether the form counts it: %s", it.name(), fact)
		}
		for r := range f.Rows {
			if counts[r] == nil {
				rowState[r] = no
				continue
			}
			rowState[r], rowFact[r] = all(c.rows[r], it)
		}
		for k := range f.Columns {
			colState[k], colFact[k] = all(c.cols[k], it)
		}
		for r, rs := range rowState {
			if rs == no {
				continue
			}
			for k, cs := range colState {
				switch {
				case cs == no:
				case rs == yes && cs == yes:
					counts[r][k]++
				default:
					fact := rowFact[r]
					if rs == yes {
						fact = colFact[k]
					}
					u := unknowns[[2]int{r, k}]
					if u == nil {
						u = &unknownCell{}
						unknowns[[2]int{r, k}] = u
					}
					u.add(fact, it.name())
				}
			}
		}
		return nil
	}
	if err := f.items(c, in, count); err != nil {
		return nil, fmt.Errorf("forms: %s: %w", f.Code, err)
	}
	for r := range f.Rows {
		if counts[r] == nil {
			continue
		}
		out.Cells[r] = make([]Cell, len(f.Columns))
		for k := range f.Columns {
			if u := unknowns[[2]int{r, k}]; u != nil {
				out.Cells[r][k] = Cell{Reason: u.reason(nouns[f.Data])}
			} else {
				out.Cells[r][k] = Cell{N: counts[r][k]}
			}
		}
	}
	if err := out.Check(); err != nil {
		return nil, err
	}
	return out, nil
}

// items turns the data of the form within the period into items and
// gives each to count.
func (f *Form) items(c *compiled, in Input, count func(*item) error) error {
	p := in.Period
	switch f.Data {
	case Campaigns:
		for i := range in.Campaigns {
			cp := &in.Campaigns[i]
			if !p.Contains(launched(cp)) {
				continue
			}
			if cp.Scope < emulation.National || cp.Scope > emulation.Agency || cp.Form != emulation.Regular && cp.Form != emulation.Thematic {
				return fmt.Errorf("campaign %s: its scope or form is not one of Law 2022 Điều 16", source.Quote(cp.ID))
			}
			it := item{label: cp.ID, scope: cp.Scope, method: cp.Form}
			by := cp.LaunchedBy.Body
			if by == "" {
				by = cp.LaunchedBy.Office
			}
			it.launcher = in.Launchers[by]
			if !cp.To.IsZero() {
				if cp.To.Before(cp.From) {
					return fmt.Errorf("campaign %s ends %s before it starts %s", source.Quote(cp.ID), cp.To, cp.From)
				}
				it.months, it.days = cp.From.MonthsUntil(cp.To.AddDays(1))
				it.hasEnd = true
			}
			if err := count(&it); err != nil {
				return err
			}
		}
	case Grants:
		it := new(item) // one for all: a subject is counted before the next is read
		levels := map[awards.ID]awards.Level{}
		for _, a := range f.Awards {
			levels[a.ID] = a.Level
		}
		for i := range in.Grants {
			g := &in.Grants[i]
			d := g.Decision.Date
			if !d.Valid() {
				return fmt.Errorf("%s: the decision has no date, which places it in a period", grantLabel(i, g))
			}
			if !p.Contains(d) {
				continue
			}
			switch g.Subject {
			case awards.Individual, awards.Collective, awards.Household:
			default:
				return fmt.Errorf("%s: the subject is not cá nhân, tập thể or hộ gia đình", grantLabel(i, g))
			}
			*it = item{grant: g, index: i, award: g.Award, subject: g.Subject, enterprise: g.Enterprise, role: g.Role, proposer: g.Proposer, occasion: g.Occasion}
			if a, ok := awards.Lookup(g.Award); ok {
				it.level = a.Level
				if a.Subjects&g.Subject == 0 {
					return fmt.Errorf("%s: %s is not given to a %s (Law 2022)", grantLabel(i, g), a.Name, g.Subject)
				}
			} else if l, ok := levels[g.Award]; ok {
				it.level = l
			} else {
				return fmt.Errorf("%s: %w %s: neither in the awards catalogue nor among the awards of %s", grantLabel(i, g), awards.ErrUnknownAward, source.Quote(string(g.Award)), f.Circular)
			}
			if err := count(it); err != nil {
				return err
			}
		}
	case Units:
		for i, u := range in.Units {
			it := item{label: u.Name, kind: source.Key(u.Kind)}
			if it.label == "" {
				it.label = u.ID
			}
			if it.kind != "" && !c.unitKinds[it.kind] {
				return fmt.Errorf("unit %d (%s): the form has no row for the kind %s", i+1, it.label, source.Quote(u.Kind))
			}
			if err := count(&it); err != nil {
				return err
			}
		}
	case Staff:
		for i, o := range in.Staff {
			label := o.ID
			if label == "" {
				label = "công chức thứ " + strconv.Itoa(i+1)
			}
			if !o.Since.IsZero() && o.Since.After(p.To) {
				continue
			}
			it := item{label: label, education: o.Education, sex: o.Sex}
			if !o.Born.IsZero() {
				if !o.Born.Valid() || !o.Born.Before(p.To) {
					return fmt.Errorf("officer %s: born %s, not before the end of the period", source.Quote(label), o.Born)
				}
				m, _ := o.Born.MonthsUntil(p.To)
				it.age, it.hasAge = m/12, true
			}
			if !o.Since.IsZero() {
				if !o.Since.Valid() {
					return fmt.Errorf("officer %s: %s is not a date", source.Quote(label), o.Since)
				}
				m, _ := o.Since.MonthsUntil(p.To)
				it.years, it.hasYears = m/12, true
			}
			if err := count(&it); err != nil {
				return err
			}
		}
	}
	return nil
}

// launched returns the day a campaign was launched: its step "phát động",
// or its first day.
func launched(c *emulation.Campaign) metrics.Date {
	for _, s := range c.Steps {
		if s.Stage == emulation.Launched && !s.Date.IsZero() {
			return s.Date
		}
	}
	return c.From
}

func grantLabel(i int, g *Grant) string {
	var b strings.Builder
	if g.Recipient != "" {
		b.WriteString(g.Recipient)
	} else {
		b.WriteString("khen thưởng thứ " + strconv.Itoa(i+1))
	}
	if g.Decision.Number != "" {
		b.WriteString(", QĐ " + g.Decision.Number)
	}
	return b.String()
}

// maxErrors bounds the errors Check reports.
const maxErrors = 20

// Check checks the form's arithmetic over the cells that have a value:
// each line with sums equals the sum of each list of its parts, and each
// line within another is at most that line. Every fault is a *CellError
// that wraps [ErrArithmetic], naming the cell; several are joined.
func (f *Filled) Check() error {
	var errs []error
	fail := func(r, k int, format string, args ...any) {
		if len(errs) < maxErrors {
			errs = append(errs, &CellError{Form: f.Form.Code, Row: f.Form.Rows[r].Code, Column: f.Form.Columns[k].Code,
				Err: fmt.Errorf("%w: %s", ErrArithmetic, fmt.Sprintf(format, args...))})
		}
	}
	cell := func(r, k int) (int, bool) {
		if r < 0 || r >= len(f.Cells) || k < 0 || k >= len(f.Cells[r]) {
			return 0, false
		}
		c := f.Cells[r][k]
		return c.N, c.Known()
	}
	rows, cols := f.Form.Rows, f.Form.Columns
	for r, l := range rows {
		if l.Code == "" || r >= len(f.Cells) || f.Cells[r] == nil {
			continue
		}
		for k := range cols {
			total, ok := cell(r, k)
			if !ok {
				continue
			}
			for _, sum := range l.Sums {
				if got, ok := sumOf(sum, func(code string) (int, bool) { return cell(f.Form.Row(code), k) }); ok && got != total {
					fail(r, k, "%d, but rows %s add up to %d", total, strings.Join(sum, " + "), got)
				}
			}
			if l.Within != "" {
				if whole, ok := cell(f.Form.Row(l.Within), k); ok && total > whole {
					fail(r, k, "%d is more than %d of row %s, which it is part of", total, whole, l.Within)
				}
			}
		}
	}
	for k, l := range cols {
		for r, rl := range rows {
			if rl.Code == "" {
				continue
			}
			total, ok := cell(r, k)
			if !ok {
				continue
			}
			for _, sum := range l.Sums {
				if got, ok := sumOf(sum, func(code string) (int, bool) { return cell(r, f.Form.Column(code)) }); ok && got != total {
					fail(r, k, "%d, but columns %s add up to %d", total, strings.Join(sum, " + "), got)
				}
			}
			if l.Within != "" {
				if whole, ok := cell(r, f.Form.Column(l.Within)); ok && total > whole {
					fail(r, k, "%d is more than %d of column %s, which it is part of", total, whole, l.Within)
				}
			}
		}
	}
	return errors.Join(errs...)
}

// sumOf adds the values of the lines with the codes; false when one has
// no value.
func sumOf(codes []string, value func(string) (int, bool)) (int, bool) {
	total := 0
	for _, code := range codes {
		v, ok := value(code)
		if !ok {
			return 0, false
		}
		total += v
	}
	return total, true
}

// MarshalJSON writes the filled form for other systems and for review:
//
//	{"circular": "02/2023/TT-BNV", "form": "0601.N/BNV-TĐKT", "title": "…",
//	 "period": {"from": "2024-12-01", "to": "2025-11-30"},
//	 "columns": [{"code": "1", "label": "Tổng số"}, …],
//	 "rows": [{"code": "01", "label": "Tổng số", "values": [12, 3, {"reason": "…"}, …]},
//	          {"label": "Chia theo phạm vi"}, …]}
func (f *Filled) MarshalJSON() ([]byte, error) {
	type column struct {
		Code  string   `json:"code"`
		Label string   `json:"label"`
		Group []string `json:"group,omitempty"`
	}
	type row struct {
		Code   string `json:"code,omitempty"`
		Label  string `json:"label"`
		Values []any  `json:"values,omitempty"`
	}
	out := struct {
		Circular string   `json:"circular"`
		Form     string   `json:"form"`
		Title    string   `json:"title"`
		Period   Period   `json:"period"`
		Columns  []column `json:"columns"`
		Rows     []row    `json:"rows"`
	}{Circular: f.Form.Circular, Form: f.Form.Code, Title: f.Form.Title, Period: f.Period}
	for _, c := range f.Form.Columns {
		out.Columns = append(out.Columns, column{c.Code, c.Label, c.Group})
	}
	for r, l := range f.Form.Rows {
		rw := row{Code: l.Code, Label: l.Label}
		if r < len(f.Cells) {
			for _, c := range f.Cells[r] {
				if c.Known() {
					rw.Values = append(rw.Values, c.N)
				} else {
					rw.Values = append(rw.Values, map[string]string{"reason": c.Reason})
				}
			}
		}
		out.Rows = append(out.Rows, rw)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
