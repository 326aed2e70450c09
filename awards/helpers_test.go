package awards

import (
	"github.com/tdkt-vn/tdkt/metrics"
)

// A small language for test records.

type mod func(*Record)

// person is a civil servant recruited in 2010 and rated "hoàn thành tốt
// nhiệm vụ" every year from 2015 to 2026, registered and active.
func person(mods ...mod) *Record {
	r := &Record{ID: "P", Name: "Người thử", Kind: Individual, Recruited: metrics.MustDate("01/09/2010")}
	for y := 2015; y <= 2026; y++ {
		r.Years = append(r.Years, Year{Year: y, Rating: CompletedWell, Registered: Yes, Active: Yes})
	}
	for _, m := range mods {
		m(r)
	}
	return r
}

// unit is a collective of the given size in every year from 2015 to 2026,
// rated "hoàn thành tốt nhiệm vụ", active, united.
func unit(mods ...mod) *Record {
	r := &Record{ID: "U", Name: "Phòng thử", Kind: Collective}
	for y := 2015; y <= 2026; y++ {
		r.Years = append(r.Years, Year{Year: y, Rating: CompletedWell, Registered: Yes, Active: Yes, Solidarity: Yes, Thrift: Yes,
			Members: &Members{Total: 10, Completed: 10, LDTT: 6, CSTDCS: 1}})
	}
	for _, m := range mods {
		m(r)
	}
	return r
}

func rated(rt Rating, years ...int) mod {
	return func(r *Record) {
		for _, y := range years {
			r.Year(y).Rating = rt
		}
	}
}

func active(t Tri, y int) mod      { return func(r *Record) { r.Year(y).Active = t } }
func registered(t Tri, y int) mod  { return func(r *Record) { r.Year(y).Registered = t } }
func recruited(d string) mod       { return func(r *Record) { r.Recruited = metrics.MustDate(d) } }
func category(c Category) mod      { return func(r *Record) { r.Category = c } }
func blocRank(rank, y int) mod     { return func(r *Record) { r.Year(y).BlocRank = rank } }
func members(y int, m Members) mod { return func(r *Record) { r.Year(y).Members = &m } }

func honours(id ID, years ...int) mod {
	return func(r *Record) {
		for _, y := range years {
			r.Honours = append(r.Honours, Honour{Award: id, Year: y})
		}
	}
}

func stage(id ID, first, last int) mod {
	return func(r *Record) { r.Honours = append(r.Honours, Honour{Award: id, FromYear: first, Year: last}) }
}

func initiatives(scope Scope, kind InitiativeKind, years ...int) mod {
	return func(r *Record) {
		for _, y := range years {
			r.Initiatives = append(r.Initiatives, InitiativeRecord{Kind: kind, Scope: scope, Year: y})
		}
	}
}

func disciplined(f DisciplineForm, from, to string) mod {
	return func(r *Record) {
		d := Discipline{Form: f, From: metrics.MustDate(from)}
		if to != "" {
			d.To = metrics.MustDate(to)
		}
		r.Discipline = append(r.Discipline, d)
	}
}

func claim(id ID, point string, y int) mod {
	return func(r *Record) {
		r.Claims = append(r.Claims, Claim{Award: id, Point: point, Year: y, Text: "thành tích thử"})
	}
}

func finding(v Verdict, ruleID string) (Finding, bool) {
	for _, f := range v.WithPersonalData().Findings() {
		if f.RuleID() == ruleID {
			return f, true
		}
	}
	return Finding{}, false
}

// atEnd is a decision on the last day of year y: judged by the regime of
// that year.
func atEnd(y int) metrics.Date { return metrics.NewDate(y, 12, 31) }

func absent(k AbsenceKind, from, to string, good Tri) mod {
	return func(r *Record) {
		r.Absences = append(r.Absences, Absence{Kind: k, From: metrics.MustDate(from), To: metrics.MustDate(to), GoodResult: good})
	}
}
