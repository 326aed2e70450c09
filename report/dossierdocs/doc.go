// Package dossierdocs composes the documents of the procedure of award
// from a proposal dossier ([dossier.Dossier]), with no retyping: the
// unit's tờ trình đề nghị khen thưởng with its list, the council's biên
// bản họp with its secret ballot, the office's tờ trình kết quả thẩm định
// and the quyết định khen thưởng with its annex and money. Everything the
// dossier holds comes from it — the units and their heads, the period,
// the entries with their names, positions and units, the meeting and its
// tallies, the verdicts with their criteria and articles, the numbers,
// dates and signers of its documents; [Options] give what it cannot know,
// each with a default.
//
//	d, _ := dossier.Rebuild(events) // a dossier, Decided
//	doc, err := dossierdocs.Compose(ctx, dossierdocs.Decision, d, dossierdocs.Options{
//		Office: office, // who appraised: "Phòng Văn hóa - Xã hội"
//	})
//	err = report.Render(ctx, "docx", w, doc)
//
// The package sits between the domain and the documents, as package
// report/sections does: it imports dossier, awards and report; dossier
// imports nothing of report.
//
// # Documents
//
// Each [Kind] is made once the dossier reaches a state ([Kind.Need]);
// asked before, [Compose] returns a [*StateError] that says which state it
// needs (errors.Is [ErrState]). [Available] lists what a dossier makes.
//
//	kind              made from          issuer, number                    signed by
//	Request           Drafted            the Proposer, …/TTr-<Abbrev>      Options.Proposer
//	Minutes           Voted (the vote)   the council, …/BB-HĐTĐKT          the secretary and the chair (Options.Council)
//	AppraisalReport   Appraised          Options.Office, …/TTr-<Abbrev>    Options.OfficeSigner
//	Decision          Decided            the Decider, Decision.Number      Decision.Signer, as Decision.Position writes it
//
// A number is the one the dossier holds for the document (its Request
// document, the Meeting's Minutes, the Report given at Propose, the
// Decision), or its symbol with the sequence left for the clerk ("Số:
// /TTr-VP"); a date, the document's, or its year with the day left for the
// signer. The header follows Decree 30/2020/NĐ-CP: the parent body and the
// issuer in capitals, the place and date, the type and summary; the
// closing, the recipients and the signature ("KT. Chủ tịch – Phó Chủ tịch"
// signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; "TM. Ủy ban nhân dân – Chủ tịch"
// signs for the committee as a collective, and the decision's authority
// line is then the committee's name, Điều 13 k2 of the decree).
//
// The "căn cứ" of the law are those of the verdicts' regime (the law of
// 2003 and Decree 91/2017/NĐ-CP, the law of 2022 and Decree 98/2023/NĐ-CP
// or 152/2025/NĐ-CP), then [Options].Basis. The decision's money is
// awards' for each grant on the decision's date; Điều 2 and the annex's
// total are the same sum.
//
// # The council's vote
//
// The minutes' table gives each entry voted on its votes in favour, their
// share of ALL the council's members (rounded down, so that a share below
// a threshold never reads as reaching it) and its result: "Đạt" when the
// entry may be granted, judged again with the vote by awards
// ([dossier.Entry].Result). Under the table stands the rule that judged
// each award — khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP under the 2003 law,
// the labelled parameter CouncilVoteShare under the 2022 law, or a
// province's own rule — as the verdicts cite it, and, for the awards no
// rule of vote judges, that the result is the appraisal's.
//
// # Personal data
//
// Discipline and health inform verdicts but stay out of every document
// (Decree 13/2023/NĐ-CP): the criteria that read them are never named,
// even when the host gave the appraisal verdicts with their personal data
// (whose criteria the dossier's appraisal then names). A verdict that one
// of them blocks reads "Không đạt: Tiêu chí về thông tin cá nhân (không
// hiển thị, Nghị định 13/2023/NĐ-CP)", once. The criteria on personal data
// are those awards marks Personal in [Options].Evaluator's rules.
//
// # Templates
//
// The documents are templates of package report, JSON files a portal may
// store and edit ([Template], [TemplateJSON]; the decision's is
// report/sections' "quyet-dinh-khen-thuong"). [Options].Templates composes a
// portal's own copy with the same data, which [Data] returns: the header
// and the names each template reads.
//
//	to-trinh-de-nghi        trich_yeu, kinh_gui, can_cu, noi_dung, ket_luan, don_vi_de_nghi,
//	                        tieu_de_danh_sach, de_nghi ([]sections.Awardee), ket_thuc (report.Closing)
//	bien-ban-hop-hoi-dong   trich_yeu, thanh_phan, noi_dung, bo_phieu (rows), ty_le, khong_bo_phieu,
//	                        ket_luan, thu_ky and chu_tri (report.Closing)
//	to-trinh-tham-dinh      trich_yeu, kinh_gui, mo_dau, du_tieu_chuan (rows), khong_du_tieu_chuan (rows),
//	                        hoi_dong, de_nghi, ket_thuc (report.Closing)
//	quyet-dinh-khen-thuong  tham_quyen, can_cu, quyet_dinh, tong_tien, tong_tien_chu, ket_thuc,
//	                        tieu_de_danh_sach, nguoi_quyet_dinh, danh_sach ([]sections.Awardee)
//
// Texts are prose markup (sections.Parse) in which the dossier's names are
// escaped: a name is text, never markup. Rows are []map[string]any, with
// the fields the shipped templates' tables name.
//
// Compose reads the dossier and never changes it; it is safe for
// concurrent use.
package dossierdocs
