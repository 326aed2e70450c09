// Package forms holds the statistics forms of the Home Affairs sector on
// emulation and commendation (TĐKT) as versioned data, fills them from the
// data of the domain packages, checks their arithmetic and lays them out
// as report tables.
//
//	form, err := forms.Lookup("02/2023/TT-BNV", "0601")
//	v, _ := forms.VersionOf("02/2023/TT-BNV")
//	filled, err := form.Fill(forms.Input{Period: v.Schedule.Period(2025), Campaigns: season.Campaigns(), Launchers: launchers})
//	c, _ := filled.Cell("01", "1") // the number of campaigns launched from 01/12/2024 to 30/11/2025
//
// # Versions
//
// A [Version] is the forms one circular defines: Circular 02/2023/TT-BNV
// ships with the package (forms 0601 to 0605.N/BNV-TĐKT: campaigns,
// State awards, awards of ministries and provinces, the organisations and
// the officers doing TĐKT work), as a JSON file that [ParseVersion] (or
// [LoadVersion]) reads with errors at their line. A newer circular (18/2025/TT-BNV,
// whose forms were not seen) is another file: [Register] adds it, and
// [Lookup] finds a form by circular and number. The rows and columns of
// the shipped forms are described by the systems in use and not verified
// against the circular's annex: each form is marked [Form].Unverified and
// prints the version's caveat, and a ministry or province corrects the
// file ([ShippedFile]) and registers its own version in a [Registry].
//
// # Filling
//
// A [Form] counts one kind of data ([Data]): emulation campaigns (0601),
// granted awards (0602, 0603, as [Grant] values, which hold the facts
// the forms break awards down by; [GrantsOf] makes them from award
// records), organisations ([Unit], 0604) or officers
// ([Officer], 0605). Each row and column says what it counts ([Match]);
// a cell counts the subjects within the reporting period ([Schedule.Period]:
// 01/12 of the previous year to 30/11) that match both. A cell that needs
// a fact some subject lacks (a campaign without an end, an award whose
// kind is not known) has no value but a reason ([Cell].Reason), never a
// made-up 0. [Form.Fill] checks the form's own arithmetic ([Line].Sums:
// row 01 is the sum of its parts, column 1 = 2 + 3 + 4; [Line].Within:
// "of which" is at most its whole): a filled form whose totals do not
// equal their parts is a [*CellError] naming the cell.
//
// # Reports and spreadsheets
//
// The section "statistics-form" ([Section]) lays a filled form out as the
// circular does: the form's number, the period, the reporting and
// receiving units, the table with grouped column headers, the reasons and
// the signatures. It renders through every renderer of package report:
// DOCX, HTML, text, JSON, and XLSX (report/xlsx), where the grouped
// headers are merged cells. The data load from CSV ([ParseGrantsCSV],
// [ParseStaffCSV], [ParseUnitsCSV]) and from workbooks with
// source/workbook.
package forms
