package forms_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/forms"
	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/source"
)

const circular = "02/2023/TT-BNV"

func lookup(t testing.TB, code string) forms.Form {
	t.Helper()
	f, err := forms.Lookup(circular, code)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// period2025 is the reporting period that ends in 2025.
var period2025 = forms.Period{From: metrics.MustDate("01/12/2024"), To: metrics.MustDate("30/11/2025")}

func TestShipped(t *testing.T) {
	if got := forms.Circulars(); len(got) != 1 || got[0] != circular {
		t.Fatalf("Circulars() = %v; want [%s]", got, circular)
	}
	v, err := forms.VersionOf(circular)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, f := range v.Forms {
		codes = append(codes, f.Code)
		if !f.Unverified || f.Caveat == "" || f.Circular != circular {
			t.Errorf("%s: unverified %v, caveat %q, circular %q; want the version's caveat on an unverified form", f.Code, f.Unverified, f.Caveat, f.Circular)
		}
	}
	want := "0601.N/BNV-TĐKT 0602.N/BNV-TĐKT 0603.N/BNV-TĐKT 0604.N/BNV-TĐKT 0605.N/BNV-TĐKT"
	if strings.Join(codes, " ") != want {
		t.Errorf("forms %v; want %s", codes, want)
	}
	for _, code := range []string{"0601", "0601.N/BNV-TĐKT"} {
		if f, err := forms.Lookup(circular, code); err != nil || f.Code != "0601.N/BNV-TĐKT" {
			t.Errorf("Lookup(%q) = %s, %v", code, f.Code, err)
		}
	}
	for _, tt := range []struct{ circular, code string }{{"18/2025/TT-BNV", "0601"}, {circular, "0701"}} {
		if _, err := forms.Lookup(tt.circular, tt.code); !errors.Is(err, forms.ErrUnknown) {
			t.Errorf("Lookup(%q, %q) = %v; want ErrUnknown", tt.circular, tt.code, err)
		}
	}
	if p := v.Schedule.Period(2025); p != period2025 {
		t.Errorf("Period(2025) = %v; want %v", p, period2025)
	}
	if d := v.Schedule.DueDate(2025); d != metrics.MustDate("15/12/2025") {
		t.Errorf("DueDate(2025) = %v", d)
	}
	calendar := forms.Schedule{From: forms.DayMonth{Day: 1, Month: 1}, To: forms.DayMonth{Day: 31, Month: 12}, Due: forms.DayMonth{Day: 15, Month: 1}}
	if p, d := calendar.Period(2025), calendar.DueDate(2025); p.From != metrics.MustDate("01/01/2025") || p.To != metrics.MustDate("31/12/2025") || d != metrics.MustDate("15/01/2026") {
		t.Errorf("a calendar year: %v, due %v", p, d)
	}
}

// values returns the cells of a row of a filled form, a value as its
// number and a cell without one as "?".
func values(t testing.TB, f *forms.Filled, row string) string {
	t.Helper()
	r := f.Form.Row(row)
	if r < 0 {
		t.Fatalf("no row %s", row)
	}
	var out []string
	for _, c := range f.Cells[r] {
		if c.Known() {
			out = append(out, fmt.Sprint(c.N))
		} else {
			out = append(out, "?")
		}
	}
	return strings.Join(out, " ")
}

func campaign(id string, scope emulation.Scope, form emulation.Form, body, from, to string) emulation.Campaign {
	c := emulation.Campaign{ID: id, Name: id, Scope: scope, Form: form, LaunchedBy: emulation.Authority{Office: "Giám đốc", Body: body}, From: metrics.MustDate(from)}
	if to != "" {
		c.To = metrics.MustDate(to)
	}
	return c
}

func TestFill0601(t *testing.T) {
	launchers := map[string]forms.Launcher{"CP": forms.Central, "UBND": forms.MinistryProvince, "SO": forms.AgencyUnit}
	in := forms.Input{Period: period2025, Launchers: launchers, Campaigns: []emulation.Campaign{
		campaign("first-day", emulation.Agency, emulation.Regular, "SO", "01/12/2024", "30/11/2025"),          // 1 year exactly
		campaign("last-day", emulation.MinistryLocal, emulation.Thematic, "UBND", "30/11/2025", "29/11/2026"), // 1 year exactly
		campaign("after", emulation.Agency, emulation.Regular, "SO", "01/12/2025", "31/12/2025"),
		campaign("before", emulation.Agency, emulation.Regular, "SO", "30/11/2024", "31/12/2025"),
		campaign("one-day-more", emulation.National, emulation.Thematic, "CP", "01/01/2025", "01/01/2026"), // (1,3)
		campaign("three", emulation.BlocCluster, emulation.Regular, "UBND", "01/03/2025", "29/02/2028"),    // [3,5): to 01/03/2028
		campaign("five", emulation.Agency, emulation.Thematic, "SO", "01/06/2025", "31/05/2030"),           // [5,)
		campaign("short", emulation.Agency, emulation.Regular, "SO", "01/02/2025", "31/01/2026"),           // 1 year
		campaign("months", emulation.Agency, emulation.Regular, "SO", "01/02/2025", "30/01/2026"),          // under 1 year
	}}
	// Launched on the day of its step "phát động", before its first day.
	stepped := campaign("stepped", emulation.Agency, emulation.Regular, "SO", "05/12/2025", "31/12/2025")
	stepped.Steps = []emulation.Step{{Stage: emulation.Launched, Date: metrics.MustDate("20/11/2025")}}
	in.Campaigns = append(in.Campaigns, stepped)
	f, err := lookup(t, "0601").Fill(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ row, want string }{
		{"01", "8 1 2 5"},
		{"02", "1 1 0 0"}, {"03", "1 0 1 0"}, {"04", "1 0 1 0"}, {"05", "5 0 0 5"},
		{"06", "2 0 0 2"}, {"07", "3 0 1 2"}, {"08", "1 1 0 0"}, {"09", "1 0 1 0"}, {"10", "1 0 0 1"},
		{"11", "3 1 1 1"}, {"12", "5 0 1 4"},
	} {
		if got := values(t, f, tt.row); got != tt.want {
			t.Errorf("row %s = %s; want %s", tt.row, got, tt.want)
		}
	}

	// A campaign without an end, and one whose launcher is not known: the
	// cells that need those facts say so; the others are computed.
	in.Campaigns = append(in.Campaigns, campaign("open", emulation.Agency, emulation.Regular, "SO", "01/10/2025", ""),
		campaign("who", emulation.National, emulation.Thematic, "Bộ X", "01/10/2025", "31/10/2025"))
	f, err = lookup(t, "0601").Fill(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ row, want string }{
		// The launcher of "who" is not known: it may be in any column.
		{"01", "10 ? ? ?"}, {"05", "6 0 0 6"}, {"02", "2 ? ? ?"}, {"06", "? ? ? ?"}, {"10", "? 0 0 ?"}, {"11", "4 ? ? ?"},
	} {
		if got := values(t, f, tt.row); got != tt.want {
			t.Errorf("row %s = %s; want %s", tt.row, got, tt.want)
		}
	}
	for _, tt := range []struct{ row, col, want string }{
		// "who" lasts a month: under 1 year, whatever its launcher.
		{"06", "1", "chưa tính được: 1 phong trào chưa có ngày kết thúc (open)"},
		{"06", "4", "chưa tính được: 1 phong trào chưa có ngày kết thúc (open); 1 phong trào chưa xác định cấp phát động (who)"},
		{"06", "2", "chưa tính được: 1 phong trào chưa xác định cấp phát động (who)"},
	} {
		if c, _ := f.Cell(tt.row, tt.col); c.Reason != tt.want {
			t.Errorf("cell (%s, %s): reason %q; want %q", tt.row, tt.col, c.Reason, tt.want)
		}
	}
}

func grant(award awards.ID, subject awards.SubjectKind, date string, o forms.Occasion, p forms.Proposer, r forms.Role) forms.Grant {
	return forms.Grant{Award: award, Subject: subject, Recipient: string(award), Decision: awards.Decision{Number: "1/QĐ", Date: metrics.MustDate(date)},
		Occasion: o, Proposer: p, Role: r, Enterprise: awards.No}
}

func TestFillGrants(t *testing.T) {
	in := forms.Input{Period: period2025, Grants: []forms.Grant{
		grant(awards.HCLaoDongHang3, awards.Collective, "01/12/2024", forms.Regular, forms.ProvinceProposer, 0),
		grant(awards.HCLaoDongHang3, awards.Individual, "30/11/2025", forms.Dedication, forms.ProvinceProposer, forms.LeaderDepartment),
		grant(awards.BangKhenTTg, awards.Household, "10/05/2025", forms.Thematic, forms.ProvinceProposer, 0),
		grant("huy-chuong-huu-nghi", awards.Individual, "02/09/2025", forms.Foreign, forms.MinistryProposer, forms.OtherRole),
		grant("huan-chuong-dai-doan-ket-dan-toc", awards.Collective, "02/09/2025", forms.Regular, forms.ProvinceProposer, 0),
		grant(awards.BangKhenTTg, awards.Individual, "01/12/2025", forms.Regular, forms.ProvinceProposer, forms.DirectWorker), // after
		grant(awards.BangKhenBoTinh, awards.Collective, "10/01/2025", forms.Regular, 0, 0),
		grant(awards.BangKhenBoTinh, awards.Individual, "10/01/2025", forms.Unscheduled, 0, forms.Businessperson),
		grant(awards.TapTheXuatSac, awards.Collective, "10/01/2025", forms.Regular, 0, 0),
		grant("huy-hieu", awards.Individual, "10/01/2025", forms.Seniority, 0, forms.DirectWorker),
		grant(awards.GiayKhen, awards.Individual, "10/01/2025", forms.Regular, 0, forms.DirectWorker), // grassroots: in neither
	}}
	in.Grants[6].Enterprise = awards.Yes
	f, err := lookup(t, "0602").Fill(in)
	if err != nil {
		t.Fatal(err)
	}
	// Columns: 1 total, 2 collectives and households, 3 individuals, then
	// pairs by award (4–21), 22 Cờ, 23–24 BK TTg, 25 CSTĐ toàn quốc, 26–27
	// khác.
	for _, tt := range []struct {
		row  string
		want map[int]int
	}{
		{"01", map[int]int{1: 5, 2: 3, 3: 2, 10: 1, 11: 1, 12: 1, 15: 1, 23: 1}},
		{"02", map[int]int{1: 1, 3: 1, 15: 1}},
		{"05", map[int]int{}},
		{"06", map[int]int{1: 1, 2: 1, 23: 1}},
		{"09", map[int]int{1: 1, 3: 1, 11: 1}},
		{"16", map[int]int{1: 1, 3: 1, 15: 1}},
	} {
		want := make([]string, 27)
		for i := range want {
			want[i] = fmt.Sprint(tt.want[i+1])
		}
		if got := values(t, f, tt.row); got != strings.Join(want, " ") {
			t.Errorf("0602 row %s = %s; want %s", tt.row, got, strings.Join(want, " "))
		}
	}
	f, err = lookup(t, "0603").Fill(in)
	if err != nil {
		t.Fatal(err)
	}
	// Tổng | TT, CN | BK TT, CN | CSTĐ | Cờ | Huy hiệu, KNC | Khác TT, CN
	for _, tt := range []struct{ row, want string }{
		{"01", "4 2 2 1 1 0 0 1 1 0"},
		{"03", "1 1 0 1 0 0 0 0 0 0"}, // an enterprise
		{"08", "1 0 1 0 1 0 0 0 0 0"}, // a businessperson
		{"13", "1 0 1 0 1 0 0 0 0 0"}, // unscheduled
		{"15", "0 0 0 0 0 0 0 0 0 0"},
		{"16", "1 0 1 0 0 0 0 1 0 0"}, // seniority
	} {
		if got := values(t, f, tt.row); got != tt.want {
			t.Errorf("0603 row %s = %s; want %s", tt.row, got, tt.want)
		}
	}

	// A grant whose kind is not known leaves the rows by kind without a
	// value; one of an award the forms do not know, or without a date, is
	// an error.
	unknown := append(in.Grants[:len(in.Grants):len(in.Grants)], grant(awards.BangKhenBoTinh, awards.Individual, "10/02/2025", 0, 0, forms.DirectWorker))
	f, err = lookup(t, "0603").Fill(forms.Input{Period: period2025, Grants: unknown})
	if err != nil {
		t.Fatal(err)
	}
	if got := values(t, f, "11"); got != "? 2 ? 1 ? 0 0 0 1 0" {
		t.Errorf("0603 row 11 with a grant of unknown kind = %s", got)
	}
	if got := values(t, f, "01"); got != "5 2 3 1 2 0 0 1 1 0" {
		t.Errorf("0603 row 01 with a grant of unknown kind = %s", got)
	}
	for _, bad := range []forms.Grant{
		grant("huan-chuong-vang", awards.Individual, "10/02/2025", forms.Regular, 0, 0),
		{Award: awards.BangKhenBoTinh, Subject: awards.Individual, Recipient: "Không ngày"},
		{Award: awards.BangKhenBoTinh, Subject: awards.Individual | awards.Collective, Decision: awards.Decision{Date: metrics.MustDate("10/02/2025")}},
	} {
		if _, err := lookup(t, "0603").Fill(forms.Input{Period: period2025, Grants: []forms.Grant{bad}}); err == nil {
			t.Errorf("Fill(%+v) = nil error", bad)
		}
	}
}

func TestFillUnitsAndStaff(t *testing.T) {
	units := []forms.Unit{{Name: "Ban TĐKT", Kind: "Ban thuộc Sở Nội vụ"}, {Name: "Phòng 1", Kind: "phòng thuộc ban"},
		{Name: "Phòng 2", Kind: "PHÒNG THUỘC BAN"}, {Name: "Bộ phận", Kind: "khác"}}
	f, err := lookup(t, "0604").Fill(forms.Input{Period: period2025, Units: units})
	if err != nil {
		t.Fatal(err)
	}
	var col []string
	for _, row := range []string{"01", "02", "03", "04", "05", "06", "07"} {
		col = append(col, values(t, f, row))
	}
	if got := strings.Join(col, " "); got != "4 0 0 1 0 2 1" {
		t.Errorf("0604 = %s", got)
	}
	if _, err := lookup(t, "0604").Fill(forms.Input{Period: period2025, Units: []forms.Unit{{Name: "X", Kind: "cục"}}}); err == nil {
		t.Error("a unit of a kind the form has no row for: nil error")
	}
	f, err = lookup(t, "0604").Fill(forms.Input{Period: period2025, Units: []forms.Unit{{Name: "X"}}})
	if err != nil || values(t, f, "01") != "1" || values(t, f, "02") != "?" {
		t.Errorf("a unit of no kind: %v", err)
	}

	born := func(s string) metrics.Date { return metrics.MustDate(s) }
	staff := []forms.Officer{
		{ID: "a", Born: born("30/11/1995"), Sex: forms.Female, Education: forms.Postgraduate, Since: born("01/12/2020")}, // 30; 4 years
		{ID: "b", Born: born("01/12/1994"), Sex: forms.Male, Education: forms.University, Since: born("30/11/2020")},     // 30; 5 years
		{ID: "c", Born: born("30/11/1965"), Sex: forms.Female, Education: forms.College, Since: born("30/11/2015")},      // 60; 10 years
		{ID: "d", Born: born("29/11/1964"), Sex: forms.Male, Education: forms.Elementary, Since: born("01/01/2000")},     // 61
		{ID: "e", Born: born("01/01/1990"), Sex: forms.Male, Education: forms.University, Since: born("01/12/2025")},     // starts after
	}
	f, err = lookup(t, "0605").Fill(forms.Input{Period: period2025, Staff: staff})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ row, want string }{
		{"01", "4 2"}, {"02", "2 1"}, {"06", "1 1"}, {"07", "1 0"},
		{"08", "1 1"}, {"09", "1 0"}, {"10", "1 1"}, {"12", "1 0"},
		{"13", "1 1"}, {"14", "1 0"}, {"15", "2 1"},
	} {
		if got := values(t, f, tt.row); got != tt.want {
			t.Errorf("0605 row %s = %s; want %s", tt.row, got, tt.want)
		}
	}
	staff = append(staff, forms.Officer{ID: "f", Sex: forms.Female})
	f, err = lookup(t, "0605").Fill(forms.Input{Period: period2025, Staff: staff})
	if err != nil || values(t, f, "02") != "? ?" || values(t, f, "01") != "5 3" {
		t.Errorf("an officer without dates: %v", err)
	}
	if _, err := lookup(t, "0605").Fill(forms.Input{Period: period2025, Staff: []forms.Officer{{ID: "x", Born: born("01/01/2026")}}}); err == nil {
		t.Error("an officer born after the period: nil error")
	}
	if _, err := lookup(t, "0605").Fill(forms.Input{}); err == nil {
		t.Error("Fill without a period: nil error")
	}
}

