package dossier

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/tdkt-vn/tdkt/awards"
)

// This file is the workflow: which transitions an event may make (gate,
// check) and what they do to the dossier (mutate). Commands (Apply) and
// events read from a log (Rebuild) go through the same checks.

// refuse returns the TransitionError of ev on d.
func (d *Dossier) refuse(ev *Event, err error, reasons ...string) *TransitionError {
	return &TransitionError{Dossier: ev.Dossier, Version: d.Version, Action: ev.Action, State: d.State, Role: ev.By.Role,
		Reasons: reasons, Err: err}
}

// gate checks that ev's role may take its action in d's state, for the
// unit the user acts for. proposer is the proposer's Code of a dossier
// being created.
func (d *Dossier) gate(ev *Event, proposer string) error {
	if ev.Action < Create || ev.Action > Revoke {
		return d.refuse(ev, ErrInvalidInput, fmt.Sprintf("thao tác không hợp lệ (%d)", ev.Action))
	}
	if ev.By.ID == "" {
		return d.refuse(ev, ErrInvalidInput, "chưa có mã người thực hiện")
	}
	if ev.By.Role < Proposer || ev.By.Role > Head {
		return d.refuse(ev, ErrNotPermitted, fmt.Sprintf("vai trò không hợp lệ (%d)", ev.By.Role))
	}
	if !possible(ev.Action, d.State) {
		if ev.Action == Create {
			return d.refuse(ev, ErrOutOfOrder, "hồ sơ đã có")
		}
		if d.State == 0 {
			return d.refuse(ev, ErrOutOfOrder, "hồ sơ chưa được tạo")
		}
		return d.refuse(ev, ErrOutOfOrder, "hồ sơ đang ở trạng thái “"+d.Status()+"”")
	}
	if !permitted(ev.Action, d.State, ev.By.Role) {
		return d.refuse(ev, ErrNotPermitted, "vai trò "+ev.By.Role.String()+" không được "+ev.Action.String()+
			" khi hồ sơ ở trạng thái “"+d.State.String()+"”")
	}
	if ev.By.Unit != "" {
		want, who := d.Handler, "cơ quan đang xử lý hồ sơ"
		if ev.By.Role == Proposer {
			want, who = d.Proposer, "đơn vị đề nghị"
			if ev.Action == Create {
				want.Code = proposer
			}
		}
		if ev.By.Unit != want.Code {
			return d.refuse(ev, ErrNotPermitted, fmt.Sprintf("người thực hiện thuộc đơn vị %s, không phải %s", ev.By.Unit, who))
		}
	}
	return nil
}

// target returns the state ev leads d to.
func (d *Dossier) target(ev *Event) State {
	switch ev.Action {
	case Create:
		return Drafted
	case Edit:
		return d.State
	case Submit:
		return Submitted
	case Receive:
		return Received
	case Return:
		return Returned
	case Appraise:
		as, _ := ev.Payload.(Appraisals)
		done := map[Key]bool{}
		for _, a := range as {
			done[a.Key] = true
		}
		for _, e := range d.Entries {
			if !e.Dropped && !e.Appraised() && !done[e.Key()] {
				return Received
			}
		}
		return Appraised
	case Convene:
		return AtCouncil
	case Vote:
		return Voted
	case Forward:
		return Forwarded
	case Propose:
		return Proposed
	case Decide:
		return Decided
	case Cancel, Revoke:
		return Cancelled
	}
	return 0
}

