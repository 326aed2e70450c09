package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// parts reads what excelize does not tell of a sheet: each cell's style,
// type and formula, and the merged ranges. It streams the sheet's XML
// from the archive, so that a sheet of 50 000 rows is never held as a
// tree in memory.
type parts struct {
	z     *zip.Reader
	limit int64
}

func openParts(data []byte, limit int64) (*parts, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	var total uint64
	for _, f := range z.File {
		total += f.UncompressedSize64
		if total > uint64(limit) {
			return nil, fmt.Errorf("the workbook is larger than %d MiB uncompressed; raise Options.MaxSize to read it", limit>>20)
		}
	}
	return &parts{z: z, limit: limit}, nil
}

// open returns the part name, read at most to the limit.
func (p *parts) open(name string) (io.ReadCloser, error) {
	name = strings.TrimPrefix(name, "/")
	for _, f := range p.z.File {
		if strings.EqualFold(f.Name, name) {
			rc, err := f.Open()
			if err != nil {
				return nil, fmt.Errorf("%w: %s: %v", ErrFormat, name, err)
			}
			return struct {
				io.Reader
				io.Closer
			}{io.LimitReader(rc, p.limit), rc}, nil
		}
	}
	return nil, fmt.Errorf("%w: no part %s", ErrFormat, name)
}

func (p *parts) decode(name string, v any) error {
	rc, err := p.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrFormat, name, err)
	}
	return nil
}

