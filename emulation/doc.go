// Package emulation models a season of emulation ("thi đua") in a Vietnamese
// public agency: campaigns, the organisations and people they address, blocs
// and clusters, registrations, pacts, scorecards and rankings, results and
// exemplars.
//
//	s, err := emulation.ParseJSON("season.json", data) // or emulation.New(d) for Go values
//	if err != nil {
//		return err // file:line: field "…": what is wrong
//	}
//	c, _ := s.Campaign("PT-2022")
//	rate := s.RegistrationRate(c.ID, 2022, c.Addressed)
//	fmt.Println(rate) // 100% tập thể, cá nhân đăng ký thi đua (37/37)
//
// # Data and Season
//
// [Data] is the input: plain values with JSON tags, which a portal fills
// from its own database or [ParseJSON] reads from a file. [New] checks it
// and returns a [Season], whose lookups ([Season.Organisation],
// [Season.Campaign], [Season.Staff], [Season.Ranking], …) work from the
// start. A Season keeps its own copy of the data and hands out values and
// copies only, so that it can be shared between requests and goroutines:
// no caller can change what another gets. Loading is linear in the size of
// the data, and every count, year and number of points is bounded, so that
// nothing overflows on 32-bit platforms.
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
// administrative [Hierarchy] is configured ([TwoTier] since 01/07/2025,
// [ThreeTier] before).
// A [Bloc] ("khối, cụm thi đua") has members and a lead and deputy per year.
// A [Registration] ("đăng ký thi đua") names the titles aimed for; the rate
// of registration is always computed from registrations
// ([Season.RegistrationRate]), and registrations become the registration
// fact of the awards records ([Season.ApplyRegistrations]). A [Pact] ("giao ước
// thi đua") is signed among members of a bloc or departments of an agency.
//
// # Scorecards and rankings
//
// A [Scorecard] has criteria whose sub-criteria add up exactly to their
// parent, and limits on bonus and penalty points; scores are exact decimals.
// [Season.Ranking] and [Scorecard.Rank] rank members (equal totals share a
// rank, the next rank skips), [Scorecard.Nominate] applies the bloc's
// [Regulation], and [ApplyRanking] hands the ranks to the awards records,
// whose rules then judge the proposals.
//
// # Names and files
//
// Lists of people sort the Vietnamese way ([SortPeople]: by given name, then
// family and middle names, with or without IDs) with
// golang.org/x/text/collate; [Compare] orders any two names or words so. Data load from
// JSON ([ParseJSON]) and from the CSV dialect of spreadsheets
// ([ParseScoresCSV], [ParseRegistrationsCSV], [ParsePeopleCSV]); every error
// is a [*source.Error] naming the file, the line and the field.
//
// # Errors
//
// Errors carry one package prefix, quote values cut to
// [source.MaxQuote] characters, and wrap sentinels to branch on:
// [ErrDuplicateID], [ErrUnknownID], [ErrScore], [ErrScorecard], [ErrRange].
// [New] returns *[ValidationError] values; the loaders return *source.Error
// values at the entity's line.
package emulation
