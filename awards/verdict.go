package awards

import (
	"encoding/json"
	"strings"
)

// withheld replaces the facts of a personal rule in output.
const withheld = "thông tin cá nhân, không hiển thị (Nghị định 13/2023/NĐ-CP)"

// unproposedText explains a rule of points the unit did not propose the
// case under ([Case].Points).
const unproposedText = "đơn vị không đề nghị xét theo điểm này"

// PersonalRuleID is the rule ID of the one finding that stands for every
// criterion on personal information in a verdict shown without
// [Verdict.WithPersonalData]: a host that stores findings recognises it
// by this ID.
const PersonalRuleID = "thong-tin-ca-nhan"

// personalRule stands for every criterion on personal information in a
// verdict shown without the caller's permission: one line, met or not met
// as a whole, that names neither the criterion nor its citation (either
// would tell the reader what the person's record holds).
var personalRule = &Rule{
	ID:        PersonalRuleID,
	Criterion: "Tiêu chí về thông tin cá nhân (không hiển thị)",
	Citation:  Citation{Document: ND13},
	Personal:  true,
}

// Findings returns a finding per criterion, in the order they are judged.
// Without [Verdict.WithPersonalData] the criteria that read personal
// information show as one finding of rule "thong-tin-ca-nhan", at the
// place of the first, met or not met as a whole (Decree 13/2023/NĐ-CP).
// The slice is the caller's: it shares no memory a later call returns.
// It is computed on each call; loop over it once.
func (v Verdict) Findings() []Finding {
	out := make([]Finding, 0, len(v.findings))
	for f := range v.visible {
		out = append(out, f)
	}
	return out
}

// visible yields the findings as [Verdict.Findings] returns them,
// without allocating: the personal ones folded into one unless disclosed.
func (v Verdict) visible(yield func(Finding) bool) {
	folded := false
	for _, f := range v.findings {
		if !f.Personal() || v.disclose {
			if !yield(f) {
				return
			}
			continue
		}
		if folded {
			continue
		}
		folded = true
		res := Met
		for _, g := range v.findings {
			if g.Personal() {
				res = and(res, g.Result)
			}
		}
		if !yield(personalRule.finding(res, Facts{})) {
			return
		}
	}
}

// FactsText returns the facts of f in Vietnamese, or a notice that they are
// withheld when the rule reads personal data and disclose is false.
func (f Finding) FactsText(p Period, disclose bool) string {
	if f.rule == personalRule {
		return ""
	}
	if f.Personal() && !disclose {
		return withheld
	}
	if f.unproposed {
		return unproposedText
	}
	if f.rule == nil || f.rule.Explain == nil {
		return f.Facts.Text
	}
	return f.rule.Explain(f.Facts, p)
}

// Text writes the verdict as Vietnamese sentences an officer can paste into
// a dossier:
//
//	Nguyễn Văn An (NV001) – “Chiến sĩ thi đua cơ sở”, năm 2024: đủ tiêu chuẩn đề nghị xét tặng.
//	Căn cứ: Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP.
//	- Đạt: Đạt tiêu chuẩn danh hiệu … – 2024: đạt tiêu chuẩn … (khoản 1 Điều 23 …).
//
// The zero Verdict, which comes with an error, writes as "".
func (v Verdict) Text() string {
	if v.zero() {
		return ""
	}
	var b strings.Builder
	name := v.Subject.Name
	if name == "" {
		name = v.Subject.ID
	} else {
		name += " (" + v.Subject.ID + ")"
	}
	b.WriteString(name)
	b.WriteString(" – ")
	b.WriteString(v.Award.Display())
	b.WriteString(", ")
	b.WriteString(v.Period.String())
	b.WriteString(": ")
	b.WriteString(v.Outcome.String())
	if v.UnverifiedBasis {
		b.WriteString(" – chỉ do tiêu chí dựa trên dữ kiện pháp lý chưa xác minh (có thể điều chỉnh bằng tham số)")
	}
	b.WriteString(".\nCăn cứ: ")
	b.WriteString(v.Regime.Name)
	b.WriteString(".\n")
	for f := range v.visible {
		if f.rule == nil {
			continue
		}
		b.WriteString("- ")
		b.WriteString(capitalize(f.Result.String()))
		b.WriteString(": ")
		b.WriteString(f.Criterion())
		if facts := f.FactsText(v.Period, v.disclose); facts != "" {
			b.WriteString(" – ")
			b.WriteString(facts)
		}
		b.WriteString(" (")
		b.WriteString(f.Citation().String())
		b.WriteString(").\n")
	}
	for _, c := range v.RegimeBasis {
		b.WriteString("Căn cứ chọn văn bản áp dụng: ")
		b.WriteString(c.String())
		b.WriteString(".\n")
	}
	if v.Note != "" {
		b.WriteString("Ghi chú: ")
		b.WriteString(v.Note)
		b.WriteString("\n")
	}
	if v.ParamsSource != "" {
		b.WriteString("Tham số áp dụng theo: ")
		b.WriteString(v.ParamsSource)
		b.WriteString(".\n")
	}
	return b.String()
}

