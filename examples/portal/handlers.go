package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
)

// listRow is a dossier in a list.
type listRow struct {
	ID, Proposer, Status, Decision string
	Year, Version                  int
	Updated                        time.Time
	Yours                          bool // the user has something to do
}

// todo are the states in which each role has something to do, for the
// lists' hint; the dossier package decides what is allowed.
var todo = map[dossier.Role][]dossier.State{
	dossier.Proposer:         {dossier.Drafted, dossier.Returned},
	dossier.OfficeClerk:      {dossier.Submitted, dossier.Forwarded},
	dossier.Appraiser:        {dossier.Received, dossier.Appraised, dossier.Voted},
	dossier.CouncilSecretary: {dossier.Appraised, dossier.AtCouncil},
	dossier.Head:             {dossier.Proposed},
}

func hasState(states []dossier.State, s dossier.State) bool {
	for _, x := range states {
		if x == s {
			return true
		}
	}
	return false
}

type listView struct {
	Dossiers []listRow
	Rosters  []roster
}

// handleDossiers lists the dossiers the user may see: a unit's clerk
// those of the unit, with its rosters; the authority's staff those sent
// to it.
func (s *Server) handleDossiers(w http.ResponseWriter, r *http.Request, u User) {
	ctx := r.Context()
	query := `SELECT d.id, un.name, d.state, d.decision, d.year, d.version, d.updated_at
		FROM dossiers d JOIN units un ON un.code = d.proposer WHERE d.handler = ? AND d.round > 0 ORDER BY d.updated_at DESC LIMIT 200`
	if u.IsProposer() {
		query = `SELECT d.id, un.name, d.state, d.decision, d.year, d.version, d.updated_at
			FROM dossiers d JOIN units un ON un.code = d.proposer WHERE d.proposer = ? ORDER BY d.updated_at DESC LIMIT 200`
	}
	var view listView
	err := func() error {
		rows, err := s.db.Query(ctx, query, u.Unit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var l listRow
			var state, updated string
			if err := rows.Scan(&l.ID, &l.Proposer, &state, &l.Decision, &l.Year, &l.Version, &updated); err != nil {
				return err
			}
			var st dossier.State
			if err := st.UnmarshalText([]byte(state)); err != nil {
				return err
			}
			l.Status, l.Yours = st.String(), hasState(todo[u.Role], st)
			l.Updated, _ = parseTime(updated)
			view.Dossiers = append(view.Dossiers, l)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		if !u.IsProposer() {
			return nil
		}
		rows, err = s.db.Query(ctx, `SELECT id, name, year, size, created_at FROM rosters WHERE unit = ? ORDER BY created_at DESC LIMIT 20`, u.Unit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var ro roster
			if err := rows.Scan(&ro.ID, &ro.Name, &ro.Year, &ro.Size, &ro.Created); err != nil {
				return err
			}
			view.Rosters = append(view.Rosters, ro)
		}
		return rows.Err()
	}()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "dossiers", page{Title: "Hồ sơ đề nghị khen thưởng", User: &u, Data: view})
}

// dossierView is the page of a dossier.
type dossierView struct {
	D         dossier.Dossier
	Status    string
	Entries   []entryView
	Missing   []string
	Files     []fileView
	History   []historyView
	Documents []docView
	Rewards   []rewardView
	Total     string
	Today     string
	Can       map[string]bool // the forms the user may send, by action path
	Vote      []entryView     // the entries the council votes on
	Subjects  []dossier.Subject
	Signer    string
}

type entryView struct {
	Key                               string // subject|award, for the vote's fields
	Name, Position, Unit, Award       string
	Appraised, Voted, Granted         bool
	Outcome, Final, Tally, Decidable  string
	Blocking                          []string
	InFavour, Against, Invalid, Total int
}

type fileView struct {
	ID, Name, Component, Subject, Number, Date, SHA256, Size string
}

type historyView struct {
	Version int
	At      time.Time
	Text    string
}

type docView struct {
	Label   string
	Name    string
	Formats []string
}

type rewardView struct {
	Name, Award, Amount string
}

func (s *Server) handleDossier(w http.ResponseWriter, r *http.Request, u User) {
	ctx := r.Context()
	d, events, _, err := s.readDossier(ctx, s.db.pool(), u, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	view, err := s.dossierView(ctx, u, d, events)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "dossier", page{Title: "Hồ sơ " + d.ID, User: &u, Data: view})
}

