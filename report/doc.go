// Package report composes administrative documents (Decree 30/2020/NĐ-CP)
// from sections that are plugins, and writes them in formats that are
// plugins: plain text, Markdown, HTML, JSON and DOCX.
//
//	tmpl, _ := sections.Template("so-ket-6-thang")
//	doc, err := report.Composer{Header: header}.Compose(ctx, tmpl, data)
//	err = report.Render(ctx, "docx", w, doc)
//
// # Document model
//
// A [Document] has a [Header] (issuing body and its parent, [Number],
// place and date, type and summary) and a body of blocks from a closed set:
// [Heading], [Paragraph], [List], [Table], [Closing] (recipients and
// signature), [Annex] and [PageBreak]. Paragraphs hold inlines: [Text],
// [Figure] (a value formatted when rendered) and [Note] (a footnote).
// Layout is part of the model, and each renderer does what its format can:
// a paragraph's [Align] (left, centre, right, justified) and KeepNext; a
// table's [Column]s (alignment and a width hint), its header row repeated
// on each page, rows that never split unless SplitRows, its totals (Foot)
// and KeepNext. [Document.Number] numbers parts ("Phần thứ nhất" or "Phần I"), sections
// (I, II), items (1., 1.1.), points (a)) and footnotes; authors never type
// a number. Values the decree fixes are checked where they enter: a
// [Number] ([ParseNumber], [Number.Validate]: a known type, a positive
// sequence) and an [Authority] (KT., TM., Q., TL., TUQ.) when read from
// text or JSON and when composed.
//
// # Plugins
//
// A [Section] builds blocks; a [Renderer] writes a document to an
// io.Writer as it goes. Both are registered by a bare lowercase name
// ("prose", "award-list", "docx", "html-fragment") in a default
// [Registry] that only the package's functions reach: [RegisterSection],
// [MustRegisterSection], [NewSection], [SectionNames], [RegisterRenderer],
// [MustRegisterRenderer], [Render] and [RendererNames]. A duplicate is an
// [*AlreadyRegisteredError], a missing name an error that suggests a
// forgotten import; listings are sorted copies. Tests and programs that
// want their own set build a registry with [NewRegistry] and give it to a
// [Composer].
//
// Renderers live in sub-packages that register themselves when imported
// (import _ "github.com/tdkt-vn/tdkt/report/docx", or report/all for every
// format); the built-in sections, which read the domain packages, live in
// report/sections. Package report/reporttest checks that a plug-in
// behaves.
//
// # Sections and their parameters
//
// A section's parameters are the fields of its own struct, as Caddy's
// modules are. The registry's constructor returns a pointer to a fresh
// value; the composer decodes the template entry's "params" into it
// (unknown fields are errors at the template's line), resolves its [Ref]
// fields against the [Data], and calls Build:
//
//	type Count struct {
//		Names report.Ref[[]string] `json:"names"` // "names": "ds" names the data
//		Year  report.Ref[int]      `json:"year"`  // "year": 2025, or "year": "nam"
//	}
//
// A [Ref] is the one way a parameter refers to data: a name that must
// exist in the data and hold the Ref's type, or an error naming the
// parameter; nothing is silently ignored. {name} in headings, annex titles,
// the header's summary and prose is read the same way, as a Ref to a
// [Value].
//
// # Templates
//
// A [Template] lists headings and sections, as a JSON file ([ParseTemplate]:
// "use" names a section, "params" configures it) or as a Go value, whose
// entries may hold section values directly ([Entry].Section):
//
//	tmpl := &report.Template{Body: []report.Entry{
//		{Heading: "KẾT QUẢ", Level: report.SectionLevel,
//			Section: &Count{Names: report.Named[[]string]("ds"), Year: report.Literal(2025)}},
//	}}
//
// The template holds the type of document and how parts are numbered
// ([Template].Parts); a [Composer]'s Header gives the issuer, number,
// place and date. [Compose] builds the document and names the entry, the
// section and the line of the template when one fails; it refuses a
// section that returns a nil block, even a typed nil, which numbering and
// renderers could not take.
//
// A template says what the header must hold ([Template].Require: issuer,
// place, number, date…); Compose refuses a document that lacks it
// ([ErrHeaderIncomplete]) rather than print "Số:      /", while a number
// left for the clerk and a day left for the signer are not missing. An
// entry marked Optional ("optional": true) disappears, heading included,
// when its section builds nothing because its data is empty.
//
// An annex's reference to its document ("Kèm theo Quyết định số …") is
// built from the header when the annex names who issues the document
// ([AnnexSpec].RefIssuer, "ref_issuer": "Giám đốc Sở Nội vụ" or
// "{nguoi_quyet_dinh}"): the type, number and date come from the same
// [Header] the first page prints ([AnnexRef]), so the two cannot disagree.
//
//	{"annex": {"title": "DANH SÁCH", "ref_issuer": "{nguoi_quyet_dinh}", "body": […]}}
//	→ (Kèm theo Quyết định số 15/QĐ-SNV ngày 10 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)
package report
