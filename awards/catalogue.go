package awards

import "sort"

// ID names a title or a form of reward. IDs are stable ASCII words, used in
// files and databases.
type ID string

// Emulation titles ("danh hiệu thi đua"), Law 2022 Điều 19–20.
const (
	CSTDToanQuoc     ID = "cstd-toan-quoc"             // "Chiến sĩ thi đua toàn quốc"
	CSTDBoTinh       ID = "cstd-bo-tinh"               // Chiến sĩ thi đua Bộ, ban, ngành, tỉnh
	CSTDCoSo         ID = "cstd-co-so"                 // "Chiến sĩ thi đua cơ sở"
	LaoDongTienTien  ID = "lao-dong-tien-tien"         // "Lao động tiên tiến"
	ChienSiTienTien  ID = "chien-si-tien-tien"         // "Chiến sĩ tiên tiến" (armed forces, police)
	CoThiDuaChinhPhu ID = "co-thi-dua-chinh-phu"       // "Cờ thi đua của Chính phủ"
	CoThiDuaBoTinh   ID = "co-thi-dua-bo-tinh"         // Cờ thi đua của Bộ, ban, ngành, tỉnh
	TapTheXuatSac    ID = "tap-the-lao-dong-xuat-sac"  // "Tập thể lao động xuất sắc"
	DonViQuyetThang  ID = "don-vi-quyet-thang"         // "Đơn vị quyết thắng"
	TapTheTienTien   ID = "tap-the-lao-dong-tien-tien" // "Tập thể lao động tiên tiến"
	DonViTienTien    ID = "don-vi-tien-tien"           // "Đơn vị tiên tiến"
	XaPhuongTieuBieu ID = "xa-phuong-tieu-bieu"        // xã, phường, thị trấn (đặc khu) tiêu biểu
	ThonToDanPhoVH   ID = "thon-to-dan-pho-van-hoa"    // thôn, tổ dân phố văn hóa
	GiaDinhVanHoa    ID = "gia-dinh-van-hoa"           // "Gia đình văn hóa"
)

// Forms of reward ("hình thức khen thưởng"), Law 2022 Điều 9.
const (
	HCSaoVang      ID = "huan-chuong-sao-vang"           // "Huân chương Sao vàng"
	HCHoChiMinh    ID = "huan-chuong-ho-chi-minh"        // "Huân chương Hồ Chí Minh"
	HCLaoDongHang1 ID = "huan-chuong-lao-dong-hang-nhat" // "Huân chương Lao động" hạng Nhất
	HCLaoDongHang2 ID = "huan-chuong-lao-dong-hang-nhi"  // "Huân chương Lao động" hạng Nhì
	HCLaoDongHang3 ID = "huan-chuong-lao-dong-hang-ba"   // "Huân chương Lao động" hạng Ba
	BangKhenTTg    ID = "bang-khen-thu-tuong"            // "Bằng khen của Thủ tướng Chính phủ"
	BangKhenBoTinh ID = "bang-khen-bo-tinh"              // Bằng khen của Bộ, ban, ngành, tỉnh
	GiayKhen       ID = "giay-khen"                      // Giấy khen
	KyNiemChuong   ID = "ky-niem-chuong"                 // Kỷ niệm chương of a Bộ, ban, ngành, tỉnh
)

// SubjectKind is who can receive a title or a form.
type SubjectKind uint8

const (
	Individual SubjectKind = 1 << iota // cá nhân
	Collective                         // tập thể
	Household                          // hộ gia đình
)

// String returns the Vietnamese word.
func (k SubjectKind) String() string {
	switch k {
	case Individual:
		return "cá nhân"
	case Collective:
		return "tập thể"
	case Household:
		return "hộ gia đình"
	}
	var s string
	for _, one := range []SubjectKind{Individual, Collective, Household} {
		if k&one != 0 {
			if s != "" {
				s += ", "
			}
			s += one.String()
		}
	}
	return s
}

// Type tells titles from forms of reward.
type Type uint8

const (
	Title Type = iota // danh hiệu thi đua
	Form              // hình thức khen thưởng
)

func (t Type) String() string {
	if t == Title {
		return "danh hiệu thi đua"
	}
	return "hình thức khen thưởng"
}

// Level is the level of government that confers a title or form.
type Level uint8

