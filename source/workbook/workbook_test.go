package workbook_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/source"
	"github.com/tdkt-vn/tdkt/source/workbook"
	"github.com/xuri/excelize/v2"
)

const sheet = "Danh sách"

// build returns a workbook whose sheet "Danh sách" holds rows from A1,
// after edit has had its way with the file.
func build(t testing.TB, rows [][]any, edit func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if edit != nil {
		edit(f)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// style sets a number format on cells.
func style(f *excelize.File, numFmt int, custom string, cells ...string) {
	st := &excelize.Style{NumFmt: numFmt}
	if custom != "" {
		st.CustomNumFmt = &custom
	}
	id, err := f.NewStyle(st)
	if err != nil {
		panic(err)
	}
	for _, c := range cells {
		if err := f.SetCellStyle(sheet, c, c, id); err != nil {
			panic(err)
		}
	}
}

var header = []any{"Mã", "Họ tên", "Đối tượng", "Ngày tuyển dụng", "Năm", "Xếp loại", "Danh hiệu", "Sáng kiến cơ sở"}

// TestLoad reads workbooks and compares what awards.ParseCSV makes of
// them with what it makes of the same roster in CSV.
func TestLoad(t *testing.T) {
	const csv = "Mã,Họ tên,Đối tượng,Ngày tuyển dụng,Năm,Xếp loại,Danh hiệu,Sáng kiến cơ sở\n" +
		"NV001,Nguyễn Văn An,cá nhân,01/03/2015,2024,HTXSNV,LĐTT|CSTĐCS,1\n" +
		"NV001,Nguyễn Văn An,cá nhân,01/03/2015,2025,HTXSNV,LĐTT,0\n" +
		"VP,Văn phòng,tập thể,,2025,HTTNV,,\n"
	want, err := awards.ParseCSV("roster.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	title := []any{"DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2025"}
	issuer := []any{"SỞ VĂN HÓA", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
	rows := [][]any{
		{"NV001", "Nguyễn Văn An", "cá nhân", 42064, 2024, "HTXSNV", "LĐTT|CSTĐCS", 1},
		{"NV001", "Nguyễn Văn An", "cá nhân", 42064, 2025, "HTXSNV", "LĐTT", 0},
		{"VP", "Văn phòng", "tập thể", nil, 2025, "HTTNV", nil, nil},
	}
	dates := func(first int) func(f *excelize.File) {
		return func(f *excelize.File) { style(f, 14, "", fmt.Sprintf("D%d", first), fmt.Sprintf("D%d", first+1)) }
	}
	tests := []struct {
		name string
		data []byte
		opts workbook.Options
	}{
		{"header on row 1, dates as serials", build(t, append([][]any{header}, rows...), dates(2)), workbook.Options{}},
		{"a title and the issuing body above the header", build(t, append([][]any{title, issuer, {}, header}, rows...), func(f *excelize.File) {
			dates(5)(f)
			f.MergeCell(sheet, "A1", "H1")
		}), workbook.Options{}},
		{"the header named", build(t, append([][]any{title, header}, rows...), dates(3)), workbook.Options{Header: 2, Sheet: sheet}},
		{"dates as text, a custom date format", build(t, append([][]any{header},
			[]any{"NV001", "Nguyễn Văn An", "cá nhân", "01/03/2015", 2024, "HTXSNV", "LĐTT|CSTĐCS", 1},
			[]any{"NV001", "Nguyễn Văn An", "cá nhân", 42064, 2025, "HTXSNV", "LĐTT", 0}, rows[2]), func(f *excelize.File) {
			style(f, 0, "dd/mm/yyyy;@", "D3")
		}), workbook.Options{}},
		{"empty rows and a formula with its value", build(t, [][]any{header, {}, rows[0], {}, {}, rows[1], rows[2]}, func(f *excelize.File) {
			style(f, 14, "", "D3", "D6")
			f.SetCellFormula(sheet, "E6", "E3+1")
		}), workbook.Options{}},
		{"a person's Mã and name merged down over their years", build(t, [][]any{header, rows[0],
			{nil, nil, "cá nhân", 42064, 2025, "HTXSNV", "LĐTT", 0}, rows[2]}, func(f *excelize.File) {
			style(f, 14, "", "D2", "D3")
			f.MergeCell(sheet, "A2", "A3")
			f.MergeCell(sheet, "B2", "B3")
		}), workbook.Options{}},
		{"the 1904 date system", build(t, append([][]any{header},
			[]any{"NV001", "Nguyễn Văn An", "cá nhân", 42064 - 1462, 2024, "HTXSNV", "LĐTT|CSTĐCS", 1},
			[]any{"NV001", "Nguyễn Văn An", "cá nhân", 42064 - 1462, 2025, "HTXSNV", "LĐTT", 0}, rows[2]), func(f *excelize.File) {
			dates(2)(f)
			yes := true
			f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes})
		}), workbook.Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := workbook.Load("roster.xlsx", tt.data, tt.opts, awards.ParseCSV)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Load = %+v\nwant %+v", got, want)
			}
		})
	}
}

