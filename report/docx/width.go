package docx

import (
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/tdkt-vn/tdkt/report"
)

// boldWidth returns the width in twips of s set in bold at size points,
// by the metrics of Times New Roman Bold (those of Liberation Serif Bold,
// metrics.go). Decree 30/2020/NĐ-CP, Phụ lục I, measures the rules of the
// header by the text above them: under the motto as long as the motto,
// under the issuer's name a third to a half of the name.
func boldWidth(s string, size int) int {
	return twips(serifBold.width(s), size)
}

// Table layout, in twips. A cell's text is set at tableFontSize (the
// TableText style) between margins of cellMargin on each side; cellSlack
// is room for what the model of lines misses (another font than Times,
// kerning, the rounding of a word processor). Of a long table only
// measuredRows rows are measured. The widths a column may take are the
// thresholds of its cells, or when there are more than maxCandidates,
// those rounded up to a multiple of widthQuantum (or of twice, four
// times… that).
const (
	tableFontSize = 13
	cellMargin    = 80
	cellSlack     = 60
	cellPad       = 2*cellMargin + cellSlack
	measuredRows  = 200
	widthQuantum  = 20
	maxCandidates = 64
)

// columnWidths shares the text width among the columns of t, in twips,
// so that the table takes as few lines as it can.
//
// It measures the header and the totals in bold, the body in regular
// (only its first measuredRows rows and its last, whose number is the
// largest, so that a long table costs no more than a short one), and
// models each cell as Word sets it: words (runs between spaces) laid on a
// line while they fit, then on the next. A row is as tall as its tallest
// cell; the lines of the table are the sum of its rows', header included.
//
//   - A column's minimum is its widest word plus the cell's margins: a
//     word, a number ("1.420.000", "71,4%", "42/42"), the header "STT"
//     never breaks.
//   - A column with a width hint (Column.Width, percent) takes that share
//     of the text width, never less than its minimum.
//   - The other columns start at their minimum. For each cell, it finds
//     the widths at which the cell takes a line fewer (a cell only gets
//     shorter as its column widens, so each is found by halving a range
//     of twips): the widths its column may take.
//   - The width left is handed out a step at a time, each time to the
//     step that saves the most lines of the table per twip: one column to
//     one of its next widths, or the columns whose cells make a row tall
//     together, each to the width that takes a line off its cell.
//   - When no step saves a line, the one that takes the most lines off
//     cells of the body per twip is taken: a name wrapped in a row that
//     another cell keeps two lines tall still reads better whole.
//   - When no step helps or fits, width moves from one column to another
//     (one narrowed to any of its smaller widths, the other widened as far
//     as that pays for) if that saves lines of the table, or else of the
//     body's cells; then the steps resume.
//   - What is then left goes to those columns in proportion to their
//     preferred width, that of their longest cell on one line.
//   - When even the minimums do not fit, the width is shared in
//     proportion to the minimums, and when the hints ask for more than
//     the page, all columns shrink in proportion.
//
// The widths sum to the text width exactly.
func columnWidths(t *report.Table, cols int) []int {
	g := measureTable(t, cols)
	out := make([]int, cols)
	avail := textWidth
	var free []int // the columns without a hint
	for i := range out {
		if h := t.Col(i).Width; h >= 1 && h <= 100 {
			out[i] = max(textWidth*h/100, g.minW[i])
			avail -= out[i]
		} else {
			free = append(free, i)
		}
	}
	sumMin := 0
	for _, i := range free {
		sumMin += g.minW[i]
	}
	switch {
	case len(free) == 0:
	case sumMin > avail:
		for _, i := range free {
			out[i] = max(avail, 0) * g.minW[i] / sumMin
		}
	default:
		g.share(out, free, avail-sumMin)
	}
	// The hints may ask for more than the page: scale all down. Then give
	// the rounding's remainder to the last column.
	total := 0
	for _, w := range out {
		total += w
	}
	if total > textWidth {
		for i := range out {
			out[i] = out[i] * textWidth / total
		}
		total = 0
		for _, w := range out {
			total += w
		}
	}
	out[cols-1] += textWidth - total
	return out
}

