package source

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/metrics"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The CSV dialect of Vietnamese spreadsheets: UTF-8 with or without a byte
// order mark, or Windows-1258; "," or ";" (or a tab) between fields, found
// from the header line; a header row whose names may carry diacritics or
// not ("Mã", "ma", "MÃ"); dates as dd/mm/yyyy; numbers the Vietnamese way
// ("1.234,5").

// Decode returns data as UTF-8 text in NFC: a UTF-8 byte order mark is
// dropped; text that is not valid UTF-8 is read as Windows-1258, whose
// Vietnamese tone marks come as combining characters and are composed.
func Decode(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return nfc.String(string(data))
	}
	out, err := charmap.Windows1258.NewDecoder().Bytes(data)
	if err != nil { // cannot happen: every byte maps
		return nfc.String(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	return nfc.String(string(out))
}

// Key folds a header name for matching: lower case, no diacritics, "đ" as
// "d", spaces and hyphens as "_": "Ngày tuyển dụng" → "ngay_tuyen_dung".
func Key(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.TrimSpace(name)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r == ' ' || r == '-' || r == '.':
			b.WriteByte('_')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Reader reads rows of a CSV file with a header.
type Reader struct {
	file  string
	cr    *csv.Reader
	cols  map[string]int // column key → index
	head  []string       // header as written
	named []bool         // whether column i has a header
}

// NewReader reads the header of data. columns lists the column keys the
// loader knows (as [Key] folds them); a header name outside it is an error,
// so that a typo does not drop a column silently.
func NewReader(file string, data []byte, columns []string) (*Reader, error) {
	text := Decode(data)
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sniff(text)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	head, err := cr.Read()
	if err == io.EOF {
		return nil, Errorf(file, 1, "", "empty file; want a header line")
	}
	if err != nil {
		return nil, csvError(file, err)
	}
	known := make(map[string]bool, len(columns))
	for _, c := range columns {
		known[c] = true
	}
	r := &Reader{file: file, cr: cr, cols: make(map[string]int), head: head, named: make([]bool, len(head))}
	for i, h := range head {
		k := Key(h)
		if k == "" {
			continue
		}
		r.named[i] = true
		if !known[k] {
			sorted := append([]string(nil), columns...)
			sort.Strings(sorted)
			return nil, Errorf(file, 1, h, "unknown column; known columns: %s", strings.Join(sorted, ", "))
		}
		if _, dup := r.cols[k]; dup {
			return nil, Errorf(file, 1, h, "column appears twice")
		}
		r.cols[k] = i
	}
	return r, nil
}

// sniff picks the delimiter from the first line: the most frequent of ";",
// "," and tab outside quotes, "," when there is none.
func sniff(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range text {
		if r == '\n' && !quoted {
			break
		}
		switch r {
		case '"':
			quoted = !quoted
		case ';', ',', '\t':
			if !quoted {
				counts[r]++
			}
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{File: file, Line: pe.Line, Err: pe.Err}
	}
	return &Error{File: file, Err: err}
}

// Has reports whether the file has the column.
func (r *Reader) Has(col string) bool { _, ok := r.cols[col]; return ok }

// Require returns an error at the header's line naming the first of cols
// (column keys) that the header lacks, or nil when it has them all.
func (r *Reader) Require(cols ...string) error {
	for _, c := range cols {
		if !r.Has(c) {
			return Errorf(r.file, 1, c, "missing column")
		}
	}
	return nil
}

// Row is one line of data.
type Row struct {
	r    *Reader
	Line int
	rec  []string
}

// Next returns the next row that is not blank, or io.EOF.
func (r *Reader) Next() (*Row, error) {
	for {
		rec, err := r.cr.Read()
		if err == io.EOF {
			return nil, io.EOF
		}
		if err != nil {
			return nil, csvError(r.file, err)
		}
		line, _ := r.cr.FieldPos(0)
		blank := true
		for i, f := range rec {
			if strings.TrimSpace(f) == "" {
				continue
			}
			blank = false
			if i >= len(r.named) || !r.named[i] {
				// A value under no header would be dropped silently.
				return nil, Errorf(r.file, line, fmt.Sprintf("column %d", i+1),
					"%s stands under no header; name the column in the header line or leave the cell empty", Quote(strings.TrimSpace(f)))
			}
		}
		if !blank {
			return &Row{r: r, Line: line, rec: rec}, nil
		}
	}
}

// Get returns the trimmed value of column col, "" when absent.
func (row *Row) Get(col string) string {
	i, ok := row.r.cols[col]
	if !ok || i >= len(row.rec) {
		return ""
	}
	return strings.TrimSpace(row.rec[i])
}

// Errorf returns an error at this row and the column col, named as the
// header writes it.
func (row *Row) Errorf(col, format string, args ...any) error {
	name := col
	if i, ok := row.r.cols[col]; ok {
		name = row.r.head[i]
	}
	return Errorf(row.r.file, row.Line, name, format, args...)
}

// Int reads a whole number ("1.300" or "1300"); empty is 0.
func (row *Row) Int(col string) (int, error) {
	s := row.Get(col)
	if s == "" {
		return 0, nil
	}
	d, err := metrics.ParseNumber(s)
	if err != nil || !d.IsInteger() || d.NumDigits() > 9 {
		return 0, row.Errorf(col, "%s is not a whole number of at most 9 digits", Quote(s))
	}
	return int(d.IntPart()), nil
}

// Decimal reads a number written the Vietnamese way ("1.234,5"); empty is
// zero and ok false.
func (row *Row) Decimal(col string) (d decimal.Decimal, ok bool, err error) {
	s := row.Get(col)
	if s == "" {
		return decimal.Decimal{}, false, nil
	}
	d, err = metrics.ParseNumber(s)
	if err != nil {
		return decimal.Decimal{}, false, row.Errorf(col, "%s is not a number written as 1.234,5", Quote(s))
	}
	return d, true, nil
}

// Date reads dd/mm/yyyy (or yyyy-mm-dd); empty is the zero Date.
func (row *Row) Date(col string) (metrics.Date, error) {
	s := row.Get(col)
	if s == "" {
		return metrics.Date{}, nil
	}
	d, err := metrics.ParseDate(s)
	if err != nil {
		var se *metrics.SyntaxError
		if errors.As(err, &se) {
			return metrics.Date{}, row.Errorf(col, "%s is not a date (dd/mm/yyyy): %s", Quote(s), se.Msg)
		}
		return metrics.Date{}, row.Errorf(col, "%s is not a date (dd/mm/yyyy)", Quote(s))
	}
	return d, nil
}

// Bool reads a yes/no cell: "x", "có", "1", "đạt", "true" are yes; "không",
// "0", "false" are no; empty is unknown (set false).
func (row *Row) Bool(col string) (value, set bool, err error) {
	s := row.Get(col)
	if s == "" {
		return false, false, nil
	}
	v, ok := ParseBool(s)
	if !ok {
		return false, false, row.Errorf(col, "%s is not yes or no; write x, có or không", Quote(s))
	}
	return v, true, nil
}

// ParseBool reads the yes/no words of the dialect.
func ParseBool(s string) (value, ok bool) {
	switch Key(s) {
	case "x", "co", "1", "dat", "true", "yes":
		return true, true
	case "khong", "0", "false", "no", "khong_dat":
		return false, true
	}
	return false, false
}

// List splits a cell holding several values separated by "|" or "+".
func (row *Row) List(col string) []string {
	s := row.Get(col)
	if s == "" {
		return nil
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '+' })
	out := f[:0]
	for _, v := range f {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
