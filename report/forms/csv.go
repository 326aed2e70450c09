package forms

import (
	"io"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/source"
	"golang.org/x/text/unicode/norm"
)

// The CSV files of the data the forms count, in the dialect of package
// source: UTF-8 or Windows-1258, "," or ";", headers with or without
// diacritics, dates dd/mm/yyyy. Each loader returns [*source.Error]
// values at the line and column at fault, and is linear in its input;
// source/workbook reads the same columns from a workbook.

var grantColumns = []string{"ho_ten", "ten", "doi_tuong", "hinh_thuc", "so_quyet_dinh", "ngay_quyet_dinh",
	"co_quan_de_nghi", "loai_hinh", "chuc_vu", "doanh_nghiep"}

// ParseGrantsCSV reads grants, one line each:
//
//	Họ tên / Tên       the recipient
//	Đối tượng          cá nhân (default), tập thể, hộ gia đình
//	Hình thức          the award: an ID, an abbreviation or a name of the
//	                   awards catalogue ("BK tỉnh", "HCLĐ3") or of a
//	                   registered version ("Huân chương Độc lập hạng Ba")
//	Số quyết định      "174/QĐ-UBND"
//	Ngày quyết định    dd/mm/yyyy (required)
//	Cơ quan đề nghị    bộ, ngành trung ương; tỉnh
//	Loại hình          thường xuyên, chuyên đề, đột xuất, đối ngoại, cống hiến, niên hạn, kháng chiến
//	Chức vụ            lãnh đạo bộ, ngành, tỉnh; lãnh đạo vụ, sở, ngành; doanh nhân; lãnh đạo khác; trực tiếp lao động; khác
//	Doanh nghiệp       x / có / không, for a collective
//
// An empty fact is "not known" (see [Grant]).
func ParseGrantsCSV(file string, data []byte) ([]Grant, error) {
	rd, err := source.NewReader(file, data, grantColumns)
	if err != nil {
		return nil, err
	}
	if err := rd.Require("hinh_thuc", "ngay_quyet_dinh"); err != nil {
		return nil, err
	}
	var out []Grant
	for {
		row, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		g := Grant{Recipient: row.Get("ho_ten"), Decision: awards.Decision{Number: row.Get("so_quyet_dinh")}}
		if g.Recipient == "" {
			g.Recipient = row.Get("ten")
		}
		if g.Subject, err = awards.ParseSubjectKind(row.Get("doi_tuong")); err != nil {
			return nil, row.Errorf("doi_tuong", "%s", strings.TrimPrefix(err.Error(), "awards: "))
		}
		s := row.Get("hinh_thuc")
		if s == "" {
			return nil, row.Errorf("hinh_thuc", "missing: the award granted")
		}
		var ok bool
		if g.Award, ok = parseAward(s); !ok {
			return nil, row.Errorf("hinh_thuc", "unknown award %s; want an award of the catalogue (LĐTT, BK tỉnh, HCLĐ3, …) or of a version of the forms", source.Quote(s))
		}
		if g.Decision.Date, err = row.Date("ngay_quyet_dinh"); err != nil {
			return nil, err
		}
		if g.Decision.Date.IsZero() {
			return nil, row.Errorf("ngay_quyet_dinh", "missing: the date places the grant in a reporting period")
		}
		for _, f := range []struct {
			col string
			dst interface{ UnmarshalText([]byte) error }
		}{{"co_quan_de_nghi", &g.Proposer}, {"loai_hinh", &g.Occasion}, {"chuc_vu", &g.Role}} {
			if err := f.dst.UnmarshalText([]byte(row.Get(f.col))); err != nil {
				return nil, row.Errorf(f.col, "%v", err)
			}
		}
		v, set, err := row.Bool("doanh_nghiep")
		if err != nil {
			return nil, err
		}
		if set {
			g.Enterprise = awards.No
			if v {
				g.Enterprise = awards.Yes
			}
		}
		out = append(out, g)
	}
}

// parseAward reads an award of the catalogue, or of a version of the
// default registry by its ID or name, the versions taken in the order of
// their circulars.
func parseAward(s string) (awards.ID, bool) {
	if id, err := awards.ParseAward(s); err == nil {
		return id, true
	}
	return registry.award(strings.ToLower(strings.Join(strings.Fields(norm.NFC.String(s)), " ")))
}

var staffColumns = []string{"ma", "ho_ten", "ten", "ngay_sinh", "gioi_tinh", "trinh_do", "lam_tdkt_tu"}

// ParseStaffCSV reads officers doing TĐKT work, one line each:
//
//	Mã                 an identifier (named in the reasons of the form)
//	Họ tên / Tên       the name
//	Ngày sinh          dd/mm/yyyy
//	Giới tính          nam, nữ
//	Trình độ           sơ cấp, trung cấp, cao đẳng, đại học, trên đại học
//	Làm TĐKT từ        dd/mm/yyyy: the first day of TĐKT work
//
// An empty fact is "not known". Birth dates and sex are personal data:
// the form counts them and shows nobody's.
func ParseStaffCSV(file string, data []byte) ([]Officer, error) {
	rd, err := source.NewReader(file, data, staffColumns)
	if err != nil {
		return nil, err
	}
	var out []Officer
	for {
		row, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		o := Officer{ID: row.Get("ma"), Name: row.Get("ho_ten")}
		if o.Name == "" {
			o.Name = row.Get("ten")
		}
		if o.Born, err = row.Date("ngay_sinh"); err != nil {
			return nil, err
		}
		if o.Since, err = row.Date("lam_tdkt_tu"); err != nil {
			return nil, err
		}
		if err := o.Sex.UnmarshalText([]byte(row.Get("gioi_tinh"))); err != nil {
			return nil, row.Errorf("gioi_tinh", "%v", err)
		}
		if err := o.Education.UnmarshalText([]byte(row.Get("trinh_do"))); err != nil {
			return nil, row.Errorf("trinh_do", "%v", err)
		}
		out = append(out, o)
	}
}

var unitColumns = []string{"ma", "ten", "loai"}

// ParseUnitsCSV reads the organisations doing TĐKT work, one line each:
// Mã, Tên and Loại (the kind, in the words of a row of form 0604: "ban
// thuộc Sở Nội vụ", "phòng thuộc Sở Nội vụ", "khác").
func ParseUnitsCSV(file string, data []byte) ([]Unit, error) {
	rd, err := source.NewReader(file, data, unitColumns)
	if err != nil {
		return nil, err
	}
	var out []Unit
	for {
		row, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		u := Unit{ID: row.Get("ma"), Name: row.Get("ten"), Kind: row.Get("loai")}
		if u.Name == "" && u.ID == "" {
			return nil, row.Errorf("ten", "missing: the unit's name or Mã")
		}
		out = append(out, u)
	}
}
