package datafile_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/tdkt-vn/tdkt/awards"
	"github.com/tdkt-vn/tdkt/metrics"
	"github.com/tdkt-vn/tdkt/report"
	"github.com/tdkt-vn/tdkt/report/datafile"
	"github.com/tdkt-vn/tdkt/report/sections"
	"github.com/tdkt-vn/tdkt/source"
)

// grants is a list of grants: 3 individuals "Lao động tiên tiến", one of
// them with a Giấy khen too, and a collective Giấy khen, decided on one day
// under Decree 152/2025.
const grants = `"lists": {"ds": [
  {"name": "A", "unit": "P1", "award": "lao-dong-tien-tien", "subject": "cá nhân", "decided": "2026-01-15"},
  {"name": "B", "unit": "P1", "award": "LĐTT", "decided": "2026-01-15"},
  {"name": "C", "unit": "P2", "award": "lao-dong-tien-tien", "subject": "cá nhân", "decided": "2026-01-15"},
  {"name": "C", "unit": "P2", "award": "giay-khen", "subject": "cá nhân", "decided": "2026-01-15"},
  {"name": "Tổ 1", "award": "giay-khen", "subject": "tập thể", "decided": "2026-01-15"}]}`

// TestFigures computes each kind of figure from a small file.
func TestFigures(t *testing.T) {
	tests := []struct {
		name    string
		figures string
		want    map[string]string
	}{
		{"rate of counts", `"dk": {"count": "36 người"}, "tong": {"count": "37 người"},
			"r1": {"rate": ["dk", "tong"], "round": {"places": 1}},
			"r0": {"rate": ["dk", "tong"], "round": {"places": 0, "mode": "floor"}},
			"r2": {"rate": ["tong", "tong"], "round": {"places": 2}}`,
			map[string]string{"r1": "97,3%", "r0": "97%", "r2": "100%"}},
		{"rate of amounts", `"chi": {"amount": "1.000.000 đồng"}, "du_toan": {"amount": "3.000.000 đồng"},
			"r": {"rate": ["chi", "du_toan"], "round": {"places": 2, "mode": "half-even"}}`,
			map[string]string{"r": "33,33%"}},
		{"out of", `"dat": {"count": "42 người"}, "tong": {"count": "42 cá nhân"},
			"x": {"out_of": ["dat", "tong"]},
			"y": {"out_of": ["dat", "tong"], "label": "người", "format": {"min_digits": 3}}`,
			map[string]string{"x": "42/42 cá nhân", "y": "042/042 người"}},
		{"unit price", `"suat": {"count": "150 suất"}, "gia": {"amount": "600.000 đồng"},
			"gia_nghin": {"amount": "600.000 đồng", "format": {"scale": "nghìn"}},
			"x": {"unit_price": ["suat", "gia"]}, "y": {"unit_price": ["suat", "gia_nghin"]},
			"tong": {"times": ["suat", "gia"], "format": {"scale": "auto"}}`,
			map[string]string{"x": "150 suất × 600.000 đồng", "y": "150 suất × 600 nghìn đồng", "tong": "90 triệu đồng"}},
		{"granted", `"ldtt": {"granted": {"list": "ds", "award": "LĐTT", "subject": "cá nhân"}, "format": {"min_digits": 2}},
			"gk_tt": {"granted": {"list": "ds", "award": "Giấy khen", "subject": "tập thể"}},
			"gk": {"granted": {"list": "ds", "award": "giay-khen"}, "label": "lượt"},
			"all": {"granted": {"list": "ds"}}`,
			map[string]string{"ldtt": "03 cá nhân", "gk_tt": "1 tập thể", "gk": "2 lượt", "all": "5"}},
		// 3 × LĐTT 0,3 × 2.340.000 → 710.000; Giấy khen 710.000; Giấy
		// khen of a collective twice that: 1.420.000.
		{"money", `"tien": {"money": "ds"}, "chu": {"words": "tien"}`,
			map[string]string{"tien": "4.260.000 đồng", "chu": "Bốn triệu hai trăm sáu mươi nghìn đồng"}},
		{"sum, change, words", `"a": {"amount": "1.114.831 USD"}, "b": {"amount": "635.402 USD"},
			"ch": {"change": ["a", "b"]}, "s": {"sum": ["a", "b"], "label": "giải ngân", "stated": "1.750.233 USD"}`,
			map[string]string{"ch": "tăng 479.429 USD", "s": "1.750.233 USD"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := datafile.Parse("t.json", []byte(`{"body": [], "figures": {`+tt.figures+`},`+grants+`}`))
			if err != nil {
				t.Fatal(err)
			}
			for name, want := range tt.want {
				v, ok := f.Data[name].(report.Value)
				if !ok {
					t.Errorf("Data[%q] = %T; want a report.Value", name, f.Data[name])
					continue
				}
				if got := v.Text(); got != want {
					t.Errorf("figure %s = %q; want %q", name, got, want)
				}
			}
		})
	}
}

