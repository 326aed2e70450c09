package report_test

import (
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

func reportSample() *report.Document { return reporttest.Sample() }
