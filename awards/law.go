package awards

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// The national rules: the standards of the titles and forms under each
// regime, from ../shared/law/facts.md and its addendum. Every rule cites its
// source; rules whose wording was not seen are marked Unverified in their
// citation and read a [Params] field where a number is involved.

var (
	old     = []RegimeID{Law2003ND91}
	current = []RegimeID{Law2022ND98, Law2022ND152}
	nd98    = []RegimeID{Law2022ND98}
	nd152   = []RegimeID{Law2022ND152}
)

var nationalRules = buildRules()

func buildRules() []*Rule {
	var rs []*Rule
	add := func(r ...*Rule) { rs = append(rs, r...) }

	// "Lao động tiên tiến" — and "Chiến sĩ tiên tiến", with the same standards.
	advanced := func(award ID, prefix string) {
		// The rating test is the civil servants' standard (khoản 1 Điều 24);
		// workers and farmers have their own, read from Year.Productive.
		var civil []Category
		if award == LaoDongTienTien {
			civil = []Category{CivilServant}
		}
		group := &Rule{ID: prefix + "luat2022.d24.doituong", Award: award, Regimes: current,
			Criterion: "Là cán bộ, công chức, viên chức, người lao động, công nhân, nông dân (không thuộc lực lượng vũ trang)",
			Citation:  cite(Law2022, 24, 1, ""), Check: notArmedForces, Explain: explainText}
		groupOld := &Rule{ID: prefix + "luat2003.d24.doituong", Award: award, Regimes: old,
			Criterion: "Là cán bộ, công chức, viên chức, người lao động, công nhân, nông dân (không thuộc lực lượng vũ trang)",
			Citation:  cite(Law2003, 24, 1, "").secondary("sửa đổi bởi khoản 6 Điều 1 Luật số 39/2013/QH13"), Check: notArmedForces, Explain: explainText}
		if award == ChienSiTienTien {
			group = &Rule{ID: prefix + "luat2022.d24.doituong", Award: award, Regimes: current,
				Criterion: "Là quân nhân, công nhân, công chức, viên chức quốc phòng, dân quân tự vệ, sĩ quan, hạ sĩ quan, chiến sĩ Công an nhân dân",
				Citation:  cite(Law2022, 24, 0, "").secondary("khoản theo nội dung Điều 24 (dantri 06/12/2025)"),
				Check:     categoryCheck(ArmedForces), Explain: explainText}
			groupOld = &Rule{ID: prefix + "luat2003.d24.doituong", Award: award, Regimes: old,
				Criterion: "Là quân nhân, công nhân, viên chức quốc phòng, chiến sĩ công an nhân dân",
				Citation:  cite(Law2003, 24, 2, "").secondary("sửa đổi bởi khoản 6 Điều 1 Luật số 39/2013/QH13"),
				Check:     categoryCheck(ArmedForces), Explain: explainText}
		}
		add(groupOld, group)
		add(
			&Rule{ID: prefix + "luat2003.d24.k1.a", Award: award, Regimes: old, Categories: civil,
				Criterion: "Hoàn thành tốt nhiệm vụ được giao, đạt năng suất và chất lượng cao",
				Citation:  cite(Law2003, 24, 1, "a").secondary("sửa đổi bởi khoản 6 Điều 1 Luật số 39/2013/QH13"),
				Check:     ratingCheck(CompletedWell), Explain: explainRatings},
			&Rule{ID: prefix + "luat2003.d24.k1.b", Award: award, Regimes: old, Categories: civil,
				Criterion: "Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua",
				Citation:  cite(Law2003, 24, 1, "b").secondary("sửa đổi bởi khoản 6 Điều 1 Luật số 39/2013/QH13"),
				Check:     triCheck(func(y *Year) Tri { return y.Active }), Explain: explainTri},
			&Rule{ID: prefix + "luat2003.dangky", Award: award, Regimes: old,
				Criterion: "Có đăng ký tham gia thi đua (căn cứ xét tặng danh hiệu thi đua)",
				Citation:  Citation{Document: Law2003, Evidence: Unverified, Note: "điều khoản chưa xác minh; Điều 7 Luật 2022 đã bỏ căn cứ này"},
				Check:     registeredCheck, Explain: explainRegistered},
			&Rule{ID: prefix + "nd91.d10.tuyendung", Award: award, Regimes: old,
				Criterion: "Không xét tặng đối với cá nhân mới tuyển dụng dưới 10 tháng",
				Citation:  cite(ND91, 10, 0, "").secondary("số điều theo thuvienphapluat"),
				Check:     serviceCheck(minService), Explain: explainService},
			&Rule{ID: prefix + "nd91.d10.kyluat", Award: award, Regimes: old, Personal: true,
				Criterion: "Không bị kỷ luật từ hình thức khiển trách trở lên",
				Citation:  cite(ND91, 10, 0, "").secondary("số điều theo thuvienphapluat"),
				Check:     disciplineCheck(func(RegimeParams) DisciplineForm { return Reprimand }), Explain: explainDiscipline},

			&Rule{ID: prefix + "nd91.d10.nghi", Award: award, Regimes: old, Personal: true,
				Criterion: "Thời gian nghỉ thai sản được tính để bình xét; thời gian đi học từ 01 năm trở lên cần kết quả học tập từ loại khá trở lên",
				Citation:  cite(ND91, 10, 4, "").secondary("khoản 4 Điều 10 theo hoatieu.vn; điều kiện đi học theo baotintuc.vn"),
				Check:     absenceCheck(true), Explain: explainAbsence},
			&Rule{ID: prefix + "luat2022.d24.k1.a", Award: award, Regimes: current, Categories: civil,
				Criterion: "Hoàn thành tốt nhiệm vụ trở lên",
				Citation:  cite(Law2022, 24, 1, "a"),
				Check:     ratingCheck(CompletedWell), Explain: explainRatings},
			&Rule{ID: prefix + "luat2022.d24.k1.b", Award: award, Regimes: current, Categories: civil,
				Criterion: "Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua",
				Citation:  cite(Law2022, 24, 1, "b"),
				Check:     triCheck(func(y *Year) Tri { return y.Active }), Explain: explainTri},
			&Rule{ID: prefix + "tt01.d1.k5.d", Award: award, Regimes: current,
				Criterion: "Không xét tặng đối với cá nhân mới tuyển dụng dưới 6 tháng (tính thời gian công tác liên tục tại cơ quan)",
				Citation:  cite(TT01, 1, 5, "d"),
				Check:     serviceCheck(minService), Explain: explainService},
			&Rule{ID: prefix + "nd98.d4.nghi", Award: award, Regimes: nd98, Personal: true,
				Criterion: "Thời gian nghỉ thai sản theo quy định được tính để xét tặng danh hiệu thi đua, hình thức khen thưởng; thời gian điều trị, điều dưỡng do bị thương, thời gian đi học được tính theo Thông tư 01/2024/TT-BNV",
				Citation:  cite(ND98, 4, 0, "").secondary("bản dịch tiếng Anh; số khoản chưa thấy (bổ sung 2026-11b); điều kiện kết quả học tập của Thông tư 01/2024/TT-BNV bị cắt"),
				Check:     absenceCheck(false), Explain: explainAbsence},
			&Rule{ID: prefix + "nd152.d4.nghi", Award: award, Regimes: nd152, Personal: true,
				Criterion: "Thời gian nghỉ thai sản đối với cá nhân theo quy định được tính để xét tặng danh hiệu thi đua; thời gian điều trị, đi học được tính theo Thông tư 01/2024/TT-BNV",
				Citation:  cite(ND152, 4, 0, "").secondary("nguyên tắc (5) của Điều 4"),
				Check:     absenceCheck(false), Explain: explainAbsence},
			&Rule{ID: prefix + "nd98.d4.kyluat", Award: award, Regimes: nd98, Personal: true,
				Criterion: "Thành tích được tính từ thời điểm chấp hành xong thời gian thi hành kỷ luật",
				Citation:  cite(ND98, 4, 0, "").secondary("bản dịch tiếng Anh; số khoản chưa thấy (bổ sung 2026-11b)"),
				Check:     disciplineRunCheck, Explain: explainDisciplineRun},
			&Rule{ID: prefix + "nd152.d4.kyluat", Award: award, Regimes: nd152, Personal: true,
				Criterion: "Thành tích được tính từ thời điểm chấp hành xong thời gian thi hành kỷ luật",
				Citation:  cite(ND152, 4, 0, "").secondary("nguyên tắc (4) của Điều 4; số khoản chưa xác minh"),
				Check:     disciplineRunCheck, Explain: explainDisciplineRun},
		)
	}
	advanced(LaoDongTienTien, "")
	advanced(ChienSiTienTien, "cstt.")
	// "Lao động tiên tiến" for workers, farmers and other labourers.
	workers := []Category{Worker}
	add(
		&Rule{ID: "luat2003.d24.k3.a", Award: LaoDongTienTien, Regimes: old, Categories: workers,
			Criterion: "Lao động sản xuất có hiệu quả, tích cực tham gia phong trào thi đua và hoạt động xã hội",
			Citation:  cite(Law2003, 24, 3, "").secondary("sửa đổi bởi khoản 6 Điều 1 Luật số 39/2013/QH13; đoạn sau “Gương mẫu chấp hành …” bị cắt, chưa mã hóa"),
			Check:     allTriCheck(func(y *Year) Tri { return y.Productive }, func(y *Year) Tri { return y.Active }), Explain: explainTri},
		&Rule{ID: "luat2022.d24.congnhan", Award: LaoDongTienTien, Regimes: current, Categories: workers,
			Criterion: "Lao động, sản xuất có hiệu quả … (tiêu chuẩn đối với công nhân, nông dân, người lao động)",
			Citation:  cite(Law2022, 24, 0, "").unverified("chỉ thấy đoạn “lao động, sản xuất có hiệu quả …”; số khoản và phần còn lại chưa thấy (bổ sung 2026-11b)"),
			Check:     triCheck(func(y *Year) Tri { return y.Productive }), Explain: explainTri},
	)

	// "Chiến sĩ thi đua cơ sở".
	add(
		&Rule{ID: "luat2003.d23.a", Award: CSTDCoSo, Regimes: old,
			Criterion: "Đạt tiêu chuẩn danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến”",
			Citation:  cite(Law2003, 23, 0, "a"),
			Check:     meetsAdvanced, Explain: explainMeets("“Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến”"), Reads: []ID{LaoDongTienTien, ChienSiTienTien}},
		&Rule{ID: "luat2003.d23.b", Award: CSTDCoSo, Regimes: old,
			Criterion: "Có sáng kiến để tăng năng suất lao động, tăng hiệu quả công tác được cơ sở công nhận hoặc có đề tài nghiên cứu khoa học đã nghiệm thu được áp dụng, hoặc mưu trí, sáng tạo trong chiến đấu",
			Citation:  cite(Law2003, 23, 0, "b"),
			Check:     initiativeCheck(allKinds, ScopeGrassroots, 1, lastYear), Explain: explainInitiatives("sáng kiến, đề tài")},
		&Rule{ID: "luat2022.d23.k1", Award: CSTDCoSo, Regimes: current,
			Criterion: "Đạt tiêu chuẩn danh hiệu “Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến”",
			Citation:  cite(Law2022, 23, 1, ""),
			Check:     meetsAdvanced, Explain: explainMeets("“Lao động tiên tiến” hoặc “Chiến sĩ tiên tiến”"), Reads: []ID{LaoDongTienTien, ChienSiTienTien}},
		&Rule{ID: "luat2022.d23.k2.htxs", Award: CSTDCoSo, Regimes: current, Group: "luat2022.d23.k2",
			Criterion: "Hoàn thành xuất sắc nhiệm vụ",
			Citation:  cite(Law2022, 23, 2, ""),
			Check:     ratingCheck(CompletedExcellently), Explain: explainRatings},
		&Rule{ID: "luat2022.d23.k2.sangkien", Award: CSTDCoSo, Regimes: current, Group: "luat2022.d23.k2",
			Criterion: "Hoặc có sáng kiến được cơ sở công nhận, đề tài khoa học đã được nghiệm thu, hoặc mưu trí, sáng tạo trong chiến đấu được đơn vị công nhận",
			Citation:  cite(Law2022, 23, 2, ""),
			Check:     initiativeCheck(allKinds, ScopeGrassroots, 1, lastYear), Explain: explainInitiatives("sáng kiến, đề tài")},
	)

	// Chiến sĩ thi đua Bộ, ban, ngành, tỉnh.
	add(
		&Rule{ID: "luat2003.d22.cstdcs", Award: CSTDBoTinh, Regimes: old,
			Criterion: "Có thành tích tiêu biểu xuất sắc trong số những cá nhân có ba lần liên tục đạt danh hiệu “Chiến sĩ thi đua cơ sở”",
			Citation:  cite(Law2003, 22, 0, ""),
			Check:     consecutiveCheck(CSTDCoSo, 3), Explain: explainTitleYears("“Chiến sĩ thi đua cơ sở”"), Reads: []ID{CSTDCoSo}},
		&Rule{ID: "nd91.d9.k2.sangkien", Award: CSTDBoTinh, Regimes: old,
			Criterion: "Có sáng kiến, đề tài được người đứng đầu Bộ, ban, ngành, tỉnh công nhận hiệu quả áp dụng và khả năng nhân rộng",
			Citation:  cite(ND91, 9, 2, ""),
			Check:     initiativeCheck(allKinds, ScopeMinistry, 1, lastYears(3)), Explain: explainInitiatives("sáng kiến, đề tài phạm vi Bộ, ban, ngành, tỉnh")},
		&Rule{ID: "luat2022.d22.k1.a", Award: CSTDBoTinh, Regimes: current,
			Criterion: "Có thành tích xuất sắc tiêu biểu được lựa chọn trong số những cá nhân có 03 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở”",
			Citation:  cite(Law2022, 22, 1, "a").secondary("MOHA trả lời 05/11/2024; xem bổ sung 11/2026"),
			Check:     consecutiveCheck(CSTDCoSo, 3), Explain: explainTitleYears("“Chiến sĩ thi đua cơ sở”"), Reads: []ID{CSTDCoSo}},
		&Rule{ID: "luat2022.d22.k1.b", Award: CSTDBoTinh, Regimes: current,
			Criterion: "Có sáng kiến đã được áp dụng hiệu quả và có khả năng nhân rộng trong Bộ, ban, ngành, tỉnh hoặc đề tài khoa học đã được nghiệm thu và áp dụng hiệu quả, có phạm vi ảnh hưởng trong Bộ, ban, ngành, tỉnh",
			Citation:  cite(Law2022, 22, 1, "b").secondary("MOHA trả lời 05/11/2024"),
			Check:     initiativeCheck(allKinds, ScopeMinistry, 1, lastYears(3)), Explain: explainInitiatives("sáng kiến, đề tài phạm vi Bộ, ban, ngành, tỉnh")},
	)

	// "Chiến sĩ thi đua toàn quốc".
	add(
		&Rule{ID: "luat2003.d21.a", Award: CSTDToanQuoc, Regimes: old,
			Criterion: "Có thành tích tiêu biểu xuất sắc nhất trong số những cá nhân có hai lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
			Citation:  cite(Law2003, 21, 0, ""),
			Check:     consecutiveStagesCheck(CSTDBoTinh), Explain: explainStages},
		&Rule{ID: "nd91.d9.k1.sangkien", Award: CSTDToanQuoc, Regimes: old,
			Criterion: "Có sáng kiến, đề tài có phạm vi ảnh hưởng trong toàn quốc",
			Citation:  cite(ND91, 9, 1, ""),
			Check:     initiativeCheck(allKinds, ScopeNational, 1, lastYears(6)), Explain: explainInitiatives("sáng kiến, đề tài phạm vi toàn quốc")},
		&Rule{ID: "luat2022.d21.k1.a", Award: CSTDToanQuoc, Regimes: current,
			Criterion: "Có thành tích xuất sắc tiêu biểu được lựa chọn trong số những cá nhân có 02 lần liên tục được tặng danh hiệu Chiến sĩ thi đua Bộ, ban, ngành, tỉnh",
			Citation:  cite(Law2022, 21, 1, "a"),
			Check:     consecutiveStagesCheck(CSTDBoTinh), Explain: explainStages},
		&Rule{ID: "luat2022.d21.k1.b", Award: CSTDToanQuoc, Regimes: current,
			Criterion: "Có sáng kiến đã được áp dụng hiệu quả và có khả năng nhân rộng trong toàn quốc hoặc đề tài khoa học có phạm vi ảnh hưởng trong toàn quốc",
			Citation:  cite(Law2022, 21, 1, "b"),
			Check:     initiativeCheck(allKinds, ScopeNational, 1, lastYears(6)), Explain: explainInitiatives("sáng kiến, đề tài phạm vi toàn quốc")},
	)

	// Bằng khen của Bộ, ban, ngành, tỉnh (individuals).
	add(
		&Rule{ID: "nd91.d39.htxs", Subjects: Individual, Award: BangKhenBoTinh, Regimes: old,
			Criterion: "Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ",
			Citation:  Citation{Document: ND91, Article: 39, Evidence: Unverified, Note: "nội dung theo trí nhớ, chưa thấy văn bản"},
			Check:     yearsRatedCheck(CompletedExcellently, 2), Explain: explainRatings},
		&Rule{ID: "nd91.d39.sangkien", Subjects: Individual, Award: BangKhenBoTinh, Regimes: old,
			Criterion: "Trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cơ sở",
			Citation:  Citation{Document: ND91, Article: 39, Evidence: Unverified, Note: "nội dung theo trí nhớ, chưa thấy văn bản"},
			Check:     initiativeCheck(allKinds, ScopeGrassroots, 2, lastYears(2)), Explain: explainInitiatives("sáng kiến cấp cơ sở")},
		&Rule{ID: "luat2022.d74.k1.abc", Subjects: Individual, claim: true, Award: BangKhenBoTinh, Regimes: current, Group: "luat2022.d74.k1", Points: []string{"a", "b", "c"},
			Criterion: "Có thành tích xuất sắc được bình xét trong phong trào thi đua; thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực của Bộ, ban, ngành, tỉnh; hoặc đóng góp lớn vào phát triển kinh tế - xã hội",
			Citation:  cite(Law2022, 74, 1, "a, b, c").secondary("bản dịch tiếng Anh trên lawnet.vn"),
			Check:     claimCheck(BangKhenBoTinh, "a", "b", "c"), Explain: explainText},
		&Rule{ID: "luat2022.d74.k1.d", Subjects: Individual, Award: BangKhenBoTinh, Regimes: current, Group: "luat2022.d74.k1", Points: []string{"d"},
			Criterion: "Có 02 lần liên tục được tặng danh hiệu “Chiến sĩ thi đua cơ sở” hoặc có liên tục từ 02 năm trở lên hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng có hiệu quả trong phạm vi cơ sở hoặc 02 đề tài khoa học đã được nghiệm thu và áp dụng hiệu quả trong phạm vi cơ sở",
			Citation:  cite(Law2022, 74, 1, "d"),
			Check:     bangKhenPointD, Explain: explainPointD, Reads: []ID{CSTDCoSo}},
	)

	// "Bằng khen của Thủ tướng Chính phủ" (individuals).
	add(
		&Rule{ID: "nd91.d38.k1.a", Subjects: Individual, claim: true, Award: BangKhenTTg, Regimes: old, Group: "nd91.d38.k1", Points: []string{"a"},
			Criterion: "Tiêu chuẩn tại điểm a khoản 1 Điều 38 Nghị định 91/2017/NĐ-CP (nội dung chưa thấy văn bản; Hội đồng Thi đua - Khen thưởng xem xét)",
			Citation:  cite(ND91, 38, 1, "a").unverified("nội dung điểm a chưa thấy văn bản; khoản 1 cho tặng khi đạt một trong các điểm a, b, c (bổ sung 2026-11b)"),
			Check:     claimCheck(BangKhenTTg, "a"), Explain: explainText},
		&Rule{ID: "nd91.d38.k1.b", Subjects: Individual, claim: true, Award: BangKhenTTg, Regimes: old, Group: "nd91.d38.k1", Points: []string{"b"},
			Criterion: "Tiêu chuẩn tại điểm b khoản 1 Điều 38 Nghị định 91/2017/NĐ-CP (nội dung chưa thấy văn bản; Hội đồng Thi đua - Khen thưởng xem xét)",
			Citation:  cite(ND91, 38, 1, "b").unverified("nội dung điểm b chưa thấy văn bản"),
			Check:     claimCheck(BangKhenTTg, "b"), Explain: explainText},
		&Rule{ID: "nd91.d38.k1.c", Subjects: Individual, Award: BangKhenTTg, Regimes: old, Group: "nd91.d38.k1", Points: []string{"c"},
			Criterion: "Đã được tặng bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương và 5 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 5 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp cơ sở",
			Citation:  cite(ND91, 38, 1, "c").secondary("chữ điểm c theo bổ sung 2026-11b; văn bản trên baodientu.chinhphu.vn"),
			Check:     streakBKTTgOld.check, Explain: streakBKTTgOld.explain},
		&Rule{ID: "nd91.d38.k1.c.giaykhen", Subjects: Individual, Award: BangKhenTTg, Regimes: old, Group: "nd91.d38.k1", Points: []string{"c"},
			Criterion: "Hoặc đã được tặng bằng khen cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương và 5 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó 5 lần được tặng giấy khen trở lên",
			Citation:  cite(ND91, 38, 1, "c").unverified("đoạn văn bị cắt; điều kiện “mưu trí, dũng cảm” chưa rõ; đếm số năm có giấy khen"),
			Check:     streakBKTTgOldGK.check, Explain: streakBKTTgOldGK.explain},
		&Rule{ID: "luat2022.d73.k1.ac", Subjects: Individual, claim: true, Award: BangKhenTTg, Regimes: current, Group: "luat2022.d73.k1", Points: []string{"a", "c"},
			Criterion: "Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua, hoặc lập được nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng trong Bộ, ban, ngành, tỉnh",
			Citation:  cite(Law2022, 73, 1, "a, c"),
			Check:     claimCheck(BangKhenTTg, "a", "c"), Explain: explainText},
		&Rule{ID: "luat2022.d73.k1.b", Subjects: Individual, Award: BangKhenTTg, Regimes: current, Group: "luat2022.d73.k1", Points: []string{"b"},
			Criterion: "Đã được tặng bằng khen của Bộ, ban, ngành, tỉnh và có liên tục từ 05 năm trở lên đến thời điểm đề nghị được công nhận hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần được tặng danh hiệu “Chiến sĩ thi đua cơ sở”",
			Citation:  cite(Law2022, 73, 1, "b"),
			Check:     streakBKTTg.check, Explain: streakBKTTg.explain, Reads: []ID{CSTDCoSo}},
	)

	// "Huân chương Lao động" hạng Ba (individuals).
	add(
		&Rule{ID: "nd91.d24", Subjects: Individual, Award: HCLaoDongHang3, Regimes: old,
			Criterion: "Đã được tặng “Bằng khen của Thủ tướng Chính phủ” và 05 năm tiếp theo trở lên liên tục lập được thành tích xuất sắc, trong thời gian đó có 02 sáng kiến được ứng dụng mang lại hiệu quả, có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh",
			Citation:  cite(ND91, 24, 0, ""),
			Check:     streakHC3Old.check, Explain: streakHC3Old.explain, Group: "nd91.d24"},
		&Rule{ID: "nd91.d24.dotxuat", Subjects: Individual, claim: true, Award: HCLaoDongHang3, Regimes: old, Group: "nd91.d24",
			Criterion: "Có thành tích xuất sắc đột xuất (Hội đồng Thi đua - Khen thưởng xem xét)",
			Citation:  cite(ND91, 24, 0, "").secondary("chỉ thấy bản tóm lược tiếng Anh; nội dung bị cắt"),
			Check:     claimCheck(HCLaoDongHang3, "dotxuat"), Explain: explainText},
		&Rule{ID: "nd91.d24.khac", Subjects: Individual, claim: true, Award: HCLaoDongHang3, Regimes: old, Group: "nd91.d24",
			Criterion: "Các tiêu chuẩn khác của Điều 24 Nghị định 91/2017/NĐ-CP (chưa thấy văn bản; Hội đồng Thi đua - Khen thưởng xem xét)",
			Citation:  cite(ND91, 24, 0, "").unverified("các nhánh khác của Điều 24 chưa thấy văn bản"),
			Check:     claimCheck(HCLaoDongHang3, "khac"), Explain: explainText},
		&Rule{ID: "luat2022.d44.k1.ad", Subjects: Individual, claim: true, Award: HCLaoDongHang3, Regimes: current, Group: "luat2022.d44.k1", Points: []string{"a", "b", "c", "d"},
			Criterion: "Các tiêu chuẩn tại điểm a, b, c, d khoản 1 Điều 44 (thành tích xuất sắc, đột xuất, …)",
			Citation:  cite(Law2022, 44, 1, "a, b, c, d").unverified("nội dung các điểm a–d chưa thấy văn bản"),
			Check:     claimCheck(HCLaoDongHang3, "a", "b", "c", "d"), Explain: explainText},
		&Rule{ID: "luat2022.d44.k1.e", Subjects: Individual, Award: HCLaoDongHang3, Regimes: current, Group: "luat2022.d44.k1", Points: []string{"e"},
			Criterion: "Đã được tặng “Bằng khen của Thủ tướng Chính phủ” và liên tục từ 05 năm trở lên đến thời điểm đề nghị được công nhận hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 01 năm trở lên hoàn thành xuất sắc nhiệm vụ và 03 lần được tặng danh hiệu “Chiến sĩ thi đua cơ sở”",
			Citation:  cite(Law2022, 44, 1, "e").secondary("bản dịch tiếng Anh, MOHA trên news.laodong.vn"),
			Check:     streakHC3.check, Explain: streakHC3.explain, Reads: []ID{CSTDCoSo}},
	)

	// "Tập thể lao động tiên tiến".
	add(
		&Rule{ID: "luat2003.d28.a", Award: TapTheTienTien, Regimes: old,
			Criterion: "Hoàn thành tốt nhiệm vụ và kế hoạch được giao",
			Citation:  cite(Law2003, 28, 1, "a"), Check: ratingCheck(CompletedWell), Explain: explainRatings},
		&Rule{ID: "luat2003.d28.b", Award: TapTheTienTien, Regimes: old,
			Criterion: "Có phong trào thi đua thường xuyên, thiết thực, có hiệu quả",
			Citation:  cite(Law2003, 28, 1, "b"), Check: triCheck(func(y *Year) Tri { return y.Active }), Explain: explainTri},
		&Rule{ID: "luat2003.d28.c.ldtt", Award: TapTheTienTien, Regimes: old,
			Criterion: "Có trên 50% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến”",
			Citation:  cite(Law2003, 28, 1, "c"),
			Check:     ldttShareCheck(func(RegimeParams) (decimal.Decimal, bool) { return decimal.New(5, -1), false }), Explain: explainMembers},
		&Rule{ID: "luat2003.d28.c.kyluat", Award: TapTheTienTien, Regimes: old, Personal: true,
			Criterion: "Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên",
			Citation:  cite(Law2003, 28, 1, "c"), Check: membersDisciplineCheck(func(RegimeParams) bool { return true }), Explain: explainMembers},
		&Rule{ID: "luat2003.d28.d", Award: TapTheTienTien, Regimes: old,
			Criterion: "Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước",
			Citation:  cite(Law2003, 28, 1, "d"), Check: triCheck(func(y *Year) Tri { return y.Solidarity }), Explain: explainTri},
		&Rule{ID: "luat2003.tt.dangky", Award: TapTheTienTien, Regimes: old,
			Criterion: "Có đăng ký tham gia thi đua (căn cứ xét tặng danh hiệu thi đua)",
			Citation:  Citation{Document: Law2003, Evidence: Unverified, Note: "điều khoản chưa xác minh; Điều 7 Luật 2022 đã bỏ căn cứ này"},
			Check:     registeredCheck, Explain: explainRegistered},

		&Rule{ID: "luat2022.d28.k1.a", Award: TapTheTienTien, Regimes: current,
			Criterion: "Hoàn thành tốt nhiệm vụ",
			Citation:  cite(Law2022, 28, 1, "").unverified("chưa thấy văn bản khoản 1 Điều 28; giữ tiêu chuẩn của Luật 2003"),
			Check:     ratingCheck(CompletedWell), Explain: explainRatings},
		&Rule{ID: "luat2022.d28.k1.b", Award: TapTheTienTien, Regimes: current,
			Criterion: "Tích cực tham gia phong trào thi đua",
			Citation:  cite(Law2022, 28, 1, "").unverified("chưa thấy văn bản khoản 1 Điều 28"),
			Check:     triCheck(func(y *Year) Tri { return y.Active }), Explain: explainTri},
		&Rule{ID: "luat2022.d28.k1.ldtt", Award: TapTheTienTien, Regimes: current,
			Criterion: "Tỷ lệ cá nhân đạt danh hiệu “Lao động tiên tiến” (tham số TTLDTTShare, mặc định trên 50%)",
			Citation:  cite(Law2022, 28, 1, "").unverified("khoản 3 Điều 28 giao Bộ, tỉnh quy định chi tiết; ví dụ Văn phòng Chính phủ: ít nhất 70%"),
			Check:     ldttShareCheck(func(p RegimeParams) (decimal.Decimal, bool) { return p.TTLDTTShare, p.TTLDTTShareAtLeast }), Explain: explainMembers},
		&Rule{ID: "luat2022.d28.k1.kyluat", Award: TapTheTienTien, Regimes: current, Personal: true,
			Criterion: "Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên (khi tham số CollectiveDisciplineBar bật)",
			Citation:  cite(Law2022, 28, 1, "").unverified("không rõ Luật 2022 còn giữ; Văn phòng Chính phủ quy định có"),
			Check:     membersDisciplineCheck(func(p RegimeParams) bool { return p.CollectiveDisciplineBar }), Explain: explainMembers},
		&Rule{ID: "luat2022.d28.k1.doanket", Award: TapTheTienTien, Regimes: current,
			Criterion: "Nội bộ đoàn kết",
			Citation:  cite(Law2022, 28, 1, "").unverified("chưa thấy văn bản khoản 1 Điều 28"),
			Check:     triCheck(func(y *Year) Tri { return y.Solidarity }), Explain: explainTri},
	)

	// "Tập thể lao động xuất sắc".
	add(
		&Rule{ID: "luat2003.d27.ttldtt", Award: TapTheXuatSac, Regimes: old,
			Criterion: "Là tập thể tiêu biểu trong số các tập thể đạt danh hiệu “Tập thể lao động tiên tiến”",
			Citation:  cite(Law2003, 27, 1, "").secondary("số điều theo Thông tư 16/2018/TT-BCT"),
			Check:     meetsCheck(TapTheTienTien), Explain: explainMeets("“Tập thể lao động tiên tiến”"), Reads: []ID{TapTheTienTien}},
		&Rule{ID: "luat2003.d27.htxs", Award: TapTheXuatSac, Regimes: old,
			Criterion: "Hoàn thành xuất sắc nhiệm vụ",
			Citation:  cite(Law2003, 27, 1, "").secondary("số điều theo Thông tư 16/2018/TT-BCT"),
			Check:     ratingCheck(CompletedExcellently), Explain: explainRatings},
		&Rule{ID: "luat2003.d27.thanhvien", Award: TapTheXuatSac, Regimes: old,
			Criterion: "Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao, trong đó có ít nhất 70% cá nhân đạt danh hiệu “Lao động tiên tiến”; có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”",
			Citation:  cite(Law2003, 27, 1, "").secondary("số điều theo Thông tư 16/2018/TT-BCT"),
			Check:     excellentMembersCheck, Explain: explainMembers},
		&Rule{ID: "luat2003.d27.kyluat", Award: TapTheXuatSac, Regimes: old, Personal: true,
			Criterion: "Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên",
			Citation:  cite(Law2003, 27, 1, "").secondary("số điều theo Thông tư 16/2018/TT-BCT"),
			Check:     membersDisciplineCheck(func(RegimeParams) bool { return true }), Explain: explainMembers},
		&Rule{ID: "luat2022.d27.k1.a", Award: TapTheXuatSac, Regimes: current,
			Criterion: "Hoàn thành xuất sắc nhiệm vụ được giao",
			Citation:  cite(Law2022, 27, 1, "a").secondary("số điều suy ra (Điều 26 là Cờ thi đua, Điều 28 là Tập thể lao động tiên tiến)"),
			Check:     ratingCheck(CompletedExcellently), Explain: explainRatings},
		&Rule{ID: "luat2022.d27.k1.b", Award: TapTheXuatSac, Regimes: current,
			Criterion: "Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả",
			Citation:  cite(Law2022, 27, 1, "b").secondary("số điều suy ra"),
			Check:     triCheck(func(y *Year) Tri { return y.Active }), Explain: explainTri},
		&Rule{ID: "luat2022.d27.k1.cd", Award: TapTheXuatSac, Regimes: current,
			Criterion: "Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao, trong đó có ít nhất là 70% cá nhân đạt danh hiệu “Lao động tiên tiến”; có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”",
			Citation:  cite(Law2022, 27, 1, "c, d").secondary("số điều suy ra"),
			Check:     excellentMembersCheck, Explain: explainMembers},
		&Rule{ID: "luat2022.d27.k1.dd", Award: TapTheXuatSac, Regimes: current,
			Criterion: "Nội bộ đoàn kết",
			Citation:  cite(Law2022, 27, 1, "đ").secondary("số điều suy ra"),
			Check:     triCheck(func(y *Year) Tri { return y.Solidarity }), Explain: explainTri},
	)

	// Cờ thi đua của Bộ, ban, ngành, tỉnh and "Cờ thi đua của Chính phủ".
	add(
		&Rule{ID: "nd91.d12.khoi", Award: CoThiDuaBoTinh, Regimes: old,
			Criterion: "Được lựa chọn thông qua bình xét, đánh giá, so sánh theo các khối, cụm thi đua (dẫn đầu cụm, khối)",
			Citation:  cite(ND91, 12, 0, ""), Check: blocLeaderCheck, Explain: explainBloc},
		&Rule{ID: "luat2022.d26.khoi", Award: CoThiDuaBoTinh, Regimes: current,
			Criterion: "Là tập thể dẫn đầu phong trào thi đua của cụm, khối thi đua",
			Citation:  cite(Law2022, 26, 1, "").secondary("theo Thông tư 29/2023/TT-BGDĐT Điều 4"),
			Check:     blocLeaderCheck, Explain: explainBloc},
		&Rule{ID: "luat2003.d26.htxs", Award: CoThiDuaBoTinh, Regimes: old,
			Criterion: "Hoàn thành xuất sắc, vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm",
			Citation:  cite(Law2003, 26, 0, "").unverified("nội dung Điều 26 chưa thấy văn bản"),
			Check:     ratingCheck(CompletedExcellently), Explain: explainRatings},
		&Rule{ID: "luat2022.d26.htxs", Award: CoThiDuaBoTinh, Regimes: current,
			Criterion: "Hoàn thành xuất sắc, vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm",
			Citation:  cite(Law2022, 26, 1, "").unverified("nội dung khoản 1, 2 Điều 26 chưa thấy văn bản"),
			Check:     ratingCheck(CompletedExcellently), Explain: explainRatings},
		// Old regime: the criteria of Điều 25 Luật 2003 bind, and one of
		// the three clauses of Điều 11 Nghị định 91/2017 (that the law's
		// criteria bind every clause is an inference: the texts seen do
		// not say).
		&Rule{ID: "luat2003.d25.htxs", Award: CoThiDuaChinhPhu, Regimes: old,
			Criterion: "Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm",
			Citation:  cite(Law2003, 25, 0, ""), Check: ratingCheck(CompletedExcellently), Explain: explainRatings},
		&Rule{ID: "luat2003.d25.k3", Award: CoThiDuaChinhPhu, Regimes: old,
			Criterion: "Nội bộ đoàn kết, đi đầu trong việc thực hành tiết kiệm, chống lãng phí, chống tham nhũng",
			Citation:  cite(Law2003, 25, 3, "").secondary("mục 3 theo bổ sung 2026-11b; áp dụng cho mọi khoản của Điều 11 Nghị định 91/2017 là suy luận"),
			Check:     solidarityThriftCheck, Explain: explainSolidarityThrift},
		&Rule{ID: "nd91.d11.k1", Award: CoThiDuaChinhPhu, Regimes: old, Group: "nd91.d11",
			Criterion: "Được lựa chọn trong số các tập thể đạt tiêu chuẩn Cờ thi đua cấp bộ, ban, ngành, tỉnh",
			Citation:  cite(ND91, 11, 1, ""), Check: coBoTinhCheck, Explain: explainMeets("Cờ thi đua cấp bộ, ban, ngành, tỉnh"), Reads: []ID{CoThiDuaBoTinh}},
		&Rule{ID: "nd91.d11.k2", Award: CoThiDuaChinhPhu, Regimes: old, Group: "nd91.d11",
			Criterion: "Là tập thể dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức",
			Citation:  cite(ND91, 11, 2, "").secondary("diễn giải tiếng Anh trên thukyluat"),
			Check:     centralBlocCheck, Explain: explainCentralBloc},
		&Rule{ID: "nd91.d11.k3", Award: CoThiDuaChinhPhu, Regimes: old, Group: "nd91.d11",
			Criterion: "Là tập thể tiêu biểu xuất sắc nhất trong phong trào thi đua theo chuyên đề do Chủ tịch nước hoặc Thủ tướng Chính phủ phát động, được sơ kết, tổng kết từ 05 năm trở lên",
			Citation:  cite(ND91, 11, 3, "").secondary("diễn giải tiếng Anh trên thukyluat; đếm năm dương lịch kể cả năm đầu và năm sơ kết, tổng kết là suy luận"),
			Check:     movementCheck(PrimeMinister, President), Explain: explainMovement},
		// 2022 law: k1 (the three criteria together), or k2, or k3.
		&Rule{ID: "luat2022.d25.k1.khoi", Award: CoThiDuaChinhPhu, Regimes: current, Group: "luat2022.d25", Branch: "k1",
			Criterion: "Là tập thể tiêu biểu xuất sắc được lựa chọn trong số các tập thể dẫn đầu các cụm, khối thi đua",
			Citation:  cite(Law2022, 25, 1, "").secondary("bản dịch tiếng Anh trên lawnet.vn"),
			Check:     blocLeaderCheck, Explain: explainBloc},
		&Rule{ID: "luat2022.d25.k1.a", Award: CoThiDuaChinhPhu, Regimes: current, Group: "luat2022.d25", Branch: "k1",
			Criterion: "Có thành tích xuất sắc, hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm",
			Citation:  cite(Law2022, 25, 1, "a").secondary("bản dịch tiếng Anh trên lawnet.vn"),
			Check:     ratingCheck(CompletedExcellently), Explain: explainRatings},
		&Rule{ID: "luat2022.d25.k1.b", Award: CoThiDuaChinhPhu, Regimes: current, Group: "luat2022.d25", Branch: "k1",
			Criterion: "Nội bộ đoàn kết; tổ chức đảng, đoàn thể trong sạch, vững mạnh; đi đầu trong thực hành tiết kiệm, chống lãng phí (dịch từ bản tiếng Anh)",
			Citation:  cite(Law2022, 25, 1, "b").secondary("bản dịch tiếng Anh trên lawnet.vn"),
			Check:     solidarityThriftCheck, Explain: explainSolidarityThrift},
		&Rule{ID: "luat2022.d25.k2", Award: CoThiDuaChinhPhu, Regimes: current, Group: "luat2022.d25",
			Criterion: "Là tập thể dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức (dịch từ bản tiếng Anh)",
			Citation:  cite(Law2022, 25, 2, "").secondary("bản dịch tiếng Anh trên lawnet.vn"),
			Check:     centralBlocCheck, Explain: explainCentralBloc},
		&Rule{ID: "luat2022.d25.k3", Award: CoThiDuaChinhPhu, Regimes: current, Group: "luat2022.d25",
			Criterion: "Là tập thể dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động có thời gian thực hiện từ 05 năm trở lên, được bình xét khi sơ kết, tổng kết (dịch từ bản tiếng Anh)",
			Citation:  cite(Law2022, 25, 3, "").secondary("bản dịch tiếng Anh trên lawnet.vn; đếm năm dương lịch kể cả năm đầu và năm sơ kết, tổng kết là suy luận"),
			Check:     movementCheck(PrimeMinister), Explain: explainMovement},
	)
	// The council's secret ballot: at least 90% of ALL its members in favour
	// (khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP); under the 2022 law a
	// parameter, no text seen.
	for _, id := range []ID{CSTDBoTinh, CSTDToanQuoc} {
		prefix := ""
		if id == CSTDToanQuoc {
			prefix = "cstdtq."
		}
		add(
			&Rule{ID: prefix + "nd91.d45.k8", Award: id, Regimes: old, vote: true,
				Criterion: "Được Hội đồng Thi đua - Khen thưởng bỏ phiếu kín với số phiếu đồng ý từ 90% trở lên tính trên tổng số thành viên Hội đồng (thành viên vắng mặt cho ý kiến bằng văn bản)",
				Citation:  cite(ND91, 45, 8, "").secondary("theo Ban Thi đua - Khen thưởng Trung ương (bổ sung 2026-11b); văn bản chưa chép lại"),
				Check:     voteCheck(func(RegimeParams) decimal.Decimal { return decimal.New(9, -1) }), Explain: explainVote},
			&Rule{ID: prefix + "thamso.hoidong.bieuquyet", Award: id, Regimes: current, vote: true,
				Criterion: "Được Hội đồng Thi đua - Khen thưởng bỏ phiếu kín đồng ý với tỷ lệ trên tổng số thành viên Hội đồng (tham số CouncilVoteShare, mặc định từ 90% trở lên như khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP)",
				Citation:  Citation{Evidence: Unverified, Document: ND152, Note: "chưa thấy văn bản về tỷ lệ biểu quyết theo Luật 2022 (Nghị định 98/2023/NĐ-CP, 152/2025/NĐ-CP); tham số CouncilVoteShare"},
				Check:     voteCheck(func(p RegimeParams) decimal.Decimal { return p.CouncilVoteShare }), Explain: explainVote},
		)
	}
	// Decree 98/2023 and 152/2025 Điều 4: achievements count only from the
	// end of a discipline period. The principle is of every reward; the
	// titles read it through the standard of "Lao động tiên tiến" (above),
	// and the forms of reward whose standards for individuals are encoded
	// here carry it themselves (where no standard is encoded, a verdict
	// stays undetermined rather than judged on this rule alone).
	for _, id := range []ID{BangKhenBoTinh, BangKhenTTg, HCLaoDongHang3} {
		prefix := string(id) + "."
		add(
			&Rule{ID: prefix + "nd98.d4.kyluat", Subjects: Individual, Award: id, Regimes: nd98, Personal: true,
				Criterion: "Thành tích được tính từ thời điểm chấp hành xong thời gian thi hành kỷ luật",
				Citation:  cite(ND98, 4, 0, "").secondary("bản dịch tiếng Anh; số khoản chưa thấy (bổ sung 2026-11b)"),
				Check:     disciplineRunCheck, Explain: explainDisciplineRun},
			&Rule{ID: prefix + "nd152.d4.kyluat", Subjects: Individual, Award: id, Regimes: nd152, Personal: true,
				Criterion: "Thành tích được tính từ thời điểm chấp hành xong thời gian thi hành kỷ luật",
				Citation:  cite(ND152, 4, 0, "").secondary("nguyên tắc (4) của Điều 4; số khoản chưa xác minh"),
				Check:     disciplineRunCheck, Explain: explainDisciplineRun},
		)
	}
	return rs
}

