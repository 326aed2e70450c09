package wordml

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// maxErrors bounds the errors reported for one part.
const maxErrors = 20

// Parts returns the parts of a .docx archive by name, and their names in
// the order of the archive. A part named twice is an error.
func Parts(b []byte) (map[string][]byte, []string, error) {
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, nil, fmt.Errorf("not a zip archive: %v", err)
	}
	parts := map[string][]byte{}
	var names []string
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %v", f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %v", f.Name, err)
		}
		if _, dup := parts[f.Name]; dup {
			return nil, nil, fmt.Errorf("%s: twice in the archive", f.Name)
		}
		parts[f.Name] = data
		names = append(names, f.Name)
	}
	return parts, names, nil
}

// Check checks a .docx archive: every XML part against the schema
// table (schema.go), every part has a content type, and every
// internal relationship points at a part of the archive.
func Check(b []byte) []error {
	parts, names, err := Parts(b)
	if err != nil {
		return []error{err}
	}
	var errs []error
	for _, name := range names {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			errs = append(errs, CheckPart(name, parts[name])...)
		}
	}
	return append(errs, checkPackage(parts)...)
}

// checkPackage checks what binds the parts together (ECMA-376 Part 2):
// content types and relationship targets.
func checkPackage(parts map[string][]byte) []error {
	var errs []error
	var types struct {
		Default []struct {
			Extension string `xml:",attr"`
		}
		Override []struct {
			PartName string `xml:",attr"`
		}
	}
	if err := xml.Unmarshal(parts["[Content_Types].xml"], &types); err != nil {
		return []error{fmt.Errorf("[Content_Types].xml: %v", err)}
	}
	typed := map[string]bool{}
	for _, o := range types.Override {
		name := strings.TrimPrefix(o.PartName, "/")
		typed[name] = true
		if _, ok := parts[name]; !ok {
			errs = append(errs, fmt.Errorf("[Content_Types].xml: override for %s, which the archive lacks", o.PartName))
		}
	}
	exts := map[string]bool{}
	for _, d := range types.Default {
		exts[strings.ToLower(d.Extension)] = true
	}
	var names []string
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if name == "[Content_Types].xml" || typed[name] {
			continue
		}
		if !exts[strings.ToLower(strings.TrimPrefix(path.Ext(name), "."))] {
			errs = append(errs, fmt.Errorf("%s: no content type", name))
		}
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		var rels struct {
			Relationship []struct {
				ID         string `xml:"Id,attr"`
				Target     string `xml:",attr"`
				TargetMode string `xml:",attr"`
			}
		}
		if err := xml.Unmarshal(parts[name], &rels); err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", name, err))
			continue
		}
		// word/_rels/document.xml.rels holds the relationships of
		// word/document.xml: targets are relative to word/.
		base := path.Dir(path.Dir(name))
		ids := map[string]bool{}
		for _, r := range rels.Relationship {
			if ids[r.ID] {
				errs = append(errs, fmt.Errorf("%s: relationship %s twice", name, r.ID))
			}
			ids[r.ID] = true
			if r.TargetMode == "External" {
				continue
			}
			target := path.Join(base, r.Target)
			if strings.HasPrefix(r.Target, "/") {
				target = strings.TrimPrefix(r.Target, "/")
			}
			if _, ok := parts[target]; !ok {
				errs = append(errs, fmt.Errorf("%s: relationship %s targets %s, which the archive lacks", name, r.ID, target))
			}
		}
	}
	return errs
}

// CheckPart checks one XML part: well-formed, and every element, its
// children's order and number, its attributes and their values as the
// schema table has them.
func CheckPart(name string, data []byte) []error {
	c := &checker{part: name}
	c.run(data)
	return c.errs
}

type checker struct {
	part  string
	errs  []error
	stack []*frame
}

// A frame is an element being checked.
type frame struct {
	parent *frame
	name   string // its qualified name
	nth    int    // 1 for the first child of that name in its parent
	t      *ctype // nil: not checked (its type is unknown, already reported)
	at     int    // the particle the last child matched
	n      int    // children matched by that particle
	prev   string // the last child
	seen   map[string]int
	text   strings.Builder
}

// path writes where f is: /w:document[1]/w:body[1]/w:p[3].
func (f *frame) path() string {
	if f.parent == nil {
		return ""
	}
	return fmt.Sprintf("%s/%s[%d]", f.parent.path(), f.name, f.nth)
}

func (c *checker) errorf(at, format string, args ...any) {
	switch {
	case len(c.errs) < maxErrors:
		c.errs = append(c.errs, fmt.Errorf("%s: %s: %s", c.part, at, fmt.Sprintf(format, args...)))
	case len(c.errs) == maxErrors:
		c.errs = append(c.errs, fmt.Errorf("%s: more errors left out", c.part))
	}
}