// check returns why d refuses ev, or nil.
func (d *Dossier) check(ev *Event) error {
	proposer := ""
	if dr, ok := ev.Payload.(Draft); ok {
		proposer = dr.Proposer.Code
	}
	if err := d.gate(ev, proposer); err != nil {
		return err
	}
	if !payloadMatches(ev.Action, ev.Payload) {
		return d.refuse(ev, ErrInvalidInput, "dữ liệu kèm theo không phải của thao tác này")
	}
	switch ev.Action {
	case Create:
		return d.checkDraft(ev, ev.Payload.(Draft))
	case Edit:
		return d.checkChanges(ev, ev.Payload.(Changes))
	case Submit:
		var reasons []string
		if !slices.ContainsFunc(d.Entries, func(e Entry) bool { return !e.Dropped }) {
			reasons = append(reasons, "hồ sơ chưa có cá nhân, tập thể được đề nghị")
		}
		for _, n := range d.Missing() {
			reasons = append(reasons, "chưa có "+n.Text())
		}
		if len(reasons) > 0 {
			return d.refuse(ev, ErrIncomplete, reasons...)
		}
	case Return, Cancel:
		if ev.Reason == "" {
			return d.refuse(ev, ErrIncomplete, "chưa ghi lý do")
		}
	case Revoke:
		return d.checkRevoke(ev, ev.Payload.(Decision))
	case Appraise:
		return d.checkAppraisals(ev, ev.Payload.(Appraisals))
	case Convene:
		if !d.anyProposable() {
			return d.refuse(ev, ErrIncomplete, "không có cá nhân, tập thể nào đủ tiêu chuẩn để trình Hội đồng")
		}
	case Vote:
		return d.checkBallot(ev, ev.Payload.(Ballot), true)
	case Forward:
		return d.checkForward(ev, ev.Payload.(Forwarding))
	case Propose:
		return d.checkPropose(ev, ev.Payload.(Proposal))
	case Decide:
		return d.checkDecision(ev, ev.Payload.(Decision))
	}
	return nil
}

func (d *Dossier) anyProposable() bool {
	for _, e := range d.Entries {
		if e.Proposable() {
			return true
		}
	}
	return false
}

// checkDraft checks a new dossier.
func (d *Dossier) checkDraft(ev *Event, dr Draft) error {
	var reasons []string
	if ev.Dossier == "" {
		reasons = append(reasons, "chưa có mã hồ sơ")
	}
	reasons = append(reasons, checkUnit(dr.Proposer, "đơn vị đề nghị")...)
	reasons = append(reasons, checkUnit(dr.Receiver, "cơ quan tiếp nhận")...)
	reasons = append(reasons, checkUnit(dr.Decider, "cấp quyết định")...)
	if dr.Receiver.Level < dr.Proposer.Level || dr.Decider.Level < dr.Receiver.Level {
		reasons = append(reasons, fmt.Sprintf("cấp của đơn vị đề nghị (%s), cơ quan tiếp nhận (%s) và cấp quyết định (%s) phải từ thấp đến cao",
			dr.Proposer.Level, dr.Receiver.Level, dr.Decider.Level))
	}
	if dr.Receiver.Level == dr.Decider.Level && dr.Receiver.Code != dr.Decider.Code {
		reasons = append(reasons, "cơ quan tiếp nhận cùng cấp với cấp quyết định phải là cấp quyết định")
	}
	p := dr.Period
	if p.Kind > awards.Stage || p.First < 1900 || p.Last > 2200 || p.First > p.Last {
		reasons = append(reasons, fmt.Sprintf("thời gian tính thành tích không hợp lệ (%d–%d)", p.First, p.Last))
	}
	reasons = append(reasons, checkProcedure(dr.Procedure)...)
	reasons = append(reasons, checkSubjects(dr.Subjects, nil, nil, dr.Decider)...)
	exists := func(id string, award awards.ID) bool {
		return slices.ContainsFunc(dr.Subjects, func(s Subject) bool { return s.ID == id && (award == "" || s.Award == award) })
	}
	reasons = append(reasons, checkDocuments(dr.Documents, nil, nil, exists)...)
	if len(reasons) > 0 {
		return d.refuse(ev, ErrInvalidInput, reasons...)
	}
	return nil
}

func checkUnit(u Unit, what string) []string {
	var reasons []string
	if u.Code == "" {
		reasons = append(reasons, what+" chưa có mã")
	}
	if u.Name == "" {
		reasons = append(reasons, what+" chưa có tên")
	}
	if u.Level < Grassroots || u.Level > Central {
		reasons = append(reasons, what+" chưa có cấp hoặc cấp không hợp lệ")
	}
	return reasons
}

func checkProcedure(p Procedure) []string {
	var reasons []string
	if p.VoteFrom > Central {
		reasons = append(reasons, fmt.Sprintf("cấp bỏ phiếu của quy trình không hợp lệ (%d)", p.VoteFrom))
	}
	check := func(rs []Requirement) {
		for _, r := range rs {
			if r.Component < Request || r.Component > Other || r.Title == "" || r.From > Central {
				reasons = append(reasons, fmt.Sprintf("thành phần hồ sơ không hợp lệ trong quy trình (%q)", r.Title))
			}
		}
	}
	check(p.Common)
	for id, rs := range p.ByAward {
		if _, ok := awards.Lookup(id); !ok {
			reasons = append(reasons, fmt.Sprintf("quy trình nêu danh hiệu, hình thức không có trong danh mục (%q)", id))
		}
		check(rs)
	}
	for id := range p.Votes {
		if _, ok := awards.Lookup(id); !ok {
			reasons = append(reasons, fmt.Sprintf("quy trình nêu danh hiệu, hình thức không có trong danh mục (%q)", id))
		}
	}
	return reasons
}

