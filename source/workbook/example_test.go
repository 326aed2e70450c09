package workbook_test

import (
	"bytes"
	"fmt"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/source/workbook"
	"github.com/xuri/excelize/v2"
)

// A roster kept in a workbook, with a title above the header and dates
// as dates, read by the CSV loader of package awards.
func ExampleLoad() {
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", "DANH SÁCH CÁN BỘ NĂM 2025")
	f.SetSheetRow("Sheet1", "A3", &[]any{"Mã", "Họ tên", "Ngày tuyển dụng", "Năm", "Xếp loại"})
	f.SetSheetRow("Sheet1", "A4", &[]any{"NV001", "Nguyễn Văn An", 42064, 2025, "HTXSNV"})
	f.SetSheetRow("Sheet1", "A5", &[]any{"NV002", "Trần Thị Bình", "31/02/2016", 2025, "HTTNV"})
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	f.SetCellStyle("Sheet1", "C4", "C4", date)
	var b bytes.Buffer
	f.Write(&b)

	_, err := workbook.Load("roster.xlsx", b.Bytes(), workbook.Options{}, awards.ParseCSV)
	fmt.Println(err)

	f.SetCellValue("Sheet1", "C5", "01/9/2016")
	b.Reset()
	f.Write(&b)
	records, err := workbook.Load("roster.xlsx", b.Bytes(), workbook.Options{}, awards.ParseCSV)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range records {
		fmt.Println(r.ID, r.Name, r.Recruited, r.Years[0].Rating)
	}
	// Output:
	// roster.xlsx: sheet "Sheet1", ô C5, cột "Ngày tuyển dụng": "31/02/2016" is not a date (dd/mm/yyyy): 2016-02-31 is not a day of the calendar
	// NV001 Nguyễn Văn An 01/3/2015 hoàn thành xuất sắc nhiệm vụ
	// NV002 Trần Thị Bình 01/9/2016 hoàn thành tốt nhiệm vụ
}

// Read gives the text of a sheet as the CSV dialect writes it: dates as
// dates, numbers with a decimal comma.
func ExampleRead() {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Mã", "Ngày", "Số tiền", "Tỷ lệ"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"NV001", 45658, 1234.5, 0.755})
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
	f.SetCellStyle("Sheet1", "B2", "B2", date)
	f.SetCellStyle("Sheet1", "D2", "D2", pct)
	var b bytes.Buffer
	f.Write(&b)
	s, err := workbook.Read("bang.xlsx", b.Bytes(), workbook.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, s.Rows)
	csv, _ := s.CSV(1)
	fmt.Print(string(csv))
	// Output:
	// Sheet1 [[Mã Ngày Số tiền Tỷ lệ] [NV001 2025-01-01 1234,5 75,5%]]
	// Mã,Ngày,Số tiền,Tỷ lệ
	// NV001,2025-01-01,"1234,5","75,5%"
}
