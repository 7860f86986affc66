import Foundation
import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

@MainActor
@Suite struct CancelFlowTests {
    /// The region of the fixtures, with the journal's clock on the test's
    /// today (10:00 UTC), so that what the clerk enters can be cancelled.
    static func database() throws -> AppDatabase {
        let database = try AppDatabase.inMemory(now: {
            Date(timeIntervalSince1970: TimeInterval(TestDay.day.daysSinceEpoch * 86_400 + 36_000))
        })
        try database.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        return database
    }

    /// The record of AOU-04, allocated today (by mistake) to a new carpenter.
    static func recordOfAMistake() throws -> AppHarness {
        let database = try database()
        let holder = try database.add(
            Occupant(kind: .artisan, name: "Yassine Amzil", trades: ["MEN"]), by: "t")
        try database.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: holder.id, period: Period(openFrom: TestDay.day)),
            by: "t")
        let app = try AppHarness(database: database)
        app.press(.down, .down, .enter)  // AME, ANZ, AOU
        app.press(.right, .right, .right, .enter)  // AOU-04
        return app
    }

    @Test func cancellingAsksForAReasonThenConfirmsAndTheRecordShowsItCancelled() throws {
        let app = try Self.recordOfAMistake()
        #expect(app.lines[0].contains("Unit AOU-04"), "\(app.text)")
        #expect(app.lines[23].contains("8Cancel"), "\(app.text)")
        app.press(.function(8))
        #expect(app.lines[0].contains("Cancel the allocation of AOU-04"), "\(app.text)")
        // Letters that are shortcuts elsewhere ("x", "r", "a") go into the field.
        app.type("Erreur de local, voir AOU-05")
        app.press(.enter)
        #expect(app.text.contains("Cancel the allocation of AOU-04 to Yassine Amzil? y/n"))
        app.press(.char("y"))
        #expect(app.text.contains("Cancelled: the allocation of AOU-04 to Yassine Amzil."))
        #expect(app.lines[0].contains("Unit AOU-04"))
        #expect(app.text.contains("State             V vacant"), "\(app.text)")
        #expect(
            app.text.contains(
                "29 Nov 2026  Yassine Amzil (MEN)  cancelled : Erreur de local, voir AOU-05"),
            "\(app.text)")
        #expect(!app.text.contains("28 Nov 2026"))
        // Nothing more to cancel: the key is no longer offered.
        #expect(!app.lines[23].contains("Cancel"), "\(app.text)")
        let entry = try #require(try app.database.journal(unitCode: "AOU-04").last)
        #expect(entry.action == .cancel && entry.clerk == "test")
    }

    @Test func noAnswerAndEscapeCancelNothing() throws {
        let app = try Self.recordOfAMistake()
        app.press(.char("x"))
        app.press(.enter)
        #expect(app.text.contains("Give the reason for the cancellation."), "\(app.text)")
        app.type("Erreur")
        app.press(.enter, .char("n"), .escape)
        #expect(app.lines[0].contains("Unit AOU-04"), "\(app.text)")
        #expect(try app.database.journal(unitCode: "AOU-04").last?.action == .assign)
    }

    @Test func anAllocationThatCannotBeCancelledIsNotOfferedAndTheKeySaysWhy() throws {
        let app = try AppHarness(database: try Self.database())
        app.press(.down, .down, .enter, .enter)  // AOU-01, allocated with the fixtures
        #expect(app.lines[0].contains("Unit AOU-01"), "\(app.text)")
        #expect(!app.lines[23].contains("Cancel"), "\(app.text)")
        app.press(.char("?"))
        #expect(app.text.contains("r F3") && !app.text.contains("x F8"), "\(app.text)")
        app.press(.escape, .char("x"))
        #expect(app.lines[0].contains("Unit AOU-01"), "\(app.text)")
        #expect(app.text.contains("Release the unit instead."), "\(app.text)")
    }

    @Test func theHelpOffersTheCancelKeyWhenItApplies() throws {
        let app = try Self.recordOfAMistake()
        app.press(.char("?"))
        #expect(app.text.contains("cancel the allocation entered by mistake"), "\(app.text)")
    }

    @Test func aRefusalWhenSavingIsSaidOnTheForm() throws {
        let app = try Self.recordOfAMistake()
        app.press(.char("x"))
        app.type("Erreur")
        app.press(.enter)
        // Another clerk releases the unit meanwhile.
        try app.database.release(unitCode: "AOU-04", on: TestDay.day, reason: "départ", by: "b")
        app.press(.char("y"))
        #expect(app.lines[0].contains("Cancel the allocation of AOU-04"), "\(app.text)")
        #expect(app.text.contains("has been released since"), "\(app.text)")
    }
}
