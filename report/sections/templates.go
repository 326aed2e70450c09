package sections

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/tdkt-vn/tdkt/report"
)

//go:embed templates/*.json
var templateFS embed.FS

// Templates lists the templates tdkt ships:
//
//	so-ket-6-thang          the semi-annual review ("sơ kết 6 tháng"), parts "Phần thứ nhất"
//	tong-ket-nam            the annual review ("tổng kết năm"), parts "Phần I"
//	quyet-dinh-khen-thuong  the award decision with its annex list and money
//
// They fit any body and any kind of period. The annual review prints the
// period as the data gives it, in capitals: "ky" ("NĂM 2025", "NĂM HỌC
// 2024 - 2025", "6 THÁNG ĐẦU NĂM 2025", "QUÝ I NĂM 2025", "GIAI ĐOẠN 2021
// - 2025") and "ky_sau", the next one; its awards are counted for the year
// of the honours, "nam_thanh_tich" (2025), a whole number. The decision
// names its signer's authority in "tham_quyen" and who issues it in
// "nguoi_quyet_dinh" ("Hiệu trưởng Trường THCS Nguyễn Du"), from which the
// annex's reference is built with the header's number and date
// (report.AnnexRef).
func Templates() []string {
	entries, _ := fs.ReadDir(templateFS, "templates")
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(out)
	return out
}

// Template returns a shipped template by name. Each is a JSON file too,
// under templates/, for portals that store and edit their own copy. A
// template holds the type of document; compose it with a report.Composer
// whose Header gives the issuer, number, place and date, and with data
// that holds every name the file refers to ("from": "mo_dau", {nam}).
func Template(name string) (*report.Template, error) {
	file := "templates/" + name + ".json"
	data, err := templateFS.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("sections: no template %q; shipped: %v", name, Templates())
	}
	return report.ParseTemplate(file, data)
}
