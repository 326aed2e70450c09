package dossier

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tdkt-vn/tdkt/source"
)

// Errors callers branch on with errors.Is. Like every sentinel of the
// library they carry no prefix of their own: the error that wraps one
// starts with "dossier: ", once.
var (
	// ErrStale reports a command made on a version that is no longer the
	// dossier's: another user acted first ([StaleError]).
	ErrStale = errors.New("stale version")
	// ErrOutOfOrder reports an action that no role may take in the
	// dossier's state, or at the level that holds it: Propose below the
	// deciding level, Forward at it ([TransitionError]).
	ErrOutOfOrder = errors.New("action not possible in this state")
	// ErrNotPermitted reports an action the user's role may not take in
	// the dossier's state, or a user acting for another unit.
	ErrNotPermitted = errors.New("role not permitted")
	// ErrIncomplete reports what the transition needs and the dossier
	// lacks: a component, an appraisal, a vote, a decision number.
	ErrIncomplete = errors.New("dossier incomplete")
	// ErrInvalidInput reports input that contradicts itself or the
	// dossier: more ballots than members, a subject voted on twice, a vote
	// for a subject not in the dossier, a verdict for another award.
	ErrInvalidInput = errors.New("inconsistent input")
	// ErrUnknownDossier reports a dossier a [Store] does not hold.
	ErrUnknownDossier = errors.New("unknown dossier")
	// ErrBrokenLog reports events that cannot have come from the workflow:
	// a gap or a repeat in versions, an event of another dossier, states
	// that do not follow ([EventError]).
	ErrBrokenLog = errors.New("events do not follow")
)

// TransitionError is a command or an event the workflow refuses, with the
// reasons in Vietnamese for the officer who reads them. The dossier is
// unchanged.
type TransitionError struct {
	Dossier string
	Version int // the version the dossier was at
	Action  Action
	State   State // the state the dossier was in
	Role    Role
	// Reasons say what is missing or wrong, in Vietnamese, in lower case:
	// "chưa có biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị đề nghị".
	Reasons []string
	// Err is the sentinel: ErrOutOfOrder, ErrNotPermitted, ErrIncomplete
	// or ErrInvalidInput.
	Err error
}

// Error writes "dossier: " and [TransitionError.Text] in lower case.
func (e *TransitionError) Error() string { return "dossier: " + e.message() }

func (e *TransitionError) message() string {
	var b strings.Builder
	b.WriteString("hồ sơ ")
	b.WriteString(source.Quote(e.Dossier))
	b.WriteString(" (")
	b.WriteString(e.State.String())
	b.WriteString(", phiên bản ")
	b.WriteString(strconv.Itoa(e.Version))
	b.WriteString("): không thể ")
	b.WriteString(e.Action.String())
	if len(e.Reasons) > 0 {
		b.WriteString(": ")
		b.WriteString(strings.Join(e.Reasons, "; "))
	}
	return b.String()
}

// Text writes the refusal as one Vietnamese sentence for the officer:
// "Không thể gửi hồ sơ: chưa có tờ trình đề nghị khen thưởng; chưa có báo
// cáo thành tích của Nguyễn Văn An.".
func (e *TransitionError) Text() string {
	s := "Không thể " + e.Action.String()
	if len(e.Reasons) > 0 {
		s += ": " + strings.Join(e.Reasons, "; ")
	}
	return s + "."
}

func (e *TransitionError) Unwrap() error { return e.Err }

// StaleError is a command made on a version the dossier has left: the
// user must reload the dossier and decide again. It wraps [ErrStale].
type StaleError struct {
	Dossier string
	Made    int // the version the command was made on
	Current int // the dossier's version
}

func (e *StaleError) Error() string {
	if e.Current == 0 {
		return fmt.Sprintf("dossier: %s: command made on version %d of a dossier that does not exist: %v",
			source.Quote(e.Dossier), e.Made, ErrStale)
	}
	return fmt.Sprintf("dossier: %s: command made on version %d, the dossier is at version %d: %v",
		source.Quote(e.Dossier), e.Made, e.Current, ErrStale)
}

// Text says it in Vietnamese for the officer: "Hồ sơ đã được cập nhật
// (phiên bản 5) sau khi bạn mở; hãy tải lại hồ sơ và thực hiện lại.".
func (e *StaleError) Text() string {
	if e.Current == 0 {
		return "Hồ sơ không còn hoặc chưa được tạo; hãy tải lại danh sách hồ sơ."
	}
	return fmt.Sprintf("Hồ sơ đã được cập nhật (phiên bản %d) sau khi bạn mở (phiên bản %d); hãy tải lại hồ sơ và thực hiện lại.",
		e.Current, e.Made)
}

func (e *StaleError) Unwrap() error { return ErrStale }

// EventError is an event [Rebuild] refuses: it names the event by its
// index in the log, its dossier, version and action. Err is the cause: an
// error wrapping [ErrBrokenLog], or the [*TransitionError] of a transition
// the workflow refuses.
type EventError struct {
	Index   int // 0-based, in the slice given to Rebuild
	Dossier string
	Version int
	Action  Action
	Err     error
}

func (e *EventError) Error() string {
	msg := e.Err.Error()
	var te *TransitionError
	if errors.As(e.Err, &te) {
		msg = te.message()
	}
	return fmt.Sprintf("dossier: event %d (%s version %d, %s): %s", e.Index, source.Quote(e.Dossier), e.Version,
		actionCode(e.Action), msg)
}

func (e *EventError) Unwrap() error { return e.Err }

func actionCode(a Action) string {
	b, err := a.MarshalText()
	if err != nil || len(b) == 0 {
		return "no action"
	}
	return string(b)
}

// broken returns an error wrapping ErrBrokenLog.
func broken(format string, args ...any) error {
	return &cause{msg: fmt.Sprintf(format, args...), err: ErrBrokenLog}
}

// cause is an error whose message is its own, without the text of the
// sentinel it wraps.
type cause struct {
	msg string
	err error
}

func (e *cause) Error() string { return e.msg }
func (e *cause) Unwrap() error { return e.err }

// invalid returns an error for the developer, wrapping ErrInvalidInput.
func invalid(format string, args ...any) error {
	return fmt.Errorf("dossier: %w: %s", ErrInvalidInput, fmt.Sprintf(format, args...))
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
