package main

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/dossier"
)

// TestPasswordHash checks the argon2id hashes with the default
// parameters: a PHC string with its salt and parameters, a fresh salt
// each time, and hashes the portal cannot read refused.
func TestPasswordHash(t *testing.T) {
	h1, err := DefaultArgon2id.hash("mật khẩu đúng")
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := DefaultArgon2id.hash("mật khẩu đúng")
	phc := regexp.MustCompile(`^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$`)
	must(t, phc.MatchString(h1), "hash = %q; want a PHC string of argon2id", h1)
	must(t, h1 != h2, "two hashes of one password are equal: no fresh salt")
	for _, tt := range []struct {
		hash, password string
		ok             bool
	}{
		{h1, "mật khẩu đúng", true},
		{h2, "mật khẩu đúng", true},
		{h1, "mật khẩu sai", false},
		{h1, "", false},
	} {
		ok, err := verifyPassword(tt.hash, tt.password)
		must(t, err == nil && ok == tt.ok, "verifyPassword(%q) = %v, %v; want %v", tt.password, ok, err, tt.ok)
	}
	parts := strings.Split(h1, "$")
	for _, bad := range []string{
		"", "plain", "$argon2i$v=19$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5],
		"$argon2id$v=16$m=19456,t=2,p=1$" + parts[4] + "$" + parts[5],
		"$argon2id$v=19$m=4194304,t=2,p=1$" + parts[4] + "$" + parts[5], // 4 GiB: refused, not run
		"$argon2id$v=19$m=19456,t=99,p=1$" + parts[4] + "$" + parts[5],
		"$argon2id$v=19$m=19456,t=2,p=1,x=1$" + parts[4] + "$" + parts[5],
		"$argon2id$v=19$m=19456,t=2,p=1$!!$" + parts[5],
		"$argon2id$v=19$m=19456,t=2,p=1$" + parts[4] + "$c2hvcnQ",
	} {
		ok, err := verifyPassword(bad, "mật khẩu đúng")
		must(t, !ok && err == errHash, "verifyPassword(%q) = %v, %v; want errHash", bad, ok, err)
	}
}

// TestLogin: a failed login says nothing of which part was wrong; the
// session cookie is HttpOnly, SameSite=Lax and expires; the database
// keeps only the token's hash; logout and expiry end the session.
func TestLogin(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		wrongPassword := e.client().post("/login", url.Values{"login": {"vt.sgddt"}, "password": {"sai"}})
		unknownUser := e.client().post("/login", url.Values{"login": {"khong.co"}, "password": {e.accounts["vt.sgddt"]}})
		must(t, wrongPassword.status == http.StatusUnauthorized && unknownUser.status == http.StatusUnauthorized,
			"failed logins: %d, %d; want 401", wrongPassword.status, unknownUser.status)
		msg := "Tên đăng nhập hoặc mật khẩu không đúng."
		must(t, errorText(wrongPassword.body) == msg && errorText(unknownUser.body) == msg,
			"failed logins say %q and %q; want %q for both", errorText(wrongPassword.body), errorText(unknownUser.body), msg)
		must(t, wrongPassword.header.Get("Set-Cookie") == "", "a failed login sets a cookie")

		c := e.client()
		resp := c.post("/login", url.Values{"login": {"vt.sgddt"}, "password": {e.accounts["vt.sgddt"]}})
		must(t, resp.status == http.StatusSeeOther && resp.header.Get("Location") == "/dossiers", "login: %d %s", resp.status, resp.header.Get("Location"))
		sc := resp.header.Get("Set-Cookie")
		for _, attr := range []string{"tdkt_session=", "Path=/", "HttpOnly", "SameSite=Lax", "Expires="} {
			must(t, strings.Contains(sc, attr), "Set-Cookie %q lacks %s", sc, attr)
		}
		must(t, !strings.Contains(sc, "Secure"), "Set-Cookie %q is Secure over plain HTTP", sc)
		cookie, _ := http.ParseSetCookie(sc)
		must(t, time.Until(cookie.Expires) > 7*time.Hour && time.Until(cookie.Expires) <= sessionTTL, "the cookie expires at %s", cookie.Expires)
		sum := sha256.Sum256([]byte(cookie.Value))
		must(t, count(t, e.s.db, `SELECT COUNT(*) FROM sessions WHERE token_hash = ?`, hex.EncodeToString(sum[:])) == 1, "the session's hash is not stored")
		must(t, count(t, e.s.db, `SELECT COUNT(*) FROM sessions WHERE token_hash = ?`, cookie.Value) == 0, "the token is stored as it is")
		must(t, c.get("/dossiers").status == http.StatusOK, "the session does not open the list")

		// Logout: the cookie goes, and the token is no longer a session.
		resp = c.post("/logout", nil)
		must(t, resp.status == http.StatusSeeOther && strings.Contains(resp.header.Get("Set-Cookie"), "Max-Age=0"), "logout: %d %q", resp.status, resp.header.Get("Set-Cookie"))
		stolen := e.client()
		u, _ := url.Parse(e.url)
		stolen.c.Jar.SetCookies(u, []*http.Cookie{{Name: sessionCookie, Value: cookie.Value}})
		resp = stolen.get("/dossiers")
		must(t, resp.status == http.StatusSeeOther && resp.header.Get("Location") == "/login", "a token after logout: %d", resp.status)

		// Expiry: a session past its time opens nothing.
		c = e.as("vt.syt")
		if _, err := e.s.db.Exec(context.Background(), `UPDATE sessions SET expires_at = ?`, timeText(time.Now().Add(-time.Minute))); err != nil {
			t.Fatal(err)
		}
		resp = c.get("/dossiers")
		must(t, resp.status == http.StatusSeeOther && resp.header.Get("Location") == "/login", "an expired session: %d", resp.status)
		resp = c.post("/rosters", url.Values{})
		must(t, resp.status == http.StatusUnauthorized, "a POST with an expired session: %d; want 401", resp.status)
	})
}

