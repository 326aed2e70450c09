package dossierdocs_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/dossier"
	"github.com/tdkt-vn/tdkt/report/dossierdocs"
)

// large is a commune's dossier of 50 entries: 40 officers for "Lao động
// tiên tiến" (one not eligible), 8 of them for "Chiến sĩ thi đua cơ sở",
// two teams for "Tập thể lao động tiên tiến"; the council votes on every
// entry found eligible.
func large() *world {
	w := commune()
	w.records = map[string]*awards.Record{}
	w.draft.Subjects = nil
	w.draft.Documents = w.draft.Documents[:2]
	const unit = "Ủy ban nhân dân xã Tân Lập"
	for i := range 40 {
		rating := awards.CompletedWell
		switch {
		case i < 8:
			rating = awards.CompletedExcellently
		case i == 39:
			rating = awards.Completed
		}
		r := person(fmt.Sprintf("CB%02d", i+1), fmt.Sprintf("Nguyễn Văn Người %02d", i+1), rating)
		w.records[r.ID] = r
		w.draft.Subjects = append(w.draft.Subjects, subject(r, awards.LaoDongTienTien, "Công chức", unit))
		if i < 8 {
			w.draft.Subjects = append(w.draft.Subjects, subject(r, awards.CSTDCoSo, "Công chức", unit))
			w.draft.Documents = append(w.draft.Documents, doc("BC-"+r.ID, dossier.AchievementReport, r.ID, "", "15/12/2025"))
		}
	}
	for _, id := range []string{"TT01", "TT02"} {
		r := team(id, "Tổ công tác "+id)
		w.records[id] = r
		w.draft.Subjects = append(w.draft.Subjects, subject(r, awards.TapTheTienTien, "", unit))
		w.draft.Documents = append(w.draft.Documents, doc("BC-"+id, dossier.AchievementReport, id, "", "15/12/2025"))
	}
	w.tallies = nil
	return w
}

// BenchmarkCompose composes each document of a decided dossier of 50
// entries.
func BenchmarkCompose(b *testing.B) {
	w := large()
	d := w.in(b, dossier.Decided)
	if len(d.Entries) != 50 {
		b.Fatalf("%d entries", len(d.Entries))
	}
	ctx := context.Background()
	for _, k := range dossierdocs.Kinds() {
		b.Run(k.Name(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := dossierdocs.Compose(ctx, k, d, w.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
