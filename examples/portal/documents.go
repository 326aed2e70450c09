package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	_ "github.com/tdkt-vn/tdkt/report/all" // text, Markdown, HTML, JSON, DOCX
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
	"github.com/tdkt-vn/tdkt/report/forms"
	_ "github.com/tdkt-vn/tdkt/report/xlsx" // XLSX
)

// formats are the formats a document downloads in, with their content
// types.
var formats = map[string]string{
	"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	"html": "text/html; charset=utf-8",
	"xlsx": typeXLSX,
}

// documentTitles name the files of the documents, in Vietnamese.
var documentTitles = map[dossierdocs.Kind]string{
	dossierdocs.Request:         "Tờ trình đề nghị khen thưởng",
	dossierdocs.Minutes:         "Biên bản họp Hội đồng Thi đua - Khen thưởng",
	dossierdocs.AppraisalReport: "Tờ trình kết quả thẩm định",
	dossierdocs.Decision:        "Quyết định khen thưởng",
}

// handleDocument composes a document of the dossier (report/dossierdocs)
// and sends it in the format its name asks for:
// /dossiers/{id}/documents/quyet-dinh-khen-thuong.docx.
func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request, u User) {
	ctx := r.Context()
	d, _, _, err := s.readDossier(ctx, s.db.pool(), u, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	stem, format, _ := strings.Cut(r.PathValue("name"), ".")
	var kind dossierdocs.Kind
	for _, k := range dossierdocs.Kinds() {
		if k.Name() == stem {
			kind = k
		}
	}
	ctype, ok := formats[format]
	if !kind.Valid() || !ok {
		s.fail(w, r, errNotFound)
		return
	}
	doc, err := dossierdocs.Compose(ctx, kind, d, s.docs)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := report.Render(ctx, format, &b, doc); err != nil {
		s.fail(w, r, err)
		return
	}
	name := documentTitles[kind]
	switch {
	case kind == dossierdocs.Decision && format == "xlsx":
		name = "Phụ lục quyết định khen thưởng số " + d.Decision.Number
	case kind == dossierdocs.Decision:
		name += " số " + d.Decision.Number
	default:
		name += " " + d.ID
	}
	name = strings.ReplaceAll(name, "/", "-") + "." + format
	disposition := "attachment"
	if format == "html" {
		disposition = "inline"
		// The document's own styles, nothing else: it is shown, not run.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox")
	}
	serveBytes(w, disposition, name, ctype, b.Bytes())
}

// serveBytes sends a file with its name for the browser to save it
// under.
func serveBytes(w http.ResponseWriter, disposition, name, ctype string, data []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", contentDisposition(disposition, name))
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("Cache-Control", "private, no-store")
	_, _ = w.Write(data)
}

// contentDisposition writes the header of a file's name as RFC 6266
// asks: filename*=UTF-8”… with the name percent-encoded (RFC 8187),
// which every current browser reads, and before it filename="…" with an
// ASCII name for the others: the Vietnamese letters without their marks,
// đ as d.
//
//	attachment; filename="Quyet dinh khen thuong so 01-QD-UBND.docx"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh…
func contentDisposition(disposition, name string) string {
	return fmt.Sprintf(`%s; filename="%s"; filename*=UTF-8''%s`, disposition, asciiName(name), encodeRFC8187(name))
}

// asciiName drops the marks of the letters and keeps letters, digits and
// a few safe signs; anything else becomes "_".
func asciiName(name string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	plain, _, err := transform.String(t, name)
	if err != nil {
		plain = name
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == 'đ':
			return 'd'
		case r == 'Đ':
			return 'D'
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" .,-_()+", r)):
			return r
		}
		return '_'
	}, plain)
}

