// Package awards judges who meets the standard of which emulation title
// ("danh hiệu thi đua") or form of reward ("hình thức khen thưởng") under
// the Law on Emulation and Commendation, explains every verdict criterion by
// criterion with its article, checks batches of proposals, and prices the
// reward money.
//
//	v, err := awards.Evaluate(record, awards.Case{Award: awards.CSTDCoSo, Period: awards.YearOf(2025)})
//	fmt.Println(v.Text()) // Vietnamese sentences, each criterion with its article
//
// # Legal regimes
//
// A [Regime] is the law and decrees in force for a span of dates: the 2003
// law (amended 2013) with Decree 91/2017 until 31/12/2023; the 2022 law
// (06/2022/QH15) with Decree 98/2023 from 01/01/2024; Decree 152/2025 from
// 01/07/2025. A judgement has two dates: criteria follow the regime in
// force at the end of the evaluation [Period] (see [Transition] for
// achievements of 2023 decided in 2024), money follows the base salary and
// coefficients in force on the decision date. The package never reads the
// clock.
//
// # Records, rules and verdicts
//
// A [Record] holds what the rules read: yearly ratings, registration and
// assessments, titles and forms received, initiatives, discipline and
// pending reviews, members' results for collectives. Records come from Go
// values or from files: [ParseJSON] reads the Record's own JSON form (what
// json.Marshal writes of a Record loads back equal), [ParseCSV] the CSV
// dialect of Vietnamese spreadsheets; both give equal records for the same
// facts, and errors that are *[source.Error] values naming the line and field.
// What the law says about the facts lives in the catalogue, not in a
// loader: a CSTĐ Bộ/tỉnh covers three years ([Award].Span) whatever file
// says it was received.
//
// Each criterion is a [Rule]: Go data with its Vietnamese wording, its
// [Citation] (document, article, clause, point) and the [Evidence] for it.
// A [Verdict] lists a [Finding] per criterion: met, not met or
// indeterminate (never counted as met), with the facts it used. Titles given
// by selection are "đủ tiêu chuẩn để xét chọn", never "awarded". Facts that
// the sources leave unverified are [Params], keyed by regime
// ([RegimeParams]), that a ministry or province can correct; extra local
// criteria plug in through [Config].
//
// # Values, not shared state
//
// Everything the package hands out is a value or a copy: [Lookup],
// [Catalogue], [Regimes], [Evaluator.Rules], a [Finding] (which copies what
// it needs of its rule), [DefaultParams], [DefaultMoney] and
// [MoneyTables.TableAt] (tables with their own rows), a [Reward] (which
// carries its citations). [New] copies its [Config]. No caller can change
// what another gets, and an [Evaluator] is safe for concurrent use.
//
// # Errors
//
// Loaders return *[source.Error] values, whose messages carry no package prefix:
// `roster.csv:14: field "Xếp loại": unknown rating "HTT"; want …`. Other
// errors start with "awards: " once, and wrap the sentinels ([ErrUnknownAward],
// [ErrNoRegime], …) for errors.Is. Counts of members are bounded
// ([MaxMembers]) where they enter, so that no share overflows.
//
// # Personal data
//
// Discipline and health facts inform verdicts but stay out of their text
// and JSON unless the caller asks ([Verdict.WithPersonalData]), as Decree
// 13/2023/NĐ-CP requires.
//
// # Batches and money
//
// [Evaluator.Check] judges a batch and checks the quotas the regime's
// parameters set (Decree 91/2017: CSTĐCS at most 15% of LĐTT; the 2022 law
// none), one achievement rewarded once (Law 2022 Điều 5 k2) and pending reviews (Decree 152/2025 Điều 4). [Price] and [Pay]
// compute reward money: coefficient × base salary, rounded up to the next
// 10.000 đồng, per decision, per paying fund (Law 2022 Điều 11 k4) and in
// all.
package awards
