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
    /// The same corpus as the command line's tests (HanoutCLITests/HostileNames.swift).
    static let corpus: [String] = [
        "Hostile H01 \u{1B}]0;PWNED\u{07} title",
        "Hostile H02 \u{1B}[31m\u{1B}[2J\u{1B}[H red",
        "Hostile H03 bell\u{07}\u{07}",
        "Hostile H04 C1 "
            + String(String.UnicodeScalarView((0x80...0x9F).compactMap(Unicode.Scalar.init))),
        "Hostile H05 \u{202E}exe.gpj\u{202C} \u{2066}iso\u{2069} \u{200E}\u{200F}\u{061C}",
        "=HYPERLINK(\"http://evil.example\",\"Hostile H06\")",
        "<script>alert('Hostile H11')</script>",
        "Hostile H13 two\nlines and a\rreturn",
        "Hostile H14 del\u{7F} and \u{1B}P device control \u{1B}\\",
    ]

    /// C0, DEL, C1 and bidi formatting scalars, written out rather than taken from SafeText.
    static func dangerous(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F: return true
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
            default: return false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

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
