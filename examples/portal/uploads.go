package main

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source/workbook"
)

// upload is a file received in a form, read whole, with its SHA-256.
type upload struct {
	Name        string // the base name the browser gave, cleaned
	ContentType string // as sniffed from the content, never as the browser said
	Data        []byte
	SHA256      string
}

// Content types of the files the portal accepts.
const (
	typeCSV  = "text/csv; charset=utf-8"
	typeXLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	typePDF  = "application/pdf"
	typeDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
)

// parseMultipart reads a multipart form of at most limit bytes. Too
// large a body is a 413 that names the limit of one file.
func parseMultipart(w http.ResponseWriter, r *http.Request, limit, perFile int64) error {
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		var big *http.MaxBytesError
		if errors.As(err, &big) {
			return &userError{Status: http.StatusRequestEntityTooLarge,
				Msg: fmt.Sprintf("Tệp tải lên quá lớn: mỗi tệp tối đa %s.", sizeText(perFile))}
		}
		if errors.Is(err, http.ErrNotMultipart) {
			return r.ParseForm() // a form without files
		}
		return &userError{Status: http.StatusBadRequest, Msg: "Biểu mẫu gửi lên không đọc được."}
	}
	return nil
}

// readUpload reads the file of a form field; nil when the field has no
// file. A file above max is refused.
func readUpload(r *http.Request, field string, max int64) (*upload, error) {
	if r.MultipartForm == nil {
		return nil, nil
	}
	fhs := r.MultipartForm.File[field]
	if len(fhs) == 0 || fhs[0].Size == 0 && fhs[0].Filename == "" {
		return nil, nil
	}
	return readFileHeader(fhs[0], max)
}

func readFileHeader(fh *multipart.FileHeader, max int64) (*upload, error) {
	name := cleanName(fh.Filename)
	if fh.Size > max {
		return nil, &userError{Status: http.StatusRequestEntityTooLarge,
			Msg: fmt.Sprintf("Tệp “%s” quá lớn (%s): mỗi tệp tối đa %s.", name, sizeText(fh.Size), sizeText(max))}
	}
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, &userError{Status: http.StatusRequestEntityTooLarge, Msg: fmt.Sprintf("Tệp “%s” quá lớn: mỗi tệp tối đa %s.", name, sizeText(max))}
	}
	if len(data) == 0 {
		return nil, badRequest("Tệp “%s” rỗng.", name)
	}
	sum := sha256.Sum256(data)
	return &upload{Name: name, Data: data, SHA256: hex.EncodeToString(sum[:])}, nil
}

// cleanName keeps the base name of what the browser sent (old browsers
// send a whole path), valid UTF-8, without control characters, at most
// 200 bytes.
func cleanName(s string) string {
	s = strings.ReplaceAll(s, `\`, "/")
	s = path.Base(s)
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	for len(s) > 200 {
		_, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
	}
	if s == "" || s == "." || s == "/" {
		s = "tep"
	}
	return s
}

// sniffRoster tells a roster's format by its content: an XLSX workbook is
// a zip archive; a CSV file is text (UTF-8 or Windows-1258) with no
// control characters but tabs and line ends. Anything else is refused.
func sniffRoster(u *upload) (string, error) {
	if bytes.HasPrefix(u.Data, []byte("PK\x03\x04")) {
		u.ContentType = typeXLSX
		return "xlsx", nil
	}
	if isText(u.Data) {
		u.ContentType = typeCSV
		return "csv", nil
	}
	return "", &userError{Status: http.StatusUnsupportedMediaType,
		Msg: fmt.Sprintf("Tệp “%s” không phải danh sách CSV hay bảng tính XLSX.", u.Name)}
}

// isText reports whether data looks like text: no NUL or other control
// byte but tab, line feed, form feed and carriage return.
func isText(data []byte) bool {
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f {
			return false
		}
	}
	return true
}

// parseRoster reads the records of a roster with the library's loaders:
// awards.ParseCSV, or the first sheet of a workbook through
// workbook.Load. Errors name the line or the cell.
func parseRoster(name, format string, data []byte) ([]*awards.Record, error) {
	var recs []*awards.Record
	var err error
	switch format {
	case "xlsx":
		recs, err = workbook.Load(name, data, workbook.Options{MaxSize: 64 << 20}, awards.ParseCSV)
	default:
		recs, err = awards.ParseCSV(name, data)
	}
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%s: không có người nào trong danh sách", name)
	}
	return recs, nil
}

// sniffDocument tells a dossier's component by its content: a PDF, or a
// DOCX (a zip archive with word/document.xml). Anything else is refused.
func sniffDocument(u *upload) error {
	switch {
	case bytes.HasPrefix(u.Data, []byte("%PDF-")):
		u.ContentType = typePDF
		return nil
	case bytes.HasPrefix(u.Data, []byte("PK\x03\x04")):
		zr, err := zip.NewReader(bytes.NewReader(u.Data), int64(len(u.Data)))
		if err == nil {
			for _, f := range zr.File {
				if f.Name == "word/document.xml" {
					u.ContentType = typeDOCX
					return nil
				}
			}
		}
	}
	return &userError{Status: http.StatusUnsupportedMediaType,
		Msg: fmt.Sprintf("Tệp “%s” không phải văn bản PDF hay DOCX.", u.Name)}
}

// newID returns a random identifier: prefix and 16 hexadecimal digits.
func newID(prefix string) string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

// formDate reads a date of a form: yyyy-mm-dd as an <input type=date>
// sends it, or dd/mm/yyyy as an officer types it.
func formDate(s string) (metrics.Date, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return metrics.NewDate(t.Year(), t.Month(), t.Day()), nil
	}
	return metrics.ParseDate(s)
}

// today is the date in Vietnam.
func (s *Server) today() metrics.Date {
	t := s.now().In(ict)
	return metrics.NewDate(t.Year(), t.Month(), t.Day())
}
