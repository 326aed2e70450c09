package main

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the driver "pgx"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// dialect is the database the portal runs on.
type dialect string

const (
	sqliteDB   dialect = "sqlite"
	postgresDB dialect = "postgres"
)

// DB is the portal's database: SQLite or PostgreSQL through database/sql.
// Queries are written with ? placeholders, which DB rewrites to $1, $2 …
// for PostgreSQL.
type DB struct {
	*sql.DB
	dialect dialect
	// writes serialises the write transactions of SQLite, which has one
	// writer at a time: waiting here is cheaper and fairer than waiting
	// in SQLite's busy handler. PostgreSQL needs no such lock.
	writes sync.Mutex
}

// openDB opens the database: PostgreSQL when url is a postgres:// URL,
// else SQLite in the file portal.db of dir, which it creates.
//
// SQLite runs in WAL mode with synchronous=FULL: a transaction is
// acknowledged only once its WAL frames are on disk, so that a change the
// portal acknowledged survives a killed process and a power cut alike
// (NORMAL would survive the killed process, but may lose the last
// transactions on a power cut, and a decision's number must not be given
// twice). Write transactions begin IMMEDIATE, taking the write lock at
// once instead of failing to upgrade a read lock.
func openDB(ctx context.Context, dir, dbURL string) (*DB, error) {
	if dbURL != "" {
		if !strings.HasPrefix(dbURL, "postgres://") && !strings.HasPrefix(dbURL, "postgresql://") {
			return nil, fmt.Errorf("portal: -db %q: want a postgres:// URL", dbURL)
		}
		db, err := sql.Open("pgx", dbURL)
		if err != nil {
			return nil, err
		}
		db.SetMaxOpenConns(20)
		db.SetMaxIdleConns(20)
		db.SetConnMaxIdleTime(5 * time.Minute)
		if err := db.PingContext(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("portal: PostgreSQL: %w", err)
		}
		return &DB{DB: db, dialect: postgresDB}, nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path, err := filepath.Abs(filepath.Join(dir, "portal.db"))
	if err != nil {
		return nil, err
	}
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(FULL)", "busy_timeout(10000)", "foreign_keys(ON)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("portal: SQLite %s: %w", path, err)
	}
	return &DB{DB: db, dialect: sqliteDB}, nil
}

// rebind rewrites the ? placeholders of query for the dialect. Queries
// hold no ? inside literals.
func (db *DB) rebind(query string) string {
	if db.dialect != postgresDB || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// q runs queries in a transaction or directly on the pool, with ?
// placeholders.
type q interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Tx is a write transaction with ? placeholders.
type Tx struct {
	tx *sql.Tx
	db *DB
}

func (t *Tx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, t.db.rebind(query), args...)
}

func (t *Tx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(ctx, t.db.rebind(query), args...)
}

func (t *Tx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, t.db.rebind(query), args...)
}

// Exec, Query and QueryRow on the pool, with ? placeholders.
func (db *DB) Exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return db.DB.ExecContext(ctx, db.rebind(query), args...)
}

func (db *DB) Query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return db.DB.QueryContext(ctx, db.rebind(query), args...)
}

func (db *DB) QueryRow(ctx context.Context, query string, args ...any) *sql.Row {
	return db.DB.QueryRowContext(ctx, db.rebind(query), args...)
}

// pool gives the pool as a q.
func (db *DB) pool() q { return poolQ{db} }

type poolQ struct{ db *DB }

func (p poolQ) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return p.db.Exec(ctx, query, args...)
}

func (p poolQ) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return p.db.Query(ctx, query, args...)
}

func (p poolQ) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return p.db.QueryRow(ctx, query, args...)
}

// write runs fn in a write transaction and commits it when fn returns
// nil. Nothing fn did remains when it returns an error.
func (db *DB) write(ctx context.Context, fn func(tx *Tx) error) error {
	if db.dialect == sqliteDB {
		db.writes.Lock()
		defer db.writes.Unlock()
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(&Tx{tx: tx, db: db}); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// isUniqueViolation reports whether err is the violation of a primary
// key or unique constraint.
func isUniqueViolation(err error) bool {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		return pg.Code == "23505" // unique_violation
	}
	var lite *sqlite.Error
	if errors.As(err, &lite) {
		c := lite.Code()
		return c == sqlite3.SQLITE_CONSTRAINT_UNIQUE || c == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return false
}

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migration is one step of the schema: a file NNNN_name.sql for both
// dialects, or NNNN_name.sqlite.sql and NNNN_name.postgres.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the steps of the dialect, in order.
func migrations(d dialect) ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".sql")
		stem, suffix, found := strings.Cut(name, ".")
		if found && suffix != string(d) {
			continue // the other dialect's
		}
		num, _, _ := strings.Cut(stem, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("portal: migration %s: no version number", e.Name())
		}
		body, err := fs.ReadFile(migrationFiles, "migrations/"+e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i := 1; i < len(out); i++ {
		if out[i].version == out[i-1].version {
			return nil, fmt.Errorf("portal: migrations %s and %s have the same version", out[i-1].name, out[i].name)
		}
	}
	return out, nil
}

// migrate applies the migrations the database lacks, each in its own
// transaction with its row in schema_version, and returns how many it
// applied.
func (db *DB) migrate(ctx context.Context) (int, error) {
	if _, err := db.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return 0, fmt.Errorf("portal: schema_version: %w", err)
	}
	steps, err := migrations(db.dialect)
	if err != nil {
		return 0, err
	}
	applied := 0
	for _, m := range steps {
		done := false
		err := db.write(ctx, func(tx *Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_version WHERE version = ?`, m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			// The file as written: its statements, no placeholders.
			if _, err := tx.tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			done = true
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, timeText(time.Now()))
			return err
		})
		if err != nil {
			return applied, fmt.Errorf("portal: migration %s: %w", m.name, err)
		}
		if done {
			applied++
		}
	}
	return applied, nil
}

// timeLayout is how times are stored: UTC, fixed width, so that they
// sort and compare as text.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func timeText(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTime(s string) (time.Time, error) { return time.Parse(timeLayout, s) }
