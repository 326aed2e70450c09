// Package csvx reads the CSV dialect that tdkt's loaders share: what
// Vietnamese spreadsheets write. It accepts UTF-8 with or without a byte
// order mark, or Windows-1258; "," or ";" (or a tab) between fields, found
// from the header line; a header row whose names may carry diacritics or not
// ("Mã", "ma", "MÃ"); dates as dd/mm/yyyy; numbers the Vietnamese way
// ("1.234,5"). Every error says file, line and column.
package csvx

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Error is an error in a data file: where it is and what is wrong.
type Error struct {
	File  string // the file name given to the loader
	Line  int    // 1-based line; 0 when not known
	Field string // the column or JSON field; "" for the whole line
	Err   error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		fmt.Fprintf(&b, "field %q: ", e.Field)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error.
func Errorf(file string, line int, field, format string, args ...any) error {
	return &Error{File: file, Line: line, Field: field, Err: fmt.Errorf(format, args...)}
}

// Decode returns data as UTF-8 text in NFC: a UTF-8 byte order mark is
// dropped; text that is not valid UTF-8 is read as Windows-1258, whose
// Vietnamese tone marks come as combining characters and are composed.
func Decode(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return norm.NFC.String(string(data))
	}
	out, err := charmap.Windows1258.NewDecoder().Bytes(data)
	if err != nil { // cannot happen: every byte maps
		return norm.NFC.String(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	return norm.NFC.String(string(out))
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
	file string
	cr   *csv.Reader
	cols map[string]int // column key → index
	head []string       // header as written
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
	r := &Reader{file: file, cr: cr, cols: make(map[string]int), head: head}
	for i, h := range head {
		k := Key(h)
		if k == "" {
			continue
		}
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
		for _, f := range rec {
			if strings.TrimSpace(f) != "" {
				blank = false
				break
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
		return 0, row.Errorf(col, "%q is not a whole number", s)
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
		return decimal.Decimal{}, false, row.Errorf(col, "%q is not a number written as 1.234,5", s)
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
		return metrics.Date{}, row.Errorf(col, "%q is not a date written dd/mm/yyyy", s)
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
		return false, false, row.Errorf(col, "%q is not yes or no; write x, có or không", s)
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

// LineOf returns the 1-based line of byte offset off in data.
func LineOf(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// JSONError turns an error of encoding/json into an *Error with the line
// of the fault: base is the offset in data where the decoder's input began
// (json offsets count from there), field the field being read.
func JSONError(file string, data []byte, base int64, field string, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return Errorf(file, LineOf(data, base+se.Offset), field, "JSON syntax: %v", se)
	case errors.As(err, &te):
		f := jsonPath(te.Field)
		if field != "" && f != "" {
			f = field + "." + f
		} else if f == "" {
			f = field
		}
		return Errorf(file, LineOf(data, base+te.Offset), f, "want %s, found %s", jsonKind(te.Type), jsonValue(te.Value))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return Errorf(file, LineOf(data, int64(len(data))), field, "unexpected end of JSON")
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		name := strings.Trim(f, `"`)
		if field != "" {
			name = field + "." + name
		}
		return Errorf(file, LineOf(data, base+keyOffset(data[min(base, int64(len(data))):], strings.Trim(f, `"`))), name, "unknown field")
	}
	return Errorf(file, LineOf(data, base), field, "%s", strings.TrimPrefix(msg, "json: "))
}

// jsonPath drops from a path of encoding/json the names of embedded Go
// structs ("body[0].Entry.level" → "body[0].level"): the fields of the
// formats are lower case, Go type names are not.
func jsonPath(p string) string {
	if p == "" {
		return ""
	}
	parts := strings.Split(p, ".")
	kept := parts[:0]
	for i, s := range parts {
		if i < len(parts)-1 && s != "" && s[0] >= 'A' && s[0] <= 'Z' {
			continue
		}
		kept = append(kept, s)
	}
	return strings.Join(kept, ".")
}

// jsonKind names what a Go type reads from JSON, in the words of JSON:
// "a string", "an array of whole numbers", "an array of arrays".
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	one, _ := jsonNoun(t)
	switch one[0] {
	case 'a', 'o':
		return "an " + one
	case 't': // "true or false"
		return one
	}
	return "a " + one
}

// jsonNoun returns the JSON name of what t reads, singular and plural.
func jsonNoun(t reflect.Type) (one, many string) {
	if t == nil {
		return "other value", "other values"
	}
	switch t.Kind() {
	case reflect.String:
		return "string", "strings"
	case reflect.Bool:
		return "true or false", "true or false values"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "whole number", "whole numbers"
	case reflect.Float32, reflect.Float64:
		return "number", "numbers"
	case reflect.Slice, reflect.Array:
		_, elems := jsonNoun(t.Elem())
		return "array of " + elems, "arrays"
	case reflect.Map, reflect.Struct:
		return "object", "objects"
	case reflect.Pointer:
		return jsonNoun(t.Elem())
	}
	return "JSON " + t.String(), "JSON " + t.String() + " values"
}

// jsonValue names the JSON value found: encoding/json says "number",
// "string", "array", "object" or "bool", or "number 1.5" for a number that
// does not fit.
func jsonValue(v string) string {
	switch v {
	case "array", "object":
		return "an " + v
	case "bool":
		return "true or false"
	case "":
		return "another value"
	}
	return "a " + v
}

// keyOffset returns the offset in data of the first object key written
// "key" (a string followed by a colon), or 0. encoding/json does not say
// where an unknown field is; its key is where the reader looks.
func keyOffset(data []byte, key string) int64 {
	q := []byte(`"` + key + `"`)
	for off := 0; ; {
		i := bytes.Index(data[off:], q)
		if i < 0 {
			return 0
		}
		at := off + i
		rest := bytes.TrimLeft(data[at+len(q):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			return int64(at)
		}
		off = at + len(q)
	}
}

// LineOfKey returns the line of an object key in data, found along a path
// of keys, each searched after the one before: LineOfKey(data, "figures",
// "tong") is the line of the figure "tong", not of a "tong" elsewhere
// before the figures. A key not found counts from where the search was.
func LineOfKey(data []byte, path ...string) int {
	var off int64
	for _, key := range path {
		off += keyOffset(data[off:], key)
	}
	return LineOf(data, off)
}
