package awards

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/tdkt-vn/tdkt/metrics"
)

func TestPrice(t *testing.T) {
	tests := []struct {
		name    string
		g       Grant
		want    string // the amount paid, in đồng
		citeDoc string
	}{
		// Decree 91/2017, base 1.490.000 (Decree 38/2019): 0,3 × 1.490.000 = 447.000 → 450.000.
		{"LĐTT 2022", Grant{Award: LaoDongTienTien, Subject: Individual, Decided: metrics.MustDate("15/01/2022")}, "450000", ND91},
		{"TTLĐTT 2022", Grant{Award: TapTheTienTien, Subject: Collective, Decided: metrics.MustDate("15/01/2022")}, "1200000", ND91},
		{"GK xã 2022, 0,15", Grant{Award: GiayKhen, Subject: Individual, Grantor: CommuneChair, Decided: metrics.MustDate("15/01/2022")}, "230000", ND91},
		{"GK tập thể 2022, ×2", Grant{Award: GiayKhen, Subject: Collective, Decided: metrics.MustDate("15/01/2022")}, "900000", ND91},
		// Base 1.800.000 from 01/07/2023.
		{"CSTĐTQ 2023", Grant{Award: CSTDToanQuoc, Subject: Individual, Decided: metrics.MustDate("01/07/2023")}, "8100000", ND91},
		{"Cờ CP 2023", Grant{Award: CoThiDuaChinhPhu, Subject: Collective, Decided: metrics.MustDate("30/12/2023")}, "21600000", ND91},
		// Decree 98/2023, base 1.800.000 until 30/06/2024 then 2.340.000.
		{"LĐTT 30/06/2024", Grant{Award: LaoDongTienTien, Subject: Individual, Decided: metrics.MustDate("30/06/2024")}, "540000", ND98},
		{"LĐTT 01/07/2024: 702.000 rounds up", Grant{Award: LaoDongTienTien, Subject: Individual, Decided: metrics.MustDate("01/07/2024")}, "710000", ND98},
		// The coefficient of LĐTT does not depend on who decides: a commune
		// chairman's decision pays the same.
		{"LĐTT xã 01/07/2024", Grant{Award: LaoDongTienTien, Subject: Individual, Grantor: CommuneChair, Decided: metrics.MustDate("01/07/2024")}, "710000", ND98},
		{"HCLĐ hạng Ba tập thể, ×2", Grant{Award: HCLaoDongHang3, Subject: Collective, Decided: metrics.MustDate("01/07/2024")}, "21060000", ND98},
		{"GK xã 0,15 under ND98", Grant{Award: GiayKhen, Subject: Individual, Grantor: CommuneChair, Decided: metrics.MustDate("01/06/2025")}, "360000", ND98},
		// Decree 152/2025 from 01/07/2025: GK xã doubled to 0,3; BK tỉnh 1,5.
		{"GK xã 0,3 under ND152", Grant{Award: GiayKhen, Subject: Individual, Grantor: CommuneChair, Decided: metrics.MustDate("01/07/2025")}, "710000", ND152},
		{"BK tỉnh 1,5 under ND152", Grant{Award: BangKhenBoTinh, Subject: Individual, Decided: metrics.MustDate("01/07/2025")}, "3510000", ND152},
		// Base 2.530.000 from 01/07/2026 (Decree 161/2026).
		{"LĐTT 2026", Grant{Award: LaoDongTienTien, Subject: Individual, Decided: metrics.MustDate("01/07/2026")}, "760000", ND152},
		{"TTLĐTT 2026", Grant{Award: TapTheTienTien, Subject: Collective, Decided: metrics.MustDate("27/11/2026")}, "2030000", ND152},
		{"CSTĐ tỉnh 2026", Grant{Award: CSTDBoTinh, Subject: Individual, Decided: metrics.MustDate("27/11/2026")}, "7590000", ND152},
		{"BK TTg 2026", Grant{Award: BangKhenTTg, Subject: Individual, Decided: metrics.MustDate("27/11/2026")}, "8860000", ND152},
		{"Cờ tỉnh 2026", Grant{Award: CoThiDuaBoTinh, Subject: Collective, Decided: metrics.MustDate("27/11/2026")}, "20240000", ND152},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Price(tt.g)
			require.NoError(t, err)
			if !r.Amount.Equal(metrics.MustAmount(tt.want, metrics.VND)) {
				t.Errorf("Price(%+v) = %s; want %s (raw %s, base %s × %s)", tt.g, r.Amount, tt.want, r.Raw, r.Base.Amount, r.Coefficient.Value)
			}
			if r.Coefficient.Citation.Document != tt.citeDoc {
				t.Errorf("Price(%+v) cites %s; want %s", tt.g, r.Coefficient.Citation.Document, tt.citeDoc)
			}
		})
	}
}

