package awards

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// The building blocks of the national rules. Each returns a check and the
// matching explanation, so that a rule reads as data.

func ratingCheck(min Rating) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		y := in.Period.Last
		r := in.Record.rating(y)
		var f Facts
		f.AddYear(y, r)
		switch {
		case r == NotRated:
			return Indeterminate, f
		case r >= min:
			return Met, f
		}
		return NotMet, f
	}
}

func explainRatings(f Facts, p Period) string {
	parts := make([]string, f.N)
	for i := range parts {
		parts[i] = p.yearLabel(int(f.Years[i])) + ": " + f.Ratings[i].String()
	}
	return strings.Join(parts, "; ")
}

func triCheck(get func(*Year) Tri) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		y := in.Period.Last
		var f Facts
		f.AddYear(y, NotRated)
		yr := in.Record.Year(y)
		if yr == nil {
			return Indeterminate, f
		}
		switch get(yr) {
		case Yes:
			f.Count = 1
			return Met, f
		case No:
			f.Count = 2
			return NotMet, f
		}
		return Indeterminate, f
	}
}

func explainTri(f Facts, p Period) string {
	y := p.yearLabel(int(f.Years[0]))
	switch f.Count {
	case 1:
		return y + ": đơn vị đánh giá đạt"
	case 2:
		return y + ": đơn vị đánh giá không đạt"
	}
	return y + ": chưa có đánh giá của đơn vị"
}

// serviceCheck: continuous service of at least n months at the end of the
// period, counting its last day.
func serviceCheck(months func(RegimeParams) int) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		need := months(*in.params)
		f.Need = int32(need)
		start := in.Record.Recruited
		if start.IsZero() {
			return Indeterminate, f
		}
		end := in.Period.End()
		f.Date = start
		m, d := start.MonthsUntil(end.AddDays(1))
		f.Months, f.Days = int16(m), int16(d)
		if m >= need {
			return Met, f
		}
		return NotMet, f
	}
}

func minService(p RegimeParams) int { return p.MinService }

func explainService(f Facts, p Period) string {
	if f.Date.IsZero() {
		return "chưa có ngày tuyển dụng"
	}
	if f.Date.After(p.End()) {
		return fmt.Sprintf("tuyển dụng ngày %s, sau khi %s kết thúc (cần ít nhất %d tháng công tác)", f.Date, p, f.Need)
	}
	return fmt.Sprintf("tuyển dụng ngày %s, đến hết %s công tác được %d tháng %d ngày (cần ít nhất %d tháng)",
		f.Date, p.End(), f.Months, f.Days, f.Need)
}

// disciplineCheck: no discipline of form bar or above whose period overlaps
// the evaluation period. bar 0 disables the rule.
func disciplineCheck(bar func(RegimeParams) DisciplineForm) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		b := bar(*in.params)
		if b == 0 {
			f.Need = -1
			return Met, f
		}
		f.Need = int32(b)
		start, end := in.Period.Start(), in.Period.End()
		for _, d := range in.Record.Discipline {
			if d.Form >= b && !d.From.After(end) && (d.To.IsZero() || !d.To.Before(start)) {
				f.Count++
				f.Form = d.Form
				f.Date = d.From
				return NotMet, f
			}
		}
		return Met, f
	}
}

// Facts of disciplineCheck: Need the bar (-1 when off), Count 1 and Form
// and Date the discipline found.
func explainDiscipline(f Facts, p Period) string {
	if f.Need == -1 {
		return "không áp dụng theo tham số"
	}
	bar := DisciplineForm(f.Need)
	if f.Count > 0 {
		return fmt.Sprintf("bị kỷ luật hình thức %s từ %s, trong %s (mức từ %s trở lên)", f.Form, f.Date, p, bar)
	}
	return fmt.Sprintf("không bị kỷ luật từ hình thức %s trở lên trong %s", bar, p)
}

// disciplineRunCheck (Decree 152/2025 Điều 4): achievements count only from
// the end of a discipline period, so a discipline that runs into the
// evaluation period leaves the period incomplete.
func disciplineRunCheck(in *Input) (Result, Facts) {
	var f Facts
	start, end := in.Period.Start(), in.Period.End()
	for _, d := range in.Record.Discipline {
		if !d.From.After(end) && (d.To.IsZero() || !d.To.Before(start)) {
			f.Count++
			f.Form = d.Form
			f.Date = d.To
			return NotMet, f
		}
	}
	return Met, f
}