// Label writes a finding without its facts, as a list of reasons cites it:
// "Không đạt: Hoàn thành xuất sắc nhiệm vụ (khoản 2 Điều 23 Luật …)".
func (f Finding) Label() string {
	if f.rule == nil {
		return ""
	}
	return capitalize(f.Result.String()) + ": " + f.Criterion() + " (" + f.Citation().String() + ")"
}

// Blocking returns the findings that keep v from being eligible: the
// criteria not met or not determined, leaving out every rule of a group
// ([Finding].Group) that one of its branches met. Of a group not met it
// returns the criteria each branch failed (of k1 = a ∧ b, only the one of
// a and b not met), in order. It is empty for an
// eligible verdict, and for one without criteria (see Note).
func (v Verdict) Blocking() []Finding {
	if v.Outcome == Eligible || v.Outcome == EligibleForSelection {
		return nil
	}
	var out []Finding
	for f := range v.visible {
		if f.rule != nil && f.Result != Met && (f.rule.Group == "" || !groupMet(v.findings, f.rule.Group)) {
			out = append(out, f)
		}
	}
	return out
}

func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

type verdictJSON struct {
	Subject struct {
		ID   string `json:"id"`
		Name string `json:"name,omitempty"`
	} `json:"subject"`
	Award struct {
		ID   ID     `json:"id"`
		Name string `json:"name"`
	} `json:"award"`
	Period       string        `json:"period"`
	Regime       RegimeID      `json:"regime"`
	Outcome      string        `json:"outcome"`
	OutcomeText  string        `json:"outcome_text"`
	Unverified   bool          `json:"outcome_unverified,omitempty"`
	RegimeBasis  []string      `json:"regime_basis,omitempty"`
	Findings     []findingJSON `json:"findings"`
	Note         string        `json:"note,omitempty"`
	ParamsSource string        `json:"params_source,omitempty"`
}

type findingJSON struct {
	Rule      string `json:"rule"`
	Criterion string `json:"criterion"`
	Result    string `json:"result"`
	Facts     string `json:"facts,omitempty"`
	Withheld  bool   `json:"withheld,omitempty"`
	Citation  string `json:"citation"`
	Evidence  string `json:"evidence"`
}

// MarshalJSON writes the verdict for portals, in the same words as Text.
// The criteria on discipline and health show as one finding, rule
// "thong-tin-ca-nhan" with "withheld": true, unless the verdict came from
// WithPersonalData. The zero Verdict writes
// as null.
func (v Verdict) MarshalJSON() ([]byte, error) {
	if v.zero() {
		return []byte("null"), nil
	}
	var j verdictJSON
	j.Subject.ID, j.Subject.Name = v.Subject.ID, v.Subject.Name
	j.Award.ID, j.Award.Name = v.Award.ID, v.Award.Name
	j.Period = v.Period.String()
	j.Regime = v.Regime.ID
	j.Outcome = code(outcomeCodes[:], int(v.Outcome))
	j.OutcomeText = v.Outcome.String()
	j.Unverified = v.UnverifiedBasis
	for _, c := range v.RegimeBasis {
		j.RegimeBasis = append(j.RegimeBasis, c.String())
	}
	j.Note = v.Note
	j.ParamsSource = v.ParamsSource
	j.Findings = make([]findingJSON, 0, len(v.findings))
	for f := range v.visible {
		if f.rule == nil {
			continue
		}
		fj := findingJSON{
			Rule: f.RuleID(), Criterion: f.Criterion(), Result: code(resultCodes[:], int(f.Result)),
			Citation: f.Citation().String(), Evidence: f.Citation().Evidence.String(),
		}
		if f.rule == personalRule || (f.Personal() && !v.disclose) {
			fj.Withheld = true
		} else {
			fj.Facts = f.FactsText(v.Period, true)
		}
		j.Findings = append(j.Findings, fj)
	}
	return json.Marshal(j)
}

// zero reports whether v lacks what every verdict of Evaluate has: the
// zero Verdict returned with an error, or one built by hand.
func (v Verdict) zero() bool {
	return v.Subject == nil || v.Award.ID == "" || v.Regime.ID == ""
}

// code returns codes[i], or "unknown" for a value out of range.
func code(codes []string, i int) string {
	if i < 0 || i >= len(codes) {
		return "unknown"
	}
	return codes[i]
}
