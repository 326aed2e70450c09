package emulation

import (
	"errors"
	"fmt"
	"strings"

	"github.com/tdkt-vn/tdkt/source"
)

// Sentinel errors callers branch on with errors.Is. Their text carries no
// package prefix: the error that wraps one says where it comes from, as
// strconv.ErrRange does inside a *strconv.NumError.
var (
	ErrDuplicateID = errors.New("duplicate identifier")
	ErrUnknownID   = errors.New("unknown identifier")
	ErrScore       = errors.New("score out of range")
	ErrScorecard   = errors.New("scorecard does not add up")
	ErrRange       = errors.New("value out of range")
)

// ValidationError says which entity of a season's data is wrong and how.
// [New] returns them (joined with errors.Join); [ParseJSON] turns them into
// *source.Error values at the entity's line.
type ValidationError struct {
	Kind  string // "organisation", "campaign", "bloc", …
	ID    string // the entity's identifier
	Index int    // its position in its list of the Data
	Field string // the field at fault, as the JSON names it ("leads[0].lead"); "" for the whole entity
	Err   error  // the cause, without a package prefix
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("emulation: ")
	b.WriteString(e.Kind)
	b.WriteByte(' ')
	b.WriteString(source.Quote(e.ID))
	if e.Field != "" {
		b.WriteString(": field ")
		b.WriteString(source.Quote(e.Field))
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *ValidationError) Unwrap() error { return e.Err }

// cause is an error whose message is its own, without the text of the
// error it wraps: it names awards.ErrUnknownAward or a *ScoreError for
// errors.Is and errors.As without repeating their package prefixes.
type cause struct {
	msg string
	err error
}

func (e *cause) Error() string { return e.msg }
func (e *cause) Unwrap() error { return e.err }

// because returns an error reading msg that wraps err.
func because(err error, format string, args ...any) error {
	return &cause{msg: fmt.Sprintf(format, args...), err: err}
}

// unprefixed returns err with the package prefix of its message dropped,
// for an error of this package wrapped in another that has its own.
func unprefixed(err error) error {
	msg, ok := strings.CutPrefix(err.Error(), "emulation: ")
	if !ok {
		return err
	}
	return &cause{msg: msg, err: err}
}

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
func entityErr(kind, id string, index int, err error) *ValidationError {
	var ve *ValidationError
	if errors.As(err, &ve) && ve.Kind == kind {
		out := *ve
		out.ID, out.Index = id, index
		return &out
	}
	out := &ValidationError{Kind: kind, ID: id, Index: index, Err: err}
	var fe *fieldError
	if errors.As(err, &fe) {
		out.Field, out.Err = fe.field, fe.err
	}
	if strings.HasPrefix(out.Err.Error(), "emulation: ") {
		out.Err = unprefixed(out.Err)
	}
	return out
}

// q quotes a value for a message: cut when long, Go-quoted.
func q(s string) string { return source.Quote(s) }