// grid is the measured rows of a table, each kept once: rows that wrap
// alike (the same text in each cell of two words or more) are one row of
// the grid with a count. A cell of one word takes one line at any width
// of its column, which holds its widest word: the grid keeps it empty.
type grid struct {
	cols  int
	count []int   // by row: how many measured rows it stands for; row 0 is the header
	words []int32 // the words of every cell: (spaces before, word) pairs, in font units
	cells []int32 // cell k (row·cols + column) has words[cells[k]:cells[k+1]]
	minW  []int   // by column: its widest word plus cellPad, in twips
	pref  []int   // by column: its longest cell on one line plus cellPad, in twips
}

// measureTable measures the header of t in bold, its first measuredRows
// rows and its last in regular and its totals in bold.
func measureTable(t *report.Table, cols int) *grid {
	g := &grid{cols: cols, minW: make([]int, cols), pref: make([]int, cols), cells: []int32{0}}
	var it *norm.Iter // room to compose decomposed text, made when needed
	type row struct {
		cells []string
		f     face
		hash  uint64 // of the cells that may wrap
	}
	var rows []row // the rows of the grid
	add := func(cells []string, f face) {
		cells = cells[:min(cols, len(cells))]
		h := uint64(fnvOffset)
		for _, c := range cells {
			if mayWrap(c) {
				h = fnv(h, c)
			}
			h = fnv(h, "\x00") // the end of a cell
		}
		same := 0                                     // the row of the grid that wraps alike, if any
		for r := 1; r < len(rows) && same == 0; r++ { // row 0, the header, stands alone
			if rows[r].hash == h && rows[r].f == f && wrapAlike(rows[r].cells, cells) {
				same = r
			}
		}
		for i, c := range cells {
			if same > 0 && i < len(rows[same].cells) && rows[same].cells[i] == c {
				continue // measured with that row
			}
			if it == nil && hasMark(c) {
				it = new(norm.Iter)
			}
			widest, line := f.extent(c, it)
			g.minW[i] = max(g.minW[i], widest)
			g.pref[i] = max(g.pref[i], line)
		}
		if same > 0 {
			g.count[same]++
			return
		}
		rows = append(rows, row{cells, f, h})
		g.count = append(g.count, 1)
		for i := range cols {
			if i < len(cells) && mayWrap(cells[i]) {
				g.words, _ = f.words(g.words, cells[i], it)
			}
			g.cells = append(g.cells, int32(len(g.words)))
		}
	}
	add(t.Head, serifBold)
	for i, r := range t.Rows {
		if i == measuredRows {
			add(t.Rows[len(t.Rows)-1], serifRegular)
			break
		}
		add(r, serifRegular)
	}
	for _, r := range t.Foot {
		add(r, serifBold)
	}
	for i := range cols {
		g.minW[i] = tableTwips(g.minW[i]) + cellPad
		g.pref[i] = min(max(tableTwips(g.pref[i])+cellPad, g.minW[i]), textWidth)
	}
	return g
}

// mayWrap reports whether s has two words or more, so that it may take
// more than a line.
func mayWrap(s string) bool {
	const spaces = " \t\n\r"
	return strings.ContainsAny(strings.Trim(s, spaces), spaces)
}

// wrapAlike reports whether rows a and b wrap alike: each cell that may
// wrap the same in both.
func wrapAlike(a, b []string) bool {
	for i := range max(len(a), len(b)) {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y && (mayWrap(x) || mayWrap(y)) {
			return false
		}
	}
	return true
}

// Rows are compared first by an FNV-1a hash (64 bits) of their cells that
// may wrap.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv returns the hash h extended by s.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// tableTwips converts font units at tableFontSize to twips, rounded up:
// a column of that width (plus cellPad) holds the text.
func tableTwips(units int) int {
	return (units*tableFontSize*20 + unitsPerEm - 1) / unitsPerEm
}

// oneLine returns the width of words on one line, in font units.
func oneLine(words []int32) int {
	w := 0
	for _, u := range words {
		w += int(u)
	}
	return w
}

// rows returns the number of rows of the grid.
func (g *grid) rows() int { return len(g.count) }

// cell returns the words of a cell.
func (g *grid) cell(row, col int) []int32 {
	k := row*g.cols + col
	return g.words[g.cells[k]:g.cells[k+1]]
}

// lines returns the number of lines the cell takes in a column width
// twips wide: words go on a line while they fit, then on the next (a word
// wider than the column overflows its line). An empty cell takes one.
func (g *grid) lines(row, col, width int) int {
	words := g.cell(row, col)
	if len(words) == 0 {
		return 1
	}
	room := (width - cellPad) * unitsPerEm / (tableFontSize * 20) // font units
	n, line := 1, int(words[0]+words[1])
	for k := 2; k < len(words); k += 2 {
		if w := line + int(words[k]+words[k+1]); w <= room {
			line = w
		} else {
			n, line = n+1, int(words[k+1])
		}
	}
	return n
}

