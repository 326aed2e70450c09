package readme

import (
	"bufio"
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// root is the module's root, two levels up from this package.
const root = "../.."

// snippet is a ```go block of the README.
type snippet struct {
	line int // of the opening fence
	code string
}

func readmeSnippets(t *testing.T) []snippet {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var out []snippet
	var cur *snippet
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case cur == nil && strings.TrimSpace(line) == "```go":
			cur = &snippet{line: n}
		case cur != nil && strings.TrimSpace(line) == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.code += line + "\n"
		}
	}
	if len(out) == 0 {
		t.Fatal("README.md has no ```go blocks")
	}
	return out
}

// normalise keeps the lines of code that carry meaning: no blank lines,
// no comment lines, no trailing comments, no indentation.
func normalise(code string) []string {
	var out []string
	for _, l := range strings.Split(code, "\n") {
		l = strings.TrimSpace(l)
		for i := strings.Index(l, " //"); i >= 0; {
			if strings.Count(l[:i], `"`)%2 == 0 {
				l = strings.TrimSpace(l[:i])
				break
			}
			j := strings.Index(l[i+1:], " //")
			if j < 0 {
				break
			}
			i += 1 + j
		}
		if l == "" || strings.HasPrefix(l, "//") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// examples returns the normalised bodies of every Example function and
// every examples/*/main.go of the repository, and the import lines of
// their files.
func examples(t *testing.T) (bodies [][]string, imports map[string]bool) {
	t.Helper()
	imports = map[string]bool{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(path, "_test.go") && !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
		if err != nil {
			return nil // not ours to judge here
		}
		isMain := strings.Contains(filepath.ToSlash(path), "/examples/")
		for _, im := range f.Imports {
			imports[im.Path.Value] = true
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			if !strings.HasPrefix(fn.Name.Name, "Example") && !isMain {
				continue
			}
			body := string(src[fset.Position(fn.Body.Lbrace).Offset+1 : fset.Position(fn.Body.Rbrace).Offset])
			bodies = append(bodies, normalise(body))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return bodies, imports
}

func contains(hay, needle []string) bool {
	if len(needle) == 0 {
		return true
	}
	for i := 0; i+len(needle) <= len(hay); i++ {
		match := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// TestSnippets keeps every Go snippet of the README compiling: a complete
// program (package main) is built; a fragment must stand, line for line,
// in a runnable Example (or an example program), so that it compiles and,
// with its // Output:, runs as shown. Import lines of a fragment must be
// imports of some example file.
func TestSnippets(t *testing.T) {
	bodies, imports := examples(t)
	for _, s := range readmeSnippets(t) {
		lines := normalise(s.code)
		if len(lines) > 0 && strings.HasPrefix(lines[0], "package ") {
			buildProgram(t, s)
			continue
		}
		var code []string
		inImports := false
		for _, l := range lines {
			switch {
			case l == "import (":
				inImports = true
			case inImports && l == ")":
				inImports = false
			case inImports || strings.HasPrefix(l, "import "):
				path := l[strings.Index(l, `"`):]
				if !imports[path] {
					t.Errorf("README.md:%d: import %s is not imported by any example", s.line, path)
				}
			default:
				code = append(code, l)
			}
		}
		found := false
		for _, b := range bodies {
			if contains(b, code) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("README.md:%d: the snippet is in no Example function or example program; make it one, so that it compiles:\n%s", s.line, strings.Join(code, "\n"))
		}
	}
}

func buildProgram(t *testing.T, s snippet) {
	t.Helper()
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("README.md:%d: a complete program; skipped: no go command on PATH to build it", s.line)
	}
	dir, err := os.MkdirTemp(".", "snippet")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(s.code), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(gotool, "build", "-o", os.DevNull, "./"+filepath.Base(dir))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("README.md:%d: the program does not build: %v\n%s", s.line, err, out)
	}
}