// voteCheck: votes in favour at least share of ALL the council's members.
// Facts: Count the votes in favour, Need the members (0 when no vote),
// Text the share needed.
func voteCheck(share func(RegimeParams) decimal.Decimal) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		var f Facts
		s := share(*in.params)
		if s.Sign() == 0 {
			f.Need = -1
			return Met, f
		}
		v, ok := in.Vote()
		if !ok {
			return Indeterminate, f
		}
		f.Count, f.Need = int32(v.InFavour), int32(v.Members)
		f.Text = strReplaceDot(s.Shift(2).String())
		if decimal.New(int64(v.InFavour), 0).Cmp(s.Mul(decimal.New(int64(v.Members), 0))) >= 0 {
			return Met, f
		}
		return NotMet, f
	}
}

func explainVote(f Facts, _ Period) string {
	switch {
	case f.Need == -1:
		return "không áp dụng theo tham số"
	case f.Need == 0:
		return "Hội đồng chưa bỏ phiếu"
	}
	return fmt.Sprintf("%d/%d phiếu đồng ý (%s; cần từ %s%% trở lên trên tổng số thành viên Hội đồng)",
		f.Count, f.Need, sharePct(int(f.Count), int(f.Need)), f.Text)
}

var allKinds = []InitiativeKind{Initiative, ScienceProject, CombatIngenuity}

