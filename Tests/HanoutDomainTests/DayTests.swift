import Testing

@testable import HanoutDomain

@Suite struct DayTests {
    @Test func parsesAndPrintsIsoDays() throws {
        let day = try #require(Day("2026-03-01"))
        #expect(day.iso == "2026-03-01")
        #expect(day.parts.year == 2026 && day.parts.month == 3 && day.parts.day == 1)
    }

    @Test func theEpochIsDayZero() {
        #expect(Day("1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day("1969-12-31")?.daysSinceEpoch == -1)
    }

    @Test(arguments: [
        "2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026/01/01", "", "abcd-ef-gh",
    ])
    func refusesWhatIsNotARealIsoDay(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func knowsLeapYears() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("1900-02-29") == nil)
    }

    @Test func addingDaysCrossesMonthsAndYears() throws {
        let day = try #require(Day("2025-12-31"))
        #expect(day.adding(days: 1).iso == "2026-01-01")
        #expect(day.adding(days: 60).iso == "2026-03-01")
        #expect(day.adding(days: -365).iso == "2024-12-31")
    }

    @Test func everyDayOfFourCenturiesRoundTrips() {
        let start = Day("1900-01-01")?.daysSinceEpoch ?? 0
        for offset in stride(from: 0, to: 146_097, by: 1) {
            let day = Day(daysSinceEpoch: start + offset)
            let parts = day.parts
            #expect(Day(year: parts.year, month: parts.month, day: parts.day) == day)
        }
    }

    @Test func showsDaysInTheClerksLanguage() throws {
        let day = try #require(Day("2026-11-29"))
        #expect(DayFormat.show(day, in: .fr) == "29/11/2026")
        #expect(DayFormat.show(day, in: .en) == "29 Nov 2026")
    }
}

@Suite struct DayParsingTests {
    @Test func aDayIsTypedInISOOrAsFrenchClerksWriteIt() {
        #expect(DayFormat.parse("2026-12-31") == Day(year: 2026, month: 12, day: 31))
        #expect(DayFormat.parse("31/12/2026") == Day(year: 2026, month: 12, day: 31))
        #expect(DayFormat.parse(" 1/2/2027 ") == Day(year: 2027, month: 2, day: 1))
    }

    @Test func whatIsNoDayIsRefused() {
        for text in ["31/02/2026", "12/31/2026", "1/2/27", "2026/12/31", "aa/bb/cccc", "", "//"] {
            #expect(DayFormat.parse(text) == nil, "\(text)")
        }
    }
}
