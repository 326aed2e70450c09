package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/dossier"
)

// TestMain runs the portal as a child process when the durability test
// asks for one (TDKT_PORTAL_CHILD), and the tests otherwise.
func TestMain(m *testing.M) {
	if os.Getenv("TDKT_PORTAL_CHILD") != "" {
		if err := child(); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		return
	}
	os.Exit(m.Run())
}

// child serves the portal on a loopback port until it is killed: the
// data folder and database from the environment, the address and, on the
// first start, the accounts written to stdout as one JSON line.
func child() error {
	ctx := context.Background()
	s, accounts, err := NewServer(ctx, Config{DataDir: os.Getenv("TDKT_PORTAL_DATA"), DBURL: os.Getenv("TDKT_PORTAL_DB"), Argon2id: testArgon2id})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	line, _ := json.Marshal(map[string]any{"addr": ln.Addr().String(), "accounts": accounts})
	fmt.Println(string(line))
	return s.Serve(ctx, ln)
}

// TestMigrations applies the migrations of the dialect once: a second
// start applies none, and schema_version lists each.
func TestMigrations(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		steps, err := migrations(e.s.db.dialect)
		if err != nil {
			t.Fatal(err)
		}
		must(t, len(steps) == 2 && steps[1].name == "0002_files."+string(e.s.db.dialect)+".sql", "migrations = %v", steps)
		must(t, count(t, e.s.db, `SELECT COUNT(*) FROM schema_version`) == len(steps), "schema_version rows ≠ %d", len(steps))
		n, err := e.s.db.migrate(context.Background())
		must(t, err == nil && n == 0, "migrate again = %d, %v; want 0", n, err)
		// The second start finds the users: no new accounts.
		_, accounts, err := NewServer(context.Background(), Config{DataDir: e.dir, DBURL: e.dbURL, Argon2id: testArgon2id})
		must(t, err == nil && len(accounts) == 0, "second start: %d accounts, %v", len(accounts), err)
	})
}

// TestMoneyColumns: the reward money is an exact decimal column, NUMERIC
// in PostgreSQL and TEXT in a STRICT table of SQLite, which keeps even a
// float given to it as text; what is read back equals what was written.
func TestMoneyColumns(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		ctx := context.Background()
		e.walk(dossier.Decided)
		switch e.s.db.dialect {
		case postgresDB:
			var typ string
			if err := e.s.db.QueryRow(ctx, `SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'rewards' AND column_name = 'amount'`).Scan(&typ); err != nil {
				t.Fatal(err)
			}
			must(t, typ == "numeric", "rewards.amount is %s; want numeric", typ)
		case sqliteDB:
			must(t, count(t, e.s.db, `SELECT COUNT(*) FROM rewards WHERE typeof(amount) <> 'text'`) == 0, "an amount is not text")
			// A float handed to the column is kept as text, never as REAL.
			if _, err := e.s.db.Exec(ctx, `INSERT INTO rewards VALUES ('X', 'X', 'x', 'x', 'x', '2026-01-01', ?, 'VND')`, 1.5); err != nil {
				t.Fatal(err)
			}
			must(t, count(t, e.s.db, `SELECT COUNT(*) FROM rewards WHERE typeof(amount) <> 'text'`) == 0, "a float became a REAL")
		}
		// Exact round trip through the column, digits that a float loses.
		for _, v := range []string{"2340000", "12345678901234567890.12", "0.1", "1114831.25"} {
			err := e.s.db.write(ctx, func(tx *Tx) error {
				if _, err := tx.ExecContext(ctx, `DELETE FROM rewards WHERE dossier_id = 'T'`); err != nil {
					return err
				}
				_, err := tx.ExecContext(ctx, `INSERT INTO rewards VALUES ('T', 'S', 'bang-khen-bo-tinh', 'x', 'x', '2026-01-01', ?, 'VND')`, v)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			var x exactDecimal
			if err := e.s.db.QueryRow(ctx, `SELECT amount FROM rewards WHERE dossier_id = 'T'`).Scan(&x); err != nil {
				t.Fatal(err)
			}
			must(t, x.text == v, "amount %s read back as %s", v, x.text)
		}
		var x exactDecimal
		must(t, x.Scan(1.5) != nil, "exactDecimal.Scan(float64) = nil; want an error")
	})
}