// TestMoneyIsPay: the money of a list is what awards.Pay gives for its
// grants, and each grant is priced under the rules of its own date.
func TestMoneyIsPay(t *testing.T) {
	f, err := datafile.Parse("t.json", []byte(`{"body": [], "figures": {"tien": {"money": "ds"}},`+grants+`}`))
	if err != nil {
		t.Fatal(err)
	}
	list := f.Data["ds"].([]sections.Awardee)
	var payments []awards.Payment
	for _, a := range list {
		payments = append(payments, awards.Payment{Grant: a.Grant, Recipients: 1})
	}
	out, err := awards.Pay(payments)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := f.Data["tien"].(report.Value).Text(), (metrics.Formatter{}).Amount(out.Total); got != want {
		t.Errorf("money = %s; want %s, as awards.Pay", got, want)
	}
	if len(list) != 5 || list[4].Name != "Tổ 1" || list[4].Grant.Subject != awards.Collective || list[1].Grant.Award != awards.LaoDongTienTien {
		t.Errorf("the list read = %+v", list)
	}
}

// TestParseErrors: a bad file gets a *source.Error naming the file, the line
// and the field.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
		want string
	}{
		{"no body", `{"header": {}}`, `bc.json:1: field "body": missing`},
		{"two kinds", "{\"body\": [],\n \"figures\": {\"a\": {\"count\": \"4 người\", \"amount\": \"5 đồng\"}}}",
			`bc.json:2: field "figures.a": a figure is of one kind; this one is amount and count`},
		{"no kind", "{\"body\": [],\n \"figures\": {\n  \"a\": {\"label\": \"x\"}}}", `bc.json:3: field "figures.a": want one of amount, count`},
		{"a cycle", "{\"body\": [],\n \"figures\": {\"a\": {\"sum\": [\"b\"]}, \"b\": {\"sum\": [\"a\"]}}}", `bc.json:2: field "figures.a": the figure depends on itself`},
		{"a rate without rounding", "{\"body\": [],\n \"figures\": {\"a\": {\"count\": \"4 người\"}, \"r\": {\"rate\": [\"a\", \"a\"]}}}",
			`bc.json:2: field "figures.r": a rate needs its rounding`},
		{"a rate of nothing", "{\"body\": [],\n \"figures\": {\"a\": {\"count\": \"4 người\"}, \"z\": {\"count\": \"0 người\"}, \"r\": {\"rate\": [\"a\", \"z\"], \"round\": {\"places\": 1}}}}",
			`bc.json:2: field "figures.r": rate: the whole is zero`},
		{"a rate of a qualified count", "{\"body\": [],\n \"figures\": {\"a\": {\"count\": \"khoảng 4 người\"}, \"r\": {\"rate\": [\"a\", \"a\"], \"round\": {\"places\": 1}}}}",
			`bc.json:2: field "figures.r": rate: metrics:`},
		{"a rate of two currencies", "{\"body\": [],\n \"figures\": {\"a\": {\"amount\": \"4 USD\"}, \"b\": {\"amount\": \"5 đồng\"}, \"r\": {\"rate\": [\"a\", \"b\"], \"round\": {\"places\": 1}}}}",
			`bc.json:2: field "figures.r": rate: 4 USD and 5 đồng: metrics: currency mismatch`},
		{"a rounding mode unknown", "{\"body\": [],\n \"figures\": {\"a\": {\"count\": \"4 người\"}, \"r\": {\"rate\": [\"a\", \"a\"], \"round\": {\"places\": 1, \"mode\": \"up\"}}}}",
			`bc.json:2: field "figures.r": round.mode "up"`},
		{"round without a rate", "{\"body\": [],\n \"figures\": {\"a\": {\"count\": \"4 người\", \"round\": {\"places\": 1}}}}",
			`bc.json:2: field "figures.a": round is read by rate only`},
		{"out_of of amounts", "{\"body\": [],\n \"figures\": {\"a\": {\"amount\": \"4 đồng\"}, \"r\": {\"out_of\": [\"a\", \"a\"]}}}",
			`bc.json:2: field "figures.r": out_of wants two counts`},
		{"unit_price of two counts", "{\"body\": [],\n \"figures\": {\"a\": {\"count\": \"4 người\"}, \"r\": {\"unit_price\": [\"a\", \"a\"]}}}",
			`bc.json:2: field "figures.r": unit_price wants a count and an amount`},
		{"times of three", "{\"body\": [],\n \"figures\": {\"a\": {\"count\": \"4 người\"}, \"r\": {\"times\": [\"a\", \"a\", \"a\"]}}}",
			`bc.json:2: field "figures.r": times wants two figures; found 3`},
		{"granted from no list", "{\"body\": [],\n \"figures\": {\"n\": {\"granted\": {\"list\": \"ds\"}}}}",
			`bc.json:2: field "figures.n": granted: no list named "ds"`},
		{"granted an unknown award", "{\"body\": [], \"lists\": {\"ds\": []},\n \"figures\": {\"n\": {\"granted\": {\"list\": \"ds\", \"award\": \"Huy chương vàng\"}}}}",
			`bc.json:2: field "figures.n": granted.award: awards: unknown title or form`},
		{"honours of an unknown kind", "{\"body\": [],\n \"figures\": {\"n\": {\"honours\": {\"award\": \"giay-khen\", \"year\": 2025, \"kind\": \"đơn vị\"}}}}",
			`bc.json:2: field "figures.n": honours.kind: awards: unknown kind of subject "đơn vị"`},
		{"a recipient's award, at its line", "{\"body\": [], \"lists\": {\"ds\": [\n {\"name\": \"A\", \"award\": \"LĐTT\"},\n {\"name\": \"B\", \"award\": \"LĐTTX\"}]}}",
			`bc.json:3: field "lists.ds[1].award": awards: unknown title or form`},
		{"a recipient's unknown key, at its line", "{\"body\": [], \"lists\": {\"ds\": [\n {\"name\": \"A\",\n  \"awrd\": \"LĐTT\"}]}}",
			`bc.json:3: field "lists.ds[0].awrd": unknown field`},
		{"a list that is not an array", "{\"body\": [],\n \"lists\": {\"ds\": {}}}", `bc.json:2: field "lists.ds": want an array of recipients`},
		{"money of a grant with no date", "{\"body\": [], \"lists\": {\"ds\": [{\"name\": \"A\", \"award\": \"LĐTT\", \"decided\": \"2026-01-15\"}, {\"name\": \"B\", \"award\": \"LĐTT\"}]},\n \"figures\": {\"t\": {\"money\": \"ds\"}}}",
			`bc.json:2: field "figures.t": list "ds", recipient 2: awards:`},
		{"a number too large", "{\"body\": [],\n \"data\": {\"nam\": 20000000000}}", `bc.json:2: field "data.nam": want a whole number of at most 10 digits`},
		{"a number with a fraction", "{\"body\": [],\n \"data\": {\"nam\": 2022.5}}", `bc.json:2: field "data.nam": want a whole number`},
		{"a name twice", "{\"body\": [], \"figures\": {\"ds\": {\"count\": \"4 người\"}},\n \"lists\": {\"ds\": []}}", `bc.json:2: field "lists.ds": the name "ds" is taken`},
		{"an error in the season, at the file's line", "{\"body\": [],\n \"season\": {\"hierarchy\": {\"levels\": [\"tỉnh\"]},\n  \"organisations\": [\n   {\"id\": \"A\", \"name\": \"Sở\", \"level\": \"tỉnh\"},\n   {\"id\": \"B\", \"name\": \"Phòng\", \"level\": \"tỉnh\", \"parent\": \"X\"}]}}",
			`bc.json:5: field "organisations[1].parent"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := datafile.Parse("bc.json", []byte(tc.data))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("Parse: %v\nwant an error starting %q", err, tc.want)
			}
			var e *source.Error
			if !errors.As(err, &e) || e.File != "bc.json" || e.Line == 0 {
				t.Errorf("Parse: %#v; want a *source.Error with the file and line", err)
			}
		})
	}
}

// TestComposeList: a list entered once gives the annex, the counts and the
// money of a decision.
func TestComposeList(t *testing.T) {
	data := `{"header": {"issuer": "UBND xã A", "number": {"seq": 3, "type": "QĐ", "issuer": "UBND"}, "place": "A", "date": "2026-01-15",
  "type": "Quyết định", "summary": "Về việc khen thưởng"},
 "figures": {"n": {"granted": {"list": "ds", "award": "LĐTT", "subject": "cá nhân"}, "format": {"min_digits": 2}},
  "tien": {"money": "ds"}},
 ` + grants + `,
 "body": [{"use": "prose", "params": {"text": "Tặng danh hiệu cho {n}; tiền thưởng {tien}."}},
  {"use": "award-list", "params": {"recipients": "ds"}}]}`
	f, err := datafile.Parse("qd.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := report.Compose(context.Background(), f.Template, f.Data)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, blk := range doc.Body {
		if p, ok := blk.(*report.Paragraph); ok {
			b.WriteString(report.Plain(p.Runs))
		}
	}
	if want := "Tặng danh hiệu cho 03 cá nhân; tiền thưởng 4.260.000 đồng."; !strings.Contains(b.String(), want) {
		t.Errorf("the decision reads %q; want %q", b.String(), want)
	}
	if f.Template.Name != "qd" {
		t.Errorf("Template.Name = %q; want qd", f.Template.Name)
	}
}

// TestLoaderEvaluator: a Loader's evaluator prices the money.
func TestLoaderEvaluator(t *testing.T) {
	e, err := awards.New(awards.Config{})
	if err != nil {
		t.Skipf("awards.New: %v", err)
	}
	f, err := datafile.Loader{Evaluator: e}.Parse("t.json", []byte(`{"body": [], "figures": {"tien": {"money": "ds"}},`+grants+`}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Data["tien"].(report.Value).Text(); got != "4.260.000 đồng" {
		t.Errorf("money = %s; want 4.260.000 đồng", got)
	}
}

func TestSchemaIsACopy(t *testing.T) {
	a := datafile.Schema()
	a[0] = 'x'
	if b := datafile.Schema(); b[0] != '{' {
		t.Error("Schema hands out its own bytes")
	}
}

func readShipped(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile("../../examples/semiannual/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// FuzzParse: a data file, however broken, gives a document or an error,
// never a panic; an error names the file. The seed's file is large, and
// minimising an input found from it takes long: fuzz with
//
//	go test ./report/datafile -run '^$' -fuzz FuzzParse -fuzzminimizetime 1s
func FuzzParse(f *testing.F) {
	f.Add(readShipped(f, "cao-bang-2022.json"))
	f.Add(readShipped(f, "xa-tan-lap.json"))
	f.Add([]byte(`{"figures": {"a": {"sum": ["b"]}, "b": {"sum": ["a"]}}, "body": []}`))
	f.Add([]byte(`{"figures": {"a": {"amount": "5", "currency": "VND"}, "b": {"times": ["a", "a"]}}, "body": [{"use": "prose", "params": {"text": "{fig:b}"}}]}`))
	f.Add([]byte(`{"figures": {"a": {"count": "3 người"}, "b": {"count": "4 người"}, "r": {"rate": ["a", "b"], "round": {"places": 1}},
		"o": {"out_of": ["a", "b"]}, "u": {"unit_price": ["a", "p"]}, "p": {"amount": "5 đồng"}, "g": {"granted": {"list": "ds"}}, "m": {"money": "ds"}},
		"lists": {"ds": [{"name": "A", "award": "LĐTT", "decided": "2026-01-15"}]}, "body": [{"use": "prose", "params": {"text": "{r} {o} {u} {g} {m}"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := datafile.Parse("bc.json", data)
		if err != nil {
			if !strings.Contains(err.Error(), "bc.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		doc, err := report.Compose(context.Background(), file.Template, file.Data)
		if err != nil {
			if !strings.Contains(err.Error(), "bc.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if doc == nil {
			t.Fatal("no document and no error")
		}
	})
}

// BenchmarkParse reads the seed's data file: every figure computed, the
// season and the award records read.
func BenchmarkParse(b *testing.B) {
	data := readShipped(b, "cao-bang-2022.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := datafile.Parse("cao-bang-2022.json", data); err != nil {
			b.Fatal(err)
		}
	}
}
