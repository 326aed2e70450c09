package main

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
)

// Config configures a Server. The zero value of each field means its
// default.
type Config struct {
	// DataDir is the folder of the SQLite database; "data" when empty.
	DataDir string
	// DBURL is a postgres:// URL; empty means SQLite in DataDir.
	DBURL string
	// SecureCookies marks the session cookie Secure even on plain HTTP,
	// for a portal behind a TLS proxy; over TLS it is always Secure.
	SecureCookies bool
	// Argon2id are the parameters of new password hashes;
	// DefaultArgon2id when zero.
	Argon2id Argon2id
	// MaxRoster and MaxFile bound an uploaded roster and a dossier's
	// file, in bytes: 5 MiB and 10 MiB when zero.
	MaxRoster, MaxFile int64
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

// Server is the portal: its database, its pages and the parts of tdkt
// it is configured with.
type Server struct {
	cfg   Config
	db    *DB
	pages map[string]*template.Template
	// evaluator judges the records with the national law; a province
	// gives its own awards.Config here.
	evaluator *awards.Evaluator
	// procedure is what a dossier must hold: the library's default.
	procedure dossier.Procedure
	// docs are what the documents need that a dossier does not hold:
	// the office that appraises, the council and its members.
	docs dossierdocs.Options
	// dummyHash is verified when a login is unknown, so that an unknown
	// login takes as long as a wrong password.
	dummyHash string
}

// Account is a demo account created on the first start.
type Account struct {
	Login, Password, Name string
	Role                  dossier.Role
}

// NewServer opens the database, applies the migrations and, on the first
// start, creates the demo province and its accounts, which it returns
// with their passwords.
func NewServer(ctx context.Context, cfg Config) (*Server, []Account, error) {
	if cfg.DataDir == "" {
		cfg.DataDir = "data"
	}
	if cfg.Argon2id == (Argon2id{}) {
		cfg.Argon2id = DefaultArgon2id
	}
	if cfg.MaxRoster == 0 {
		cfg.MaxRoster = 5 << 20
	}
	if cfg.MaxFile == 0 {
		cfg.MaxFile = 10 << 20
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	db, err := openDB(ctx, cfg.DataDir, cfg.DBURL)
	if err != nil {
		return nil, nil, err
	}
	s := &Server{cfg: cfg, db: db, procedure: dossier.DefaultProcedure()}
	if err := s.init(ctx); err != nil {
		db.Close()
		return nil, nil, err
	}
	accounts, err := s.seed(ctx)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return s, accounts, nil
}

func (s *Server) init(ctx context.Context) error {
	if _, err := s.db.migrate(ctx); err != nil {
		return err
	}
	var err error
	if s.evaluator, err = awards.New(awards.Config{}); err != nil {
		return err
	}
	s.docs = documentOptions(s.evaluator)
	if s.dummyHash, err = s.cfg.Argon2id.hash("không có tài khoản này"); err != nil {
		return err
	}
	return s.parsePages()
}

// Close closes the database.
func (s *Server) Close() error { return s.db.Close() }

// Where says where the SQLite database is.
func (s *Server) Where() string {
	p, _ := filepath.Abs(filepath.Join(s.cfg.DataDir, "portal.db"))
	return p
}

func (s *Server) now() time.Time { return s.cfg.Now() }

// Handler returns the portal's handler: the routes, behind the refusal of
// cross-origin state-changing requests (http.CrossOriginProtection) and
// the security headers.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.routes() {
		mux.Handle(rt.pattern, rt.h)
	}
	csrf := http.NewCrossOriginProtection()
	csrf.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.render(w, r, http.StatusForbidden, "error", page{Title: "Yêu cầu bị từ chối",
			Error: "Yêu cầu đến từ một trang khác và đã bị từ chối (chống giả mạo yêu cầu)."})
	}))
	return headers(csrf.Handler(mux))
}

// route is a pattern of the mux and its handler.
type route struct {
	pattern string
	h       http.Handler
	public  bool // served without a session
}

// routes are every route of the portal. Each one that is not public
// checks the session (authed) and then who may see or do what.
func (s *Server) routes() []route {
	rs := []route{
		{"GET /{$}", http.HandlerFunc(s.handleHome), true},
		{"GET /static/", http.FileServerFS(staticFiles), true},
		{"GET /login", http.HandlerFunc(s.handleLoginPage), true},
		{"POST /login", http.HandlerFunc(s.handleLogin), true},
		{"POST /logout", http.HandlerFunc(s.handleLogout), true},

		{"GET /dossiers", s.authed(s.handleDossiers), false},
		{"GET /rosters/new", s.authed(s.handleRosterForm), false},
		{"POST /rosters", s.authed(s.handleRosterUpload), false},
		{"GET /rosters/{roster}", s.authed(s.handleRoster), false},
		{"POST /rosters/{roster}/dossiers", s.authed(s.handlePropose), false},

		{"GET /dossiers/{id}", s.authed(s.handleDossier), false},
		{"GET /dossiers/{id}/files/{file}", s.authed(s.handleFile), false},
		{"GET /dossiers/{id}/documents/{name}", s.authed(s.handleDocument), false},

		{"GET /statistics", s.authed(s.handleStatistics), false},
		{"GET /statistics/{file}", s.authed(s.handleStatisticsFile), false},
	}
	for _, a := range actions {
		rs = append(rs, route{"POST /dossiers/{id}/" + a.path, s.authed(s.action(a)), false})
	}
	return rs
}

