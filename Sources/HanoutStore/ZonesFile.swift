import Foundation
import HanoutDomain

/// The shape of `zones.json`, decoded strictly and turned into domain values.
enum ZonesFile {
    struct File: Decodable {
        var zones: [ZoneEntry]
    }

    struct ZoneEntry: Decodable {
        var code: String
        var name: String
        var commune: String
        var kind: ZoneKind
        var areaM2: Double?
        var figures: FigureSource
        var note: String
        var agreement: Int?
        var maxUnitsPerOccupant: Int?
        var maxUnitsPerTrade: Int?
        var season: Season?
        var units: [UnitEntry]
    }

    struct Season: Decodable {
        var from: Day
        var until: Day
    }

    struct UnitEntry: Decodable {
        var number: Int
        var areaM2: Double?
        var trades: [String]
        var row: Int
        var column: Int
        var condition: UnitCondition
    }

    static func parse(
        _ bytes: [UInt8], knownTrades: Set<String>, problems: inout [ImportProblem]
    ) -> ([Zone], [Unit]) {
        let file = "zones.json"
        guard !bytes.isEmpty else { return ([], []) }
        let decoded: File
        do {
            decoded = try JSONDecoder().decode(File.self, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context),
            let DecodingError.typeMismatch(_, context),
            let DecodingError.valueNotFound(_, context),
            let DecodingError.keyNotFound(_, context)
        {
            let path = context.codingPath.map {
                $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)"
            }
            .joined()
            problems.append(
                ImportProblem(
                    file: file, field: path.isEmpty ? nil : path,
                    fr: context.debugDescription, en: context.debugDescription))
            return ([], [])
        } catch {
            problems.append(ImportProblem(file: file, fr: "\(error)", en: "\(error)"))
            return ([], [])
        }
        var zones: [Zone] = []
        var units: [Unit] = []
        var codes: Set<String> = []
        for (index, entry) in decoded.zones.enumerated() {
            let place = "zones[\(index)]"
            func problem(_ field: String, fr: String, en: String) {
                problems.append(ImportProblem(file: file, field: place + field, fr: fr, en: en))
            }
            if entry.code.isEmpty || !codes.insert(entry.code).inserted {
                problem(".code", fr: "code vide ou en double", en: "empty or duplicate code")
            }
            let season = entry.season.flatMap { Period(from: $0.from, through: $0.until) }
            if entry.kind == .fair && season == nil {
                problem(
                    ".season", fr: "une foire a des dates (from ≤ until)",
                    en: "a fair needs dates (from ≤ until)")
            }
            zones.append(
                Zone(
                    code: entry.code, name: entry.name, commune: entry.commune, kind: entry.kind,
                    areaM2: entry.areaM2, figures: entry.figures, note: entry.note,
                    agreement: entry.agreement,
                    rules: ZoneRules(
                        maxUnitsPerOccupant: entry.maxUnitsPerOccupant ?? 1,
                        maxUnitsPerTrade: entry.maxUnitsPerTrade),
                    season: season))
            var numbers: Set<Int> = []
            var cells: Set<[Int]> = []
            for (unitIndex, unit) in entry.units.enumerated() {
                let unitPlace = ".units[\(unitIndex)]"
                if unit.number < 1 || !numbers.insert(unit.number).inserted {
                    problem(
                        unitPlace + ".number", fr: "numéro invalide ou en double",
                        en: "invalid or duplicate number")
                }
                if unit.row < 1 || unit.column < 1
                    || !cells.insert([unit.row, unit.column]).inserted
                {
                    problem(
                        unitPlace + ".row", fr: "case du plan invalide ou déjà prise",
                        en: "floor-plan cell invalid or taken")
                }
                for trade in unit.trades where !knownTrades.contains(trade) {
                    problem(
                        unitPlace + ".trades", fr: "métier inconnu « \(trade) »",
                        en: "unknown trade '\(trade)'")
                }
                units.append(
                    Unit(
                        zoneCode: entry.code, number: unit.number, areaM2: unit.areaM2,
                        allowedTrades: unit.trades, row: unit.row, column: unit.column,
                        condition: unit.condition))
            }
        }
        return (zones, units)
    }
}
