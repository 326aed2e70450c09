package awards

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// full is a record with every field set.
func full() *Record {
	d := metrics.MustDate
	return &Record{
		ID: "NV001", Name: "Nguyễn Văn An", Kind: Individual, Category: ArmedForces, Unit: "VP", Recruited: d("01/03/2015"),
		Years: []Year{
			{Year: 2024, Rating: CompletedWell, Registered: No, Active: Yes, Solidarity: No, BlocRank: 2,
				Members: &Members{Total: 10, Completed: 9, LDTT: 7, CSTDCS: 1, Disciplined: 2, Warned: 1}},
			{Year: 2025, Rating: CompletedExcellently, Registered: Yes},
		},
		Honours: []Honour{
			{Award: CSTDBoTinh, Year: 2024, FromYear: 2021, Achievement: "thành tích 2021-2024",
				Decision: Decision{Number: "12/QĐ-UBND", Date: d("10/01/2025"), Grantor: "Chủ tịch UBND tỉnh", Body: "UBND tỉnh", Fund: "Quỹ tỉnh"}},
			{Award: LaoDongTienTien, Year: 2025},
		},
		Initiatives: []InitiativeRecord{{Kind: ScienceProject, Scope: ScopeNational, Year: 2025, Title: "Đề tài"}, {Year: 2024}},
		Discipline:  []Discipline{{Form: Warning, From: d("01/02/2023"), To: d("01/02/2024")}},
		Proceedings: []Proceeding{{What: "thanh tra", From: d("01/10/2025")}},
		Absences:    []Absence{{Kind: Training, From: d("01/09/2020"), To: d("31/08/2021"), GoodResult: Yes}},
		Claims:      []Claim{{Award: BangKhenBoTinh, Point: "a", Year: 2025, Text: "Dẫn đầu phong trào"}},
	}
}

func TestRecordRoundTrip(t *testing.T) {
	csvRecs, err := LoadFile("testdata/roster.csv")
	require.NoError(t, err)
	jsonRecs, err := LoadFile("testdata/roster.json")
	require.NoError(t, err)
	for _, rs := range [][]*Record{{full()}, {{ID: "A", Kind: Household}}, csvRecs, jsonRecs} {
		b, err := json.Marshal(rs)
		require.NoError(t, err)
		back, err := ParseJSON("r.json", b)
		require.NoError(t, err, "%s", b)
		require.Equal(t, rs, back, "%s", b)
		b2, err := json.Marshal(map[string]any{"records": rs})
		require.NoError(t, err)
		back, err = ParseJSON("r.json", b2)
		require.NoError(t, err)
		require.Equal(t, rs, back)
	}
}

