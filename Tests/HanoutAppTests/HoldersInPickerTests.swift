import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// A clerk looking for someone who already holds a unit in the zone finds them, lower
/// in the list and marked with what they hold, and choosing them says why not, whole.
@MainActor
@Suite struct HoldersInPickerTests {
    @Test func anOccupantAtTheZonesLimitIsListedLowerWithTheUnitHeld() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right, .char("a"))
        app.type("lahc")
        let rows = app.lines[5...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let holder = try #require(rows.last, "\(app.text)")
        // Lahcen Ennajjar holds AOU-01 (the fixtures); Aouartas allows one unit each.
        #expect(holder.contains("Lahcen Ennajjar"), "\(app.text)")
        #expect(holder.contains("✗ zone limit") && holder.contains("AOU-01"), "\(holder)")
        #expect(rows.dropLast().allSatisfy { !$0.contains("zone limit") }, "\(app.text)")

        for _ in 1..<rows.count { app.press(.down) }
        app.press(.enter)
        #expect(app.lines[0].contains("Assign AOU-04 to Lahcen Ennajjar"), "\(app.text)")
        app.press(.enter)
        // The refusal is longer than the 80 columns: it reads whole, over two lines.
        let refusal = app.lines.drop { !$0.contains("Refused:") }.dropFirst()
            .prefix { !$0.contains("Any key to correct.") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let expected = try #require(
            Refusal.occupantLimit(
                occupant: "Lahcen Ennajjar", zone: "AOU", limit: 1, held: ["AOU-01"]
            ).message(in: .en) as String?)
        #expect(refusal == "• " + expected, "\(app.text)")
        #expect(try app.database.unit(code: "AOU-04", on: TestDay.day).allocation == nil)
    }

    @Test func suggestionsOnTheCommandLineStillLeaveHoldersOut() throws {
        let database = try fixtureRegion()
        let proposed = try database.candidates(forUnit: "AOU-04", on: TestDay.day, limit: 500)
        #expect(!proposed.contains { $0.occupant.name == "Lahcen Ennajjar" })
        #expect(proposed.allSatisfy { !$0.atZoneLimit })
    }
}
