package awards

import (
	"errors"
	"fmt"
	"sort"

	"github.com/tdkt-vn/tdkt/metrics"
)

// ErrNoRegime reports a date before every legal regime the library encodes
// (the first is the 2003 law with Decree 91/2017, from 01/10/2017).
// Like the other sentinels of the package it has no prefix of its own:
// the error that wraps it carries the package's.
var ErrNoRegime = errors.New("no legal regime in force on that date")

// RegimeID names a legal regime.
type RegimeID string

// The regimes, oldest first.
const (
	// Law2003ND91 is the 2003 law as amended in 2005, 2009 and 2013, with
	// Decree 91/2017/NĐ-CP (in force 01/10/2017) until 31/12/2023.
	Law2003ND91 RegimeID = "luat2003-nd91"
	// Law2022ND98 is Law 06/2022/QH15 with Decree 98/2023/NĐ-CP and
	// Circular 01/2024/TT-BNV, 01/01/2024 – 30/06/2025.
	Law2022ND98 RegimeID = "luat2022-nd98"
	// Law2022ND152 is Law 06/2022/QH15 with Decree 152/2025/NĐ-CP, which
	// ended Decree 98/2023 (ND 152 Điều 59 k2), from 01/07/2025.
	Law2022ND152 RegimeID = "luat2022-nd152"
)

// Regime is a named set of rules in force for a period of time. It is a
// value: what the package hands out is a copy.
type Regime struct {
	ID   RegimeID
	Name string       // Vietnamese, e.g. "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP"
	From metrics.Date // first day in force
	To   metrics.Date // last day in force; zero while in force

	documents []Citation // read through Documents, which copies
}

// Documents returns the law, decree and circulars of the regime, with the
// evidence of their dates.
func (r Regime) Documents() []Citation { return append([]Citation(nil), r.documents...) }

// Contains reports whether the regime is in force on d.
func (r Regime) Contains(d metrics.Date) bool {
	return !d.Before(r.From) && (r.To.IsZero() || !d.After(r.To))
}

// old reports whether r is the 2003-law regime.
func (r Regime) old() bool { return r.ID == Law2003ND91 }

var regimes = []Regime{
	{
		ID:   Law2003ND91,
		Name: "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2013) và Nghị định 91/2017/NĐ-CP",
		From: metrics.NewDate(2017, 10, 1), To: metrics.NewDate(2023, 12, 31),
		documents: []Citation{
			{Document: Law2003, Note: "hiệu lực từ 01/7/2004"},
			{Document: ND91, Note: "hiệu lực từ 01/10/2017"},
			{Document: Law2022, Article: 94, Clause: 2, Note: "chấm dứt hiệu lực của Luật năm 2003 từ 01/01/2024"},
		},
	},
	{
		ID:   Law2022ND98,
		Name: "Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP",
		From: metrics.NewDate(2024, 1, 1), To: metrics.NewDate(2025, 6, 30),
		documents: []Citation{
			{Document: Law2022, Article: 94, Clause: 1, Note: "hiệu lực từ 01/01/2024"},
			{Document: ND98, Note: "hiệu lực từ 01/01/2024"},
			{Document: TT01, Note: "hiệu lực từ 15/4/2024"},
		},
	},
	{
		ID:   Law2022ND152,
		Name: "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP",
		From: metrics.NewDate(2025, 7, 1),
		documents: []Citation{
			{Document: Law2022, Article: 94, Clause: 1},
			{Document: ND152, Article: 59, Note: "hiệu lực từ 01/7/2025; Nghị định 98/2023/NĐ-CP hết hiệu lực"},
			{Document: TT15, Evidence: Unverified, Note: "ngày hiệu lực và việc thay thế Thông tư 01/2024/TT-BNV chưa xác minh"},
		},
	},
}

// Regimes returns the regimes the library encodes, oldest first.
func Regimes() []Regime { return append([]Regime(nil), regimes...) }

// RegimeAt returns the regime in force on d: the one with the latest start
// not after d. A date before every regime is an error wrapping [ErrNoRegime].
func RegimeAt(d metrics.Date) (Regime, error) {
	g, err := regimeAt(d)
	if err != nil {
		return Regime{}, prefixed(err)
	}
	return *g, nil
}

func regimeAt(d metrics.Date) (*Regime, error) {
	i := sort.Search(len(regimes), func(i int) bool { return d.Before(regimes[i].From) })
	if i == 0 {
		return nil, fmt.Errorf("%s: %w (the earliest encoded regime starts %s)", d, ErrNoRegime, regimes[0].From)
	}
	return &regimes[i-1], nil
}

// LookupRegime returns the regime with the given ID.
func LookupRegime(id RegimeID) (Regime, bool) {
	for _, r := range regimes {
		if r.ID == id {
			return r, true
		}
	}
	return Regime{}, false
}
