package jsondoc_test

import (
	"context"
	"fmt"
	"os"

	"github.com/tdkt-vn/tdkt/report/jsondoc"
	"github.com/tdkt-vn/tdkt/report/reporttest"
)

func Example() {
	if err := (&jsondoc.Renderer{Indent: true}).Render(context.Background(), os.Stdout, reporttest.Short()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "version": 1,
	//   "parts": "thứ nhất",
	//   "header": {
	//     "issuer": "UBND xã Tân Lập",
	//     "number": {
	//       "type": "BC",
	//       "issuer": "UBND"
	//     },
	//     "place": "Tân Lập",
	//     "year": 2026,
	//     "type": "Báo cáo",
	//     "summary": "Kết quả khen thưởng năm 2025",
	//     "number_text": "Số:      /BC-UBND",
	//     "place_date": "Tân Lập, ngày      tháng      năm 2026"
	//   },
	//   "body": [
	//     {
	//       "type": "heading",
	//       "level": 2,
	//       "number": "I.",
	//       "title": [
	//         {
	//           "type": "text",
	//           "text": "KẾT QUẢ"
	//         }
	//       ]
	//     },
	//     {
	//       "type": "paragraph",
	//       "runs": [
	//         {
	//           "type": "text",
	//           "text": "Tổng tiền thưởng "
	//         },
	//         {
	//           "type": "figure",
	//           "text": "7.810.000 đồng",
	//           "value": {
	//             "value": "7810000",
	//             "currency": "VND"
	//           }
	//         },
	//         {
	//           "type": "note",
	//           "number": 1
	//         },
	//         {
	//           "type": "text",
	//           "text": " cho \u003cb\u003e10\u003c/b\u003e tập thể \u0026 cá nhân."
	//         }
	//       ]
	//     },
	//     {
	//       "type": "closing",
	//       "recipients": [
	//         "Lưu: VT."
	//       ],
	//       "signature": {
	//         "authority": "TM.",
	//         "for": "Ủy ban nhân dân",
	//         "position": "Chủ tịch",
	//         "name": "Lương Văn Quang",
	//         "lines": [
	//           "TM. ỦY BAN NHÂN DÂN",
	//           "CHỦ TỊCH"
	//         ]
	//       }
	//     }
	//   ],
	//   "footnotes": [
	//     {
	//       "number": 1,
	//       "runs": [
	//         {
	//           "type": "text",
	//           "text": "Quỹ thi đua, khen thưởng của xã."
	//         }
	//       ]
	//     }
	//   ]
	// }
}