// encodeRFC8187 percent-encodes the UTF-8 bytes of s but the attr-chars
// of RFC 8187.
func encodeRFC8187(s string) string {
	const attrChar = "!#$&+-.^_`|~"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(attrChar, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// circular is the circular whose statistics forms the portal fills.
const circular = "02/2023/TT-BNV"

type statisticsView struct {
	Years  []int
	Year   int
	Period string
}

// handleStatistics is the page of the statistics forms: the authority's
// staff choose the year.
func (s *Server) handleStatistics(w http.ResponseWriter, r *http.Request, u User) {
	if u.IsProposer() {
		s.fail(w, r, errForbidden)
		return
	}
	v, err := forms.VersionOf(circular)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	this := s.today().Year
	view := statisticsView{Year: this, Period: v.Schedule.Period(this).String()}
	for y := this; y >= this-4; y-- {
		view.Years = append(view.Years, y)
	}
	s.render(w, r, http.StatusOK, "statistics", page{Title: "Thống kê thi đua, khen thưởng", User: &u, Data: view})
}

// handleStatisticsFile sends the five forms of a year, filled from the
// portal's data: the grants of the decisions signed in the period, the
// offices and the staff tables. /statistics/2026.xlsx or .docx.
func (s *Server) handleStatisticsFile(w http.ResponseWriter, r *http.Request, u User) {
	if u.IsProposer() {
		s.fail(w, r, errForbidden)
		return
	}
	ys, format, _ := strings.Cut(r.PathValue("file"), ".")
	year, err := strconv.Atoi(ys)
	ctype, ok := formats[format]
	if err != nil || year < 2000 || year > 2200 || !ok || format == "html" {
		s.fail(w, r, errNotFound)
		return
	}
	doc, err := s.statistics(r.Context(), u, year)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := report.Render(r.Context(), format, &b, doc); err != nil {
		s.fail(w, r, err)
		return
	}
	serveBytes(w, "attachment", fmt.Sprintf("Thống kê thi đua, khen thưởng năm %d.%s", year, format), ctype, b.Bytes())
}

// statistics fills the forms of the circular for a year and composes
// them as one document, a form to a page (a sheet in a workbook).
func (s *Server) statistics(ctx context.Context, u User, year int) (*report.Document, error) {
	v, err := forms.VersionOf(circular)
	if err != nil {
		return nil, err
	}
	period := v.Schedule.Period(year)
	in := forms.Input{Period: period}
	if in.Grants, err = s.grants(ctx, u.Unit, period); err != nil {
		return nil, err
	}
	if in.Staff, err = s.staff(ctx); err != nil {
		return nil, err
	}
	if in.Units, err = s.offices(ctx); err != nil {
		return nil, err
	}
	authority, err := s.unit(ctx, u.Unit)
	if err != nil {
		return nil, err
	}
	header := forms.Header{Reporter: authority.Name, Receiver: "Bộ Nội vụ", Preparer: "Phan Thị Hạnh",
		Signer: "Hoàng Văn Nam", Position: "Chủ tịch", Place: authority.Place, Date: s.today()}
	tmpl := &report.Template{Name: "thong-ke-tdkt", Header: report.Header{Issuer: authority.Name,
		Number: report.Number{Type: "BC", Issuer: authority.Abbrev}, Place: authority.Place, Year: year, Type: "Báo cáo",
		Summary: fmt.Sprintf("Thống kê công tác thi đua, khen thưởng năm %d", year)}}
	for i, f := range v.Forms {
		filled, err := f.Fill(in)
		if err != nil {
			return nil, err
		}
		tmpl.Body = append(tmpl.Body, report.Entry{Section: &forms.Section{
			Form: report.Literal(filled), Header: report.Literal(header), NewPage: i > 0}})
	}
	return report.Composer{}.Compose(ctx, tmpl, report.Data{})
}

// grants are the entries granted by the decisions the authority signed
// in the period, read from the dossiers' events.
func (s *Server) grants(ctx context.Context, authority string, p forms.Period) ([]forms.Grant, error) {
	rows, err := s.db.Query(ctx, `SELECT id FROM dossiers WHERE handler = ? AND state = 'decided' AND decided_on >= ? AND decided_on <= ? ORDER BY id`,
		authority, p.From.ISO(), p.To.ISO())
	if err != nil {
		return nil, err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []forms.Grant
	for _, id := range ids {
		d, _, err := loadDossier(ctx, s.db.pool(), id)
		if err != nil {
			return nil, err
		}
		for _, e := range d.Granted() {
			out = append(out, forms.Grant{Award: e.Award, Subject: e.Kind, Recipient: e.Name, Occasion: forms.Regular,
				Decision: awards.Decision{Number: d.Decision.Number, Date: d.Decision.Date, Grantor: d.Decider.Head, Body: d.Decider.Name}})
		}
	}
	return out, nil
}

// staff reads the table staff for form 0605.
func (s *Server) staff(ctx context.Context) ([]forms.Officer, error) {
	rows, err := s.db.Query(ctx, `SELECT id, name, born, sex, education, since FROM staff ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []forms.Officer
	for rows.Next() {
		var o forms.Officer
		var born, sex, education, since string
		if err := rows.Scan(&o.ID, &o.Name, &born, &sex, &education, &since); err != nil {
			return nil, err
		}
		if o.Born, err = isoDate(born); err != nil {
			return nil, err
		}
		if o.Since, err = isoDate(since); err != nil {
			return nil, err
		}
		if err := o.Sex.UnmarshalText([]byte(sex)); err != nil {
			return nil, err
		}
		if err := o.Education.UnmarshalText([]byte(education)); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// offices reads the table offices for form 0604.
func (s *Server) offices(ctx context.Context) ([]forms.Unit, error) {
	rows, err := s.db.Query(ctx, `SELECT id, name, kind FROM offices ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []forms.Unit
	for rows.Next() {
		var u forms.Unit
		if err := rows.Scan(&u.ID, &u.Name, &u.Kind); err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

func isoDate(s string) (metrics.Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return metrics.Date{}, err
	}
	return metrics.NewDate(t.Year(), t.Month(), t.Day()), nil
}

// Interface guards
var _ dossier.Register = register{}
