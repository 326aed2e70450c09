package text_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tdkt-vn/tdkt/report/reporttest"
	"github.com/tdkt-vn/tdkt/report/text"
)

func Example() {
	if err := (&text.Renderer{}).Render(context.Background(), os.Stdout, reporttest.Short()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// UBND XÃ TÂN LẬP        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	//                        Độc lập - Tự do - Hạnh phúc
	// Số:      /BC-UBND      Tân Lập, ngày      tháng      năm 2026
	//
	// BÁO CÁO
	// Kết quả khen thưởng năm 2025
	//
	// I. KẾT QUẢ
	//
	// Tổng tiền thưởng 7.810.000 đồng¹ cho <b>10</b> tập thể & cá nhân.
	//
	// __________
	// ¹ Quỹ thi đua, khen thưởng của xã.
	//
	// Nơi nhận:
	// - Lưu: VT.
	//
	// TM. ỦY BAN NHÂN DÂN
	// CHỦ TỊCH
	//
	// Lương Văn Quang
}
