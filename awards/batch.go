package awards

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// Proposal proposes one subject for one title or form.
type Proposal struct {
	Subject *Record
	Award   ID
	Period  Period
	// Achievement names what is rewarded, for the rule "one achievement,
	// one form" (Law 2022 Điều 5 k2). Empty means the subject's merit over
	// the period ("công trạng").
	Achievement string
}

func (p Proposal) achievement() string {
	if p.Achievement != "" {
		return p.Achievement
	}
	return "thành tích " + p.Period.String()
}

// IssueKind classifies the problems of a batch.
type IssueKind uint8

const (
	QuotaExceeded     IssueKind = iota + 1 // vượt tỷ lệ
	SameAchievement                        // nhiều hình thức cho một thành tích
	PendingReview                          // đang xem xét kỷ luật, thanh tra, điều tra
	QuotaUndetermined                      // chưa xác định được tỷ lệ: base unknown
)

// Issue is a problem of a batch of proposals as a whole.
type Issue struct {
	Kind     IssueKind
	Award    ID
	Subjects []string // IDs of the subjects concerned
	Text     string   // the problem in Vietnamese
	Citation Citation
	// Personal marks issues that reveal personal data: their Text names no
	// subject unless the caller asked for personal data
	// ([CheckOptions].Personal), and neither does their JSON. Subjects
	// always lists them, so that a portal can act on the issue; a portal
	// that shows it must withhold the names just the same.
	Personal bool
	// For quotas: the limit, the count and how the limit was rounded.
	Limit, Count int
	Rounding     metrics.RoundingMode

	disclose bool
}

var issueCodes = [...]string{"", "quota_exceeded", "same_achievement", "pending_review", "quota_undetermined"}

// MarshalJSON writes the issue for portals. A personal issue lists its
// subjects only when the batch was checked with CheckOptions.Personal.
func (i Issue) MarshalJSON() ([]byte, error) {
	j := struct {
		Kind     string   `json:"kind"`
		Award    ID       `json:"award,omitempty"`
		Subjects []string `json:"subjects,omitempty"`
		Text     string   `json:"text"`
		Citation string   `json:"citation"`
		Personal bool     `json:"personal,omitempty"`
		Limit    int      `json:"limit,omitempty"`
		Count    int      `json:"count,omitempty"`
	}{Kind: code(issueCodes[:], int(i.Kind)), Award: i.Award, Subjects: i.Subjects, Text: i.Text, Citation: i.Citation.String(),
		Personal: i.Personal, Limit: i.Limit, Count: i.Count}
	if i.Personal && !i.disclose {
		j.Subjects = nil
	}
	return json.Marshal(j)
}

// Batch is the result of checking a batch of proposals.
type Batch struct {
	Verdicts []Verdict
	Issues   []Issue
}

// QuotaScope is the group of subjects a quota counts in. No text seen says
// which; the caller chooses, and each issue names the scope.
type QuotaScope uint8

const (
	// PerDecidingAgency counts the whole batch, as the agency that decides
	// it: the default.
	PerDecidingAgency QuotaScope = iota
	// PerUnit counts each unit apart ([Record].Unit; a subject without a
	// unit is a group of its own kind, keyed "").
	PerUnit
)

// CheckOptions are the options of [Evaluator.Check].
type CheckOptions struct {
	// Decided is the date the decision is issued. It chooses the regime of
	// each verdict ([Transition]) and whether the rule on pending
	// proceedings applies.
	Decided metrics.Date
	// Personal lets verdicts and issues show discipline and health facts.
	Personal bool

	// QuotaScope chooses the group a quota counts in.
	QuotaScope QuotaScope
	// QuotaBase states the base of a quota (for CSTĐCS, the number of
	// individuals with "Lao động tiên tiến" or "Chiến sĩ tiên tiến" of the
	// year) by group: the unit's ID under PerUnit, "" under
	// PerDecidingAgency. A stated count wins over the records.
	QuotaBase map[string]int
	// Population are the records of everyone the quota counts among, not
	// only those proposed: their honours of the base title for the year
	// count. Without it, and without a base proposal in the batch or a
	// stated base, the quota is "chưa xác định".
	Population []*Record
}

