import Foundation
import HanoutCSV
import HanoutDomain
import Testing

@testable import HanoutStore

/// Names an attacker could give an occupant, and what no output may let through.
///
/// Each name holds the word "Hostile" and its own marker (`H01`…) so that a test can tell
/// the name reached an output (cleaned) rather than vanished. None holds NUL: a process
/// argument cannot.
enum HostileNames {
    static let corpus: [String] = [
        "Hostile H01 \u{1B}]0;PWNED\u{07} title",
        "Hostile H02 \u{1B}[31m\u{1B}[2J\u{1B}[H red",
        "Hostile H03 bell\u{07}\u{07}",
        "Hostile H04 C1 "
            + String(String.UnicodeScalarView((0x80...0x9F).compactMap(Unicode.Scalar.init))),
        "Hostile H05 \u{202E}exe.gpj\u{202C} \u{2066}iso\u{2069} \u{200E}\u{200F}\u{061C}",
        "=HYPERLINK(\"http://evil.example\",\"Hostile H06\")",
        "+cmd|' /C calc'!A0 Hostile H07",
        "-2+3 Hostile H08",
        "@SUM(A1:A9) Hostile H09",
        "\t=1+1 Hostile H10",
        "<script>alert('Hostile H11')</script>",
        "Hostile H12 Tom & Jerry \"quoted\" 'single' <b>bold</b>",
        "Hostile H13 two\nlines and a\rreturn",
        "Hostile H14 del\u{7F} and \u{1B}P device control \u{1B}\\",
    ]

    /// The marker of each name: `H01` for the first.
    static func marker(_ index: Int) -> String {
        "H" + (index < 9 ? "0" : "") + String(index + 1)
    }

    /// The scalars no output may hold raw: C0 controls, DEL, C1 controls, bidi embeddings,
    /// overrides, isolates and marks. Written out here rather than taken from the program,
    /// so that the test does not share a mistake with it.
    static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// Every dangerous scalar in `text` other than `allowed`, as `U+XXXX`.
    static func dangerous(in text: String, allowing allowed: Set<Unicode.Scalar> = ["\n"])
        -> [String]
    {
        text.unicodeScalars.filter { isDangerous($0) && !allowed.contains($0) }
            .map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// The characters that make a spreadsheet evaluate a cell.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cells of a CSV text that a spreadsheet would evaluate: a signed
    /// number (the phone `+212600000000`) is a number, not a formula.
    static func formulas(inCSV text: String) throws -> [String] {
        try CSVReader(string: text).records().flatMap(\.fields)
            .filter { cell in cell.unicodeScalars.first.map(formulaStarts.contains) ?? false }
            .filter { cell in cell.wholeMatch(of: /[+-][0-9 ]*[0-9][0-9 ]*(\.[0-9]+)?/) == nil }
    }

    /// A CSV line with every field quoted, written by hand: the program's writer would
    /// clean the very values this file must carry to the import.
    static func rawCSVLine(_ fields: [String]) -> String {
        fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: ",") + "\n"
    }
}

/// A private database where every hostile name is an occupant (ids 901…) with the name
/// in its commune too, each holding a unit with a hostile decision and note.
///
/// The command line and the import refuse a control character in an occupant's field
/// (`OccupantFieldRule`); a register written before that rule may still hold one, and
/// every output must show it harmlessly. So the occupants are written as such a register
/// holds them, below the rule; the allocations go through the command line.
struct HostileRegion {
    let hanout = HanoutProcess()
    /// The index in the corpus of every occupant that holds a unit: all of them.
    private(set) var allocated: [Int] = []

    static func id(_ index: Int) -> String { String(901 + index) }

    /// Every trade of the fixtures, joiner (MEN) first, so that any vacant unit fits one.
    static let everyTrade = [
        "MEN", "BIJ", "POT", "CER", "EBE", "SCB", "MQT", "FER", "DIN", "TIS", "BRO", "COU", "TAP",
        "MAR", "BAB", "SEL", "VAN", "ZEL", "PLA", "TER", "TAB", "SER", "SOU", "ALU", "VIT", "PLO",
        "ELE", "PBT", "CRL", "MEC", "MOT", "REM", "RTP", "CRD", "COI", "PRS",
    ]

    init() throws {
        let created = try run(["init"])
        try #require(created.status == 0, "\(created.errors)")
        do {
            // Closed at the end of the block, before the program writes to the file.
            let database = try AppDatabase.open(at: hanout.database)
            for (index, name) in HostileNames.corpus.enumerated() {
                _ = try database.registerUnchecked(
                    Occupant(
                        id: Int64(901 + index), kind: .artisan, name: name, category: .artisan,
                        trades: Self.everyTrade, phone: "+212600000000", commune: name))
            }
        }
        // The vacant units in order; each occupant (who exercises every trade) takes the
        // first that the rules (a zone's caps per trade, a fair's dates) allow.
        var units = try hanout.json("export", "units", "--format", "json")
            .filter { $0["state"] == "vacant" }.compactMap { $0["unit"] }[...]
        for (index, name) in HostileNames.corpus.enumerated() {
            while let unit = units.popFirst() {
                // `--note=VALUE`: a value starting with `-` would be read as an option.
                let assigned = try run([
                    "assign", unit, Self.id(index), "--decision=" + name, "--note=" + name,
                ])
                if assigned.status == 0 {
                    allocated.append(index)
                    break
                }
            }
        }
        try #require(
            allocated.count == HostileNames.corpus.count,
            "hostile occupants without a unit: \(allocated)")
    }

    func run(_ arguments: [String]) throws -> HanoutProcess.Outcome {
        HanoutProcess.finish(try hanout.start(arguments))
    }
}

extension AppDatabase {
    /// Registers `occupant` without `OccupantFieldRule`, as a register written before the
    /// rule may hold it (the same seam as the App tests' `OlderRegister.swift`).
    func registerUnchecked(_ occupant: Occupant) throws -> Occupant {
        try write { db in try OccupantWriter.insert(db, occupant) }
    }
}