// path returns the part of the sheet called name, from the workbook and
// its relationships.
func (p *parts) path(name string) (string, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
			// Strict Open XML names the relationship in its own namespace.
			StrictID string `xml:"http://purl.oclc.org/ooxml/officeDocument/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	book, err := p.workbookPath()
	if err != nil {
		return "", err
	}
	if err := p.decode(book, &wb); err != nil {
		return "", err
	}
	id := ""
	for _, s := range wb.Sheets {
		if s.Name == name {
			id = s.ID
			if id == "" {
				id = s.StrictID
			}
		}
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	dir, file := path.Split(book)
	if err := p.decode(dir+"_rels/"+file+".rels", &rels); err != nil {
		return "", err
	}
	for _, r := range rels.Rels {
		if r.ID == id && id != "" {
			if strings.HasPrefix(r.Target, "/") {
				return strings.TrimPrefix(r.Target, "/"), nil
			}
			return path.Clean(dir + r.Target), nil
		}
	}
	return "", fmt.Errorf("%w: no part for the sheet %q", ErrFormat, name)
}

// workbookPath returns the workbook's part, from the package's
// relationships: "xl/workbook.xml" as a rule.
func (p *parts) workbookPath() (string, error) {
	var rels struct {
		Rels []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := p.decode("_rels/.rels", &rels); err != nil {
		return "", err
	}
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/"), nil
		}
	}
	return "", fmt.Errorf("%w: no workbook in the package", ErrFormat)
}

// cell is a cell as the sheet's XML writes it: its column, style, type,
// whether it has a formula and a value, and the value's text (a shared
// string's index for type "s").
type cell struct {
	col     int    // from 1
	style   int    // the index of its style
	kind    string // the t attribute: "", "n", "s", "str", "inlineStr", "b", "e", "d"
	formula bool   // it has a formula
	value   bool   // it has a stored value
	text    string
}

// span is a merged range, from row r1 and column c1 to r2 and c2.
type span struct{ r1, c1, r2, c2 int }

// sharedStrings reads the workbook's table of shared strings: the text of
// each item, its runs joined, without phonetic runs.
func (p *parts) sharedStrings() ([]string, error) {
	name, err := p.relationTarget("/sharedStrings")
	if err != nil || name == "" {
		return nil, err
	}
	rc, err := p.open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var out []string
	var b strings.Builder
	d := xml.NewDecoder(rc)
	inItem, inText, phonetic := false, false, 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrFormat, name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inItem = true
				b.Reset()
			case "rPh":
				phonetic++
			case "t":
				inText = inItem && phonetic == 0
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				inItem = false
				out = append(out, unescape(b.String()))
			case "rPh":
				phonetic--
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
}

// relationTarget returns the part the workbook's relationships name with
// a type ending in suffix ("/sharedStrings"); "" when there is none.
func (p *parts) relationTarget(suffix string) (string, error) {
	book, err := p.workbookPath()
	if err != nil {
		return "", err
	}
	var rels struct {
		Rels []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	dir, file := path.Split(book)
	if err := p.decode(dir+"_rels/"+file+".rels", &rels); err != nil {
		return "", err
	}
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, suffix) {
			if strings.HasPrefix(r.Target, "/") {
				return strings.TrimPrefix(r.Target, "/"), nil
			}
			return path.Clean(dir + r.Target), nil
		}
	}
	return "", nil
}

// unescape decodes the escapes of characters XML cannot hold, "_x000D_",
// as spreadsheets write them in text; "_x005F_" is the underscore.
func unescape(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// sheet streams the XML of the sheet called name: it calls row for each
// row that has cells, in order, with its number and its cells (a slice
// reused from row to row), and returns the merged ranges.
func (p *parts) sheet(name string, row func(n int, cells []cell) error) ([]span, error) {
	part, err := p.path(name)
	if err != nil {
		return nil, err
	}
	rc, err := p.open(part)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var merges []span
	var cells []cell
	d := xml.NewDecoder(rc)
	n, col, last := 0, 0, 0
	var cur *cell
	var text strings.Builder
	inValue, inText, phonetic := false, false, 0
	flush := func() error {
		if len(cells) == 0 {
			return nil
		}
		err := row(n, cells)
		cells = cells[:0]
		return err
	}
	bad := func(what, v string) error { return fmt.Errorf("%w: %s: %s %q", ErrFormat, part, what, v) }
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrFormat, part, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				if err := flush(); err != nil {
					return nil, err
				}
				n++
				if r := attr(t, "r"); r != "" {
					v, err := atoi(r)
					if err != nil || v < 1 || v > excelize.TotalRows {
						return nil, bad("row", r)
					}
					n = v
				}
				if n <= last {
					return nil, bad("row out of order", strconv.Itoa(n))
				}
				last, col = n, 0
			case "c":
				col++
				if ref := attr(t, "r"); ref != "" {
					c, r, err := excelize.CellNameToCoordinates(ref)
					if err != nil || r != n {
						return nil, bad("cell", ref)
					}
					col = c
				}
				cells = append(cells, cell{col: col, kind: attr(t, "t")})
				cur = &cells[len(cells)-1]
				if s := attr(t, "s"); s != "" {
					cur.style, _ = atoi(s)
				}
				text.Reset()
			case "f":
				if cur != nil {
					cur.formula = true
				}
			case "v":
				// An empty value is a value: a formula that gives "".
				inValue = cur != nil
				if cur != nil {
					cur.value = true
				}
			case "is":
				if cur != nil {
					cur.value = true
				}
			case "rPh":
				phonetic++
			case "t":
				inText = cur != nil && phonetic == 0
			case "mergeCell":
				ref := attr(t, "ref")
				a, b, ok := strings.Cut(ref, ":")
				if !ok {
					b = a
				}
				c1, r1, err1 := excelize.CellNameToCoordinates(a)
				c2, r2, err2 := excelize.CellNameToCoordinates(b)
				if errors.Join(err1, err2) != nil {
					return nil, bad("merged range", ref)
				}
				merges = append(merges, span{min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)})
			}
		case xml.CharData:
			if inValue || inText {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				inValue = false
			case "t":
				inText = false
			case "rPh":
				phonetic--
			case "c":
				if cur != nil {
					cur.text = text.String()
				}
				cur = nil
			case "sheetData":
				if err := flush(); err != nil {
					return nil, err
				}
			}
		}
	}
	return merges, flush()
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// atoi reads a small positive number.
func atoi(s string) (int, error) {
	if s == "" || len(s) > 9 {
		return 0, errors.New("not a number")
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errors.New("not a number")
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, nil
}
