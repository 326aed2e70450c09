package report

import "testing"

func TestRoman(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{{1, "I"}, {4, "IV"}, {9, "IX"}, {14, "XIV"}, {40, "XL"}, {1994, "MCMXCIV"}, {0, "0"}, {4000, "4000"}} {
		if got := roman(tt.n); got != tt.want {
			t.Errorf("roman(%d) = %q; want %q", tt.n, got, tt.want)
		}
	}
}