// Check judges every proposal and checks the batch as a whole: the quotas
// the parameters of the judging regime set ([RegimeParams].CSTDCSQuota and
// FlagQuota: under Decree 91/2017 CSTĐCS at most 15% of LĐTT, and "Cờ thi
// đua của Chính phủ" at most 20% of the collectives that meet the standard
// of a ministry's or province's flag; the 2022 law sets none), one
// achievement rewarded by one form (Law 2022 Điều 5 k2), and no proposal
// while discipline or an investigation is pending (Điều 4 of Decree
// 98/2023 and of Decree 152/2025, for decisions from 01/01/2024). The base
// of a quota and its scope come from the options; an unknown base is an
// issue of kind QuotaUndetermined, never a silent "tối đa 0".
func (e *Evaluator) Check(proposals []Proposal, o CheckOptions) (Batch, error) {
	var b Batch
	for i, p := range proposals {
		if p.Subject == nil {
			return Batch{}, fmt.Errorf("awards: proposal %d (%s): no subject", i+1, source.Quote(string(p.Award)))
		}
		v, err := e.evaluate(p.Subject, Case{Award: p.Award, Period: p.Period, Decided: o.Decided})
		if err != nil {
			return Batch{}, fmt.Errorf("awards: proposal %d: %w", i+1, err)
		}
		if o.Personal {
			v = v.WithPersonalData()
		}
		b.Verdicts = append(b.Verdicts, v)
	}
	for _, v := range o.QuotaBase {
		if v < 0 || v > MaxMembers {
			return Batch{}, fmt.Errorf("awards: stated quota base %d out of range 0–%d: %w", v, MaxMembers, ErrInvalidInput)
		}
	}
	b.Issues = append(b.Issues, e.quotas(proposals, b.Verdicts, &o)...)
	b.Issues = append(b.Issues, sameAchievement(proposals, b.Verdicts)...)
	b.Issues = append(b.Issues, pending(proposals, o)...)
	for i := range b.Issues {
		b.Issues[i].disclose = o.Personal
	}
	return b, nil
}

// Check judges a batch with the default Evaluator.
func Check(proposals []Proposal, o CheckOptions) (Batch, error) {
	return defaultEvaluator.Check(proposals, o)
}

// quota is a cap on an award, as a share of the subjects of the batch who
// meet the standard of a base award. The share is a parameter of the
// regime (Decree 91/2017 sets two; the 2022 law none); cite is the rule
// of the regime that sets it, where the library knows one.
type quota struct {
	award    ID
	base     []ID
	share    func(RegimeParams) decimal.Decimal
	cite     map[RegimeID]Citation
	baseWhat string
}

var quotas = []quota{
	{award: CSTDCoSo, base: []ID{LaoDongTienTien, ChienSiTienTien}, share: func(p RegimeParams) decimal.Decimal { return p.CSTDCSQuota },
		cite: map[RegimeID]Citation{Law2003ND91: cite(ND91, 9, 3, "")}, baseWhat: "cá nhân đạt “Lao động tiên tiến”, “Chiến sĩ tiên tiến”"},
	{award: CoThiDuaChinhPhu, base: []ID{CoThiDuaBoTinh}, share: func(p RegimeParams) decimal.Decimal { return p.FlagQuota },
		cite: map[RegimeID]Citation{Law2003ND91: cite(ND91, 11, 0, "").secondary("thukyluat")}, baseWhat: "tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ban, ngành, tỉnh"},
}

