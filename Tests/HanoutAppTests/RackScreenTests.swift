import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The rack of a zone on screen: the fair's stands over its days, moves in
/// units and time, zoom, Enter and `a` on an empty cell.
@MainActor
@Suite struct RackScreenTests {
    func openRack(_ zone: String, _ app: AppHarness) {
        app.press(.char("g"))
        app.type(zone)
        app.press(.enter, .char("R"))
    }

    @Test func theRackOfTheAlmondFestivalAsTheClerkSeesIt() throws {
        let app = try AppHarness()
        openRack("FAM", app)
        expectScreen(
            app,
            """
            | Hanout · FAM · rack (days)                                         29 Nov 2026 |
            | FAM-01 · 18 Feb 2027 · allocation #69 (CA)                                     |
            |         Feb 2027                                  Mar 2027                     |
            |         15 16 17 18 19 20 21 22 23 24 25 26 27 28 01 02 03 04 05 06 07 08 09   |
            |FAM-01    .  .  . CA========== .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-02    .  .  . CT========== .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-03    .  .  . CI========== .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-04    .  .  . IO========== .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-05    .  .  . FO========== .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-06    .  .  . CT========== .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-07    .  .  . RB========== .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-08    .  .  . تت========== .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-09    .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-10    .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-11    .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-12    .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-13    .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |FAM-14    .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .  .   |
            |                                                                                |
            |                                                                                |
            |                                                                                |
            | initials: an allocation begins · . vacant · r reserved · # works               |
            |                                                                                |
            |1Help   2       3       4Zones  5People 6Go to  7       8       9       10Quit  |
            """)
    }

    @Test func arrowsMoveInUnitsAndTimeAndPastTheLoadedDaysTheRackIsReadAgain() throws {
        let app = try AppHarness()
        openRack("AOU", app)
        let first = try #require(app.state.top.rack)
        #expect(first.rack?.columns[first.column].start == TestDay.day)
        app.press(.down, .right)
        let moved = try #require(app.state.top.rack)
        #expect(moved.row == 1)
        #expect(moved.rack?.columns[moved.column].start == TestDay.day.adding(days: 1))
        for _ in 0..<RackScreen.loaded { app.press(.right) }
        let far = try #require(app.state.top.rack)
        #expect(far.from > first.from, "the rack was read again further on")
        #expect(
            far.rack?.columns[far.column].start == TestDay.day.adding(days: 1 + RackScreen.loaded))
        app.press(.char("t"))
        #expect(app.state.top.rack?.rack?.columns.contains { $0.contains(TestDay.day) } == true)
    }

    /// Going back past the loaded days reads the days before with the cursor
    /// near their end: holding ← reads again once a load, not every few keys.
    @Test func holdingLeftReadsTheRackAgainOnlyOnceALoad() throws {
        let app = try AppHarness()
        openRack("AOU", app)
        let first = try #require(app.state.top.rack)
        for _ in 0...first.column { app.press(.left) }
        let back = try #require(app.state.top.rack)
        #expect(back.from < first.from, "the rack was read again before")
        #expect(back.column == RackScreen.loaded - 4)
        #expect(back.rack?.columns[back.column].start == first.from.adding(days: -1))
        for _ in 0..<RackScreen.loaded - 4 { app.press(.left) }
        let held = try #require(app.state.top.rack)
        #expect(held.from == back.from)
        #expect(held.column == 0)
        #expect(held.rack?.columns[held.column].start == back.from)
    }

    /// By weeks a month begins every four or five columns: a name too long
    /// for its room keeps its first word, or gives way, instead of running
    /// into the next ('JanFeb 2027').
    @Test func byWeeksTheMonthsNamesDoNotRunIntoEachOther() throws {
        let app = try AppHarness()
        openRack("FAM", app)
        app.press(.char("-"))
        // From Monday 25 Jan 2027: January has one column, too short for "Jan".
        let header = app.lines[2]
        #expect(header.hasPrefix(String(repeating: " ", count: 12) + "Feb 2027 "), "\(app.text)")
        #expect(!header.contains("JanFeb"))
    }

    @Test func minusZoomsOutToWeeksThenMonthsAndPlusBackToDays() throws {
        let app = try AppHarness()
        openRack("AOU", app)
        app.press(.char("-"))
        #expect(app.state.top.rack?.scale == .weeks)
        #expect(app.lines[0].contains("rack (weeks)"))
        app.press(.char("-"), .char("-"))
        #expect(app.state.top.rack?.scale == .months)
        app.press(.char("+"), .char("+"))
        #expect(app.state.top.rack?.scale == .days)
    }

    @Test func aOnAnEmptyCellAssignsFromThatDayAndEnterOpensTheUnit() throws {
        let app = try AppHarness()
        openRack("FAM", app)
        // FAM-09 is vacant on the festival's first day.
        for _ in 0..<8 { app.press(.down) }
        app.press(.char("a"))
        let picker = try #require(app.state.top.occupantPicker, "\(app.text)")
        #expect(picker.unit.code == "FAM-09")
        #expect(picker.startDay == Day("2027-02-18"))
        app.press(.escape)
        app.press(.up, .char("a"))
        #expect(app.state.top.rack != nil)
        #expect(app.text.contains("FAM-08 is not free that day"))
        app.press(.enter)
        #expect(app.state.top.unit?.unitCode == "FAM-08")
    }
}
