package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
)

// candidates are the awards the portal judges each record for: those the
// People's Committee decides.
func candidates(k awards.SubjectKind) []awards.ID {
	if k == awards.Individual {
		return []awards.ID{awards.BangKhenBoTinh, awards.CSTDBoTinh}
	}
	return []awards.ID{awards.BangKhenBoTinh}
}

// roster is a row of rosters.
type roster struct {
	ID, Unit, Name, Format, SHA256 string
	Year                           int
	Size                           int64
	Data                           []byte
	Created                        string
}

// readRoster reads a roster of the user's unit; errNotFound for another
// unit's, as for one that does not exist. The authority's staff read
// the roster of a dossier they handle through the dossier.
func readRoster(ctx context.Context, q q, id string) (roster, error) {
	var r roster
	err := q.QueryRowContext(ctx, `SELECT id, unit, name, format, sha256, year, size, content, created_at FROM rosters WHERE id = ?`, id).
		Scan(&r.ID, &r.Unit, &r.Name, &r.Format, &r.SHA256, &r.Year, &r.Size, &r.Data, &r.Created)
	if errors.Is(err, sql.ErrNoRows) {
		return r, errNotFound
	}
	return r, err
}

// records reads the roster's records again from the file as uploaded.
func (r roster) records() (map[string]*awards.Record, []*awards.Record, error) {
	recs, err := parseRoster(r.Name, r.Format, r.Data)
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[string]*awards.Record, len(recs))
	for _, rec := range recs {
		byID[rec.ID] = rec
	}
	return byID, recs, nil
}

func (s *Server) handleRosterForm(w http.ResponseWriter, r *http.Request, u User) {
	if !u.IsProposer() {
		s.fail(w, r, errForbidden)
		return
	}
	s.render(w, r, http.StatusOK, "roster_new", page{Title: "Tải danh sách", User: &u,
		Data: struct{ Year, Max string }{strconv.Itoa(s.today().Year - 1), sizeText(s.cfg.MaxRoster)}})
}

