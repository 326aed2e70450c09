package awards

import (
	"errors"
	"fmt"
	"sort"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/source"
)

// ErrNoCoefficient reports a title or form for which the tables in force
// on the decision date give no reward coefficient.
var ErrNoCoefficient = errors.New("no reward coefficient")

// BaseSalary is the base salary ("mức lương cơ sở") from a date.
type BaseSalary struct {
	From     metrics.Date
	Amount   metrics.Amount
	Citation Citation
}

// GrantorLevel distinguishes grantors where the coefficient depends on
// who decides (Giấy khen).
type GrantorLevel uint8

const (
	HeadOfUnit   GrantorLevel = iota // thủ trưởng cơ quan, đơn vị (default)
	CommuneChair                     // Chủ tịch UBND cấp xã
)

// Coefficient is the reward of a title or form as a multiple of the base
// salary, for one kind of subject.
type Coefficient struct {
	Award    ID
	Subject  SubjectKind // Individual, Collective or Household
	Grantor  GrantorLevel
	Value    decimal.Decimal
	Citation Citation
	// Multiple is the collective's or household's reward as a multiple of
	// the individual's ("gấp hai lần"; 1,5 lần for a household under Decree
	// 152/2025); Value is then the individual's. Zero means none: Value is
	// the subject's own coefficient.
	Multiple decimal.Decimal
}

// MultipleReading is how a reward that is a multiple of the individual's
// is computed. No text seen settles it (the two differ by 10.000 đồng:
// Giấy khen of a commune chairman for a collective, base 2.340.000, is
// 720.000 or 710.000 đồng); it is an UNVERIFIED parameter, and each
// [Reward] says which reading it applied.
type MultipleReading uint8

const (
	// RoundThenMultiply, the default: the multiple of the individual's
	// reward as rounded, then rounded again (a household's 1,5 times may
	// fall between tens of thousands). Closest to the wording of Decree
	// 91/2017 ("gấp hai lần tiền thưởng đối với cá nhân").
	RoundThenMultiply MultipleReading = iota
	// MultiplyThenRound: (multiple × coefficient) × base salary, rounded
	// once.
	MultiplyThenRound
)

// String returns the reading in Vietnamese, as a reward states it.
func (m MultipleReading) String() string {
	return enumName(m, "MultipleReading",
		"gấp số lần mức thưởng cá nhân đã làm tròn, làm tròn lại (cách hiểu được chọn; chưa xác minh)",
		"hệ số nhân số lần × mức lương cơ sở, làm tròn một lần (cách hiểu được chọn; chưa xác minh)")
}

// CoefficientTable is the money rules of one decree, in force from From to
// To (zero while in force) by the date of the decision.
type CoefficientTable struct {
	Decree   string
	From, To metrics.Date
	Rows     []Coefficient
	// Rounding rounds the individual's reward (up to the next 10.000 đồng).
	Rounding     metrics.Rounding
	RoundingCite Citation
	// BaseCite cites the rule that the base salary is the one in force on
	// the decision date.
	BaseCite Citation
}

// MoneyTables are the base salaries and the coefficient tables.
type MoneyTables struct {
	BaseSalaries []BaseSalary       // sorted by From
	Tables       []CoefficientTable // sorted by From
	// Reading is how a collective's or household's multiple of the
	// individual's reward is computed: UNVERIFIED, see [MultipleReading].
	Reading MultipleReading
}