func (s *Server) dossierView(ctx context.Context, u User, d dossier.Dossier, events []dossier.Event) (dossierView, error) {
	v := dossierView{D: d, Status: d.Status(), Today: s.today().ISO(), Can: map[string]bool{}, Signer: u.Name}
	names := map[string]string{}
	for _, e := range d.Entries {
		names[e.ID] = e.Name
		a, _ := awards.Lookup(e.Award)
		ev := entryView{Key: e.ID + "|" + string(e.Award), Name: e.Name, Position: e.Position, Unit: e.Unit, Award: a.Display(),
			Appraised: e.Appraised(), Voted: e.Voted(), Granted: e.Granted}
		if e.Appraised() {
			ev.Outcome = e.Appraisal.Outcome.String()
			ev.Final = e.Final().Outcome.String()
			ev.Blocking = e.Final().Blocking
			if e.Decidable() {
				ev.Decidable = "đủ điều kiện"
			} else {
				ev.Decidable = "không đủ điều kiện"
			}
		}
		if e.Voted() {
			ev.Tally = fmt.Sprintf("%d/%d", e.Tally.InFavour, d.Meeting.Members)
		}
		v.Entries = append(v.Entries, ev)
		if _, ok := d.NeedsVote(e.Award); ok && e.Proposable() && !e.Dropped {
			v.Vote = append(v.Vote, ev)
		}
	}
	seen := map[string]bool{}
	for _, e := range d.Entries {
		if !seen[e.ID] {
			seen[e.ID] = true
			v.Subjects = append(v.Subjects, e.Subject)
		}
	}
	for _, n := range d.Missing() {
		v.Missing = append(v.Missing, n.Text())
	}

	// The files: the documents the dossier refers to, as stored.
	stored := map[string]fileView{}
	rows, err := s.db.Query(ctx, `SELECT id, name, sha256, size FROM files WHERE dossier_id = ?`, d.ID)
	if err != nil {
		return v, err
	}
	for rows.Next() {
		var f fileView
		var size int64
		if err := rows.Scan(&f.ID, &f.Name, &f.SHA256, &size); err != nil {
			rows.Close()
			return v, err
		}
		f.Size = sizeText(size)
		stored[f.ID] = f
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return v, err
	}
	docs := append([]dossier.Document{}, d.Documents...)
	for _, doc := range []dossier.Document{d.Meeting.Minutes, d.Report} {
		if !doc.IsZero() {
			docs = append(docs, doc)
		}
	}
	for _, doc := range docs {
		f, ok := stored[doc.ID]
		if !ok {
			continue
		}
		f.Component, f.Subject, f.Number = capitalize(doc.Component.String()), names[doc.Subject], doc.Number
		if !doc.Date.IsZero() {
			f.Date = doc.Date.String()
		}
		v.Files = append(v.Files, f)
	}

	for i := len(events) - 1; i >= 0; i-- {
		ev := events[i]
		v.History = append(v.History, historyView{Version: ev.Version, At: ev.At, Text: ev.Text()})
	}
	for _, k := range dossierdocs.Available(d) {
		dv := docView{Label: capitalize(k.String()), Name: k.Name(), Formats: []string{"docx", "html"}}
		if k == dossierdocs.Decision {
			dv.Formats = append(dv.Formats, "xlsx")
		}
		v.Documents = append(v.Documents, dv)
	}
	if d.State == dossier.Decided {
		rs, err := readRewards(ctx, s.db.pool(), d.ID)
		if err != nil {
			return v, err
		}
		var amounts []metrics.Amount
		for _, r := range rs {
			a, _ := awards.Lookup(r.Award)
			v.Rewards = append(v.Rewards, rewardView{Name: r.Name, Award: a.Display(), Amount: money(r.Amount)})
			amounts = append(amounts, r.Amount)
		}
		if total, err := metrics.Sum(amounts); err == nil && len(amounts) > 0 {
			v.Total = money(total)
		}
	}

	// The forms the user may send: a hint mirroring the workflow's table
	// (package dossier's documentation); the dossier decides.
	st := d.State
	in := func(states ...dossier.State) bool { return hasState(states, st) }
	switch u.Role {
	case dossier.Proposer:
		v.Can["attach"] = in(dossier.Drafted, dossier.Returned)
		v.Can["submit"] = in(dossier.Drafted, dossier.Returned)
		v.Can["cancel"] = in(dossier.Drafted, dossier.Returned, dossier.Submitted)
	case dossier.OfficeClerk:
		v.Can["receive"] = in(dossier.Submitted, dossier.Forwarded)
		v.Can["return"] = in(dossier.Submitted, dossier.Forwarded, dossier.Received, dossier.Appraised)
	case dossier.Appraiser:
		v.Can["appraise"] = in(dossier.Received)
		v.Can["return"] = in(dossier.Submitted, dossier.Forwarded, dossier.Received, dossier.Appraised)
		v.Can["convene"] = in(dossier.Appraised) && d.VoteDue()
		v.Can["propose"] = in(dossier.Appraised) && !d.VoteDue() || in(dossier.Voted)
	case dossier.CouncilSecretary:
		v.Can["convene"] = in(dossier.Appraised) && d.VoteDue()
		v.Can["vote"] = in(dossier.AtCouncil)
	case dossier.Head:
		v.Can["decide"] = in(dossier.Proposed)
		v.Can["cancel"] = in(dossier.Forwarded, dossier.Received, dossier.Appraised, dossier.AtCouncil, dossier.Voted, dossier.Proposed)
	}
	return v, nil
}