// TestRegister gives decision numbers from many transactions at once:
// each number once, none skipped.
func TestRegister(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		ctx := context.Background()
		const n = 24
		got := make(chan int, n)
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {
				err := e.s.db.write(ctx, func(tx *Tx) error {
					k, err := register{tx}.Next(ctx, "UBND-LS", 2026, "QĐ")
					got <- k
					return err
				})
				if err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		close(got)
		seen := map[int]bool{}
		for k := range got {
			must(t, !seen[k] && k >= 1 && k <= n, "number %d given twice or out of 1–%d", k, n)
			seen[k] = true
		}
		must(t, len(seen) == n, "%d numbers; want %d", len(seen), n)
		// A refused decision takes no number: its transaction is rolled back.
		err := e.s.db.write(ctx, func(tx *Tx) error {
			if _, err := (register{tx}).Next(ctx, "UBND-LS", 2026, "QĐ"); err != nil {
				return err
			}
			return errors.New("refused")
		})
		must(t, err != nil, "the refused transaction committed")
		err = e.s.db.write(ctx, func(tx *Tx) error {
			k, err := register{tx}.Next(ctx, "UBND-LS", 2026, "QĐ")
			must(t, k == n+1, "after a refused decision: %d; want %d", k, n+1)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// TestStaleInsert: the unique key (dossier_id, version) refuses a second
// event of the same version, and record says so with the dossier's
// *StaleError.
func TestStaleInsert(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		id := e.walk(dossier.Submitted)
		ctx := context.Background()
		d, events, err := loadDossier(ctx, e.s.db.pool(), id)
		if err != nil {
			t.Fatal(err)
		}
		err = e.s.db.write(ctx, func(tx *Tx) error { return record(ctx, tx, d, events[len(events)-1], "") })
		var stale *dossier.StaleError
		must(t, errors.As(err, &stale) && stale.Dossier == id, "a second event of version %d: %v; want *dossier.StaleError", d.Version, err)
	})
}

// TestConcurrentActions: clerks act at once on the same version of a
// dossier, round after round. Each round exactly one wins; the others
// are told to reload; the events have no gap and the projection
// follows.
func TestConcurrentActions(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		e := newEnv(t, dbURL)
		id := e.walk(dossier.Submitted)
		const clerks = 6
		clients := make([]*client, clerks)
		for i := range clients {
			login := "vt.ban"
			if i%2 == 1 {
				login = "cv.ban"
			}
			clients[i] = e.as(login)
		}
		for round := 0; round < 4; round++ {
			v := clients[0].version(id)
			d := e.dossierNow(id)
			form := url.Values{"version": {strconv.Itoa(v)}, "reason": {"Thiếu chữ ký của Thủ trưởng đơn vị"}}
			path := "/dossiers/" + id + "/return"
			if d.State == dossier.Submitted {
				path = "/dossiers/" + id + "/receive" // the office clerks receive, the appraisers are refused by role
			}
			var wg sync.WaitGroup
			start := make(chan struct{})
			statuses := make([]int, clerks)
			bodies := make([]string, clerks)
			for i, c := range clients {
				wg.Go(func() {
					<-start
					resp := c.post(path, form)
					statuses[i], bodies[i] = resp.status, resp.body
				})
			}
			close(start)
			wg.Wait()
			won, stale := 0, 0
			for i, st := range statuses {
				switch {
				case st == http.StatusSeeOther:
					won++
				case st == http.StatusConflict && strings.Contains(bodies[i], "hãy tải lại hồ sơ"):
					stale++
				case st == http.StatusForbidden && strings.HasSuffix(path, "/receive") && i%2 == 1:
				default:
					t.Fatalf("round %d, clerk %d: %d %s", round, i, st, errorText(bodies[i]))
				}
			}
			must(t, won == 1, "round %d: %d won; want 1 (statuses %v)", round, won, statuses)
			must(t, stale >= 1, "round %d: no one was told to reload", round)
			after := e.dossierNow(id)
			must(t, after.Version == v+1, "round %d: version %d → %d; want one event", round, v, after.Version)
			must(t, count(t, e.s.db, `SELECT COUNT(*) FROM events WHERE dossier_id = ?`, id) == v+1, "round %d: events ≠ %d", round, v+1)
			must(t, count(t, e.s.db, `SELECT version FROM dossiers WHERE id = ?`, id) == v+1, "round %d: the projection's version is behind", round)
			if after.State == dossier.Returned {
				e.as("vt.sgddt").act(id, "submit", nil)
			}
		}
	})
}

