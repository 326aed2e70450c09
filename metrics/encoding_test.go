package metrics

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"testing"
)

func TestAmountEncodings(t *testing.T) {
	amounts := []Amount{
		{},
		MustAmount("2171123", USD),
		MustAmount("1114831.25", USD),
		MustAmount("-0.001", EUR),
		MustAmount("30000000", VND).WithQualifier(Nearly),
		MustAmount("123456789012345678901234567890.123456789", VND),
	}
	for _, a := range amounts {
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("Marshal(%s): %v", text(a), err)
		}
		var back Amount
		if err := json.Unmarshal(j, &back); err != nil || !back.Equal(a) || back.Currency() != a.Currency() {
			t.Errorf("JSON round trip of %s via %s = %s, %v", text(a), j, text(back), err)
		}
		var fromText Amount
		if err := fromText.UnmarshalText([]byte(text(a))); err != nil || !fromText.Equal(a) {
			t.Errorf("text round trip of %s = %s, %v", text(a), text(fromText), err)
		}
		v, _ := a.Value()
		var scanned Amount
		if err := scanned.Scan(v); err != nil || !scanned.Equal(a) {
			t.Errorf("SQL round trip of %s = %s, %v", text(a), text(scanned), err)
		}
	}
	if got, _ := json.Marshal(MustAmount("30000000", VND).WithQualifier(Nearly)); string(got) != `{"value":"30000000","currency":"VND","qualifier":"gần"}` {
		t.Errorf("Marshal(gần 30 triệu) = %s", got)
	}
}

func TestAmountDecodeErrors(t *testing.T) {
	for _, in := range []string{
		`{"value":"1e5","currency":"VND"}`,
		`{"value":1e5,"currency":"VND"}`,
		`{"value":"1","currency":"ZZZ"}`,
		`{"value":"1","currency":"VND","qualifier":"chắc"}`,
		`{"currency":"VND"}`,
		`{"value":"1","currency":"VND","extra":1}`,
		`"1 VND"`,
	} {
		var a Amount
		if err := json.Unmarshal([]byte(in), &a); err == nil {
			t.Errorf("Unmarshal(%s) = %s, nil; want an error", in, text(a))
		}
	}
	var a Amount
	if err := json.Unmarshal([]byte(`{"value":1114831.25,"currency":"USD"}`), &a); err != nil || text(a) != "1114831.25 USD" {
		t.Errorf("Unmarshal(JSON number) = %s, %v; want 1114831.25 USD read exactly", text(a), err)
	}
	if err := a.Scan(nil); err == nil {
		t.Errorf("Scan(nil) = nil; want an error pointing to sql.Null")
	}
	if err := a.Scan(3.5); err == nil {
		t.Errorf("Scan(float64) = nil; want an error: money is never a float")
	}
	var se *SyntaxError
	if err := a.UnmarshalText([]byte("12,5 VND")); !errors.As(err, &se) || se.Pos != 3 {
		t.Errorf(`UnmarshalText("12,5 VND") = %v; want a *SyntaxError at character 3`, err)
	}
	// sql.Null works as the nullable form.
	var n sql.Null[Amount]
	if err := n.Scan(nil); err != nil || n.Valid {
		t.Errorf("sql.Null[Amount].Scan(nil) = %v (valid %v); want nil, not valid", err, n.Valid)
	}
}

func TestCountEncodings(t *testing.T) {
	for _, c := range []Count{{}, NewCount(9, "hội nghị trực tuyến"), NewCount(-3, "x"), NewCount(121, "thư").WithQualifier(Over)} {
		j, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var back Count
		if err := json.Unmarshal(j, &back); err != nil || back != c {
			t.Errorf("JSON round trip of %v via %s = %v, %v", c, j, back, err)
		}
		tx, _ := c.MarshalText()
		var fromText Count
		if err := fromText.UnmarshalText(tx); err != nil || fromText != c {
			t.Errorf("text round trip of %v via %q = %v, %v", c, tx, fromText, err)
		}
	}
	for _, in := range []string{`{"label":"x"}`, `{"n":1.5}`, `{"n":"1"}`, `{"n":1,"q":2}`} {
		var c Count
		if err := json.Unmarshal([]byte(in), &c); err == nil {
			t.Errorf("Unmarshal(%s) = %v, nil; want an error", in, c)
		}
	}
}

// Interface guards.
var (
	_ driver.Valuer  = Amount{}
	_ sql.Scanner    = (*Amount)(nil)
	_ json.Marshaler = Count{}
)