// Every enum writes a canonical text that reads back, and reads its
// Vietnamese name too.
func TestEnumText(t *testing.T) {
	type enum interface {
		MarshalText() ([]byte, error)
		String() string
	}
	check := func(v enum, read func([]byte) (enum, error)) {
		t.Helper()
		b, err := v.MarshalText()
		require.NoError(t, err, "%v", v)
		got, err := read(b)
		require.NoError(t, err, "%q", b)
		require.Equal(t, v, got, "MarshalText(%v) = %q", v, b)
		if s := v.String(); s != "" {
			got, err = read([]byte(s))
			require.NoError(t, err, "UnmarshalText(String() = %q)", s)
			require.Equal(t, v, got)
		}
	}
	for r := NotRated; r <= CompletedExcellently; r++ {
		check(r, func(b []byte) (enum, error) { var v Rating; return v, v.UnmarshalText(b) })
	}
	for _, k := range []SubjectKind{Individual, Collective, Household, Individual | Collective | Household} {
		check(k, func(b []byte) (enum, error) { var v SubjectKind; err := v.UnmarshalText(b); return v, err })
	}
	for c := CivilServant; c <= ArmedForces; c++ {
		check(c, func(b []byte) (enum, error) { var v Category; err := v.UnmarshalText(b); return v, err })
	}
	for s := ScopeGrassroots; s <= ScopeNational; s++ {
		check(s, func(b []byte) (enum, error) { var v Scope; err := v.UnmarshalText(b); return v, err })
	}
	for k := Initiative; k <= CombatIngenuity; k++ {
		check(k, func(b []byte) (enum, error) { var v InitiativeKind; err := v.UnmarshalText(b); return v, err })
	}
	for f := Reprimand; f <= Dismissal; f++ {
		check(f, func(b []byte) (enum, error) { var v DisciplineForm; err := v.UnmarshalText(b); return v, err })
	}
	for k := Maternity; k <= Training; k++ {
		check(k, func(b []byte) (enum, error) { var v AbsenceKind; err := v.UnmarshalText(b); return v, err })
	}
	for _, tr := range []Tri{Unknown, Yes, No} {
		b, err := tr.MarshalText()
		require.NoError(t, err)
		var v Tri
		require.NoError(t, v.UnmarshalText(b))
		require.Equal(t, tr, v)
		j, err := json.Marshal(tr)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(j, &v))
		require.Equal(t, tr, v, "JSON %s", j)
	}
	for _, a := range catalogue {
		var id ID
		b, _ := a.ID.MarshalText()
		require.NoError(t, id.UnmarshalText(b))
		require.Equal(t, a.ID, id)
		require.NoError(t, id.UnmarshalText([]byte(a.Name)))
		require.Equal(t, a.ID, id)
	}
	// The words the Parse functions read, UnmarshalText reads.
	var r Rating
	require.NoError(t, r.UnmarshalText([]byte("hoàn thành tốt nhiệm vụ")))
	require.Equal(t, CompletedWell, r)
	var id ID
	require.NoError(t, id.UnmarshalText([]byte("BK TTg")))
	require.Equal(t, BangKhenTTg, id)
	require.ErrorIs(t, id.UnmarshalText([]byte("Huy hiệu")), ErrUnknownAward)
	_, err := Rating(9).MarshalText()
	require.Error(t, err)
}

