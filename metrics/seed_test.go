package metrics

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSeedFigures reproduces every figure of the seed report (Sở Ngoại vụ
// tỉnh Cao Bằng, sơ kết 6 tháng đầu năm 2022) that involves arithmetic or
// formatting. Inputs are the parts; the wants are the seed's own words.
func TestSeedFigures(t *testing.T) {
	// "tổng ngân sách cam kết 2.171.123 USD, giá trị giải ngân thực tế 1.114.831 USD"
	committed, err := ParseAmount("2.171.123 USD")
	require.NoError(t, err)
	disbursed, err := ParseAmount("1.114.831 USD")
	require.NoError(t, err)
	for _, a := range []struct {
		got  Amount
		want string
	}{{committed, "2.171.123 USD"}, {disbursed, "1.114.831 USD"}} {
		if a.got.String() != a.want {
			t.Errorf("formatted %s = %q; want %q", text(a.got), a.got.String(), a.want)
		}
	}

	// "giá trị giải ngân tăng 479.429 USD": last year's disbursement was
	// 635.402 USD, and the change is computed from it.
	lastYear := MustAmount("635402", USD)
	change, err := NewChange(disbursed, lastYear)
	require.NoError(t, err)
	if got := "tăng " + change.Diff.String(); got != "tăng 479.429 USD" {
		t.Errorf("disbursement change = %q; want tăng 479.429 USD", got)
	}
	if got := change.String(); got != "tăng 479.429 USD (75,45%)" {
		t.Errorf("disbursement change phrase = %q; want tăng 479.429 USD (75,45%%)", got)
	}

	// "số lượng chương trình, dự án … giảm 0 dự án": 16 both years is no change.
	projects, err := NewChange(NewCount(16, "dự án"), NewCount(16, "dự án"))
	require.NoError(t, err)
	if got := projects.String(); got != "không thay đổi" {
		t.Errorf("16 → 16 dự án = %q; want không thay đổi", got)
	}

	// "Trao 150 suất quà …, mỗi suất quà trị giá 600 nghìn đồng …, tổng trị giá 90 triệu đồng"
	unit, err := ParseAmount("600 nghìn đồng")
	require.NoError(t, err)
	gifts, err := NewCount(150, "suất quà").Times(unit)
	require.NoError(t, err)
	scaled := Formatter{Scale: AutoScale}
	if got := scaled.Amount(gifts); got != "90 triệu đồng" {
		t.Errorf("150 × 600 nghìn = %q; want 90 triệu đồng", got)
	}

	// "Tổng trị giá 180 triệu đồng. Tổng giá trị kêu gọi … là 270 triệu đồng."
	houses, err := ParseAmount("180 triệu đồng")
	require.NoError(t, err)
	called, err := SumAmounts("giá trị kêu gọi giúp đỡ xã Vũ Nông",
		Part[Amount]{"quà Tết", gifts}, Part[Amount]{"xóa nhà tạm", houses})
	require.NoError(t, err)
	if got := scaled.Amount(called.Value); got != "270 triệu đồng" {
		t.Errorf("90 + 180 triệu = %q; want 270 triệu đồng", got)
	}
	stated, _ := ParseAmount("270 triệu đồng")
	require.NoError(t, called.Check(stated))

	// "tổng số 09 hội nghị trực tuyến. Trong đó bao gồm 04 hội nghị trực
	// tuyến cấp tỉnh; 05 hội thảo trực tuyến cấp sở, ngành"
	conf, err := SumCounts("hội nghị trực tuyến",
		Part[Count]{"cấp tỉnh", NewCount(4, "hội nghị trực tuyến cấp tỉnh")},
		Part[Count]{"cấp sở, ngành", NewCount(5, "hội thảo trực tuyến cấp sở, ngành")})
	require.NoError(t, err)
	two := Formatter{MinDigits: 2}
	if got := two.Count(conf.Value); got != "09 hội nghị trực tuyến" {
		t.Errorf("04 + 05 = %q; want 09 hội nghị trực tuyến", got)
	}
	if err := conf.Check(NewCount(10, "hội nghị trực tuyến")); !errors.Is(err, ErrTotalMismatch) {
		t.Errorf("a stated total of 10 = %v; want ErrTotalMismatch", err)
	}

	// "Tổng trị giá các phần quà gần 30 triệu đồng": kept qualified, never summed.
	approx, err := ParseAmount("gần 30 triệu đồng")
	require.NoError(t, err)
	if got := (Formatter{Scale: Trieu}).Amount(approx); got != "gần 30 triệu đồng" {
		t.Errorf("approximate gifts = %q; want gần 30 triệu đồng", got)
	}
	if _, err := called.Value.Add(approx); !errors.Is(err, ErrQualified) {
		t.Errorf("270 triệu + gần 30 triệu: error = %v; want ErrQualified", err)
	}

	// "với tổng số tiền là 5.740.000 đồng", in words.
	prize, err := ParseAmount("5.740.000 đồng")
	require.NoError(t, err)
	words, err := prize.InWords()
	require.NoError(t, err)
	if words != "Năm triệu bảy trăm bốn mươi nghìn đồng" {
		t.Errorf("5.740.000 đồng in words = %q", words)
	}

	// "đã tiếp nhận 3615 văn bản đến": written with its thousands separator.
	docs, err := ParseCount("3615 văn bản đến")
	require.NoError(t, err)
	if got := docs.String(); got != "3.615 văn bản đến" {
		t.Errorf("3615 văn bản đến = %q; want 3.615 văn bản đến", got)
	}

	// "41 bài với số lượng truy cập khoảng 17.967 lượt": qualified counts.
	visits, err := ParseCount("khoảng 17.967 lượt")
	require.NoError(t, err)
	if visits.Qualifier() != About || visits.String() != "khoảng 17.967 lượt" {
		t.Errorf("khoảng 17.967 lượt = %v %q", visits.Qualifier(), visits.String())
	}

	// "cùng 1.00 chiếc khẩu trang": the typo is caught, at its character.
	var se *SyntaxError
	if _, err := ParseCount("1.00 chiếc khẩu trang"); !errors.As(err, &se) || se.Pos != 3 {
		t.Errorf(`ParseCount("1.00 chiếc khẩu trang") = %v; want a syntax error at character 3`, err)
	}
}
