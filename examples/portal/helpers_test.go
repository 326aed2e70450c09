package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/dossier"
)

// testArgon2id keeps the tests quick; TestPasswordHash runs the default.
var testArgon2id = Argon2id{Memory: 1024, Time: 1, Threads: 1}

// databases runs f against SQLite, and against PostgreSQL too when
// TDKT_POSTGRES_URL names a database (each test in a schema of its own).
func databases(t *testing.T, f func(t *testing.T, dbURL string)) {
	t.Run("sqlite", func(t *testing.T) { f(t, "") })
	if u := os.Getenv("TDKT_POSTGRES_URL"); u != "" {
		t.Run("postgres", func(t *testing.T) { f(t, u) })
	} else {
		t.Run("postgres", func(t *testing.T) { t.Skip("TDKT_POSTGRES_URL not set: PostgreSQL not tested (.ci/portal.sh sets it)") })
	}
}

// freshSchema creates a schema for one test and returns the URL that
// puts it first in the search path; the schema goes with the test.
func freshSchema(t testing.TB, base string) string {
	t.Helper()
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// env is a portal served on a loopback port for a test.
type env struct {
	t        testing.TB
	s        *Server
	url      string
	dir      string
	dbURL    string
	accounts map[string]string // login → password
}

// newEnv starts a portal with a fresh database: SQLite in a temporary
// folder, or a fresh schema of PostgreSQL when dbURL is given.
func newEnv(t testing.TB, dbURL string) *env {
	t.Helper()
	dir := t.TempDir()
	if dbURL != "" {
		dbURL = freshSchema(t, dbURL)
	}
	return startEnv(t, dir, dbURL)
}

func startEnv(t testing.TB, dir, dbURL string) *env {
	t.Helper()
	ctx := context.Background()
	s, accounts, err := NewServer(ctx, Config{DataDir: dir, DBURL: dbURL, Argon2id: testArgon2id})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		_ = s.Close()
	})
	e := &env{t: t, s: s, url: "http://" + ln.Addr().String(), dir: dir, dbURL: dbURL, accounts: map[string]string{}}
	for _, a := range accounts {
		e.accounts[a.Login] = a.Password
	}
	return e
}

// client is a browser without JavaScript: a cookie jar, and redirects
// left to the test.
type client struct {
	t    testing.TB
	c    *http.Client
	base string
}