func (m *MoneyTables) validate() error {
	for i := 1; i < len(m.BaseSalaries); i++ {
		if !m.BaseSalaries[i-1].From.Before(m.BaseSalaries[i].From) {
			return fmt.Errorf("money tables: base salaries not in date order at %s", m.BaseSalaries[i].From)
		}
	}
	for _, b := range m.BaseSalaries {
		if b.Amount.Currency() != metrics.VND || b.Amount.Sign() <= 0 {
			return fmt.Errorf("money tables: base salary from %s is %s; want a positive amount in VND", b.From, b.Amount)
		}
	}
	if m.Reading > MultiplyThenRound {
		return fmt.Errorf("money tables: unknown reading %d", m.Reading)
	}
	for i := 1; i < len(m.Tables); i++ {
		if !m.Tables[i-1].From.Before(m.Tables[i].From) {
			return fmt.Errorf("money tables: coefficient tables not in date order at %s", source.Quote(m.Tables[i].Decree))
		}
	}
	return nil
}

// clone returns a deep copy of m: tables with their own rows.
func (m *MoneyTables) clone() *MoneyTables {
	c := &MoneyTables{BaseSalaries: append([]BaseSalary(nil), m.BaseSalaries...), Tables: make([]CoefficientTable, len(m.Tables)), Reading: m.Reading}
	for i, t := range m.Tables {
		c.Tables[i] = t.clone()
	}
	return c
}

// clone returns a copy of t with its own rows.
func (t CoefficientTable) clone() CoefficientTable {
	t.Rows = append([]Coefficient(nil), t.Rows...)
	return t
}

// BaseSalaryAt returns the base salary in force on d.
func (m *MoneyTables) BaseSalaryAt(d metrics.Date) (BaseSalary, error) {
	b, err := m.baseSalaryAt(d)
	return b, prefixed(err)
}

func (m *MoneyTables) baseSalaryAt(d metrics.Date) (BaseSalary, error) {
	i := sort.Search(len(m.BaseSalaries), func(i int) bool { return d.Before(m.BaseSalaries[i].From) })
	if i == 0 {
		return BaseSalary{}, fmt.Errorf("no base salary in the tables on %s", d)
	}
	return m.BaseSalaries[i-1], nil
}

// TableAt returns a copy of the coefficient table in force on d.
func (m *MoneyTables) TableAt(d metrics.Date) (CoefficientTable, error) {
	t, err := m.tableAt(d)
	if err != nil {
		return CoefficientTable{}, prefixed(err)
	}
	return t.clone(), nil
}

func (m *MoneyTables) tableAt(d metrics.Date) (*CoefficientTable, error) {
	i := sort.Search(len(m.Tables), func(i int) bool { return d.Before(m.Tables[i].From) })
	if i == 0 || (!m.Tables[i-1].To.IsZero() && d.After(m.Tables[i-1].To)) {
		return nil, fmt.Errorf("%s: no decree on reward money in the tables: %w", d, ErrNoCoefficient)
	}
	return &m.Tables[i-1], nil
}

// DefaultMoney returns a deep copy of the library's money tables, to
// change and pass in [Config].Money: changing it changes nothing else.
func DefaultMoney() *MoneyTables { return defaultMoney.clone() }

