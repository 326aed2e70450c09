package xlsx

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/xuri/excelize/v2"
)

// ErrTooLarge reports a table that does not fit on a sheet: more than
// 16 384 columns or 1 048 576 rows.
var ErrTooLarge = errors.New("xlsx: the table does not fit on a sheet")

// book is a workbook being written, with the styles made for it so far.
type book struct {
	f      *excelize.File
	font   string
	size   float64
	styles map[style]int
}

// style is a cell's look; the book makes one spreadsheet style for each
// style used, in the order of first use, so that output is deterministic.
type style struct {
	part         part
	align        report.Align
	bold, italic bool
	format       string // number format; "" for text
	wrap         bool
}

type part uint8

const (
	textPart part = iota // a line outside the table
	headPart
	bodyPart
	footPart
)

func (b *book) style(s style) (int, error) {
	if id, ok := b.styles[s]; ok {
		return id, nil
	}
	st := &excelize.Style{
		Font:      &excelize.Font{Family: b.font, Size: b.size, Bold: s.bold, Italic: s.italic},
		Alignment: &excelize.Alignment{Horizontal: horizontal(s.align), Vertical: "center", WrapText: s.wrap},
	}
	if s.part == textPart {
		st.Alignment.Vertical = "top"
	} else {
		for _, side := range []string{"left", "top", "right", "bottom"} {
			st.Border = append(st.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	}
	if s.format != "" {
		f := s.format
		st.CustomNumFmt = &f
	}
	id, err := b.f.NewStyle(st)
	if err != nil {
		return 0, fmt.Errorf("xlsx: %w", err)
	}
	b.styles[s] = id
	return id, nil
}

func horizontal(a report.Align) string {
	switch a {
	case report.AlignLeft:
		return "left"
	case report.AlignCenter:
		return "center"
	case report.AlignRight:
		return "right"
	case report.AlignJustify:
		return "justify"
	}
	return ""
}

// Widths, in characters of the default font, and heights in points.
const (
	minWidth, maxWidth = 4, 60
	portraitWidth      = 95  // what an A4 page holds in portrait, at 12 pt
	hintScale          = 1.2 // characters per percent of a width hint
	textWidth          = 90  // the width of a sheet of text only
	maxRowHeight       = 409
	// maxFrozen is the most rows frozen above a table's body: titles and
	// header any longer would leave no room to scroll on a laptop's screen.
	maxFrozen = 15
)

// sheet writes pg on the sheet name.
func (b *book) sheet(ctx context.Context, name string, pg *page) error {
	t := pg.table
	cols := 1
	if t != nil {
		cols = max(1, len(t.Head))
		for _, rows := range [][][]string{t.Rows, t.Foot} {
			for _, r := range rows {
				cols = max(cols, len(r))
			}
		}
	}
	if cols > excelize.MaxColumns {
		return fmt.Errorf("%w: a table of %d columns; a sheet has %d", ErrTooLarge, cols, excelize.MaxColumns)
	}
	if t != nil {
		rows := len(pg.titles) + len(pg.after) + len(t.Rows) + len(t.Foot) + strings.Count(strings.Join(t.Head, "\n"), "\n") + 5
		if rows > excelize.TotalRows {
			return fmt.Errorf("%w: a table of %d rows; a sheet has %d", ErrTooLarge, rows, excelize.TotalRows)
		}
	}
	widths := b.widths(t, cols)
	total := 0.0
	for _, w := range widths {
		total += w
	}
	orientation := "portrait"
	if total > portraitWidth {
		orientation = "landscape"
	}
	a4, fit, tall := 9, 1, 0
	if err := b.f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &orientation, FitToWidth: &fit, FitToHeight: &tall}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	yes := true
	if err := b.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	w := &writer{b: b, sw: sw, cols: cols, widths: widths, total: total}
	// excelize puts each column before those set already: set them from
	// the last, so that the columns come in order.
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	var depth int
	var heads []headCell
	if t != nil {
		depth, heads = headCells(t.Head, cols)
	}
	titles := pg.titles
	if t != nil && strings.TrimSpace(t.Caption) != "" {
		titles = append(titles[:len(titles):len(titles)], line{text: t.Caption, bold: true, align: report.AlignCenter})
	}
	headTop := len(titles) + 1
	if len(titles) > 0 {
		headTop++ // a blank row under the titles
	}
	if depth > 0 && headTop+depth-1 <= maxFrozen {
		// Freeze the panes under the header, before any row is written.
		below := "A" + strconv.Itoa(headTop+depth)
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headTop + depth - 1, TopLeftCell: below, ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: below, ActiveCell: below, Pane: "bottomLeft"}}}); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	for _, l := range titles {
		if err := w.line(l); err != nil {
			return err
		}
	}
	if len(titles) > 0 {
		w.row++
	}
	if t != nil {
		if err := w.table(ctx, t, depth, heads); err != nil {
			return err
		}
		if depth > 0 {
			ref := fmt.Sprintf("'%s'!$%d:$%d", name, headTop, headTop+depth-1)
			if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: name}); err != nil {
				return fmt.Errorf("xlsx: %w", err)
			}
		}
	}
	if len(pg.after) > 0 && t != nil {
		w.row++
	}
	for _, l := range pg.after {
		if err := w.line(l); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

// widths returns the width of each column: its hint, or the length of its
// text within bounds; a sheet of text only has one wide column.
func (b *book) widths(t *report.Table, cols int) []float64 {
	out := make([]float64, cols)
	if t == nil {
		out[0] = textWidth
		return out
	}
	measure := func(i int, s string, header bool) {
		n := 0
		if header {
			// A header wraps: its longest word, or half of it.
			n = utf8.RuneCountInString(s)/2 + 1
			for _, w := range strings.Fields(s) {
				n = max(n, utf8.RuneCountInString(w)+1)
			}
		} else {
			for rest := s; rest != ""; {
				var l string
				l, rest, _ = strings.Cut(rest, "\n")
				n = max(n, utf8.RuneCountInString(l))
			}
		}
		out[i] = max(out[i], float64(n)+2)
	}
	for i := 0; i < cols; i++ {
		if i < len(t.Head) {
			parts := strings.Split(t.Head[i], "\n")
			measure(i, parts[len(parts)-1], true)
		}
	}
	// Measure at most the first 1000 rows: a long list's widths are set by
	// then, and a table of 50 000 rows is measured in no time.
	for k, r := range t.Rows {
		if k == 1000 {
			break
		}
		for i, c := range r {
			measure(i, c, false)
		}
	}
	for _, r := range t.Foot {
		for i, c := range r {
			measure(i, c, false)
		}
	}
	for i := range out {
		out[i] = math.Min(math.Max(out[i], minWidth), maxWidth)
		if h := t.Col(i).Width; h >= 1 && h <= 100 {
			out[i] = math.Max(minWidth, math.Round(float64(h)*hintScale))
		}
	}
	return out
}

// writer writes the rows of one sheet.
type writer struct {
	b      *book
	sw     *excelize.StreamWriter
	row    int // the last row written
	cols   int
	widths []float64
	total  float64
	// bodyFirst and bodyLast are the rows of the table's body.
	bodyFirst, bodyLast int
}

// lineHeight is the height of one line of text, in points.
func (w *writer) lineHeight() float64 { return math.Ceil(w.b.size * 1.35) }

// height returns the height of a row whose cell of the given width holds
// s, wrapped; 0 when one line will do.
func (w *writer) height(s string, width float64) float64 {
	lines := 0
	for rest, more := s, true; more; {
		var l string
		l, rest, more = strings.Cut(rest, "\n")
		lines += max(1, int(math.Ceil(float64(utf8.RuneCountInString(l))/math.Max(1, width-1))))
	}
	if lines <= 1 {
		return 0
	}
	return math.Min(float64(lines)*w.lineHeight(), maxRowHeight)
}

func (w *writer) line(l line) error {
	w.row++
	align := l.align
	if !align.Valid() || align == report.AlignDefault {
		align = report.AlignLeft
	}
	text := clean(l.text)
	id, err := w.b.style(style{part: textPart, align: align, bold: l.bold, italic: l.italic, wrap: true})
	if err != nil {
		return err
	}
	cell := cellName(1, w.row)
	opts := excelize.RowOpts{Height: w.height(text, w.total)}
	if err := w.sw.SetRow(cell, []any{excelize.Cell{StyleID: id, Value: text}}, opts); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	if w.cols > 1 {
		if err := w.sw.MergeCell(cell, cellName(w.cols, w.row)); err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
	}
	return nil
}

// headCell is a cell of a table's header: its text and the rows and
// columns it spans, from 0 at the top left of the header.
type headCell struct {
	text       string
	row, col   int
	rows, cols int
}

// headCells lays out a header whose cells may be written on several
// lines, groups first: see the package documentation. It returns the
// number of header rows and the cells.
func headCells(head []string, cols int) (int, []headCell) {
	if len(head) == 0 {
		return 0, nil
	}
	groups := make([][]string, cols)
	leaves := make([]string, cols)
	depth := 1
	for i := 0; i < cols; i++ {
		if i >= len(head) {
			continue
		}
		parts := strings.Split(head[i], "\n")
		for k := range parts {
			parts[k] = strings.TrimSpace(parts[k])
		}
		groups[i], leaves[i] = parts[:len(parts)-1], parts[len(parts)-1]
		depth = max(depth, len(parts))
	}
	var out []headCell
	for level := 0; level < depth-1; level++ {
		for i := 0; i < cols; {
			if level >= len(groups[i]) {
				i++
				continue
			}
			j := i + 1
			for j < cols && level < len(groups[j]) && equalPrefix(groups[i], groups[j], level) {
				j++
			}
			out = append(out, headCell{text: groups[i][level], row: level, col: i, rows: 1, cols: j - i})
			i = j
		}
	}
	for i := 0; i < cols; i++ {
		top := len(groups[i])
		out = append(out, headCell{text: leaves[i], row: top, col: i, rows: depth - top, cols: 1})
	}
	return depth, out
}

// equalPrefix reports whether a and b agree on their groups 0 to level.
func equalPrefix(a, b []string, level int) bool {
	for k := 0; k <= level; k++ {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// column is what the writer learns of a column of the body: the sum of
// its figures, for the totals row.
type column struct {
	sum     decimal.Decimal
	figures int
}

func (w *writer) table(ctx context.Context, t *report.Table, depth int, heads []headCell) error {
	if depth > 0 {
		id, err := w.b.style(style{part: headPart, align: report.AlignCenter, bold: true, wrap: true})
		if err != nil {
			return err
		}
		grid := make([][]any, depth)
		heights := make([]float64, depth)
		for r := range grid {
			grid[r] = make([]any, w.cols)
			for c := range grid[r] {
				grid[r][c] = excelize.Cell{StyleID: id}
			}
		}
		top := w.row + 1
		for _, h := range heads {
			text := clean(h.text)
			grid[h.row][h.col] = excelize.Cell{StyleID: id, Value: text}
			width := 0.0
			for c := h.col; c < h.col+h.cols; c++ {
				width += w.widths[c]
			}
			// The height a cell needs falls on its last row.
			need := w.height(text, width) - float64(h.rows-1)*w.lineHeight()
			heights[h.row+h.rows-1] = math.Max(heights[h.row+h.rows-1], need)
		}
		for r := range grid {
			w.row++
			if err := w.sw.SetRow(cellName(1, w.row), grid[r], excelize.RowOpts{Height: math.Max(heights[r], 0)}); err != nil {
				return fmt.Errorf("xlsx: %w", err)
			}
		}
		for _, h := range heads {
			if h.rows > 1 || h.cols > 1 {
				if err := w.sw.MergeCell(cellName(h.col+1, top+h.row), cellName(h.col+h.cols, top+h.row+h.rows-1)); err != nil {
					return fmt.Errorf("xlsx: %w", err)
				}
			}
		}
	}
	sums := make([]column, w.cols)
	w.bodyFirst, w.bodyLast = w.row+1, w.row+len(t.Rows)
	values := make([]any, w.cols)
	for k, r := range t.Rows {
		if k%256 == 255 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := w.tableRow(t, r, bodyPart, values, sums); err != nil {
			return err
		}
	}
	for _, r := range t.Foot {
		if err := w.tableRow(t, r, footPart, values, sums); err != nil {
			return err
		}
	}
	return nil
}

// tableRow writes a row of the body or the totals. In the body it adds
// the figures of each column to sums; in the totals, a figure that is the
// sum of its column's figures is written as a SUM formula over the body
// rows, with the figure as its value.
func (w *writer) tableRow(t *report.Table, r []string, p part, values []any, sums []column) error {
	w.row++
	height := 0.0
	for i := range values {
		values[i] = nil
	}
	for i := 0; i < w.cols; i++ {
		text := ""
		if i < len(r) {
			text = clean(r[i])
		}
		col := t.Col(i)
		align := col.Align
		if !align.Valid() {
			align = report.AlignDefault
		}
		s := style{part: p, align: align, bold: p == footPart}
		var cell excelize.Cell
		if fig, ok := readFigure(text, align == report.AlignRight); ok {
			s.format = fig.format
			if align == report.AlignDefault && !fig.date {
				s.align = report.AlignRight
			}
			cell.Value = fig.stored
			if p == bodyPart && !fig.date {
				sums[i].sum = sums[i].sum.Add(fig.exact)
				sums[i].figures++
			}
			if p == footPart && !fig.date && sums[i].figures > 0 && w.bodyLast >= w.bodyFirst && sums[i].sum.Equal(fig.exact) {
				cell.Formula = "SUM(" + cellName(i+1, w.bodyFirst) + ":" + cellName(i+1, w.bodyLast) + ")"
			}
		} else if text != "" {
			cell.Value = text
			s.wrap = true
			height = math.Max(height, w.height(text, w.widths[i]))
		}
		id, err := w.b.style(s)
		if err != nil {
			return err
		}
		cell.StyleID = id
		values[i] = cell
	}
	if err := w.sw.SetRow(cellName(1, w.row), values, excelize.RowOpts{Height: height}); err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	return nil
}

func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return "A1"
	}
	return name
}