// decides reports whether an authority of level l decides awards of the
// level a: the head of an agency or unit, a commune or a district
// decides the titles and forms of the grassroots; a province or ministry
// its own; the Prime Minister and the President those of the State.
func decides(l Level, a awards.Level) bool {
	switch a {
	case awards.Grassroots:
		return l == Grassroots || l == District
	case awards.Ministry:
		return l == Province
	case awards.State:
		return l == Central
	}
	return false
}

// checkSubjects checks subjects added to entries, but those removed, for
// a decider.
func checkSubjects(add []Subject, entries []Entry, removed map[Key]bool, decider Unit) []string {
	var reasons []string
	keys := make(map[Key]bool, len(entries)+len(add))
	who := make(map[string]Subject, len(entries)+len(add))
	for _, e := range entries {
		if !removed[e.Key()] {
			keys[e.Key()] = true
			who[e.ID] = e.Subject
		}
	}
	for i, s := range add {
		if s.ID == "" {
			reasons = append(reasons, fmt.Sprintf("đối tượng thứ %d chưa có mã", i+1))
			continue
		}
		name := s.Name
		if name == "" {
			reasons = append(reasons, fmt.Sprintf("đối tượng %s chưa có họ tên, tên", s.ID))
			name = s.ID
		}
		if s.Kind != awards.Individual && s.Kind != awards.Collective && s.Kind != awards.Household {
			reasons = append(reasons, fmt.Sprintf("%s: loại đối tượng không hợp lệ (cá nhân, tập thể hoặc hộ gia đình)", name))
		}
		a, ok := awards.Lookup(s.Award)
		switch {
		case !ok:
			reasons = append(reasons, fmt.Sprintf("%s: danh hiệu, hình thức khen thưởng %q không có trong danh mục", name, s.Award))
		case a.Subjects&s.Kind == 0:
			reasons = append(reasons, fmt.Sprintf("%s: %s không xét tặng cho %s", name, a.Display(), s.Kind))
		case !decides(decider.Level, a.Level):
			reasons = append(reasons, fmt.Sprintf("%s: %s không thuộc thẩm quyền quyết định của %s (%s)", name, a.Display(), decider.Name, decider.Level))
		}
		if keys[s.Key()] {
			reasons = append(reasons, fmt.Sprintf("%s được đề nghị %s hai lần", name, a.Display()))
		}
		keys[s.Key()] = true
		if prev, ok := who[s.ID]; ok && (prev.Name != s.Name || prev.Kind != s.Kind) {
			reasons = append(reasons, fmt.Sprintf("mã %s dùng cho hai đối tượng khác nhau (%s, %s)", s.ID, prev.Name, s.Name))
		}
		who[s.ID] = s
	}
	return reasons
}

// checkDocuments checks documents attached beside the existing ones but
// those detached, for the subjects (ids) and their entries (keys) after
// the change.
func checkDocuments(attach, existing []Document, detached map[string]bool, exists func(string, awards.ID) bool) []string {
	var reasons []string
	taken := func(i int, id string) bool {
		for _, doc := range existing {
			if doc.ID == id && !detached[id] {
				return true
			}
		}
		for _, doc := range attach[:i] {
			if doc.ID == id {
				return true
			}
		}
		return false
	}
	for i, doc := range attach {
		what := "văn bản"
		if doc.ID == "" {
			what = fmt.Sprintf("văn bản thứ %d", i+1)
		}
		reasons = append(reasons, checkDocument(doc, 0, what)...)
		if doc.ID != "" && taken(i, doc.ID) {
			reasons = append(reasons, fmt.Sprintf("văn bản %s trùng mã với văn bản khác", doc.ID))
		}
		switch doc.Component {
		case AppraisalReport, DecisionText:
			reasons = append(reasons, fmt.Sprintf("văn bản %s (%s) là văn bản của cơ quan có thẩm quyền, không thuộc hồ sơ đề nghị", doc.ID, doc.Component))
		case AchievementReport, Recognition:
			if doc.Subject == "" {
				reasons = append(reasons, fmt.Sprintf("văn bản %s (%s) chưa ghi đối tượng", doc.ID, doc.Component))
			}
		}
		switch {
		case doc.Subject == "" && doc.Award != "":
			reasons = append(reasons, fmt.Sprintf("văn bản %s ghi danh hiệu, hình thức nhưng chưa ghi đối tượng", doc.ID))
		case doc.Subject == "":
		case !exists(doc.Subject, ""):
			reasons = append(reasons, fmt.Sprintf("văn bản %s nói về đối tượng %s không có trong hồ sơ", doc.ID, doc.Subject))
		case doc.Award != "" && !exists(doc.Subject, doc.Award):
			reasons = append(reasons, fmt.Sprintf("văn bản %s: đối tượng %s không được đề nghị %q", doc.ID, doc.Subject, doc.Award))
		}
	}
	return reasons
}

