package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLoad puts 50 users on the portal over loopback for 30 seconds
// (TDKT_LOAD_SECONDS to change): 40 clerks of the two units browse their
// lists, rosters with their verdicts and dossiers, and one request in
// five proposes a dossier (with its files: a write transaction of two
// events); 10 of the authority's staff browse the lists, the dossiers
// and their documents. Every response must be the one expected: zero
// errors. It prints p50, p99 and the requests per second. It runs when
// TDKT_LOAD=1.
func TestLoad(t *testing.T) {
	if os.Getenv("TDKT_LOAD") == "" {
		t.Skip("TDKT_LOAD not set: the load test is skipped (TDKT_LOAD=1 go test -run TestLoad -v)")
	}
	seconds := 30
	if s := os.Getenv("TDKT_LOAD_SECONDS"); s != "" {
		fmt.Sscan(s, &seconds)
	}
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		rosters := map[string]string{
			"vt.sgddt": e.as("vt.sgddt").upload("so-gddt.csv", readSample(t, "so-gddt.csv"), 2025),
			"vt.syt":   e.as("vt.syt").upload("so-y-te.csv", readSample(t, "so-y-te.csv"), 2025),
		}
		entries := map[string][]string{"vt.sgddt": {"GD02|bang-khen-bo-tinh"}, "vt.syt": {"YT02|bang-khen-bo-tinh"}}
		subject := map[string]string{"vt.sgddt": "GD02", "vt.syt": "YT02"}
		// A few dossiers to browse from the start.
		for login := range rosters {
			e.as(login).propose(rosters[login], entries[login])
		}

		transport := &http.Transport{MaxIdleConnsPerHost: 100}
		defer transport.CloseIdleConnections()
		type sample struct {
			d   time.Duration
			err string
		}
		var mu sync.Mutex
		var samples []sample
		record := func(d time.Duration, err string) {
			mu.Lock()
			samples = append(samples, sample{d, err})
			mu.Unlock()
		}
		link := regexp.MustCompile(`href="(/dossiers/[A-Z]+-\d+-\d+)"`)
		deadline := time.Now().Add(time.Duration(seconds) * time.Second)
		start := time.Now()
		var wg sync.WaitGroup
		for u := range 50 {
			login := []string{"vt.sgddt", "vt.syt"}[u%2]
			if u >= 40 {
				login = []string{"vt.ban", "cv.ban", "tk.hd", "ct.ubnd"}[u%4]
			}
			wg.Go(func() {
				jar, _ := cookiejar.New(nil)
				c := &http.Client{Transport: transport, Jar: jar, Timeout: 30 * time.Second,
					CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
				do := func(req *http.Request, want int) string {
					t0 := time.Now()
					resp, err := c.Do(req)
					if err != nil {
						record(time.Since(t0), err.Error())
						return ""
					}
					body, err := io.ReadAll(resp.Body)
					resp.Body.Close()
					d := time.Since(t0)
					switch {
					case err != nil:
						record(d, err.Error())
					case resp.StatusCode != want:
						record(d, fmt.Sprintf("%s %s: %d %s", req.Method, req.URL.Path, resp.StatusCode, errorText(string(body))))
					default:
						record(d, "")
					}
					return string(body)
				}
				form := func(path string, v url.Values) *http.Request {
					req, _ := http.NewRequest(http.MethodPost, e.url+path, strings.NewReader(v.Encode()))
					req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
					return req
				}
				get := func(path string) *http.Request {
					req, _ := http.NewRequest(http.MethodGet, e.url+path, nil)
					return req
				}
				do(form("/login", url.Values{"login": {login}, "password": {e.accounts[login]}}), http.StatusSeeOther)
				staff := rosters[login] == ""
				var own []string
				for i := 0; time.Now().Before(deadline); i++ {
					switch {
					case i%5 == 0:
						list := do(get("/dossiers"), http.StatusOK)
						own = own[:0]
						for _, m := range link.FindAllStringSubmatch(list, 40) {
							own = append(own, m[1])
						}
					case !staff && i%5 == 4:
						req, err := multipartRequest(e.url+"/rosters/"+rosters[login]+"/dossiers",
							url.Values{"entry": entries[login], "request_date": {"2026-01-05"}, "minutes_date": {"2026-01-02"}},
							map[string]file{"request": {"to-trinh.pdf", readSample(t, "to-trinh.pdf")},
								"minutes":                  {"bien-ban.pdf", readSample(t, "bien-ban.pdf")},
								"report." + subject[login]: {"bao-cao.pdf", readSample(t, "bao-cao-thanh-tich.pdf")}})
						if err != nil {
							record(0, err.Error())
							continue
						}
						do(req, http.StatusSeeOther)
					case !staff && i%5 == 2:
						do(get("/rosters/"+rosters[login]), http.StatusOK)
					case len(own) > 0:
						d := own[rand.IntN(len(own))]
						if staff && i%5 == 3 {
							do(get(d+"/documents/to-trinh-de-nghi.html"), http.StatusOK)
						} else {
							do(get(d), http.StatusOK)
						}
					default:
						do(get("/dossiers"), http.StatusOK)
					}
				}
			})
		}
		wg.Wait()
		elapsed := time.Since(start)
		var ds []time.Duration
		var errs []string
		for _, s := range samples {
			ds = append(ds, s.d)
			if s.err != "" {
				errs = append(errs, s.err)
			}
		}
		slices.Sort(ds)
		pct := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
		proposals := count(t, e.s.db, `SELECT COUNT(*) FROM dossiers`)
		t.Logf("%s: 50 users, %s: %d requests, %.0f req/s, p50 %s, p99 %s, max %s, %d errors; %d dossiers proposed",
			e.s.db.dialect, elapsed.Round(time.Millisecond), len(ds), float64(len(ds))/elapsed.Seconds(),
			pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), ds[len(ds)-1].Round(time.Millisecond), len(errs), proposals)
		for i, err := range errs {
			if i == 10 {
				break
			}
			t.Error(err)
		}
	})
}
