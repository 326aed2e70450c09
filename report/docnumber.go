package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/source"
)

// Number is a document's number and symbol ("số, ký hiệu", Decree
// 30/2020): 123/BC-SNV is the 123rd document of the year, a báo cáo (BC),
// of Sở Nội vụ (SNV). Seq is zero before the clerk assigns the number.
type Number struct {
	Seq    int    `json:"seq,omitempty"`
	Type   string `json:"type,omitempty"`   // the type's abbreviation (Phụ lục III): "BC"; empty for a công văn
	Issuer string `json:"issuer,omitempty"` // the issuer's abbreviation, with the drafting unit for a công văn: "SNV", "SNV-VP"
}

// String writes the number as the header prints it: "Số: 05/BC-SNV" (a
// leading zero below 10), or "Số:      /BC-SNV" while it has no number.
func (n Number) String() string {
	seq := "     "
	switch {
	case n.Seq > 0 && n.Seq < 10:
		seq = "0" + strconv.Itoa(n.Seq)
	case n.Seq >= 10:
		seq = strconv.Itoa(n.Seq)
	}
	return "Số: " + seq + "/" + n.Symbol()
}

// Validate returns an error unless n is a number the decree allows: a
// sequence that is positive, or 0 while the clerk has not assigned it; a
// type that is one of the abbreviations of Decree 30/2020, Phụ lục III
// ([TypeName]), or none for a công văn; an issuer without spaces or empty
// groups, which a number with a sequence or a type must have. The zero
// Number (no number at all) is valid.
func (n Number) Validate() error {
	if n == (Number{}) {
		return nil
	}
	if n.Seq < 0 {
		return fmt.Errorf("report: number %d/%s: the sequence must be positive (0 while not yet numbered)", n.Seq, n.Symbol())
	}
	if n.Type != "" {
		if _, ok := TypeName(n.Type); !ok {
			return fmt.Errorf("report: number type %s is not a type of administrative document (Decree 30/2020, Phụ lục III)", source.Quote(n.Type))
		}
	}
	if n.Issuer == "" {
		return fmt.Errorf("report: number %s: no issuer's abbreviation", source.Quote(n.String()))
	}
	if strings.ContainsFunc(n.Issuer, unicode.IsSpace) || slices.Contains(strings.Split(n.Issuer, "-"), "") {
		return fmt.Errorf("report: number issuer %s; want letters joined by \"-\" without spaces", source.Quote(n.Issuer))
	}
	return nil
}

// Symbol returns the symbol: "BC-SNV".
func (n Number) Symbol() string {
	if n.Type == "" {
		return n.Issuer
	}
	return n.Type + "-" + n.Issuer
}

// ParseNumber reads a number and symbol: "123/BC-SNV", "Số: 05/BC-SNV",
// "Số:    /BC-SNV" or "/BC-SNV" (not yet numbered), "45/SNV-VP" (a
// công văn). The type must be one of Decree 30/2020's abbreviations
// ([TypeName]); a công văn has none.
func ParseNumber(s string) (Number, error) {
	in := s
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "Số:"); ok {
		s = strings.TrimSpace(rest)
	}
	seqText, sym, ok := strings.Cut(s, "/")
	if !ok {
		return Number{}, fmt.Errorf("report: number %q: want number/symbol such as \"123/BC-SNV\"", in)
	}
	var n Number
	if seqText = strings.TrimSpace(seqText); seqText != "" {
		v, err := strconv.Atoi(seqText)
		if err != nil || v <= 0 {
			return Number{}, fmt.Errorf("report: number %q: %q is not a positive number", in, seqText)
		}
		n.Seq = v
	}
	sym = strings.TrimSpace(sym)
	if sym == "" || strings.ContainsFunc(sym, unicode.IsSpace) {
		return Number{}, fmt.Errorf("report: number %q: symbol %q; want letters joined by \"-\" without spaces", in, sym)
	}
	parts := strings.Split(sym, "-")
	for _, p := range parts {
		if p == "" {
			return Number{}, fmt.Errorf("report: number %q: empty group in symbol %q", in, sym)
		}
	}
	if _, ok := TypeName(parts[0]); ok && len(parts) > 1 {
		n.Type, n.Issuer = parts[0], strings.Join(parts[1:], "-")
	} else {
		if r, _ := utf8.DecodeRuneInString(parts[0]); len(parts) > 1 && unicode.IsUpper(r) && isTypeLike(parts[0]) {
			return Number{}, fmt.Errorf("report: number %q: %q is not a type of administrative document (Decree 30/2020, Phụ lục III)", in, parts[0])
		}
		n.Issuer = sym
	}
	if err := n.Validate(); err != nil {
		return Number{}, fmt.Errorf("report: number %q: %w", in, err)
	}
	return n, nil
}

// isTypeLike reports whether s looks like a type abbreviation (two or
// three letters) rather than an issuer's.
func isTypeLike(s string) bool { return utf8.RuneCountInString(s) <= 3 }

// The abbreviations of the types of administrative documents (Decree
// 30/2020, Phụ lục III). GN, TTh and GUQ are unverified in the sources.
var typeAbbr = map[string]string{
	"NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
	"TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch",
	"PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
	"HĐ": "Hợp đồng", "CĐ": "Công điện", "GN": "Bản ghi nhớ", "TTh": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền",
	"GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo",
}

// TypeName returns the type of document an abbreviation stands for:
// "BC" → "Báo cáo".
func TypeName(abbr string) (string, bool) {
	n, ok := typeAbbr[abbr]
	return n, ok
}

// TypeAbbr returns the abbreviation of a type of document: "Báo cáo" →
// "BC", "QUYẾT ĐỊNH" → "QĐ".
func TypeAbbr(name string) (string, bool) {
	for a, n := range typeAbbr {
		if strings.EqualFold(n, name) || strings.ToUpper(n) == name {
			return a, true
		}
	}
	return "", false
}
