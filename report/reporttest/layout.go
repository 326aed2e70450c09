package reporttest

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/internal/wordml"
	"github.com/tdkt-vn/tdkt/report"
)

// OfficePDF converts a DOCX to PDF with LibreOffice headless (its own
// profile directory, a timeout) and returns the PDF's path, in a
// temporary directory of t. Without TDKT_SOFFICE=1 it skips the test and
// says why.
func OfficePDF(t *testing.T, docx []byte) string {
	t.Helper()
	if os.Getenv(OfficeEnv) != "1" {
		t.Skip("skipped: set " + OfficeEnv + "=1 to lay the DOCX out with LibreOffice (needs soffice and pdftotext; .ci/run installs them)")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.docx")
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "soffice", "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return filepath.Join(dir, "doc.pdf")
}

// Word is a word of a PDF as pdftotext finds it: its page (from 1), its
// box in points from the top left corner of the page, and its text (NFC).
type Word struct {
	Page           int
	X0, Y0, X1, Y1 float64
	Text           string
}

// PDFWords reads the words of a PDF with their boxes (pdftotext -bbox).
func PDFWords(t *testing.T, pdf string) []Word {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	words, err := parseBBox(out)
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	return words
}

// parseBBox reads the XHTML that pdftotext -bbox writes: <page> elements
// holding <word xMin yMin xMax yMax> elements.
func parseBBox(b []byte) ([]Word, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var words []Word
	page := 0
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return words, nil
			}
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "page":
			page++
		case "word":
			w := Word{Page: page}
			for _, a := range se.Attr {
				v, err := strconv.ParseFloat(a.Value, 64)
				if err != nil {
					continue
				}
				switch a.Name.Local {
				case "xMin":
					w.X0 = v
				case "yMin":
					w.Y0 = v
				case "xMax":
					w.X1 = v
				case "yMax":
					w.Y1 = v
				}
			}
			var text string
			if err := d.DecodeElement(&text, &se); err != nil {
				return nil, err
			}
			w.Text = nfc.String(text)
			words = append(words, w)
		}
	}
}

// Cell is where a table cell was found in the PDF: the page of its first
// line, the top of that line, and how many lines its text took.
type Cell struct {
	Page  int
	Top   float64
	Lines int
}

// TableLayout lays out docx with LibreOffice (OfficePDF) and finds the
// cells of tbl, the document's bordered table number index (from 0; the
// borderless tables of the header and the closing do not count), in the
// PDF. It reads the columns' edges from the DOCX (the page's left margin
// and the table's w:gridCol widths), gathers the PDF's words by column
// into lines, and walks each column's lines in order, matching each cell's
// text to one or more whole lines: the header repeated at the top of a
// page is passed over. It reports as test errors:
//
//   - a cell whose text is not found as whole words on consecutive lines of
//     its column (a word or a number broken between lines, or text lost);
//   - a row whose cells lie on different pages (a row split by a page
//     break) or do not start at the same height.
//
// The result holds each row's cells (head first, then the body rows, then
// the foot, as in tbl); an empty cell is the zero Cell. Without
// TDKT_SOFFICE=1 the test is skipped.
func TableLayout(t *testing.T, docx []byte, index int, tbl *report.Table) [][]Cell {
	t.Helper()
	edges, err := tableEdges(docx, index)
	if err != nil {
		t.Fatal(err)
	}
	words := PDFWords(t, OfficePDF(t, docx))
	rows := append(append([][]string{tbl.Head}, tbl.Rows...), tbl.Foot...)
	if len(tbl.Head) == 0 {
		rows = rows[1:]
	}
	out := make([][]Cell, len(rows))
	for i := range out {
		out[i] = make([]Cell, len(edges)-1)
	}
	for c := range len(edges) - 1 {
		lines := columnLines(words, edges[c], edges[c+1])
		var head []string
		if c < len(tbl.Head) {
			head = strings.Fields(nfc.String(tbl.Head[c]))
		}
		at := -1 // the next line to match; -1 before the table
		for ri, r := range rows {
			if c >= len(r) || strings.TrimSpace(r[c]) == "" {
				continue
			}
			want := strings.Fields(nfc.String(r[c]))
			if at < 0 {
				// The column's first cell is the first place its text
				// stands as whole lines.
				if at = find(lines, 0, len(lines), want); at < 0 {
					t.Errorf("table %d, row %d, column %d: %q is nowhere in the PDF as whole words on whole lines of its column", index, ri, c, r[c])
					break
				}
			} else if at < len(lines) && at > 0 && lines[at].page != lines[at-1].page {
				// A new page: the page number and the repeated header
				// come before the row.
				end := at
				for end < len(lines) && lines[end].page == lines[at].page {
					end++
				}
				if j := find(lines, at, end, head); len(head) > 0 && j >= 0 && ri > 0 {
					at = j + match(lines, j, head)
				} else if j := find(lines, at, end, want); j >= 0 {
					at = j
				}
			}
			n := 0
			if at < len(lines) {
				n = match(lines, at, want)
			}
			if n == 0 {
				got := ""
				if at < len(lines) {
					got = strings.Join(lines[at].words, " ")
				}
				t.Errorf("table %d, row %d, column %d: %q does not stand as whole words on the next lines of its column; the PDF has %q", index, ri, c, r[c], got)
				break
			}
			out[ri][c] = Cell{Page: lines[at].page, Top: lines[at].top, Lines: n}
			if last := lines[at+n-1].page; last != lines[at].page {
				t.Errorf("table %d, row %d, column %d: %q is split between pages %d and %d", index, ri, c, r[c], lines[at].page, last)
			}
			at += n
		}
	}
	for ri, r := range out {
		var first Cell
		for c, cell := range r {
			if cell.Lines == 0 {
				continue
			}
			if first.Lines == 0 {
				first = cell
				continue
			}
			if cell.Page != first.Page {
				t.Errorf("table %d, row %d is split across pages %d and %d (column %d)", index, ri, first.Page, cell.Page, c)
			} else if d := cell.Top - first.Top; d > 3 || d < -3 {
				t.Errorf("table %d, row %d: column %d starts %.1f pt below the row's first cell", index, ri, c, d)
			}
		}
	}
	return out
}