// TestCheck: a filled form whose totals do not equal their parts is an
// error naming the cell.
func TestCheck(t *testing.T) {
	f, err := lookup(t, "0605").Fill(forms.Input{Period: period2025, Staff: []forms.Officer{{ID: "a", Sex: forms.Female,
		Born: metrics.MustDate("01/01/1990"), Education: forms.University, Since: metrics.MustDate("01/01/2020")}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Check(); err != nil {
		t.Fatalf("Check() = %v", err)
	}
	f.Cells[f.Form.Row("01")][0].N = 3
	f.Cells[f.Form.Row("01")][1].N = 4
	err = f.Check()
	var ce *forms.CellError
	if !errors.As(err, &ce) || !errors.Is(err, forms.ErrArithmetic) || ce.Row != "01" || ce.Column != "1" {
		t.Fatalf("Check() = %v; want a *CellError at row 01, column 1", err)
	}
	for _, want := range []string{
		"forms: 0605.N/BNV-TĐKT, dòng 01, cột 1: the form's arithmetic does not hold: 3, but rows 02 + 03 + 04 + 05 + 06 + 07 add up to 1",
		"dòng 01, cột 2: the form's arithmetic does not hold: 4 is more than 3 of column 1, which it is part of",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Check() = %v\nwant %q", err, want)
		}
	}
}

func TestParseVersionErrors(t *testing.T) {
	head := `{"circular": "X", "title": "t", "schedule": {"from": "01/12", "to": "30/11", "due": "15/12"},` + "\n"
	form := func(rows, cols string) string {
		return head + `"forms": [{"code": "0601", "title": "t", "unit": "u", "data": "campaigns",` + "\n" +
			`"columns": [` + cols + `],` + "\n" + `"rows": [` + rows + "\n]}]}"
	}
	col := `{"code": "1", "label": "Tổng số"}`
	tests := []struct {
		name, data, want string
	}{
		{"not JSON", "{", `v.json:1: unexpected end of JSON`},
		{"an unknown field", `{"circulars": "X"}`, `v.json:1: field "circulars": unknown field`},
		{"no circular", `{"title": "t"}`, `v.json:1: field "circular": missing`},
		{"a bad day", `{"circular": "X", "schedule": {"from": "31/02", "to": "30/11", "due": "15/12"}}`, `"31/02" is not a day of the year`},
		{"no forms", head + `"forms": []}`, `field "forms": missing`},
		{"unknown data", head + `"forms": [{"code": "0601", "data": "people", "rows": [], "columns": []}]}`, `v.json:2: field "forms[0].data": "people"; want campaigns`},
		{"an unknown criterion", form(`{"code": "01", "label": "a", "match": {"age": "[0,1)"}}`, col),
			`v.json:4: field "forms[0].rows[0].match": unknown criterion "age" for campaigns`},
		{"a bad interval", form(`{"code": "01", "label": "a"},`+"\n"+`{"code": "02", "label": "b", "match": {"duration": "[3,1)"}}`, col),
			`v.json:5: field "forms[0].rows[1].match": duration: "[3,1)" is not an interval`},
		{"a bad scope", form(`{"code": "01", "label": "a", "match": {"scope": "hành tinh"}}`, col), `unknown scope "hành tinh"`},
		{"an award nobody knows", head + `"forms": [{"code": "0602", "data": "grants", "columns": [{"code": "1", "label": "a", "match": {"award": "huan-chuong-vang"}}], "rows": [{"code": "01", "label": "b"}]}]}`,
			`unknown title or form "huan-chuong-vang"`},
		{"a sum of an unknown line", form(`{"code": "01", "label": "a", "sums": [["02"]]}`, col), `field "forms[0].rows[0].sums[0]": "02" is not the code of another line`},
		{"a sum of itself", form(`{"code": "01", "label": "a", "sums": [["02"]]},`+"\n"+`{"code": "02", "label": "b", "sums": [["01"]]}`, col), `the line is a sum of itself`},
		{"a code twice", form(`{"code": "01", "label": "a"},`+"\n"+`{"code": "01", "label": "b"}`, col), `v.json:5: field "forms[0].rows[1].code": code "01" is the code of rows[0] too`},
		{"a heading that counts", form(`{"label": "a", "match": {"scope": "toàn quốc"}}`, col), `a heading row (no code) counts nothing`},
		{"a column without code", form(`{"code": "01", "label": "a"}`, `{"label": "x"}`), `field "forms[0].columns[0].code": missing`},
		{"a line without label", form(`{"code": "01"}`, col), `field "forms[0].rows[0].label": missing`},
		{"a form twice", head + `"forms": [{"code": "0601", "data": "units", "columns": [` + col + `], "rows": [{"code": "01", "label": "a"}]},` + "\n" +
			`{"code": "0601.N", "data": "units", "columns": [` + col + `], "rows": [{"code": "01", "label": "a"}]}]}`, `v.json:3: field "forms[1].code": form 0601.N appears twice`},
		{"a match of the wrong type", form(`{"code": "01", "label": "a", "match": {"scope": 3}}`, col), `want a string or an array of strings`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := forms.ParseVersion("v.json", []byte(tt.data))
			var se *source.Error
			if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.As(err, &se) {
				t.Errorf("ParseVersion = %v; want a *source.Error with %q", err, tt.want)
			}
		})
	}
}

// TestRegistry: registries of one's own, duplicates, copies.
func TestRegistry(t *testing.T) {
	v, err := forms.VersionOf(circular)
	if err != nil {
		t.Fatal(err)
	}
	r := forms.NewRegistry()
	if err := r.Register(v); err != nil {
		t.Fatal(err)
	}
	var dup *forms.AlreadyRegisteredError
	if err := r.Register(v); !errors.As(err, &dup) || dup.Circular != circular {
		t.Errorf("Register twice = %v", err)
	}
	f, _ := r.Lookup(circular, "0601")
	f.Rows[0].Label = "changed"
	f.Rows[2].Match["scope"][0] = "changed"
	v.Forms[0].Columns[0].Label = "changed"
	g, _ := r.Lookup(circular, "0601")
	if g.Rows[0].Label == "changed" || g.Rows[2].Match["scope"][0] == "changed" || g.Columns[0].Label == "changed" {
		t.Error("a form the registry handed out, or the version registered, shares its data with the registry")
	}
	bad := v
	bad.Circular = "bad"
	bad.Forms = append([]forms.Form(nil), v.Forms...)
	bad.Forms[0].Rows = append([]forms.Line(nil), bad.Forms[0].Rows...)
	bad.Forms[0].Rows[0].Sums = [][]string{{"99"}}
	if err := r.Register(bad); err == nil {
		t.Error("Register(a form whose sum names no line) = nil")
	}
}

// TestNewCircular: a newer circular plugs in as another file, without
// code: here the shipped file renumbered, with a row relabelled.
func TestNewCircular(t *testing.T) {
	data, err := forms.ShippedFile("tt-02-2023-bnv.json")
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"circular": "02/2023/TT-BNV"`), []byte(`"circular": "18/2025/TT-BNV"`), 1)
	data = bytes.Replace(data, []byte(`"Dưới 1 năm"`), []byte(`"Dưới 12 tháng"`), 1)
	v, err := forms.ParseVersion("tt-18-2025-bnv.json", data)
	if err != nil {
		t.Fatal(err)
	}
	r := forms.NewRegistry()
	if err := r.Register(v); err != nil {
		t.Fatal(err)
	}
	f, err := r.Lookup("18/2025/TT-BNV", "0601")
	if err != nil || f.Circular != "18/2025/TT-BNV" || f.Rows[f.Row("06")].Label != "Dưới 12 tháng" {
		t.Fatalf("Lookup = %+v, %v", f.Rows, err)
	}
	filled, err := f.Fill(forms.Input{Period: v.Schedule.Period(2026), Campaigns: []emulation.Campaign{
		campaign("a", emulation.Agency, emulation.Regular, "SO", "01/01/2026", "30/06/2026")}})
	if err != nil || values(t, filled, "06") != "1 ? ? ?" {
		t.Errorf("Fill = %v", err)
	}
}

// TestVersionJSON: what json.Marshal writes of a version, ParseVersion
// reads back the same.
func TestVersionJSON(t *testing.T) {
	v, _ := forms.VersionOf(circular)
	data, err := jsonMarshal(v)
	if err != nil {
		t.Fatal(err)
	}
	w, err := forms.ParseVersion("again.json", data)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := jsonMarshal(w)
	if !bytes.Equal(data, again) {
		t.Error("the version read back differs")
	}
}

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

func TestSection(t *testing.T) {
	f, err := lookup(t, "0601").Fill(forms.Input{Period: period2025, Launchers: map[string]forms.Launcher{"SO": forms.AgencyUnit},
		Campaigns: []emulation.Campaign{campaign("open", emulation.Agency, emulation.Regular, "SO", "01/10/2025", "")}})
	if err != nil {
		t.Fatal(err)
	}
	h := forms.Header{Reporter: "Sở A", Receiver: "Sở Nội vụ", Preparer: "Lê Thị Hà", Signer: "Hoàng Văn Minh", Place: "Lam Sơn"}
	reporttest.TestSection(t, func() report.Section { return &forms.Section{} }, `{"form": "bieu", "header": "dau", "new_page": true}`,
		report.Data{"bieu": f, "dau": h})
	s := &forms.Section{Form: report.Literal(f), Header: report.Literal(h)}
	blocks, err := s.Build(t.Context(), report.Input{})
	if err != nil {
		t.Fatal(err)
	}
	var tb *report.Table
	var texts []string
	for _, b := range blocks {
		switch b := b.(type) {
		case *report.Table:
			tb = b
		case *report.Paragraph:
			texts = append(texts, report.Plain(b.Runs))
		}
	}
	if tb == nil || tb.Head[3] != "Chia theo cấp phát động\nTrung ương (2)" || strings.Join(tb.Rows[0], "|") != "Tổng số phong trào thi đua|01|1|0|0|1" {
		t.Errorf("the table: %+v", tb)
	}
	for _, want := range []string{"Biểu số 0601.N/BNV-TĐKT", "(Từ ngày 01/12/2024 đến ngày 30/11/2025)", "Đơn vị báo cáo: Sở A",
		"(1) Chưa tính được: 1 phong trào chưa có ngày kết thúc (open).", "Lam Sơn, ngày      tháng      năm 2025", "THỦ TRƯỞNG ĐƠN VỊ"} {
		found := false
		for _, s := range texts {
			found = found || s == want
		}
		if !found {
			t.Errorf("no paragraph %q in %q", want, texts)
		}
	}
	if _, err := (&forms.Section{}).Build(t.Context(), report.Input{}); err == nil {
		t.Error("Build without a form = nil error")
	}
}

// TestGrantJSON: a grant reads back what json.Marshal writes, awards of
// a version included.
func TestGrantJSON(t *testing.T) {
	g := grant("huy-hieu", awards.Individual, "10/01/2025", forms.Seniority, forms.ProvinceProposer, forms.DirectWorker)
	data, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	var back forms.Grant
	if err := json.Unmarshal(data, &back); err != nil || back != g {
		t.Errorf("json round trip: %+v, %v\n%s", back, err, data)
	}
	if err := json.Unmarshal([]byte(`{"award": "BK tỉnh", "subject": "tập thể", "decision": {"date": "10/01/2025"}}`), &back); err != nil || back.Award != awards.BangKhenBoTinh {
		t.Errorf("a grant of an abbreviated award: %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"award": "x", "grantor": "y"}`), &back); err == nil {
		t.Error("a grant with an unknown field: nil error")
	}
}

