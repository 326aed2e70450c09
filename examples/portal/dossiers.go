package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
)

// loadDossier reads the events of a dossier and rebuilds it: the events
// are the only source of truth. errNotFound when there are none.
func loadDossier(ctx context.Context, q q, id string) (dossier.Dossier, []dossier.Event, error) {
	rows, err := q.QueryContext(ctx, `SELECT body FROM events WHERE dossier_id = ? ORDER BY version`, id)
	if err != nil {
		return dossier.Dossier{}, nil, err
	}
	defer rows.Close()
	var events []dossier.Event
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return dossier.Dossier{}, nil, err
		}
		var ev dossier.Event
		if err := ev.UnmarshalJSON([]byte(body)); err != nil {
			return dossier.Dossier{}, nil, fmt.Errorf("portal: dossier %s, event %d: %w", id, len(events)+1, err)
		}
		events = append(events, ev)
	}
	if err := rows.Err(); err != nil {
		return dossier.Dossier{}, nil, err
	}
	if len(events) == 0 {
		return dossier.Dossier{}, nil, errNotFound
	}
	d, err := dossier.Rebuild(events)
	return d, events, err
}

// canSee reports whether the user may read the dossier: a unit's clerk
// their unit's dossiers, the authority's staff those it handles once
// they have been sent.
func canSee(u User, d dossier.Dossier) bool {
	if u.IsProposer() {
		return d.Proposer.Code == u.Unit
	}
	return d.Handler.Code == u.Unit && d.Round > 0
}

// visible checks on the projection, before a form is read, that the
// user may see the dossier: errNotFound otherwise. apply checks again on
// the dossier rebuilt from its events.
func (s *Server) visible(ctx context.Context, u User, id string) error {
	var proposer, handler string
	var round int
	err := s.db.QueryRow(ctx, `SELECT proposer, handler, round FROM dossiers WHERE id = ?`, id).Scan(&proposer, &handler, &round)
	if errors.Is(err, sql.ErrNoRows) {
		return errNotFound
	}
	if err != nil {
		return err
	}
	if u.IsProposer() && proposer == u.Unit || !u.IsProposer() && handler == u.Unit && round > 0 {
		return nil
	}
	return errNotFound
}

// readDossier loads a dossier the user may see, with its events and its
// roster; errNotFound for one they may not, as for one that does not
// exist, so that IDs reveal nothing.
func (s *Server) readDossier(ctx context.Context, q q, u User, id string) (dossier.Dossier, []dossier.Event, string, error) {
	var rosterID string
	err := q.QueryRowContext(ctx, `SELECT roster_id FROM dossiers WHERE id = ?`, id).Scan(&rosterID)
	if errors.Is(err, sql.ErrNoRows) {
		return dossier.Dossier{}, nil, "", errNotFound
	}
	if err != nil {
		return dossier.Dossier{}, nil, "", err
	}
	d, events, err := loadDossier(ctx, q, id)
	if err != nil {
		return dossier.Dossier{}, nil, "", err
	}
	if !canSee(u, d) {
		return dossier.Dossier{}, nil, "", errNotFound
	}
	return d, events, rosterID, nil
}

// record inserts the event and updates the projection, in the
// transaction of the command. The insert of a version that another
// transaction inserted first violates UNIQUE (dossier_id, version): the
// command was made on a stale version, and the dossier package's
// *StaleError says so.
func record(ctx context.Context, tx *Tx, d dossier.Dossier, ev dossier.Event, rosterID string) error {
	body, err := ev.MarshalJSON()
	if err != nil {
		return err
	}
	action, _ := ev.Action.MarshalText()
	_, err = tx.ExecContext(ctx, `INSERT INTO events (dossier_id, version, action, body, created_at) VALUES (?, ?, ?, ?, ?)`,
		d.ID, ev.Version, string(action), string(body), timeText(ev.At))
	if isUniqueViolation(err) {
		return &dossier.StaleError{Dossier: d.ID, Made: ev.Version - 1, Current: ev.Version}
	}
	if err != nil {
		return err
	}
	state, _ := d.State.MarshalText()
	decidedOn := ""
	if !d.Decision.Date.IsZero() {
		decidedOn = d.Decision.Date.ISO()
	}
	if ev.Action == dossier.Create {
		_, err = tx.ExecContext(ctx, `INSERT INTO dossiers (id, proposer, handler, state, version, round, year, roster_id, decision, decided_on, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.ID, d.Proposer.Code, d.Handler.Code, string(state), d.Version, d.Round, d.Period.Last, rosterID,
			d.Decision.Number, decidedOn, timeText(d.Updated))
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE dossiers SET handler = ?, state = ?, version = ?, round = ?, decision = ?, decided_on = ?, updated_at = ?
		WHERE id = ? AND version = ?`,
		d.Handler.Code, string(state), d.Version, d.Round, d.Decision.Number, decidedOn, timeText(d.Updated), d.ID, d.Version-1)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n != 1 {
		return &dossier.StaleError{Dossier: d.ID, Made: ev.Version - 1, Current: ev.Version}
	}
	return nil
}

// command is a transition a handler asks for: it fills the command from
// the dossier as it stands, inside the transaction, and may store what
// goes with the event (files, rewards) once the dossier accepted it.
type command struct {
	build func(tx *Tx, d dossier.Dossier, rosterID string, c *dossier.Command) error
	after func(tx *Tx, d dossier.Dossier, ev dossier.Event) error
}

// apply makes one transition of the dossier id for the user, on the
// version the user saw, in one transaction: load the events, rebuild,
// check who may see it, apply the command, insert the event, update the
// projection. Of two users acting on the same version, exactly one wins:
// in SQLite the second transaction starts after the first commits and
// the dossier refuses its version; in PostgreSQL both may read the same
// version, and the second insert violates the unique key.
func (s *Server) apply(ctx context.Context, u User, id string, version int, cmd command) (dossier.Dossier, error) {
	var out dossier.Dossier
	err := s.db.write(ctx, func(tx *Tx) error {
		d, _, rosterID, err := s.readDossier(ctx, tx, u, id)
		if err != nil {
			return err
		}
		c := dossier.Command{Dossier: id, Version: version, By: u.actor(), At: s.now()}
		if cmd.build != nil {
			if err := cmd.build(tx, d, rosterID, &c); err != nil {
				return err
			}
		}
		next, ev, err := d.Apply(ctx, c)
		if err != nil {
			return err
		}
		if err := record(ctx, tx, next, ev, rosterID); err != nil {
			return err
		}
		if cmd.after != nil {
			if err := cmd.after(tx, next, ev); err != nil {
				return err
			}
		}
		out = next
		return nil
	})
	return out, err
}

// register is the "sổ đăng ký văn bản" in the database: the next number
// of an issuer for a year and a type, taken in the transaction of the
// command that uses it, so that a refused decision takes no number and
// two decisions never take the same.
type register struct {
	tx *Tx
}

func (r register) Next(ctx context.Context, issuer string, year int, docType string) (int, error) {
	var n int
	err := r.tx.QueryRowContext(ctx, `INSERT INTO registers (issuer, year, doc_type, last) VALUES (?, ?, ?, 1)
		ON CONFLICT (issuer, year, doc_type) DO UPDATE SET last = registers.last + 1
		RETURNING last`, issuer, year, docType).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("portal: register %s %d %s: %w", issuer, year, docType, err)
	}
	return n, nil
}

