// Package emulation models a season of emulation ("thi đua") in a Vietnamese
// public agency: campaigns, the organisations and people they address, blocs
// and clusters, registrations, pacts, scorecards and rankings, results and
// exemplars.
//
//	d, err := emulation.ParseJSON("season.json", data)
//	rate := d.RegistrationRate("PT-2022", 2022, subjects)
//	fmt.Println(rate) // 100% tập thể, cá nhân đăng ký thi đua (37/37)
//
// # Campaigns
//
// A [Campaign] ("phong trào thi đua") is regular or thematic ([Form], Law
// 2022 Điều 16 k1), has a [Scope] (Điều 16 k2), an [Authority] that launched
// it, a period, targets and the units and people it addresses; its [Step]s
// follow the stages of Điều 17, from planning to the final review.
//
// # Organisations, blocs, registrations, pacts
//
// [Organisation]s and [Person]s are keyed by stable identifiers; the
// administrative [Hierarchy] is configured ([TwoTier] since 01/07/2025).
// A [Bloc] ("khối, cụm thi đua") has members and a lead and deputy per year.
// A [Registration] ("đăng ký thi đua") names the titles aimed for; the rate
// of registration is always computed from registrations
// ([Data.RegistrationRate]), and registrations become the registration fact
// of the awards records ([Data.ApplyRegistrations]). A [Pact] ("giao ước
// thi đua") is signed among members of a bloc or departments of an agency.
//
// # Scorecards and rankings
//
// A [Scorecard] has criteria whose sub-criteria add up exactly to their
// parent, and limits on bonus and penalty points; scores are exact decimals.
// [Scorecard.Rank] ranks members (equal totals share a rank, the next rank
// skips), [Scorecard.Nominate] applies the bloc's [Regulation], and
// [ApplyRanking] hands the ranks to the awards records, whose rules then
// judge the proposals.
//
// # Names and files
//
// Lists of people sort the Vietnamese way ([SortPeople]: by given name, then
// family and middle names) with golang.org/x/text/collate. Data load from
// JSON ([ParseJSON]) and from the CSV dialect of spreadsheets
// ([ParseScoresCSV], [ParseRegistrationsCSV], [ParsePeopleCSV]); every error
// names the file, the line and the field.
package emulation