// checkDocument checks one document reference; want is its component,
// or 0 for any; what names it when it has no ID.
func checkDocument(doc Document, want Component, what string) []string {
	var reasons []string
	name := func() string {
		if doc.ID != "" {
			return "văn bản " + doc.ID
		}
		return what
	}
	if doc.ID == "" {
		reasons = append(reasons, what+" chưa có mã")
	}
	switch {
	case doc.Component < Request || doc.Component > Other:
		reasons = append(reasons, name()+": loại văn bản không hợp lệ")
	case want != 0 && doc.Component != want:
		reasons = append(reasons, fmt.Sprintf("%s là %s, không phải %s", name(), doc.Component, want))
	}
	if doc.Title == "" {
		reasons = append(reasons, name()+" chưa có tên")
	}
	if doc.Date.IsZero() {
		reasons = append(reasons, name()+" chưa có ngày")
	} else if !doc.Date.Valid() {
		reasons = append(reasons, name()+": ngày không hợp lệ")
	}
	if !validSHA256(doc.SHA256) {
		reasons = append(reasons, name()+": mã băm SHA-256 phải có 64 chữ số hệ mười sáu")
	}
	return reasons
}

func validSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// checkChanges checks the proposer's changes: what they remove exists,
// what they add fits what remains.
func (d *Dossier) checkChanges(ev *Event, c Changes) error {
	if c.IsZero() {
		return d.refuse(ev, ErrInvalidInput, "không có thay đổi")
	}
	var reasons []string
	var removed map[Key]bool
	if len(c.Remove) > 0 {
		removed = make(map[Key]bool, len(c.Remove))
		for _, k := range c.Remove {
			switch {
			case removed[k]:
				reasons = append(reasons, d.label(k)+" được bỏ hai lần")
			case d.entry(k) < 0:
				reasons = append(reasons, d.label(k)+" không có trong hồ sơ")
			}
			removed[k] = true
		}
	}
	var detached map[string]bool
	if len(c.Detach) > 0 {
		detached = make(map[string]bool, len(c.Detach))
		for _, id := range c.Detach {
			switch {
			case detached[id]:
				reasons = append(reasons, fmt.Sprintf("văn bản %s được gỡ hai lần", id))
			case d.document(id) < 0:
				reasons = append(reasons, fmt.Sprintf("văn bản %s không có trong hồ sơ", id))
			}
			detached[id] = true
		}
	}
	if len(c.Add) > 0 {
		reasons = append(reasons, checkSubjects(c.Add, d.Entries, removed, d.Decider)...)
	}
	// exists reports whether a subject (with award, when given) is in the
	// dossier after the change.
	exists := func(id string, award awards.ID) bool {
		match := func(s Subject) bool { return s.ID == id && (award == "" || s.Award == award) }
		for _, e := range d.Entries {
			if match(e.Subject) && !removed[e.Key()] {
				return true
			}
		}
		return slices.ContainsFunc(c.Add, match)
	}
	if len(c.Remove) > 0 {
		for _, doc := range d.Documents {
			if !detached[doc.ID] && doc.Subject != "" && !exists(doc.Subject, doc.Award) {
				reasons = append(reasons, fmt.Sprintf("còn văn bản %s của đối tượng đã bỏ: gỡ văn bản trước", doc.ID))
			}
		}
	}
	reasons = append(reasons, checkDocuments(c.Attach, d.Documents, detached, exists)...)
	if len(reasons) > 0 {
		return d.refuse(ev, ErrInvalidInput, reasons...)
	}
	return nil
}

