package workbook

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/source"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"
)

// Options choose what to read of a workbook. The zero value reads the
// first sheet and finds its header.
type Options struct {
	// Sheet is the name of the sheet to read; empty means the first sheet
	// of the workbook.
	Sheet string
	// Header is the number of the header's row, from 1; zero means that
	// [Load] finds it (see the package documentation).
	Header int
	// MaxSize bounds the size of the workbook's parts once uncompressed,
	// in bytes; zero means 256 MiB. A larger workbook is an error, never
	// a machine out of memory.
	MaxSize int64
}

// defaultMaxSize is the bound of Options.MaxSize.
const defaultMaxSize = 256 << 20

// maxHeaderSearch is how many rows from the top Load searches for the
// header.
const maxHeaderSearch = 30

// ErrFormat reports data that is not an .xlsx workbook.
var ErrFormat = errors.New("workbook: not an .xlsx workbook")

// Error is an error at a place in a workbook: a sheet, a cell, or a row.
type Error struct {
	File   string // the file name given to the reader
	Sheet  string // the sheet's name; "" for the whole workbook
	Row    int    // from 1; 0 when not known
	Col    int    // from 1; 0 for the whole row
	Column string // the column's name as the header writes it; "" when not known
	Err    error  // the cause
}

// Cell returns the name of the cell, "C7"; "" when the error is not at a
// cell.
func (e *Error) Cell() string {
	if e.Row < 1 || e.Col < 1 {
		return ""
	}
	name, err := excelize.CoordinatesToCellName(e.Col, e.Row)
	if err != nil {
		return ""
	}
	return name
}

// Error reads `roster.xlsx: sheet "Danh sách", ô C7, cột "Ngày sinh":
// cause`, with "dòng 7" for an error at a row.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Sheet != "" {
		b.WriteString(": sheet ")
		b.WriteString(source.Quote(e.Sheet))
	}
	switch cell := e.Cell(); {
	case cell != "":
		b.WriteString(", ô ")
		b.WriteString(cell)
	case e.Row > 0:
		b.WriteString(", dòng ")
		b.WriteString(strconv.Itoa(e.Row))
	}
	if e.Column != "" {
		b.WriteString(", cột ")
		b.WriteString(source.Quote(e.Column))
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// As makes an *Error a [*source.Error] for errors.As: the file, the row
// as the line, the column's name (or the cell's, "C7") as the field.
func (e *Error) As(target any) bool {
	t, ok := target.(**source.Error)
	if !ok {
		return false
	}
	field := e.Column
	if field == "" {
		field = e.Cell()
	}
	file := e.File
	if e.Sheet != "" {
		file += " [" + e.Sheet + "]"
	}
	*t = &source.Error{File: file, Line: e.Row, Field: field, Err: e.Err}
	return true
}

// Sheet is a sheet read as text, ready for a loader of the CSV dialect.
type Sheet struct {
	File string // the file name given to Read
	Name string // the sheet's name
	// Rows are the cells of each row, from row 1: the text the CSV dialect
	// writes for each; a row is shorter than others when its last cells
	// are empty.
	Rows [][]string
	// faults are the cells that cannot be read (a formula without a
	// value, an error value, cells merged across columns), by row; they
	// are errors in the rows of data only, which Read does not know yet.
	faults map[int][]fault
}

type fault struct {
	col int // from 1
	err error
}

// Read reads the sheet opts.Sheet, or the first, of the workbook data.
// An error is an [*Error].
func Read(file string, data []byte, opts Options) (s *Sheet, err error) {
	defer func() {
		if p := recover(); p != nil {
			s, err = nil, &Error{File: file, Sheet: opts.Sheet, Err: fmt.Errorf("%w: the workbook cannot be read (%v)", ErrFormat, p)}
		}
	}()
	limit := opts.MaxSize
	if limit <= 0 {
		limit = defaultMaxSize
	}
	parts, err := openParts(data, limit)
	if err != nil {
		return nil, &Error{File: file, Err: err}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: limit, UnzipXMLSizeLimit: min(limit, excelize.StreamChunkSize)})
	if err != nil {
		return nil, &Error{File: file, Err: fmt.Errorf("%w: %v", ErrFormat, err)}
	}
	defer f.Close()
	names := f.GetSheetList()
	if len(names) == 0 {
		return nil, &Error{File: file, Err: fmt.Errorf("%w: the workbook has no sheet", ErrFormat)}
	}
	name := names[0]
	if opts.Sheet != "" {
		name = ""
		for _, n := range names {
			if n == opts.Sheet || norm.NFC.String(n) == norm.NFC.String(opts.Sheet) {
				name = n
				break
			}
		}
		if name == "" {
			quoted := make([]string, len(names))
			for i, n := range names {
				quoted[i] = source.Quote(n)
			}
			return nil, &Error{File: file, Err: fmt.Errorf("no sheet %s; the workbook has %s", source.Quote(opts.Sheet), strings.Join(quoted, ", "))}
		}
	}
	sst, err := parts.sharedStrings()
	if err != nil {
		return nil, &Error{File: file, Err: err}
	}
	props, _ := f.GetWorkbookProps()
	r := reader{f: f, date1904: props.Date1904 != nil && *props.Date1904, formats: map[int]format{}, sst: sst}
	s = &Sheet{File: file, Name: name, faults: map[int][]fault{}}
	merges, err := parts.sheet(name, func(n int, cells []cell) error {
		for len(s.Rows) < n-1 {
			s.Rows = append(s.Rows, nil)
		}
		var out []string
		for _, c := range cells {
			text, err := r.cell(c)
			if err != nil {
				s.faults[n] = append(s.faults[n], fault{col: c.col, err: err})
				continue
			}
			if text == "" || c.col > maxColumns {
				continue
			}
			for len(out) < c.col {
				out = append(out, "")
			}
			out[c.col-1] = cellText(text)
		}
		s.Rows = append(s.Rows, out)
		return nil
	})
	if err != nil {
		return nil, &Error{File: file, Sheet: name, Err: err}
	}
	for len(s.Rows) > 0 && len(s.Rows[len(s.Rows)-1]) == 0 {
		s.Rows = s.Rows[:len(s.Rows)-1]
	}
	s.merge(merges)
	return s, nil
}

