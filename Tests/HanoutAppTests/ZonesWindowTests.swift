import Foundation
import HanoutDomain
import HanoutStore
import TerminalKit
import Testing

@testable import HanoutApp

/// Thousands of zones: the list reads only the window in view.
@MainActor
@Suite struct ZonesWindowTests {
    func manyZones() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.generate(
            RegionGenerator(
                zones: 300, units: 600, occupants: 600, allocations: 1200, seed: 3, today: testToday
            ),
            trades: try FixtureSet.load(from: fixturesDirectory).trades, by: "generator")
        return database
    }

    @Test func theFirstScreenReadsOneWindowAndTheRegionTotals() throws {
        let app = try AppHarness(database: try manyZones())
        guard case .zones(let screen) = app.state.top else { Issue.record("not the zones"); return }
        #expect(screen.list.total == 300)
        #expect(screen.list.rows.count == 100, "one window, not the 300 zones")
        #expect(app.lines[2].hasPrefix("G0001"))
        #expect(app.lines[21].contains("Region: 300 zones, 600 units"))
    }

    @Test func endAndHomeLoadTheWindowsTheyNeed() throws {
        let app = try AppHarness(database: try manyZones())
        app.press(.end)
        guard case .zones(let screen) = app.state.top else { return }
        #expect(screen.list.selected == 299)
        #expect(screen.list.rowsOffset > 100)
        #expect(app.lines[20].hasPrefix("G0300"), "\(app.text)")
        app.press(.home)
        #expect(app.lines[2].hasPrefix("G0001"))
        app.press(.enter)
        #expect(app.lines[0].contains("G0001"))
    }
}