var (
	streakBKTTg  = streak{prereq: BangKhenBoTinh, min: CompletedWell, years: 5, titleAward: CSTDCoSo, titles: 3}
	streakHC3    = streak{prereq: BangKhenTTg, min: CompletedWell, years: 5, titleAward: CSTDCoSo, titles: 3, excellent: 1}
	streakHC3Old = streak{prereq: BangKhenTTg, min: CompletedExcellently, years: 5, inits: 2, initScope: ScopeMinistry}

	streakBKTTgOld   = streak{prereq: BangKhenBoTinh, min: CompletedExcellently, years: 5, inits: 5, initScope: ScopeGrassroots}
	streakBKTTgOldGK = streak{prereq: BangKhenBoTinh, min: CompletedExcellently, years: 5, titleAward: GiayKhen, titles: 5, heldOnly: true}
)

func explainText(f Facts, _ Period) string { return f.Text }

func notArmedForces(in *Input) (Result, Facts) {
	f := Facts{Text: in.Record.Category.String()}
	if in.Record.Category == ArmedForces {
		return NotMet, f
	}
	return Met, f
}

// meetsAdvanced: the standard of "Lao động tiên tiến", or of "Chiến sĩ tiên
// tiến" for the armed forces.
func meetsAdvanced(in *Input) (Result, Facts) {
	if in.Record.Category == ArmedForces {
		return meetsCSTT(in)
	}
	return meetsLDTT(in)
}

