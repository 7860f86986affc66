import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// The assign flow through the real update and the real store, keys in, screen out.
@MainActor
@Suite struct AssignFlowTests {
    /// Opens Aouartas and selects AOU-04 (vacant, carpentry) on the plan.
    func openAouartasOnUnit4() throws -> AppHarness {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .right, .right, .right)
        return app
    }

    @Test func assigningAVacantUnitToTheFirstProposedCarpenter() throws {
        let app = try openAouartasOnUnit4()
        #expect(app.lines[2].contains("▶04 V MEN+"))
        app.press(.char("a"))
        #expect(app.lines[0].contains("Assign AOU-04"))
        #expect(app.lines[5].contains("1 Abdellah Aït Taleb") && app.lines[5].contains("✓ yes"))
        app.press(.enter)
        #expect(app.text.contains("Trade                         : MEN"))
        #expect(app.text.contains("From (YYYY-MM-DD)             : 2026-11-29"))
        app.press(.tab, .tab, .tab)
        app.type("DEC-AOU-2026-099")
        app.press(.enter)
        #expect(app.lines[22].contains("Allocated: AOU-04 to Abdellah Aït Taleb (MEN)."))
        #expect(app.lines[2].contains("▶04 O MEN"))
        let unit = try app.database.unit(code: "AOU-04", on: TestDay.day)
        #expect(unit.occupant?.name == "Abdellah Aït Taleb")
        #expect(unit.allocation?.decision == "DEC-AOU-2026-099")
        #expect(unit.allocation?.recordedBy == "test")
    }

    @Test func searchAsYouTypeNarrowsTheCandidatesIgnoringAccents() throws {
        let app = try openAouartasOnUnit4()
        app.press(.char("a"))
        app.type("ait")
        #expect(app.lines[2].contains("Search: ait"))
        let names = app.lines[5...].prefix(while: {
            !$0.trimmingCharacters(in: .whitespaces).isEmpty
        })
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0.contains("Aït") || $0.contains("Ait") }, "\(names)")
        app.press(.backspace, .backspace, .backspace, .backspace)
        #expect(
            app.lines[0].contains("Zone artisanale"), "an empty search then Backspace goes back")
    }

    @Test func aTradeThatDoesNotFitIsRefusedThenOverriddenWithAWrittenReason() throws {
        let app = try openAouartasOnUnit4()
        // From AOU-04 to AOU-10 (ironwork only): down to the row below, then left.
        app.press(.down)
        #expect(app.lines[5].contains("▶"))
        while !app.text.contains("▶10 V SER") { app.press(.left) }
        app.press(.char("a"))
        app.type("lahcen azd")
        app.press(.enter, .enter)
        #expect(app.text.contains("• Trade SCB is not allowed in unit AOU-10 (allowed: SER)."))
        #expect(app.text.contains("Reason:"))
        app.press(.enter)
        #expect(app.lines[22].contains("An override needs a written reason."))
        app.type("Atelier mixte décidé en commission")
        app.press(.enter)
        #expect(app.lines[22].contains("Allocated: AOU-10 to Lahcen Azdoud (SCB)."))
        let allocation = try app.database.unit(code: "AOU-10", on: TestDay.day).allocation
        #expect(allocation?.overrideReason == "Atelier mixte décidé en commission")
    }

    @Test func escapeFromTheOverrideWritesNothing() throws {
        let app = try openAouartasOnUnit4()
        app.press(.down)
        while !app.text.contains("▶10 V SER") { app.press(.left) }
        app.press(.char("a"))
        app.type("lahcen azd")
        app.press(.enter, .enter, .escape, .escape, .escape)
        #expect(app.lines[0].contains("Zone artisanale"))
        #expect(try app.database.unit(code: "AOU-10", on: TestDay.day).state == .vacant)
    }

    @Test func aUnitAnotherClerkJustTookIsRefusedWithItsHolderAndTheFormIsKept() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-app-\(UUID().uuidString).sqlite").path
        defer { removeDatabaseFiles(at: path) }
        let mine = try AppDatabase.open(at: path)
        try mine.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        let app = try AppHarness(database: mine)
        app.press(.down, .down, .enter, .right, .right, .right, .char("a"), .enter)
        let other = try AppDatabase.open(at: path)
        try other.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: 3, period: Period(openFrom: TestDay.day)),
            by: "other-clerk")
        app.press(.tab, .tab, .tab)
        app.type("DEC-9")
        app.press(.enter)
        #expect(
            app.text.contains(
                "• Unit AOU-04 is already allocated to M'bark Oubella since 29 Nov 2026."))
        app.press(.char("x"))
        #expect(
            app.text.contains("Decision ref.                 : DEC-9"),
            "what the clerk typed is kept")
    }

    @Test func anotherClerksChangeShowsWithoutAKey() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-app-\(UUID().uuidString).sqlite").path
        defer { removeDatabaseFiles(at: path) }
        let mine = try AppDatabase.open(at: path)
        try mine.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        let app = try AppHarness(database: mine)
        app.press(.down, .down, .enter)
        #expect(app.lines[2].contains("04 V MEN+"))
        let other = try AppDatabase.open(at: path)
        try other.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: 3, period: Period(openFrom: TestDay.day)),
            by: "other-clerk")
        // A poll with no key pressed, as the run loop does twice a second.
        _ = app.runner.watchForOtherClerks()
        #expect(app.lines[2].contains("04 O MEN"), "\(app.text)")
    }

    @Test func assigningAnOccupiedOrUnderWorksUnitSaysWhyInsteadOfOpeningThePicker() throws {
        let app = try AppHarness()
        app.press(.down, .down, .enter, .char("a"))
        #expect(
            app.lines[22].contains("AOU-01 is occupied by Lahcen Ennajjar: release it first (r)."))
        // Three zones above the last is the Tiznit pottery complex, all under
        // works (the Tafraout market's units left works with the call of the fixtures).
        app.press(.char("z"), .end, .up, .up, .up, .enter, .end)
        app.press(.char("a"))
        #expect(app.lines[22].contains("is under works: it cannot be allocated."), "\(app.text)")
    }
}

/// Removes a database file and its companions (a test's, once it is done).
func removeDatabaseFiles(at path: String) {
    for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
    }
}
