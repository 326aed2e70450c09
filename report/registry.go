package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"sync"
)

// Section builds the blocks of one part of a document. Sections are
// plugins: registered under a name, listed by templates.
//
// A section's parameters are the fields of its own value, as Caddy's
// modules are: the registry's constructor returns a pointer to a fresh,
// empty value; the composer decodes the template entry's "params" into it
// (unknown fields are errors at the template's line), resolves its [Ref]
// fields against the [Data], then calls Build. A Go template may hold a
// section value directly ([Entry].Section).
//
// Build must not change the section: the composer decodes a parsed
// template's parameters once and serves every Compose from that value (on
// a copy whose Refs it resolves), as it serves a Go template's section
// values, also from several goroutines at once.
type Section interface {
	Build(ctx context.Context, in Input) ([]Block, error)
}

// Renderer writes a composed document in one format, to w as it goes.
// Renderers are plugins: registered under the format's name.
type Renderer interface {
	Render(ctx context.Context, w io.Writer, d *Document) error
}

// AlreadyRegisteredError is returned when a name is registered twice.
type AlreadyRegisteredError struct {
	Name string
}

func (e *AlreadyRegisteredError) Error() string {
	return fmt.Sprintf("report: %q is already registered", e.Name)
}

// ErrNotRegistered reports a name nobody registered.
var ErrNotRegistered = errors.New("report: not registered")

// ErrNil reports a nil document or template given to a renderer or the
// composer.
var ErrNil = errors.New("report: nil document or template")

// Names are bare, lowercase words joined by hyphens: "prose", "award-list",
// "docx", "html-fragment".
var namePattern = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

// Registry holds constructors of plugins by name. It is safe for concurrent
// use. The package-level functions ([RegisterSection], [Render], …) use the
// default registries; tests and programs that want their own set of
// plugins build one with NewRegistry (a [Composer] takes a registry of
// sections).
type Registry[T any] struct {
	kind string
	mu   sync.RWMutex
	m    map[string]func() T
}

// NewRegistry returns an empty registry; kind names what it holds
// ("section", "renderer") in error messages.
func NewRegistry[T any](kind string) *Registry[T] {
	return &Registry[T]{kind: kind, m: map[string]func() T{}}
}

// Register adds a constructor under name. The name must be bare: a
// lowercase letter, then lowercase letters, digits and hyphens ("prose",
// "award-list", "docx"). The constructor must not be nil and must return a
// non-nil value (a nil pointer is nil); a name taken already is an
// *AlreadyRegisteredError.
func (r *Registry[T]) Register(name string, newT func() T) error {
	if !namePattern.MatchString(name) {
		return fmt.Errorf("report: %s name %q: want a bare lowercase name such as \"award-list\" (letters, digits, hyphens)", r.kind, name)
	}
	if newT == nil {
		return fmt.Errorf("report: %s %q: nil constructor", r.kind, name)
	}
	if isNil(newT()) {
		return fmt.Errorf("report: %s %q: constructor returns nil", r.kind, name)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.m[name]; dup {
		return &AlreadyRegisteredError{Name: name}
	}
	r.m[name] = newT
	return nil
}

// MustRegister is like Register but panics on error; for init functions.
func (r *Registry[T]) MustRegister(name string, newT func() T) {
	if err := r.Register(name, newT); err != nil {
		panic(err)
	}
}

// New returns a new plugin made by the constructor registered under name.
// A name nobody registered is an error that wraps [ErrNotRegistered], lists
// what is registered and suggests a forgotten import.
func (r *Registry[T]) New(name string) (T, error) {
	r.mu.RLock()
	f, ok := r.m[name]
	r.mu.RUnlock()
	if !ok {
		var zero T
		return zero, fmt.Errorf("%w: %s %q (forgotten import? registered: %v)", ErrNotRegistered, r.kind, name, r.List())
	}
	return f(), nil
}

// List returns the registered names, sorted, in a new slice.
func (r *Registry[T]) List() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.m))
	for name := range r.m {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// isNil reports whether v is nil or holds a nil pointer, map, slice,
// function, channel or interface.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

// The default registries. They are unexported so that no program can
// replace them; the functions below are their only entry points.
var (
	sections  = NewRegistry[Section]("section")
	renderers = NewRegistry[Renderer]("renderer")
)

// RegisterSection registers a section in the default registry under a bare
// name ("award-list"). Packages of sections call it, or
// MustRegisterSection, from init.
func RegisterSection(name string, newS func() Section) error { return sections.Register(name, newS) }

// MustRegisterSection is like RegisterSection but panics on error.
func MustRegisterSection(name string, newS func() Section) { sections.MustRegister(name, newS) }

// NewSection returns a new section of the default registry.
func NewSection(name string) (Section, error) { return sections.New(name) }

// SectionNames returns the names of the default registry's sections, sorted.
func SectionNames() []string { return sections.List() }

// RegisterRenderer registers a renderer in the default registry under the
// bare name of its format ("docx"). Renderer packages call it, or
// MustRegisterRenderer, from init, so that importing them is enough.
func RegisterRenderer(name string, newR func() Renderer) error { return renderers.Register(name, newR) }

// MustRegisterRenderer is like RegisterRenderer but panics on error.
func MustRegisterRenderer(name string, newR func() Renderer) { renderers.MustRegister(name, newR) }

// RendererNames returns the names of the default registry's renderers,
// sorted.
func RendererNames() []string { return renderers.List() }

// Render writes d in the format registered under name ("docx", "html").
func Render(ctx context.Context, name string, w io.Writer, d *Document) error {
	r, err := renderers.New(name)
	if err != nil {
		return err
	}
	return r.Render(ctx, w, d)
}
