// Dossier follows a commune's proposal dossier ("hồ sơ đề nghị khen
// thưởng") from the unit's request to the signed decision, and writes
// every document of the procedure from the dossier alone: the unit's tờ
// trình with its list, the council's biên bản with its secret ballot, the
// office's tờ trình kết quả thẩm định and the decision with its annex and
// money, each as DOCX and HTML, with the event log as JSON.
//
//	go run ./examples/dossier -o /tmp/ho-so
//
// Without -o it writes to a folder ho-so-xa-tan-lap that it creates in the
// current directory. The data is xa-tan-lap.json beside this file (its
// format is in README.md): Ủy ban nhân dân xã Tân Lập, made up, its 12
// officers and 2 teams, its council and the steps of the dossier — a
// sending refused for a missing achievement report, a return with its
// reason and a second sending, the appraisal by package awards, the
// council's vote judged again under the commune's own rule, the decision
// numbered by a register. -data reads another file of the same format.
//
// The program is a thin main over packages dossier (the workflow and its
// events) and report/dossierdocs (the documents); the events it writes are
// read back with dossier.DecodeEvents and rebuilt with dossier.Rebuild to
// the same dossier before anything is written.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"reflect"

	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/all"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
)

//go:embed xa-tan-lap.json
var sample []byte

// defaultDir is the folder written without -o, in the current directory.
const defaultDir = "ho-so-xa-tan-lap"

func main() {
	log.SetFlags(0)
	if err := run(context.Background(), os.Stdout, os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		log.Fatal(err)
	}
}

func run(ctx context.Context, stdout io.Writer, args []string) error {
	fs := flag.NewFlagSet("dossier", flag.ContinueOnError)
	out := fs.String("o", "", "the folder to write the documents and events.json to (default: ./"+defaultDir+", created)")
	dataFile := fs.String("data", "", "a data file of the same format (default: the embedded xa-tan-lap.json)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	name, data := "xa-tan-lap.json", sample
	if *dataFile != "" {
		var err error
		if data, err = os.ReadFile(*dataFile); err != nil {
			return err
		}
		name = filepath.Base(*dataFile)
	}
	c, err := load(name, data)
	if err != nil {
		return err
	}
	d, events, err := c.walk(ctx, stdout)
	if err != nil {
		return err
	}

	// The log, and the dossier rebuilt from it: the same.
	logJSON, err := marshalEvents(events)
	if err != nil {
		return err
	}
	back, err := dossier.DecodeEvents("events.json", logJSON)
	if err != nil {
		return err
	}
	again, err := dossier.Rebuild(back)
	if err != nil {
		return err
	}
	if !reflect.DeepEqual(again, d) {
		return errors.New("the dossier rebuilt from events.json differs from the one the commands built")
	}
	fmt.Fprintf(stdout, "\nNhật ký %d sự kiện đọc lại và dựng lại đúng hồ sơ: %s, quyết định số %s.\n",
		len(back), again.Status(), again.Decision.Number)

	dir := *out
	if dir == "" {
		dir = defaultDir
		fmt.Fprintf(stdout, "Không có -o: ghi vào thư mục %s trong thư mục hiện hành.\n", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := []string{"events.json"}
	if err := os.WriteFile(filepath.Join(dir, "events.json"), logJSON, 0o644); err != nil {
		return err
	}
	for _, k := range dossierdocs.Available(d) {
		doc, err := dossierdocs.Compose(ctx, k, d, c.options)
		if err != nil {
			return err
		}
		for _, format := range []string{"docx", "html"} {
			file := k.Name() + "." + format
			var b bytes.Buffer
			if err := report.Render(ctx, format, &b, doc); err != nil {
				return fmt.Errorf("%s: %w", file, err)
			}
			if err := os.WriteFile(filepath.Join(dir, file), b.Bytes(), 0o644); err != nil {
				return err
			}
			files = append(files, file)
		}
	}
	fmt.Fprintf(stdout, "Đã ghi %d tệp vào %s:\n", len(files), dir)
	for _, f := range files {
		fmt.Fprintf(stdout, "  %s\n", f)
	}
	return nil
}
