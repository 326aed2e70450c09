package dossier

import (
	"maps"
	"slices"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
)

// Dossier is a proposal dossier ("hồ sơ đề nghị khen thưởng") at one
// version: who proposes whom for what, to which authority, the documents
// it holds, and where it stands. It is built by [Dossier.Apply] from
// commands, or by [Rebuild] from its events, and never changes: Apply
// returns a new Dossier that shares no memory with the old one, so a
// Dossier is safe to share read-only between goroutines. A template
// composes every document of the procedure from its fields (see the
// package documentation, "Documents").
type Dossier struct {
	ID      string // the host's identifier, stable for the dossier's life
	Version int    // the number of events that built it; 0 for no dossier
	State   State
	// Round counts the submissions: 1 after the first, 2 after a
	// resubmission following a return.
	Round int

	Proposer Unit // đơn vị đề nghị
	Receiver Unit // the authority the proposer sends it to
	// Handler is the authority that holds it now: the Receiver, or the
	// one it was last forwarded to.
	Handler Unit
	Decider Unit          // cấp có thẩm quyền quyết định
	Period  awards.Period // the period of the achievements, for every subject
	// Procedure holds the components and votes the procedure requires,
	// fixed when the dossier was created.
	Procedure Procedure

	// Entries are the proposals: one subject for one award. A subject
	// proposed for two awards ("Lao động tiên tiến" and "Chiến sĩ thi đua
	// cơ sở") is two entries.
	Entries   []Entry
	Documents []Document // the proposer's components, as references

	// Meeting is the council's meeting at the current level; zero until
	// the council has voted.
	Meeting Meeting
	// Report is the appraisal report to the head ("tờ trình kết quả thẩm
	// định"), when given at [Propose].
	Report   Document
	Decision Decision // zero until decided
	// Levels are what the levels below the Handler concluded, in the order
	// the dossier left them ([Forward]).
	Levels []Stage

	// Returned is the last return: reason, who and when. It stays after the
	// dossier is sent again.
	Returned Notice
	// Cancelled says why the dossier was cancelled, or its decision revoked
	// ([Dossier.Revoked]).
	Cancelled Notice

	Created time.Time // when it was created (UTC)
	Updated time.Time // when the last event happened (UTC)
}

// Unit is an agency, organisation or unit ("cơ quan, tổ chức, đơn vị"):
// the proposer, or an authority that receives, forwards or decides. The
// fields besides Code, Name and Level are what the header and the
// signature of its documents print.
type Unit struct {
	Code  string `json:"code"` // the host's stable identifier
	Name  string `json:"name"` // "Ủy ban nhân dân xã Tân Lập"
	Level Level  `json:"level"`
	// Parent is the body above it in a document's header ("cơ quan chủ
	// quản"): "Ủy ban nhân dân tỉnh Lam Sơn".
	Parent string `json:"parent,omitempty"`
	// Abbrev is its abbreviation in numbers and symbols: "UBND" in
	// 15/QĐ-UBND. Needed to take a decision number from a [Register].
	Abbrev string `json:"abbrev,omitempty"`
	// Head is the office that decides or signs for it: "Chủ tịch Ủy ban
	// nhân dân xã Tân Lập". Lookups give it as the grantor of an honour.
	Head  string `json:"head,omitempty"`
	Place string `json:"place,omitempty"` // the place name of its documents: "Tân Lập"
}

// Subject is an individual, collective or household proposed for one
// award ("cá nhân, tập thể được đề nghị khen thưởng").
type Subject struct {
	// ID is the host's identifier of the subject: the ID of its
	// awards.Record, so that verdicts and lookups match it.
	ID       string             `json:"id"`
	Kind     awards.SubjectKind `json:"kind"`
	Name     string             `json:"name"`               // "Nguyễn Văn An", "Trường Tiểu học Tân Lập"
	Position string             `json:"position,omitempty"` // chức vụ: "Phó Chủ tịch Ủy ban nhân dân xã"
	Unit     string             `json:"unit,omitempty"`     // đơn vị công tác: "Văn phòng HĐND và UBND xã"
	Award    awards.ID          `json:"award"`
}

// Key returns the key of the entry of s.
func (s Subject) Key() Key { return Key{Subject: s.ID, Award: s.Award} }

// Key names an entry: a subject and the award it is proposed for.
type Key struct {
	Subject string    `json:"subject"`
	Award   awards.ID `json:"award"`
}

