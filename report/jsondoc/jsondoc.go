// Package jsondoc renders report documents as JSON: the document model,
// stable and documented, for other systems.
//
// Importing the package registers the renderer as "json":
//
//	import _ "github.com/tdkt-vn/tdkt/report/jsondoc"
//
// # Schema (version 1)
//
//	{
//	  "version": 1,
//	  "parts": "thứ nhất" | "La Mã",
//	  "header": {"parent", "issuer", "number": {"seq", "type", "issuer"}, "number_text",
//	             "place", "date" (yyyy-mm-dd), "year", "place_date", "type", "summary"},
//	  "body": [block …],
//	  "footnotes": [{"number": 1, "runs": [run …]}]
//	}
//
// A block is an object with "type": "heading" {"level" 1–5, "number",
// "title": [run]}, "paragraph" {"runs", "align", "keep_next"}, "list"
// {"items": [[run]], "numbered"}, "table" {"caption", "columns": [{"align",
// "width"}], "head", "rows", "foot", "split_rows", "keep_next"}, "closing"
// {"recipients", "signature": {"authority", "for", "position", "name",
// "lines"}}, "annex" {"title", "subtitle", "ref", "blocks"} or
// "page_break". A run is {"type": "text", "text", "bold", "italic"},
// {"type": "figure", "text", "value"} (value: the machine form when the
// figure has one) or {"type": "note", "number"}; a note's text is in
// "footnotes". An alignment is "left", "center", "right" or "justify",
// left out for the default; a width is a percentage of the text width.
// Fields that are empty are left out.
//
// The output is compact, on one line; Renderer.Indent lays it out as
// json.Indent does, for people to read.
package jsondoc

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"

	"github.com/tdkt-vn/tdkt/report"
)

func init() {
	report.MustRegisterRenderer("json", func() report.Renderer { return &Renderer{} })
}

// Renderer writes JSON, block by block. The zero value is ready to use.
type Renderer struct {
	// Indent indents the output for people to read.
	Indent bool
}

type header struct {
	report.Header
	NumberText string `json:"number_text"`
	PlaceDate  string `json:"place_date"`
}

type run struct {
	Type   string `json:"type"`
	Text   string `json:"text,omitempty"`
	Bold   bool   `json:"bold,omitempty"`
	Italic bool   `json:"italic,omitempty"`
	Value  any    `json:"value,omitempty"`
	Number int    `json:"number,omitempty"`
}

type column struct {
	Align string `json:"align,omitempty"`
	Width int    `json:"width,omitempty"`
}

// alignName is the name of a, or "" for a value that is none of the
// constants, which the model cannot name.
func alignName(a report.Align) string {
	if !a.Valid() {
		return ""
	}
	return a.String()
}

type signature struct {
	report.Signature
	Lines []string `json:"lines"`
}

type block struct {
	Type       string       `json:"type"`
	Level      report.Level `json:"level,omitempty"`
	Number     string       `json:"number,omitempty"`
	Title      any          `json:"title,omitempty"`
	Runs       []run        `json:"runs,omitempty"`
	Items      [][]run      `json:"items,omitempty"`
	Numbered   bool         `json:"numbered,omitempty"`
	Align      string       `json:"align,omitempty"`
	Caption    string       `json:"caption,omitempty"`
	Columns    []column     `json:"columns,omitempty"`
	Head       []string     `json:"head,omitempty"`
	Rows       [][]string   `json:"rows,omitempty"`
	Foot       [][]string   `json:"foot,omitempty"`
	SplitRows  bool         `json:"split_rows,omitempty"`
	KeepNext   bool         `json:"keep_next,omitempty"`
	Recipients []string     `json:"recipients,omitempty"`
	Signature  *signature   `json:"signature,omitempty"`
	Subtitle   string       `json:"subtitle,omitempty"`
	Ref        string       `json:"ref,omitempty"`
	Blocks     []block      `json:"blocks,omitempty"`
}

