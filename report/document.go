package report

import (
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/internal/nfc"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// Document is an administrative document as Decree 30/2020/NĐ-CP lays it
// out: a header (issuing body, number, place and date, type and summary), a
// body of blocks, and, as the last blocks of the body, the recipients and
// the signature ([Closing]) and any annexes ([Annex]).
//
// The composer numbers headings and footnotes ([Document.Number]); authors
// never type a number.
type Document struct {
	Header Header  `json:"header"`
	Body   []Block `json:"-"`
	// Parts is how parts are numbered: "Phần thứ nhất" or "Phần I".
	Parts PartStyle `json:"parts"`
	// Footnotes lists every footnote in reading order, numbered from 1. It
	// is filled by Number.
	Footnotes []*Note `json:"-"`
}

// Header is the top of page 1: cells 1 to 5 of the layout of Decree 30/2020.
type Header struct {
	Parent  string       `json:"parent,omitempty"` // cơ quan chủ quản: "UBND TỈNH CAO BẰNG"
	Issuer  string       `json:"issuer"`           // cơ quan ban hành: "SỞ NỘI VỤ"
	Number  Number       `json:"number"`           // "Số: 123/BC-SNV"
	Place   string       `json:"place"`            // địa danh: "Lam Sơn"
	Date    metrics.Date `json:"date,omitzero"`    // zero while the document is not yet signed
	Year    int          `json:"year,omitempty"`   // the year printed when Date is zero
	Type    string       `json:"type"`             // tên loại: "BÁO CÁO"
	Summary string       `json:"summary"`          // trích yếu: "Sơ kết công tác thi đua, khen thưởng …"
}

// PlaceDate writes the place and date line: "Lam Sơn, ngày 05 tháng 7 năm
// 2022", with a leading zero only for days 1–9 and months 1–2; an undated
// document leaves the day and month blank for the signer.
func (h Header) PlaceDate() string {
	if h.Date.IsZero() {
		year := ""
		if h.Year > 0 {
			year = " " + itoa(h.Year)
		}
		return h.Place + ", ngày      tháng      năm" + year
	}
	return h.Place + ", " + h.Date.Long()
}

// National name and motto (Quốc hiệu và Tiêu ngữ).
const (
	NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	Motto        = "Độc lập - Tự do - Hạnh phúc"
)

// PartStyle chooses how parts are numbered. In JSON and text it is
// written "thứ nhất" or "La Mã".
type PartStyle uint8

const (
	PartOrdinal PartStyle = iota // "Phần thứ nhất", "Phần thứ hai" (default)
	PartRoman                    // "Phần I", "Phần II"
)

// MarshalText writes "thứ nhất" or "La Mã".
func (p PartStyle) MarshalText() ([]byte, error) {
	switch p {
	case PartOrdinal:
		return []byte("thứ nhất"), nil
	case PartRoman:
		return []byte("La Mã"), nil
	}
	return nil, fmt.Errorf("report: part style %d has no name", p)
}

// UnmarshalText reads "thứ nhất" (or "", the default) and "La Mã" (or
// "roman"), in any case.
func (p *PartStyle) UnmarshalText(b []byte) error {
	switch strings.ToLower(strings.TrimSpace(nfc.String(string(b)))) {
	case "", "thứ nhất":
		*p = PartOrdinal
	case "la mã", "roman":
		*p = PartRoman
	default:
		return fmt.Errorf("report: parts %s; want \"thứ nhất\" or \"La Mã\"", source.Quote(string(b)))
	}
	return nil
}

// Level is the level of a heading.
type Level uint8

const (
	PartLevel    Level = iota + 1 // Phần thứ nhất
	SectionLevel                  // I, II (Roman)
	ItemLevel                     // 1., 2.
	SubitemLevel                  // 1.1., 1.2.
	PointLevel                    // a), b)
)

// Block is an element of the body. The set is closed: Heading, Paragraph,
// List, Table, Closing, Annex and PageBreak; every renderer handles each.
type Block interface{ block() }

// Heading is a numbered heading. Number is set by [Document.Number].
type Heading struct {
	Level  Level
	Title  []Inline
	Number string
}

// Paragraph is a paragraph of inline runs.
type Paragraph struct {
	Runs []Inline
	// Align places the paragraph's lines; the zero value is the body's
	// default, justified with a first-line indent. A centred or
	// right-aligned paragraph has no first-line indent.
	Align Align
	// KeepNext keeps the paragraph on the page of the block that follows
	// it (the authority line of a decision with "QUYẾT ĐỊNH:"). Formats
	// without pages ignore it.
	KeepNext bool
}

// List is a list, each item a run of inlines: bulleted ("- …"), or
// numbered by the renderer ("1. …", "2. …") when Numbered is set.
type List struct {
	Items    [][]Inline
	Numbered bool
}

// Table is a table of text cells.
//
// Head is the header row: centred, in bold, and repeated at the top of
// each page the table runs onto (a DOCX header row, an HTML thead). Foot
// holds the totals rows ("Cộng", "Tổng cộng"), written in bold after the
// rows (an HTML tfoot, printed once). A row never breaks across pages
// unless SplitRows is set; KeepNext keeps the table's last row on the page
// of the block that follows (the total in words under a list of awards).
type Table struct {
	Caption string
	// Columns gives the alignment and width of each column, in order; a
	// column beyond its end takes the defaults (Table.Col).
	Columns []Column
	Head    []string
	Rows    [][]string
	Foot    [][]string
	// SplitRows lets a row break across pages, for rows of long text.
	SplitRows bool
	// KeepNext keeps the end of the table with the block that follows.
	KeepNext bool
}

// Column is how a column of a table is laid out.
type Column struct {
	// Align aligns the column's cells, except the header's, which are
	// centred; the zero value aligns them to the left. Figures are
	// aligned to the right.
	Align Align
	// Width is a hint: the share of the text width the column takes, in
	// percent (1 to 100). Zero, or a value out of range, leaves the width
	// to the renderer, which measures the column's text. Formats without
	// a page width (text, Markdown) ignore it.
	Width int
}

// Col returns the layout of column i: Columns[i], or the zero Column when
// Columns is shorter.
func (t *Table) Col(i int) Column {
	if i >= 0 && i < len(t.Columns) {
		return t.Columns[i]
	}
	return Column{}
}

// Align is the horizontal alignment of a paragraph or of the cells of a
// column. In JSON and text it is written "left", "center", "right" or
// "justify"; the zero value, AlignDefault, is written "" and leaves the
// alignment to the context (justified body text, cells to the left).
type Align uint8

const (
	AlignDefault Align = iota
	AlignLeft
	AlignCenter
	AlignRight
	AlignJustify
)

var alignNames = [...]string{"", "left", "center", "right", "justify"}

// String returns the name of a: "center"; "" for AlignDefault and
// "Align(9)" for a value that is none of the constants.
func (a Align) String() string {
	if int(a) < len(alignNames) {
		return alignNames[a]
	}
	return "Align(" + itoa(int(a)) + ")"
}

// Valid reports whether a is one of the constants.
func (a Align) Valid() bool { return int(a) < len(alignNames) }

// MarshalText writes the name of a; a value that is none of the
// constants is an error.
func (a Align) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, fmt.Errorf("report: align %d has no name", a)
	}
	return []byte(alignNames[a]), nil
}