// TestSecureCookie: over TLS the session cookie is Secure.
func TestSecureCookie(t *testing.T) {
	e := newEnv(t, "")
	ts := httptest.NewTLSServer(e.s.Handler())
	defer ts.Close()
	client := ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	client.Transport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	resp, err := client.PostForm(ts.URL+"/login", url.Values{"login": {"vt.ban"}, "password": {e.accounts["vt.ban"]}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	sc := resp.Header.Get("Set-Cookie")
	must(t, resp.StatusCode == http.StatusSeeOther && strings.Contains(sc, "; Secure"), "login over TLS: %d, Set-Cookie %q", resp.StatusCode, sc)
}

// TestCrossOrigin: a state-changing request from another site is
// refused (http.CrossOriginProtection), whether the browser says so in
// Sec-Fetch-Site or only in Origin; the same request from the portal's
// own pages goes through.
func TestCrossOrigin(t *testing.T) {
	e := newEnv(t, "")
	id := e.walk(dossier.Submitted)
	c := e.as("vt.ban")
	v := c.version(id)
	send := func(header http.Header, path string, form url.Values) response {
		req, _ := http.NewRequest(http.MethodPost, e.url+path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		for k, vs := range header {
			req.Header[k] = vs
		}
		return c.do(req)
	}
	receive := url.Values{"version": {strconv.Itoa(v)}}
	for _, h := range []http.Header{
		{"Sec-Fetch-Site": {"cross-site"}},
		{"Sec-Fetch-Site": {"same-site"}},
		{"Origin": {"https://evil.example"}},
		{"Origin": {"http://127.0.0.1:1"}},
	} {
		resp := send(h, "/dossiers/"+id+"/receive", receive)
		must(t, resp.status == http.StatusForbidden && strings.Contains(resp.body, "chống giả mạo yêu cầu"), "cross-origin POST with %v: %d", h, resp.status)
		resp = send(h, "/login", url.Values{"login": {"vt.ban"}, "password": {e.accounts["vt.ban"]}})
		must(t, resp.status == http.StatusForbidden, "cross-origin login with %v: %d", h, resp.status)
		resp = send(h, "/logout", nil)
		must(t, resp.status == http.StatusForbidden, "cross-origin logout with %v: %d", h, resp.status)
	}
	must(t, e.dossierNow(id).State == dossier.Submitted, "a cross-origin request changed the dossier")
	// A page of the portal itself: same origin.
	resp := send(http.Header{"Sec-Fetch-Site": {"same-origin"}, "Origin": {e.url}}, "/dossiers/"+id+"/receive", receive)
	must(t, resp.status == http.StatusSeeOther && e.dossierNow(id).State == dossier.Received, "same-origin POST: %d %s", resp.status, errorText(resp.body))
}

// TestAuthorization tries every route of the portal as users who may not
// use it on that resource: the clerk of another unit on the department
// of education's dossier, roster, files and documents gets 404 (or 403
// where the role alone forbids the route), nothing changes; each
// transition is refused to the roles that may not take it.
func TestAuthorization(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		id := e.walk(dossier.Decided)
		d := e.dossierNow(id)
		var rosterID string
		if err := e.s.db.QueryRow(context.Background(), `SELECT roster_id FROM dossiers WHERE id = ?`, id).Scan(&rosterID); err != nil {
			t.Fatal(err)
		}
		fileID := d.Documents[0].ID
		sent := e.as("vt.sgddt").propose(rosterID, []string{"GD05|bang-khen-bo-tinh"}) // with every file: sent
		values := map[string]string{"{id}": id, "{roster}": rosterID, "{file}": fileID, "{name}": "quyet-dinh-khen-thuong.docx", "{$}": ""}
		path := func(pattern string) (string, string) {
			method, p, _ := strings.Cut(pattern, " ")
			for k, v := range values {
				p = strings.ReplaceAll(p, k, v)
			}
			return method, p
		}
		before := count(t, e.s.db, `SELECT COUNT(*) FROM events`)

		other := e.as("vt.syt") // the clerk of Sở Y tế
		tried := 0
		for _, rt := range e.s.routes() {
			if rt.public {
				continue
			}
			method, p := path(rt.pattern)
			mine := strings.Contains(rt.pattern, "{") // a route on a resource of the other unit
			if !mine && p != "/statistics" {
				continue // the clerk's own lists and forms
			}
			var resp response
			if method == http.MethodGet {
				resp = other.get(p)
			} else {
				resp = other.postFiles(p, url.Values{"version": {strconv.Itoa(d.Version)}, "reason": {"x"}, "entry": {"GD01|bang-khen-bo-tinh"}},
					map[string]file{"file": {"a.pdf", readSample(t, "to-trinh.pdf")}})
			}
			must(t, resp.status == http.StatusNotFound || resp.status == http.StatusForbidden,
				"%s %s as the clerk of another unit: %d; want 403 or 404", method, p, resp.status)
			must(t, !strings.Contains(resp.body, "Lê Thị Lan"), "%s %s as the clerk of another unit shows a name of the dossier", method, p)
			tried++
		}
		must(t, tried >= 17, "tried %d routes", tried)

		// The authority's staff: no roster, no proposal, no draft of a unit.
		for _, login := range []string{"vt.ban", "cv.ban", "tk.hd", "ct.ubnd"} {
			c := e.as(login)
			for _, p := range []string{"/rosters/new", "/rosters/" + rosterID} {
				resp := c.get(p)
				must(t, resp.status == http.StatusForbidden || resp.status == http.StatusNotFound, "GET %s as %s: %d", p, login, resp.status)
			}
			resp := c.postFiles("/rosters", url.Values{"year": {"2025"}}, map[string]file{"roster": {"so-gddt.csv", readSample(t, "so-gddt.csv")}})
			must(t, resp.status == http.StatusForbidden, "POST /rosters as %s: %d", login, resp.status)
			resp = c.post("/rosters/"+rosterID+"/dossiers", url.Values{"entry": {"GD05|bang-khen-bo-tinh"}})
			must(t, resp.status == http.StatusForbidden, "POST proposal as %s: %d", login, resp.status)
		}
		// A unit's clerk: no statistics of the authority.
		must(t, e.as("vt.sgddt").get("/statistics").status == http.StatusForbidden, "statistics for a unit's clerk")

		// Each transition of the sent dossier, by every role that may not
		// take it: 403 before anything is read.
		allowed := map[string][]string{"receive": {"vt.ban"}, "return": {"vt.ban", "cv.ban"}, "appraise": {"cv.ban"},
			"convene": {"cv.ban", "tk.hd"}, "vote": {"tk.hd"}, "propose": {"cv.ban"}, "decide": {"ct.ubnd"},
			"submit": {"vt.sgddt", "vt.syt"}, "attach": {"vt.sgddt", "vt.syt"}, "cancel": {"vt.sgddt", "vt.syt", "ct.ubnd"}}
		for _, a := range actions {
			for _, login := range []string{"vt.sgddt", "vt.ban", "cv.ban", "tk.hd", "ct.ubnd"} {
				if hasString(allowed[a.path], login) {
					continue
				}
				resp := e.as(login).post("/dossiers/"+sent+"/"+a.path, url.Values{"version": {"2"}, "reason": {"x"}})
				must(t, resp.status == http.StatusForbidden, "%s by %s: %d; want 403", a.path, login, resp.status)
			}
		}
		// A unit's clerk on its own sent dossier: the dossier refuses what
		// the state does not allow.
		resp := e.as("vt.sgddt").post("/dossiers/"+sent+"/submit", url.Values{"version": {"2"}})
		must(t, resp.status == http.StatusConflict, "submit a sent dossier again: %d %s", resp.status, errorText(resp.body))

		after := count(t, e.s.db, `SELECT COUNT(*) FROM events`)
		must(t, after == before, "events %d → %d; want no change", before, after)
		must(t, e.dossierNow(id).Version == d.Version, "the decided dossier changed")

		// Signed out: pages go to the login form, forms are 401.
		anon := e.client()
		for _, rt := range e.s.routes() {
			if rt.public {
				continue
			}
			method, p := path(rt.pattern)
			if method == http.MethodGet {
				resp := anon.get(p)
				must(t, resp.status == http.StatusSeeOther && resp.header.Get("Location") == "/login", "GET %s signed out: %d", p, resp.status)
			} else {
				resp := anon.post(p, url.Values{"version": {"1"}})
				must(t, resp.status == http.StatusUnauthorized, "POST %s signed out: %d", p, resp.status)
			}
		}
	})
}

func hasString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
