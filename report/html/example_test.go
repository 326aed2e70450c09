package html_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tdkt-vn/tdkt/report/html"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

func Example() {
	// The fragment for a portal page: no <html>, no style; text from the
	// data is escaped.
	if err := (&html.Renderer{}).Render(context.Background(), os.Stdout, reporttest.Short()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <article class="tdkt-doc" lang="vi">
	// <header><table class="tdkt-head"><tr><td class="tdkt-issuer"><p><strong class="tdkt-rule">UBND XÃ TÂN LẬP</strong></p><p>Số:      /BC-UBND</p></td><td class="tdkt-nation"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p><strong class="tdkt-rule">Độc lập - Tự do - Hạnh phúc</strong></p><p class="tdkt-place">Tân Lập, ngày      tháng      năm 2026</p></td></tr></table>
	// <h1 class="tdkt-type">BÁO CÁO</h1>
	// <p class="tdkt-summary">Kết quả khen thưởng năm 2025</p>
	// </header>
	// <h3>I. KẾT QUẢ</h3>
	// <p>Tổng tiền thưởng 7.810.000 đồng<a class="tdkt-fnref" href="#tdkt-fn-1" id="tdkt-fnref-1">1</a> cho &lt;b&gt;10&lt;/b&gt; tập thể &amp; cá nhân.</p>
	// <section class="tdkt-footnotes"><hr><ol><li id="tdkt-fn-1" value="1">Quỹ thi đua, khen thưởng của xã. <a href="#tdkt-fnref-1">↩</a></li></ol></section>
	// <footer><table class="tdkt-closing"><tr><td class="tdkt-recipients"><p><strong><em>Nơi nhận:</em></strong></p><ul><li>Lưu: VT.</li></ul></td><td class="tdkt-signature"><p><strong>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</strong></p><p class="tdkt-signer"><strong>Lương Văn Quang</strong></p></td></tr></table></footer>
	// </article>
}