// tableLines returns the lines the measured rows take with the given
// column widths: the sum of the tallest cell of each row.
func (g *grid) tableLines(widths []int) int {
	total := 0
	for r := range g.rows() {
		tallest := 0
		for c := range g.cols {
			tallest = max(tallest, g.lines(r, c, widths[c]))
		}
		total += g.count[r] * tallest
	}
	return total
}

// thresholds appends to dst the widths, between from and the cell's
// width on one line, at which the cell takes a line fewer than just
// below: the least width at which it takes k lines or fewer, for each k
// it can take.
func (g *grid) thresholds(dst []int, row, col, from int) []int {
	to := tableTwips(oneLine(g.cell(row, col))) + cellPad // one line
	w, n := from, g.lines(row, col, from)
	for n > 1 && w < to {
		// Wrapping takes no more lines in a wider column: halve the range
		// down to the least width with fewer than n lines.
		lo, hi := w+1, to
		for lo < hi {
			if m := (lo + hi) / 2; g.lines(row, col, m) < n {
				hi = m
			} else {
				lo = m + 1
			}
		}
		dst = append(dst, lo)
		w, n = lo, g.lines(row, col, lo)
	}
	return dst
}

// candidates returns the widths column col may take, from its minimum
// up: the thresholds of its cells, or when there are more than
// maxCandidates of them, those rounded up to a multiple of widthQuantum,
// or of twice, four times… that, so that there are at most maxCandidates
// above the minimum. raw is room for the thresholds, returned for the
// next column.
func (g *grid) candidates(col int, raw []int) (cand, _ []int) {
	base := g.minW[col]
	for r := range g.rows() {
		raw = g.thresholds(raw, r, col, base)
	}
	slices.Sort(raw)
	cand = make([]int, 0, min(len(raw), maxCandidates)+1)
	for q := 1; ; q = max(widthQuantum, 2*q) {
		cand = append(cand[:0], base)
		for _, w := range raw {
			if c := (w + q - 1) / q * q; c > cand[len(cand)-1] {
				cand = append(cand, c)
			}
		}
		if len(cand) <= maxCandidates+1 {
			return cand, raw
		}
	}
}

// layout is the state of share: the free columns, the width they may
// still take and the height of the hinted cells.
type layout struct {
	rows   int
	count  []int // by row: how many measured rows it stands for (grid.count)
	budget int   // twips
	fixed  []int // by row: its tallest hinted cell, at least 1 line
	cs     []column
	// Kept by greedy, by row: the height and how many free cells are as
	// tall.
	tallest, ties []int
	to            []int // room for saved: by column, the width a step gives
	rest          []int // room for improve: by row
}

// column is a free column: the widths it may take (cand, from its
// minimum up), the lines of each of its cells at each width
// (lines[row·len(cand) + k]) and of all its cells but the header's
// (sum[k]), and the width it has (cand[at]).
type column struct {
	cand  []int
	lines []uint8
	sum   []int
	at    int
	gain  []int // room for greedy
}

func (c *column) height(r, k int) int { return int(c.lines[r*len(c.cand)+k]) }

// share sets the widths of the free columns, which have budget twips
// beyond their minimums, as columnWidths describes; out holds the widths
// of the hinted columns.
func (g *grid) share(out, free []int, budget int) {
	l := g.layout(out, free, budget)
	l.greedy()
	for range maxRounds {
		if !l.improve() {
			break
		}
		l.greedy()
	}
	sumPref := 0
	for _, col := range free {
		sumPref += g.pref[col]
	}
	for i, col := range free {
		out[col] = l.cs[i].cand[l.cs[i].at] + l.budget*g.pref[col]/sumPref
	}
}

