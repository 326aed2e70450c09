package awards

import (
	"errors"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestLoadRoster(t *testing.T) {
	for _, file := range []string{"testdata/roster.csv", "testdata/roster.json"} {
		t.Run(file, func(t *testing.T) {
			rs, err := LoadFile(file)
			require.NoError(t, err)
			require.Len(t, rs, 2)
			an, vp := rs[0], rs[1]
			if an.ID != "NV001" || an.Name != "Nguyễn Văn An" || an.Kind != Individual || an.Recruited != metrics.NewDate(2015, 3, 1) || an.Unit != "VP" {
				t.Errorf("NV001 = %+v", an)
			}
			if len(an.Years) != 3 || an.Year(2024).Rating != CompletedExcellently || an.Year(2025).Active != Yes {
				t.Errorf("NV001 years = %+v", an.Years)
			}
			if !an.has(CSTDCoSo, 2023) || !an.has(CSTDCoSo, 2024) || !an.has(LaoDongTienTien, 2023) {
				t.Errorf("NV001 honours = %+v", an.Honours)
			}
			if m := vp.Year(2025).Members; vp.Kind != Collective || m == nil || m.LDTT != 7 || m.Total != 10 {
				t.Errorf("VP = %+v", vp)
			}
			// The loaded records judge as expected: CSTĐ cơ sở three years in a row.
			v, err := Evaluate(an, Case{Award: CSTDBoTinh, Period: YearOf(2025)})
			require.NoError(t, err)
			if f, _ := finding(v, "luat2022.d22.k1.a"); f.Result != Met {
				t.Errorf("CSTĐ tỉnh, three CSTĐCS: %v\n%s", f.Result, v.Text())
			}
		})
	}
}

func TestCSVDialect(t *testing.T) {
	utf8 := "Mã,Họ tên,Năm,Xếp loại\nNV1,Nguyễn Thị Bình,2024,HTTNV\n"
	tests := map[string][]byte{
		"utf-8":            []byte(utf8),
		"utf-8 with BOM":   append([]byte("\xef\xbb\xbf"), utf8...),
		"semicolon":        []byte(strings.ReplaceAll(utf8, ",", ";")),
		"no diacritics":    []byte("ma,ho_ten,nam,xep_loai\nNV1,Nguyễn Thị Bình,2024,HTTNV\n"),
		"CRLF line ends":   []byte(strings.ReplaceAll(utf8, "\n", "\r\n")),
		"quoted, blank":    []byte("Mã,Họ tên,Năm,Xếp loại\n\n\"NV1\",\"Nguyễn Thị Bình\",2024,\"hoàn thành tốt nhiệm vụ\"\n,,,\n"),
		"Windows-1258":     []byte("Ma\xde;Ho\xf2 t\xean;N\xe3m;X\xea\xecp loa\xf2i\nNV1;Nguy\xea\xden Thi\xf2 Bi\xccnh;2024;HTTNV\n"),
		"header uppercase": []byte("MÃ,HỌ TÊN,NĂM,XẾP LOẠI\nNV1,Nguyễn Thị Bình,2024,HTTNV\n"),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			rs, err := ParseCSV("x.csv", data)
			require.NoError(t, err)
			if len(rs) != 1 || rs[0].Name != "Nguyễn Thị Bình" || rs[0].Year(2024) == nil || rs[0].Year(2024).Rating != CompletedWell {
				t.Errorf("ParseCSV(%s) = %+v", name, rs[0])
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, data string
		line             int
		field, msg       string
	}{
		{"bad rating", "a.csv", "Mã,Năm,Xếp loại\nNV1,2024,HTTNV\nNV2,2024,giỏi\n", 3, "Xếp loại", `unknown rating "giỏi"`},
		{"missing id", "a.csv", "Mã,Năm\nNV1,2024\n,2024\n", 3, "Mã", "missing"},
		{"bad date", "a.csv", "Mã,Năm,Ngày tuyển dụng\nNV1,2024,31/02/2020\n", 2, "Ngày tuyển dụng", "not a date"},
		{"year twice", "a.csv", "Mã,Năm\nNV1,2024\nNV1,2024\n", 3, "Năm", "appears twice"},
		{"unknown column", "a.csv", "Mã,Năm,Xep hang\nNV1,2024,1\n", 1, "Xep hang", "unknown column"},
		{"missing column", "a.csv", "Mã,Xếp loại\nNV1,HTTNV\n", 1, "nam", "missing column"},
		{"unknown award", "a.csv", "Mã,Năm,Danh hiệu\nNV1,2024,LĐTT|Huy hiệu\n", 2, "Danh hiệu", `unknown title or form "Huy hiệu"`},
		{"name differs", "a.csv", "Mã,Họ tên,Năm\nNV1,An,2023\nNV1,Bình,2024\n", 3, "Họ tên", "differs"},
		{"members do not add up", "a.csv", "Mã,Đối tượng,Năm,Số thành viên,Số LĐTT\nVP,tập thể,2024,5,6\n", 2, "", "do not add up"},
		{"bad quotes", "a.csv", "Mã,Năm\n\"NV1,2024\nx\"x,1\n", 3, "", "quote"},
		{"empty", "a.csv", "", 1, "", "empty file"},
		{"json: bad rating", "a.json", "{\"records\": [\n {\"id\": \"A\"},\n {\"id\": \"B\",\n  \"years\": [{\"year\": 2024, \"rating\": \"giỏi\"}]}\n]}", 4, "records[1].years[0].rating", `unknown rating "giỏi"`},
		{"json: unknown field", "a.json", "[\n {\"id\": \"A\", \"ratng\": 1}\n]", 2, "[0].ratng", "unknown field"},
		{"json: wrong type", "a.json", "[\n {\"id\": \"A\",\n  \"years\": [{\"year\": \"2024\"}]}\n]", 3, "[0].years.year", "want a whole number, found a string"},
		{"json: syntax", "a.json", "[\n {\"id\": \"A\",}\n]", 2, "", "JSON syntax"},
		{"json: truncated", "a.json", "[\n {\"id\": \"A\"", 2, "", "end of JSON"},
		{"json: duplicate id", "a.json", "[\n {\"id\": \"A\"},\n {\"id\": \"A\"}\n]", 3, "id", "duplicate"},
		{"json: missing id", "a.json", "[{\"name\": \"X\"}]", 1, "id", "missing id"},
		{"json: no records", "a.json", "{\"record\": []}", 1, "record", "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if strings.HasSuffix(tt.file, ".json") {
				_, err = ParseJSON(tt.file, []byte(tt.data))
			} else {
				_, err = ParseCSV(tt.file, []byte(tt.data))
			}
			var le *source.Error
			if !errors.As(err, &le) {
				t.Fatalf("error %v is not a *source.Error", err)
			}
			if le.File != tt.file || le.Line != tt.line || le.Field != tt.field || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error = %v (line %d, field %q); want line %d, field %q, %q", err, le.Line, le.Field, tt.line, tt.field, tt.msg)
			}
		})
	}
}

func TestLoadFileErrors(t *testing.T) {
	if _, err := LoadFile("testdata/none.csv"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile(missing) = %v", err)
	}
	if _, err := LoadFile("load_test.go"); err == nil {
		t.Error("LoadFile(.go) = nil error")
	}
}
