package metrics

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

// Each row was checked by hand against the written standard that Vietnamese
// financial documents follow (mốt, tư, lăm, linh, mười, "không trăm" inside
// a number).
var wordsTests = []struct {
	n    string
	want string
}{
	{"0", "Không"},
	{"1", "Một"},
	{"4", "Bốn"},
	{"5", "Năm"},
	{"10", "Mười"},
	{"11", "Mười một"},
	{"14", "Mười bốn"},
	{"15", "Mười lăm"},
	{"19", "Mười chín"},
	{"20", "Hai mươi"},
	{"21", "Hai mươi mốt"},
	{"24", "Hai mươi tư"},
	{"25", "Hai mươi lăm"},
	{"30", "Ba mươi"},
	{"44", "Bốn mươi tư"},
	{"45", "Bốn mươi lăm"},
	{"51", "Năm mươi mốt"},
	{"55", "Năm mươi lăm"},
	{"99", "Chín mươi chín"},
	{"100", "Một trăm"},
	{"101", "Một trăm linh một"},
	{"104", "Một trăm linh bốn"},
	{"105", "Một trăm linh năm"},
	{"110", "Một trăm mười"},
	{"111", "Một trăm mười một"},
	{"114", "Một trăm mười bốn"},
	{"115", "Một trăm mười lăm"},
	{"121", "Một trăm hai mươi mốt"},
	{"124", "Một trăm hai mươi tư"},
	{"125", "Một trăm hai mươi lăm"},
	{"200", "Hai trăm"},
	{"999", "Chín trăm chín mươi chín"},
	{"1000", "Một nghìn"},
	{"1001", "Một nghìn không trăm linh một"},
	{"1005", "Một nghìn không trăm linh năm"},
	{"1010", "Một nghìn không trăm mười"},
	{"1015", "Một nghìn không trăm mười lăm"},
	{"1021", "Một nghìn không trăm hai mươi mốt"},
	{"1100", "Một nghìn một trăm"},
	{"1300", "Một nghìn ba trăm"},
	{"3615", "Ba nghìn sáu trăm mười lăm"},
	{"10000", "Mười nghìn"},
	{"10005", "Mười nghìn không trăm linh năm"},
	{"15000", "Mười lăm nghìn"},
	{"21000", "Hai mươi mốt nghìn"},
	{"100000", "Một trăm nghìn"},
	{"105000", "Một trăm linh năm nghìn"},
	{"600000", "Sáu trăm nghìn"},
	{"1000000", "Một triệu"},
	{"1000005", "Một triệu không trăm linh năm"},
	{"1005000", "Một triệu không trăm linh năm nghìn"},
	{"1050000", "Một triệu không trăm năm mươi nghìn"},
	{"1500000", "Một triệu năm trăm nghìn"},
	{"5740000", "Năm triệu bảy trăm bốn mươi nghìn"},
	{"90000000", "Chín mươi triệu"},
	{"270000000", "Hai trăm bảy mươi triệu"},
	{"1000000000", "Một tỷ"},
	{"1000000001", "Một tỷ không trăm linh một"},
	{"1001000000", "Một tỷ không trăm linh một triệu"},
	{"10000000000", "Mười tỷ"},
	{"2171123", "Hai triệu một trăm bảy mươi mốt nghìn một trăm hai mươi ba"},
	{"1114831", "Một triệu một trăm mười bốn nghìn tám trăm ba mươi mốt"},
	{"479429", "Bốn trăm bảy mươi chín nghìn bốn trăm hai mươi chín"},
	{"635402", "Sáu trăm ba mươi lăm nghìn bốn trăm linh hai"},
	{"1000000000000", "Một nghìn tỷ"},
	{"1000001000000", "Một nghìn tỷ không trăm linh một triệu"},
	{"999999999999999", "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
	{"1000000000000000", "Một triệu tỷ"},
	{"1000000000000000000", "Một tỷ tỷ"},
	{"-5", "Âm năm"},
	{"-1005000", "Âm một triệu không trăm linh năm nghìn"},
}

func TestWordsNumber(t *testing.T) {
	if len(wordsTests) < 60 {
		t.Fatalf("only %d hand-checked cases; the table must keep at least 60", len(wordsTests))
	}
	for _, tt := range wordsTests {
		got, err := Words{}.Number(decimal.RequireFromString(tt.n))
		if err != nil || got != tt.want {
			t.Errorf("Words{}.Number(%s) = %q, %v; want %q", tt.n, got, err, tt.want)
		}
	}
}

func TestWordsOptions(t *testing.T) {
	tests := []struct {
		w    Words
		n    string
		want string
	}{
		{Words{Le: true}, "105", "Một trăm lẻ năm"},
		{Words{Le: true}, "1001", "Một nghìn không trăm lẻ một"},
		{Words{Ngan: true}, "1000", "Một ngàn"},
		{Words{Le: true, Ngan: true}, "1005000", "Một triệu không trăm lẻ năm ngàn"},
		{Words{Ngan: true}, "1000000000000", "Một ngàn tỷ"},
		{Words{Lower: true}, "21", "hai mươi mốt"},
	}
	for _, tt := range tests {
		got, err := tt.w.Number(decimal.RequireFromString(tt.n))
		if err != nil || got != tt.want {
			t.Errorf("%+v.Number(%s) = %q, %v; want %q", tt.w, tt.n, got, err, tt.want)
		}
	}
}

func TestWordsAmount(t *testing.T) {
	tests := []struct {
		w    Words
		a    Amount
		want string
	}{
		{Words{}, MustAmount("5740000", VND), "Năm triệu bảy trăm bốn mươi nghìn đồng"},
		{Words{Chan: true}, MustAmount("5740000", VND), "Năm triệu bảy trăm bốn mươi nghìn đồng chẵn"},
		{Words{NoCurrency: true}, MustAmount("5740000", VND), "Năm triệu bảy trăm bốn mươi nghìn"},
		{Words{}, MustAmount("0", VND), "Không đồng"},
		{Words{}, MustAmount("-90000000", VND), "Âm chín mươi triệu đồng"},
		{Words{}, MustAmount("100.25", USD), "Một trăm đô la Mỹ và hai mươi lăm xu"},
		{Words{}, MustAmount("100.5", USD), "Một trăm đô la Mỹ và năm mươi xu"},
		{Words{}, MustAmount("100.00", USD), "Một trăm đô la Mỹ"},
		{Words{}, MustAmount("0.05", USD), "Năm xu"},
		{Words{}, MustAmount("-0.05", USD), "Âm năm xu"},
		{Words{}, MustAmount("2171123", USD), "Hai triệu một trăm bảy mươi mốt nghìn một trăm hai mươi ba đô la Mỹ"},
		{Words{}, MustAmount("30000000", VND).WithQualifier(Nearly), "Gần ba mươi triệu đồng"},
		{Words{}, MustAmount("12", MustCurrency("GBP")), "Mười hai GBP"},
	}
	for _, tt := range tests {
		got, err := tt.w.Amount(tt.a)
		if err != nil || got != tt.want {
			t.Errorf("%+v.Amount(%s) = %q, %v; want %q", tt.w, tt.a, got, err, tt.want)
		}
	}
}

func TestWordsRefusesFractions(t *testing.T) {
	if _, err := (Words{}).Amount(MustAmount("0.5", VND)); !errors.Is(err, ErrNotWhole) {
		t.Errorf("Amount(0,5 đồng) error = %v; want ErrNotWhole", err)
	}
	if _, err := (Words{}).Amount(MustAmount("1.005", USD)); !errors.Is(err, ErrNotWhole) {
		t.Errorf("Amount(1,005 USD) error = %v; want ErrNotWhole", err)
	}
	if _, err := (Words{}).Number(decimal.RequireFromString("1.5")); !errors.Is(err, ErrNotWhole) {
		t.Errorf("Number(1,5) error = %v; want ErrNotWhole", err)
	}
}