// quotas applies the caps the parameters set to the proposals of each
// period and group (o.QuotaScope), under the regime that judged them. The
// base is stated (o.QuotaBase) or counted from the records: base titles
// held for the year (o.Population and the subjects proposed), proposals for
// the base title that are eligible, and proposals whose verdict found the
// base standard met. Without a stated base, a population or a proposal
// for the base title, the base is unknown and the issue says so.
func (e *Evaluator) quotas(ps []Proposal, vs []Verdict, o *CheckOptions) []Issue {
	var out []Issue
	for _, q := range quotas {
		type tally struct {
			regime   RegimeID
			base     map[string]bool
			known    bool
			proposed []string
		}
		type key struct {
			period Period
			regime RegimeID
			group  string
		}
		groupOf := func(r *Record) string {
			if o.QuotaScope == PerUnit {
				return r.Unit
			}
			return ""
		}
		isBase := func(id ID) bool { return slices.Contains(q.base, id) }
		holds := func(r *Record, y int) bool {
			for _, id := range q.base {
				if r.has(id, y) {
					return true
				}
			}
			return false
		}
		groups := map[key]*tally{}
		var order []key
		for i, p := range ps {
			g := vs[i].Regime.ID
			if q.share(e.params.Regimes[g]).Sign() <= 0 {
				continue
			}
			k := key{p.Period, g, groupOf(p.Subject)}
			t := groups[k]
			if t == nil {
				t = &tally{regime: g, base: map[string]bool{}}
				groups[k] = t
				order = append(order, k)
			}
			ok := vs[i].Outcome == Eligible || vs[i].Outcome == EligibleForSelection
			if isBase(p.Award) {
				t.known = true
				if ok {
					t.base[p.Subject.ID] = true
				}
			}
			if holds(p.Subject, p.Period.Last) {
				t.base[p.Subject.ID] = true
			}
			for _, f := range vs[i].findings {
				if f.Result == Met && slices.ContainsFunc(f.rule.Reads, isBase) {
					t.base[p.Subject.ID] = true
				}
			}
			if p.Award == q.award {
				t.proposed = append(t.proposed, p.Subject.ID)
			}
		}
		for _, k := range order {
			t := groups[k]
			if len(t.proposed) == 0 {
				continue
			}
			if o.Population != nil {
				t.known = true
				for _, r := range o.Population {
					if r != nil && groupOf(r) == k.group && holds(r, k.period.Last) {
						t.base[r.ID] = true
					}
				}
			}
			n, from := len(t.base), "theo hồ sơ (quyết định công nhận hoặc kết quả xét trong đợt)"
			if stated, ok := o.QuotaBase[k.group]; ok {
				n, from, t.known = stated, "theo số liệu do đơn vị cung cấp", true
			}
			share := q.share(e.params.Regimes[t.regime])
			c, ok := q.cite[t.regime]
			if !ok {
				c = Citation{Document: e.params.Source, Evidence: Unverified, Note: "tỷ lệ do tham số đặt"}
				if c.Document == "" {
					c.Document = Province
				}
			}
			a, _ := Lookup(q.award)
			scope := "cơ quan quyết định khen thưởng"
			if o.QuotaScope == PerUnit {
				scope = "đơn vị " + k.group
				if k.group == "" {
					scope = "cá nhân chưa có đơn vị"
				}
			}
			head := fmt.Sprintf("%s, %s", k.period, scope)
			if !t.known {
				out = append(out, Issue{
					Kind: QuotaUndetermined, Award: q.award, Subjects: t.proposed, Count: len(t.proposed), Citation: c,
					Text: fmt.Sprintf("%s: chưa xác định được tỷ lệ %s (không quá %s tổng số %s): chưa có số %s",
						head, a.Display(), metrics.FormatPercent(share.Shift(2)), q.baseWhat, q.baseWhat),
				})
				continue
			}
			rnd := metrics.Rounding{Mode: e.params.QuotaRounding, Places: 0}
			limitD, _ := rnd.Apply(share.Mul(decimal.New(int64(n), 0)))
			limit := int(limitD.IntPart())
			if len(t.proposed) <= limit {
				continue
			}
			out = append(out, Issue{
				Kind: QuotaExceeded, Award: q.award, Subjects: t.proposed, Limit: limit, Count: len(t.proposed), Rounding: rnd.Mode,
				Citation: c,
				Text: fmt.Sprintf("%s: đề nghị %d %s, vượt tỷ lệ không quá %s tổng số %d %s (tối đa %d, %s; số %s)",
					head, len(t.proposed), a.Display(), metrics.FormatPercent(share.Shift(2)), n, q.baseWhat, limit, rnd.Mode, from),
			})
		}
	}
	return out
}

