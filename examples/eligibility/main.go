// Eligibility judges the staff and units of a provincial department for a
// year under the Law on Emulation and Commendation, as a TĐKT officer does
// before the council meets: every verdict with its reasons in Vietnamese,
// the checks on the batch as a whole, and the reward money per paying fund.
//
// With no arguments it judges an embedded sample roster (42 made-up people
// and 6 units of a fictional "Sở Văn hóa, Thể thao và Du lịch tỉnh Lam
// Sơn", 2019–2025) for 2025:
//
//	go run ./examples/eligibility
//	go run ./examples/eligibility -year 2024 -format json
//	go run ./examples/eligibility -roster my-unit.csv -agency "Sở Nội vụ tỉnh X" -decided 15/01/2026
//	go run ./examples/eligibility -roster examples/eligibility/roster.xlsx
//
// The roster is a CSV file in the dialect of awards.ParseCSV (one line per
// person or unit and year, as spreadsheets keep it), a workbook (.xlsx) of
// the same columns on its first sheet or the one -sheet names (read by
// package source/workbook: the header is found below any title, dates may
// be dates, and errors name the cell), or a JSON file of awards.ParseJSON.
// roster.xlsx is the sample roster as a workbook, written from roster.csv
// by the tests (go test ./examples/eligibility -update), which check that
// both give the same verdicts. Discipline and pending reviews are personal data: they
// inform the verdicts but are shown only with -personal.
//
// With the sample, a last part judges the cases of cases.json, one for each
// rule a council is most likely to question: the law in force on the
// decision date, claims under the points a unit proposes, a worker's
// standard, discipline under Decree 98/2023, the council's vote, the
// branches of "Cờ thi đua của Chính phủ", input refused, a criterion
// resting on an unverified fact; and the reward of a collective and of a
// household under Decree 152/2025.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/internal/texttable"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
	"github.com/tdkt-vn/tdkt/source/workbook"
)

//go:embed roster.csv
var sampleRoster []byte

//go:embed cases.json
var sampleCases []byte

const sampleAgency = "Sở Văn hóa, Thể thao và Du lịch tỉnh Lam Sơn"

func main() {
	log.SetFlags(0)
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		log.Fatal(err)
	}
}

type options struct {
	year     int
	roster   string
	sheet    string
	agency   string
	province string
	format   string
	decided  metrics.Date
	personal bool
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	var decided string
	fs := flag.NewFlagSet("eligibility", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&o.year, "year", 2025, "the year judged")
	fs.StringVar(&o.roster, "roster", "", "a roster file (.csv, .xlsx or .json); empty uses the embedded sample")
	fs.StringVar(&o.sheet, "sheet", "", "the sheet of an .xlsx roster (default: the first)")
	fs.StringVar(&o.agency, "agency", sampleAgency, "the agency, as its name reads in funds and headings")
	fs.StringVar(&o.province, "province", "UBND tỉnh Lam Sơn", "the provincial People's Committee")
	fs.StringVar(&o.format, "format", "text", "output format: text or json")
	fs.StringVar(&decided, "decided", "", "the decision date, dd/mm/yyyy (default 15/01 of the next year)")
	fs.BoolVar(&o.personal, "personal", false, "show discipline and pending reviews (personal data)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.format != "text" && o.format != "json" {
		return o, fmt.Errorf("-format %q: want text or json", o.format)
	}
	o.decided = metrics.NewDate(o.year+1, 1, 15)
	if decided != "" {
		d, err := metrics.ParseDate(decided)
		if err != nil {
			return o, fmt.Errorf("-decided: %w", err)
		}
		o.decided = d
	}
	return o, nil
}

func run(w io.Writer, args []string) error {
	o, err := parseFlags(args, os.Stderr)
	if err != nil {
		return err
	}
	var records []*awards.Record
	if o.roster == "" {
		records, err = awards.ParseCSV("roster.csv", sampleRoster)
	} else {
		records, err = loadRoster(o.roster, o.sheet)
	}
	if err != nil {
		return err
	}
	res, err := judge(records, o)
	if err != nil {
		return err
	}
	if o.roster == "" {
		if res.cases, err = illustrate("cases.json", sampleCases, o.personal); err != nil {
			return err
		}
	}
	if o.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(res.json(o))
	}
	return res.text(w, o)
}

