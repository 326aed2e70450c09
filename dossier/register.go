package dossier

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Register gives document numbers ("sổ đăng ký văn bản"): the next number
// of an issuer for a year and a type of document. Numbers start at 1 each
// year (Decree 30/2020/NĐ-CP: a document's number is its order in the
// issuer's register of the year). The host passes its own register, kept
// in its database, to [Decide]; [MemoryRegister] keeps one in memory.
type Register interface {
	// Next returns the next number of issuer (the Code of the deciding
	// unit) for the year and the type's abbreviation ("QĐ"), and records
	// it as used.
	Next(ctx context.Context, issuer string, year int, docType string) (int, error)
}

// MemoryRegister is a Register in memory, safe for concurrent use. Its
// zero value is an empty register.
type MemoryRegister struct {
	mu   sync.Mutex
	last map[registerKey]int
}

type registerKey struct {
	issuer string
	year   int
	typ    string
}

// ErrRegister reports a register that cannot give a number: an issuer or
// type not named, a year out of range, or a number set back.
var ErrRegister = errors.New("register cannot give a number")

// Next returns the number after the last one given for issuer, year and
// docType: 1 for the first. It reads ctx only to refuse a context
// already done.
func (r *MemoryRegister) Next(ctx context.Context, issuer string, year int, docType string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	k, err := registerKeyOf(issuer, year, docType)
	if err != nil {
		return 0, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.last == nil {
		r.last = map[registerKey]int{}
	}
	if r.last[k] == maxNumber {
		return 0, fmt.Errorf("dossier: %w: %d numbers of %s used in %d", ErrRegister, maxNumber, issuer, year)
	}
	r.last[k]++
	return r.last[k], nil
}

// Last returns the last number given for issuer, year and docType; 0 when
// none was.
func (r *MemoryRegister) Last(issuer string, year int, docType string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last[registerKey{issuer, year, docType}]
}

// Continue makes the register go on after last: the numbers a register
// kept elsewhere, or typed by the clerk, already used. It refuses to set
// a register back.
func (r *MemoryRegister) Continue(issuer string, year int, docType string, last int) error {
	k, err := registerKeyOf(issuer, year, docType)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.last == nil {
		r.last = map[registerKey]int{}
	}
	if last < r.last[k] || last > maxNumber {
		return fmt.Errorf("dossier: %w: cannot continue %s of %d from %d (last given %d)", ErrRegister, issuer, year, last, r.last[k])
	}
	r.last[k] = last
	return nil
}

// maxNumber bounds a year's numbers.
const maxNumber = 1_000_000

func registerKeyOf(issuer string, year int, docType string) (registerKey, error) {
	switch {
	case issuer == "":
		return registerKey{}, fmt.Errorf("dossier: %w: no issuer", ErrRegister)
	case docType == "":
		return registerKey{}, fmt.Errorf("dossier: %w: no type of document", ErrRegister)
	case year < 1900 || year > 2200:
		return registerKey{}, fmt.Errorf("dossier: %w: year %d out of range 1900–2200", ErrRegister, year)
	}
	return registerKey{issuer, year, docType}, nil
}

// Interface guards
var _ Register = (*MemoryRegister)(nil)
