package emulation

import (
	"errors"
	"fmt"
)

// Sentinel errors callers branch on.
var (
	ErrDuplicateID = errors.New("emulation: duplicate identifier")
	ErrUnknownID   = errors.New("emulation: unknown identifier")
	ErrScore       = errors.New("emulation: score out of range")
	ErrScorecard   = errors.New("emulation: scorecard does not add up")
)

// ValidationError says which entity of the data is wrong and how.
type ValidationError struct {
	Kind  string // "organisation", "campaign", "bloc", …
	ID    string // the entity's identifier
	Index int    // its position in its list
	Field string // the field at fault
	Err   error
}

func (e *ValidationError) Error() string {
	s := fmt.Sprintf("emulation: %s %q", e.Kind, e.ID)
	if e.Field != "" {
		s += fmt.Sprintf(": field %q", e.Field)
	}
	return s + ": " + e.Err.Error()
}

func (e *ValidationError) Unwrap() error { return e.Err }

// fieldError is a problem with one field, before the entity is known.
type fieldError struct {
	field string
	err   error
}

func (e *fieldError) Error() string { return e.field + ": " + e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

func fieldErr(field, format string, args ...any) error {
	return &fieldError{field: field, err: fmt.Errorf(format, args...)}
}

// entityErr wraps err as a *ValidationError for the entity.
func entityErr(kind, id string, index int, err error) error {
	ve := &ValidationError{Kind: kind, ID: id, Index: index, Err: err}
	var fe *fieldError
	if errors.As(err, &fe) {
		ve.Field, ve.Err = fe.field, fe.err
	}
	return ve
}