func explainDisciplineRun(f Facts, p Period) string {
	if f.Count > 0 {
		if f.Date.IsZero() {
			return fmt.Sprintf("đang trong thời gian thi hành kỷ luật (%s) trong %s", f.Form, p)
		}
		return fmt.Sprintf("thời gian thi hành kỷ luật (%s) kéo dài đến %s, trong %s", f.Form, f.Date, p)
	}
	return fmt.Sprintf("không có thời gian thi hành kỷ luật trong %s", p)
}

func categoryCheck(want Category) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		f.Text = in.Record.Category.String()
		if in.Record.Category == want {
			return Met, f
		}
		return NotMet, f
	}
}

// meetsCheck: the subject meets the standard of award in the last year.
// Facts: Count 1 met, 2 not met, 0 undetermined.
func meetsCheck(award ID) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		y := in.Period.Last
		var f Facts
		f.AddYear(y, NotRated)
		res := in.Meets(award, y)
		f.Count = meetsCount(res)
		return res, f
	}
}

func meetsCount(r Result) int32 {
	switch r {
	case Met:
		return 1
	case NotMet:
		return 2
	}
	return 0
}

// explainMeets: an undetermined standard never reads "chưa đạt", which
// means not met.
func explainMeets(name string) func(Facts, Period) string {
	return func(f Facts, p Period) string {
		y := p.yearLabel(int(f.Years[0]))
		switch f.Count {
		case 1:
			return y + ": đạt tiêu chuẩn " + name
		case 2:
			return y + ": không đạt tiêu chuẩn " + name
		}
		return y + ": chưa xác định được việc đạt tiêu chuẩn " + name
	}
}

// initiativeCheck counts initiatives (or projects) of the given kinds whose
// scope is at least min, recognised in the years of the window.
func initiativeCheck(kinds []InitiativeKind, min Scope, need int, window func(*Input) (int, int)) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		from, to := window(in)
		var f Facts
		f.Need = int32(need)
		f.Years[0], f.Years[1] = int16(from), int16(to)
		f.N = 2
		for _, it := range in.Record.Initiatives {
			if it.Year < from || it.Year > to || it.Scope < min {
				continue
			}
			for _, k := range kinds {
				if it.Kind == k {
					f.Count++
					break
				}
			}
		}
		if int(f.Count) >= need {
			return Met, f
		}
		return NotMet, f
	}
}

func explainInitiatives(what string) func(Facts, Period) string {
	return func(f Facts, p Period) string {
		span := p.yearLabel(int(f.Years[0]))
		if f.Years[0] != f.Years[1] {
			span = "từ " + p.yearLabel(int(f.Years[0])) + " đến " + p.yearLabel(int(f.Years[1]))
		}
		return fmt.Sprintf("%d %s được công nhận %s (cần %d)", f.Count, what, span, f.Need)
	}
}

func lastYear(in *Input) (int, int) { return in.Period.Last, in.Period.Last }
func lastYears(n int) func(*Input) (int, int) {
	return func(in *Input) (int, int) { return in.Period.Last - n + 1, in.Period.Last }
}

// heldOrMeets reports whether the subject received award for year y or,
// for the last year of the period, meets its standard now (a proposal made
// in the same round).
func heldOrMeets(in *Input, award ID, y int) bool {
	if in.Record.has(award, y) {
		return true
	}
	return y == in.Period.Last && in.Meets(award, y) == Met
}

// consecutiveCheck: award held in each of the last n years.
func consecutiveCheck(award ID, n int) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		f.Need = int32(n)
		last := in.Period.Last
		for y := last - n + 1; y <= last; y++ {
			if heldOrMeets(in, award, y) {
				f.Count++
				f.AddYear(y, NotRated)
			}
		}
		if int(f.Count) == n {
			return Met, f
		}
		return NotMet, f
	}
}

func explainTitleYears(name string) func(Facts, Period) string {
	return func(f Facts, p Period) string {
		if f.N == 0 {
			return fmt.Sprintf("chưa có năm nào đạt %s trong %d năm gần nhất (cần %02d lần liên tục)", name, f.Need, f.Need)
		}
		return fmt.Sprintf("đạt %s các năm %s (cần %02d lần liên tục)", name, yearList(f, p), f.Need)
	}
}

func yearList(f Facts, p Period) string {
	parts := make([]string, f.N)
	for i := range parts {
		parts[i] = p.yearLabel(int(f.Years[i]))
	}
	return strings.Join(parts, ", ")
}