func (d *Dossier) document(id string) int {
	for i := range d.Documents {
		if d.Documents[i].ID == id {
			return i
		}
	}
	return -1
}

// checkAppraisals checks verdicts on entries not yet appraised.
func (d *Dossier) checkAppraisals(ev *Event, as Appraisals) error {
	if len(as) == 0 {
		return d.refuse(ev, ErrIncomplete, "chưa có kết quả thẩm định")
	}
	var reasons []string
	seen := map[Key]bool{}
	for _, a := range as {
		i := d.entry(a.Key)
		switch {
		case seen[a.Key]:
			reasons = append(reasons, d.label(a.Key)+" được thẩm định hai lần")
		case i < 0 || d.Entries[i].Dropped:
			reasons = append(reasons, d.label(a.Key)+" không có trong hồ sơ")
		case d.Entries[i].Appraised():
			reasons = append(reasons, d.label(a.Key)+" đã được thẩm định")
		}
		seen[a.Key] = true
		reasons = append(reasons, d.checkAppraisal(a)...)
	}
	if len(reasons) > 0 {
		return d.refuse(ev, ErrInvalidInput, reasons...)
	}
	return nil
}

func (d *Dossier) checkAppraisal(a Appraisal) []string {
	var reasons []string
	if a.Outcome > awards.NotEligible {
		reasons = append(reasons, fmt.Sprintf("%s: kết luận thẩm định không hợp lệ (%d)", d.label(a.Key), a.Outcome))
	}
	if _, ok := awards.LookupRegime(a.Regime); !ok {
		reasons = append(reasons, fmt.Sprintf("%s: văn bản áp dụng không hợp lệ (%q)", d.label(a.Key), a.Regime))
	}
	for _, f := range a.Findings {
		if f.Result > awards.NotMet || f.Evidence > awards.Conflict || f.Rule == "" {
			reasons = append(reasons, fmt.Sprintf("%s: tiêu chí %q không hợp lệ", d.label(a.Key), f.Rule))
			break
		}
	}
	return reasons
}

// checkBallot checks a council's vote; with results, the verdicts judged
// again too, and that every entry the council must vote on has a tally.
func (d *Dossier) checkBallot(ev *Event, b Ballot, results bool) error {
	var reasons []string
	m := b.Meeting
	switch {
	case m.Date.IsZero():
		reasons = append(reasons, "chưa có ngày họp Hội đồng")
	case !m.Date.Valid():
		reasons = append(reasons, "ngày họp Hội đồng không hợp lệ")
	}
	switch {
	case m.Members <= 0 || m.Members > awards.MaxMembers:
		reasons = append(reasons, fmt.Sprintf("tổng số thành viên Hội đồng (%d) không hợp lệ", m.Members))
	case m.Present < 0 || m.Written < 0:
		reasons = append(reasons, "số thành viên dự họp, cho ý kiến bằng văn bản không hợp lệ")
	case m.Present > m.Members || m.Written > m.Members || m.Voters() > m.Members:
		reasons = append(reasons, fmt.Sprintf("số thành viên dự họp (%d) và cho ý kiến bằng văn bản (%d) nhiều hơn tổng số thành viên Hội đồng (%d)",
			m.Present, m.Written, m.Members))
	case m.Voters() == 0:
		reasons = append(reasons, "không có thành viên nào bỏ phiếu")
	}
	if !m.Minutes.IsZero() {
		reasons = append(reasons, checkDocument(m.Minutes, Minutes, "biên bản họp Hội đồng")...)
	}
	if len(b.Tallies) == 0 {
		reasons = append(reasons, "chưa có kết quả kiểm phiếu")
	}
	tallied := make(map[Key]bool, len(b.Tallies))
	for _, t := range b.Tallies {
		i := d.entry(t.Key)
		switch {
		case tallied[t.Key]:
			reasons = append(reasons, d.label(t.Key)+" được bỏ phiếu hai lần")
		case i < 0 || d.Entries[i].Dropped:
			reasons = append(reasons, d.label(t.Key)+" không có trong hồ sơ")
		case !d.Entries[i].Appraisal.Eligible():
			reasons = append(reasons, d.label(t.Key)+" không đủ tiêu chuẩn theo kết quả thẩm định, không đưa ra bỏ phiếu")
		}
		tallied[t.Key] = true
		switch {
		case t.InFavour < 0 || t.Against < 0 || t.Invalid < 0:
			reasons = append(reasons, d.label(t.Key)+": số phiếu không hợp lệ")
		case t.InFavour > awards.MaxMembers || t.Against > awards.MaxMembers || t.Invalid > awards.MaxMembers:
			reasons = append(reasons, fmt.Sprintf("%s: số phiếu vượt quá %d", d.label(t.Key), awards.MaxMembers))
		case t.Ballots() > m.Voters():
			reasons = append(reasons, fmt.Sprintf("%s: số phiếu (%d) nhiều hơn số thành viên bỏ phiếu (%d)", d.label(t.Key), t.Ballots(), m.Voters()))
		}
	}
	if results {
		judged := make(map[Key]bool, len(b.Results))
		for _, a := range b.Results {
			switch {
			case judged[a.Key]:
				reasons = append(reasons, d.label(a.Key)+" có hai kết quả đánh giá lại")
			case !tallied[a.Key]:
				reasons = append(reasons, d.label(a.Key)+" có kết quả đánh giá lại nhưng không có kết quả bỏ phiếu")
			}
			judged[a.Key] = true
			reasons = append(reasons, d.checkAppraisal(a)...)
		}
		for _, t := range b.Tallies {
			if _, ok := d.Procedure.Votes[t.Award]; ok && !judged[t.Key] {
				reasons = append(reasons, d.label(t.Key)+" chưa được đánh giá lại theo kết quả bỏ phiếu")
			}
		}
	}
	if len(reasons) > 0 {
		return d.refuse(ev, ErrInvalidInput, reasons...)
	}
	if results {
		var missing []string
		for _, i := range d.dueVotes() {
			if !tallied[d.Entries[i].Key()] {
				missing = append(missing, "chưa có kết quả bỏ phiếu kín của Hội đồng về "+d.label(d.Entries[i].Key()))
			}
		}
		if len(missing) > 0 {
			return d.refuse(ev, ErrIncomplete, missing...)
		}
	}
	return nil
}