// Entry is a subject proposed for an award, with where it stands at the
// current level.
type Entry struct {
	Subject
	// Appraisal is the verdict of the appraisal ("kết quả thẩm định");
	// zero until appraised ([Appraisal.IsZero]).
	Appraisal Appraisal
	// Tally is the council's secret ballot on it; zero (no Subject) until
	// the council votes on it.
	Tally Tally
	// Result is the verdict judged again with the council's vote
	// ([awards.Case].Vote); zero when the vote did not judge it again.
	Result Appraisal
	// Granted is set by the decision that grants it.
	Granted bool
	// Dropped marks an entry a lower level did not forward, found not
	// eligible there ([Dossier].Levels says why).
	Dropped bool
}

// Key returns the entry's key.
func (e Entry) Key() Key { return e.Subject.Key() }

// Appraised reports whether the entry has been appraised at the current
// level.
func (e Entry) Appraised() bool { return !e.Appraisal.IsZero() }

// Voted reports whether the council has voted on the entry at the current
// level.
func (e Entry) Voted() bool { return e.Tally.Subject != "" }

// Final returns the verdict that stands: the one judged with the
// council's vote, or the appraisal's.
func (e Entry) Final() Appraisal {
	if !e.Result.IsZero() {
		return e.Result
	}
	return e.Appraisal
}

// Proposable reports whether the entry may go on: to the council, to the
// next level, or to the head. Its verdict is eligible, or eligible for
// selection and not refused by the council.
func (e Entry) Proposable() bool {
	if e.Dropped {
		return false
	}
	switch e.Final().Outcome {
	case awards.Eligible:
		return true
	case awards.EligibleForSelection:
		return !e.Voted() || e.Tally.Selected
	}
	return false
}

// Decidable reports whether a decision may grant the entry: its verdict is
// eligible, or eligible for selection and the council selected it
// ([Tally].Selected), for the titles chosen by the council for which the
// library knows no vote threshold.
func (e Entry) Decidable() bool {
	if e.Dropped {
		return false
	}
	switch e.Final().Outcome {
	case awards.Eligible:
		return true
	case awards.EligibleForSelection:
		return e.Voted() && e.Tally.Selected
	}
	return false
}

// Appraisal is what the dossier keeps of an awards.Verdict: the outcome
// and every criterion with its result, facts and citation, in the words of
// [awards.Verdict.Text]. It holds no pointer into the awards package and
// no personal data: the facts of the criteria on discipline and health are
// withheld whatever the verdict discloses (Decree 13/2023/NĐ-CP), since
// events are kept for the dossier's life.
type Appraisal struct {
	Key
	Outcome awards.Outcome
	Regime  awards.RegimeID // the legal regime that judged it
	// Findings are the criteria, in the order the verdict lists them.
	Findings []Finding
	// Blocking are the criteria that keep it from being eligible, as
	// [awards.Finding.Label] writes them: "Không đạt: … (khoản 2 Điều 23 …)".
	Blocking []string
	Note     string // the verdict's note
	// UnverifiedBasis is true when it is not eligible only because of
	// criteria whose legal facts are not verified.
	UnverifiedBasis bool
}

// IsZero reports whether a is the zero Appraisal (not appraised): every
// verdict of awards names its regime.
func (a Appraisal) IsZero() bool { return a.Regime == "" }

// Eligible reports whether the outcome is eligible or eligible for
// selection.
func (a Appraisal) Eligible() bool {
	return a.Outcome == awards.Eligible || a.Outcome == awards.EligibleForSelection
}

// Finding is one criterion of an appraisal.
type Finding struct {
	Rule      string          `json:"rule"`            // the rule's stable ID: "luat2022.d24.k1.a"
	Criterion string          `json:"criterion"`       // the criterion, as the law words it
	Result    awards.Result   `json:"result"`          // đạt, không đạt, chưa xác định
	Facts     string          `json:"facts,omitempty"` // the facts it used, in Vietnamese; "" or withheld for personal data
	Citation  string          `json:"citation"`        // the article, as [awards.Citation.String] writes it
	Evidence  awards.Evidence `json:"evidence"`        // how sure the citation is
}

