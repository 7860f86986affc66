import Foundation
import GRDB
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

/// A call of the hostile region whose title and required documents are hostile, written as
/// an older register holds them (below the rule `call create` now applies), to which every
/// hostile occupant applied; ranked, frozen, allocated, so that its offers and waiting
/// list hold hostile names too.
struct HostileCall {
    static let reference = "HOST-2026-01"
    /// Each text holds its own marker (`C01`…), as the names hold `H01`….
    static let title =
        "Hostile call C01 " + HostileText.corpus[0] + " " + HostileText.corpus[4] + " "
        + HostileText.corpus[10]
    /// `CIN` first, the one the applicants bring: the others stay missing, the first of
    /// them a formula.
    static let documents = [
        "CIN", HostileText.corpus[5] + " C02", "Doc C03 " + HostileText.corpus[1],
        HostileText.corpus[11] + " C04", HostileText.corpus[13] + " C05",
    ]
    static let markers = ["C01", "C02", "C03", "C04", "C05"]
    /// The reason the last file is set aside for, hostile too.
    static let reason = "Reason C06 " + HostileText.corpus[2] + " " + HostileText.corpus[8]

    let region: HostileRegion
    /// The zone of the call's units and the trade it is for.
    let zone: String
    let trade: String

    init(in region: HostileRegion) throws {
        self.region = region
        // Units still vacant once the hostile occupants hold theirs, in a zone with no
        // call of the fixtures.
        let vacant = try region.hanout.json("export", "units", "--format", "json")
            .filter { $0["state"] == "vacant" }
            .compactMap { row -> (unit: String, zone: String, trades: [String])? in
                guard let unit = row["unit"], let zone = unit.split(separator: "-").first
                else { return nil }
                let trades = (row["allowed_trades"] ?? "").split(separator: ";").map(String.init)
                return (unit, String(zone), trades)
            }
            .filter { !["FAM", "TAF"].contains($0.zone) }
        let first = try #require(vacant.first, "no vacant unit left for the call")
        zone = first.zone
        trade = first.trades.first { $0 != "*" } ?? "MEN"
        let units = vacant.filter {
            $0.zone == first.zone && ($0.trades.contains(trade) || $0.trades.contains("*"))
        }.prefix(2).map(\.unit)
        let created = try region.run(
            [
                "call", "create", Self.reference, "--zone", zone, "--title", "Clean title",
                "--opens", "2026-11-20", "--closes", "2026-12-10", "--trade", trade,
                "--document", "CIN",
            ] + units.flatMap { ["--unit", $0] })
        try #require(created.status == 0, "\(created.errors)")
        do {
            let database = try AppDatabase.open(at: region.hanout.database)
            try database.retitleUnchecked(
                call: Self.reference, title: Self.title, documents: Self.documents)
        }
        try #require(try region.run(["call", "open", Self.reference]).status == 0)
        for index in HostileNames.corpus.indices {
            let filed = try region.run([
                "apply", Self.reference, HostileRegion.id(index), "--trade", trade,
                "--document", "CIN", "--years", String(index),
            ])
            try #require(filed.status == 0, "\(index): \(filed.errors)")
        }
        let files = try region.hanout.json("applications", Self.reference, "--format", "json")
        let last = try #require(files.last?["id"])
        let setAside = try region.run([
            "application", "inadmissible", last, "--reason=" + Self.reason,
        ])
        try #require(setAside.status == 0, "\(setAside.errors)")
        for step in [["close"], ["rank", "--seed", "7"], ["freeze"], ["allocate", "--commit"]] {
            let outcome = try run(
                ["call", step[0], Self.reference] + step.dropFirst(), on: "2026-12-11")
            try #require(outcome.status == 0, "\(step): \(outcome.errors)")
        }
    }

    /// The marker of every applicant: each hostile occupant applied.
    var applicantMarkers: [String] { HostileNames.corpus.indices.map(HostileNames.marker) }

    /// Runs on `day` rather than the test day.
    func run(_ arguments: [String], on day: String = "2026-12-11") throws
        -> HanoutProcess.Outcome
    {
        var later = region.hanout
        later.today = day
        return HanoutProcess.finish(try later.start(arguments))
    }
}

extension AppDatabase {
    /// Gives a call a title and documents without the rule of `createCall`, as a register
    /// written before it may hold them.
    func retitleUnchecked(call: String, title: String, documents: [String]) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE call SET title = ?, documents_required = ? WHERE reference = ?",
                arguments: [title, StoredJSON.text(documents), call])
        }
    }
}