// maxColumns is the number of columns a sheet has.
const maxColumns = excelize.MaxColumns

// cellText writes line breaks as line feeds and keeps the text within
// what the CSV reader takes: valid UTF-8.
func cellText(s string) string {
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// merge applies the merged ranges: a range down one column takes its
// value on every row it covers; a range across columns is a fault of its
// rows.
func (s *Sheet) merge(ranges []span) {
	for _, m := range ranges {
		if m.c1 != m.c2 {
			for r := m.r1; r <= m.r2 && r <= len(s.Rows); r++ {
				s.faults[r] = append(s.faults[r], fault{col: m.c1,
					err: fmt.Errorf("the cells %s are merged across columns; unmerge them and write a value in each", rangeName(m))})
			}
			continue
		}
		if m.r1 < 1 || m.r1 > len(s.Rows) {
			continue
		}
		v := ""
		if top := s.Rows[m.r1-1]; m.c1-1 < len(top) {
			v = top[m.c1-1]
		}
		for r := m.r1 + 1; r <= m.r2 && r <= len(s.Rows); r++ {
			row := s.Rows[r-1]
			if m.c1 > len(row) {
				if v == "" {
					continue
				}
				row = append(row, make([]string, m.c1-len(row))...)
			}
			row[m.c1-1] = v
			s.Rows[r-1] = row
		}
	}
}

func rangeName(m span) string {
	a, _ := excelize.CoordinatesToCellName(m.c1, m.r1)
	b, _ := excelize.CoordinatesToCellName(m.c2, m.r2)
	return a + ":" + b
}

// CSV returns the rows from the header's row on as a CSV file of the
// dialect, the header on line 1, and the row of each line: lines[i] is
// the row of line i+1. A cell written on several lines takes as many
// lines of the file.
func (s *Sheet) CSV(header int) (data []byte, lines []int) {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	for n := header; n >= 1 && n <= len(s.Rows); n++ {
		w.Write(s.Rows[n-1])
		breaks := 1
		for _, c := range s.Rows[n-1] {
			breaks += strings.Count(c, "\n")
		}
		for k := 0; k < breaks; k++ {
			lines = append(lines, n)
		}
	}
	w.Flush()
	return b.Bytes(), lines
}

// Fault returns the first cell from row header on that cannot be read, as
// an *Error; nil when there is none.
func (s *Sheet) Fault(header int) error {
	first := 0
	for n := range s.faults {
		if n >= header && (first == 0 || n < first) {
			first = n
		}
	}
	if first == 0 {
		return nil
	}
	fs := s.faults[first]
	f := fs[0]
	for _, g := range fs[1:] {
		if g.col < f.col {
			f = g
		}
	}
	e := &Error{File: s.File, Sheet: s.Name, Row: first, Col: f.col, Err: f.err}
	if header >= 1 && header <= len(s.Rows) && f.col >= 1 && f.col <= len(s.Rows[header-1]) && first != header {
		e.Column = strings.TrimSpace(s.Rows[header-1][f.col-1])
	}
	return e
}

// Load reads the sheet of the workbook data that opts chooses and gives
// it to parse, a loader of the CSV dialect of package source
// (awards.ParseCSV, emulation.ParsePeopleCSV, …), as a CSV file from its
// header on. An error of parse at a line and a field ([*source.Error]) is
// placed at its cell: an [*Error] that names the sheet, the cell and the
// column. Loading is linear in the size of the sheet.
func Load[T any](file string, data []byte, opts Options, parse func(file string, data []byte) (T, error)) (T, error) {
	var zero T
	s, err := Read(file, data, opts)
	if err != nil {
		return zero, err
	}
	header := opts.Header
	switch {
	case header < 0 || header > len(s.Rows) && len(s.Rows) > 0:
		return zero, &Error{File: file, Sheet: s.Name, Err: fmt.Errorf("header row %d is outside the sheet's rows 1–%d", header, len(s.Rows))}
	case len(s.Rows) == 0:
		return zero, &Error{File: file, Sheet: s.Name, Err: errors.New("the sheet is empty; want a header row")}
	case header == 0:
		header = findHeader(s, file, parse)
	}
	if err := s.Fault(header); err != nil {
		return zero, err
	}
	csvData, lines := s.CSV(header)
	v, err := parse(file, csvData)
	if err != nil {
		return zero, s.locate(err, header, lines)
	}
	return v, nil
}

// findHeader returns the row of the header: the first of the first rows
// with two cells or more whose names parse accepts, or else the one with
// the most cells, or else row 1.
func findHeader[T any](s *Sheet, file string, parse func(string, []byte) (T, error)) int {
	best, most := 1, 0
	for n := 1; n <= len(s.Rows) && n <= maxHeaderSearch; n++ {
		cells := 0
		for _, c := range s.Rows[n-1] {
			if strings.TrimSpace(c) != "" {
				cells++
			}
		}
		if cells < 2 {
			continue
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Write(s.Rows[n-1])
		w.Flush()
		if _, err := parse(file, b.Bytes()); err == nil {
			return n
		}
		if cells > most {
			best, most = n, cells
		}
	}
	return best
}

// locate places an error of the loader at its cell: a *source.Error at a
// line of the CSV file becomes an *Error at the row of that line, and at
// the column its field names (the header's name, its folded key, or
// "column 5").
func (s *Sheet) locate(err error, header int, lines []int) error {
	var se *source.Error
	if !errors.As(err, &se) || se.File != s.File {
		return err
	}
	e := &Error{File: s.File, Sheet: s.Name, Err: se.Err}
	if se.Line >= 1 && se.Line <= len(lines) {
		e.Row = lines[se.Line-1]
	}
	head := s.Rows[header-1]
	field := strings.TrimSpace(norm.NFC.String(se.Field))
	for i, h := range head {
		h = strings.TrimSpace(norm.NFC.String(h))
		if h != "" && (h == field || source.Key(h) == field) {
			e.Col, e.Column = i+1, h
			break
		}
	}
	if e.Col == 0 && field != "" {
		if n, ok := strings.CutPrefix(field, "column "); ok {
			if c, err := strconv.Atoi(n); err == nil && c > 0 {
				e.Col = c
			}
		} else {
			e.Column = field
		}
	}
	return e
}

// format is what the reader needs of a style's number format.
type format uint8

const (
	general format = iota
	dateFormat
	percentFormat
)

// reader turns raw cell values into the text of the CSV dialect.
type reader struct {
	f        *excelize.File
	date1904 bool
	formats  map[int]format // by style
	sst      []string       // the shared strings
}

func (r *reader) format(style int) format {
	if fm, ok := r.formats[style]; ok {
		return fm
	}
	fm := general
	if st, err := r.f.GetStyle(style); err == nil && st != nil {
		code := ""
		if st.CustomNumFmt != nil {
			code = *st.CustomNumFmt
		}
		fm = classify(st.NumFmt, code)
	}
	r.formats[style] = fm
	return fm
}

// classify tells date and percentage formats from others: the built-in
// formats of dates (14–17, 22, and 27–36 and 50–58 of the East Asian
// locales), and custom codes with a day, month or year outside quotes,
// brackets and escapes, or a percent sign.
func classify(id int, code string) format {
	switch {
	case id >= 14 && id <= 17, id == 22, id >= 27 && id <= 36, id >= 50 && id <= 58:
		return dateFormat
	case id == 9 || id == 10:
		return percentFormat
	case code == "":
		return general
	}
	var plain strings.Builder
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case '"':
			j := strings.IndexByte(code[i+1:], '"')
			if j < 0 {
				i = len(code)
			} else {
				i += j + 1
			}
		case '[':
			j := strings.IndexByte(code[i+1:], ']')
			if j < 0 {
				i = len(code)
			} else {
				i += j + 1
			}
		case '\\', '_', '*':
			i++ // the next character is literal, or a padding
		case ';':
			i = len(code) // the format of positive numbers is enough
		default:
			plain.WriteByte(c)
		}
	}
	p := strings.ToLower(plain.String())
	switch {
	case strings.ContainsAny(p, "dy"), strings.Contains(p, "m") && !strings.ContainsAny(p, "hs"):
		return dateFormat
	case strings.Contains(p, "%"):
		return percentFormat
	}
	return general
}

