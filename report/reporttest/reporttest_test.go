package reporttest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

// names is a well-behaved section: a list of the names a Ref gives.
type names struct {
	Names report.Ref[[]string] `json:"names"`
}

func (s *names) Build(context.Context, report.Input) ([]report.Block, error) {
	if s.Names.IsZero() {
		return nil, &report.ParamError{Name: "names", Err: errors.New("missing")}
	}
	l := &report.List{}
	for _, n := range s.Names.Value() {
		l.Items = append(l.Items, []report.Inline{report.T(n)})
	}
	return []report.Block{l}, nil
}

func TestTestSection(t *testing.T) {
	newS := func() report.Section { return &names{} }
	reporttest.TestSection(t, newS, `{"names": "ds"}`, report.Data{"ds": []string{"Nguyễn Văn An", "Trần Thị Bình"}})
	reporttest.TestSection(t, newS, `{"names": ["Lê Văn Cường"]}`, nil)
	reporttest.TestSection(t, func() report.Section { return &names{Names: report.Literal([]string{"Hà"})} }, "", nil)
}

// Every renderer takes the hostile document, whatever its text.
func TestHostile(t *testing.T) {
	for _, s := range []string{"", "<b>&</b>", "\x00\u202e#", "Nguyễn Văn An"} {
		d := reporttest.Hostile(s)
		if len(d.Body) <= len(reporttest.Sample().Body) {
			t.Fatalf("Hostile(%q) adds no blocks", s)
		}
		if d.Header.Issuer != s {
			t.Errorf("Hostile(%q).Header.Issuer = %q", s, d.Header.Issuer)
		}
	}
}
