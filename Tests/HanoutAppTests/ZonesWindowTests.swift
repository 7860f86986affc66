import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing
import TextLayout

@testable import HanoutApp

/// Thousands of zones: the list reads only the window in view.
@MainActor
@Suite struct ZonesWindowTests {
    func manyZones() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.generate(
            RegionGenerator(
                zones: 300, units: 600, occupants: 600, allocations: 1200, seed: 3,
                today: TestDay.day
            ),
            trades: try FixtureSet.load(from: TestRepository.fixtures).trades, by: "generator")
        return database
    }

    @Test func theFirstScreenReadsOneWindowAndTheRegionTotals() throws {
        let app = try AppHarness(database: try manyZones())
        let screen = try #require(app.state.top.zones)
        #expect(screen.list.total == 300)
        #expect(screen.list.rows.count == 100, "one window, not the 300 zones")
        #expect(app.lines[2].hasPrefix("G0001"))
        #expect(app.lines[21].contains("Region: 300 zones, 600 units"))
    }

    @Test func endAndHomeLoadTheWindowsTheyNeed() throws {
        let app = try AppHarness(database: try manyZones())
        app.press(.end)
        let screen = try #require(app.state.top.zones)
        #expect(screen.list.selected == 299)
        #expect(screen.list.rowsOffset > 100)
        #expect(app.lines[20].hasPrefix("G0300"), "\(app.text)")
        app.press(.home)
        #expect(app.lines[2].hasPrefix("G0001"))
        app.press(.enter)
        #expect(app.lines[0].contains("G0001"))
    }

    @Test func scrollingReadsWindowsWithoutTheTotalsAndAChangeReadsThemAgain() throws {
        let app = try AppHarness(database: try manyZones())
        var state = app.state
        let first = try #require(state.top.zones)
        #expect(first.region?.zones == 300)
        guard case .zones(_, _, let totalsAfterwards)? = state.top.model.request else {
            Issue.record(
                "the zones ask for no window: \(String(describing: state.top.model.request))")
            return
        }
        #expect(!totalsAfterwards, "they came with the first window")
        let windows = AppCore.update(&state, .key(.end))
        guard case .load(.zones(_, _, let totals))? = windows.first else {
            Issue.record("\(windows)")
            return
        }
        #expect(totals == false, "a new window alone")
        let reload = AppCore.update(&state, .externalChange)
        guard case .load(.zones(_, _, let totalsAgain))? = reload.first else {
            Issue.record("\(reload)")
            return
        }
        #expect(totalsAgain, "another clerk wrote: the totals may have changed")
    }

    /// Pages `key` until the list asks for zones, answers from the store, and
    /// gives what was asked.
    func scroll(_ key: Key, _ state: inout AppState, _ app: AppHarness) -> DataRequest? {
        for _ in 0..<50 {
            let effects = AppCore.update(&state, .key(key))
            guard case .load(let request)? = effects.first else { continue }
            _ = AppCore.update(
                &state, app.runner.gateway.load(request, today: TestDay.day, language: .en))
            return request
        }
        return nil
    }

    @Test func aScrollReadsOnlyTheZonesNotHeldAndTheWindowMatchesTheStore() throws {
        let database = try manyZones()
        let app = try AppHarness(database: database)
        var state = app.state
        for key in [Key.pageDown, .pageDown, .pageUp] {
            let request = scroll(key, &state, app)
            guard case .zones(let offset, let limit, let totals)? = request,
                case .zones(let screen) = state.top
            else {
                Issue.record("\(key): \(String(describing: request))")
                return
            }
            #expect(!totals)
            #expect(limit < screen.windowLimit, "\(key): only the zones not held")
            #expect(
                offset == screen.windowOffset
                    || offset + limit == screen.windowOffset + screen.windowLimit,
                "at an end of the window")
            #expect(screen.list.rowsOffset == screen.windowOffset)
            #expect(screen.list.rows.count == screen.windowLimit)
            let fresh = try database.zoneSummaries(
                on: TestDay.day, offset: screen.windowOffset, limit: screen.windowLimit)
            #expect(screen.list.rows == fresh, "\(key)")
        }
    }

    @Test func aChangeReadsTheWholeWindowAgain() throws {
        let app = try AppHarness(database: try manyZones())
        var state = app.state
        _ = scroll(.pageDown, &state, app)
        let screen = try #require(state.top.zones)
        let reload = AppCore.update(&state, .externalChange)
        #expect(
            reload == [
                .load(
                    .zones(offset: screen.windowOffset, limit: screen.windowLimit, totals: true))
            ])
    }

    @Test func aLateAnswerToAnOlderRequestIsDropped() throws {
        let app = try AppHarness(database: try manyZones())
        var state = app.state
        let older = DataRequest.zones(offset: 0, limit: 100, totals: true)
        #expect(state.top.model.request != older)
        let stale = RegionTotals(zones: 1, units: 1, occupied: 0, reserved: 0, underWorks: 0)
        _ = AppCore.update(&state, .loaded(older, .zones([], region: stale)))
        let screen = try #require(state.top.zones)
        #expect(screen.region?.zones == 300)
        #expect(screen.list.rows.count == 100)
    }

    @Test func anotherClerksWriteShowsInTheRegionTotal() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-zones-\(UUID().uuidString).sqlite").path
        let mine = try AppDatabase.open(at: path)
        try mine.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        let app = try AppHarness(database: mine)
        #expect(app.lines[21].contains("51 occ."))
        let other = try AppDatabase.open(at: path)
        try other.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: 3, period: Period(openFrom: TestDay.day)),
            by: "other-clerk")
        app.press(.down)
        _ = app.runner.watchForOtherClerks()
        #expect(app.lines[21].contains("52 occ."), "\(app.text)")
    }

    @Test func backFromAZoneTheRegionTotalIsReadAgain() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter)
        try app.database.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: 3, period: Period(openFrom: TestDay.day)),
            by: "test")
        app.press(.escape)
        #expect(app.lines[21].contains("52 occ."), "\(app.text)")
    }

    @Test func theSelectionShowsOnTheCodeAndTheNameOnly() throws {
        let app = try AppHarness()
        app.press(.down)
        let screen = app.terminal.screen
        #expect(screen.line(3).hasPrefix("ANZ   Complexe d'artis… "))
        #expect((0..<23).allSatisfy { screen[3, $0].style == Theme.selected })
        #expect((23..<80).allSatisfy { screen[3, $0].style == .plain })
        #expect((0..<80).allSatisfy { screen[2, $0].style == .plain })
    }

    @Test("a country's totals keep the share occupied on an 80-column line")
    func nationalTotalsFit() {
        let national = RegionTotals(
            zones: 3000, units: 100_000, occupied: 65_777, reserved: 3023, underWorks: 2928)
        for language in [Language.en, .fr] {
            let context = AppContext(language: language, today: TestDay.day)
            let line = ZonesScreen.totalLine(national, fitting: 79, context)
            #expect(DisplayWidth.of(line) <= 79, "\(line)")
            #expect(line.contains("66 %") && line.contains("W 2928"), "\(line)")
        }
        let small = RegionTotals(zones: 12, units: 156, occupied: 47, reserved: 3, underWorks: 20)
        let line = ZonesScreen.totalLine(
            small, fitting: 79, AppContext(language: .en, today: TestDay.day))
        #expect(line.contains("47 occ.") && line.contains("works"), "the full words when they fit")
    }
}
