// Statistics fills the five TĐKT statistics forms of Circular
// 02/2023/TT-BNV (0601 to 0605.N/BNV-TĐKT) of a made-up provincial
// department, Sở Giáo dục và Đào tạo tỉnh Lam Sơn, for the period from
// 01/12/2024 to 30/11/2025, from the data files beside this program, and
// writes them as a workbook (one sheet per form, grouped headers merged)
// and a Word document:
//
//	go run ./examples/statistics                 # the forms as text
//	go run ./examples/statistics -o out          # out/thong-ke-tdkt-2025.xlsx and .docx
//	go run ./examples/statistics -data DIR -o out
//
// The data are five files: bao-cao.json (the circular, the year, the
// document's header, who reports to whom and signs, and the level of
// each body that launches campaigns), phong-trao.json (a season of
// emulation, as package emulation reads it), khen-thuong.csv (the awards
// granted, with the facts the forms count them by), can-bo.csv (the
// officers doing TĐKT work) and to-chuc.csv (the organisations doing it).
// Each CSV file may be an .xlsx workbook of the same columns instead
// (khen-thuong.xlsx), read by package source/workbook.
//
// Every cell is computed from the data; a cell the data cannot give says
// why (campaign PT-SGD-ANTT has no end, so its duration is unknown), and
// the forms' own arithmetic is checked before anything is written.
package main

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"

	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/docx"
	"github.com/tdkt-vn/tdkt/report/forms"
	_ "github.com/tdkt-vn/tdkt/report/text"
	_ "github.com/tdkt-vn/tdkt/report/xlsx"
	"github.com/tdkt-vn/tdkt/source"
	"github.com/tdkt-vn/tdkt/source/workbook"
)

//go:embed bao-cao.json phong-trao.json khen-thuong.csv can-bo.csv to-chuc.csv
var sample embed.FS

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
	fl := flag.NewFlagSet("statistics", flag.ContinueOnError)
	out := fl.String("o", "", "write the workbook and the Word document into this folder instead of text on standard output")
	dir := fl.String("data", "", "a folder of data files (default: the sample beside the program)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fl.Arg(0))
	}
	var fsys fs.FS = sample
	if *dir != "" {
		fsys = os.DirFS(*dir)
	}
	in, err := load(fsys)
	if err != nil {
		return err
	}
	filled, err := in.fill()
	if err != nil {
		return err
	}
	doc, err := in.document(ctx, filled)
	if err != nil {
		return err
	}
	if *out == "" {
		return report.Render(ctx, "text", stdout, doc)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	for _, format := range []string{"xlsx", "docx"} {
		var b bytes.Buffer
		if err := report.Render(ctx, format, &b, doc); err != nil {
			return err
		}
		name := filepath.Join(*out, fmt.Sprintf("thong-ke-tdkt-%d.%s", in.Year, format))
		if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintln(stdout, name)
	}
	return nil
}

// input is everything the forms are filled from.
type input struct {
	config
	season *emulation.Season
	grants []forms.Grant
	staff  []forms.Officer
	units  []forms.Unit
}

// config is bao-cao.json.
type config struct {
	Circular  string                    `json:"circular"`
	Year      int                       `json:"year"`
	Document  report.Header             `json:"document"`
	Header    forms.Header              `json:"header"`
	Launchers map[string]forms.Launcher `json:"launchers"`
}

// load reads the data files of fsys.
func load(fsys fs.FS) (*input, error) {
	in := &input{}
	data, err := fs.ReadFile(fsys, "bao-cao.json")
	if err != nil {
		return nil, err
	}
	if err := source.NewFile("bao-cao.json", data).DecodeJSON(0, "", data, &in.config); err != nil {
		return nil, err
	}
	if in.Year < 1900 || in.Year > 2200 {
		return nil, fmt.Errorf("bao-cao.json: year %d out of range", in.Year)
	}
	if data, err = fs.ReadFile(fsys, "phong-trao.json"); err != nil {
		return nil, err
	}
	if in.season, err = emulation.ParseJSON("phong-trao.json", data); err != nil {
		return nil, err
	}
	if in.grants, err = table(fsys, "khen-thuong", forms.ParseGrantsCSV); err != nil {
		return nil, err
	}
	if in.staff, err = table(fsys, "can-bo", forms.ParseStaffCSV); err != nil {
		return nil, err
	}
	if in.units, err = table(fsys, "to-chuc", forms.ParseUnitsCSV); err != nil {
		return nil, err
	}
	return in, nil
}

// table reads name.xlsx if the folder has it, or else name.csv, with a
// loader of the CSV dialect.
func table[T any](fsys fs.FS, name string, parse func(string, []byte) (T, error)) (T, error) {
	if data, err := fs.ReadFile(fsys, name+".xlsx"); err == nil {
		return workbook.Load(name+".xlsx", data, workbook.Options{}, parse)
	}
	data, err := fs.ReadFile(fsys, name+".csv")
	if err != nil {
		var zero T
		return zero, err
	}
	return parse(name+".csv", data)
}

// fill fills every form of the circular for the year.
func (in *input) fill() ([]*forms.Filled, error) {
	v, err := forms.VersionOf(in.Circular)
	if err != nil {
		return nil, err
	}
	data := forms.Input{
		Period:    v.Schedule.Period(in.Year),
		Campaigns: in.season.Campaigns(),
		Launchers: in.Launchers,
		Grants:    in.grants,
		Units:     in.units,
		Staff:     in.staff,
	}
	var out []*forms.Filled
	for _, f := range v.Forms {
		filled, err := f.Fill(data)
		if err != nil {
			return nil, err
		}
		out = append(out, filled)
	}
	return out, nil
}

// document composes the report: one section "statistics-form" per form,
// each on a page (a sheet) of its own.
func (in *input) document(ctx context.Context, filled []*forms.Filled) (*report.Document, error) {
	tmpl := &report.Template{Name: "thong-ke-tdkt", Header: in.Document}
	for i, f := range filled {
		tmpl.Body = append(tmpl.Body, report.Entry{Section: &forms.Section{
			Form: report.Literal(f), Header: report.Literal(in.Header), NewPage: i > 0,
		}})
	}
	return report.Composer{}.Compose(ctx, tmpl, report.Data{})
}