// votesMissing says which entries the council of the current level must
// still vote on.
func (d *Dossier) votesMissing() []string {
	var reasons []string
	for _, i := range d.dueVotes() {
		if e := d.Entries[i]; e.Proposable() && !e.Voted() {
			reasons = append(reasons, "chưa có biên bản họp và kết quả bỏ phiếu kín của Hội đồng về "+d.label(e.Key()))
		}
	}
	return reasons
}

func (d *Dossier) checkForward(ev *Event, f Forwarding) error {
	var reasons []string
	if d.Handler.Level >= d.Decider.Level {
		return d.refuse(ev, ErrOutOfOrder, d.Handler.Name+" là cấp quyết định: trình ký, không chuyển cấp trên")
	}
	reasons = append(reasons, checkUnit(f.To, "cấp trên")...)
	switch {
	case f.To.Level <= d.Handler.Level || f.To.Level > d.Decider.Level:
		reasons = append(reasons, fmt.Sprintf("cấp trên (%s) phải cao hơn %s và không cao hơn cấp quyết định (%s)", f.To.Level, d.Handler.Level, d.Decider.Level))
	case f.To.Level == d.Decider.Level && f.To.Code != d.Decider.Code:
		reasons = append(reasons, "cấp trên cùng cấp với cấp quyết định phải là "+d.Decider.Name)
	}
	if f.Letter.IsZero() {
		reasons = append(reasons, "chưa có tờ trình đề nghị cấp trên")
	} else {
		reasons = append(reasons, checkDocument(f.Letter, Request, "tờ trình đề nghị cấp trên")...)
	}
	if len(reasons) > 0 {
		return d.refuse(ev, ErrInvalidInput, reasons...)
	}
	var missing []string
	if f.Letter.Number == "" {
		missing = append(missing, "chưa có số, ký hiệu của tờ trình đề nghị cấp trên")
	}
	missing = append(missing, d.votesMissing()...)
	if !d.anyProposable() {
		missing = append(missing, "không có cá nhân, tập thể nào đủ tiêu chuẩn để đề nghị cấp trên")
	}
	if len(missing) > 0 {
		return d.refuse(ev, ErrIncomplete, missing...)
	}
	return nil
}