// TestLoadErrors: bad input is an error at its cell, never a panic.
func TestLoadErrors(t *testing.T) {
	row := func(cells ...any) []any { return cells }
	good := row("NV001", "An", "cá nhân", "01/03/2015", 2024, "HTXSNV", "LĐTT", 1)
	tests := []struct {
		name string
		data []byte
		opts workbook.Options
		want string
		is   error
	}{
		{"a date as text in another format", build(t, [][]any{header, good, row("NV002", "Bình", "cá nhân", "2015.03.01", 2024)}, nil), workbook.Options{},
			`roster.xlsx: sheet "Danh sách", ô D3, cột "Ngày tuyển dụng": "2015.03.01" is not a date (dd/mm/yyyy)`, nil},
		{"a day that is not", build(t, [][]any{header, {}, {}, good, row("NV002", "Bình", "cá nhân", "31/02/2015", 2024)}, nil), workbook.Options{},
			`roster.xlsx: sheet "Danh sách", ô D5, cột "Ngày tuyển dụng": "31/02/2015" is not a date`, nil},
		{"a formula without a value", build(t, [][]any{header, good, row("NV002", "Bình", "cá nhân", nil)}, func(f *excelize.File) {
			f.SetCellFormula(sheet, "E3", "E2+1")
		}), workbook.Options{}, `roster.xlsx: sheet "Danh sách", ô E3, cột "Năm": the formula has no stored value`, nil},
		{"an error value", patch(t, build(t, [][]any{header, good, row("NV002", "Bình", "cá nhân", nil, 2024)}, nil),
			`<c r="E3"><v>2024</v></c>`, `<c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c>`),
			workbook.Options{}, `ô E3, cột "Năm": the cell holds the error "#DIV/0!"`, nil},
		{"cells merged across columns in the data", build(t, [][]any{header, good, row("NV002", "Bình", "cá nhân", nil, 2024)}, func(f *excelize.File) {
			f.MergeCell(sheet, "F3", "G3")
		}), workbook.Options{}, `ô F3, cột "Xếp loại": the cells F3:G3 are merged across columns`, nil},
		{"a sheet that is not there", build(t, [][]any{header, good}, nil), workbook.Options{Sheet: "Khác"},
			`roster.xlsx: no sheet "Khác"; the workbook has "Danh sách"`, nil},
		{"an unknown column", build(t, [][]any{header[:7], append([]any(nil), good[:7]...), row("NV002", "Bình", "cá nhân", nil, 2024, "HTT")}, nil), workbook.Options{},
			`ô F3, cột "Xếp loại": unknown rating "HTT"`, nil},
		{"a header with a typo", build(t, [][]any{{"DANH SÁCH"}, {"Mã", "Họ tên", "Năm sinh"}, {"NV001", "An", 2024}}, nil), workbook.Options{},
			`roster.xlsx: sheet "Danh sách", ô C2, cột "Năm sinh": unknown column`, nil},
		{"a value under no header", build(t, [][]any{{"Mã", "Năm"}, {"NV001", 2024, "x"}}, nil), workbook.Options{},
			`roster.xlsx: sheet "Danh sách", ô C2: "x" stands under no header`, nil},
		{"an empty sheet", build(t, nil, nil), workbook.Options{}, `roster.xlsx: sheet "Danh sách": the sheet is empty`, nil},
		{"a header row outside the sheet", build(t, [][]any{header, good}, nil), workbook.Options{Header: 9},
			`header row 9 is outside the sheet's rows 1–2`, nil},
		{"not a workbook", []byte("Mã,Năm\nNV001,2024\n"), workbook.Options{}, "roster.xlsx: workbook: not an .xlsx workbook", workbook.ErrFormat},
		{"a zip that is not a workbook", zipOf(t, "a.txt", "x"), workbook.Options{}, "roster.xlsx: workbook: not an .xlsx workbook", workbook.ErrFormat},
		{"too large", build(t, [][]any{header, good}, nil), workbook.Options{MaxSize: 1000}, "larger than 0 MiB uncompressed", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := workbook.Load("roster.xlsx", tt.data, tt.opts, awards.ParseCSV)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load = %v; want an error with %q", err, tt.want)
			}
			var we *workbook.Error
			if !errors.As(err, &we) {
				t.Errorf("%v is not a *workbook.Error", err)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("%v is not %v", err, tt.is)
			}
		})
	}
}

