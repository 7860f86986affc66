import HanoutDomain
import HanoutReports
import HanoutStore
import HanoutTestSupport

/// The store's seeded generator, so that a failing case can be replayed by its seed.
typealias SeededRandom = SplitMix64

/// Zones made up to stress the layout: many units, long and wide names, hostile text.
enum ReportGenerator {
    static let names = [
        "Lahcen Ennajjar", "Brahim Aït Ali", "إبراهيم أمزيل", "ⵜⴰⵎⴰⵣⵉⵖⵜ ⵏ ⵜⵉⵣⵏⵉⵜ",
        "Coopérative féminine de tissage et de broderie traditionnelle des femmes du douar Ighalen",
        "Association des artisans potiers et céramistes de la commune de Tiznit et environs",
        "陶器工房 東京 大阪", "Zoé Moulay-Idriss", "e\u{301}\u{301}tienne Combining", "Ahmed",
        "Nom\u{1B}[31m rouge\u{1B}[0m", "Over\u{202E}ride", "Line\r\nbreak\tand tab",
        "SansEspacesNiTraitsUnNomTresTresLongQuiNeTientDansAucuneColonneDuTout",
    ]

    static let decisions = [
        "DEC-AOU-2025-001", "Décision n° 14/2026 du 3 mars 2026 de la commission d'attribution",
        "DEC/TIZNIT/COMMISSION-PROVINCIALE/2026/000000123456789", "",
    ]

    static let trades = ["MEN", "SER", "BIJ", "POT", "TAP", "EBE", "ALU", "VIT", "FER", "SOU"]

    static func report(seed: UInt64) -> OccupancyReport {
        var random = SeededRandom(seed: seed)
        let count = Int.random(in: 1...140, using: &random)
        let rows = Int.random(in: 1...14, using: &random)
        let columns = Int.random(in: 1...16, using: &random)
        var places = Set<[Int]>()
        var units: [ReportUnit] = []
        for number in 1...count {
            var place = [
                Int.random(in: 1...rows, using: &random),
                Int.random(in: 1...columns, using: &random),
            ]
            // Mostly distinct places, as on a real plan; a few shared ones must not break anything.
            if places.contains(place) && Int.random(in: 0..<10, using: &random) > 0 {
                place[0] = rows + number
            }
            places.insert(place)
            let state = UnitState.allCases.randomElement(using: &random) ?? .vacant
            let occupied = state == .occupied
            let start = Day(daysSinceEpoch: 19_000 + Int.random(in: 0...3000, using: &random))
            units.append(
                ReportUnit(
                    code: Unit.code(zone: "ZZ", number: number), number: number, row: place[0],
                    column: place[1],
                    areaM2: Bool.random(using: &random)
                        ? Double(Int.random(in: 8...400, using: &random)) : 12.5,
                    allowedTrades: Array(
                        trades.shuffled(using: &random).prefix(
                            Int.random(in: 0...6, using: &random))),
                    state: state,
                    occupant: occupied ? names.randomElement(using: &random) : nil,
                    trade: occupied ? trades.randomElement(using: &random) : nil,
                    since: occupied ? start : nil,
                    until: occupied && Bool.random(using: &random) ? start.adding(days: 400) : nil,
                    decision: occupied ? decisions.randomElement(using: &random) : nil))
        }
        let longName = Int.random(in: 0..<4, using: &random) == 0
        return OccupancyReport(
            zoneCode: "ZZ",
            zoneName: longName
                ? String(repeating: "Zone artisanale de démonstration très longue ", count: 5)
                : "Zone de test",
            commune: "Tiznit", day: TestDay.day, printedOn: TestDay.day,
            clerk: "Clerk\u{1B}]52;c;aGVsbG8=\u{07} Name", units: units)
    }
}