func (d *Dossier) checkPropose(ev *Event, p Proposal) error {
	if d.Handler.Code != d.Decider.Code {
		return d.refuse(ev, ErrOutOfOrder, "hồ sơ phải chuyển lên "+d.Decider.Name+" để quyết định")
	}
	if !p.Report.IsZero() {
		if reasons := checkDocument(p.Report, AppraisalReport, "tờ trình kết quả thẩm định"); len(reasons) > 0 {
			return d.refuse(ev, ErrInvalidInput, reasons...)
		}
	}
	missing := d.votesMissing()
	any := false
	for _, e := range d.Entries {
		if e.Decidable() {
			any = true
		} else if e.Proposable() && e.Final().Outcome == awards.EligibleForSelection {
			if _, ok := d.Procedure.Votes[e.Award]; !ok {
				missing = append(missing, "chưa có kết quả xét chọn của Hội đồng về "+d.label(e.Key()))
			}
		}
	}
	if !any && len(missing) == 0 {
		missing = append(missing, "không có cá nhân, tập thể nào đủ điều kiện để trình ký")
	}
	if len(missing) > 0 {
		return d.refuse(ev, ErrIncomplete, missing...)
	}
	return nil
}

// validNumber reports whether s is a number and symbol: digits, "/", and
// a symbol without spaces: "15/QĐ-UBND".
func validNumber(s string) bool {
	seq, sym, ok := strings.Cut(s, "/")
	if !ok || seq == "" || sym == "" || strings.ContainsAny(sym, "/") || strings.ContainsFunc(sym, unicode.IsSpace) {
		return false
	}
	n, err := strconv.Atoi(seq)
	return err == nil && n > 0
}

func (d *Dossier) checkDecision(ev *Event, dec Decision) error {
	var missing, reasons []string
	switch {
	case dec.Number == "":
		missing = append(missing, "chưa có số quyết định")
	case !validNumber(dec.Number):
		reasons = append(reasons, fmt.Sprintf("số quyết định %q không đúng dạng số/ký hiệu, ví dụ 15/QĐ-UBND", dec.Number))
	}
	switch {
	case dec.Date.IsZero():
		missing = append(missing, "chưa có ngày ký quyết định")
	case !dec.Date.Valid():
		reasons = append(reasons, "ngày ký quyết định không hợp lệ")
	case !d.Meeting.Date.IsZero() && dec.Date.Before(d.Meeting.Date):
		reasons = append(reasons, fmt.Sprintf("ngày ký quyết định (%s) trước ngày họp Hội đồng (%s)", dec.Date, d.Meeting.Date))
	}
	if dec.Signer == "" {
		missing = append(missing, "chưa có họ tên người ký quyết định")
	}
	if len(dec.Granted) == 0 {
		missing = append(missing, "quyết định không khen thưởng cá nhân, tập thể nào")
	}
	seen := map[Key]bool{}
	for _, k := range dec.Granted {
		i := d.entry(k)
		switch {
		case seen[k]:
			reasons = append(reasons, d.label(k)+" có tên hai lần trong quyết định")
		case i < 0:
			reasons = append(reasons, d.label(k)+" không có trong hồ sơ")
		case !d.Entries[i].Decidable():
			reasons = append(reasons, d.label(k)+" không đủ điều kiện để khen thưởng theo kết quả thẩm định, bỏ phiếu")
		}
		seen[k] = true
	}
	if !dec.Document.IsZero() {
		reasons = append(reasons, checkDocument(dec.Document, DecisionText, "quyết định")...)
	}
	if len(reasons) > 0 {
		return d.refuse(ev, ErrInvalidInput, reasons...)
	}
	if len(missing) > 0 {
		return d.refuse(ev, ErrIncomplete, missing...)
	}
	return nil
}

func (d *Dossier) checkRevoke(ev *Event, dec Decision) error {
	var reasons []string
	if dec.Number != "" && !validNumber(dec.Number) {
		reasons = append(reasons, fmt.Sprintf("số quyết định thu hồi %q không đúng dạng số/ký hiệu", dec.Number))
	}
	if !dec.Date.IsZero() && (!dec.Date.Valid() || dec.Date.Before(d.Decision.Date)) {
		reasons = append(reasons, "ngày quyết định thu hồi không hợp lệ hoặc trước ngày quyết định khen thưởng")
	}
	if len(dec.Granted) > 0 {
		reasons = append(reasons, "quyết định thu hồi không khen thưởng ai")
	}
	if !dec.Document.IsZero() {
		reasons = append(reasons, checkDocument(dec.Document, DecisionText, "quyết định thu hồi")...)
	}
	if len(reasons) > 0 {
		return d.refuse(ev, ErrInvalidInput, reasons...)
	}
	if ev.Reason == "" {
		return d.refuse(ev, ErrIncomplete, "chưa ghi lý do thu hồi")
	}
	return nil
}

