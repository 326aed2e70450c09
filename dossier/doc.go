// Package dossier follows a proposal dossier ("hồ sơ đề nghị khen
// thưởng") from a unit's request to the signed decision: who proposes whom
// for which award, to which authority; the components the procedure
// requires, as references to the documents the host stores; the workflow's
// states and who may move them; the council's secret ballot, judged by the
// rule of package awards; the decision's number; and an event log from
// which every dossier is rebuilt exactly. Lookups over the dossiers say
// what a person or collective received, and by which decision.
//
//	// The zero Dossier is no dossier yet: Apply takes Create.
//	d, ev, err := dossier.Dossier{}.Apply(ctx, dossier.Command{
//		Dossier: "HS-2025-017", Action: dossier.Create, At: now,
//		By:    proposer, // dossier.User{ID: "u01", Role: dossier.Proposer}
//		Draft: dossier.Draft{Proposer: unit, Receiver: commune, Decider: commune,
//			Period: awards.YearOf(2025), Subjects: subjects, Documents: documents},
//	})
//	// store ev; the next command names the version the user saw:
//	d, ev, err = d.Apply(ctx, dossier.Command{Dossier: d.ID, Version: d.Version,
//		Action: dossier.Submit, By: proposer, At: now})
//	// later, from the stored events:
//	d, err = dossier.Rebuild(events)
//
// # States
//
// A dossier is in one [State]. Its main path, at the level that decides:
//
//	Dự thảo → Đã gửi → Đã tiếp nhận → Đã thẩm định ─┬────────────────────────────────────────┬→ Đã trình ký → Đã quyết định
//	                                                └→ Trình Hội đồng → Hội đồng đã bỏ phiếu ─┤
//	                                                                                          └→ Đã chuyển cấp trên → Đã tiếp nhận …
//
// The last branch is taken at a level below the one that decides. Every
// transition, with the roles that may take it (P the proposer, O the
// office clerk, A the appraiser, S the council secretary, H the head):
//
//	action    from                                   to                      roles
//	Create    (no dossier)                           Dự thảo                 P
//	Edit      Dự thảo, Trả lại                       (unchanged)             P
//	Submit    Dự thảo, Trả lại                       Đã gửi                  P
//	Receive   Đã gửi, Đã chuyển cấp trên             Đã tiếp nhận            O
//	Return    Đã gửi, Đã chuyển cấp trên,            Trả lại                 O, A
//	          Đã tiếp nhận, Đã thẩm định
//	Appraise  Đã tiếp nhận                           Đã tiếp nhận; once      A
//	                                                 every subject is
//	                                                 appraised, Đã thẩm định
//	Convene   Đã thẩm định                           Trình Hội đồng          A, S
//	Vote      Trình Hội đồng                         Hội đồng đã bỏ phiếu    S
//	Forward   Đã thẩm định, Hội đồng đã bỏ phiếu     Đã chuyển cấp trên      H
//	Propose   Đã thẩm định, Hội đồng đã bỏ phiếu     Đã trình ký             A
//	Decide    Đã trình ký                            Đã quyết định           H
//	Cancel    Dự thảo, Trả lại, Đã gửi               Đã hủy                  P
//	Cancel    Đã chuyển cấp trên, Đã tiếp nhận,      Đã hủy                  H
//	          Đã thẩm định, Trình Hội đồng,
//	          Hội đồng đã bỏ phiếu, Đã trình ký
//	Revoke    Đã quyết định                          Đã hủy (thu hồi)        H
//
// Forward and Propose leave Đã thẩm định without a vote only when no
// entry needs one at that level (see "The council's vote"). Propose is
// taken at the deciding level, Forward below it. A dossier whose deciding
// authority is above the one that received it is forwarded level by level
// ([Forward], with the level's tờ trình); each level appraises again, and
// the levels' conclusions are kept ([Dossier].Levels). A return sends the
// dossier back to the proposer from any level, with its reason; the
// proposer edits it and sends it again ([Dossier].Round counts the
// sendings).
//
// # Roles
//
// A [Role] is what a user may do, as the host maps its users: the
// proposer ([Proposer], the unit's clerk who prepares and sends the
// dossier), the office clerk ([OfficeClerk], who receives it), the
// appraiser ([Appraiser], the specialist of the emulation and
// commendation office), the council's secretary ([CouncilSecretary]) and
// the head ([Head], who forwards, decides, cancels, revokes). A command
// names its [User]; when the host gives the unit the user acts for, the
// dossier checks it too.
//
// # Checks
//
// Every transition checks who may make it ([Role], and the unit the user
// acts for when [User].Unit is given) and what must be true: the required
// components present ([Dossier.Missing]) to submit; every subject
// appraised before the dossier leaves Đã tiếp nhận; the council's vote
// recorded when an award needs it; a reason to return, cancel or revoke;
// the decision's number, date and signer to decide. A refused command
// leaves the dossier unchanged and returns a [*TransitionError] whose
// Reasons an officer reads ("chưa có biên bản họp Hội đồng Thi đua - Khen
// thưởng của đơn vị đề nghị") and whose Err a host tests with errors.Is:
// [ErrOutOfOrder], [ErrNotPermitted], [ErrIncomplete], [ErrInvalidInput].
//
// # Entries and verdicts
//
// An [Entry] is one subject proposed for one award; a dossier may propose
// several awards of the same authority ("Lao động tiên tiến" for twelve,
// "Chiến sĩ thi đua cơ sở" for three of them, "Tập thể lao động tiên
// tiến" for two collectives). The appraiser judges each entry with
// package awards and gives the verdicts ([Command].Verdicts); the dossier
// keeps of each an [Appraisal]: outcome, regime, every criterion with its
// facts and citation, never a pointer into awards, never the facts of a
// criterion on personal data (Decree 13/2023/NĐ-CP).
//
// # The council's vote
//
// The council ([Meeting]: date, all its members, those present, the
// written votes of those absent) votes by secret ballot on each entry
// ([Tally]: in favour, against, invalid). More ballots than members who
// voted, an entry voted on twice, a vote on an entry not in the dossier
// or not found eligible: refused. The share is not computed here: each
// entry voted on is judged again by awards with the vote
// ([awards.Case].Vote, through the host's [Judge]), whose rule counts the
// votes in favour on ALL the council's members: at least 90% under khoản
// 8 Điều 45 Nghị định 91/2017/NĐ-CP, and [awards.RegimeParams]
// CouncilVoteShare (unverified, default 90%) under the 2022 law. That
// verdict is the entry's [Entry].Result and decides whether it may be
// granted. The awards whose entries the council must vote on, and the
// lowest level whose council votes, are the dossier's [Procedure].
//
// # Components
//
// The components the procedure requires are a [Procedure]: every
// requirement cites its article, and those no verified text supports are
// marked [awards.Unverified] with a note, for a ministry or province to
// correct ([DefaultProcedure]). A dossier keeps the procedure it was
// created with. Documents are references ([Document]: name, number,
// date, SHA-256), never contents.
//
// # Commands, events and versions
//
// [Dossier.Apply] takes a [Command] made on a version and returns the
// next dossier and the [Event] to persist; a command made on another
// version is refused ([ErrStale]), so that of two clerks acting at once
// only one wins. A Dossier never changes and is safe to share read-only;
// [Store] applies commands to many dossiers, safely from many goroutines.
// [Rebuild] builds a dossier again from its events and refuses a log that
// cannot have come from the workflow ([*EventError], [ErrBrokenLog]).
//
// # Events' JSON schema, version 1
//
// [Event.MarshalJSON] writes an event as one JSON object, and
// [DecodeEvents] reads an array of them, strictly, every error a
// *source.Error with the line and field. [Schema] returns the JSON Schema
// (schema/events.schema.json). The fields:
//
//	v         1, the version of the schema; another version is refused
//	dossier   the dossier's ID
//	version   the version the event produced: 1, 2, 3 … without gaps
//	action    create, edit, submit, receive, return, appraise, convene,
//	          vote, forward, propose, decide, cancel, revoke
//	from, to  drafted, submitted, received, returned, appraised,
//	          at-council, voted, proposed, decided, cancelled, forwarded
//	          ("from" absent for create)
//	by        {"id": the user's ID, "role": proposer, office-clerk,
//	          appraiser, council-secretary or head, "unit": optional}
//	at        RFC 3339 time, UTC
//	reason    why it was returned, cancelled, revoked; or a remark
//	payload   create: the draft (units, period, subjects, documents and
//	          the procedure); edit: the changes; appraise: the
//	          appraisals; vote: the meeting, tallies and verdicts judged
//	          again; forward: the next level and the letter; propose: the
//	          appraisal report; decide, revoke: the decision. Absent for
//	          the other actions.
//
// Enums are written as codes, never as numbers; awards as their IDs;
// dates as yyyy-mm-dd. A change to the form will bring version 2, and a
// reader of version 1 refuses it rather than guess.
//
// # Decision numbers
//
// At [Decide] the clerk types the number (the systems in use let them),
// or leaves it empty and the command's [Register] gives the next number of
// the deciding authority for the year and type ("số đăng ký văn bản");
// [MemoryRegister] keeps one in memory. A refused decision takes no
// number.
//
// # Lookups
//
// [NewIndex] indexes the entries granted by the decisions of a set of
// dossiers; a cancelled dossier, and so a revoked decision, counts for
// nothing. [Index.Subject] and [Index.Search] give [Grant] values: what,
// for which period, by which decision (number, date, signer, authority).
// [Index.Fill] adds them to an [awards.Record] as the titles and forms
// already received that awards' rules read.
//
// # Documents
//
// The documents of the procedure are composed from a Dossier with no
// retyping:
//
//   - the unit's tờ trình đề nghị: Proposer (name, parent, abbreviation,
//     place), Decider, Period, [Dossier.Awards] and the entries of each
//     award with their Subject (name, position, unit);
//   - the council's biên bản họp with its vote table: Meeting (date,
//     members, present, written votes) and each entry's Tally
//     ([Tally.Ballots]) and Result, whose findings include the vote's
//     criterion with the share and the threshold in words;
//   - the tờ trình kết quả thẩm định: each entry's Appraisal (outcome,
//     findings with citations, Blocking), [Dossier.Decidable], Report;
//   - the decision and its annex: Decision (number, date, signer,
//     position), Decider (its Head, Place, Parent), [Dossier.Granted] in
//     the order of the annex, and the award of each entry.
//
// # Errors
//
// Errors start with "dossier: " once. What an officer reads (a refused
// transition) is in Vietnamese; what a developer reads (a command without
// its time, a Judge missing, a broken log) is in English. Sentinels carry
// no prefix.
package dossier
