package forms

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/source"
)

// ErrUnknown is wrapped by the errors of a lookup that finds no circular
// or no form.
var ErrUnknown = errors.New("forms: unknown")

// AlreadyRegisteredError is returned when a circular is registered twice.
type AlreadyRegisteredError struct {
	Circular string
}

func (e *AlreadyRegisteredError) Error() string {
	return fmt.Sprintf("forms: circular %s is registered already", source.Quote(e.Circular))
}

// Registry holds versions of the forms by circular. It is safe for
// concurrent use, and hands out copies: a caller that changes a form it
// got changes nothing for another.
type Registry struct {
	mu       sync.RWMutex
	versions map[string]Version
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{versions: map[string]Version{}} }

// Register adds a version, checked as [ParseVersion] checks a file; a
// circular registered already is an *AlreadyRegisteredError. The registry
// keeps its own copy.
func (r *Registry) Register(v Version) error {
	if strings.TrimSpace(v.Circular) == "" {
		return errors.New("forms: a version without its circular")
	}
	v = v.clone()
	seen := map[string]bool{}
	for i := range v.Forms {
		f := &v.Forms[i]
		v.adopt(f)
		if seen[f.ShortCode()] {
			return fmt.Errorf("forms: %s: form %s appears twice", v.Circular, f.Code)
		}
		seen[f.ShortCode()] = true
		if _, err := compile(f); err != nil {
			return fmt.Errorf("forms: %s: %s: %w", v.Circular, f.Code, err)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.versions[v.Circular]; dup {
		return &AlreadyRegisteredError{Circular: v.Circular}
	}
	r.versions[v.Circular] = v
	return nil
}

// MustRegister is like Register but panics on error; for init functions.
func (r *Registry) MustRegister(v Version) {
	if err := r.Register(v); err != nil {
		panic(err)
	}
}

// Version returns a copy of the version of the circular.
func (r *Registry) Version(circular string) (Version, error) {
	r.mu.RLock()
	v, ok := r.versions[strings.TrimSpace(circular)]
	r.mu.RUnlock()
	if !ok {
		return Version{}, fmt.Errorf("%w circular %s (registered: %s)", ErrUnknown, source.Quote(circular), strings.Join(r.Circulars(), ", "))
	}
	return v.clone(), nil
}

// Lookup returns a copy of the form of the circular with the code: the
// whole number ("0601.N/BNV-TĐKT") or its first part ("0601").
func (r *Registry) Lookup(circular, code string) (Form, error) {
	v, err := r.Version(circular)
	if err != nil {
		return Form{}, err
	}
	code = strings.TrimSpace(code)
	var codes []string
	for _, f := range v.Forms {
		if f.Code == code || f.ShortCode() == code {
			return f, nil
		}
		codes = append(codes, f.Code)
	}
	return Form{}, fmt.Errorf("%w form %s of circular %s (its forms: %s)", ErrUnknown, source.Quote(code), v.Circular, strings.Join(codes, ", "))
}

// award finds an award of a version by its ID or its name in lower case,
// the versions taken in the order of their circulars.
func (r *Registry) award(name string) (awards.ID, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, c := range r.circulars() {
		for _, a := range r.versions[c].Awards {
			if string(a.ID) == name || strings.ToLower(a.Name) == name {
				return a.ID, true
			}
		}
	}
	return "", false
}

// Circulars returns the circulars registered, sorted, in a new slice.
func (r *Registry) Circulars() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.circulars()
}

func (r *Registry) circulars() []string {
	out := make([]string, 0, len(r.versions))
	for c := range r.versions {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

//go:embed versions/*.json
var shipped embed.FS

// Shipped returns the versions that ship with the package, read from
// their files, in a new slice: Circular 02/2023/TT-BNV. A program that
// corrects a version reads the file, changes it and registers it in its
// own registry.
func Shipped() ([]Version, error) {
	names, err := fs.Glob(shipped, "versions/*.json")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []Version
	for _, name := range names {
		data, err := shipped.ReadFile(name)
		if err != nil {
			return nil, err
		}
		v, err := ParseVersion(name, data)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// ShippedFile returns the file of a shipped version by its name
// ("tt-02-2023-bnv.json"), to read, correct and register again.
func ShippedFile(name string) ([]byte, error) {
	return shipped.ReadFile("versions/" + name)
}

// registry is the default registry: the shipped versions, and those a
// program registers.
var registry = func() *Registry {
	r := NewRegistry()
	vs, err := Shipped()
	if err != nil {
		panic(err)
	}
	for _, v := range vs {
		r.MustRegister(v)
	}
	return r
}()

// Register adds a version to the default registry, beside the shipped
// ones: a circular that replaces 02/2023/TT-BNV, read by ParseVersion.
func Register(v Version) error { return registry.Register(v) }

// Lookup returns a copy of a form of the default registry:
// Lookup("02/2023/TT-BNV", "0601").
func Lookup(circular, code string) (Form, error) { return registry.Lookup(circular, code) }

// VersionOf returns a copy of a version of the default registry.
func VersionOf(circular string) (Version, error) { return registry.Version(circular) }

// Circulars returns the circulars of the default registry, sorted.
func Circulars() []string { return registry.Circulars() }
