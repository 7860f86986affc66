import Foundation
import HanoutDomain

/// The region read from `fixtures/`, checked, ready to install in one go.
public struct FixtureSet: Sendable {
    public var trades: [Trade]
    public var zones: [Zone]
    public var units: [HanoutDomain.Unit]
    public var occupants: [Occupant]
    var allocations: [FixtureAllocation]
    /// The scoring grids of `grids/` (the region's default), for calls to name.
    public var grids: [ScoringGrid] = []
    /// The calls of `calls.json`, replayed after the grids; none without the file.
    var calls: CallsFile?
    /// The zones' fee schedules of `fees.json`; none without the file.
    public var feeSchedules: [FeeSchedule] = []

    struct FixtureAllocation: Sendable {
        var line: Int
        var request: AllocationRequest
        var ending: AllocationEnding?
    }

    /// Reads the four files of `directory`, or throws `ImportFailed` with
    /// every problem found in any of them.
    public static func load(from directory: URL) throws -> FixtureSet {
        var problems: [ImportProblem] = []
        func bytes(_ name: String) -> [UInt8] {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                problems.append(
                    ImportProblem(
                        file: url.path, fr: "fichier introuvable ou illisible",
                        en: "file missing or unreadable"))
                return []
            }
            return [UInt8](data)
        }
        let trades = parseTrades(bytes("trades.csv"), problems: &problems)
        let (zones, units) = ZonesFile.parse(
            bytes("zones.json"), knownTrades: Set(trades.map(\.code)), problems: &problems)
        let parsed = OccupantCSV.parse(bytes: bytes("occupants.csv"), file: "occupants.csv")
        problems += parsed.problems
        let occupants = parsed.occupants.map(\.occupant)
        for (line, occupant) in parsed.occupants where occupant.id == 0 {
            problems.append(
                ImportProblem(
                    file: "occupants.csv", line: line, field: "id",
                    fr: "les occupants des fixtures ont un id", en: "fixture occupants need an id"))
        }
        let allocations = parseAllocations(bytes("allocations.csv"), problems: &problems)
        let grids = loadGrids(from: directory.appendingPathComponent("grids"), problems: &problems)
        let calls = CallsFile.load(from: directory, problems: &problems)
        let feeSchedules = FeesFile.load(from: directory, problems: &problems)
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        return FixtureSet(
            trades: trades, zones: zones, units: units, occupants: occupants,
            allocations: allocations, grids: grids, calls: calls, feeSchedules: feeSchedules)
    }

    /// Every `*.json` of `folder` as a scoring grid, checked; a folder that is
    /// not there holds none (fixtures from before calls had no grids).
    static func loadGrids(from folder: URL, problems: inout [ImportProblem]) -> [ScoringGrid] {
        let names =
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        var codes: Set<String> = []
        return names.compactMap { name in
            let file = "grids/\(name)"
            guard
                let data = FileManager.default.contents(
                    atPath: folder.appendingPathComponent(name).path)
            else {
                problems.append(
                    ImportProblem(file: file, fr: "fichier illisible", en: "file unreadable"))
                return nil
            }
            switch ScoringGrid.decode(data) {
            case .success(let grid):
                guard codes.insert(grid.code).inserted else {
                    problems.append(
                        ImportProblem(
                            file: file, field: "code", fr: "code de grille en double",
                            en: "duplicate grid code"))
                    return nil
                }
                return grid
            case .failure(let invalid):
                problems += invalid.problems.map {
                    ImportProblem(file: file, fr: $0.message(in: .fr), en: $0.message(in: .en))
                }
                return nil
            }
        }
    }

    static func parseTrades(_ bytes: [UInt8], problems: inout [ImportProblem]) -> [Trade] {
        let file = "trades.csv"
        let table = CSVTable(
            bytes: bytes, file: file,
            required: ["code", "name_fr", "name_en", "branch_fr", "branch_en", "family"])
        problems += table.problems
        var seen: Set<String> = []
        return table.records.compactMap { record in
            let code = record.optional("code") ?? ""
            let familyText = record.optional("family") ?? ""
            guard let family = TradeFamily(rawValue: familyText) else {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, field: "family",
                        fr: "« \(familyText) » : attendu art ou service",
                        en: "'\(familyText)': expected art or service"))
                return nil
            }
            guard !code.isEmpty, seen.insert(code).inserted else {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, field: "code",
                        fr: "code vide ou en double", en: "empty or duplicate code"))
                return nil
            }
            return Trade(
                code: code, nameFr: record.optional("name_fr") ?? code,
                nameEn: record.optional("name_en") ?? code,
                branchFr: record.optional("branch_fr") ?? "",
                branchEn: record.optional("branch_en") ?? "", family: family)
        }
    }

    static func parseAllocations(_ bytes: [UInt8], problems: inout [ImportProblem])
        -> [FixtureAllocation]
    {
        let file = "allocations.csv"
        let table = CSVTable(
            bytes: bytes, file: file, required: ["unit", "occupant", "trade", "from"],
            optional: ["until", "decision", "note", "released_on", "release_reason"])
        problems += table.problems
        return table.records.compactMap { record in
            func day(_ column: String) -> Day? {
                guard let text = record.optional(column) else { return nil }
                guard let day = Day(text) else {
                    problems.append(
                        ImportProblem(
                            file: file, line: record.line, field: column,
                            fr: "« \(text) » n'est pas une date AAAA-MM-JJ",
                            en: "'\(text)' is not a YYYY-MM-DD date"))
                    return nil
                }
                return day
            }
            let from = day("from")
            let until = day("until")
            let released = day("released_on")
            guard let occupant = record.optional("occupant").flatMap(Int64.init) else {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, field: "occupant",
                        fr: "id d'occupant attendu", en: "occupant id expected"))
                return nil
            }
            guard let from,
                let period = released.map({ Period(start: from, end: $0) })
                    ?? Period(from: from, through: until)
            else {
                problems.append(
                    ImportProblem(
                        file: file, line: record.line, field: "until",
                        fr: "période vide ou inversée", en: "empty or reversed period"))
                return nil
            }
            let ending = released.map { _ in
                AllocationEnding(kind: .released, reason: record.optional("release_reason") ?? "")
            }
            return FixtureAllocation(
                line: record.line,
                request: AllocationRequest(
                    unitCode: record.optional("unit") ?? "", occupantID: occupant,
                    trade: record.optional("trade"), period: period,
                    decision: record.optional("decision"), note: record.optional("note")),
                ending: ending)
        }
    }
}
