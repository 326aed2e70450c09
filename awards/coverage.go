package awards

import (
	"strings"
)

// Coverage says how much of a standard the library encodes.
type Coverage uint8

const (
	// NotEncoded: no criteria are encoded: the law delegates them, or the
	// wording was not found. Verdicts are Undetermined.
	NotEncoded Coverage = iota
	// Partly: criteria are encoded, but some rest on unverified facts or on
	// achievements only the council can judge.
	Partly
	// Encoded: every criterion is encoded from verified or secondary
	// sources, and so is every criterion of the titles whose standard it
	// reads ("Lao động tiên tiến" inside "Chiến sĩ thi đua cơ sở").
	Encoded
	// Delegated: the law leaves the standard to ministries, sectors and
	// provinces (Giấy khen: Law 2022 Điều 75 k2); a body adds its own
	// rules with Config.Extra. Verdicts are Undetermined until it does.
	Delegated
)

func (c Coverage) String() string {
	return enumName(c, "Coverage", "chưa mã hóa", "một phần", "đầy đủ", "do Bộ, ngành, tỉnh quy định")
}

// Coverage reports how much of the standard of award for a kind of subject
// under regime the evaluator encodes, from its rules. It follows the
// standards the rules read ([Rule].Reads): a standard is Encoded only if
// those are too.
func (e *Evaluator) Coverage(regime RegimeID, award ID, kind SubjectKind) Coverage {
	var rules []*Rule
	if s := e.standards[stdKey{regime, award, kind}]; s != nil {
		rules = s.rules
	}
	if len(rules) == 0 {
		if g, ok := LookupRegime(regime); ok {
			if _, ok := delegation(&g, award); ok {
				return Delegated
			}
		}
		return NotEncoded
	}
	if e.partly(regime, award, kind, map[ID]bool{}) {
		return Partly
	}
	return Encoded
}

// partly reports whether a rule of the standard, or of a standard it
// reads, rests on a claim or an unverified fact, or reads a standard that
// is not encoded. seen guards against cycles.
func (e *Evaluator) partly(regime RegimeID, award ID, kind SubjectKind, seen map[ID]bool) bool {
	if seen[award] {
		return false
	}
	seen[award] = true
	s := e.standards[stdKey{regime, award, kind}]
	if s == nil || len(s.rules) == 0 {
		return true
	}
	for _, r := range s.rules {
		if r.claim || r.Citation.Evidence >= Unverified {
			return true
		}
		for _, id := range r.Reads {
			if e.partly(regime, id, kind, seen) {
				return true
			}
		}
	}
	return false
}

// CoverageTable writes the coverage of every title and form under every
// regime as a Markdown table, generated from the rules themselves. The
// README's table is generated with it (go test ./awards -update); a portal
// shows it to tell officers which verdicts rest on the law in full and
// which need their council, and an evaluator with local rules
// ([Config].Extra) writes its own.
func (e *Evaluator) CoverageTable() string {
	var b strings.Builder
	b.WriteString("| danh hiệu, hình thức | đối tượng |")
	for _, g := range regimes {
		b.WriteString(" ")
		b.WriteString(string(g.ID))
		b.WriteString(" |")
	}
	b.WriteString("\n| --- | --- |")
	for range regimes {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, a := range Catalogue() {
		for _, kind := range []SubjectKind{Individual, Collective, Household} {
			if a.Subjects&kind == 0 {
				continue
			}
			b.WriteString("| ")
			b.WriteString(a.Name)
			b.WriteString(" | ")
			b.WriteString(kind.String())
			b.WriteString(" |")
			for _, g := range regimes {
				b.WriteString(" ")
				b.WriteString(e.Coverage(g.ID, a.ID, kind).String())
				b.WriteString(" |")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// CoverageTable writes the coverage of the national rules, as
// [Evaluator.CoverageTable] does.
func CoverageTable() string { return defaultEvaluator.CoverageTable() }