const (
	Grassroots Level = iota // cơ sở: the head of the agency or unit, the commune
	Ministry                // Bộ, ban, ngành, tỉnh
	State                   // Nhà nước: the Prime Minister, the President
)

func (l Level) String() string {
	return enumName(l, "Level", "cấp cơ sở", "cấp Bộ, ban, ngành, tỉnh", "cấp Nhà nước")
}

// Fund says whose fund pays the reward of a title or form of this level:
// the one who decides pays from the emulation and commendation fund of
// their own level ([FundCitation], Law 2022 Điều 11 k4).
func (l Level) Fund() string {
	return [...]string{
		"quỹ thi đua, khen thưởng của cơ quan, đơn vị, địa phương cấp cơ sở ra quyết định",
		"quỹ thi đua, khen thưởng của Bộ, ban, ngành, tỉnh ra quyết định",
		"quỹ thi đua, khen thưởng trung ương",
	}[l]
}

// Award is an entry of the catalogue: a title or a form of reward.
type Award struct {
	ID       ID
	Name     string      // as written in decisions: "Lao động tiên tiến"
	Type     Type        // title or form
	Subjects SubjectKind // who can receive it (a set)
	Level    Level       // the level that confers it
	Grantor  string      // who decides it, in Vietnamese
	// Selection is true for titles given by selection among those who meet
	// the standard (CSTĐ Bộ/tỉnh, CSTĐ toàn quốc, Cờ thi đua): a verdict is
	// then "đủ tiêu chuẩn để xét chọn", never "awarded".
	Selection bool
	// Quoted is true where the name is a quoted proper name in decisions
	// ("Lao động tiên tiến"), false for generic names (Bằng khen của Bộ, ban,
	// ngành, tỉnh).
	Quoted bool
	// Span is how many years of achievement one grant rewards, ending in
	// the year of the [Honour]: 3 for Chiến sĩ thi đua Bộ, ban, ngành, tỉnh,
	// which is chosen among those with "Chiến sĩ thi đua cơ sở" three years
	// in a row (Law 2022 Điều 22 k1 a); 0 for a single year.
	Span int
}

// Display returns the name as a decision writes it: quoted where the law
// quotes it ("“Lao động tiên tiến”").
func (a Award) Display() string {
	if a.Quoted {
		return "“" + a.Name + "”"
	}
	return a.Name
}

