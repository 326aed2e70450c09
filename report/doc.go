// Package report composes administrative documents (Decree 30/2020/NĐ-CP)
// from sections that are plugins, and writes them in formats that are
// plugins: plain text, Markdown, HTML, JSON and DOCX.
//
//	tmpl, _ := sections.Template("so-ket-6-thang")
//	doc, err := report.Compose(ctx, tmpl, data)
//	err = report.Render(ctx, "format.docx", w, doc)
//
// # Document model
//
// A [Document] has a [Header] (issuing body and its parent, [Number],
// place and date, type and summary) and a body of blocks from a closed set:
// [Heading], [Paragraph], [List], [Table], [Closing] (recipients and
// signature), [Annex] and [PageBreak]. Paragraphs hold inlines: [Text],
// [Figure] (a value formatted when rendered) and [Note] (a footnote).
// [Document.Number] numbers parts ("Phần thứ nhất" or "Phần I"), sections
// (I, II), items (1., 1.1.), points (a)) and footnotes; authors never type
// a number.
//
// # Plugins
//
// A [Section] builds blocks from its parameters and the [Data]; a
// [Renderer] writes a document to an io.Writer as it goes. Both are
// registered by name in a [Registry] ([Sections], [Renderers]): names are
// lowercase and dotted ("section.prose", "format.html"), a duplicate is an
// [*AlreadyRegisteredError], a missing name an error that suggests a
// forgotten import. Renderers live in sub-packages that register themselves
// when imported (import _ "github.com/tdkt-vn/tdkt/report/docx", or
// report/all for every format); the built-in sections, which read the
// domain packages, live in report/sections. Package report/reporttest
// checks that a plug-in behaves.
//
// # Templates
//
// A [Template] lists headings and sections with their parameters, as a Go
// value or a JSON file ([ParseTemplate]); [Compose] builds the document and
// names the entry, the section and the line of the template when one fails.
package report