// loadRoster reads a roster: a workbook with source/workbook and the CSV
// loader of awards, any other file with awards.LoadFile.
func loadRoster(path, sheet string) ([]*awards.Record, error) {
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		if sheet != "" {
			return nil, fmt.Errorf("-sheet %q: %s is not a workbook", sheet, path)
		}
		return awards.LoadFile(path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return workbook.Load(filepath.Base(path), data, workbook.Options{Sheet: sheet}, awards.ParseCSV)
}

// result is everything the program works out.
type result struct {
	people, units []awards.Verdict
	batch         awards.Batch
	payout        awards.Payout
	cases         []shown
}

// illustration is one case of cases.json: a subject judged for one title
// or form, to show one rule of the law.
type illustration struct {
	Title   string          `json:"title"`
	Award   awards.ID       `json:"award"`
	Year    int             `json:"year"`
	Decided metrics.Date    `json:"decided"`
	Points  []string        `json:"points"`
	Vote    *vote           `json:"vote"`
	Record  json.RawMessage `json:"record"`
}

type vote struct {
	Members  int `json:"members"`
	InFavour int `json:"in_favour"`
}

// shown is a case judged: its verdict, or why it was not judged.
type shown struct {
	Title   string          `json:"title"`
	Verdict *awards.Verdict `json:"verdict,omitempty"`
	Refused string          `json:"refused,omitempty"`
}

// illustrate judges the cases of file. A record the loader refuses is
// shown with its error, which names the line of file.
func illustrate(file string, data []byte, personal bool) ([]shown, error) {
	src := source.NewFile(file, data)
	var cases []illustration
	if err := src.DecodeJSON(0, "", data, &cases); err != nil {
		return nil, err
	}
	out := make([]shown, 0, len(cases))
	for i, c := range cases {
		part := fmt.Sprintf("%s (record %d)", file, i+1)
		recs, err := awards.ParseJSON(part, append(append([]byte("["), c.Record...), ']'))
		if err != nil {
			err = src.Adopt(err, part, int64(bytes.Index(data, c.Record)))
			out = append(out, shown{Title: c.Title, Refused: err.Error()})
			continue
		}
		k := awards.Case{Award: c.Award, Period: awards.YearOf(c.Year), Decided: c.Decided, Points: c.Points}
		if c.Vote != nil {
			k.Vote = &awards.Vote{Members: c.Vote.Members, InFavour: c.Vote.InFavour}
		}
		v, err := awards.Evaluate(recs[0], k)
		if err != nil {
			out = append(out, shown{Title: c.Title, Refused: err.Error()})
			continue
		}
		if personal {
			v = v.WithPersonalData()
		}
		out = append(out, shown{Title: c.Title, Verdict: &v})
	}
	return out, nil
}

var (
	personAwards = []awards.ID{awards.LaoDongTienTien, awards.CSTDCoSo, awards.CSTDBoTinh, awards.BangKhenBoTinh, awards.BangKhenTTg}
	unitAwards   = []awards.ID{awards.TapTheTienTien, awards.TapTheXuatSac, awards.CoThiDuaBoTinh}
)

func judge(records []*awards.Record, o options) (*result, error) {
	period := awards.YearOf(o.year)
	var res result
	byUnit := map[string][]*awards.Record{}
	var units []*awards.Record
	ldtt := map[string]bool{}
	cstdcs := map[string]bool{}
	for _, r := range records {
		switch r.Kind {
		case awards.Collective:
			units = append(units, r)
			continue
		case awards.Individual:
		default:
			continue
		}
		byUnit[r.Unit] = append(byUnit[r.Unit], r)
		for _, id := range personAwards {
			if id == awards.LaoDongTienTien && r.Category == awards.ArmedForces {
				id = awards.ChienSiTienTien
			}
			v, err := awards.Evaluate(r, awards.Case{Award: id, Period: period, Decided: o.decided})
			if err != nil {
				return nil, err
			}
			if o.personal {
				v = v.WithPersonalData()
			}
			ok := v.Outcome == awards.Eligible || v.Outcome == awards.EligibleForSelection
			switch id {
			case awards.LaoDongTienTien, awards.ChienSiTienTien:
				ldtt[r.ID] = ok
			case awards.CSTDCoSo:
				cstdcs[r.ID] = ok
			}
			res.people = append(res.people, v)
		}
	}
	for _, u := range units {
		fillMembers(u, byUnit[u.ID], o.year, ldtt, cstdcs)
		for _, id := range unitAwards {
			v, err := awards.Evaluate(u, awards.Case{Award: id, Period: period, Decided: o.decided})
			if err != nil {
				return nil, err
			}
			res.units = append(res.units, v)
		}
	}
	var proposals []awards.Proposal
	for _, v := range append(append([]awards.Verdict(nil), res.people...), res.units...) {
		if v.Outcome == awards.Eligible || v.Outcome == awards.EligibleForSelection {
			proposals = append(proposals, awards.Proposal{Subject: v.Subject, Award: v.Award.ID, Period: v.Period})
		}
	}
	var err error
	res.batch, err = awards.Check(proposals, awards.CheckOptions{Decided: o.decided, Personal: o.personal})
	if err != nil {
		return nil, err
	}
	// No reward while a review is pending (Decree 152/2025 Điều 4).
	held := map[string]bool{}
	for _, i := range res.batch.Issues {
		if i.Kind == awards.PendingReview {
			for _, id := range i.Subjects {
				held[id] = true
			}
		}
	}
	paid := proposals[:0:0]
	for _, p := range proposals {
		if !held[p.Subject.ID] {
			paid = append(paid, p)
		}
	}
	res.payout, err = awards.Pay(payments(paid, o))
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// fillMembers sets a unit's members' results for the year from its
// members' verdicts, where the roster does not state them (the titles of
// the year are decided in the same round).
func fillMembers(u *awards.Record, members []*awards.Record, year int, ldtt, cstdcs map[string]bool) {
	y := u.Year(year)
	if y == nil || len(members) == 0 || (y.Members != nil && y.Members.LDTT > 0) {
		return
	}
	m := &awards.Members{}
	start, end := metrics.NewDate(year, 1, 1), metrics.NewDate(year, 12, 31)
	for _, p := range members {
		py := p.Year(year)
		if py == nil {
			continue
		}
		m.Total++
		if py.Rating >= awards.Completed {
			m.Completed++
		}
		if ldtt[p.ID] {
			m.LDTT++
		}
		if cstdcs[p.ID] {
			m.CSTDCS++
		}
		for _, d := range p.Discipline {
			if !d.From.After(end) && (d.To.IsZero() || !d.To.Before(start)) {
				m.Disciplined++
				if d.Form >= awards.Warning {
					m.Warned++
				}
				break
			}
		}
	}
	y.Members = m
}

// payments groups the proposals that pass into decisions: the agency's
// head decides the grassroots titles and pays from the agency's fund; the
// province's chairman the rest, except the Prime Minister's Bằng khen.
func payments(ps []awards.Proposal, o options) []awards.Payment {
	type key struct {
		award awards.ID
		kind  awards.SubjectKind
	}
	count := map[key]int{}
	var order []key
	for _, p := range ps {
		k := key{p.Award, p.Subject.Kind}
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	var out []awards.Payment
	for _, k := range order {
		d := awards.Decision{Date: o.decided, Grantor: "Chủ tịch " + o.province, Body: o.province}
		switch k.award {
		case awards.LaoDongTienTien, awards.ChienSiTienTien, awards.CSTDCoSo, awards.TapTheTienTien:
			d.Grantor, d.Body = "Giám đốc "+o.agency, o.agency
		case awards.BangKhenTTg:
			d.Grantor, d.Body = "Thủ tướng Chính phủ", "Chính phủ"
		}
		out = append(out, awards.Payment{Grant: awards.Grant{Award: k.award, Subject: k.kind, Decided: o.decided}, Recipients: count[k], Decision: d})
	}
	return out
}

func (res *result) text(w io.Writer, o options) error {
	fmt.Fprintf(w, "KẾT QUẢ RÀ SOÁT TIÊU CHUẨN THI ĐUA, KHEN THƯỞNG NĂM %d\n%s\n\n", o.year, o.agency)
	res.summary(w)
	fmt.Fprintf(w, "\nI. CÁ NHÂN\n\n")
	for _, v := range res.people {
		fmt.Fprintln(w, v.Text())
	}
	fmt.Fprintf(w, "II. TẬP THỂ\n\n")
	for _, v := range res.units {
		fmt.Fprintln(w, v.Text())
	}
	fmt.Fprintf(w, "III. KIỂM TRA CHUNG\n\n")
	if len(res.batch.Issues) == 0 {
		fmt.Fprintln(w, "Không phát hiện vấn đề về tỷ lệ, trùng thành tích hoặc đối tượng đang bị xem xét.")
	}
	for _, i := range res.batch.Issues {
		fmt.Fprintf(w, "- %s (%s).\n", i.Text, i.Citation)
	}
	fmt.Fprintf(w, "\nIV. TIỀN THƯỞNG (nếu được quyết định ngày %s)\n\n", o.decided)
	money := metrics.Formatter{NoUnit: true}
	rows := [][]string{{"Danh hiệu, hình thức", "Đối tượng", "Số lượng", "Mức thưởng", "Thành tiền", ""}}
	for _, l := range res.payout.Lines {
		a, _ := awards.Lookup(l.Payment.Grant.Award)
		note := ""
		if l.Reward.Unverified() {
			note = "(*)"
		}
		if t := l.Reward.ReadingText(); t != "" {
			note += " " + t
		}
		rows = append(rows, []string{a.Name, l.Payment.Grant.Subject.String(), fmt.Sprint(l.Payment.Recipients),
			money.Amount(l.Reward.Amount), money.Amount(l.Total), note})
	}
	rows = append(rows, []string{"Cộng", "", "", "", money.Amount(res.payout.Total), ""})
	texttable.Write(w, rows, []bool{false, false, true, true, true, false})
	fmt.Fprintln(w)
	for _, f := range res.payout.Funds {
		fmt.Fprintf(w, "%s: %s\n", f.Fund, f.Total.Value)
	}
	words, err := res.payout.Total.InWords()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Tổng cộng: %s (bằng chữ: %s).\n", res.payout.Total, words)
	defer res.illustrations(w)
	if len(res.payout.Lines) > 0 {
		l := res.payout.Lines[0]
		fmt.Fprintf(w, "Căn cứ: mức lương cơ sở %s (%s); hệ số theo %s; %s (%s); chi từ quỹ của cấp ra quyết định (%s).\n",
			l.Reward.Base.Amount, l.Reward.Base.Citation, l.Reward.Decree, l.Reward.Rounding.Name, l.Reward.RoundingCite, awards.FundCitation())
		fmt.Fprintln(w, "(*) hệ số hoặc quy tắc chưa xác minh được văn bản: xem trích dẫn trong kết quả JSON.")
	}
	return nil
}

// illustrations writes the cases of cases.json, and the Giấy khen of a
// person, a collective and a household under Decree 152/2025.
func (res *result) illustrations(w io.Writer) {
	if len(res.cases) == 0 {
		return
	}
	fmt.Fprintf(w, "\nV. CÁC TRƯỜNG HỢP MINH HỌA (cases.json)\n")
	for i, c := range res.cases {
		fmt.Fprintf(w, "\n%d. %s\n", i+1, c.Title)
		if c.Verdict == nil {
			fmt.Fprintf(w, "Không xét: %s\n", c.Refused)
			continue
		}
		fmt.Fprint(w, c.Verdict.Text())
	}
	decided := metrics.NewDate(2026, 1, 15)
	fmt.Fprintf(w, "\n%d. Giấy khen theo Nghị định 152/2025/NĐ-CP, quyết định ngày %s:\n", len(res.cases)+1, decided)
	for _, kind := range []awards.SubjectKind{awards.Individual, awards.Collective, awards.Household} {
		r, err := awards.Price(awards.Grant{Award: awards.GiayKhen, Subject: kind, Decided: decided})
		if err != nil {
			fmt.Fprintf(w, "- %s: %v\n", kind, err)
			continue
		}
		note := ""
		if t := r.ReadingText(); t != "" {
			note = " (" + t + ")"
		}
		fmt.Fprintf(w, "- %s: %s%s; %s\n", kind, r.Amount, note, r.Coefficient.Citation)
	}
}

// summary writes the number of verdicts of each outcome per award.
func (res *result) summary(w io.Writer) {
	counts := map[string]*[4]int{}
	var order []string
	for _, v := range append(append([]awards.Verdict(nil), res.people...), res.units...) {
		name := v.Award.Name
		if counts[name] == nil {
			counts[name] = new([4]int)
			order = append(order, name)
		}
		counts[name][v.Outcome]++
	}
	rows := [][]string{{"Danh hiệu, hình thức", "Đủ tiêu chuẩn", "Để xét chọn", "Không đủ", "Chưa xác định"}}
	for _, name := range order {
		c := counts[name]
		rows = append(rows, []string{name, fmt.Sprint(c[awards.Eligible]), fmt.Sprint(c[awards.EligibleForSelection]),
			fmt.Sprint(c[awards.NotEligible]), fmt.Sprint(c[awards.Undetermined])})
	}
	texttable.Write(w, rows, []bool{false, true, true, true, true})
}

func (res *result) json(o options) any {
	type line struct {
		Award      awards.ID `json:"award"`
		Subject    string    `json:"subject"`
		Recipients int       `json:"recipients"`
		Unit       string    `json:"unit_amount"`
		Total      string    `json:"total"`
		Fund       string    `json:"fund"`
		Citations  []string  `json:"citations"`
		Unverified bool      `json:"unverified,omitempty"`
	}
	type fund struct {
		Fund  string `json:"fund"`
		Total string `json:"total"`
	}
	out := struct {
		Year     int              `json:"year"`
		Agency   string           `json:"agency"`
		Decided  string           `json:"decided"`
		Verdicts []awards.Verdict `json:"verdicts"`
		Issues   []awards.Issue   `json:"issues"`
		Money    []line           `json:"money"`
		Funds    []fund           `json:"funds"`
		Total    string           `json:"total"`
		Cases    []shown          `json:"cases,omitempty"`
	}{Year: o.year, Agency: o.agency, Decided: o.decided.ISO(), Issues: []awards.Issue{}, Cases: res.cases}
	out.Verdicts = append(append(out.Verdicts, res.people...), res.units...)
	out.Issues = append(out.Issues, res.batch.Issues...) // an issue marshals its subjects only with -personal
	for _, l := range res.payout.Lines {
		var cites []string
		for _, c := range l.Reward.Citations() {
			cites = append(cites, c.String())
		}
		out.Money = append(out.Money, line{Award: l.Payment.Grant.Award, Subject: l.Payment.Grant.Subject.String(), Recipients: l.Payment.Recipients,
			Unit: plain(l.Reward.Amount), Total: plain(l.Total), Fund: l.Payment.Fund(), Citations: cites, Unverified: l.Reward.Unverified()})
	}
	for _, f := range res.payout.Funds {
		out.Funds = append(out.Funds, fund{Fund: f.Fund, Total: plain(f.Total.Value)})
	}
	out.Total = plain(res.payout.Total)
	return out
}

// plain writes an amount in the machine form: digits, no grouping.
func plain(a metrics.Amount) string {
	b, _ := a.MarshalText()
	return strings.TrimSuffix(string(b), " VND")
}