var (
	meetsLDTT = meetsCheck(LaoDongTienTien)
	meetsCSTT = meetsCheck(ChienSiTienTien)
)

func coBoTinhCheck(in *Input) (Result, Facts) {
	var f Facts
	y := in.Period.Last
	f.AddYear(y, NotRated)
	if heldOrMeets(in, CoThiDuaBoTinh, y) {
		f.Count = 1
		return Met, f
	}
	res := in.Meets(CoThiDuaBoTinh, y)
	f.Count = meetsCount(res)
	return res, f
}

// bangKhenPointD: điểm d khoản 1 Điều 74 Luật 2022. Facts: Count the
// "Chiến sĩ thi đua cơ sở" years among the last two, Months the years
// rated "hoàn thành xuất sắc", Days the initiatives and Need the projects
// recognised in those years.
func bangKhenPointD(in *Input) (Result, Facts) {
	var f Facts
	last := in.Period.Last
	f.AddYear(last-1, in.Record.rating(last-1))
	f.AddYear(last, in.Record.rating(last))
	for y := last - 1; y <= last; y++ {
		if heldOrMeets(in, CSTDCoSo, y) {
			f.Count++
		}
		if in.Record.rating(y) == CompletedExcellently {
			f.Months++
		}
	}
	for _, it := range in.Record.Initiatives {
		if it.Year < last-1 || it.Year > last || it.Scope < ScopeGrassroots {
			continue
		}
		if it.Kind == ScienceProject {
			f.Need++
		} else {
			f.Days++
		}
	}
	if f.Count == 2 || (f.Months == 2 && (f.Days >= 2 || f.Need >= 2)) {
		return Met, f
	}
	if in.Record.rating(last) == NotRated {
		return Indeterminate, f
	}
	return NotMet, f
}