// UnmarshalText reads "left", "center" (or "centre"), "right", "justify"
// (or "both") and "", in any case.
func (a *Align) UnmarshalText(b []byte) error {
	s := strings.ToLower(strings.TrimSpace(string(b)))
	switch s {
	case "centre":
		s = "center"
	case "both":
		s = "justify"
	}
	for i, n := range alignNames {
		if s == n {
			*a = Align(i)
			return nil
		}
	}
	return fmt.Errorf("report: align %s; want \"left\", \"center\", \"right\" or \"justify\"", source.Quote(string(b)))
}

// Closing is the recipients ("Nơi nhận") and the signature block, which the
// layout places side by side at the end of the document.
type Closing struct {
	Recipients []string // "Ban TĐKT tỉnh;", … "Lưu: VT, VP."
	Signature  Signature
}

// Annex is a list attached to the document ("Danh sách … kèm theo Quyết
// định số …"), on a new page, with its own title and blocks.
type Annex struct {
	Title    string // "DANH SÁCH"
	Subtitle string // "Cá nhân được tặng danh hiệu “Lao động tiên tiến” năm 2025"
	Ref      string // "(Kèm theo Quyết định số 15/QĐ-SNV ngày 10/01/2026 của Giám đốc Sở Nội vụ)"
	Blocks   []Block
}

