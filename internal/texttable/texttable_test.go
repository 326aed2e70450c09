package texttable

import (
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	var b strings.Builder
	err := Write(&b, [][]string{{"Đơn vị", "Điểm"}, {"Sở Nội vụ", "91,75"}, {"Ban Dân tộc", "9"}}, []bool{false, true})
	want := "Đơn vị        Điểm\nSở Nội vụ    91,75\nBan Dân tộc      9\n"
	if err != nil || b.String() != want {
		t.Errorf("Write =\n%q, %v\nwant\n%q", b.String(), err, want)
	}
}

func TestWriteAligned(t *testing.T) {
	var b strings.Builder
	align := func(col int) Align { return [...]Align{Center, Left, Right}[col] }
	err := WriteAligned(&b, [][]string{{"STT", "Họ và tên", "Số tiền"}, {"1", "Nông Thị Hoa", "710.000"}, {"10", "Lò Văn Pao", "1.420.000"}}, align)
	want := "STT  Họ và tên       Số tiền\n 1   Nông Thị Hoa    710.000\n10   Lò Văn Pao    1.420.000\n"
	if err != nil || b.String() != want {
		t.Errorf("WriteAligned =\n%q, %v\nwant\n%q", b.String(), err, want)
	}
}