func TestPriceErrors(t *testing.T) {
	if _, err := Price(Grant{Award: LaoDongTienTien, Subject: Individual}); err == nil {
		t.Error("Price with no decision date: error = nil")
	}
	if _, err := Price(Grant{Award: LaoDongTienTien, Subject: Individual, Decided: metrics.MustDate("01/01/2016")}); !errors.Is(err, ErrNoCoefficient) {
		t.Errorf("Price in 2016: error = %v; want ErrNoCoefficient", err)
	}
	if _, err := Price(Grant{Award: KyNiemChuong, Subject: Individual, Decided: metrics.MustDate("01/01/2025")}); !errors.Is(err, ErrNoCoefficient) {
		t.Errorf("Price(Kỷ niệm chương): error = %v; want ErrNoCoefficient (only a ceiling is known)", err)
	}
	if _, err := Price(Grant{Award: "huy-hieu", Subject: Individual, Decided: metrics.MustDate("01/01/2025")}); !errors.Is(err, ErrUnknownAward) {
		t.Errorf("Price(unknown): error = %v; want ErrUnknownAward", err)
	}
}

// seedPayments are the awards of the seed report (Part One, III.2), decided
// in the first half of 2022 for 2021, at the given decision date.
func seedPayments(decided metrics.Date) []Payment {
	dept := Decision{Grantor: "Giám đốc Sở Ngoại vụ", Body: "Sở Ngoại vụ tỉnh Cao Bằng", Date: decided}
	ministry := Decision{Grantor: "Bộ trưởng Bộ Ngoại giao", Body: "Bộ Ngoại giao", Date: decided}
	province := Decision{Grantor: "Chủ tịch UBND tỉnh Cao Bằng", Body: "UBND tỉnh Cao Bằng", Date: decided}
	return []Payment{
		{Grant: Grant{Award: TapTheTienTien, Subject: Collective, Decided: decided}, Recipients: 5, Decision: dept},
		{Grant: Grant{Award: LaoDongTienTien, Subject: Individual, Decided: decided}, Recipients: 30, Decision: dept},
		{Grant: Grant{Award: BangKhenBoTinh, Subject: Collective, Decided: decided}, Recipients: 1, Decision: ministry},
		{Grant: Grant{Award: BangKhenBoTinh, Subject: Collective, Decided: decided}, Recipients: 2, Decision: province},
		{Grant: Grant{Award: BangKhenBoTinh, Subject: Individual, Decided: decided}, Recipients: 2, Decision: province},
	}
}

