// Quickstart shows the exact figures of a TĐKT report with package metrics:
// the aid, gift and conference figures of a semi-annual report, computed
// from their parts, compared with the same period last year, and written the
// way Vietnamese documents write them.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"io"
	"log"
	"os"

	"github.com/tdkt-vn/tdkt/metrics"
)

func main() {
	if err := run(os.Stdout); err != nil {
		log.SetFlags(0)
		log.Fatal(err)
	}
}

func run(out io.Writer) error {
	scaled := metrics.Formatter{Scale: metrics.AutoScale}
	two := metrics.Formatter{MinDigits: 2}

	// Aid from foreign NGOs: committed and disbursed this half-year, and
	// disbursed in the same half of last year.
	committed, err := metrics.ParseAmount("2.171.123 USD")
	if err != nil {
		return err
	}
	disbursed := metrics.MustAmount("1114831", metrics.USD)
	lastYear := metrics.MustAmount("635402", metrics.USD)
	change, err := metrics.NewChange(disbursed, lastYear)
	if err != nil {
		return err
	}
	projects, err := metrics.NewChange(metrics.NewCount(16, "dự án"), metrics.NewCount(16, "dự án"))
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Tổng ngân sách cam kết %s, giá trị giải ngân thực tế %s.\n", committed, disbursed)
	fmt.Fprintf(out, "So với cùng kỳ năm trước, số lượng dự án %s; giá trị giải ngân %s.\n", projects, change)

	// Gifts: quantity × unit value, and a total built from its parts.
	gifts, err := metrics.NewCount(150, "suất quà").Times(metrics.MustAmount("600000", metrics.VND))
	if err != nil {
		return err
	}
	houses := metrics.MustAmount("180000000", metrics.VND)
	called, err := metrics.SumAmounts("giá trị kêu gọi",
		metrics.Part[metrics.Amount]{Name: "quà Tết", Value: gifts},
		metrics.Part[metrics.Amount]{Name: "xóa nhà tạm", Value: houses})
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Trao 150 suất quà, tổng trị giá %s; tổng giá trị kêu gọi là %s.\n",
		scaled.Amount(gifts), scaled.Amount(called.Value))

	// An approximate figure stays approximate.
	approx := metrics.MustAmount("30000000", metrics.VND).WithQualifier(metrics.Nearly)
	fmt.Fprintf(out, "Tổng trị giá các phần quà %s.\n", scaled.Amount(approx))

	// Conferences: 04 + 05 = 09, checked against the total the data states.
	conf, err := metrics.SumCounts("hội nghị trực tuyến",
		metrics.Part[metrics.Count]{Name: "cấp tỉnh", Value: metrics.NewCount(4, "hội nghị trực tuyến cấp tỉnh")},
		metrics.Part[metrics.Count]{Name: "cấp sở, ngành", Value: metrics.NewCount(5, "hội thảo trực tuyến cấp sở, ngành")})
	if err != nil {
		return err
	}
	if err := conf.Check(metrics.NewCount(9, "hội nghị trực tuyến")); err != nil {
		return err
	}
	fmt.Fprintf(out, "Tổng số %s, trong đó %s; %s.\n",
		two.Count(conf.Value), two.Count(conf.Parts[0].Value), two.Count(conf.Parts[1].Value))
	if err := conf.Check(metrics.NewCount(10, "hội nghị trực tuyến")); err != nil {
		fmt.Fprintf(out, "(Một tổng số sai bị phát hiện: %v)\n", err)
	}

	// Money in words.
	prize := metrics.MustAmount("5740000", metrics.VND)
	words, err := prize.InWords()
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Tổng số tiền là %s (bằng chữ: %s).\n", prize, words)
	return nil
}