// consecutiveStagesCheck: two consecutive multi-year titles (CSTĐ Bộ/tỉnh),
// the second ending in the last year of the period.
func consecutiveStagesCheck(award ID) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		f.Need = 2
		last := in.Period.Last
		for _, h2 := range in.Record.Honours {
			if h2.Award != award || h2.Year != last {
				continue
			}
			f.Count = 1
			f.Years[0], f.Years[1] = int16(h2.First()), int16(h2.Year)
			f.N = 2
			for _, h1 := range in.Record.Honours {
				if h1.Award == award && h1.Year == h2.First()-1 {
					f.Count = 2
					f.Years[2], f.Years[3] = int16(h1.First()), int16(h1.Year)
					f.N = 4
					return Met, f
				}
			}
		}
		return NotMet, f
	}
}

func explainStages(f Facts, p Period) string {
	switch f.Count {
	case 0:
		return fmt.Sprintf("chưa được tặng danh hiệu Chiến sĩ thi đua Bộ, ban, ngành, tỉnh kết thúc năm %d", p.Last)
	case 1:
		return fmt.Sprintf("được tặng 01 lần (%d-%d), chưa có lần liên tục trước đó", f.Years[0], f.Years[1])
	}
	return fmt.Sprintf("được tặng 02 lần liên tục (%d-%d và %d-%d)", f.Years[2], f.Years[3], f.Years[0], f.Years[1])
}

// streakCheck: after the latest prerequisite award (held before the last
// year), a run of at least n consecutive years rated min or above that ends
// in the last year of the period; within the run, at least titles of
// titleAward (held or met now) and at least excellent years rated
// "hoàn thành xuất sắc nhiệm vụ", and at least inits initiatives of scope
// initScope.
type streak struct {
	prereq     ID
	min        Rating
	years      int
	titleAward ID
	titles     int
	excellent  int
	inits      int
	initScope  Scope
	// heldOnly counts titleAward only where a decision conferred it
	// (Giấy khen has no national standard to meet now).
	heldOnly bool
}

// Facts of a streak: Years[0] the prerequisite's year (0 if none),
// Years[1] the first year of the run, Count the run's length, Need the
// years needed; Months the titles found, Days the excellent years, Form
// (reused as a small counter) the initiatives found.
func (s streak) check(in *Input) (Result, Facts) {
	var f Facts
	f.Need = int32(s.years)
	f.N = 2
	last := in.Period.Last
	pre := 0
	for _, h := range in.Record.Honours {
		if h.Award == s.prereq && h.Year < last && h.Year > pre {
			pre = h.Year
		}
	}
	if pre == 0 {
		return NotMet, f
	}
	f.Years[0] = int16(pre)
	first := last + 1
	for y := last; y > pre; y-- {
		r := in.Record.rating(y)
		if r == NotRated && y == last {
			return Indeterminate, f
		}
		if r < s.min {
			break
		}
		first = y
	}
	f.Years[1] = int16(first)
	f.Count = int32(last - first + 1)
	titles, excellent, inits := 0, 0, 0
	for y := first; y <= last; y++ {
		if s.titleAward != "" && (in.Record.has(s.titleAward, y) || !s.heldOnly && heldOrMeets(in, s.titleAward, y)) {
			titles++
		}
		if in.Record.rating(y) == CompletedExcellently {
			excellent++
		}
	}
	for _, it := range in.Record.Initiatives {
		if it.Year >= first && it.Year <= last && it.Scope >= s.initScope {
			inits++
		}
	}
	f.Months, f.Days, f.Form = int16(titles), int16(excellent), DisciplineForm(min(inits, 255))
	if int(f.Count) >= s.years && titles >= s.titles && excellent >= s.excellent && inits >= s.inits {
		return Met, f
	}
	return NotMet, f
}

func (s streak) explain(f Facts, p Period) string {
	pre, _ := Lookup(s.prereq)
	if f.Years[0] == 0 {
		return "chưa được tặng " + pre.Name + " trước " + p.String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "được tặng %s năm %d; ", pre.Name, f.Years[0])
	if f.Count == 0 {
		fmt.Fprintf(&b, "năm %s không đạt mức %s", p.yearLabel(p.Last), s.min)
	} else {
		fmt.Fprintf(&b, "%d năm liên tục từ %s đến %s đạt mức %s trở lên (cần %d)",
			f.Count, p.yearLabel(int(f.Years[1])), p.yearLabel(p.Last), s.min, s.years)
	}
	if s.titles > 0 {
		t, _ := Lookup(s.titleAward)
		fmt.Fprintf(&b, "; trong đó %d lần đạt %s (cần %d)", f.Months, t.Name, s.titles)
	}
	if s.excellent > 0 {
		fmt.Fprintf(&b, "; %d năm hoàn thành xuất sắc nhiệm vụ (cần %d)", f.Days, s.excellent)
	}
	if s.inits > 0 {
		fmt.Fprintf(&b, "; %d sáng kiến %s (cần %d)", int(f.Form), s.initScope, s.inits)
	}
	return b.String()
}