// judge judges an entry with its subject's record in the dossier's
// roster, for the council's vote (dossier.Judge).
func (s *Server) judge(records map[string]*awards.Record) dossier.Judge {
	return func(_ context.Context, subj dossier.Subject, c awards.Case) (awards.Verdict, error) {
		r, ok := records[subj.ID]
		if !ok {
			return awards.Verdict{}, fmt.Errorf("portal: no record %q in the dossier's roster", subj.ID)
		}
		return s.evaluator.Evaluate(r, c)
	}
}

// writeRewards stores the money of each grant of the decision
// (awards.Price on the decision's date), as exact decimal text: NUMERIC
// in PostgreSQL, TEXT in SQLite.
func writeRewards(ctx context.Context, tx *Tx, d dossier.Dossier) error {
	for _, e := range d.Granted() {
		r, err := awards.Price(awards.Grant{Award: e.Award, Subject: e.Kind, Decided: d.Decision.Date})
		if err != nil {
			if errors.Is(err, awards.ErrNoCoefficient) {
				continue // a form that carries no money
			}
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO rewards (dossier_id, subject_id, award, name, decision, decided_on, amount, currency)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, e.ID, string(e.Award), e.Name, d.Decision.Number,
			d.Decision.Date.ISO(), amountText(r.Amount), r.Amount.Currency().Code()); err != nil {
			return err
		}
	}
	return nil
}

// reward is a row of rewards.
type reward struct {
	Subject string
	Award   awards.ID
	Name    string
	Amount  metrics.Amount
}

// readRewards reads the rewards of a dossier, each amount parsed from
// the exact text the database gives back.
func readRewards(ctx context.Context, q q, id string) ([]reward, error) {
	rows, err := q.QueryContext(ctx, `SELECT subject_id, award, name, amount, currency FROM rewards WHERE dossier_id = ? ORDER BY decision, subject_id, award`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []reward
	for rows.Next() {
		var r reward
		var award, currency string
		var amount exactDecimal
		if err := rows.Scan(&r.Subject, &award, &r.Name, &amount, &currency); err != nil {
			return nil, err
		}
		r.Award = awards.ID(award)
		c, err := metrics.ParseCurrency(currency)
		if err != nil {
			return nil, err
		}
		if r.Amount, err = metrics.AmountOf(amount.text, c); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// amountText is an amount as the database stores it: the plain decimal
// ("2340000", "1114831.25"), its currency in a column of its own.
// (metrics.Amount's own driver.Valuer writes "2340000 VND", text that a
// TEXT column keeps but a NUMERIC column refuses.)
func amountText(a metrics.Amount) string { return a.Decimal().String() }

// exactDecimal scans a money column: the text of a NUMERIC (pgx gives
// it as a string) or of a TEXT column. A float is refused: it would have
// lost digits already.
type exactDecimal struct{ text string }

func (x *exactDecimal) Scan(src any) error {
	switch v := src.(type) {
	case string:
		x.text = v
	case []byte:
		x.text = string(v)
	case int64:
		x.text = fmt.Sprint(v)
	default:
		return fmt.Errorf("portal: money column gave %T, want exact decimal text", src)
	}
	return nil
}
