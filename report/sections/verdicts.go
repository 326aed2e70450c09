package sections

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
)

// Verdicts is the council's working list ("danh sách xét đề nghị"): every
// subject of the records that a title or form is given to, judged for a
// year under the regime in force, with the outcome and, where it is not
// eligible or not determined, the criteria that decided it and their
// articles. A sentence before the table counts the outcomes.
//
// It shows criteria and articles, never the facts of a record, so no
// discipline or health fact (personal data, Decree 13/2023/NĐ-CP) reaches
// the document.
type Verdicts struct {
	Records report.Ref[[]*awards.Record] `json:"records"`
	// Award is the title or form judged: "lao-dong-tien-tien".
	Award awards.ID       `json:"award"`
	Year  report.Ref[int] `json:"year"`
	// Show is "all" ("" too), "eligible", or "not-eligible", which keeps
	// the not eligible and the not determined.
	Show string `json:"show,omitempty"`
	// Decided is the date of the decision ("15/01/2026" or "2026-01-15"),
	// read by rules of timing and by awards.Transition.
	Decided metrics.Date `json:"decided,omitzero"`
	// Evaluator is an evaluator with a body's own rules; the national rules
	// when absent.
	Evaluator report.Ref[*awards.Evaluator] `json:"evaluator,omitzero"`
}

// Build judges every subject and writes the sentence and the table.
func (vs *Verdicts) Build(_ context.Context, _ report.Input) ([]report.Block, error) {
	recs, err := required(vs.Records, "records")
	if err != nil {
		return nil, err
	}
	if vs.Award == "" {
		return nil, &report.ParamError{Name: "award", Err: errors.New("missing")}
	}
	award, ok := awards.Lookup(vs.Award)
	if !ok {
		return nil, &report.ParamError{Name: "award", Err: fmt.Errorf("%q is not a title or form of the catalogue (awards.Catalogue)", vs.Award)}
	}
	year, err := required(vs.Year, "year")
	if err != nil {
		return nil, err
	}
	show := vs.Show
	switch show {
	case "":
		show = "all"
	case "all", "eligible", "not-eligible":
	default:
		return nil, &report.ParamError{Name: "show", Err: fmt.Errorf("%q; want \"all\", \"eligible\" or \"not-eligible\"", show)}
	}
	decided := vs.Decided
	evaluate := awards.Evaluate
	if !vs.Evaluator.IsZero() {
		ev := vs.Evaluator.Value()
		if ev == nil {
			return nil, &report.ParamError{Name: "evaluator", Err: errors.New("nil evaluator")}
		}
		evaluate = ev.Evaluate
	}

	units := map[string]string{}
	for _, r := range recs {
		if r != nil && r.Kind == awards.Collective {
			units[r.ID] = r.Name
		}
	}
	t := &report.Table{
		Head:    []string{"STT", "Tên cá nhân, tập thể", "Đơn vị", "Kết quả", "Tiêu chuẩn không đạt, chưa xác định"},
		Columns: []report.Column{{Align: report.AlignRight}},
	}
	var eligible, notEligible, undetermined int
	for _, r := range recs {
		if r == nil || award.Subjects&r.Kind == 0 {
			continue
		}
		v, err := evaluate(r, awards.Case{Award: award.ID, Period: awards.YearOf(year), Decided: decided})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r.ID, err)
		}
		switch v.Outcome {
		case awards.Eligible, awards.EligibleForSelection:
			eligible++
			if show == "not-eligible" {
				continue
			}
		case awards.NotEligible:
			notEligible++
			if show == "eligible" {
				continue
			}
		default:
			undetermined++
			if show == "eligible" {
				continue
			}
		}
		name := r.Name
		if name == "" {
			name = r.ID
		}
		unit := units[r.Unit]
		if unit == "" {
			unit = r.Unit
		}
		t.Rows = append(t.Rows, []string{fmt.Sprint(len(t.Rows) + 1), name, unit, v.Outcome.String(), reasons(v)})
	}
	n := eligible + notEligible + undetermined
	if n == 0 {
		return []report.Block{report.P(report.T(fmt.Sprintf("Xét %s năm %d: không có trường hợp nào.", award.Display(), year)))}, nil
	}
	two := metrics.Formatter{MinDigits: 2}
	count := func(k int) string { return two.Count(metrics.NewCount(int64(k), "")) }
	// "04 trường hợp, trong đó 01 đủ tiêu chuẩn, 02 không đủ tiêu chuẩn,
	// 01 chưa xác định"; outcomes nobody has are left out; one outcome
	// for all reads "03 trường hợp, đều đủ tiêu chuẩn".
	var parts []string
	all := "" // the outcome of every case, if they share one
	for _, o := range []struct {
		k    int
		text string
	}{{eligible, "đủ tiêu chuẩn"}, {notEligible, "không đủ tiêu chuẩn"}, {undetermined, "chưa xác định"}} {
		if o.k > 0 {
			parts = append(parts, count(o.k)+" "+o.text)
		}
		if o.k == n {
			all = o.text
		}
	}
	tail := "trong đó " + strings.Join(parts, ", ")
	switch {
	case all != "" && n == 1:
		tail = all
	case all != "":
		tail = "đều " + all
	}
	sentence := fmt.Sprintf("Xét %s năm %d: %s trường hợp, %s.", award.Display(), year, count(n), tail)
	return []report.Block{report.P(report.T(sentence)), t}, nil
}

// reasons lists the criteria that kept v from being eligible, with their
// articles; a verdict without criteria gives its note.
func reasons(v awards.Verdict) string {
	var out []string
	for _, f := range v.Blocking() {
		out = append(out, f.Label())
	}
	if len(out) == 0 && v.Outcome != awards.Eligible && v.Outcome != awards.EligibleForSelection {
		return v.Note
	}
	return strings.Join(out, "; ")
}

// Interface guards.
var _ report.Section = (*Verdicts)(nil)