// Meeting is a meeting of the emulation and commendation council ("phiên
// họp Hội đồng Thi đua - Khen thưởng") that voted on the dossier.
type Meeting struct {
	Date metrics.Date `json:"date"`
	// Members is the number of ALL the council's members, present or not:
	// the share of votes is counted on it (khoản 8 Điều 45 Nghị định
	// 91/2017/NĐ-CP). At most awards.MaxMembers.
	Members int `json:"members"`
	Present int `json:"present"` // members present
	// Written counts the absent members who gave their vote in writing.
	Written int `json:"written"`
	// Minutes is the minutes with the result of the secret ballot ("biên
	// bản họp và kết quả bỏ phiếu kín"), when the host stores it.
	Minutes Document `json:"minutes,omitzero"`
}

// Voters returns the members who voted: present, or in writing.
func (m Meeting) Voters() int { return m.Present + m.Written }

// Tally is the council's secret ballot on one entry ("kết quả kiểm
// phiếu").
type Tally struct {
	Key
	InFavour int `json:"in_favour"` // đồng ý, with the written votes of absent members
	Against  int `json:"against"`   // không đồng ý
	Invalid  int `json:"invalid"`   // không biểu quyết, phiếu không hợp lệ
	// Selected is the council's choice, as its minutes state it, for a
	// title chosen by selection for which the library knows no vote
	// threshold ("Cờ thi đua"): the judged verdict stays "đủ tiêu chuẩn để
	// xét chọn" and Selected decides. Where awards judges the vote (the
	// titles with [awards.RegimeParams].CouncilVoteShare) it is not read.
	Selected bool `json:"selected,omitempty"`
}

// Ballots returns the ballots counted.
func (t Tally) Ballots() int { return t.InFavour + t.Against + t.Invalid }

// Vote returns the vote as awards judges it: the votes in favour among
// all the council's members.
func (t Tally) Vote(m Meeting) awards.Vote {
	return awards.Vote{Members: m.Members, InFavour: t.InFavour}
}

// Decision is the decision on a dossier ("quyết định khen thưởng"), or the
// decision that revokes it. The authority is the dossier's Decider.
type Decision struct {
	Number string       `json:"number,omitempty"` // số, ký hiệu: "15/QĐ-UBND"
	Date   metrics.Date `json:"date,omitzero"`    // the date it was signed
	Signer string       `json:"signer,omitempty"` // họ tên người ký: "Lương Văn Quang"
	// Position is the signer's title as the signature block writes it:
	// "Chủ tịch", "KT. Chủ tịch – Phó Chủ tịch".
	Position string `json:"position,omitempty"`
	// Granted are the entries the decision grants, in the order of its
	// annex; at [Decide], empty means every entry that may be granted.
	Granted []Key `json:"granted,omitempty"`
	// Document is the signed decision, when the host stores it.
	Document Document `json:"document,omitzero"`
}

// IsZero reports whether no decision is given.
func (d Decision) IsZero() bool {
	return d.Number == "" && d.Date.IsZero() && d.Signer == "" && d.Position == "" && len(d.Granted) == 0 && d.Document.IsZero()
}

// Stage is what one level concluded before it forwarded the dossier.
type Stage struct {
	Authority Unit
	Entries   []Entry // the entries as they stood there: appraisals, tallies, results
	Meeting   Meeting
	Letter    Document // the level's tờ trình to the next level
	To        Unit     // the level it went to
}

// Notice is a return, a cancellation or a revocation: why, who and when.
type Notice struct {
	Reason string
	By     User
	At     time.Time
	// Decision is the decision that revokes the dossier's decision ("quyết
	// định thu hồi"), when given.
	Decision Decision
}

// IsZero reports whether n is empty.
func (n Notice) IsZero() bool { return n.Reason == "" && n.At.IsZero() }

// User is who acts: the host's identifier of a person and the role the
// host grants them for this dossier.
type User struct {
	ID   string `json:"id"`
	Role Role   `json:"role"`
	// Unit is the Code of the unit the user acts for, when the host
	// gives it: the Proposer for the proposer's role, the Handler for the
	// others. The dossier then checks it.
	Unit string `json:"unit,omitempty"`
}

// Revoked reports whether the dossier's decision was revoked ("thu hồi").
func (d Dossier) Revoked() bool { return d.State == Cancelled && d.Decision.Number != "" }

// Status returns the state as an officer reads it: the State's label, with
// "thu hồi quyết định" for a revoked decision.
func (d Dossier) Status() string {
	if d.Revoked() {
		return "Đã hủy (thu hồi quyết định " + d.Decision.Number + ")"
	}
	return d.State.String()
}