var catalogue = []Award{
	{ID: CSTDToanQuoc, Name: "Chiến sĩ thi đua toàn quốc", Type: Title, Subjects: Individual, Level: State, Grantor: "Thủ tướng Chính phủ", Selection: true, Quoted: true},
	{ID: CSTDBoTinh, Name: "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh", Type: Title, Subjects: Individual, Level: Ministry, Grantor: "Bộ trưởng, Thủ trưởng ban, ngành, Chủ tịch UBND tỉnh", Selection: true, Span: 3},
	{ID: CSTDCoSo, Name: "Chiến sĩ thi đua cơ sở", Type: Title, Subjects: Individual, Level: Grassroots, Grantor: "Thủ trưởng cơ quan, đơn vị", Quoted: true},
	{ID: LaoDongTienTien, Name: "Lao động tiên tiến", Type: Title, Subjects: Individual, Level: Grassroots, Grantor: "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã", Quoted: true},
	{ID: ChienSiTienTien, Name: "Chiến sĩ tiên tiến", Type: Title, Subjects: Individual, Level: Grassroots, Grantor: "Thủ trưởng đơn vị", Quoted: true},
	{ID: CoThiDuaChinhPhu, Name: "Cờ thi đua của Chính phủ", Type: Title, Subjects: Collective, Level: State, Grantor: "Thủ tướng Chính phủ", Selection: true, Quoted: true},
	{ID: CoThiDuaBoTinh, Name: "Cờ thi đua của Bộ, ban, ngành, tỉnh", Type: Title, Subjects: Collective, Level: Ministry, Grantor: "Bộ trưởng, Thủ trưởng ban, ngành, Chủ tịch UBND tỉnh", Selection: true},
	{ID: TapTheXuatSac, Name: "Tập thể lao động xuất sắc", Type: Title, Subjects: Collective, Level: Ministry, Grantor: "Bộ trưởng, Thủ trưởng ban, ngành, Chủ tịch UBND tỉnh", Quoted: true},
	{ID: DonViQuyetThang, Name: "Đơn vị quyết thắng", Type: Title, Subjects: Collective, Level: Ministry, Grantor: "Thủ trưởng đơn vị quân đội, công an có thẩm quyền", Quoted: true},
	{ID: TapTheTienTien, Name: "Tập thể lao động tiên tiến", Type: Title, Subjects: Collective, Level: Grassroots, Grantor: "Thủ trưởng cơ quan, đơn vị", Quoted: true},
	{ID: DonViTienTien, Name: "Đơn vị tiên tiến", Type: Title, Subjects: Collective, Level: Grassroots, Grantor: "Thủ trưởng đơn vị", Quoted: true},
	{ID: XaPhuongTieuBieu, Name: "Xã, phường, đặc khu tiêu biểu", Type: Title, Subjects: Collective, Level: Ministry, Grantor: "Chủ tịch UBND tỉnh"},
	{ID: ThonToDanPhoVH, Name: "Thôn, tổ dân phố văn hóa", Type: Title, Subjects: Collective, Level: Grassroots, Grantor: "Chủ tịch UBND cấp xã"},
	{ID: GiaDinhVanHoa, Name: "Gia đình văn hóa", Type: Title, Subjects: Household, Level: Grassroots, Grantor: "Chủ tịch UBND cấp xã", Quoted: true},
	{ID: HCSaoVang, Name: "Huân chương Sao vàng", Type: Form, Subjects: Individual | Collective, Level: State, Grantor: "Chủ tịch nước", Quoted: true},
	{ID: HCHoChiMinh, Name: "Huân chương Hồ Chí Minh", Type: Form, Subjects: Individual | Collective, Level: State, Grantor: "Chủ tịch nước", Quoted: true},
	{ID: HCLaoDongHang1, Name: "Huân chương Lao động hạng Nhất", Type: Form, Subjects: Individual | Collective, Level: State, Grantor: "Chủ tịch nước"},
	{ID: HCLaoDongHang2, Name: "Huân chương Lao động hạng Nhì", Type: Form, Subjects: Individual | Collective, Level: State, Grantor: "Chủ tịch nước"},
	{ID: HCLaoDongHang3, Name: "Huân chương Lao động hạng Ba", Type: Form, Subjects: Individual | Collective, Level: State, Grantor: "Chủ tịch nước"},
	{ID: BangKhenTTg, Name: "Bằng khen của Thủ tướng Chính phủ", Type: Form, Subjects: Individual | Collective | Household, Level: State, Grantor: "Thủ tướng Chính phủ", Quoted: true},
	{ID: BangKhenBoTinh, Name: "Bằng khen của Bộ, ban, ngành, tỉnh", Type: Form, Subjects: Individual | Collective | Household, Level: Ministry, Grantor: "Bộ trưởng, Thủ trưởng ban, ngành, Chủ tịch UBND tỉnh"},
	{ID: GiayKhen, Name: "Giấy khen", Type: Form, Subjects: Individual | Collective | Household, Level: Grassroots, Grantor: "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã (khoản 1 Điều 75 Luật 2022)"},
	{ID: KyNiemChuong, Name: "Kỷ niệm chương", Type: Form, Subjects: Individual, Level: Ministry, Grantor: "Bộ, ban, ngành, tỉnh, tổ chức chính trị - xã hội"},
}

// byID indexes the catalogue.
var byID = func() map[ID]int {
	m := make(map[ID]int, len(catalogue))
	for i, a := range catalogue {
		m[a.ID] = i
	}
	return m
}()

// award returns the catalogue entry of id inside the package, without a
// copy; callers of the package get copies from [Lookup].
func award(id ID) (*Award, bool) {
	i, ok := byID[id]
	if !ok {
		return nil, false
	}
	return &catalogue[i], true
}

// Lookup returns a copy of the catalogue entry of id.
func Lookup(id ID) (Award, bool) {
	a, ok := award(id)
	if !ok {
		return Award{}, false
	}
	return *a, true
}

// Catalogue returns a copy of every title and form, titles first, each
// group in the order of the law (highest level first).
func Catalogue() []Award { return append([]Award(nil), byType...) }

// byType is the catalogue with titles first, sorted once; never written
// after initialisation, and handed out only as a copy.
var byType = func() []Award {
	out := append([]Award(nil), catalogue...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Type < out[j].Type })
	return out
}()
