// Portal is tdkt embedded in a small web portal: the path a proposal
// dossier ("hồ sơ đề nghị khen thưởng") takes from a unit's clerk to the
// signed decision, on a real database, with real logins.
//
//	cd examples/portal && go run .                              # SQLite in ./data, http://127.0.0.1:8080
//	go run . -addr 127.0.0.1:9000 -data /var/lib/tdkt           # another address and folder
//	go run . -db 'postgres://tdkt:secret@localhost/tdkt'        # PostgreSQL through pgx
//
// On its first start it creates the made-up tỉnh Lam Sơn: two departments
// that propose (Sở Giáo dục và Đào tạo, Sở Y tế), the provincial People's
// Committee that decides, and one account for each role, whose passwords
// it prints once.
//
// A unit's clerk uploads a roster (CSV or XLSX, read by awards.ParseCSV
// or workbook.Load), reads each person's verdicts with their reasons, and
// proposes a dossier with its tờ trình and biên bản; the office clerk
// receives it, the appraiser appraises it with package awards (or returns
// it with a reason), the council's secretary records the meeting and its
// secret ballot, the appraiser puts it to the head, and the head decides,
// the decision's number coming from a register kept in the database.
// Everyone downloads the documents (package report/dossierdocs: DOCX,
// HTML, the annex as XLSX) and the statistics forms of the year
// (report/forms, XLSX).
//
// The dossiers live as their events (package dossier's JSON, one row
// each, UNIQUE (dossier_id, version)): a dossier is rebuilt from them on
// every request, and the table dossiers is a projection kept in the same
// transaction. README.md says how to take each piece into a portal of
// your own.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	log.SetFlags(0)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Stdout, os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		log.Fatal(err)
	}
}

// run starts the portal and serves until ctx is done.
func run(ctx context.Context, stdout io.Writer, args []string) error {
	fs := flag.NewFlagSet("portal", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on")
	data := fs.String("data", "data", "the folder of the SQLite database, created if missing")
	dbURL := fs.String("db", "", "a postgres:// URL: use PostgreSQL instead of SQLite")
	secure := fs.Bool("secure-cookies", false, "mark the session cookie Secure (behind a TLS proxy)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	s, accounts, err := NewServer(ctx, Config{DataDir: *data, DBURL: *dbURL, SecureCookies: *secure})
	if err != nil {
		return err
	}
	defer s.Close()
	if len(accounts) > 0 {
		fmt.Fprintln(stdout, "Tài khoản dùng thử (chỉ in một lần, hãy ghi lại):")
		for _, a := range accounts {
			fmt.Fprintf(stdout, "  %-10s %-22s %s — %s\n", a.Login, a.Password, roleNames[a.Role], a.Name)
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	where := "SQLite " + s.Where()
	if *dbURL != "" {
		where = "PostgreSQL"
	}
	fmt.Fprintf(stdout, "Cổng thông tin TĐKT: http://%s (%s)\n", ln.Addr(), where)
	return s.Serve(ctx, ln)
}

// Serve serves HTTP on ln until ctx is done, then shuts down, letting
// requests under way finish for up to 10 seconds.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // uploads
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