// layout returns the free columns at their minimum, with the lines of
// each cell at each of their candidate widths.
func (g *grid) layout(out, free []int, budget int) *layout {
	rows := g.rows()
	l := &layout{rows: rows, count: g.count, budget: budget, fixed: make([]int, rows), cs: make([]column, len(free)),
		tallest: make([]int, rows), ties: make([]int, rows), to: make([]int, len(free)), rest: make([]int, rows)}
	for r := range l.fixed {
		l.fixed[r] = 1
		for c := range g.cols {
			if !slices.Contains(free, c) {
				l.fixed[r] = max(l.fixed[r], g.lines(r, c, out[c]))
			}
		}
	}
	var raw []int
	for i, col := range free {
		c := &l.cs[i]
		c.cand, raw = g.candidates(col, raw[:0])
		c.lines = make([]uint8, l.rows*len(c.cand))
		c.sum = make([]int, len(c.cand))
		c.gain = make([]int, len(c.cand))
		for r := range l.rows {
			for k, w := range c.cand {
				n := min(g.lines(r, col, w), maxLines)
				c.lines[r*len(c.cand)+k] = uint8(n)
				if r > 0 { // the header row is row 0
					c.sum[k] += l.count[r] * n
				}
			}
		}
	}
	return l
}

// maxRounds bounds the rounds of layout.improve; maxLines is the most
// lines counted in a cell (a cell taller than a page is as bad at 255
// lines as at more).
const (
	maxRounds = 16
	maxLines  = 255
)

// greedy widens the columns a step at a time while the budget allows,
// each time by the step that saves the most lines of the table per twip.
// A step widens one column to one of its next widths, or, for a row that
// two or more cells make as tall, those columns each to the width that
// takes a line off their cell (at most maxJoint such steps are weighed at
// a time). When no step saves a line, it widens the column that saves the
// most lines of the body's cells per twip: a cell wrapped in a row that
// another keeps as tall is still better whole.
func (l *layout) greedy() {
	var best, joint []int // steps: (column, candidate) pairs
	for {
		for i := range l.cs {
			clear(l.cs[i].gain)
		}
		joint = joint[:0]
		nJoint := 0
		for r := range l.rows {
			// The tallest cell of the row, how many are as tall, and the
			// height of the row without them.
			tallest, count, next := l.fixed[r], 0, l.fixed[r]
			for i := range l.cs {
				switch h := l.cs[i].height(r, l.cs[i].at); {
				case h > tallest:
					tallest, count, next = h, 1, tallest
				case h == tallest:
					count++
				default:
					next = max(next, h)
				}
			}
			l.tallest[r], l.ties[r] = tallest, count
			if count == 0 || tallest == l.fixed[r] {
				continue // a hinted cell is as tall: no step helps
			}
			if count > 1 {
				if nJoint < maxJoint {
					n := len(joint)
					if joint = l.jointStep(joint, r, tallest); len(joint) > n {
						nJoint++
					}
				}
				continue
			}
			for i := range l.cs {
				c := &l.cs[i]
				if c.height(r, c.at) != tallest {
					continue
				}
				for k := c.at + 1; k < len(c.cand); k++ {
					c.gain[k] += l.count[r] * (tallest - max(next, c.height(r, k)))
				}
			}
		}
		bestGain, bestCost := 0, 0
		better := func(gain, cost int) bool {
			return gain > 0 && cost <= l.budget && (len(best) == 0 || gain*bestCost > bestGain*cost ||
				gain*bestCost == bestGain*cost && cost < bestCost)
		}
		best = best[:0]
		for i := range l.cs {
			c := &l.cs[i]
			for k := c.at + 1; k < len(c.cand); k++ {
				if cost := c.cand[k] - c.cand[c.at]; better(c.gain[k], cost) {
					best, bestGain, bestCost = append(best[:0], i, k), c.gain[k], cost
				}
			}
		}
		for j := 0; j < len(joint); {
			n := joint[j]
			step := joint[j+1 : j+1+n]
			j += 1 + n
			if cost := l.cost(step); cost <= l.budget {
				if gain := l.saved(step); better(gain, cost) {
					best, bestGain, bestCost = append(best[:0], step...), gain, cost
				}
			}
		}
		if len(best) == 0 {
			for i := range l.cs {
				c := &l.cs[i]
				for k := c.at + 1; k < len(c.cand); k++ {
					if gain, cost := c.sum[c.at]-c.sum[k], c.cand[k]-c.cand[c.at]; better(gain, cost) {
						best, bestGain, bestCost = append(best[:0], i, k), gain, cost
					}
				}
			}
		}
		if len(best) == 0 {
			return
		}
		for j := 0; j < len(best); j += 2 {
			l.cs[best[j]].at = best[j+1]
		}
		l.budget -= bestCost
	}
}

