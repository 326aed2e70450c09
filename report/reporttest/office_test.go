package reporttest

import (
	"strings"
	"testing"
)

// pdfPage is what pdftotext gives for the foot of one page and the top of
// the next: words split at diacritics, the footnote after the body, the
// running page number, a superscript note number glued to a word.
const pdfPage = `tham mưu ban hành các văn bản của Ban chỉ đạo công tác biên giới
tỉnh Cao Bằng1; báo cáo kết quả công tác Ban chỉ đạo, khu vực phía Trung Qu ốc thông báo ti ếp
tục xây dựng hàng rào ngăn ch ặn trên biên
Quy chế hoạt động Ban Chỉ đạo, Phân công nhiệm vụ các thành viên Ban Ch ỉ đ ạo
1
` + "\f" + `4
giới; tham mưu gửi công hàm.
`

func TestContainsWords(t *testing.T) {
	hay := squeeze(pdfPage)
	for _, tc := range []struct {
		want string
		ok   bool
	}{
		{"tỉnh Cao Bằng; báo cáo kết quả", true},
		{"khu vực phía Trung Quốc thông báo tiếp tục xây dựng", true},
		{"ngăn chặn trên biên giới; tham mưu gửi công hàm.", true},  // crosses the page and its footnote
		{"Quy chế hoạt động Ban Chỉ đạo, Phân công nhiệm vụ", true}, // the footnote itself
		{"", true},
		{"tỉnh Cao Bằng; gửi báo cáo", false}, // a word missing
		{"báo cáo tỉnh Cao Bằng", false},      // words out of order
		{"tham mưu gửi công văn", false},      // a word changed
		{"Tỉnh Cao Bằng", false},              // case matters
		{"Trung Quốc thông báo tiếp tục", true},
	} {
		if got := containsWords(hay, tc.want); got != tc.ok {
			t.Errorf("containsWords(%q) = %v, want %v", tc.want, got, tc.ok)
		}
	}
}

func TestContainsWordsGap(t *testing.T) {
	far := "mở" + strings.Repeat("x", maxGap+1) + "đầu"
	if containsWords(far, "mở đầu") {
		t.Error("words further apart than maxGap were taken as one text")
	}
	if !containsWords("mở"+strings.Repeat("x", maxGap)+"đầu", "mở đầu") {
		t.Error("words close together were not found")
	}
}
