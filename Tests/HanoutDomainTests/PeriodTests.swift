import Testing

@testable import HanoutDomain

func day(_ text: String) -> Day {
    guard let day = Day(text) else {
        Issue.record("bad test date \(text)")
        return Day(daysSinceEpoch: 0)
    }
    return day
}

func period(_ start: String, _ last: String? = nil) -> Period {
    guard let period = Period(from: day(start), through: last.map(day)) else {
        Issue.record("bad test period \(start)..\(last ?? "")")
        return Period(openFrom: day(start))
    }
    return period
}

@Suite struct PeriodTests {
    @Test func anEndBeforeTheStartIsNoPeriod() {
        #expect(Period(start: day("2026-03-02"), end: day("2026-03-01")) == nil)
    }

    @Test func lastDayIsTheDayBeforeTheEnd() {
        let fair = period("2026-07-20", "2026-07-26")
        #expect(fair.end == day("2026-07-27"))
        #expect(fair.lastDay == day("2026-07-26"))
        #expect(fair.contains(day("2026-07-26")))
        #expect(!fair.contains(day("2026-07-27")))
    }

    @Test func periodsSharingADayOverlap() {
        #expect(period("2026-01-01", "2026-01-10").overlaps(period("2026-01-10", "2026-01-20")))
        #expect(period("2026-01-01").overlaps(period("2030-01-01")))
        #expect(period("2026-01-05", "2026-01-06").overlaps(period("2026-01-01", "2026-01-31")))
    }

    @Test func periodsThatMeetDoNotOverlap() {
        #expect(!period("2026-01-01", "2026-01-09").overlaps(period("2026-01-10")))
        #expect(!period("2026-02-01").overlaps(period("2026-01-01", "2026-01-31")))
    }

    @Test func anEmptyPeriodOverlapsNothing() throws {
        let cancelled = try #require(Period(start: day("2026-01-05"), end: day("2026-01-05")))
        #expect(cancelled.isEmpty)
        #expect(!cancelled.overlaps(period("2026-01-01")))
    }
}
