//go:build race

package report_test

// raceEnabled: the race detector is on, and it allocates beside the code
// under test, so allocation counts mean nothing.
const raceEnabled = true
