import Foundation
import HanoutCSV
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// Names an attacker could give an occupant, and what no output may let through.
///
/// Each name holds the word "Hostile" and its own marker (`H01`…) so that a test can tell
/// the name reached an output (cleaned) rather than vanished. None holds NUL: a process
/// argument cannot.
enum HostileNames {
    static let corpus = HostileText.corpus

    static func marker(_ index: Int) -> String { HostileText.marker(index) }

    static func dangerous(in text: String, allowing allowed: Set<Unicode.Scalar> = ["\n"])
        -> [String]
    {
        HostileText.dangerous(in: text, allowing: allowed)
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