func (e *env) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: e.t, base: e.url, c: &http.Client{Jar: jar, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// as returns a client signed in as login.
func (e *env) as(login string) *client {
	e.t.Helper()
	c := e.client()
	resp := c.post("/login", url.Values{"login": {login}, "password": {e.accounts[login]}})
	if resp.status != http.StatusSeeOther {
		e.t.Fatalf("login %s: %d\n%s", login, resp.status, resp.body)
	}
	return c
}

// response is a response read whole.
type response struct {
	status int
	header http.Header
	body   string
}

func (c *client) do(req *http.Request) response {
	c.t.Helper()
	resp, err := c.c.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

func (c *client) get(path string) response {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.base+path, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.do(req)
}

func (c *client) post(path string, form url.Values) response {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(form.Encode()))
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// file is a file of a multipart form.
type file struct {
	name string
	data []byte
}

func (c *client) postFiles(path string, form url.Values, files map[string]file) response {
	c.t.Helper()
	req, err := multipartRequest(c.base+path, form, files)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.do(req)
}

func multipartRequest(u string, form url.Values, files map[string]file) (*http.Request, error) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, vs := range form {
		for _, v := range vs {
			if err := mw.WriteField(k, v); err != nil {
				return nil, err
			}
		}
	}
	for field, f := range files {
		w, err := mw.CreateFormFile(field, f.name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := mw.Close(); err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, u, &b)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return req, nil
}

var versionRE = regexp.MustCompile(`name="version" value="(\d+)"`)

// version reads the version a dossier's page shows.
func (c *client) version(id string) int {
	c.t.Helper()
	resp := c.get("/dossiers/" + id)
	if resp.status != http.StatusOK {
		c.t.Fatalf("GET /dossiers/%s: %d", id, resp.status)
	}
	m := versionRE.FindStringSubmatch(resp.body)
	if m == nil {
		c.t.Fatalf("GET /dossiers/%s: no form with a version", id)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// act sends a form of the dossier's page on the version it shows and
// wants 303.
func (c *client) act(id, action string, form url.Values) {
	c.t.Helper()
	if form == nil {
		form = url.Values{}
	}
	form.Set("version", strconv.Itoa(c.version(id)))
	resp := c.post("/dossiers/"+id+"/"+action, form)
	if resp.status != http.StatusSeeOther {
		c.t.Fatalf("POST %s %s: %d\n%s", id, action, resp.status, errorText(resp.body))
	}
}

var errorRE = regexp.MustCompile(`(?s)<p class="error" role="alert">(.*?)</p>`)

// errorText is the error a page shows, or the page.
func errorText(body string) string {
	if m := errorRE.FindStringSubmatch(body); m != nil {
		return m[1]
	}
	return body
}

func readSample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("sample/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// upload sends a roster and returns its ID.
func (c *client) upload(name string, data []byte, year int) string {
	c.t.Helper()
	resp := c.postFiles("/rosters", url.Values{"year": {strconv.Itoa(year)}}, map[string]file{"roster": {name, data}})
	if resp.status != http.StatusSeeOther {
		c.t.Fatalf("upload %s: %d\n%s", name, resp.status, errorText(resp.body))
	}
	return strings.TrimPrefix(resp.header.Get("Location"), "/rosters/")
}

// propose proposes the entries of a roster with every file the
// procedure asks for, and returns the dossier's ID.
func (c *client) propose(roster string, entries []string) string {
	c.t.Helper()
	form := url.Values{"entry": entries, "request_number": {"12/TTr-SGDĐT"}, "request_date": {"2026-01-05"}, "minutes_date": {"2026-01-02"}}
	files := map[string]file{
		"request": {"Tờ trình 12.pdf", readSample(c.t, "to-trinh.pdf")},
		"minutes": {"Biên bản họp.pdf", readSample(c.t, "bien-ban.pdf")},
	}
	for _, e := range entries {
		id, award, _ := strings.Cut(e, "|")
		files["report."+id] = file{"Báo cáo thành tích " + id + ".pdf", readSample(c.t, "bao-cao-thanh-tich.pdf")}
		if award == "cstd-bo-tinh" {
			files["recognition."+id] = file{"Công nhận sáng kiến " + id + ".pdf", readSample(c.t, "cong-nhan-sang-kien.pdf")}
		}
	}
	resp := c.postFiles("/rosters/"+roster+"/dossiers", form, files)
	if resp.status != http.StatusSeeOther {
		c.t.Fatalf("propose: %d\n%s", resp.status, errorText(resp.body))
	}
	return strings.TrimPrefix(resp.header.Get("Location"), "/dossiers/")
}

// sgddtEntries are the entries of the department of education's sample
// that the tests propose: a CSTĐ tỉnh the council votes on, and Bằng
// khen, one of which is undetermined.
var sgddtEntries = []string{"GD01|cstd-bo-tinh", "GD01|bang-khen-bo-tinh", "GD02|bang-khen-bo-tinh", "GD03|bang-khen-bo-tinh"}

// walk takes a dossier of the department of education from its roster
// to the decision, every step by the role that takes it, and returns
// its ID. stop ends the walk after the dossier reaches that state.
func (e *env) walk(stop dossier.State) string {
	e.t.Helper()
	unit := e.as("vt.sgddt")
	roster := unit.upload("so-gddt.csv", readSample(e.t, "so-gddt.csv"), 2025)
	id := unit.propose(roster, sgddtEntries)
	steps := []struct {
		login, action string
		form          url.Values
		state         dossier.State
	}{
		{"vt.ban", "receive", nil, dossier.Received},
		{"cv.ban", "appraise", nil, dossier.Appraised},
		{"tk.hd", "convene", nil, dossier.AtCouncil},
		{"tk.hd", "vote", url.Values{"meeting_date": {"2026-01-08"}, "members": {"11"}, "present": {"10"}, "written": {"1"},
			"for.GD01|cstd-bo-tinh": {"10"}, "against.GD01|cstd-bo-tinh": {"1"}}, dossier.Voted},
		{"cv.ban", "propose", nil, dossier.Proposed},
		{"ct.ubnd", "decide", url.Values{"decision_date": {"2026-01-15"}, "signer": {"Hoàng Văn Nam"}, "position": {"Chủ tịch"}}, dossier.Decided},
	}
	if stop == dossier.Submitted {
		return id
	}
	for _, s := range steps {
		e.as(s.login).act(id, s.action, s.form)
		if s.state == stop {
			break
		}
	}
	return id
}

// dossierNow rebuilds a dossier from the database.
func (e *env) dossierNow(id string) dossier.Dossier {
	e.t.Helper()
	d, _, err := loadDossier(context.Background(), e.s.db.pool(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return d
}

func count(t testing.TB, db *DB, query string, args ...any) int {
	t.Helper()
	var n int
	if err := db.QueryRow(context.Background(), query, args...).Scan(&n); err != nil && !errors.Is(err, sql.ErrNoRows) {
		t.Fatal(err)
	}
	return n
}

func must(t testing.TB, ok bool, format string, args ...any) {
	t.Helper()
	if !ok {
		t.Fatalf(format, args...)
	}
}