func explainPointD(f Facts, p Period) string {
	return fmt.Sprintf("%s: %d lần đạt “Chiến sĩ thi đua cơ sở”; %d năm hoàn thành xuất sắc nhiệm vụ; %d sáng kiến và %d đề tài cấp cơ sở được công nhận (%s)",
		yearList(f, p), f.Count, f.Months, f.Days, f.Need, explainRatings(f, p))
}

// ldttShareCheck: the share of members with "Lao động tiên tiến" is above
// (or at least, when atLeast) the threshold.
func ldttShareCheck(threshold func(RegimeParams) (decimal.Decimal, bool)) func(*Input) (Result, Facts) {
	return membersCheck(func(in *Input, m *Members, f *Facts) Result {
		t, atLeast := threshold(*in.params)
		need := t.Mul(decimal.New(int64(m.Total), 0))
		have := decimal.New(int64(m.LDTT), 0)
		c := have.Cmp(need)
		word := "trên"
		if atLeast {
			word = "ít nhất"
		}
		f.Text = fmt.Sprintf("%d/%d thành viên đạt “Lao động tiên tiến” (%s; cần %s %s%%)",
			m.LDTT, m.Total, sharePct(m.LDTT, m.Total), word, strReplaceDot(t.Shift(2).String()))
		if c > 0 || (atLeast && c == 0) {
			return Met
		}
		return NotMet
	})
}