// Render writes d to w: the header and each block as it comes.
func (r *Renderer) Render(ctx context.Context, w io.Writer, d *report.Document) error {
	if d == nil {
		return report.ErrNil
	}
	bw := bufio.NewWriterSize(w, 32<<10)
	e := &encoder{w: bw}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(true)
	// Compact by default; indented, the fields start a line at depth 1 and
	// the items of "body" and "footnotes" at depth 2, as json.Indent has it.
	nl, colon := "", ":"
	if r.Indent {
		nl, colon = "\n  ", ": "
		e.enc.SetIndent("  ", "  ")
	}
	field := func(name string) { bw.WriteString(nl + `"` + name + `"` + colon) }
	parts := "thứ nhất"
	if d.Parts == report.PartRoman {
		parts = "La Mã"
	}
	bw.WriteString("{")
	field("version")
	bw.WriteString("1,")
	field("parts")
	e.put(parts)
	bw.WriteString(",")
	field("header")
	e.put(header{Header: d.Header, NumberText: d.Header.Number.String(), PlaceDate: d.Header.PlaceDate()})
	bw.WriteString(",")
	if r.Indent {
		e.enc.SetIndent("    ", "  ")
	}
	field("body")
	if err := e.array(nl, len(d.Body), func(i int) (any, error) {
		if i%256 == 255 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		return convert(d.Body[i]), nil
	}); err != nil {
		return err
	}
	bw.WriteString(",")
	field("footnotes")
	e.array(nl, len(d.Footnotes), func(i int) (any, error) {
		n := d.Footnotes[i]
		return struct {
			Number int   `json:"number"`
			Runs   []run `json:"runs"`
		}{n.Number, runs(n.Runs)}, nil
	})
	if r.Indent {
		bw.WriteString("\n")
	}
	bw.WriteString("}\n")
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// array writes an array of n items, item(i) giving each; nl is the start
// of a field's line, empty when compact. An error of item stops it.
func (e *encoder) array(nl string, n int, item func(i int) (any, error)) error {
	e.w.WriteString("[")
	for i := 0; i < n; i++ {
		v, err := item(i)
		if err != nil {
			return err
		}
		if i > 0 {
			e.w.WriteString(",")
		}
		if nl != "" {
			e.w.WriteString(nl + "  ")
		}
		e.put(v)
	}
	if n > 0 {
		e.w.WriteString(nl)
	}
	e.w.WriteString("]")
	return nil
}

// encoder writes JSON values one at a time, without the new line that
// json.Encoder puts after each, and keeps the first error.
type encoder struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func (e *encoder) put(v any) {
	if e.err != nil {
		return
	}
	e.buf.Reset()
	if e.err = e.enc.Encode(v); e.err != nil {
		return
	}
	e.w.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
}

func convert(b report.Block) block {
	switch b := b.(type) {
	case *report.Heading:
		return block{Type: "heading", Level: b.Level, Number: b.Number, Title: runs(b.Title)}
	case *report.Paragraph:
		return block{Type: "paragraph", Runs: runs(b.Runs), Align: alignName(b.Align), KeepNext: b.KeepNext}
	case *report.List:
		items := make([][]run, len(b.Items))
		for i, it := range b.Items {
			items[i] = runs(it)
		}
		return block{Type: "list", Items: items, Numbered: b.Numbered}
	case *report.Table:
		var cols []column
		if len(b.Columns) > 0 {
			cols = make([]column, len(b.Columns))
			for i, c := range b.Columns {
				cols[i] = column{Align: alignName(c.Align), Width: c.Width}
				if c.Width < 1 || c.Width > 100 {
					cols[i].Width = 0 // out of range: no hint
				}
			}
		}
		return block{Type: "table", Caption: b.Caption, Columns: cols, Head: b.Head, Rows: b.Rows, Foot: b.Foot,
			SplitRows: b.SplitRows, KeepNext: b.KeepNext}
	case *report.Closing:
		return block{Type: "closing", Recipients: b.Recipients, Signature: &signature{Signature: b.Signature, Lines: b.Signature.Lines()}}
	case *report.Annex:
		out := block{Type: "annex", Title: b.Title, Subtitle: b.Subtitle, Ref: b.Ref}
		for _, c := range b.Blocks {
			out.Blocks = append(out.Blocks, convert(c))
		}
		return out
	case *report.PageBreak:
		return block{Type: "page_break"}
	}
	return block{Type: "unknown"}
}

func runs(rs []report.Inline) []run {
	out := make([]run, 0, len(rs))
	for _, r := range rs {
		switch r := r.(type) {
		case *report.Text:
			out = append(out, run{Type: "text", Text: r.Text, Bold: r.Bold, Italic: r.Italic})
		case *report.Figure:
			fr := run{Type: "figure", Text: r.Text()}
			if v, ok := r.Value.(interface{ Data() any }); ok {
				fr.Value = v.Data()
			}
			out = append(out, fr)
		case *report.Note:
			out = append(out, run{Type: "note", Number: r.Number})
		}
	}
	return out
}

// Interface guards.
var _ report.Renderer = (*Renderer)(nil)
