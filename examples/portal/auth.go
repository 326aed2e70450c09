package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/tdkt-vn/tdkt/dossier"
	"golang.org/x/crypto/argon2"
)

// Argon2id are the parameters of the password hash. Each hash stores its
// own, so that they can be raised without invalidating older hashes.
type Argon2id struct {
	Memory  uint32 // KiB
	Time    uint32 // passes
	Threads uint8
}

// DefaultArgon2id is OWASP's recommended minimum for argon2id (Password
// Storage Cheat Sheet): 19 MiB of memory, 2 passes, 1 lane. It takes
// about 30 ms on one core of the machine that runs the tests.
var DefaultArgon2id = Argon2id{Memory: 19 * 1024, Time: 2, Threads: 1}

const (
	saltLen = 16
	keyLen  = 32
)

// hash returns the PHC string of password: salt and parameters with the
// key, $argon2id$v=19$m=19456,t=2,p=1$<salt>$<key> in unpadded base64.
func (p Argon2id) hash(password string) (string, error) {
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, keyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.Memory, p.Time, p.Threads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// errHash reports a stored hash the portal cannot read.
var errHash = errors.New("portal: malformed password hash")

// verifyPassword reports whether password matches the PHC string phc,
// comparing the keys in constant time. A hash with parameters beyond
// sane bounds is refused rather than run.
func verifyPassword(phc, password string) (bool, error) {
	parts := strings.Split(phc, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" || parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return false, errHash
	}
	var p Argon2id
	for _, kv := range strings.Split(parts[3], ",") {
		k, v, _ := strings.Cut(kv, "=")
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil {
			return false, errHash
		}
		switch k {
		case "m":
			p.Memory = uint32(n)
		case "t":
			p.Time = uint32(n)
		case "p":
			if n > 255 {
				return false, errHash
			}
			p.Threads = uint8(n)
		default:
			return false, errHash
		}
	}
	if p.Memory < 8 || p.Memory > 1<<21 || p.Time < 1 || p.Time > 16 || p.Threads < 1 {
		return false, errHash
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil || len(salt) < 8 {
		return false, errHash
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil || len(want) < 16 || len(want) > 64 {
		return false, errHash
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// User is a portal user: the login, a name, a role and the unit acted for.
type User struct {
	ID   string
	Name string
	Role dossier.Role
	Unit string // units.code
}

// actor is the user as the dossier package knows them.
func (u User) actor() dossier.User {
	return dossier.User{ID: u.ID, Role: u.Role, Unit: u.Unit}
}

// IsProposer reports whether the user is a unit's clerk.
func (u User) IsProposer() bool { return u.Role == dossier.Proposer }

const (
	sessionCookie = "tdkt_session"
	sessionTTL    = 8 * time.Hour // a working day
)

// newSession stores a session for the user and returns its token: 32
// random bytes, of which the database keeps only the SHA-256.
func (s *Server) newSession(ctx context.Context, userID string) (string, time.Time, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", time.Time{}, err
	}
	token := base64.RawURLEncoding.EncodeToString(raw)
	now := s.now()
	expires := now.Add(sessionTTL)
	err := s.db.write(ctx, func(tx *Tx) error {
		// Expired sessions go on each login.
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at < ?`, timeText(now)); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`,
			tokenHash(token), userID, timeText(now), timeText(expires))
		return err
	})
	return token, expires, err
}

func tokenHash(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// sessionUser returns the user of the request's session cookie; false
// when there is none, or it is unknown or expired.
func (s *Server) sessionUser(r *http.Request) (User, bool, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" || len(c.Value) > 100 {
		return User{}, false, nil
	}
	var u User
	var role, expires string
	err = s.db.QueryRow(r.Context(), `SELECT u.id, u.name, u.role, u.unit, s.expires_at
		FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`, tokenHash(c.Value)).
		Scan(&u.ID, &u.Name, &role, &u.Unit, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, false, nil
	}
	if err != nil {
		return User{}, false, err
	}
	if exp, err := parseTime(expires); err != nil || !s.now().Before(exp) {
		return User{}, false, nil
	}
	if err := u.Role.UnmarshalText([]byte(role)); err != nil {
		return User{}, false, err
	}
	return u, true, nil
}

// setSessionCookie writes the cookie: HttpOnly, SameSite=Lax, Secure when
// the request came over TLS (or the portal is told it sits behind a TLS
// proxy), expiring with the session.
func (s *Server) setSessionCookie(w http.ResponseWriter, r *http.Request, token string, expires time.Time) {
	c := &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: r.TLS != nil || s.cfg.SecureCookies,
	}
	if token == "" {
		c.MaxAge = -1
	} else {
		c.Expires = expires
	}
	http.SetCookie(w, c)
}

// login checks a login and a password. A failure says nothing about
// which of the two was wrong.
func (s *Server) login(ctx context.Context, login, password string) (User, bool, error) {
	var u User
	var role, phc string
	err := s.db.QueryRow(ctx, `SELECT id, name, role, unit, password FROM users WHERE id = ?`, login).
		Scan(&u.ID, &u.Name, &role, &u.Unit, &phc)
	if errors.Is(err, sql.ErrNoRows) {
		_, _ = verifyPassword(s.dummyHash, password)
		return User{}, false, nil
	}
	if err != nil {
		return User{}, false, err
	}
	ok, err := verifyPassword(phc, password)
	if err != nil || !ok {
		return User{}, false, err
	}
	if err := u.Role.UnmarshalText([]byte(role)); err != nil {
		return User{}, false, err
	}
	return u, true, nil
}

func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) {
	if _, ok, _ := s.sessionUser(r); ok {
		http.Redirect(w, r, "/dossiers", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "login", page{Title: "Đăng nhập"})
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := r.ParseForm(); err != nil {
		s.render(w, r, http.StatusBadRequest, "login", page{Title: "Đăng nhập", Error: "Yêu cầu không hợp lệ."})
		return
	}
	login := strings.TrimSpace(r.PostForm.Get("login"))
	password := r.PostForm.Get("password")
	u, ok, err := s.login(r.Context(), login, password)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !ok {
		s.render(w, r, http.StatusUnauthorized, "login", page{Title: "Đăng nhập", Login: login,
			Error: "Tên đăng nhập hoặc mật khẩu không đúng."})
		return
	}
	token, expires, err := s.newSession(r.Context(), u.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.setSessionCookie(w, r, token, expires)
	http.Redirect(w, r, "/dossiers", http.StatusSeeOther)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		err := s.db.write(r.Context(), func(tx *Tx) error {
			_, err := tx.ExecContext(r.Context(), `DELETE FROM sessions WHERE token_hash = ?`, tokenHash(c.Value))
			return err
		})
		if err != nil {
			s.fail(w, r, err)
			return
		}
	}
	s.setSessionCookie(w, r, "", time.Time{})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// authed wraps a handler that needs a signed-in user; without one, a page
// goes to the login form and anything else is 401.
func (s *Server) authed(h func(http.ResponseWriter, *http.Request, User)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, ok, err := s.sessionUser(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if !ok {
			if r.Method == http.MethodGet {
				http.Redirect(w, r, "/login", http.StatusSeeOther)
				return
			}
			s.render(w, r, http.StatusUnauthorized, "login", page{Title: "Đăng nhập", Error: "Phiên làm việc đã hết hạn; hãy đăng nhập lại."})
			return
		}
		h(w, r, u)
	}
}