// money writes an amount the Vietnamese way: "2.340.000 đồng".
func money(a metrics.Amount) string { return metrics.Formatter{}.Amount(a) }

func capitalize(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// fileRow is a file of a dossier, to store.
type fileRow struct {
	ID string
	upload
}

func insertFiles(ctx context.Context, tx *Tx, dossierID, by string, at time.Time, files []fileRow) error {
	for _, f := range files {
		if _, err := tx.ExecContext(ctx, `INSERT INTO files (id, dossier_id, name, content_type, sha256, size, content, uploaded_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, f.ID, dossierID, f.Name, f.ContentType, f.SHA256, len(f.Data), f.Data, by, timeText(at)); err != nil {
			return err
		}
	}
	return nil
}

// handleFile serves a stored file of a dossier the user may see.
func (s *Server) handleFile(w http.ResponseWriter, r *http.Request, u User) {
	ctx := r.Context()
	id := r.PathValue("id")
	if _, _, _, err := s.readDossier(ctx, s.db.pool(), u, id); err != nil {
		s.fail(w, r, err)
		return
	}
	var name, ctype, sum string
	var data []byte
	err := s.db.QueryRow(ctx, `SELECT name, content_type, sha256, content FROM files WHERE id = ? AND dossier_id = ?`, r.PathValue("file"), id).
		Scan(&name, &ctype, &sum, &data)
	if errors.Is(err, sql.ErrNoRows) {
		err = errNotFound
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	serveBytes(w, "attachment", name, ctype, data)
}

// actionSpec is a form of the dossier's page: its path under
// /dossiers/{id}/, the roles that may send it (checked before anything
// is read; the dossier checks again) and how it makes the command.
type actionSpec struct {
	path  string
	roles []dossier.Role
	build func(s *Server, r *http.Request, u User) (command, error)
}

// actions are the transitions a page's forms send.
var actions = []actionSpec{
	{"attach", []dossier.Role{dossier.Proposer}, buildAttach},
	{"submit", []dossier.Role{dossier.Proposer}, simple(dossier.Submit)},
	{"cancel", []dossier.Role{dossier.Proposer, dossier.Head}, simple(dossier.Cancel)},
	{"receive", []dossier.Role{dossier.OfficeClerk}, simple(dossier.Receive)},
	{"return", []dossier.Role{dossier.OfficeClerk, dossier.Appraiser}, simple(dossier.Return)},
	{"appraise", []dossier.Role{dossier.Appraiser}, buildAppraise},
	{"convene", []dossier.Role{dossier.Appraiser, dossier.CouncilSecretary}, simple(dossier.Convene)},
	{"vote", []dossier.Role{dossier.CouncilSecretary}, buildVote},
	{"propose", []dossier.Role{dossier.Appraiser}, buildPropose},
	{"decide", []dossier.Role{dossier.Head}, buildDecide},
}

// action handles a form of the dossier's page: the user's role, the
// version the page showed, the command, in one transaction (apply).
func (s *Server) action(a actionSpec) func(http.ResponseWriter, *http.Request, User) {
	return func(w http.ResponseWriter, r *http.Request, u User) {
		if !hasRole(a.roles, u.Role) {
			s.fail(w, r, errForbidden)
			return
		}
		id := r.PathValue("id")
		if err := s.visible(r.Context(), u, id); err != nil {
			s.fail(w, r, err)
			return
		}
		if err := parseMultipart(w, r, s.cfg.MaxFile+64<<10, s.cfg.MaxFile); err != nil {
			s.fail(w, r, err)
			return
		}
		version, err := strconv.Atoi(r.FormValue("version"))
		if err != nil || version < 1 {
			s.fail(w, r, badRequest("Thiếu phiên bản của hồ sơ; hãy tải lại trang."))
			return
		}
		cmd, err := a.build(s, r, u)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if _, err := s.apply(r.Context(), u, id, version, cmd); err != nil {
			s.fail(w, r, err)
			return
		}
		http.Redirect(w, r, "/dossiers/"+id, http.StatusSeeOther)
	}
}

func hasRole(roles []dossier.Role, r dossier.Role) bool {
	for _, x := range roles {
		if x == r {
			return true
		}
	}
	return false
}

// simple is an action that carries nothing but its reason or remark.
func simple(a dossier.Action) func(*Server, *http.Request, User) (command, error) {
	return func(_ *Server, r *http.Request, _ User) (command, error) {
		reason := strings.TrimSpace(r.FormValue("reason"))
		if len(reason) > 2000 {
			return command{}, badRequest("Lý do quá dài (tối đa 2000 ký tự).")
		}
		return command{build: func(_ *Tx, _ dossier.Dossier, _ string, c *dossier.Command) error {
			c.Action, c.Reason = a, reason
			return nil
		}}, nil
	}
}

// document reads the file of a form field as a component of the
// dossier; nil when the field has none.
func (s *Server) document(r *http.Request, field string, c dossier.Component, subject, title string) (*fileRow, dossier.Document, error) {
	up, err := readUpload(r, field, s.cfg.MaxFile)
	if err != nil || up == nil {
		return nil, dossier.Document{}, err
	}
	if err := sniffDocument(up); err != nil {
		return nil, dossier.Document{}, err
	}
	date := s.today()
	if v := r.FormValue("date"); v != "" {
		if date, err = formDate(v); err != nil {
			return nil, dossier.Document{}, badRequest("Ngày của văn bản không hợp lệ.")
		}
	}
	f := &fileRow{ID: newID("tl-"), upload: *up}
	return f, dossier.Document{ID: f.ID, Component: c, Subject: subject, Title: title,
		Number: strings.TrimSpace(r.FormValue("number")), Date: date, SHA256: up.SHA256}, nil
}

// storeFile stores f with the event that refers to it.
func storeFile(ctx context.Context, f *fileRow, by string) func(*Tx, dossier.Dossier, dossier.Event) error {
	return func(tx *Tx, d dossier.Dossier, ev dossier.Event) error {
		if f == nil {
			return nil
		}
		return insertFiles(ctx, tx, d.ID, by, ev.At, []fileRow{*f})
	}
}

// buildAttach adds a component to a draft or returned dossier
// (dossier.Edit).
func buildAttach(s *Server, r *http.Request, u User) (command, error) {
	var comp dossier.Component
	if err := comp.UnmarshalText([]byte(r.FormValue("component"))); err != nil {
		return command{}, badRequest("Chưa chọn loại văn bản.")
	}
	subject := r.FormValue("subject")
	title := capitalize(comp.String())
	f, doc, err := s.document(r, "file", comp, subject, title)
	if err != nil {
		return command{}, err
	}
	if f == nil {
		return command{}, badRequest("Chưa chọn tệp.")
	}
	return command{
		build: func(_ *Tx, d dossier.Dossier, _ string, c *dossier.Command) error {
			for _, e := range d.Entries {
				if e.ID == subject {
					doc.Title = title + " của " + e.Name
				}
			}
			c.Action, c.Changes = dossier.Edit, dossier.Changes{Attach: []dossier.Document{doc}}
			return nil
		},
		after: storeFile(r.Context(), f, u.ID),
	}, nil
}

// records reads the records of a dossier's roster in the transaction.
func records(ctx context.Context, tx *Tx, rosterID string) (map[string]*awards.Record, error) {
	ro, err := readRoster(ctx, tx, rosterID)
	if err != nil {
		return nil, err
	}
	byID, _, err := ro.records()
	return byID, err
}

// buildAppraise judges every entry still proposed with package awards
// (dossier.Appraise).
func buildAppraise(s *Server, r *http.Request, _ User) (command, error) {
	ctx := r.Context()
	return command{build: func(tx *Tx, d dossier.Dossier, rosterID string, c *dossier.Command) error {
		recs, err := records(ctx, tx, rosterID)
		if err != nil {
			return err
		}
		for _, e := range d.Active() {
			rec, ok := recs[e.ID]
			if !ok {
				return fmt.Errorf("portal: no record %q in roster %s", e.ID, rosterID)
			}
			v, err := s.evaluator.Evaluate(rec, awards.Case{Award: e.Award, Period: d.Period})
			if err != nil {
				return err
			}
			c.Verdicts = append(c.Verdicts, v)
		}
		c.Action = dossier.Appraise
		return nil
	}}, nil
}

// buildVote records the council's meeting and its secret ballot
// (dossier.Vote); awards judges each entry again with its votes.
func buildVote(s *Server, r *http.Request, u User) (command, error) {
	ctx := r.Context()
	date, err := formDate(r.FormValue("meeting_date"))
	if err != nil {
		return command{}, badRequest("Ngày họp không hợp lệ.")
	}
	num := func(field string) (int, error) {
		v := strings.TrimSpace(r.FormValue(field))
		if v == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > awards.MaxMembers {
			return 0, badRequest("Số “%s” không hợp lệ.", v)
		}
		return n, nil
	}
	var m dossier.Meeting
	m.Date = date
	for field, p := range map[string]*int{"members": &m.Members, "present": &m.Present, "written": &m.Written} {
		if *p, err = num(field); err != nil {
			return command{}, err
		}
	}
	f, doc, err := s.document(r, "minutes", dossier.Minutes, "", "Biên bản họp và kết quả bỏ phiếu kín của Hội đồng")
	if err != nil {
		return command{}, err
	}
	if f != nil {
		doc.Date = date
		m.Minutes = doc
	}
	return command{
		build: func(tx *Tx, d dossier.Dossier, rosterID string, c *dossier.Command) error {
			for _, e := range d.Active() {
				key := e.ID + "|" + string(e.Award)
				if r.FormValue("for."+key) == "" && r.FormValue("against."+key) == "" {
					continue
				}
				t := dossier.Tally{Key: e.Key()}
				for field, p := range map[string]*int{"for.": &t.InFavour, "against.": &t.Against, "invalid.": &t.Invalid} {
					n, err := num(field + key)
					if err != nil {
						return err
					}
					*p = n
				}
				c.Tallies = append(c.Tallies, t)
			}
			recs, err := records(ctx, tx, rosterID)
			if err != nil {
				return err
			}
			c.Action, c.Meeting, c.Judge = dossier.Vote, m, s.judge(recs)
			return nil
		},
		after: storeFile(r.Context(), f, u.ID),
	}, nil
}

// buildPropose puts the dossier before the head with the office's tờ
// trình kết quả thẩm định, when uploaded (dossier.Propose).
func buildPropose(s *Server, r *http.Request, u User) (command, error) {
	f, doc, err := s.document(r, "report", dossier.AppraisalReport, "", "Tờ trình kết quả thẩm định")
	if err != nil {
		return command{}, err
	}
	return command{
		build: func(_ *Tx, _ dossier.Dossier, _ string, c *dossier.Command) error {
			c.Action, c.Report = dossier.Propose, doc
			return nil
		},
		after: storeFile(r.Context(), f, u.ID),
	}, nil
}

// buildDecide signs the decision (dossier.Decide): its number typed, or
// the next of the register in the database, taken in the same
// transaction; the money of each grant goes into rewards with it.
func buildDecide(s *Server, r *http.Request, _ User) (command, error) {
	ctx := r.Context()
	date, err := formDate(r.FormValue("decision_date"))
	if err != nil {
		return command{}, badRequest("Ngày ký quyết định không hợp lệ.")
	}
	dec := dossier.Decision{Number: strings.TrimSpace(r.FormValue("number")), Date: date,
		Signer: strings.TrimSpace(r.FormValue("signer")), Position: strings.TrimSpace(r.FormValue("position"))}
	return command{
		build: func(tx *Tx, _ dossier.Dossier, _ string, c *dossier.Command) error {
			c.Action, c.Decision, c.Register = dossier.Decide, dec, register{tx}
			return nil
		},
		after: func(tx *Tx, d dossier.Dossier, _ dossier.Event) error { return writeRewards(ctx, tx, d) },
	}, nil
}