// Entry returns the entry of k.
func (d Dossier) Entry(k Key) (Entry, bool) {
	i := d.entry(k)
	if i < 0 {
		return Entry{}, false
	}
	return d.Entries[i].clone(), true
}

func (d *Dossier) entry(k Key) int {
	for i := range d.Entries {
		if d.Entries[i].Key() == k {
			return i
		}
	}
	return -1
}

// Active returns the entries still proposed at the current level: those
// not dropped by a lower level.
func (d Dossier) Active() []Entry {
	var out []Entry
	for _, e := range d.Entries {
		if !e.Dropped {
			out = append(out, e.clone())
		}
	}
	return out
}

// Decidable returns the entries a decision may grant ([Entry.Decidable]),
// in the dossier's order.
func (d Dossier) Decidable() []Entry {
	var out []Entry
	for _, e := range d.Entries {
		if e.Decidable() {
			out = append(out, e.clone())
		}
	}
	return out
}

// Granted returns the entries the decision granted, in the order of the
// decision's annex; none once the decision is revoked.
func (d Dossier) Granted() []Entry {
	if d.State != Decided {
		return nil
	}
	out := make([]Entry, 0, len(d.Decision.Granted))
	for _, k := range d.Decision.Granted {
		if i := d.entry(k); i >= 0 {
			out = append(out, d.Entries[i].clone())
		}
	}
	return out
}

// Awards returns the awards the dossier proposes, in the catalogue's
// order, as the decision's articles list them.
func (d Dossier) Awards() []awards.Award {
	var out []awards.Award
	for _, a := range awards.Catalogue() {
		if slices.ContainsFunc(d.Entries, func(e Entry) bool { return e.Award == a.ID && !e.Dropped }) {
			out = append(out, a)
		}
	}
	return out
}

// NeedsVote reports whether the council must vote by secret ballot on the
// award, with the citation of the rule ([Procedure].Votes).
func (d Dossier) NeedsVote(award awards.ID) (awards.Citation, bool) {
	c, ok := d.Procedure.Votes[award]
	return c, ok
}

// VoteDue reports whether the council of the current level must vote
// before the dossier leaves it: the level is at or above
// [Procedure].VoteFrom and an entry that may go on is for an award that
// needs the vote.
func (d Dossier) VoteDue() bool { return len(d.dueVotes()) > 0 }

// dueVotes returns the indexes of the entries the council of the current
// level must vote on.
func (d *Dossier) dueVotes() []int {
	if d.Procedure.VoteFrom == 0 || d.Handler.Level < d.Procedure.VoteFrom {
		return nil
	}
	var out []int
	for i, e := range d.Entries {
		if _, ok := d.Procedure.Votes[e.Award]; ok && !e.Dropped && e.Appraisal.Eligible() {
			out = append(out, i)
		}
	}
	return out
}

// Clone returns a copy of d that shares no memory with it.
func (d Dossier) Clone() Dossier {
	d.Procedure = d.Procedure.clone()
	d.Entries = cloneEntries(d.Entries)
	d.Documents = slices.Clone(d.Documents)
	d.Decision = d.Decision.clone()
	d.Cancelled.Decision = d.Cancelled.Decision.clone()
	d.Returned.Decision = d.Returned.Decision.clone()
	if d.Levels != nil {
		levels := make([]Stage, len(d.Levels))
		for i, s := range d.Levels {
			s.Entries = cloneEntries(s.Entries)
			levels[i] = s
		}
		d.Levels = levels
	}
	return d
}

func cloneEntries(es []Entry) []Entry {
	if es == nil {
		return nil
	}
	out := make([]Entry, len(es))
	for i, e := range es {
		out[i] = e.clone()
	}
	return out
}

func (e Entry) clone() Entry {
	e.Appraisal = e.Appraisal.clone()
	e.Result = e.Result.clone()
	return e
}

func (a Appraisal) clone() Appraisal {
	a.Findings = slices.Clone(a.Findings)
	a.Blocking = slices.Clone(a.Blocking)
	return a
}

func (d Decision) clone() Decision {
	d.Granted = slices.Clone(d.Granted)
	return d
}

func (p Procedure) clone() Procedure {
	p.Common = slices.Clone(p.Common)
	if p.ByAward != nil {
		m := make(map[awards.ID][]Requirement, len(p.ByAward))
		for k, v := range p.ByAward {
			m[k] = slices.Clone(v)
		}
		p.ByAward = m
	}
	p.Votes = maps.Clone(p.Votes)
	return p
}
