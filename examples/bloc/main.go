// Bloc scores the members of an emulation bloc ("khối thi đua") on the
// bloc's scorecard, ranks them, and proposes the leaders for the flag and
// the certificate of merit as the bloc's regulation says, each proposal with
// the verdict of the award rules.
//
// With no arguments it scores the ten members of a made-up "Khối thi đua các
// cơ quan tham mưu tổng hợp" of a fictional province on a 20-criterion
// scorecard for 2025:
//
//	go run ./examples/bloc
//	go run ./examples/bloc -scores diem.csv      # scores from a spreadsheet
//	go run ./examples/bloc -format json
//
// A scores file is CSV in the dialect of emulation.ParseScoresCSV: a column
// "Mã" for the member, one column per criterion ("1.1" … "5.3"), and
// "Điểm thưởng", "Điểm trừ"; points like "9,5".
package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/emulation"
	"github.com/tdkt-vn/tdkt/internal/texttable"
	"github.com/tdkt-vn/tdkt/metrics"
)

var (
	//go:embed bloc.json
	blocData []byte
	//go:embed members.json
	membersData []byte
)

func main() {
	log.SetFlags(0)
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		log.Fatal(err)
	}
}

// outcome is the ranking and the proposals.
type outcome struct {
	data      *emulation.Season
	bloc      *emulation.Bloc
	card      *emulation.Scorecard
	year      int
	scores    map[string]*emulation.Score
	standings []emulation.Standing
	verdicts  []awards.Verdict
}

func run(w io.Writer, args []string) error {
	fs := flag.NewFlagSet("bloc", flag.ContinueOnError)
	scoresFile := fs.String("scores", "", "a CSV file of scores (default: the embedded sample)")
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("-format %q: want text or json", *format)
	}
	d, err := emulation.ParseJSON("bloc.json", blocData)
	if err != nil {
		return err
	}
	records, err := awards.ParseJSON("members.json", membersData)
	if err != nil {
		return err
	}
	sheet := d.ScoreSheets()[0]
	if *scoresFile != "" {
		data, err := os.ReadFile(*scoresFile)
		if err != nil {
			return err
		}
		card, _ := d.Scorecard(sheet.Scorecard)
		if sheet.Scores, err = emulation.ParseScoresCSV(*scoresFile, data, &card); err != nil {
			return err
		}
		season := d.Data()
		season.ScoreSheets[0] = sheet
		if d, err = emulation.New(season); err != nil {
			return err
		}
	}
	o, err := judge(d, sheet, records)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(o.json())
	}
	o.text(w)
	return nil
}

func judge(d *emulation.Season, sheet emulation.ScoreSheet, records []*awards.Record) (*outcome, error) {
	r, err := d.Ranking(sheet.Bloc, sheet.Year)
	if err != nil {
		return nil, err
	}
	card, st := &r.Card, r.Standings
	bloc, _ := d.Bloc(sheet.Bloc)
	o := &outcome{data: d, bloc: &bloc, card: card, year: sheet.Year, standings: st, scores: map[string]*emulation.Score{}}
	for i := range r.Sheet.Scores {
		o.scores[r.Sheet.Scores[i].Member] = &r.Sheet.Scores[i]
	}
	emulation.ApplyRanking(records, st, sheet.Year)
	byID := map[string]*awards.Record{}
	for _, r := range records {
		byID[r.ID] = r
	}
	for _, n := range card.Nominate(st) {
		rec, ok := byID[n.Member]
		if !ok {
			return nil, fmt.Errorf("member %s has no awards record in members.json", n.Member)
		}
		v, err := awards.Evaluate(rec, awards.Case{Award: n.Award, Period: awards.YearOf(sheet.Year)})
		if err != nil {
			return nil, err
		}
		o.verdicts = append(o.verdicts, v)
	}
	return o, nil
}

func (o *outcome) text(w io.Writer) {
	fmt.Fprintf(w, "KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM %d\n%s\n", o.year, strings.ToUpper(o.bloc.Name))
	if l, ok := o.bloc.Lead(o.year); ok {
		fmt.Fprintf(w, "Trưởng khối: %s; Phó Trưởng khối: %s\n", o.data.NameOf(l.Lead), o.data.NameOf(l.Deputy))
	}
	fmt.Fprintf(w, "Thang điểm: %s điểm; điểm thưởng tối đa %s, điểm trừ tối đa %s\n\n",
		num(o.card.Max()), num(o.card.MaxBonus), num(o.card.MaxPenalty))

	head := []string{"Hạng", "Đơn vị"}
	right := []bool{true, false}
	for _, c := range o.card.Criteria {
		head = append(head, c.ID+" ("+num(c.Max)+")")
		right = append(right, true)
	}
	head = append(head, "Thưởng", "Trừ", "Tổng")
	right = append(right, true, true, true)
	rows := [][]string{head}
	for _, s := range o.standings {
		sc := o.scores[s.Member]
		row := []string{fmt.Sprintf("%02d", s.Rank), o.data.NameOf(s.Member)}
		for _, sub := range o.card.Subtotals(sc) {
			row = append(row, num(sub))
		}
		row = append(row, num(sc.Bonus), num(sc.Penalty), num(s.Total))
		rows = append(rows, row)
	}
	texttable.Write(w, rows, right)
	fmt.Fprintln(w)
	for _, c := range o.card.Criteria {
		fmt.Fprintf(w, "%s. %s\n", c.ID, c.Name)
	}
	fmt.Fprintf(w, "\nĐỀ NGHỊ KHEN THƯỞNG\nTheo %s: %02d đơn vị dẫn đầu đề nghị tặng Cờ thi đua, %02d đơn vị tiếp theo đề nghị tặng Bằng khen.\n\n",
		o.card.Regulation.Document, o.card.Regulation.Flags, o.card.Regulation.Certificates)
	for _, v := range o.verdicts {
		fmt.Fprintln(w, v.Text())
	}
}

func (o *outcome) json() any {
	type standing struct {
		Rank      int               `json:"rank"`
		Member    string            `json:"member"`
		Name      string            `json:"name"`
		Subtotals map[string]string `json:"subtotals"`
		Bonus     string            `json:"bonus"`
		Penalty   string            `json:"penalty"`
		Total     string            `json:"total"`
	}
	out := struct {
		Bloc      string           `json:"bloc"`
		Year      int              `json:"year"`
		Scorecard string           `json:"scorecard"`
		Standings []standing       `json:"standings"`
		Proposals []awards.Verdict `json:"proposals"`
	}{Bloc: o.bloc.Name, Year: o.year, Scorecard: o.card.Name, Proposals: o.verdicts}
	for _, s := range o.standings {
		sc := o.scores[s.Member]
		subs := map[string]string{}
		for i, sub := range o.card.Subtotals(sc) {
			subs[o.card.Criteria[i].ID] = sub.String()
		}
		out.Standings = append(out.Standings, standing{Rank: s.Rank, Member: s.Member, Name: o.data.NameOf(s.Member),
			Subtotals: subs, Bonus: sc.Bonus.String(), Penalty: sc.Penalty.String(), Total: s.Total.String()})
	}
	return out
}

// num writes points the Vietnamese way: "97,25".
func num(d decimal.Decimal) string { return metrics.FormatNumber(d) }