// TestSeedMoney prices the seed's awards under the regime in force when
// they were decided (Decree 91/2017, base salary 1.490.000 đồng), and under
// Decree 152/2025 with today's base salary (2.530.000 đồng).
func TestSeedMoney(t *testing.T) {
	tests := []struct {
		decided    metrics.Date
		lines      []string
		funds      map[string]string
		total      string
		unverified []bool
	}{
		{
			decided: metrics.MustDate("15/03/2022"),
			// 0,8 × 1.490.000 = 1.192.000 → 1.200.000 × 5; 0,3 × 1.490.000 = 447.000 → 450.000 × 30;
			// Bằng khen 1,0 × 1.490.000, doubled for a collective.
			lines: []string{"6000000", "13500000", "2980000", "5960000", "2980000"},
			funds: map[string]string{
				"Quỹ thi đua, khen thưởng của Sở Ngoại vụ tỉnh Cao Bằng": "19500000",
				"Quỹ thi đua, khen thưởng của Bộ Ngoại giao":             "2980000",
				"Quỹ thi đua, khen thưởng của UBND tỉnh Cao Bằng":        "8940000",
			},
			total: "31420000",
		},
		{
			decided: metrics.MustDate("27/11/2026"),
			// 0,8 × 2.530.000 = 2.024.000 → 2.030.000; 0,3 → 760.000; Bằng khen 1,5 → 3.800.000,
			// doubled for a collective (unverified under Decree 152/2025).
			lines: []string{"10150000", "22800000", "7600000", "15200000", "7600000"},
			funds: map[string]string{
				"Quỹ thi đua, khen thưởng của Sở Ngoại vụ tỉnh Cao Bằng": "32950000",
				"Quỹ thi đua, khen thưởng của Bộ Ngoại giao":             "7600000",
				"Quỹ thi đua, khen thưởng của UBND tỉnh Cao Bằng":        "22800000",
			},
			total:      "63350000",
			unverified: []bool{false, false, false, false, false}, // collectives twice: secondary (addendum 2026-11b)
		},
	}
	for _, tt := range tests {
		p, err := Pay(seedPayments(tt.decided))
		require.NoError(t, err)
		for i, want := range tt.lines {
			if got := p.Lines[i].Total; !got.Equal(metrics.MustAmount(want, metrics.VND)) {
				t.Errorf("%s line %d (%s): %s; want %s", tt.decided, i+1, p.Lines[i].Payment.Grant.Award, got, want)
			}
			if tt.unverified != nil && p.Lines[i].Reward.Coefficient.Citation.Evidence >= Unverified != tt.unverified[i] {
				t.Errorf("%s line %d: unverified = %v; want %v", tt.decided, i+1, !tt.unverified[i], tt.unverified[i])
			}
		}
		if len(p.Funds) != len(tt.funds) {
			t.Fatalf("%s: %d funds; want %d", tt.decided, len(p.Funds), len(tt.funds))
		}
		for _, f := range p.Funds {
			if want := tt.funds[f.Fund]; !f.Total.Value.Equal(metrics.MustAmount(want, metrics.VND)) {
				t.Errorf("%s: %s = %s; want %s", tt.decided, f.Fund, f.Total.Value, want)
			}
		}
		if !p.Total.Equal(metrics.MustAmount(tt.total, metrics.VND)) {
			t.Errorf("%s: total %s; want %s", tt.decided, p.Total, tt.total)
		}
	}
}

func TestMoneyOverride(t *testing.T) {
	m := DefaultMoney()
	m.BaseSalaries = append(m.BaseSalaries, BaseSalary{From: metrics.MustDate("01/07/2027"), Amount: metrics.MustAmount("2700000", metrics.VND),
		Citation: Citation{Document: "Nghị định giả định", Evidence: Unverified}})
	e, err := New(Config{Money: m})
	require.NoError(t, err)
	r, err := e.Price(Grant{Award: LaoDongTienTien, Subject: Individual, Decided: metrics.MustDate("01/08/2027")})
	require.NoError(t, err)
	if !r.Amount.Equal(metrics.MustAmount("810000", metrics.VND)) || !r.Unverified() {
		t.Errorf("Price with an added base salary = %s (unverified %v); want 810.000 đồng, unverified", r.Amount, r.Unverified())
	}
	bad := DefaultMoney()
	bad.BaseSalaries = append(bad.BaseSalaries, BaseSalary{From: metrics.MustDate("01/01/2020"), Amount: metrics.MustAmount("1", metrics.VND)})
	if _, err := New(Config{Money: bad}); err == nil {
		t.Error("New with base salaries out of order: error = nil")
	}
}
