import Testing

@testable import HanoutDomain

@Suite struct RackTests {
    let bars = [
        Rack.Bar(
            unitCode: "FAM-01", period: period("2027-02-18", "2027-02-21"),
            kind: .allocation(id: 1, occupant: "Coopérative Afoulki")),
        Rack.Bar(
            unitCode: "FAM-02", period: period("2027-02-19", "2027-02-20"),
            kind: .allocation(id: 2, occupant: "Itto Ouchen")),
        Rack.Bar(unitCode: "FAM-03", period: period("2027-02-18"), kind: .works),
        Rack.Bar(
            unitCode: "FAM-03", period: period("2027-02-20", "2027-02-20"),
            kind: .allocation(id: 3, occupant: "Rkia")),
    ]

    @Test func aBarStartsWithItsInitialsWhereItBeginsAndWinsOverWorks() {
        let rack = Rack(
            unitCodes: ["FAM-01", "FAM-02", "FAM-03", "FAM-04"], bars: bars,
            from: day("2027-02-18"),
            count: 4, scale: .days, today: day("2026-12-04"))
        #expect(rack.columns.count == 4)
        #expect(
            rack.rows[0].cells == [
                .occupied(allocation: 1, initials: "CA", starts: true),
                .occupied(allocation: 1, initials: "CA", starts: false),
                .occupied(allocation: 1, initials: "CA", starts: false),
                .occupied(allocation: 1, initials: "CA", starts: false),
            ])
        #expect(rack.rows[1].cells.first == .vacant)
        #expect(rack.rows[1].cells[1] == .occupied(allocation: 2, initials: "IO", starts: true))
        #expect(rack.rows[1].cells[3] == .vacant)
        #expect(
            rack.rows[2].cells == [
                .works, .works, .occupied(allocation: 3, initials: "R", starts: true), .works,
            ])
        #expect(rack.rows[3].cells == Array(repeating: .vacant, count: 4))
    }

    @Test func aBarBegunBeforeTheFirstColumnShowsItsInitialsThere() {
        let rack = Rack(
            unitCodes: ["FAM-01"], bars: bars, from: day("2027-02-20"), count: 2, scale: .days,
            today: day("2026-12-04"))
        #expect(rack.rows[0].cells.first == .occupied(allocation: 1, initials: "CA", starts: true))
    }

    @Test func weeksBeginOnMondayAndMonthsOnTheFirst() {
        // 18 Feb 2027 is a Thursday.
        #expect(day("2027-02-18").weekdayFromMonday == 3)
        let weeks = Rack.columns(from: day("2027-02-18"), count: 2, scale: .weeks)
        #expect(weeks.map(\.start) == [day("2027-02-15"), day("2027-02-22")])
        let months = Rack.columns(from: day("2027-02-18"), count: 2, scale: .months)
        #expect(months.map(\.start) == [day("2027-02-01"), day("2027-03-01")])
        #expect(months.last?.end == day("2027-04-01"))
        // A week in which a bar touches any day shows it.
        let rack = Rack(
            unitCodes: ["FAM-02"], bars: bars, from: day("2027-02-18"), count: 2, scale: .weeks,
            today: day("2026-12-04"))
        #expect(
            rack.rows[0].cells == [.occupied(allocation: 2, initials: "IO", starts: true), .vacant])
    }

    @Test func initialsComeFromTheFirstTwoWords() {
        #expect(Rack.initials("Lahcen Ennajjar") == "LE")
        #expect(Rack.initials("Coopérative Tiwizi de menuiserie") == "CT")
        #expect(Rack.initials("Rkia") == "R")
        #expect(Rack.initials("M'hamed Id-Bourrous") == "MI")
    }
}