// TestKillDuringWrites runs the portal as a child process, sends it a
// burst of proposals and roster uploads from several clients, kills it
// with SIGKILL in the middle, starts it again on the same data, and
// finds every change it had acknowledged with a 2xx or 3xx.
func TestKillDuringWrites(t *testing.T) {
	databases(t, func(t *testing.T, dbURL string) {
		dir := t.TempDir()
		if dbURL != "" {
			dbURL = freshSchema(t, dbURL)
		}
		first, accounts := startChild(t, dir, dbURL)
		e := &env{t: t, url: "http://" + first.addr, accounts: accounts}
		unit := e.as("vt.sgddt")
		roster := unit.upload("so-gddt.csv", readSample(t, "so-gddt.csv"), 2025)

		var mu sync.Mutex
		var dossiers, rosters []string
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for w := range 6 {
			wg.Go(func() {
				c := e.as("vt.sgddt")
				c.c.Timeout = 5 * time.Second
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					var req *http.Request
					var err error
					if (w+i)%3 == 0 {
						req, err = multipartRequest(e.url+"/rosters", url.Values{"year": {"2025"}},
							map[string]file{"roster": {"so-gddt.csv", readSample(t, "so-gddt.csv")}})
					} else {
						req, err = multipartRequest(e.url+"/rosters/"+roster+"/dossiers", url.Values{"entry": {"GD02|bang-khen-bo-tinh"},
							"request_date": {"2026-01-05"}, "minutes_date": {"2026-01-02"}},
							map[string]file{"request": {"t.pdf", readSample(t, "to-trinh.pdf")}, "minutes": {"b.pdf", readSample(t, "bien-ban.pdf")},
								"report.GD02": {"r.pdf", readSample(t, "bao-cao-thanh-tich.pdf")}})
					}
					if err != nil {
						t.Error(err)
						return
					}
					resp, err := c.c.Do(req)
					if err != nil {
						return // the server is gone
					}
					resp.Body.Close()
					loc := resp.Header.Get("Location")
					if resp.StatusCode != http.StatusSeeOther {
						continue
					}
					mu.Lock()
					if strings.HasPrefix(loc, "/dossiers/") {
						dossiers = append(dossiers, strings.TrimPrefix(loc, "/dossiers/"))
					} else {
						rosters = append(rosters, strings.TrimPrefix(loc, "/rosters/"))
					}
					mu.Unlock()
				}
			})
		}
		// Kill it once it has acknowledged a good number, writes still coming.
		deadline := time.Now().Add(20 * time.Second)
		for {
			mu.Lock()
			n := len(dossiers) + len(rosters)
			mu.Unlock()
			if n >= 30 || time.Now().After(deadline) {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if err := first.cmd.Process.Kill(); err != nil { // SIGKILL
			t.Fatal(err)
		}
		_ = first.cmd.Wait()
		close(stop)
		wg.Wait()
		mu.Lock()
		acked := append([]string{}, dossiers...)
		ackedRosters := append([]string{}, rosters...)
		mu.Unlock()
		must(t, len(acked) > 0 && len(ackedRosters) > 0, "acknowledged %d dossiers, %d rosters before the kill", len(acked), len(ackedRosters))

		second, _ := startChild(t, dir, dbURL)
		e.url = "http://" + second.addr
		c := e.as("vt.sgddt")
		for _, id := range acked {
			resp := c.get("/dossiers/" + id)
			must(t, resp.status == http.StatusOK && strings.Contains(resp.body, "Đã gửi"), "acknowledged dossier %s after the restart: %d", id, resp.status)
		}
		for _, id := range ackedRosters {
			resp := c.get("/rosters/" + id)
			must(t, resp.status == http.StatusOK, "acknowledged roster %s after the restart: %d", id, resp.status)
		}
		t.Logf("%d dossiers and %d rosters acknowledged before SIGKILL, all there after the restart", len(acked), len(ackedRosters))
		_ = second.cmd.Process.Kill()
		_ = second.cmd.Wait()
		if dbURL == "" {
			db, err := openDB(context.Background(), dir, "")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var check string
			if err := db.QueryRow(context.Background(), `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
				t.Fatalf("integrity_check = %q, %v", check, err)
			}
		}
	})
}

type childProc struct {
	cmd  *exec.Cmd
	addr string
}

// startChild starts the test binary as the portal on dir or dbURL and
// waits for its address.
func startChild(t *testing.T, dir, dbURL string) (*childProc, map[string]string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "TDKT_PORTAL_CHILD=1", "TDKT_PORTAL_DATA="+filepath.Join(dir, "data"), "TDKT_PORTAL_DB="+dbURL)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		if sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var line string
	select {
	case line = <-lines:
	case <-time.After(60 * time.Second):
		t.Fatal("the child portal did not start")
	}
	var hello struct {
		Addr     string
		Accounts []Account
	}
	if err := json.Unmarshal([]byte(line), &hello); err != nil {
		t.Fatalf("the child said %q: %v", line, err)
	}
	accounts := map[string]string{}
	for _, a := range hello.Accounts {
		accounts[a.Login] = a.Password
	}
	return &childProc{cmd: cmd, addr: hello.Addr}, accounts
}
