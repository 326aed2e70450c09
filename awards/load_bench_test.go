package awards

import (
	"bytes"
	"fmt"
	"testing"
)

// bigRoster writes n records as JSON and as CSV (one line per record and
// year), built in memory, for the loading benchmarks.
func bigRoster(n int) (jsonData, csvData []byte) {
	var j, c bytes.Buffer
	j.WriteString("{\"records\": [\n")
	c.WriteString("Mã;Họ tên;Đối tượng;Ngày tuyển dụng;Năm;Xếp loại;Tích cực;Danh hiệu;Sáng kiến cơ sở\n")
	ratings := [...]string{"HTNV", "HTTNV", "HTXSNV"}
	for i := range n {
		if i > 0 {
			j.WriteString(",\n")
		}
		rt := ratings[i%3]
		fmt.Fprintf(&j, `{"id": "P%d", "name": "Nguyễn Văn %d", "kind": "cá nhân", "recruited": "01/03/2015", "years": [{"year": 2025, "rating": %q, "active": true}], "honours": [{"award": "LĐTT", "year": 2024}], "initiatives": [{"kind": "sáng kiến", "scope": "cơ sở", "year": 2025}]}`, i, i, rt)
		fmt.Fprintf(&c, "P%d;Nguyễn Văn %d;cá nhân;01/03/2015;2025;%s;x;LĐTT;1\n", i, i, rt)
	}
	j.WriteString("\n]}\n")
	return j.Bytes(), c.Bytes()
}

// BenchmarkParseJSON400k loads 400 000 records: loading is linear in the
// file, so this takes about 400 times as long as 1 000 records.
func BenchmarkParseJSON400k(b *testing.B) {
	data, _ := bigRoster(400_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		rs, err := ParseJSON("big.json", data)
		if err != nil || len(rs) != 400_000 {
			b.Fatal(len(rs), err)
		}
	}
}

// BenchmarkParseCSV400k loads 400 000 lines of as many subjects.
func BenchmarkParseCSV400k(b *testing.B) {
	_, data := bigRoster(400_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		rs, err := ParseCSV("big.csv", data)
		if err != nil || len(rs) != 400_000 {
			b.Fatal(len(rs), err)
		}
	}
}