// A pdfLine is a line of words within one column of a table.
type pdfLine struct {
	page  int
	top   float64
	words []string
}

// columnLines gathers the words whose centre lies between x0 and x1
// (points) into lines, in reading order.
func columnLines(words []Word, x0, x1 float64) []pdfLine {
	var in []Word
	for _, w := range words {
		if c := (w.X0 + w.X1) / 2; c >= x0 && c < x1 {
			in = append(in, w)
		}
	}
	slices.SortStableFunc(in, func(a, b Word) int {
		if a.Page != b.Page {
			return a.Page - b.Page
		}
		if d := a.Y0 - b.Y0; d > 1.5 || d < -1.5 {
			if d < 0 {
				return -1
			}
			return 1
		}
		switch {
		case a.X0 < b.X0:
			return -1
		case a.X0 > b.X0:
			return 1
		}
		return 0
	})
	var lines []pdfLine
	for _, w := range in {
		if n := len(lines); n > 0 && lines[n-1].page == w.Page && w.Y0-lines[n-1].top <= 1.5 && w.Y0-lines[n-1].top >= -1.5 {
			lines[n-1].words = append(lines[n-1].words, w.Text)
			continue
		}
		lines = append(lines, pdfLine{page: w.Page, top: w.Y0, words: []string{w.Text}})
	}
	return lines
}

// match returns how many lines from at hold exactly the words of want,
// each line whole; 0 when they do not.
func match(lines []pdfLine, at int, want []string) int {
	i := 0
	for n := 0; at+n < len(lines); n++ {
		l := lines[at+n].words
		if len(l) > len(want)-i || !slices.Equal(l, want[i:i+len(l)]) {
			return 0
		}
		if i += len(l); i == len(want) {
			return n + 1
		}
	}
	return 0
}

// find returns the first line from from up to to from which want stands
// on whole lines, or -1.
func find(lines []pdfLine, from, to int, want []string) int {
	for i := from; i < to; i++ {
		if match(lines, i, want) > 0 {
			return i
		}
	}
	return -1
}

// tableEdges returns the left and right edges, in points, of each column
// of the bordered table number index of docx: the page's left margin plus
// the sums of its w:gridCol widths.
func tableEdges(docx []byte, index int) ([]float64, error) {
	parts, _, err := wordml.Parts(docx)
	if err != nil {
		return nil, err
	}
	d := xml.NewDecoder(bytes.NewReader(parts["word/document.xml"]))
	var (
		left     float64
		depth    int     // nesting of w:tbl
		bordered bool    // the current table has borders
		grid     []int   // its column widths, in twips
		tables   [][]int // the bordered tables' grids, in order
	)
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "tbl":
				if depth++; depth == 1 {
					bordered, grid = false, nil
				}
			case "top":
				if depth == 1 && attr(e, "val") == "single" {
					bordered = true
				}
			case "gridCol":
				if depth == 1 {
					w, _ := strconv.Atoi(attr(e, "w"))
					grid = append(grid, w)
				}
			case "pgMar":
				l, _ := strconv.Atoi(attr(e, "left"))
				left = float64(l) / 20
			}
		case xml.EndElement:
			if e.Name.Local == "tbl" {
				if depth--; depth == 0 && bordered {
					tables = append(tables, grid)
				}
			}
		}
	}
	if index < 0 || index >= len(tables) {
		return nil, fmt.Errorf("the DOCX has %d bordered tables; no table %d", len(tables), index)
	}
	edges := []float64{left}
	x := left
	for _, w := range tables[index] {
		x += float64(w) / 20
		edges = append(edges, x)
	}
	return edges, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
