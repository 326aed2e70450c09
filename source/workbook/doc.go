// Package workbook reads a sheet of an Excel workbook (.xlsx) as the CSV
// dialect of package source, so that every loader of that dialect reads
// workbooks too, by the same header names, with errors that name the
// sheet and the cell:
//
//	records, err := workbook.Load("roster.xlsx", data, workbook.Options{}, awards.ParseCSV)
//	// roster.xlsx: sheet "Danh sách", ô F7, cột "Ngày tuyển dụng": "31/02/2015" is not a date …
//
// # Reading a sheet
//
// [Read] takes the sheet named by [Options].Sheet, or the first. Cells
// are read as the spreadsheet stored them, written the way the CSV
// dialect writes them:
//
//   - a number formatted as a date (a serial number of the 1900 or 1904
//     system) as the date, "2015-03-01"; a date typed as text stays text
//     ("01/3/2015"), which the loader reads as it reads CSV;
//   - other numbers the Vietnamese way, "1234,5", and a percentage
//     as "75,45%";
//   - a formula by the value the spreadsheet stored for it; a formula
//     without a stored value (a file written by a program that does not
//     calculate) is an error at its cell, as is a cell that holds an
//     error (#N/A, #DIV/0!);
//   - TRUE and FALSE as themselves;
//   - a cell merged down over several rows (a unit written once beside
//     its people) as its value on every row it covers; cells merged
//     across columns in the data are an error, for no column could say
//     whose value it is.
//
// Empty rows are skipped, as in CSV.
//
// excelize opens the workbook and reads its sheets, styles and date
// system; the sheet's cells are read in one stream over its XML, so that
// a roster of 50 000 rows is never held as a tree in memory, and reading
// is linear in the size of the sheet. [Options].MaxSize bounds what the
// archive may hold once uncompressed.
//
// # The header row
//
// [Options].Header names the row of the header. Left zero, [Load] finds
// it among the first 30 rows: a sheet often has a title or the issuing
// body above its header. It tries, in order, each row that has two cells or
// more, and takes the first whose names the loader accepts; when none
// is accepted, it takes the row with the most cells, and the loader's
// error says which name it refuses.
//
// # Errors
//
// Errors are [*Error] values: the file, the sheet, the cell and the
// column's name as the header writes it, and the cause. An *Error is also
// a [*source.Error] for errors.As, with the row as its line, so that code
// written for CSV files places it too.
package workbook
