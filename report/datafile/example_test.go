package datafile_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/datafile"
)

// A school's decision: the grants are entered once, in a list, and give the
// counts, the rate and the money of the text.
func ExampleParse() {
	data := []byte(`{
 "header": {"issuer": "Trường THCS Tân Lập", "number": {"seq": 12, "type": "QĐ", "issuer": "THCS"},
  "place": "Tân Lập", "date": "2025-06-02", "type": "Quyết định", "summary": "Về việc công nhận danh hiệu thi đua"},
 "figures": {
  "giao_vien": {"count": "42 giáo viên"},
  "ldtt": {"granted": {"list": "danh_sach", "award": "LĐTT"}, "label": "giáo viên"},
  "ty_le": {"rate": ["ldtt", "giao_vien"], "round": {"places": 1}},
  "tren": {"out_of": ["ldtt", "giao_vien"]},
  "tien": {"money": "danh_sach"}
 },
 "lists": {"danh_sach": [
  {"name": "Nguyễn Thị An", "unit": "Tổ Toán", "award": "LĐTT", "decided": "2025-06-02"},
  {"name": "Lê Văn Bình", "unit": "Tổ Văn", "award": "LĐTT", "decided": "2025-06-02"},
  {"name": "Trần Thu Hà", "unit": "Tổ Văn", "award": "LĐTT", "decided": "2025-06-02"}
 ]},
 "body": [
  {"use": "prose", "params": {"text": "Công nhận danh hiệu “Lao động tiên tiến” cho {tren} ({ty_le}); tiền thưởng {tien}."}},
  {"use": "award-list", "params": {"recipients": "danh_sach"}}
 ]
}`)
	f, err := datafile.Parse("qd-ldtt.json", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := report.Compose(context.Background(), f.Template, f.Data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(report.Plain(doc.Body[0].(*report.Paragraph).Runs))
	// Output:
	// Công nhận danh hiệu “Lao động tiên tiến” cho 3/42 giáo viên (7,1%); tiền thưởng 2.130.000 đồng.
}

// Errors name the file, the line and the field.
func ExampleParse_error() {
	_, err := datafile.Parse("bc.json", []byte(`{"body": [],
 "figures": {
  "a": {"count": "36 người"},
  "r": {"rate": ["a", "a"]}}}`))
	fmt.Println(err)
	// Output:
	// bc.json:4: field "figures.r": a rate needs its rounding: "round": {"places": 1}
}

// A portal that prices reward money under its own tables gives the Loader
// its evaluator.
func ExampleLoader_Parse() {
	e, err := awards.New(awards.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := datafile.Loader{Evaluator: e}.Parse("qd.json", []byte(`{"body": [],
 "figures": {"tien": {"money": "ds"}},
 "lists": {"ds": [{"name": "Tổ Toán", "award": "Giấy khen", "subject": "tập thể", "decided": "2026-01-15"}]}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.Data["tien"].(report.Value).Text())
	// Output:
	// 1.420.000 đồng
}

// The schema is JSON Schema, draft 2020-12.
func ExampleSchema() {
	var s struct {
		Schema string `json:"$schema"`
		Title  string `json:"title"`
	}
	if err := json.NewDecoder(bytes.NewReader(datafile.Schema())).Decode(&s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Schema)
	fmt.Println(s.Title)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// tdkt report data file
}
