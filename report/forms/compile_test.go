package forms

import "testing"

func TestInterval(t *testing.T) {
	tests := []struct {
		in string
		ok bool
		// whole years 0..6 in the interval, and elapsed times: 12 months
		// exactly, 12 months 1 day, 35 months 30 days
		years                 string
		year, yearDay, under3 bool
	}{
		{"[0,1)", true, "0", false, false, false},
		{"[1,1]", true, "1", true, false, false},
		{"(1,3)", true, "2", false, true, true},
		{"[3,5)", true, "34", false, false, false},
		{"[5,)", true, "56", false, false, false},
		{"[0,30]", true, "0123456", true, true, true},
		{"( 2 , 4 ]", true, "34", false, false, true},
		{"[1,1)", false, "", false, false, false},
		{"[3,1]", false, "", false, false, false},
		{"[5,]", false, "", false, false, false},
		{"[-1,2]", false, "", false, false, false},
		{"[0,201]", false, "", false, false, false},
		{"0,5", false, "", false, false, false},
		{"[a,5)", false, "", false, false, false},
		{"[]", false, "", false, false, false},
		{"[1;2]", false, "", false, false, false},
	}
	for _, tt := range tests {
		iv, err := parseInterval(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("parseInterval(%q) = %v; want ok %v", tt.in, err, tt.ok)
			continue
		}
		if !tt.ok {
			continue
		}
		years := ""
		for n := 0; n <= 6; n++ {
			if iv.containsInt(n) {
				years += string(rune('0' + n))
			}
		}
		if years != tt.years || iv.containsElapsed(12, 0) != tt.year || iv.containsElapsed(12, 1) != tt.yearDay || iv.containsElapsed(35, 30) != tt.under3 {
			t.Errorf("%q: years %q, 12m %v, 12m1d %v, 35m30d %v; want %q %v %v %v", tt.in, years,
				iv.containsElapsed(12, 0), iv.containsElapsed(12, 1), iv.containsElapsed(35, 30), tt.years, tt.year, tt.yearDay, tt.under3)
		}
	}
}

func TestEnums(t *testing.T) {
	tests := []struct {
		in   string
		dst  interface{ UnmarshalText([]byte) error }
		want string
		ok   bool
	}{
		{"Trung ương", new(Launcher), "trung ương", true},
		{"tinh", new(Launcher), "bộ, ngành, địa phương", true},
		{"bộ,  ngành", new(Proposer), "bộ, ngành trung ương", true},
		{"Tỉnh, thành phố", new(Proposer), "tỉnh", true},
		{"LÃNH ĐẠO VỤ, SỞ, NGÀNH", new(Role), "lãnh đạo vụ, sở, ngành", true},
		{"giáo viên", new(Role), "", false},
		{"nien han", new(Occasion), "niên hạn", true},
		{"thạc sĩ", new(Education), "trên đại học", true},
		{"Nữ", new(Sex), "nữ", true},
		{"", new(Sex), "", true},
		{"khác giới", new(Sex), "", false},
	}
	for _, tt := range tests {
		err := tt.dst.UnmarshalText([]byte(tt.in))
		got := ""
		if s, ok := tt.dst.(interface{ String() string }); ok && err == nil {
			got = s.String()
		}
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("UnmarshalText(%q) into %T = %q, %v; want %q", tt.in, tt.dst, got, err, tt.want)
		}
	}
}
