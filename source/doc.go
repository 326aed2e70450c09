// Package source says where in an input file something is wrong, and reads
// the input formats that tdkt's loaders share.
//
// Every loader of the library (award records, a season of emulation, report
// templates, report data files) returns an [*Error] that names the file, the
// line and the field at fault, with the cause:
//
//	records.csv:14: field "Xếp loại": unknown rating "HTT"; want HTXSNV, HTTNV, HTNV or KHTNV
//
// Read it with errors.As:
//
//	var e *source.Error
//	if errors.As(err, &e) {
//		highlight(e.File, e.Line, e.Field)
//	}
//
// # JSON
//
// A [File] is an input file with an index of its lines, so that every
// position is found in logarithmic time and a loader stays linear in its
// input. [File.DecodeJSON] decodes a value that starts at a byte offset of
// the file, refuses unknown fields and turns every error of encoding/json
// into an *Error at the line of the fault, in the words of JSON ("want a
// string, found a number"), never with Go type names.
//
// # CSV
//
// [NewReader] reads the CSV dialect of Vietnamese spreadsheets: UTF-8 with
// or without a byte order mark, or Windows-1258; "," or ";" (or a tab)
// between fields, found from the header line; header names with or without
// diacritics ("Mã", "ma", "MÃ"), matched by [Key]; dates as dd/mm/yyyy;
// numbers the Vietnamese way ("1.234,5").
package source
