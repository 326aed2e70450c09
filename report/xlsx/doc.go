// Package xlsx renders report documents as Excel workbooks (.xlsx, Office
// Open XML spreadsheets) that Excel and LibreOffice Calc open, for the
// officers who keep their figures in spreadsheets.
//
// Importing the package registers the renderer as "xlsx":
//
//	import _ "github.com/tdkt-vn/tdkt/report/xlsx"
//
//	err := report.Render(ctx, "xlsx", w, doc)
//
// # Sheets
//
// Each table of the document is a sheet of its own. The headings and
// paragraphs that come before a table, since the previous table, a page
// break or an annex, are the sheet's titles, one merged row each above the
// table; the paragraphs, lists and the closing that follow a table are
// written below it on the same sheet, and so are a document's footnotes. The
// document's header (issuing body, number, national name and motto, place
// and date, type and summary) heads the first sheet when it has an issuer
// or a type. A sheet is named after its table's caption, or else after its
// first title ("Biểu số 0601.N-BNV-TĐKT"), cut to the 31 characters Excel
// allows, without the characters it forbids, and made unique. A document
// without a table is one sheet of text.
//
// # Tables
//
// The header row is bold, centred, wrapped and repeated on every printed
// page; the panes are frozen below it when no more than 15 rows lie above
// the body, which leaves room to scroll. A header cell written on several
// lines ("Huân chương\nTập thể") is a grouped header: its lines but the last
// are the groups above the column, from the top, and the last line is the
// column's own title. Adjacent columns under the same groups share merged
// group cells, and a title with fewer groups than its neighbours spans down
// to the last header row. Other formats print the lines on one line.
//
// A cell whose text is a figure written the Vietnamese way is written as a
// number: "13.500.000" with the format "#,##0", "1.234,5" as "#,##0.0",
// "75,45%" as the fraction 0,7545 with "0.00%", "05" in a column aligned to
// the right as 5 with "00", a date "05/07/2022" as a date with
// "dd/mm/yyyy". A figure keeps its exact value: one with more than 15
// significant digits, which a spreadsheet's binary numbers cannot hold,
// stays text; so do codes with leading zeros in other columns ("01"). A
// totals row (the table's Foot) holds a SUM formula in each column where
// its figure is the sum of the figures above it, with the figure itself
// stored as the formula's value, so that a reader that does not
// recalculate sees it; a figure that is not that sum is written as it is.
//
// Columns take their width from the column's width hint, or from the
// length of their text; a table wider than a portrait page prints
// landscape, fitted to the page's width, on A4. A table wider or longer
// than a sheet (16 384 columns, 1 048 576 rows) is an error, [ErrTooLarge];
// a text longer than the 32 767 characters a cell holds is cut there.
//
// # Output
//
// Sheets are written with excelize's stream writer, so that a table of
// 50 000 rows is never held as a spreadsheet in memory; the archive is
// written with its parts in a fixed order and fixed times, so that the
// same document gives the same bytes.
package xlsx