func strReplaceDot(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[:i] + "," + s[i+1:]
		}
	}
	return s
}

// excellentMembersCheck: 100% of members completed their tasks, at least
// 70% have "Lao động tiên tiến", and at least one has "Chiến sĩ thi đua cơ sở".
func excellentMembersCheck(in *Input) (Result, Facts) {
	return membersCheck(func(in *Input, m *Members, f *Facts) Result {
		f.Text = fmt.Sprintf("%d/%d thành viên hoàn thành nhiệm vụ (cần 100%%); %d/%d đạt “Lao động tiên tiến” (%s; cần ít nhất 70%%); %d đạt “Chiến sĩ thi đua cơ sở” (cần ít nhất 1)",
			m.Completed, m.Total, m.LDTT, m.Total, sharePct(m.LDTT, m.Total), m.CSTDCS)
		// In 64 bits: counts are bounded (MaxMembers), but the share must
		// not overflow on 32-bit builds whatever the record holds.
		if m.Completed == m.Total && int64(m.LDTT)*10 >= int64(m.Total)*7 && m.CSTDCS >= 1 {
			return Met
		}
		return NotMet
	})(in)
}

// membersDisciplineCheck: no member disciplined at "cảnh cáo" or above,
// when the rule applies.
func membersDisciplineCheck(applies func(RegimeParams) bool) func(*Input) (Result, Facts) {
	return func(in *Input) (Result, Facts) {
		if !applies(*in.params) {
			return Met, Facts{Text: "không áp dụng theo tham số"}
		}
		return membersCheck(func(in *Input, m *Members, f *Facts) Result {
			f.Text = fmt.Sprintf("%d thành viên bị kỷ luật từ hình thức cảnh cáo trở lên", m.Warned)
			if m.Warned == 0 {
				return Met
			}
			return NotMet
		})(in)
	}
}

// delegation returns the clause by which the law leaves the standard of
// an award to ministries, sectors and provinces under regime g, if it does.
// Law 2022 Điều 75 k2 does so for Giấy khen; under the 2003 law the
// standard was national (its article is UNVERIFIED, so it is not encoded).
func delegation(g *Regime, id ID) (Citation, bool) {
	if id == GiayKhen && !g.old() {
		return cite(Law2022, 75, 2, ""), true
	}
	return Citation{}, false
}

// noCriteriaNote explains a verdict for an award whose standard the library
// does not encode under regime g.
func noCriteriaNote(g *Regime, id ID, kind SubjectKind) string {
	a, _ := Lookup(id)
	if c, ok := delegation(g, id); ok {
		return "Luật giao Bộ, ban, ngành, tỉnh quy định chi tiết tiêu chuẩn xét tặng " + strings.ToLower(a.Name) + " (" +
			c.String() + "); tiêu chuẩn của cơ quan, địa phương được thêm qua Config.Extra."
	}
	return "Thư viện chưa mã hóa tiêu chuẩn " + a.Display() + " đối với " + kind.String() + " theo " + g.Name +
		": chưa có văn bản được xác minh; Hội đồng Thi đua - Khen thưởng xem xét theo quy định."
}