// handleRosterUpload stores a roster once the library has read it: a
// file it cannot read changes nothing.
func (s *Server) handleRosterUpload(w http.ResponseWriter, r *http.Request, u User) {
	if !u.IsProposer() {
		s.fail(w, r, errForbidden)
		return
	}
	if err := parseMultipart(w, r, s.cfg.MaxRoster+64<<10, s.cfg.MaxRoster); err != nil {
		s.fail(w, r, err)
		return
	}
	year, err := strconv.Atoi(strings.TrimSpace(r.FormValue("year")))
	if err != nil || year < 2000 || year > 2200 {
		s.fail(w, r, badRequest("Năm đánh giá không hợp lệ."))
		return
	}
	up, err := readUpload(r, "roster", s.cfg.MaxRoster)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if up == nil {
		s.fail(w, r, badRequest("Chưa chọn tệp danh sách."))
		return
	}
	format, err := sniffRoster(up)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if _, err := parseRoster(up.Name, format, up.Data); err != nil {
		s.fail(w, r, badRequest("Không đọc được danh sách: %v", err))
		return
	}
	id := newID("ds-")
	err = s.db.write(r.Context(), func(tx *Tx) error {
		_, err := tx.ExecContext(r.Context(), `INSERT INTO rosters (id, unit, year, name, format, sha256, size, content, uploaded_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, u.Unit, year, up.Name, format, up.SHA256, len(up.Data), up.Data, u.ID, timeText(s.now()))
		return err
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/rosters/"+id, http.StatusSeeOther)
}

// personView is a person or collective of a roster with its verdicts.
type personView struct {
	ID, Name, Unit string
	Individual     bool
	Verdicts       []verdictView
}

type verdictView struct {
	Award     awards.ID
	AwardName string
	Outcome   string
	Eligible  bool
	Text      string // awards' Verdict.Text: never personal facts
}

// rosterView is the page of a roster: every person's verdicts, and the
// form that proposes a dossier.
type rosterView struct {
	Roster  roster
	People  []personView
	Today   string
	Request string // the tờ trình's number, suggested
}

func (s *Server) handleRoster(w http.ResponseWriter, r *http.Request, u User) {
	ro, err := readRoster(r.Context(), s.db.pool(), r.PathValue("roster"))
	if err == nil && (!u.IsProposer() || ro.Unit != u.Unit) {
		err = errNotFound
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	_, recs, err := ro.records()
	if err != nil {
		s.fail(w, r, badRequest("Không đọc được danh sách: %v", err))
		return
	}
	view := rosterView{Roster: ro, Today: s.today().ISO()}
	if unit, err := s.unit(r.Context(), ro.Unit); err == nil {
		view.Request = "/TTr-" + unit.Abbrev
	}
	for _, rec := range recs {
		p := personView{ID: rec.ID, Name: rec.Name, Unit: rec.Unit, Individual: rec.Kind == awards.Individual}
		for _, a := range candidates(rec.Kind) {
			v, err := s.evaluator.Evaluate(rec, awards.Case{Award: a, Period: awards.YearOf(ro.Year)})
			if err != nil {
				s.fail(w, r, err)
				return
			}
			p.Verdicts = append(p.Verdicts, verdictView{Award: a, AwardName: v.Award.Display(), Outcome: v.Outcome.String(),
				Eligible: v.Outcome == awards.Eligible || v.Outcome == awards.EligibleForSelection, Text: v.Text()})
		}
		view.People = append(view.People, p)
	}
	s.render(w, r, http.StatusOK, "roster", page{Title: "Danh sách " + ro.Name, User: &u, Data: view})
}

// handlePropose creates a dossier from the entries chosen on a roster's
// page, with the files uploaded with them (dossier.Create), and sends it
// (dossier.Submit) when it holds every component the procedure requires;
// otherwise it stays a draft whose page says what is missing. The files,
// the events and the projection go in one transaction.
func (s *Server) handlePropose(w http.ResponseWriter, r *http.Request, u User) {
	if !u.IsProposer() {
		s.fail(w, r, errForbidden)
		return
	}
	ctx := r.Context()
	ro, err := readRoster(ctx, s.db.pool(), r.PathValue("roster"))
	if err == nil && ro.Unit != u.Unit {
		err = errNotFound
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if err := parseMultipart(w, r, 8*s.cfg.MaxFile+1<<20, s.cfg.MaxFile); err != nil {
		s.fail(w, r, err)
		return
	}
	byID, _, err := ro.records()
	if err != nil {
		s.fail(w, r, badRequest("Không đọc được danh sách: %v", err))
		return
	}
	var subjects []dossier.Subject
	seen := map[string]bool{}
	for _, e := range r.Form["entry"] {
		id, award, _ := strings.Cut(e, "|")
		rec, ok := byID[id]
		if !ok {
			s.fail(w, r, badRequest("Không có %q trong danh sách.", id))
			return
		}
		a, err := awards.ParseAward(award)
		if err != nil || seen[e] {
			s.fail(w, r, badRequest("Hình thức khen thưởng %q không hợp lệ.", award))
			return
		}
		seen[e] = true
		subjects = append(subjects, dossier.Subject{ID: rec.ID, Kind: rec.Kind, Name: rec.Name,
			Position: strings.TrimSpace(r.FormValue("position." + rec.ID)), Unit: rec.Unit, Award: a})
	}
	if len(subjects) == 0 {
		s.fail(w, r, badRequest("Chưa chọn người nào để đề nghị."))
		return
	}
	requestDate, err := formDate(r.FormValue("request_date"))
	if err != nil {
		s.fail(w, r, badRequest("Ngày của tờ trình không hợp lệ."))
		return
	}
	minutesDate, err := formDate(r.FormValue("minutes_date"))
	if err != nil {
		s.fail(w, r, badRequest("Ngày của biên bản không hợp lệ."))
		return
	}
	var files []fileRow
	var docs []dossier.Document
	attach := func(field string, c dossier.Component, subject, title, number string, date metrics.Date) error {
		up, err := readUpload(r, field, s.cfg.MaxFile)
		if err != nil || up == nil {
			return err
		}
		if err := sniffDocument(up); err != nil {
			return err
		}
		f := fileRow{ID: newID("tl-"), upload: *up}
		files = append(files, f)
		docs = append(docs, dossier.Document{ID: f.ID, Component: c, Subject: subject, Title: title, Number: number, Date: date, SHA256: up.SHA256})
		return nil
	}
	unit, err := s.unit(ctx, u.Unit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	authority, err := s.unit(ctx, unit.authority)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	steps := []error{
		attach("request", dossier.Request, "", "Tờ trình đề nghị khen thưởng", strings.TrimSpace(r.FormValue("request_number")), requestDate),
		attach("minutes", dossier.Minutes, "", "Biên bản họp Hội đồng Thi đua - Khen thưởng của "+unit.Name, "", minutesDate),
	}
	for _, subj := range subjects {
		if seen["report."+subj.ID] {
			continue
		}
		seen["report."+subj.ID] = true
		steps = append(steps,
			attach("report."+subj.ID, dossier.AchievementReport, subj.ID, "Báo cáo thành tích của "+subj.Name, "", requestDate),
			attach("recognition."+subj.ID, dossier.Recognition, subj.ID, "Văn bản công nhận sáng kiến của "+subj.Name, "", requestDate))
	}
	if err := errors.Join(steps...); err != nil {
		s.fail(w, r, firstError(steps))
		return
	}

	var id string
	err = s.db.write(ctx, func(tx *Tx) error {
		n, err := register{tx}.Next(ctx, unit.Code, ro.Year, "HS")
		if err != nil {
			return err
		}
		id = fmt.Sprintf("%s-%d-%03d", unit.Code, ro.Year, n)
		d, ev, err := dossier.Dossier{}.Apply(ctx, dossier.Command{Dossier: id, Action: dossier.Create, By: u.actor(), At: s.now(),
			Draft: dossier.Draft{Proposer: unit.Unit, Receiver: authority.Unit, Decider: authority.Unit, Period: awards.YearOf(ro.Year),
				Subjects: subjects, Documents: docs, Procedure: s.procedure}})
		if err != nil {
			return err
		}
		if err := record(ctx, tx, d, ev, ro.ID); err != nil {
			return err
		}
		if err := insertFiles(ctx, tx, id, u.ID, s.now(), files); err != nil {
			return err
		}
		next, ev, err := d.Apply(ctx, dossier.Command{Dossier: id, Version: d.Version, Action: dossier.Submit, By: u.actor(), At: s.now()})
		var te *dossier.TransitionError
		if errors.As(err, &te) && errors.Is(te.Err, dossier.ErrIncomplete) {
			return nil // a draft: its page lists what is missing
		}
		if err != nil {
			return err
		}
		return record(ctx, tx, next, ev, ro.ID)
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/dossiers/"+id, http.StatusSeeOther)
}

func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// unitRow is a unit of the table units.
type unitRow struct {
	dossier.Unit
	authority string
}

// unit reads a unit.
func (s *Server) unit(ctx context.Context, code string) (unitRow, error) {
	var u unitRow
	var level string
	var authority sql.NullString
	err := s.db.QueryRow(ctx, `SELECT code, name, level, parent, abbrev, head, place, authority FROM units WHERE code = ?`, code).
		Scan(&u.Code, &u.Name, &level, &u.Parent, &u.Abbrev, &u.Head, &u.Place, &authority)
	if errors.Is(err, sql.ErrNoRows) {
		return u, fmt.Errorf("portal: no unit %q", code)
	}
	if err != nil {
		return u, err
	}
	u.authority = authority.String
	return u, u.Level.UnmarshalText([]byte(level))
}