// cell returns the text of a cell as the CSV dialect writes it.
func (r *reader) cell(c cell) (string, error) {
	raw := c.text
	switch {
	case c.kind == "e":
		return "", fmt.Errorf("the cell holds the error %s; correct it or leave the cell empty", source.Quote(raw))
	case c.formula && !c.value:
		return "", errors.New("the formula has no stored value; open and save the workbook in Excel or LibreOffice so that it is calculated")
	case c.kind == "b":
		if raw == "1" || strings.EqualFold(raw, "true") {
			return "TRUE", nil
		}
		return "FALSE", nil
	case c.kind == "d":
		if len(raw) >= 10 && raw[4] == '-' && raw[7] == '-' {
			return raw[:10], nil
		}
		return raw, nil
	case c.kind == "s":
		i, err := atoi(strings.TrimSpace(raw))
		if err != nil || i >= len(r.sst) {
			return "", fmt.Errorf("%w: the shared string %s is not in the workbook", ErrFormat, source.Quote(raw))
		}
		return r.sst[i], nil
	case c.kind == "inlineStr" || c.kind == "str":
		return unescape(raw), nil
	case c.kind != "" && c.kind != "n":
		return raw, nil
	case raw == "":
		return "", nil
	}
	v, err := decimal.NewFromString(raw)
	if err != nil {
		return raw, nil
	}
	switch r.format(c.style) {
	case dateFormat:
		serial, _ := v.Float64()
		t, err := excelize.ExcelDateToTime(serial, r.date1904)
		if err != nil || t.Year() < 1900 || t.Year() > 9999 {
			return "", fmt.Errorf("%s is not a date a spreadsheet can hold", source.Quote(raw))
		}
		return t.Format("2006-01-02"), nil
	case percentFormat:
		return vietnamese(v.Shift(2)) + "%", nil
	}
	return vietnamese(v), nil
}

// vietnamese writes v without grouping and with a decimal comma: "1234,5".
func vietnamese(v decimal.Decimal) string {
	return strings.Replace(v.String(), ".", ",", 1)
}