// TestGrantsOf: grants from award records, with the facts they lack left
// not known.
func TestGrantsOf(t *testing.T) {
	records := []*awards.Record{
		{ID: "NV1", Name: "An", Kind: awards.Individual, Category: awards.Worker, Honours: []awards.Honour{
			{Award: awards.BangKhenBoTinh, Year: 2024, Decision: awards.Decision{Number: "5/QĐ", Date: metrics.MustDate("10/01/2025")}},
			{Award: awards.LaoDongTienTien, Year: 2024}, // no decision date: not a grant of the forms
		}},
		nil,
		{ID: "VP", Kind: awards.Collective, Honours: []awards.Honour{{Award: awards.CoThiDuaBoTinh, Year: 2024, Decision: awards.Decision{Date: metrics.MustDate("10/01/2025")}}}},
	}
	gs := forms.GrantsOf(records)
	if len(gs) != 2 || gs[0].Role != forms.DirectWorker || gs[0].Recipient != "An" || gs[1].Recipient != "VP" || gs[1].Occasion != 0 {
		t.Fatalf("GrantsOf = %+v", gs)
	}
	f, err := lookup(t, "0603").Fill(forms.Input{Period: period2025, Grants: gs})
	if err != nil {
		t.Fatal(err)
	}
	if got := values(t, f, "01"); got != "2 1 1 0 1 0 1 0 0 0" {
		t.Errorf("row 01 = %s", got)
	}
	if c, _ := f.Cell("11", "1"); c.Reason != "chưa tính được: 2 lượt khen thưởng chưa xác định loại hình khen thưởng (An, QĐ 5/QĐ, VP)" {
		t.Errorf("cell (11, 1): %q", c.Reason)
	}
}