// sameAchievement applies khoản 2 Điều 5 Law 2022: "không khen thưởng
// nhiều lần, nhiều hình thức cho một thành tích đạt được".
func sameAchievement(ps []Proposal, vs []Verdict) []Issue {
	type key struct{ subject, achievement string }
	groups := map[key][]int{}
	var order []key
	for i, p := range ps {
		a, _ := Lookup(p.Award)
		if a.Type != Form {
			continue
		}
		k := key{p.Subject.ID, p.achievement()}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	var out []Issue
	for _, k := range order {
		idx := groups[k]
		if len(idx) < 2 {
			continue
		}
		names := make([]string, len(idx))
		for j, i := range idx {
			a, _ := Lookup(ps[i].Award)
			names[j] = a.Name
		}
		c := cite(Law2022, 5, 2, "").secondary("MOHA trả lời trên baochinhphu.vn")
		if vs[idx[0]].Regime.old() {
			c = Citation{Document: Law2003, Evidence: Unverified, Note: "nguyên tắc khen thưởng của Luật 2003; điều khoản chưa xác minh"}
		}
		out = append(out, Issue{
			Kind: SameAchievement, Award: ps[idx[0]].Award, Subjects: []string{k.subject}, Citation: c,
			Text: fmt.Sprintf("%s: đề nghị %d hình thức khen thưởng (%s) cho cùng một thành tích (%s); một thành tích chỉ khen thưởng một hình thức",
				k.subject, len(idx), strings.Join(names, "; "), k.achievement),
		})
	}
	return out
}

// pending applies Điều 4 of Decree 98/2023 (decisions from 01/01/2024)
// and of Decree 152/2025 (from 01/07/2025): no proposal while a
// disciplinary review, an inspection or an investigation of the subject is
// pending. No such rule of Decree 91/2017 was seen.
func pending(ps []Proposal, o CheckOptions) []Issue {
	if o.Decided.IsZero() || o.Decided.Before(lawChange) {
		return nil
	}
	c := cite(ND152, 4, 0, "").secondary("nguyên tắc (4) của Điều 4")
	if o.Decided.Before(metrics.NewDate(2025, 7, 1)) {
		c = cite(ND98, 4, 0, "").secondary("bản dịch tiếng Anh; số khoản chưa thấy (bổ sung 2026-11b)")
	}
	var ids []string
	seen := map[string]bool{}
	for _, p := range ps {
		if seen[p.Subject.ID] {
			continue
		}
		for _, pr := range p.Subject.Proceedings {
			if !pr.From.After(o.Decided) && (pr.To.IsZero() || !pr.To.Before(o.Decided)) {
				ids = append(ids, p.Subject.ID)
				seen[p.Subject.ID] = true
				break
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	sort.Strings(ids)
	text := fmt.Sprintf("%d đối tượng đang trong thời gian cơ quan có thẩm quyền xem xét kỷ luật, thanh tra, kiểm tra hoặc điều tra: chưa khen thưởng, chưa đề nghị cấp trên khen thưởng", len(ids))
	if o.Personal {
		text += " (" + strings.Join(ids, ", ") + ")"
	}
	return []Issue{{Kind: PendingReview, Subjects: ids, Personal: true, Citation: c, Text: text}}
}