// PageBreak starts a new page.
type PageBreak struct{}

func (*Heading) block()   {}
func (*Paragraph) block() {}
func (*List) block()      {}
func (*Table) block()     {}
func (*Closing) block()   {}
func (*Annex) block()     {}
func (*PageBreak) block() {}

// Inline is a run of a paragraph. The set is closed: Text, Figure and Note.
type Inline interface{ inline() }

// Text is plain text, in bold or italic.
type Text struct {
	Text   string
	Bold   bool
	Italic bool
}

// Figure is a figure in prose, kept as a value and formatted when the
// document is rendered.
type Figure struct {
	Value Value
}

// Text returns the figure as the document prints it; a Figure without a
// Value prints as "".
func (f *Figure) Text() string {
	if f == nil || f.Value == nil {
		return ""
	}
	return f.Value.Text()
}

// Note is a footnote: its reference stands where the Note is, its text at
// the foot of the page. Number is set by [Document.Number].
type Note struct {
	Runs   []Inline
	Number int
}

func (*Text) inline()   {}
func (*Figure) inline() {}
func (*Note) inline()   {}

// Authority is how the signer signs for the head or the collective
// (Decree 30/2020 Điều 13): KT. (ký thay), TM. (thay mặt), Q. (quyền),
// TL. (thừa lệnh), TUQ. (thừa ủy quyền), or none when the head signs.
type Authority string

const (
	SignsAsHead Authority = ""
	KT          Authority = "KT."
	TM          Authority = "TM."
	Q           Authority = "Q."
	TL          Authority = "TL."
	TUQ         Authority = "TUQ."
)

// Validate returns an error unless a is one of the authorities of the
// decree or SignsAsHead.
func (a Authority) Validate() error {
	switch a {
	case SignsAsHead, KT, TM, Q, TL, TUQ:
		return nil
	}
	return fmt.Errorf("report: signature authority %s; want KT., TM., Q., TL., TUQ. or none (Decree 30/2020, Điều 13)", source.Quote(string(a)))
}

// UnmarshalText reads an authority as the decree writes it, "KT.", and
// refuses any other ([Authority.Validate]).
func (a *Authority) UnmarshalText(b []byte) error {
	v := Authority(b)
	if err := v.Validate(); err != nil {
		return err
	}
	*a = v
	return nil
}

// Signature is the signature block.
type Signature struct {
	Authority Authority `json:"authority,omitempty"`
	For       string    `json:"for,omitempty"`      // the head or collective signed for: "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN"
	Position  string    `json:"position,omitempty"` // the signer's own title: "PHÓ GIÁM ĐỐC"
	Name      string    `json:"name"`               // "Triệu Thị Kiều Dung"
}

// Lines returns the lines above the signature, in capitals as the decree
// writes them: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"].
func (s Signature) Lines() []string {
	var out []string
	switch {
	case s.Authority != SignsAsHead && s.For != "":
		out = append(out, string(s.Authority)+" "+strings.ToUpper(s.For))
	case s.For != "":
		out = append(out, strings.ToUpper(s.For))
	}
	if s.Position != "" && (s.Authority != SignsAsHead || s.For == "") {
		out = append(out, strings.ToUpper(s.Position))
	}
	return out
}

// Plain returns the text of inlines with figures formatted and footnote
// references left out.
func Plain(runs []Inline) string {
	var b strings.Builder
	for _, r := range runs {
		switch r := r.(type) {
		case *Text:
			b.WriteString(r.Text)
		case *Figure:
			b.WriteString(r.Text())
		}
	}
	return b.String()
}

// T is a shorthand for a run of plain text.
func T(s string) *Text { return &Text{Text: s} }

// P is a shorthand for a paragraph of inlines.
func P(runs ...Inline) *Paragraph { return &Paragraph{Runs: runs} }

// H is a shorthand for a heading with a plain title.
func H(level Level, title string) *Heading { return &Heading{Level: level, Title: []Inline{T(title)}} }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