// An *Error is a *source.Error too, for code written for CSV files.
func TestErrorAsSourceError(t *testing.T) {
	data := build(t, [][]any{header, {"NV002", "Bình", "cá nhân", "2015.03.01", 2024}}, nil)
	_, err := workbook.Load("roster.xlsx", data, workbook.Options{}, awards.ParseCSV)
	var se *source.Error
	if !errors.As(err, &se) {
		t.Fatalf("errors.As(%v, *source.Error) = false", err)
	}
	if se.File != "roster.xlsx [Danh sách]" || se.Line != 2 || se.Field != "Ngày tuyển dụng" {
		t.Errorf("source.Error %q line %d field %q", se.File, se.Line, se.Field)
	}
	var we *workbook.Error
	if !errors.As(err, &we) || we.Cell() != "D2" || we.Row != 2 || we.Col != 4 {
		t.Errorf("workbook.Error %+v", we)
	}
}

// TestRead: the text of cells as the CSV dialect writes it.
func TestRead(t *testing.T) {
	data := build(t, [][]any{
		{"text", 2025, 1234.5, 0.7545, true, 42064, "a\r\nb"},
	}, func(f *excelize.File) {
		style(f, 10, "", "D1")
		style(f, 0, "d-mmm-yy", "F1")
	})
	s, err := workbook.Read("x.xlsx", data, workbook.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"text", "2025", "1234,5", "75,45%", "TRUE", "2015-03-01", "a\nb"}
	if len(s.Rows) != 1 || !reflect.DeepEqual(s.Rows[0], want) {
		t.Errorf("Read = %q; want %q", s.Rows, want)
	}
	csv, lines := s.CSV(1)
	if string(csv) != "text,2025,\"1234,5\",\"75,45%\",TRUE,2015-03-01,\"a\nb\"\n" || !reflect.DeepEqual(lines, []int{1, 1}) {
		t.Errorf("CSV = %q, %v", csv, lines)
	}
}

// TestLargeRoster reads a roster of 50 000 people (5 000 under the race
// detector or with -short).
func TestLargeRoster(t *testing.T) {
	n := 50000
	if raceEnabled || testing.Short() {
		n = 5000
	}
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	sw.SetRow("A1", header)
	for i := 2; i <= n+1; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i)
		sw.SetRow(cell, []any{fmt.Sprintf("NV%05d", i), "Nguyễn Văn An", "cá nhân", "01/03/2015", 2025, "HTXSNV", "LĐTT", 0})
	}
	sw.Flush()
	var b bytes.Buffer
	f.Write(&b)
	f.Close()
	recs, err := workbook.Load("lon.xlsx", b.Bytes(), workbook.Options{}, awards.ParseCSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != n || recs[n-1].ID != fmt.Sprintf("NV%05d", n+1) {
		t.Errorf("%d records; want %d", len(recs), n)
	}
}

// patch rewrites the first sheet's XML of a workbook: old becomes new.
func patch(t testing.TB, data []byte, old, new string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	found := false
	for _, f := range z.File {
		rc, _ := f.Open()
		part, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet1.xml" {
			found = bytes.Contains(part, []byte(old))
			part = bytes.Replace(part, []byte(old), []byte(new), 1)
		}
		fw, _ := w.Create(f.Name)
		fw.Write(part)
	}
	w.Close()
	if !found {
		t.Fatalf("patch: no %q in the sheet", old)
	}
	return b.Bytes()
}

// zipOf returns a zip archive of one file.
func zipOf(t testing.TB, name, content string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	fw, _ := w.Create(name)
	fw.Write([]byte(content))
	w.Close()
	return b.Bytes()
}