// headers sets the security headers of every response.
func headers(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
		h.ServeHTTP(w, r)
	})
}

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	if _, ok, _ := s.sessionUser(r); ok {
		http.Redirect(w, r, "/dossiers", http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// page is what every page's template reads.
type page struct {
	Title string
	User  *User
	Error string
	// Back is where the error page leads back to.
	Back  string
	Login string // the login typed, kept on a failed login
	Data  any    // the page's own
}

var funcs = template.FuncMap{
	"when": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(ict).Format("02/01/2006 15:04")
	},
	"roleName": func(r dossier.Role) string { return roleNames[r] },
	"lines":    func(s string) []string { return strings.Split(strings.TrimSpace(s), "\n") },
	"trimDash": func(s string) string { return strings.TrimPrefix(s, "- ") },
	"isItem":   func(s string) bool { return strings.HasPrefix(s, "- ") },
}

// ict is Vietnam's time, without the tz database.
var ict = time.FixedZone("ICT", 7*3600)

// roleNames are the roles as the pages name them.
var roleNames = map[dossier.Role]string{
	dossier.Proposer:         "Văn thư đơn vị đề nghị",
	dossier.OfficeClerk:      "Văn thư tiếp nhận",
	dossier.Appraiser:        "Chuyên viên thẩm định",
	dossier.CouncilSecretary: "Thư ký Hội đồng",
	dossier.Head:             "Lãnh đạo phê duyệt",
}

func (s *Server) parsePages() error {
	names, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return err
	}
	s.pages = map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(filepath.Base(n), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", n)
		if err != nil {
			return err
		}
		s.pages[name] = t
	}
	return nil
}

// render writes the page through a buffer, so that a template error
// never leaves half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	if p.User == nil {
		if u, ok, _ := s.sessionUser(r); ok {
			p.User = &u
		}
	}
	var b bytes.Buffer
	t, ok := s.pages[name]
	if !ok {
		http.Error(w, "no page "+name, http.StatusInternalServerError)
		return
	}
	if err := t.Execute(&b, p); err != nil {
		log.Printf("portal: page %s: %v", name, err)
		http.Error(w, "Lỗi hiển thị trang.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

// Errors the handlers return, which fail maps to a status.
var (
	errNotFound  = errors.New("not found")
	errForbidden = errors.New("forbidden")
)

// userError is an error the user can correct, with its status and the
// Vietnamese message the page shows.
type userError struct {
	Status int
	Msg    string
}

func (e *userError) Error() string { return fmt.Sprintf("portal: %d: %s", e.Status, e.Msg) }

func badRequest(format string, args ...any) error {
	return &userError{Status: http.StatusUnprocessableEntity, Msg: fmt.Sprintf(format, args...)}
}

// fail writes the page of an error: a refused transition with its
// reasons, a stale version with the advice to reload, a missing or
// forbidden resource, a bad upload; anything else is logged and a 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "Đã có lỗi xảy ra; hãy thử lại sau."
	var (
		stale *dossier.StaleError
		te    *dossier.TransitionError
		ue    *userError
		big   *http.MaxBytesError
		se    *dossierdocs.StateError
	)
	switch {
	case errors.As(err, &stale):
		status, msg = http.StatusConflict, stale.Text()
	case errors.As(err, &te):
		msg = te.Text()
		switch {
		case errors.Is(te.Err, dossier.ErrNotPermitted):
			status = http.StatusForbidden
		case errors.Is(te.Err, dossier.ErrOutOfOrder):
			status = http.StatusConflict
		default:
			status = http.StatusUnprocessableEntity
		}
	case errors.As(err, &se):
		status, msg = http.StatusConflict, se.Text()
	case errors.As(err, &ue):
		status, msg = ue.Status, ue.Msg
	case errors.As(err, &big):
		status, msg = http.StatusRequestEntityTooLarge, fmt.Sprintf("Tệp tải lên quá lớn (tối đa %s).", sizeText(big.Limit))
	case errors.Is(err, errNotFound):
		status, msg = http.StatusNotFound, "Không tìm thấy trang hoặc hồ sơ này."
	case errors.Is(err, errForbidden):
		status, msg = http.StatusForbidden, "Bạn không có quyền thực hiện thao tác này."
	case errors.Is(err, context.Canceled):
		return
	default:
		log.Printf("portal: %s %s: %v", r.Method, r.URL.Path, err)
	}
	back := ""
	if id := r.PathValue("id"); id != "" && status != http.StatusNotFound && status != http.StatusForbidden {
		back = "/dossiers/" + id
	}
	s.render(w, r, status, "error", page{Title: "Không thực hiện được", Error: msg, Back: back})
}

// sizeText writes a size in bytes as the pages do: "10 MiB".
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	if n >= 1<<10 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d byte", n)
}