// maxJoint bounds the steps of several columns greedy weighs at a time.
const maxJoint = 32

// jointStep appends to steps, unless it holds it already, the step that
// takes a line off each of the cells of row r that are tallest: its
// length, then (column, candidate) pairs. A cell that no width shortens
// leaves no step.
func (l *layout) jointStep(steps []int, r, tallest int) []int {
	start := len(steps)
	steps = append(steps, 0)
	for i := range l.cs {
		c := &l.cs[i]
		if c.height(r, c.at) != tallest {
			continue
		}
		k := c.at + 1
		for k < len(c.cand) && c.height(r, k) >= tallest {
			k++
		}
		if k == len(c.cand) {
			return steps[:start]
		}
		steps = append(steps, i, k)
	}
	step := steps[start+1:]
	steps[start] = len(step)
	for j := 0; j < start; j += 1 + steps[j] {
		if slices.Equal(steps[j+1:j+1+steps[j]], step) {
			return steps[:start]
		}
	}
	return steps
}

// cost returns the twips a step takes.
func (l *layout) cost(step []int) int {
	cost := 0
	for j := 0; j < len(step); j += 2 {
		c := &l.cs[step[j]]
		cost += c.cand[step[j+1]] - c.cand[c.at]
	}
	return cost
}

// saved returns the lines of the table a step saves: a row is shorter
// only when the step widens every column of its tallest cells.
func (l *layout) saved(step []int) int {
	for i := range l.cs {
		l.to[i] = l.cs[i].at
	}
	for j := 0; j < len(step); j += 2 {
		l.to[step[j]] = step[j+1]
	}
	saved := 0
	for r := range l.rows {
		tallest := l.tallest[r]
		if l.ties[r] == 0 || tallest == l.fixed[r] {
			continue
		}
		n := 0
		for j := 0; j < len(step); j += 2 {
			if c := &l.cs[step[j]]; c.height(r, c.at) == tallest {
				n++
			}
		}
		if n < l.ties[r] {
			continue
		}
		then := l.fixed[r]
		for i := range l.cs {
			then = max(then, l.cs[i].height(r, l.to[i]))
		}
		saved += l.count[r] * (tallest - then)
	}
	return saved
}

// improve makes the one move of width from one column to another that
// saves the most lines of the table, or failing that of cells: column a
// narrows to one of its smaller widths and column b takes the widest
// width that the twips freed and the budget pay for. It reports whether
// it found one that saves any.
func (l *layout) improve() bool {
	rest := l.rest
	bestA, bestKA, bestB, bestKB := -1, 0, 0, 0
	bestLines, bestCells := 0, 0
	for a := range l.cs {
		ca := &l.cs[a]
		if ca.at == 0 {
			continue
		}
		for b := range l.cs {
			cb := &l.cs[b]
			if b == a || cb.at == len(cb.cand)-1 {
				continue
			}
			now := 0
			for r := range rest {
				rest[r] = l.fixed[r]
				for i := range l.cs {
					if i != a && i != b {
						rest[r] = max(rest[r], l.cs[i].height(r, l.cs[i].at))
					}
				}
				now += l.count[r] * max(rest[r], ca.height(r, ca.at), cb.height(r, cb.at))
			}
			kb := cb.at
			for ka := ca.at - 1; ka >= 0; ka-- {
				room := l.budget + ca.cand[ca.at] - ca.cand[ka]
				for kb+1 < len(cb.cand) && cb.cand[kb+1]-cb.cand[cb.at] <= room {
					kb++
				}
				if kb == cb.at {
					continue
				}
				lines := -now
				for r := range rest {
					lines += l.count[r] * max(rest[r], ca.height(r, ka), cb.height(r, kb))
				}
				cells := ca.sum[ka] - ca.sum[ca.at] + cb.sum[kb] - cb.sum[cb.at]
				if lines < bestLines || lines == bestLines && cells < bestCells {
					bestA, bestKA, bestB, bestKB, bestLines, bestCells = a, ka, b, kb, lines, cells
				}
			}
		}
	}
	if bestA < 0 {
		return false
	}
	ca, cb := &l.cs[bestA], &l.cs[bestB]
	l.budget += ca.cand[ca.at] - ca.cand[bestKA] - (cb.cand[bestKB] - cb.cand[cb.at])
	ca.at, cb.at = bestKA, bestKB
	return true
}