// mutate applies ev, which check accepted, to d. It copies what it keeps
// of the payload: d shares no memory with ev.
func (d *Dossier) mutate(ev *Event) {
	switch ev.Action {
	case Create:
		dr := ev.Payload.(Draft)
		d.ID = ev.Dossier
		d.Proposer, d.Receiver, d.Decider, d.Handler = dr.Proposer, dr.Receiver, dr.Decider, dr.Receiver
		d.Period = dr.Period
		d.Procedure = dr.Procedure.clone()
		if len(dr.Subjects) > 0 {
			d.Entries = make([]Entry, 0, len(dr.Subjects))
		}
		for _, s := range dr.Subjects {
			d.Entries = append(d.Entries, Entry{Subject: s})
		}
		d.Documents = cloneSlice(dr.Documents)
		d.Created = ev.At
	case Edit:
		c := ev.Payload.(Changes)
		if len(c.Remove) > 0 {
			removed := map[Key]bool{}
			for _, k := range c.Remove {
				removed[k] = true
			}
			kept := d.Entries[:0]
			for _, e := range d.Entries {
				if !removed[e.Key()] {
					kept = append(kept, e)
				}
			}
			clear(d.Entries[len(kept):])
			d.Entries = kept
		}
		if len(c.Detach) > 0 {
			detached := map[string]bool{}
			for _, id := range c.Detach {
				detached[id] = true
			}
			kept := d.Documents[:0]
			for _, doc := range d.Documents {
				if !detached[doc.ID] {
					kept = append(kept, doc)
				}
			}
			clear(d.Documents[len(kept):])
			d.Documents = kept
		}
		for _, s := range c.Add {
			d.Entries = append(d.Entries, Entry{Subject: s})
		}
		d.Documents = append(d.Documents, c.Attach...)
		if len(d.Entries) == 0 {
			d.Entries = nil
		}
		if len(d.Documents) == 0 {
			d.Documents = nil
		}
	case Submit:
		d.Round++
	case Return:
		d.Returned = Notice{Reason: ev.Reason, By: ev.By, At: ev.At}
		d.Handler = d.Receiver
		d.Levels = nil
		d.resetLevel()
		for i := range d.Entries {
			d.Entries[i].Dropped = false
		}
	case Appraise:
		for _, a := range ev.Payload.(Appraisals) {
			d.Entries[d.entry(a.Key)].Appraisal = a.clone()
		}
	case Vote:
		b := ev.Payload.(Ballot)
		d.Meeting = b.Meeting
		for _, t := range b.Tallies {
			d.Entries[d.entry(t.Key)].Tally = t
		}
		for _, a := range b.Results {
			d.Entries[d.entry(a.Key)].Result = a.clone()
		}
	case Forward:
		f := ev.Payload.(Forwarding)
		d.Levels = append(d.Levels, Stage{Authority: d.Handler, Entries: cloneEntries(d.Entries), Meeting: d.Meeting,
			Letter: f.Letter, To: f.To})
		for i := range d.Entries {
			if !d.Entries[i].Proposable() {
				d.Entries[i].Dropped = true
			}
		}
		d.resetLevel()
		d.Handler = f.To
	case Propose:
		d.Report = ev.Payload.(Proposal).Report
	case Decide:
		d.Decision = ev.Payload.(Decision).clone()
		for _, k := range d.Decision.Granted {
			d.Entries[d.entry(k)].Granted = true
		}
	case Cancel:
		d.Cancelled = Notice{Reason: ev.Reason, By: ev.By, At: ev.At}
	case Revoke:
		d.Cancelled = Notice{Reason: ev.Reason, By: ev.By, At: ev.At, Decision: ev.Payload.(Decision).clone()}
		for i := range d.Entries {
			d.Entries[i].Granted = false
		}
	}
	d.Version = ev.Version
	d.State = ev.To
	d.Updated = ev.At
}

// resetLevel clears what the current level concluded: appraisals,
// tallies, the meeting and the report.
func (d *Dossier) resetLevel() {
	for i := range d.Entries {
		e := &d.Entries[i]
		e.Appraisal, e.Tally, e.Result = Appraisal{}, Tally{}, Appraisal{}
	}
	d.Meeting = Meeting{}
	d.Report = Document{}
}
