package markdown_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tdkt-vn/tdkt/report/markdown"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

func Example() {
	if err := (&markdown.Renderer{}).Render(context.Background(), os.Stdout, reporttest.Short()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// **UBND XÃ TÂN LẬP**\
	// Số:      /BC-UBND
	//
	// **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\
	// **Độc lập - Tự do - Hạnh phúc**
	//
	// *Tân Lập, ngày      tháng      năm 2026*
	//
	// # BÁO CÁO
	//
	// **Kết quả khen thưởng năm 2025**
	//
	// ### I. KẾT QUẢ
	//
	// Tổng tiền thưởng 7.810.000 đồng[^1] cho \<b\>10\</b\> tập thể &amp; cá nhân.
	//
	// ***Nơi nhận:***
	// - Lưu: VT.
	//
	// **TM. ỦY BAN NHÂN DÂN**\
	// **CHỦ TỊCH**
	//
	// **Lương Văn Quang**
	//
	// [^1]: Quỹ thi đua, khen thưởng của xã.
}
