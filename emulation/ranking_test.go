package emulation_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/emulation"
)

// TestRankingOfTheWholeBloc: a member of the bloc without a score makes
// the ranking an error that names it, instead of a ranking that leaves it
// out (the lead of the bloc, left out of a spreadsheet, would lose its
// place silently).
func TestRankingOfTheWholeBloc(t *testing.T) {
	d := bloc()
	d.ScoreSheets[0].Scores = d.ScoreSheets[0].Scores[1:] // SNV not scored
	s, err := emulation.New(d)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Ranking("K1", 2025)
	if err == nil || !errors.Is(err, emulation.ErrScore) || !strings.Contains(err.Error(), `"SNV" (Sở Nội vụ)`) {
		t.Errorf("Ranking with a member unscored = %v; want an ErrScore naming SNV", err)
	}
	if _, err := emulation.New(bloc()); err != nil {
		t.Fatal(err)
	}
}
