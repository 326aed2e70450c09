package awards

import (
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/source"
)

// The codes of the enums of a verdict in JSON and in the logs of hosts
// (package dossier's events): stable, English, lower case.
var (
	outcomeCodes  = [...]string{"undetermined", "eligible", "eligible_for_selection", "not_eligible"}
	resultCodes   = [...]string{"indeterminate", "met", "not_met"}
	evidenceCodes = [...]string{"verified", "secondary", "unverified", "conflict"}
	periodCodes   = [...]string{"year", "school-year", "stage"}
)

// MarshalText writes the outcome's code: "undetermined", "eligible",
// "eligible_for_selection" or "not_eligible".
func (o Outcome) MarshalText() ([]byte, error) {
	return marshalCode(outcomeCodes[:], int(o), "outcome")
}

// UnmarshalText reads what MarshalText writes.
func (o *Outcome) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(outcomeCodes[:], b, "outcome")
	*o = Outcome(i)
	return err
}

// MarshalText writes the result's code: "indeterminate", "met" or
// "not_met".
func (r Result) MarshalText() ([]byte, error) { return marshalCode(resultCodes[:], int(r), "result") }

// UnmarshalText reads what MarshalText writes.
func (r *Result) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(resultCodes[:], b, "result")
	*r = Result(i)
	return err
}

// MarshalText writes the evidence's code: "verified", "secondary",
// "unverified" or "conflict".
func (e Evidence) MarshalText() ([]byte, error) {
	return marshalCode(evidenceCodes[:], int(e), "evidence")
}

// UnmarshalText reads what MarshalText writes.
func (e *Evidence) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(evidenceCodes[:], b, "evidence")
	*e = Evidence(i)
	return err
}

// MarshalText writes the kind's code: "year", "school-year" or "stage".
func (k PeriodKind) MarshalText() ([]byte, error) {
	return marshalCode(periodCodes[:], int(k), "period kind")
}

// UnmarshalText reads what MarshalText writes.
func (k *PeriodKind) UnmarshalText(b []byte) error {
	i, err := unmarshalCode(periodCodes[:], b, "period kind")
	*k = PeriodKind(i)
	return err
}

func marshalCode(codes []string, i int, what string) ([]byte, error) {
	if i < 0 || i >= len(codes) {
		return nil, fmt.Errorf("awards: %s %d out of range", what, i)
	}
	return []byte(codes[i]), nil
}

// unmarshalCode returns the index of code b. Its error, without a package
// prefix, is placed by a decoder in a *source.Error.
func unmarshalCode(codes []string, b []byte, what string) (int, error) {
	for i, c := range codes {
		if c == string(b) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("unknown %s %s; want one of %s", what, source.Quote(string(b)), strings.Join(codes, ", "))
}
