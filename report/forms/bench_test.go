package forms_test

import (
	"testing"
	"time"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report/forms"
)

// grants returns n grants of every kind of award, subject and occasion,
// decided over two years.
func grants(n int) []forms.Grant {
	ids := []awards.ID{awards.HCLaoDongHang3, awards.BangKhenTTg, awards.CSTDToanQuoc, awards.CoThiDuaChinhPhu,
		"huan-chuong-doc-lap-hang-ba", "huy-chuong-huu-nghi", "nha-giao-uu-tu", awards.BangKhenBoTinh, awards.GiayKhen}
	subjects := []awards.SubjectKind{awards.Individual, awards.Collective, awards.Individual, awards.Household}
	out := make([]forms.Grant, n)
	for i := range out {
		id, subject := ids[i%len(ids)], subjects[i%len(subjects)]
		if a, ok := awards.Lookup(id); ok && a.Subjects&subject == 0 {
			subject = a.Subjects &^ (a.Subjects - 1) // the first kind it is given to
		}
		out[i] = forms.Grant{
			Award: id, Subject: subject, Recipient: "Nguyễn Văn An",
			Decision: awards.Decision{Number: "1/QĐ", Date: metrics.NewDate(2024+i%2, 1+metricsMonth(i), 1+i%28)},
			Proposer: forms.Proposer(1 + i%2), Occasion: forms.Occasion(1 + i%7), Role: forms.Role(1 + i%6), Enterprise: awards.No,
		}
	}
	return out
}

func metricsMonth(i int) time.Month { return time.Month(i % 12) }

// BenchmarkFill0602 fills form 0602 from 100 000 grants.
//
//	go test -run '^$' -bench Fill0602 -benchmem ./report/forms
func BenchmarkFill0602(b *testing.B) {
	f := lookup(b, "0602")
	in := forms.Input{Period: period2025, Grants: grants(100000)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Fill(in); err != nil {
			b.Fatal(err)
		}
	}
}
