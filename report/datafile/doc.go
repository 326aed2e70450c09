// Package datafile reads report data files: one JSON file that holds a
// report's header, its body (the sections, as a report template lists them)
// and everything the body refers to by name, above all its figures, written
// by officers or computed from other figures, the season of emulation, the
// award records and the lists of recipients. A portal stores such files,
// reads them with Parse, and composes and renders them with package report:
//
//	f, err := datafile.Parse("bc.json", data)
//	if err != nil {
//		return err // bc.json:42: field "figures.tong": …
//	}
//	doc, err := report.Compose(ctx, f.Template, f.Data)
//	if err != nil {
//		return err
//	}
//	return report.Render(ctx, "docx", w, doc)
//
// Importing the package registers the built-in sections of
// [github.com/tdkt-vn/tdkt/report/sections], which a body names; renderers
// are imported as usual (report/all, or one format).
//
// Every error is a *[source.Error] with the file, the line and the field
// ("bc.json:12: field \"figures.tong\": …"); the errors of the season and the
// award records, read by their own loaders, are moved to the file's lines.
// No figure is ever a float: amounts, counts and numbers are read from
// strings or as exact JSON numbers into decimals and integers.
//
// [Schema] returns the JSON Schema (draft 2020-12) of the format for
// editors: a file whose "$schema" names it gets completion and checks as it
// is typed. The schema is tested against the loader: every key the loader
// takes is in the schema, and the files it accepts validate.
//
// # The file
//
// A data file is one JSON object; a UTF-8 byte order mark (Windows Notepad)
// is accepted, and text in any normalization form is read as NFC (an editor
// that writes "ế" as "e" and two combining marks gives the same report).
// Its keys, all optional but "body":
//
//	$schema  the schema, for editors; not read
//	header   the top of page 1 (report.Header): "parent" and "issuer" (the
//	         bodies), "number" ({"seq": 15, "type": "QĐ", "issuer": "UBND"};
//	         no "seq" before the clerk assigns it; the type one of Decree
//	         30/2020's abbreviations), "place", "date" ("2026-01-15"; or none
//	         and "year" for a draft), "type" ("Báo cáo"), "summary"
//	parts    how parts are numbered: "thứ nhất" (Phần thứ nhất, thứ hai) or
//	         "La Mã" (Phần I, II)
//	season   a season of emulation: organisations, people, blocs, campaigns,
//	         registrations, pacts, in the format of emulation.ParseJSON
//	awards   {"records": [...]}: award records with their honours and
//	         decisions, in the format of awards.ParseJSON
//	figures  named figures (below)
//	lists    named lists of recipients, each one grant (below)
//	data     named whole numbers: {"nam": 2022}
//	body     the document: an array of entries {"heading", "level"},
//	         {"use", "params"} (a section and its parameters) or both, with
//	         "optional": true to leave out a section that builds nothing, and
//	         {"annex": {"title", "subtitle", "ref_issuer", "body"}}
//	         (report.ParseBody): "ref_issuer" ("Chủ tịch Ủy ban nhân dân xã
//	         Tân Lập") builds "(Kèm theo Quyết định số 15/QĐ-UBND ngày 15
//	         tháng 01 năm 2026 của …)" from the header; "ref" writes it
//	         by hand instead
//	closing  recipients and signature: {"Recipients": ["Lưu: VT."],
//	         "Signature": {"authority", "for", "position", "name"}}, the
//	         authority "KT.", "TM.", "Q.", "TL.", "TUQ." or none
//
// # Names
//
// "season", "awards" and "closing", and every figure, list and number, are
// entries of the report's data under their names, so one name cannot serve
// twice. The body refers to them by name: {name} in a heading or in prose
// stands for a figure or a number, and a section's parameter that takes data
// names its entry:
//
//	{"heading": "Khen thưởng cấp Sở", "level": 4,
//	 "use": "award-results", "params": {"records": "awards", "year": "nam", "level": "cơ sở"}}
//
// The sections and their parameters are those of report/sections; a
// parameter no section takes, a name the data does not hold and an entry of
// another type are errors at the entry's line, from report.Compose.
//
// # Figures
//
// A figure is an object of exactly one kind, with the options its kind
// reads. Written figures keep their qualifier ("gần", "khoảng", "trên"),
// which is shown but never computes another figure. A computed figure names
// the figures it uses; a figure that depends on itself is an error.
//
//	amount        {"amount": "2.171.123 USD"}, {"amount": "gần 30.000.000 đồng"}
//	              an amount of money, as written
//	count         {"count": "3.615 văn bản đến"}
//	              a whole number with its label
//	sum           {"sum": ["hoi_nghi_tinh", "hoi_thao_so"], "label": "hội nghị trực tuyến",
//	               "stated": "09 hội nghị trực tuyến"}
//	              the total of amounts (one currency) or of counts, with the
//	              label of the total; checked against "stated" when given
//	times         {"times": ["suat_qua", "gia_suat_qua"]}
//	              a count × a unit price: "90.000.000 đồng"
//	unit_price    {"unit_price": ["suat_qua", "gia_suat_qua"]}
//	              the same two written as a product: "150 suất quà × 600.000
//	              đồng", each by its own figure's format
//	change        {"change": ["giai_ngan", "giai_ngan_cung_ky"]}
//	              this period against the same period a year earlier, two
//	              amounts or two counts: "tăng 479.429 USD", "không thay đổi"
//	rate          {"rate": ["so_ldtt", "so_nguoi"], "round": {"places": 1}}
//	              a part of a whole in percent, "97,3%": two exact counts, or
//	              two exact amounts in one currency; the rounding is always
//	              written: "places" (0 to 6) and "mode", one of "half-up"
//	              (the default), "half-even", "ceiling", "floor",
//	              "away-from-zero", "toward-zero"
//	out_of        {"out_of": ["dang_ky", "so_nguoi"], "label": "cá nhân"}
//	              a part of a whole, "42/42 cá nhân": two exact counts, with
//	              the label of the whole unless "label" is given
//	registration  {"registration": {"campaign": "PT-SNGV-2022", "year": 2022}}
//	              the rate of registration for a campaign of the season among
//	              those it addresses: "100%"
//	honours       {"honours": {"award": "bang-khen-bo-tinh", "subject": "SNGV", "kind": "cá nhân",
//	               "year": 2021, "grantor": "…", "achievement": "…"}, "label": "Bằng khen"}
//	              how many honours of the award records match: "award" and
//	              "year" always, the others when given; labelled "label", or
//	              the kind
//	granted       {"granted": {"list": "danh_sach", "award": "LĐTT", "subject": "cá nhân"}}
//	              how many grants of a list match: the award (an ID, an
//	              abbreviation or a name) and the subject when given;
//	              labelled "label", or the subject
//	money         {"money": "danh_sach"}
//	              the reward money of a list, priced by the award rules in
//	              force on each grant's date (awards.Pay: one payment per
//	              title, subject and date, with its number of recipients)
//	words         {"words": "tong_tien"}
//	              an amount in words, for "Bằng chữ"
//
// Any figure takes "format": {"scale": "auto" | "nghìn" | "triệu" | "tỷ",
// "min_digits": 2}, which writes it ("90 triệu đồng", "09 hội nghị"); a
// figure's value is exact whatever its format.
//
// # Lists
//
// A list is an array of recipients, each one grant of a title or form:
//
//	"danh_sach": [
//	 {"name": "Hoàng Văn Tuấn", "unit": "Văn phòng - Thống kê",
//	  "award": "lao-dong-tien-tien", "subject": "cá nhân", "decided": "2026-01-15"},
//	 {"name": "Thôn Nà Pồng", "award": "giay-khen", "subject": "tập thể", "decided": "2026-01-15"}]
//
// "award" is an award ID, abbreviation ("LĐTT", "BK tỉnh") or name;
// "subject" is "cá nhân" (the default), "tập thể" or "hộ gia đình";
// "decided" is the date of the decision, which chooses the base salary and
// the decree that price it. Each grant is entered once: the annex lists it
// (section award-list, "recipients": "danh_sach"), "granted" figures count it
// and "money" figures price it.
package datafile