// The two loaders read the same facts into equal records, which judge the
// same: one case for every column of the CSV dialect.
func TestCSVAndJSONAgree(t *testing.T) {
	tests := []struct {
		name, csv, json string
	}{
		{"id, name, year", "Mã;Họ tên;Năm\nNV1; Nguyễn Văn An ;2025\n",
			`[{"id": "NV1", "name": "Nguyễn Văn An", "years": [{"year": 2025}]}]`},
		{"name in Tên", "Mã;Tên;Năm\nNV1;An;2025\n", `[{"id": "NV1", "name": "An", "years": [{"year": 2025}]}]`},
		{"kind", "Mã;Đối tượng;Năm\nVP;tập thể;2025\nHO;hộ gia đình;2025\nNV;cá nhân;2025\n",
			`[{"id": "VP", "kind": "tập thể", "years": [{"year": 2025}]}, {"id": "HO", "kind": "hộ gia đình", "years": [{"year": 2025}]}, {"id": "NV", "years": [{"year": 2025}]}]`},
		{"category", "Mã;Nhóm;Năm\nA;lực lượng vũ trang;2025\nB;công nhân;2025\nC;CBCCVC;2025\n",
			`[{"id": "A", "category": "llvt", "years": [{"year": 2025}]}, {"id": "B", "category": "công nhân", "years": [{"year": 2025}]}, {"id": "C", "years": [{"year": 2025}]}]`},
		{"unit", "Mã;Đơn vị;Năm\nNV1;VP;2025\n", `[{"id": "NV1", "unit": "VP", "years": [{"year": 2025}]}]`},
		{"recruited", "Mã;Ngày tuyển dụng;Năm;Xếp loại;Tích cực\nNV1;01/09/2025;2025;HTTNV;x\n",
			`[{"id": "NV1", "recruited": "2025-09-01", "years": [{"year": 2025, "rating": "HTTNV", "active": true}]}]`},
		{"rating, several years", "Mã;Năm;Xếp loại\nNV1;2024;HTXSNV\nNV1;2023;KHTNV\nNV1;2025;hoàn thành nhiệm vụ\n",
			`[{"id": "NV1", "years": [{"year": 2023, "rating": "KHTNV"}, {"year": 2024, "rating": "xuất sắc"}, {"year": 2025, "rating": "HTNV"}]}]`},
		{"registered, active, solidarity", "Mã;Năm;Đăng ký;Tích cực;Đoàn kết\nNV1;2023;x;không;có\nNV1;2024;;x;\n",
			`[{"id": "NV1", "years": [{"year": 2023, "registered": true, "active": false, "solidarity": true}, {"year": 2024, "active": true}]}]`},
		{"titles, and the span of CSTĐ tỉnh", "Mã;Năm;Xếp loại;Danh hiệu;Sáng kiến toàn quốc\nNV1;2022;HTXSNV;CSTĐ tỉnh;\nNV1;2025;HTXSNV;LĐTT|CSTĐCS|CSTĐ tỉnh;1\n",
			`[{"id": "NV1", "years": [{"year": 2022, "rating": "HTXSNV"}, {"year": 2025, "rating": "HTXSNV"}],
			  "honours": [{"award": "cstd-bo-tinh", "year": 2022}, {"award": "LĐTT", "year": 2025}, {"award": "cstd-co-so", "year": 2025}, {"award": "CSTĐ tỉnh", "year": 2025}],
			  "initiatives": [{"scope": "toàn quốc", "year": 2025}]}]`},
		{"initiatives and projects", "Mã;Năm;Sáng kiến cơ sở;Sáng kiến tỉnh;Sáng kiến toàn quốc;Đề tài\nNV1;2025;2;1;0;1\n",
			`[{"id": "NV1", "years": [{"year": 2025}], "initiatives": [{"year": 2025}, {"year": 2025}, {"scope": "tỉnh", "year": 2025}, {"kind": "đề tài", "year": 2025}]}]`},
		{"discipline", "Mã;Năm;Kỷ luật;Kỷ luật từ;Kỷ luật đến\nNV1;2025;cảnh cáo;01/02/2025;31/01/2026\nNV1;2024;khiển trách;01/03/2024;\n",
			`[{"id": "NV1", "years": [{"year": 2024}, {"year": 2025}], "discipline": [{"form": "cảnh cáo", "from": "01/02/2025", "to": "2026-01-31"}, {"form": "khiển trách", "from": "2024-03-01"}]}]`},
		{"pending review", "Mã;Năm;Đang xem xét từ\nNV1;2025;01/10/2025\n",
			`[{"id": "NV1", "years": [{"year": 2025}], "proceedings": [{"what": "xem xét kỷ luật, thanh tra, điều tra", "from": "2025-10-01"}]}]`},
		{"absence", "Mã;Năm;Nghỉ;Nghỉ từ;Nghỉ đến;Kết quả học tập\nNV1;2021;đào tạo;01/09/2020;31/08/2021;không\nNV1;2025;thai sản;01/01/2025;30/06/2025;\n",
			`[{"id": "NV1", "years": [{"year": 2021}, {"year": 2025}], "absences": [{"kind": "đào tạo", "from": "2020-09-01", "to": "2021-08-31", "good_result": false}, {"kind": "thai sản", "from": "2025-01-01", "to": "2025-06-30"}]}]`},
		{"members and bloc rank", "Mã;Đối tượng;Năm;Xếp loại;Số thành viên;Số hoàn thành;Số LĐTT;Số CSTĐCS;Số kỷ luật;Số kỷ luật cảnh cáo;Xếp hạng khối\nVP;tập thể;2023;HTXSNV;10;10;7;1;2;1;1\nVP;tập thể;2025;HTTNV;1.300;1.300;1.000;0;;;\n",
			`[{"id": "VP", "kind": "tập thể", "years": [
			  {"year": 2023, "rating": "HTXSNV", "bloc_rank": 1, "members": {"total": 10, "completed": 10, "ldtt": 7, "cstdcs": 1, "disciplined": 2, "disciplined_warning": 1}},
			  {"year": 2025, "rating": "HTTNV", "members": {"total": 1300, "completed": 1300, "ldtt": 1000, "cstdcs": 0}}]}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fromCSV, err := ParseCSV("r.csv", []byte(tt.csv))
			require.NoError(t, err)
			fromJSON, err := ParseJSON("r.json", []byte(tt.json))
			require.NoError(t, err)
			require.Equal(t, fromCSV, fromJSON)
			for i := range fromCSV {
				for _, y := range fromCSV[i].Years {
					a, err := defaultEvaluator.EvaluateAll(fromCSV[i], YearOf(y.Year))
					require.NoError(t, err)
					b, err := defaultEvaluator.EvaluateAll(fromJSON[i], YearOf(y.Year))
					require.NoError(t, err)
					for j := range a {
						require.Equal(t, a[j].WithPersonalData().Text(), b[j].WithPersonalData().Text())
					}
				}
			}
		})
	}
	// The span is the catalogue's, in both loaders: CSTĐ tỉnh of 2022 and
	// 2025 are two in a row, so luat2022.d21.k1.a is met from either file.
	rs, err := ParseCSV("r.csv", []byte(tests[8].csv))
	require.NoError(t, err)
	v, err := Evaluate(rs[0], Case{Award: CSTDToanQuoc, Period: YearOf(2025)})
	require.NoError(t, err)
	f, _ := finding(v, "luat2022.d21.k1.a")
	require.Equal(t, Met, f.Result, v.Text())
}

var goTypeNames = regexp.MustCompile(`\b(int|int64|uint8|struct|map|float64|Go)\b|\b(awards|metrics|source)\.[A-Z]|(^|\s)json: |\[\]|\*[A-Z]`)

// Errors have one package prefix; those inside a *source.Error none; none
// names a Go type; values are quoted in short.
func TestErrorMessages(t *testing.T) {
	long := strings.Repeat("Nguyễn", 20_000)
	decided := metrics.MustDate("27/11/2026")
	api := map[string]error{}
	add := func(name string, err error) { api[name] = err }
	_, err := New(Config{Extra: []Rule{{ID: "x", Award: "nope", Citation: Citation{Document: "QĐ"}, Check: func(*Input) (Result, Facts) { return Met, Facts{} }}}})
	add("New, unknown award", err)
	_, err = New(Config{Disable: []string{long}})
	add("New, disable", err)
	_, err = New(Config{Params: &Params{Regimes: map[RegimeID]RegimeParams{"luat2030": {}}}})
	add("New, params", err)
	bad := DefaultMoney()
	bad.Tables[0], bad.Tables[1] = bad.Tables[1], bad.Tables[0]
	_, err = New(Config{Money: bad})
	add("New, money", err)
	_, err = Evaluate(nil, Case{})
	add("Evaluate nil", err)
	_, err = Evaluate(&Record{ID: long, Kind: Household}, Case{Award: CSTDCoSo, Period: YearOf(2025)})
	add("Evaluate, wrong subject", err)
	_, err = Evaluate(person(), Case{Award: ID(long), Period: YearOf(2025)})
	add("Evaluate, unknown award", err)
	_, err = Evaluate(person(), Case{Award: CSTDCoSo, Period: YearOf(2016)})
	add("Evaluate, no regime", err)
	_, err = defaultEvaluator.EvaluateAll(&Record{ID: "X", Kind: Individual}, YearOf(2010))
	add("EvaluateAll", err)
	_, err = Check([]Proposal{{Subject: person(), Award: "nope", Period: YearOf(2025)}}, CheckOptions{})
	add("Check, unknown award", err)
	_, err = Check([]Proposal{{Award: CSTDCoSo, Period: YearOf(2025)}}, CheckOptions{})
	add("Check, no subject", err)
	_, err = Price(Grant{Award: LaoDongTienTien})
	add("Price, no date", err)
	_, err = Price(Grant{Award: LaoDongTienTien, Decided: metrics.MustDate("01/01/2010")})
	add("Price, no decree", err)
	_, err = Pay([]Payment{{Grant: Grant{Award: "nope", Decided: decided}, Recipients: 1}})
	add("Pay, unknown award", err)
	_, err = Pay([]Payment{{Grant: Grant{Award: BangKhenBoTinh, Subject: Household, Decided: metrics.MustDate("10/01/2025")}, Recipients: 1}})
	add("Pay, no coefficient", err)
	_, err = RegimeAt(metrics.MustDate("01/01/2016"))
	add("RegimeAt", err)
	_, err = DefaultMoney().TableAt(metrics.MustDate("01/01/2016"))
	add("TableAt", err)
	_, err = DefaultMoney().BaseSalaryAt(metrics.MustDate("01/01/2016"))
	add("BaseSalaryAt", err)
	add("Validate", (&Record{ID: long, Kind: Individual, Years: []Year{{Year: 2025, Members: &Members{Total: -1}}}}).Validate())
	_, err = ParseRating(long)
	add("ParseRating", err)
	_, err = ParseAward(long)
	add("ParseAward", err)
	for name, err := range api {
		require.Error(t, err, name)
		msg := err.Error()
		require.True(t, strings.HasPrefix(msg, "awards: "), "%s: %s", name, msg)
		require.Equal(t, 1, strings.Count(msg, "awards:"), "%s: %s", name, msg)
		require.NotRegexp(t, goTypeNames, msg, name)
		require.Less(t, len(msg), 500, "%s: the message quotes a long value in full", name)
	}
	require.ErrorIs(t, api["Pay, unknown award"], ErrUnknownAward)
	require.ErrorIs(t, api["Pay, no coefficient"], ErrNoCoefficient)
	require.ErrorIs(t, api["Check, unknown award"], ErrUnknownAward)
	require.ErrorIs(t, api["RegimeAt"], ErrNoRegime)
	require.ErrorIs(t, api["Evaluate, wrong subject"], ErrWrongSubject)
	require.ErrorIs(t, api["Evaluate nil"], ErrNilRecord)

	loads := []struct{ name, file, data string }{
		{"json rating", "a.json", `[{"id": "A", "years": [{"year": 2025, "rating": "` + long + `"}]}]`},
		{"json date", "a.json", `[{"id": "A", "recruited": "31/02/2020"}]`},
		{"json decision date", "a.json", `[{"id": "A", "honours": [{"award": "LĐTT", "year": 2024, "decision": {"date": "hôm qua"}}]}]`},
		{"json yes or no", "a.json", `[{"id": "A", "years": [{"year": 2025, "registered": "x"}]}]`},
		{"json kind", "a.json", `[{"id": "A", "kind": 5}]`},
		{"json award", "a.json", `[{"id": "A", "honours": [{"award": "` + long + `", "year": 2024}]}]`},
		{"json unknown field", "a.json", `[{"id": "A", "years": [{"year": 2025, "ratng": 1}]}]`},
		{"json members", "a.json", `[{"id": "A", "kind": "tập thể", "years": [{"year": 2025, "members": {"total": 10, "ldtt": 11}}]}]`},
		{"json duplicate", "a.json", `[{"id": "` + long + `"}, {"id": "` + long + `"}]`},
		{"json form", "a.json", `[{"id": "A", "discipline": [{"from": "2025-01-01"}]}]`},
		{"json top", "a.json", `{"records": [], "more": 1}`},
		{"json trailing", "a.json", `[] []`},
		{"csv name", "a.csv", "Mã;Họ tên;Năm\nA;" + long + ";2024\nA;B;2025\n"},
		{"csv rating", "a.csv", "Mã;Năm;Xếp loại\nA;2024;" + long + "\n"},
		{"csv award", "a.csv", "Mã;Năm;Danh hiệu\nA;2024;" + long + "\n"},
		{"csv year", "a.csv", "Mã;Năm\nA;" + long + "\n"},
		{"csv members", "a.csv", "Mã;Đối tượng;Năm;Số thành viên;Số LĐTT\nA;tập thể;2024;5;6\n"},
	}
	for _, l := range loads {
		var err error
		if strings.HasSuffix(l.file, ".json") {
			_, err = ParseJSON(l.file, []byte(l.data))
		} else {
			_, err = ParseCSV(l.file, []byte(l.data))
		}
		var se *source.Error
		require.True(t, errors.As(err, &se), "%s: %v is not a *source.Error", l.name, err)
		msg := err.Error()
		require.NotContains(t, msg, "awards:", l.name)
		require.NotContains(t, msg, "metrics:", l.name)
		require.NotRegexp(t, goTypeNames, msg, l.name)
		require.Less(t, len(msg), 500, "%s: %.300s", l.name, msg)
		require.True(t, se.Line > 0, "%s: %s", l.name, msg)
	}
	_, err = ParseJSON("a.json", []byte(`[{"id": "A", "years": [{"year": 2025, "registered": "x"}]}]`))
	require.EqualError(t, err, `a.json:1: field "[0].years[0].registered": want true, false or null, found a string`)
	_, err = ParseJSON("a.json", []byte("[{\"id\": \"A\",\n \"recruited\": \"31/02/2020\"}]"))
	require.EqualError(t, err, `a.json:2: field "[0].recruited": "31/02/2020" is not a date (dd/mm/yyyy or yyyy-mm-dd): 2020-02-31 is not a day of the calendar`)
	_, err = ParseCSV("a.csv", []byte("Mã;Năm;Danh hiệu\nA;2024;Huy hiệu\n"))
	require.ErrorIs(t, err, ErrUnknownAward)
}

// Counts are bounded where they enter, and the shares computed from them
// do not overflow on 32-bit builds.
func TestMemberBounds(t *testing.T) {
	big := strconv.Itoa(math.MaxInt32) // the largest count a 32-bit int holds
	for _, tc := range []struct {
		name, total string
		ok          bool
	}{
		{"zero", "0", true},
		{"at the bound", strconv.Itoa(MaxMembers), true},
		{"one over", strconv.Itoa(MaxMembers + 1), false},
		{"300 million", "300000000", false},
		{"2^31-1", big, false},
		{"2^62", "4611686018427387904", false},
		{"negative", "-1", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errJ := ParseJSON("m.json", []byte(`[{"id": "VP", "kind": "tập thể", "years": [{"year": 2025, "members": {"total": `+tc.total+`, "completed": 0, "ldtt": 0}}]}]`))
			_, errC := ParseCSV("m.csv", []byte("Mã;Đối tượng;Năm;Số thành viên\nVP;tập thể;2025;"+tc.total+"\n"))
			if tc.ok {
				require.NoError(t, errJ)
				require.NoError(t, errC)
				return
			}
			var se *source.Error
			require.True(t, errors.As(errJ, &se), "JSON: %v", errJ)
			require.True(t, strings.HasSuffix(se.Field, "total"), "JSON: %v names no field", errJ)
			require.True(t, errors.As(errC, &se), "CSV: %v", errC)
			require.Equal(t, "Số thành viên", se.Field, "CSV: %v", errC)
		})
	}
	for _, n := range []int{MaxMembers + 1, math.MaxInt, -1} {
		r := &Record{ID: "VP", Kind: Collective, Years: []Year{{Year: 2025, Members: &Members{Total: MaxMembers, Completed: MaxMembers, LDTT: 1, Disciplined: n}}}}
		require.ErrorContains(t, r.Validate(), "out of range", "disciplined %d", n)
		r.Years[0].Members.Disciplined, r.Years[0].BlocRank = 0, n
		require.ErrorContains(t, r.Validate(), "out of range", "rank %d", n)
	}
	// The 70% of "Tập thể lao động xuất sắc" at the bound (Law 2003 Điều 27).
	for _, tc := range []struct {
		ldtt int
		want Result
	}{{7_000_000, Met}, {6_999_999, NotMet}} {
		u := unit(rated(CompletedExcellently, 2023), members(2023, Members{Total: MaxMembers, Completed: MaxMembers, LDTT: tc.ldtt, CSTDCS: 1}))
		require.NoError(t, u.Validate())
		v, err := Evaluate(u, Case{Award: TapTheXuatSac, Period: YearOf(2023), Decided: atEnd(2023)})
		require.NoError(t, err)
		f, _ := finding(v, "luat2003.d27.thanhvien")
		require.Equal(t, tc.want, f.Result, "LĐTT %d of %d: %s", tc.ldtt, MaxMembers, f.FactsText(v.Period, true))
	}
}

// Parameters are keyed by regime: a value set for one regime changes its
// verdicts only, a regime left out takes the defaults, an unknown one is
// an error.
func TestParamsByRegime(t *testing.T) {
	p := DefaultParams()
	rp := p.Regimes[Law2022ND152]
	rp.MinService = 12
	rp.CSTDCSQuota = dec("0.1")
	p.Regimes = map[RegimeID]RegimeParams{Law2022ND152: rp}
	p.Source = "Quyết định số 5/2025/QĐ-UBND"
	e, err := New(Config{Params: &p})
	require.NoError(t, err)
	require.Len(t, e.Params().Regimes, len(regimes), "a regime left out takes its defaults")
	r := person(recruited("01/03/2025"))
	for _, tc := range []struct {
		year int
		rule string
		want Result
	}{{2025, "tt01.d1.k5.d", NotMet}, {2024, "tt01.d1.k5.d", NotMet}} {
		v, err := e.Evaluate(r, Case{Award: LaoDongTienTien, Period: YearOf(tc.year), Decided: atEnd(tc.year)})
		require.NoError(t, err)
		f, _ := finding(v, tc.rule)
		require.Equal(t, tc.want, f.Result, fmt.Sprint(tc.year))
	}
	r = person(recruited("01/03/2025"), func(r *Record) { r.Years = append(r.Years, Year{Year: 2027, Rating: CompletedWell, Active: Yes}) })
	v, err := e.Evaluate(r, Case{Award: LaoDongTienTien, Period: YearOf(2026)})
	require.NoError(t, err)
	f, _ := finding(v, "tt01.d1.k5.d")
	require.Equal(t, Met, f.Result, "22 months of service meet 12")
	require.Contains(t, f.FactsText(v.Period, false), "cần ít nhất 12 tháng")
	v, err = defaultEvaluator.Evaluate(person(recruited("01/03/2025")), Case{Award: LaoDongTienTien, Period: YearOf(2025)})
	require.NoError(t, err)
	f, _ = finding(v, "tt01.d1.k5.d")
	require.Equal(t, Met, f.Result, "the national evaluator keeps 6 months")

	// A quota the parameters set under the 2022 law applies, citing them.
	var ps []Proposal
	for i := range 10 {
		x := person(rated(CompletedExcellently, 2025), initiatives(ScopeGrassroots, Initiative, 2025))
		x.ID = fmt.Sprintf("P%d", i)
		ps = append(ps, Proposal{Subject: x, Award: LaoDongTienTien, Period: YearOf(2025)}, Proposal{Subject: x, Award: CSTDCoSo, Period: YearOf(2025)})
	}
	b, err := e.Check(ps, CheckOptions{})
	require.NoError(t, err)
	require.Len(t, b.Issues, 1)
	require.Equal(t, 1, b.Issues[0].Limit)
	require.Equal(t, p.Source, b.Issues[0].Citation.Document)
	b, err = Check(ps, CheckOptions{})
	require.NoError(t, err)
	require.Empty(t, b.Issues, "the 2022 law sets no quota")

	_, err = New(Config{Params: &Params{Regimes: map[RegimeID]RegimeParams{"luat2030": {}}}})
	require.ErrorContains(t, err, `unknown regime "luat2030"`)
}
