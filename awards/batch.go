package awards

import (
	"fmt"
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
	QuotaExceeded   IssueKind = iota + 1 // vượt tỷ lệ
	SameAchievement                      // nhiều hình thức cho một thành tích
	PendingReview                        // đang xem xét kỷ luật, thanh tra, điều tra
)

// Issue is a problem of a batch of proposals as a whole.
type Issue struct {
	Kind     IssueKind
	Award    ID
	Subjects []string // IDs of the subjects concerned
	Text     string   // the problem in Vietnamese
	Citation Citation
	// Personal marks issues that reveal personal data: their Text names no
	// subject unless the caller asked for personal data. Subjects always
	// lists them, so that a portal can act on the issue; a portal that shows
	// it must withhold the names just the same.
	Personal bool
	// For quotas: the limit, the count and how the limit was rounded.
	Limit, Count int
	Rounding     metrics.RoundingMode
}

// Batch is the result of checking a batch of proposals.
type Batch struct {
	Verdicts []Verdict
	Issues   []Issue
}

// CheckOptions are the options of [Evaluator.Check].
type CheckOptions struct {
	// Decided is the date of the decision (or of the meeting of the
	// council). It decides whether the rule on pending proceedings applies.
	Decided metrics.Date
	// Personal lets verdicts and issues show discipline and health facts.
	Personal bool
}

// Check judges every proposal and checks the batch as a whole: the quotas
// the parameters of the judging regime set ([RegimeParams].CSTDCSQuota and
// FlagQuota: under Decree 91/2017 CSTĐCS at most 15% of LĐTT, and "Cờ thi
// đua của Chính phủ" at most 20% of the collectives that meet the standard
// of a ministry's or province's flag; the 2022 law sets none), one
// achievement rewarded by one form (Law 2022 Điều 5 k2), and no proposal
// while discipline or an investigation is pending (Decree 152/2025 Điều 4,
// for decisions from 01/07/2025).
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
	b.Issues = append(b.Issues, e.quotas(proposals, b.Verdicts)...)
	b.Issues = append(b.Issues, sameAchievement(proposals, b.Verdicts)...)
	b.Issues = append(b.Issues, pending(proposals, o)...)
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
// period, under the regime that judged them.
func (e *Evaluator) quotas(ps []Proposal, vs []Verdict) []Issue {
	var out []Issue
	for _, q := range quotas {
		type tally struct {
			regime   RegimeID
			base     map[string]bool
			proposed []string
		}
		type key struct {
			period Period
			regime RegimeID
		}
		periods := map[key]*tally{}
		var order []key
		for i, p := range ps {
			g := vs[i].Regime.ID
			if q.share(e.params.Regimes[g]).Sign() <= 0 {
				continue
			}
			k := key{p.Period, g}
			t := periods[k]
			if t == nil {
				t = &tally{regime: g, base: map[string]bool{}}
				periods[k] = t
				order = append(order, k)
			}
			ok := vs[i].Outcome == Eligible || vs[i].Outcome == EligibleForSelection
			for _, b := range q.base {
				if p.Award == b && ok {
					t.base[p.Subject.ID] = true
				}
			}
			if p.Award == q.award {
				t.proposed = append(t.proposed, p.Subject.ID)
			}
		}
		for _, k := range order {
			t, per := periods[k], k.period
			if len(t.proposed) == 0 {
				continue
			}
			share := q.share(e.params.Regimes[t.regime])
			c, ok := q.cite[t.regime]
			if !ok {
				c = Citation{Document: e.params.Source, Evidence: Unverified, Note: "tỷ lệ do tham số đặt"}
				if c.Document == "" {
					c.Document = Province
				}
			}
			rnd := metrics.Rounding{Mode: e.params.QuotaRounding, Places: 0}
			limitD, _ := rnd.Apply(share.Mul(decimal.New(int64(len(t.base)), 0)))
			limit := int(limitD.IntPart())
			if len(t.proposed) <= limit {
				continue
			}
			a, _ := Lookup(q.award)
			out = append(out, Issue{
				Kind: QuotaExceeded, Award: q.award, Subjects: t.proposed, Limit: limit, Count: len(t.proposed), Rounding: rnd.Mode,
				Citation: c,
				Text: fmt.Sprintf("%s: đề nghị %d %s, vượt tỷ lệ không quá %s tổng số %d %s (tối đa %d, %s)",
					per, len(t.proposed), a.Display(), metrics.FormatPercent(share.Shift(2)), len(t.base), q.baseWhat, limit, rnd.Mode),
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

// pending applies Decree 152/2025 Điều 4: no proposal while a disciplinary
// review, an inspection or an investigation of the subject is pending.
func pending(ps []Proposal, o CheckOptions) []Issue {
	if o.Decided.IsZero() || o.Decided.Before(metrics.NewDate(2025, 7, 1)) {
		return nil
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
	return []Issue{{Kind: PendingReview, Subjects: ids, Personal: true, Citation: cite(ND152, 4, 0, "").secondary("nguyên tắc (4) của Điều 4"), Text: text}}
}