func (c *checker) run(data []byte) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	c.stack = []*frame{{t: schema[partRoot], seen: map[string]int{}}}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			c.errorf("XML", "%v", err)
			return
		}
		top := c.stack[len(c.stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			c.start(top, tok)
		case xml.EndElement:
			c.end(top)
			c.stack = c.stack[:len(c.stack)-1]
		case xml.CharData:
			switch {
			case top.t == nil:
			case top.t.text != "":
				top.text.Write(tok)
			case len(bytes.TrimSpace(tok)) > 0:
				s := string(tok)
				if len(s) > 40 {
					s = s[:40] + "…"
				}
				c.errorf(top.path(), "text %q in element-only content", s)
			}
		case xml.Directive:
			c.errorf(top.path(), "directive <!%s>: a part has no DTD", tok)
		}
	}
	if len(c.stack) != 1 {
		c.errorf("XML", "unexpected end")
		return
	}
	c.end(c.stack[0])
}

// prefixes maps a namespace to the table's prefix for it.
var prefixes = func() map[string]string {
	m := map[string]string{}
	for prefix, uri := range namespaces {
		m[uri] = prefix
	}
	return m
}()

// qname writes a name with the table's prefix for its namespace.
func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	if prefix, ok := prefixes[n.Space]; ok {
		return prefix + ":" + n.Local
	}
	return "{" + n.Space + "}" + n.Local
}

func (c *checker) start(parent *frame, e xml.StartElement) {
	name := qname(e.Name)
	parent.seen[name]++
	f := &frame{parent: parent, name: name, nth: parent.seen[name], seen: map[string]int{}}
	c.stack = append(c.stack, f)
	if parent.t == nil {
		return
	}
	typ, ok := c.child(parent, name)
	if !ok {
		return
	}
	if typ == "" {
		c.errorf(f.path(), "%s has no type in the schema table (schema.go): write its type down before emitting it", name)
		return
	}
	f.t = schema[typ]
	for _, a := range e.Attr {
		if a.Name.Space == "xmlns" || a.Name.Space == "" && a.Name.Local == "xmlns" {
			continue // a namespace declaration
		}
		an := qname(a.Name)
		spec, ok := f.t.attrs[an]
		if !ok {
			c.errorf(f.path(), "unknown attribute %s on %s (%s, %s)", an, name, f.t.name, f.t.clause)
			continue
		}
		if !simpleTypes[spec.typ](a.Value) {
			c.errorf(f.path(), "%s=%q is not a valid %s", an, a.Value, spec.typ)
		}
	}
	for an, spec := range f.t.attrs {
		if spec.required && !hasAttr(e.Attr, an) {
			c.errorf(f.path(), "missing attribute %s (%s, %s)", an, f.t.name, f.t.clause)
		}
	}
}

func hasAttr(attrs []xml.Attr, name string) bool {
	for _, a := range attrs {
		if qname(a.Name) == name {
			return true
		}
	}
	return false
}

// child steps the content model of f by one child and returns the
// child's type.
func (c *checker) child(f *frame, name string) (string, bool) {
	t := f.t
	j, ok := t.index[name]
	if !ok {
		c.errorf(f.path(), "unknown element %s in %s (%s)", name, t.name, t.clause)
		return "", false
	}
	p := t.parts[j]
	switch {
	case t.all:
		if f.seen[name] > 1 {
			c.errorf(f.path(), "%s more than once in %s (%s)", name, t.name, t.clause)
		}
	case j < f.at:
		c.errorf(f.path(), "%s after %s: %s (%s) puts %s before %s", name, f.prev, t.name, t.clause, name, f.prev)
		return p.types[name], true // the position stays at f.prev
	case j == f.at && f.n > 0:
		if p.max >= 0 && f.n >= p.max {
			c.errorf(f.path(), "more than %d %s in %s (%s)", p.max, strings.Join(p.names, " or "), t.name, t.clause)
		}
		f.n++
	default:
		c.required(f, j, "before "+name)
		f.at, f.n = j, 1
	}
	f.prev = name
	return p.types[name], true
}

// required reports the required particles from f's position up to the
// particle upto that have too few children.
func (c *checker) required(f *frame, upto int, where string) {
	for i := f.at; i < upto; i++ {
		n := 0
		if i == f.at {
			n = f.n
		}
		if p := f.t.parts[i]; n < p.min {
			c.errorf(f.path(), "missing %s %s: %s (%s) requires it", strings.Join(p.names, " or "), where, f.t.name, f.t.clause)
		}
	}
}

func (c *checker) end(f *frame) {
	if f.t == nil {
		return
	}
	if !f.t.all {
		c.required(f, len(f.t.parts), "at the end")
	}
	if f.t.text != "" && !simpleTypes[f.t.text](f.text.String()) {
		c.errorf(f.path(), "text %q is not a valid %s", f.text.String(), f.t.text)
	}
}
