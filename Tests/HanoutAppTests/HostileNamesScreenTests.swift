import HanoutDomain
import HanoutStore
import HanoutTestSupport
import TerminalKit
import Testing

@testable import HanoutApp

/// Hostile names in the store, through the screens a clerk walks: the zone with the unit
/// one of them holds, the directory, a record. No frame holds a raw control or bidi scalar.
@MainActor
@Suite struct HostileNamesScreenTests {
    static let corpus = HostileText.corpus

    static func dangerous(in text: String) -> [String] { HostileText.dangerous(in: text) }

    /// The fixtures' region with every hostile name as an artisan and the first one
    /// holding AOU-04, its allocation's note and decision hostile too.
    static func hostileRegion() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        var first: Occupant?
        for name in corpus {
            // As a register written before `OccupantFieldRule` may hold it (OlderRegister.swift).
            let saved = try database.registerUnchecked(
                Occupant(kind: .artisan, name: name, trades: ["MEN"], commune: name))
            if first == nil { first = saved }
        }
        let holder = try #require(first)
        _ = try database.assign(
            AllocationRequest(
                unitCode: "AOU-04", occupantID: holder.id, period: Period(openFrom: TestDay.day),
                decision: corpus[1], note: corpus[2]),
            by: "test")
        return database
    }

    @Test func noFrameHoldsARawControlOrBidiScalar() throws {
        let app = try AppHarness(database: try Self.hostileRegion())
        var frames: [(String, String)] = [("zones", app.text)]
        app.press(.down, .down, .enter, .right, .right, .right)
        frames.append(("AOU, AOU-04 selected", app.text))
        app.press(.escape, .char("o"))
        app.type("/hostile")
        app.press(.enter)
        frames.append(("the directory", app.text))
        #expect(app.text.contains("H01") && app.text.contains("H14"), "\(app.text)")
        app.press(.enter)
        frames.append(("a record", app.text))
        for (screen, text) in frames {
            #expect(Self.dangerous(in: text) == [], "\(screen):\n\(text)")
        }
    }
}
