package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sync"
)

// Section builds the blocks of one part of a document from its parameters
// and the data. Sections are plugins: registered under a name, listed by
// templates.
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
	ID string
}

func (e *AlreadyRegisteredError) Error() string {
	return fmt.Sprintf("report: %q is already registered", e.ID)
}

// ErrNotRegistered reports a name nobody registered.
var ErrNotRegistered = errors.New("report: not registered")

// ErrNil reports a nil document or template given to a renderer or the
// composer.
var ErrNil = errors.New("report: nil document or template")

// ids are lowercase and dotted: "section.prose", "format.html".
var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$`)

// Registry holds constructors of plugins by name. It is safe for concurrent
// use. Tests build their own with NewRegistry; the package-level functions
// use the default registries.
type Registry[T any] struct {
	kind string
	mu   sync.RWMutex
	m    map[string]func() T
}

// NewRegistry returns an empty registry; kind names what it holds
// ("section", "format") in error messages.
func NewRegistry[T any](kind string) *Registry[T] {
	return &Registry[T]{kind: kind, m: map[string]func() T{}}
}

// Register adds a constructor under id. The id must be lowercase and
// dotted ("section.prose"); the constructor must not be nil and must return
// a non-nil value; a name taken already is an *AlreadyRegisteredError.
func (r *Registry[T]) Register(id string, newT func() T) error {
	if !idPattern.MatchString(id) {
		return fmt.Errorf("report: %s id %q: want lowercase words joined by dots, such as %q", r.kind, id, r.kind+".name")
	}
	if newT == nil {
		return fmt.Errorf("report: %s %q: nil constructor", r.kind, id)
	}
	if v := newT(); any(v) == nil {
		return fmt.Errorf("report: %s %q: constructor returns nil", r.kind, id)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, dup := r.m[id]; dup {
		return &AlreadyRegisteredError{ID: id}
	}
	r.m[id] = newT
	return nil
}

// MustRegister is like Register but panics on error; for init functions.
func (r *Registry[T]) MustRegister(id string, newT func() T) {
	if err := r.Register(id, newT); err != nil {
		panic(err)
	}
}

// New returns a new plugin registered under id. A name nobody registered
// is an error that lists what is registered and suggests a forgotten
// import.
func (r *Registry[T]) New(id string) (T, error) {
	r.mu.RLock()
	f, ok := r.m[id]
	r.mu.RUnlock()
	if !ok {
		var zero T
		return zero, fmt.Errorf("%w: %s %q (forgotten import? registered: %v)", ErrNotRegistered, r.kind, id, r.List())
	}
	return f(), nil
}

// List returns the registered names, sorted.
func (r *Registry[T]) List() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	ids := make([]string, 0, len(r.m))
	for id := range r.m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// The default registries.
var (
	Sections  = NewRegistry[Section]("section")
	Renderers = NewRegistry[Renderer]("format")
)

// RegisterSection registers a section in the default registry.
func RegisterSection(id string, newS func() Section) error { return Sections.Register(id, newS) }

// RegisterRenderer registers a renderer in the default registry. Renderer
// packages call it from init, so that importing them is enough.
func RegisterRenderer(id string, newR func() Renderer) error { return Renderers.Register(id, newR) }

// Render writes d in the format registered under id ("format.html").
func Render(ctx context.Context, id string, w io.Writer, d *Document) error {
	r, err := Renderers.New(id)
	if err != nil {
		return err
	}
	return r.Render(ctx, w, d)
}
