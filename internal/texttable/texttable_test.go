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
