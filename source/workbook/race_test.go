//go:build race

package workbook_test

// raceEnabled is set when the race detector runs, which makes a roster of
// 50 000 rows take minutes: TestLargeRoster reads 5 000 then.
const raceEnabled = true
