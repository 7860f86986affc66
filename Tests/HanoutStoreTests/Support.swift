import Foundation
import HanoutDomain
import HanoutTestSupport

@testable import HanoutStore

func day(_ text: String) -> Day {
    Day(text) ?? Day(daysSinceEpoch: 0)
}

func openEnded(_ start: String) -> Period {
    Period(openFrom: day(start))
}

/// A small database: one zone, two carpentry units, one open unit, three occupants.
func smallDatabase(
    maxPerOccupant: Int = 1, maxPerTrade: Int? = nil,
    now: @escaping @Sendable () -> Date = Date.init
) throws -> AppDatabase {
    let database = try AppDatabase.inMemory(now: now)
    let fixtures = FixtureSet(
        trades: [
            Trade(
                code: "MEN", nameFr: "Menuiserie", nameEn: "Carpentry", branchFr: "Bois",
                branchEn: "Wood", family: .service),
            Trade(
                code: "SER", nameFr: "Serrurerie", nameEn: "Locksmithing", branchFr: "Métal",
                branchEn: "Metal", family: .service),
        ],
        zones: [
            Zone(
                code: "AOU", name: "Zone d'Aouartas", commune: "Aouartas", kind: .artisanZone,
                rules: ZoneRules(maxUnitsPerOccupant: maxPerOccupant, maxUnitsPerTrade: maxPerTrade)
            )
        ],
        units: [
            HanoutDomain.Unit(
                zoneCode: "AOU", number: 1, allowedTrades: ["MEN"], row: 1, column: 1),
            HanoutDomain.Unit(
                zoneCode: "AOU", number: 2, allowedTrades: ["MEN"], row: 1, column: 2),
            HanoutDomain.Unit(zoneCode: "AOU", number: 3, allowedTrades: [], row: 1, column: 3),
        ],
        occupants: [
            Occupant(id: 1, kind: .artisan, name: "Brahim Aït Lahcen", trades: ["MEN"]),
            Occupant(id: 2, kind: .artisan, name: "Hassane Oubella", trades: ["SER"]),
            Occupant(
                id: 3, kind: .cooperative, name: "Coopérative Tifaout", trades: ["MEN", "SER"]),
        ],
        allocations: [])
    try database.install(fixtures, by: "test")
    return database
}

func request(
    _ unit: String, _ occupant: Int64, from: String = "2026-12-01", trade: String? = nil,
    override: String? = nil
) -> AllocationRequest {
    AllocationRequest(
        unitCode: unit, occupantID: occupant, trade: trade, period: openEnded(from),
        decision: "DEC-TEST", overrideReason: override)
}

/// Removes the folder `temporaryPath` made, once the test is done.
func removeTemporaryFolder(of path: String) {
    try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
}

func temporaryPath(_ name: String = "hanout.sqlite") -> String {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("hanout-tests-\(UUID().uuidString)")
    return directory.appendingPathComponent(name).path
}
