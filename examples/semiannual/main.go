// Semiannual composes the semi-annual TĐKT report of a provincial
// department from a data file: the report of ../shared/seed/, Sở Ngoại vụ
// tỉnh Cao Bằng, first half of 2022, with every figure that has arithmetic
// behind it computed by the library (sums, quantity × unit price, the change
// against the same period last year, the counts of titles from the award
// records, the registration rate from the registrations).
//
//	go run ./examples/semiannual                          # plain text on standard output
//	go run ./examples/semiannual -format docx -o bc.docx  # the Word document officers sign
//	go run ./examples/semiannual -data examples/semiannual/xa-tan-lap.json -format html -o qd.html
//	go run ./examples/semiannual -data examples/semiannual/benh-vien-quyet-dinh.json -format xlsx -o ds.xlsx
//
// Formats: text, md, html, docx, json, and xlsx (the document's tables as
// a workbook: a decision's annex list with its money and total). The program is a thin main over
// package report/datafile, which reads the data file (its format is
// documented there, with a JSON Schema for editors); cao-bang-2022.json is
// its worked example.
package main

import (
	"bufio"
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/all"
	"github.com/tdkt-vn/tdkt/report/datafile"
	_ "github.com/tdkt-vn/tdkt/report/xlsx"
)

//go:embed cao-bang-2022.json
var seedData []byte

// formats maps the -format flag to the renderers' names.
var formats = map[string]string{"text": "text", "md": "markdown", "html": "html", "docx": "docx", "json": "json", "xlsx": "xlsx"}

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
	fs := flag.NewFlagSet("semiannual", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text, md, html, docx, json or xlsx")
	out := fs.String("o", "", "write to this file instead of standard output")
	dataFile := fs.String("data", "", "a data file of the same format (default: the embedded cao-bang-2022.json)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	id, ok := formats[*format]
	if !ok {
		return fmt.Errorf("-format %q: want text, md, html, docx, json or xlsx", *format)
	}
	name, data := "cao-bang-2022.json", seedData
	if *dataFile != "" {
		var err error
		if data, err = os.ReadFile(*dataFile); err != nil {
			return err
		}
		name = filepath.Base(*dataFile)
	}
	doc, err := compose(ctx, name, data)
	if err != nil {
		return err
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		bw := bufio.NewWriter(f)
		if err := report.Render(ctx, id, bw, doc); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		return f.Close()
	}
	return report.Render(ctx, id, w, doc)
}

// compose reads a data file and composes its document.
func compose(ctx context.Context, name string, data []byte) (*report.Document, error) {
	f, err := datafile.Parse(name, data)
	if err != nil {
		return nil, err
	}
	return report.Compose(ctx, f.Template, f.Data)
}