// yearsRatedCheck: each of the last n years rated min or above.
func yearsRatedCheck(min Rating, n int) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		f.Need = int32(n)
		res := Met
		for y := in.Period.Last - n + 1; y <= in.Period.Last; y++ {
			r := in.Record.rating(y)
			f.AddYear(y, r)
			switch {
			case r == NotRated && res == Met:
				res = Indeterminate
			case r != NotRated && r < min:
				res = NotMet
			}
		}
		return res, f
	}
}

// claimCheck: the proposing unit states an achievement under one of the
// points of the article.
func claimCheck(award ID, points ...string) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		for _, c := range in.Record.Claims {
			if c.Award != award || c.Year < in.Period.First || c.Year > in.Period.Last {
				continue
			}
			for _, p := range points {
				if c.Point == p && in.proposed(p) {
					f.Text = "điểm " + c.Point + ": " + c.Text
					return Met, f
				}
			}
		}
		f.Text = "đơn vị chưa nêu thành tích theo điểm " + strings.Join(points, ", ") + "; hội đồng thi đua, khen thưởng xem xét"
		return Indeterminate, f
	}
}

// membersCheck reads the collective's members in the last year.
func membersCheck(test func(*Input, *Members, *Facts) Result) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		y := in.Period.Last
		f.AddYear(y, NotRated)
		yr := in.Record.Year(y)
		if yr == nil || yr.Members == nil || yr.Members.Total == 0 {
			f.Need = -1
			return Indeterminate, f
		}
		return test(in, yr.Members, &f), f
	}
}

// share returns part/total as a percentage with two decimals for display.
func sharePct(part, total int) string {
	p := decimal.New(int64(part)*100, 0).DivRound(decimal.New(int64(total), 0), 2)
	return strings.Replace(p.String(), ".", ",", 1) + "%"
}

func explainMembers(f Facts, p Period) string {
	if f.Need == -1 {
		return p.yearLabel(int(f.Years[0])) + ": chưa có số liệu thành viên"
	}
	return f.Text
}

func blocLeaderCheck(in *Input) (Result, Facts) {
	var f Facts
	y := in.Period.Last
	f.AddYear(y, NotRated)
	yr := in.Record.Year(y)
	if yr == nil || yr.BlocRank == 0 {
		return Indeterminate, f
	}
	f.Count = int32(yr.BlocRank)
	if yr.BlocRank == 1 {
		return Met, f
	}
	return NotMet, f
}

func explainBloc(f Facts, p Period) string {
	y := p.yearLabel(int(f.Years[0]))
	if f.Count == 0 {
		return y + ": chưa có kết quả xếp hạng trong cụm, khối thi đua"
	}
	return y + ": xếp thứ " + strconv.Itoa(int(f.Count)) + " trong cụm, khối thi đua"
}

// registeredCheck: under the 2003 law a title needs registration for
// emulation in the year.
var registeredCheck = triCheck(func(y *Year) Tri { return y.Registered })

func explainRegistered(f Facts, p Period) string {
	y := p.yearLabel(int(f.Years[0]))
	switch f.Count {
	case 1:
		return y + ": có đăng ký thi đua"
	case 2:
		return y + ": không đăng ký thi đua"
	}
	return y + ": chưa có thông tin đăng ký thi đua"
}

// absenceCheck reads long absences in the period. Maternity leave and
// treatment count as time at work; training of a year or more counts when
// its result is good, where the regime says so (goodResult true), and
// otherwise counts outright.
func absenceCheck(goodResult bool) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		start, end := in.Period.Start(), in.Period.End()
		res := Met
		for _, a := range in.Record.Absences {
			if a.From.After(end) || a.To.Before(start) {
				continue
			}
			f.Count++
			f.Form = DisciplineForm(a.Kind) // the last kind seen, for the explanation
			if a.Kind != Training || !goodResult {
				continue
			}
			if m, _ := a.From.MonthsUntil(a.To.AddDays(1)); m < 12 {
				continue
			}
			f.Need++
			switch a.GoodResult {
			case No:
				res = NotMet
			case Unknown:
				if res == Met {
					res = Indeterminate
				}
			}
		}
		return res, f
	}
}