func concat(parts ...[]Coefficient) []Coefficient {
	var out []Coefficient
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func vnd(s string) metrics.Amount  { return metrics.MustAmount(s, metrics.VND) }
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// rewardRounding is the rule of Decree 152/2025 Điều 49 k2, Decree
// 98/2023 Điều 53 k2 and Decree 91/2017 Điều 68 k2: the reward is rounded
// up to tens of thousands of đồng.
var rewardRounding = metrics.Rounding{Name: "làm tròn số lên hàng chục nghìn đồng", Mode: metrics.Ceiling, Places: -4}

func titleRows(c Citation, withLocal bool) []Coefficient {
	rows := []Coefficient{
		{Award: CSTDToanQuoc, Subject: Individual, Value: dec("4.5"), Citation: c},
		{Award: CSTDBoTinh, Subject: Individual, Value: dec("3"), Citation: c},
		{Award: CSTDCoSo, Subject: Individual, Value: dec("1"), Citation: c},
		{Award: LaoDongTienTien, Subject: Individual, Value: dec("0.3"), Citation: c},
		{Award: ChienSiTienTien, Subject: Individual, Value: dec("0.3"), Citation: c},
		{Award: TapTheXuatSac, Subject: Collective, Value: dec("1.5"), Citation: c},
		{Award: DonViQuyetThang, Subject: Collective, Value: dec("1.5"), Citation: c},
		{Award: TapTheTienTien, Subject: Collective, Value: dec("0.8"), Citation: c},
		{Award: DonViTienTien, Subject: Collective, Value: dec("0.8"), Citation: c},
		{Award: CoThiDuaChinhPhu, Subject: Collective, Value: dec("12"), Citation: c},
		{Award: CoThiDuaBoTinh, Subject: Collective, Value: dec("8"), Citation: c},
	}
	if withLocal {
		rows = append(rows,
			Coefficient{Award: XaPhuongTieuBieu, Subject: Collective, Value: dec("2"), Citation: c},
			Coefficient{Award: ThonToDanPhoVH, Subject: Collective, Value: dec("1.5"), Citation: c},
		)
	}
	return rows
}

func medalRows(c, double Citation) []Coefficient {
	var rows []Coefficient
	for _, m := range []struct {
		id ID
		v  string
	}{{HCSaoVang, "46"}, {HCHoChiMinh, "30.5"}, {HCLaoDongHang1, "9"}, {HCLaoDongHang2, "7.5"}, {HCLaoDongHang3, "4.5"}} {
		rows = append(rows,
			Coefficient{Award: m.id, Subject: Individual, Value: dec(m.v), Citation: c},
			Coefficient{Award: m.id, Subject: Collective, Value: dec(m.v), Citation: double, Multiple: two})
	}
	return rows
}

var (
	two      = decimal.New(2, 0)
	oneHalfX = decimal.New(15, -1)
)

// householdRows are the household rows of Decree 152/2025: 1,5 times the
// individual's reward (secondary source; article not seen).
func householdRows() []Coefficient {
	c := Citation{Document: ND152, Evidence: Secondary, Note: "hộ gia đình 1,5 lần mức thưởng cá nhân (bổ sung 2026-11b); điều, khoản chưa thấy"}
	return []Coefficient{
		{Award: BangKhenTTg, Subject: Household, Value: dec("3.5"), Multiple: oneHalfX, Citation: c},
		{Award: BangKhenBoTinh, Subject: Household, Value: dec("1.5"), Multiple: oneHalfX, Citation: c},
		{Award: GiayKhen, Subject: Household, Value: dec("0.3"), Multiple: oneHalfX, Citation: c},
		{Award: GiayKhen, Subject: Household, Grantor: CommuneChair, Value: dec("0.3"), Multiple: oneHalfX, Citation: c},
	}
}

var defaultMoney = &MoneyTables{
	BaseSalaries: []BaseSalary{
		{From: metrics.NewDate(2017, 7, 1), Amount: vnd("1300000"), Citation: Citation{Document: ND47, Evidence: Unverified, Note: "không có trong bảng dữ kiện; giá trị theo trí nhớ"}},
		{From: metrics.NewDate(2018, 7, 1), Amount: vnd("1390000"), Citation: Citation{Document: ND72, Evidence: Secondary, Note: "giá trị đã xác minh, văn bản chưa đối chiếu"}},
		{From: metrics.NewDate(2019, 7, 1), Amount: vnd("1490000"), Citation: cite(ND38, 0, 0, "")},
		{From: metrics.NewDate(2023, 7, 1), Amount: vnd("1800000"), Citation: cite(ND24, 0, 0, "")},
		{From: metrics.NewDate(2024, 7, 1), Amount: vnd("2340000"), Citation: cite(ND73, 3, 2, "")},
		{From: metrics.NewDate(2026, 7, 1), Amount: vnd("2530000"), Citation: Citation{Document: ND161, Article: 3, Clause: 2, Note: "bản chép toàn văn, đối chiếu nhiều nguồn"}},
	},
	Tables: []CoefficientTable{
		{
			Decree: ND91, From: metrics.NewDate(2017, 10, 1), To: metrics.NewDate(2023, 12, 31),
			Rows: concat(
				titleRows(Citation{Document: ND91, Evidence: Secondary, Note: "hệ số theo thuvienphapluat và Sở Nội vụ Nam Định; số điều chưa xác minh"}, false),
				medalRows(Citation{Document: ND91, Evidence: Unverified, Note: "hệ số Huân chương theo Nghị định 91/2017/NĐ-CP chưa xác minh; lấy như Nghị định 98/2023/NĐ-CP"},
					Citation{Document: ND91, Evidence: Unverified, Note: "tập thể gấp hai lần"}),
				[]Coefficient{
					Coefficient{Award: BangKhenTTg, Subject: Individual, Value: dec("3.5"), Citation: Citation{Document: ND91, Article: 73, Evidence: Secondary, Note: "muthibiscus.com, plo.vn"}},
					Coefficient{Award: BangKhenTTg, Subject: Collective, Value: dec("3.5"), Multiple: two, Citation: cite(ND91, 73, 0, "").secondary("lawnet.vn: tập thể gấp hai lần cá nhân")},
					Coefficient{Award: BangKhenBoTinh, Subject: Individual, Value: dec("1"), Citation: Citation{Document: ND91, Article: 73, Evidence: Secondary, Note: "hieuluat.vn, muthibiscus.com"}},
					Coefficient{Award: BangKhenBoTinh, Subject: Collective, Value: dec("1"), Multiple: two, Citation: cite(ND91, 73, 2, "").secondary("plo.vn: đối với tập thể, mức thưởng gấp hai lần")},
					Coefficient{Award: GiayKhen, Subject: Individual, Value: dec("0.3"), Citation: cite(ND91, 73, 1, "").secondary("thuvienphapluat 5153C")},
					Coefficient{Award: GiayKhen, Subject: Individual, Grantor: CommuneChair, Value: dec("0.15"), Citation: cite(ND91, 73, 1, "d")},
					Coefficient{Award: GiayKhen, Subject: Collective, Value: dec("0.3"), Multiple: two, Citation: cite(ND91, 73, 2, "b")},
					Coefficient{Award: GiayKhen, Subject: Collective, Grantor: CommuneChair, Value: dec("0.15"), Multiple: two, Citation: cite(ND91, 73, 2, "b")},
				},
			),
			Rounding: rewardRounding, RoundingCite: cite(ND91, 68, 2, ""),
			BaseCite: Citation{Document: ND91, Article: 68, Evidence: Unverified, Note: "mức lương cơ sở tại thời điểm ban hành quyết định: nguyên tắc như Điều 53 Nghị định 98/2023/NĐ-CP"},
		},
		{
			Decree: ND98, From: metrics.NewDate(2024, 1, 1), To: metrics.NewDate(2025, 6, 30),
			Rows: concat(
				titleRows(cite(ND98, 54, 0, ""), true),
				medalRows(cite(ND98, 55, 1, ""), cite(ND98, 55, 2, "")),
				[]Coefficient{
					Coefficient{Award: BangKhenTTg, Subject: Individual, Value: dec("3.5"), Citation: cite(ND98, 58, 1, "a").unverified("hệ số chưa thấy; giữ 3,5 như trước và sau")},
					Coefficient{Award: BangKhenTTg, Subject: Collective, Value: dec("3.5"), Multiple: two, Citation: cite(ND98, 58, 2, "").unverified("tập thể gấp hai lần: chưa thấy văn bản")},
					Coefficient{Award: BangKhenBoTinh, Subject: Individual, Value: dec("1"), Citation: cite(ND98, 58, 1, "b").unverified("1,0 hay 1,5: chưa thấy văn bản")},
					Coefficient{Award: BangKhenBoTinh, Subject: Collective, Value: dec("1"), Multiple: two, Citation: cite(ND98, 58, 2, "").unverified("tập thể gấp hai lần: chưa thấy văn bản")},
					Coefficient{Award: GiayKhen, Subject: Individual, Value: dec("0.3"), Citation: cite(ND98, 58, 1, "e").unverified("suy ra từ việc Nghị định 152/2025/NĐ-CP chỉ tăng mức của Chủ tịch UBND cấp xã")},
					Coefficient{Award: GiayKhen, Subject: Individual, Grantor: CommuneChair, Value: dec("0.15"), Citation: cite(ND98, 58, 1, "g")},
					Coefficient{Award: GiayKhen, Subject: Collective, Value: dec("0.3"), Multiple: two, Citation: cite(ND98, 58, 2, "c")},
					Coefficient{Award: GiayKhen, Subject: Collective, Grantor: CommuneChair, Value: dec("0.15"), Multiple: two, Citation: cite(ND98, 58, 2, "c")},
				},
			),
			Rounding: rewardRounding, RoundingCite: cite(ND98, 53, 2, ""),
			BaseCite: cite(ND98, 53, 1, ""),
		},
		{
			Decree: ND152, From: metrics.NewDate(2025, 7, 1),
			Rows: concat(
				titleRows(cite(ND152, 50, 0, ""), true),
				medalRows(cite(ND152, 51, 1, ""), cite(ND152, 51, 2, "")),
				[]Coefficient{
					Coefficient{Award: BangKhenTTg, Subject: Individual, Value: dec("3.5"), Citation: cite(ND152, 54, 1, "a")},
					Coefficient{Award: BangKhenTTg, Subject: Collective, Value: dec("3.5"), Multiple: two, Citation: collective152},
					Coefficient{Award: BangKhenBoTinh, Subject: Individual, Value: dec("1.5"), Citation: cite(ND152, 54, 1, "b")},
					Coefficient{Award: BangKhenBoTinh, Subject: Collective, Value: dec("1.5"), Multiple: two, Citation: collective152},
					Coefficient{Award: GiayKhen, Subject: Individual, Value: dec("0.3"), Citation: cite(ND152, 54, 1, "e")},
					Coefficient{Award: GiayKhen, Subject: Individual, Grantor: CommuneChair, Value: dec("0.3"), Citation: cite(ND152, 54, 1, "e")},
					Coefficient{Award: GiayKhen, Subject: Collective, Value: dec("0.3"), Multiple: two, Citation: collective152},
					Coefficient{Award: GiayKhen, Subject: Collective, Grantor: CommuneChair, Value: dec("0.3"), Multiple: two, Citation: collective152},
				},
				householdRows(),
			),
			Rounding:     rewardRounding,
			RoundingCite: cite(ND152, 49, 2, "").secondary("bổ sung 2026-11b"),
			BaseCite:     cite(ND152, 49, 1, "").secondary("bổ sung 2026-11b"),
		},
	},
}

// collective152 cites the collective rows of the forms of Decree
// 152/2025: twice the individual's (BK Thủ tướng 7, BK Bộ/tỉnh 3, Giấy
// khen 0,6), a secondary fact whose wording was not seen.
var collective152 = cite(ND152, 54, 0, "").secondary("tập thể gấp hai lần mức cá nhân (bổ sung 2026-11b); văn bản chưa thấy")

// Grant is one title or form conferred on one subject by a decision.
type Grant struct {
	Award   ID
	Subject SubjectKind  // Individual, Collective or Household
	Decided metrics.Date // the date of the decision: it chooses the base salary and the decree
	Grantor GrantorLevel // read for Giấy khen only
}

// Reward is the money that goes with one grant, with every step shown and
// the citations of each.
type Reward struct {
	Grant       Grant
	Decree      string // the decree on reward money in force on the decision date
	Coefficient Coefficient
	Base        BaseSalary
	// BaseCite cites the rule that the base salary is the one in force on
	// the decision date.
	BaseCite     Citation
	Raw          metrics.Amount   // coefficient × base salary, exact
	Rounding     metrics.Rounding // the rule that rounded Raw
	RoundingCite Citation         // its source
	Individual   metrics.Amount   // Raw rounded
	// Amount is what is paid: Individual, or the multiple of it that the
	// decree sets for a collective or a household, by Reading.
	Amount metrics.Amount
	// Reading is how the multiple was computed; read it only when
	// Coefficient.Multiple is set (see Multiplied).
	Reading MultipleReading
}

// Multiplied reports whether the amount is a multiple of the individual's,
// computed by the (UNVERIFIED) Reading.
func (r Reward) Multiplied() bool { return r.Coefficient.Multiple.Sign() > 0 }

// ReadingText says which reading computed a multiple, for a payout or a
// verdict: "tập thể: gấp số lần …"; "" when the reward is no multiple.
func (r Reward) ReadingText() string {
	if !r.Multiplied() {
		return ""
	}
	return r.Grant.Subject.String() + ": " + r.Reading.String()
}

// Unverified reports whether any step rests on a fact that is not verified.
func (r Reward) Unverified() bool {
	return r.Multiplied() || r.Coefficient.Citation.Evidence >= Unverified || r.Base.Citation.Evidence >= Unverified ||
		r.RoundingCite.Evidence >= Unverified || r.BaseCite.Evidence >= Unverified
}

// Citations lists the sources of the reward: coefficient, base salary,
// the rule that picks the base salary, and rounding.
func (r Reward) Citations() []Citation {
	return []Citation{r.Coefficient.Citation, r.Base.Citation, r.BaseCite, r.RoundingCite}
}

// Price returns the reward of g under the default tables.
func Price(g Grant) (Reward, error) { return defaultEvaluator.Price(g) }

// Price returns the reward of g: the coefficient of the decree in force on
// the decision date × the base salary in force on that date (Decree
// 152/2025 Điều 49 k1), rounded up to the next 10.000 đồng (Điều 49 k2),
// times the multiple the decree sets for a collective or a household, by
// the tables' [MultipleReading].
func (e *Evaluator) Price(g Grant) (Reward, error) {
	r, err := e.price(g)
	return r, prefixed(err)
}

func (e *Evaluator) price(g Grant) (Reward, error) {
	if _, ok := award(g.Award); !ok {
		return Reward{}, fmt.Errorf("%w %s", ErrUnknownAward, source.Quote(string(g.Award)))
	}
	if g.Decided.IsZero() {
		return Reward{}, fmt.Errorf("price %s: the decision date is needed to choose the base salary and the decree", g.Award)
	}
	t, err := e.money.tableAt(g.Decided)
	if err != nil {
		return Reward{}, err
	}
	base, err := e.money.baseSalaryAt(g.Decided)
	if err != nil {
		return Reward{}, err
	}
	// The row of the award, the subject and the grantor; where the
	// coefficient does not depend on who decides (one row for the award
	// and subject: all but Giấy khen), the grantor does not matter.
	var row, only *Coefficient
	rows := 0
	for i := range t.Rows {
		c := &t.Rows[i]
		if c.Award != g.Award || c.Subject != g.Subject {
			continue
		}
		if rows++; c.Grantor == g.Grantor {
			row = c
			break
		}
		only = c
	}
	if row == nil && rows == 1 {
		row = only
	}
	if row == nil {
		return Reward{}, fmt.Errorf("%s for %s under %s (chưa có hệ số cho %s theo văn bản này): %w", g.Award, g.Subject, t.Decree, g.Subject, ErrNoCoefficient)
	}
	raw, err := base.Amount.Mul(row.Value)
	if err != nil {
		return Reward{}, err
	}
	ind, err := raw.Round(t.Rounding)
	if err != nil {
		return Reward{}, err
	}
	amount := ind
	if row.Multiple.Sign() > 0 {
		x := ind
		if e.money.Reading == MultiplyThenRound {
			x = raw
		}
		if x, err = x.Mul(row.Multiple); err != nil {
			return Reward{}, err
		}
		if amount, err = x.Round(t.Rounding); err != nil {
			return Reward{}, err
		}
	}
	return Reward{Grant: g, Decree: t.Decree, Coefficient: *row, Base: base, BaseCite: t.BaseCite, Raw: raw,
		Rounding: t.Rounding, RoundingCite: t.RoundingCite, Individual: ind, Amount: amount, Reading: e.money.Reading}, nil
}

// Payment is a decision's grant of one title or form to a number of
// recipients ("Danh hiệu “Lao động tiên tiến” cho 30 cá nhân").
type Payment struct {
	Grant      Grant
	Recipients int
	Decision   Decision
}

// Fund returns the fund that pays: Decision.Fund, or the fund of the
// body that decided (Law 2022 Điều 11 k4).
func (p Payment) Fund() string {
	switch {
	case p.Decision.Fund != "":
		return p.Decision.Fund
	case p.Decision.Body != "":
		return "Quỹ thi đua, khen thưởng của " + p.Decision.Body
	}
	return "Quỹ thi đua, khen thưởng của cấp " + p.Decision.Grantor
}

// FundCitation returns the rule that the one who decides pays from the
// fund of their own level (Law 2022 Điều 11 k4).
func FundCitation() Citation { return cite(Law2022, 11, 4, "") }

// PayLine is one payment priced.
type PayLine struct {
	Payment Payment
	Reward  Reward
	Total   metrics.Amount // Reward.Amount × Recipients
}

// FundTotal is what one fund pays.
type FundTotal struct {
	Fund  string
	Total metrics.Total[metrics.Amount]
}

// Payout is the money of a batch of decisions: per line, per fund and in all.
type Payout struct {
	Lines []PayLine
	Funds []FundTotal // in the order funds first appear
	Total metrics.Amount
}

// Pay prices each payment and totals the money per fund and in all.
func (e *Evaluator) Pay(payments []Payment) (Payout, error) {
	out := Payout{Lines: make([]PayLine, 0, len(payments))}
	byFund := map[string][]metrics.Part[metrics.Amount]{}
	var order []string
	all := make([]metrics.Amount, 0, len(payments))
	for i, p := range payments {
		if p.Recipients < 0 {
			return Payout{}, fmt.Errorf("awards: payment %d (%s): %d recipients", i+1, p.Grant.Award, p.Recipients)
		}
		r, err := e.price(p.Grant)
		if err != nil {
			return Payout{}, fmt.Errorf("awards: payment %d: %w", i+1, err)
		}
		total, err := r.Amount.Mul(decimal.New(int64(p.Recipients), 0))
		if err != nil {
			return Payout{}, fmt.Errorf("awards: payment %d: %w", i+1, err)
		}
		out.Lines = append(out.Lines, PayLine{Payment: p, Reward: r, Total: total})
		f := p.Fund()
		if _, ok := byFund[f]; !ok {
			order = append(order, f)
		}
		a, _ := award(p.Grant.Award)
		byFund[f] = append(byFund[f], metrics.Part[metrics.Amount]{Name: fmt.Sprintf("%s (%s, %d)", a.Name, p.Grant.Subject, p.Recipients), Value: total})
		all = append(all, total)
	}
	for _, f := range order {
		t, err := metrics.SumAmounts(f, byFund[f]...)
		if err != nil {
			return Payout{}, err
		}
		out.Funds = append(out.Funds, FundTotal{Fund: f, Total: t})
	}
	total, err := metrics.Sum(all)
	if err != nil {
		return Payout{}, err
	}
	out.Total = total
	return out, nil
}

// Pay prices payments with the default tables.
func Pay(payments []Payment) (Payout, error) { return defaultEvaluator.Pay(payments) }