func explainAbsence(f Facts, p Period) string {
	if f.Count == 0 {
		return "không có thời gian nghỉ dài ngày trong " + p.String()
	}
	s := fmt.Sprintf("%d thời gian nghỉ dài ngày trong %s (gần nhất: %s), được tính là thời gian công tác", f.Count, p, AbsenceKind(f.Form))
	if f.Need > 0 {
		s += fmt.Sprintf("; %d khóa đào tạo từ 01 năm trở lên, cần kết quả học tập từ loại khá trở lên", f.Need)
	}
	return s
}

// centralBlocCheck: the collective leads a cluster or bloc organised by
// the Central Emulation and Commendation Council (khoản 2 Điều 25 Luật
// 2022; khoản 2 Điều 11 Nghị định 91/2017). Rank 0 is no such cluster:
// not met, as this is one branch of several.
func centralBlocCheck(in *Input) (Result, Facts) {
	var f Facts
	y := in.Period.Last
	f.AddYear(y, NotRated)
	yr := in.Record.Year(y)
	if yr != nil {
		f.Count = int32(yr.CentralBlocRank)
	}
	if f.Count == 1 {
		return Met, f
	}
	return NotMet, f
}

func explainCentralBloc(f Facts, p Period) string {
	y := p.yearLabel(int(f.Years[0]))
	if f.Count == 0 {
		return y + ": không xếp hạng trong cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức"
	}
	return y + ": xếp thứ " + strconv.Itoa(int(f.Count)) + " trong cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức"
}

// movementCheck: the collective was chosen to lead, at its review in the
// period, a movement launched by one of by that ran at least 5 calendar
// years. Facts: Count the longest such run, Need 5, Years[0] its last year.
func movementCheck(by ...Launcher) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		f := Facts{Need: 5}
		for _, m := range in.Record.Movements {
			if !slices.Contains(by, m.LaunchedBy) || m.ToYear < in.Period.First || m.ToYear > in.Period.Last {
				continue
			}
			if n := int32(m.ToYear - m.FromYear + 1); n > f.Count {
				f.Count = n
				f.N, f.Years[0] = 1, int16(m.ToYear)
			}
		}
		if f.Count >= f.Need {
			return Met, f
		}
		return NotMet, f
	}
}

func explainMovement(f Facts, p Period) string {
	if f.Count == 0 {
		return "không dẫn đầu phong trào thi đua nào được sơ kết, tổng kết trong kỳ"
	}
	return "dẫn đầu phong trào thi đua thực hiện " + strconv.Itoa(int(f.Count)) + " năm, sơ kết, tổng kết năm " +
		strconv.Itoa(int(f.Years[0])) + " (cần từ 05 năm trở lên)"
}

// solidarityThriftCheck: internal solidarity and the lead in thrift, both
// assessed by the unit in the last year. Facts.Count: 1 met, 2 not met;
// Need marks which is missing (1 solidarity, 2 thrift, 3 both).
func solidarityThriftCheck(in *Input) (Result, Facts) {
	var f Facts
	y := in.Period.Last
	f.AddYear(y, NotRated)
	yr := in.Record.Year(y)
	if yr == nil {
		f.Need = 3
		return Indeterminate, f
	}
	res := Met
	for i, t := range [2]Tri{yr.Solidarity, yr.Thrift} {
		switch t {
		case No:
			res = NotMet
		case Unknown:
			res = and(res, Indeterminate)
			f.Need |= 1 << i
		}
	}
	switch res {
	case Met:
		f.Count = 1
	case NotMet:
		f.Count = 2
	}
	return res, f
}

func explainSolidarityThrift(f Facts, p Period) string {
	y := p.yearLabel(int(f.Years[0]))
	switch {
	case f.Count == 1:
		return y + ": đơn vị đánh giá đạt"
	case f.Count == 2:
		return y + ": đơn vị đánh giá không đạt"
	case f.Need == 1:
		return y + ": chưa có đánh giá của đơn vị về nội bộ đoàn kết"
	case f.Need == 2:
		return y + ": chưa có đánh giá của đơn vị về thực hành tiết kiệm, chống lãng phí"
	}
	return y + ": chưa có đánh giá của đơn vị"
}

// allTriCheck: every assessment of the unit in the last year; Facts.Count
// 1 met, 2 not met, 0 not assessed (as triCheck, for explainTri).
func allTriCheck(gets ...func(*Year) Tri) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		y := in.Period.Last
		f.AddYear(y, NotRated)
		yr := in.Record.Year(y)
		if yr == nil {
			return Indeterminate, f
		}
		res := Met
		for _, get := range gets {
			switch get(yr) {
			case No:
				res = NotMet
			case Unknown:
				res = and(res, Indeterminate)
			}
		}
		switch res {
		case Met:
			f.Count = 1
		case NotMet:
			f.Count = 2
		}
		return res, f
	}
}
