import Foundation
import HanoutDomain
import HanoutReports
import HanoutStore

/// The repository, found from this file's place.
let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The day the tests print for, so that they do not change with the calendar.
let reportDay = Day(year: 2026, month: 11, day: 29) ?? Day(daysSinceEpoch: 0)

/// The clerk named on the test reports (fictional, as all fixture people are).
let reportClerk = "Khadija Ouaziz"

/// The region of the fixtures, in memory, with a clock stopped on the report day.
func fixtureDatabase() throws -> AppDatabase {
    let noon = Date(timeIntervalSince1970: Double(reportDay.daysSinceEpoch) * 86_400 + 43_200)
    let database = try AppDatabase.inMemory(now: { noon })
    try database.install(
        try FixtureSet.load(from: repository.appendingPathComponent("fixtures")), by: "test")
    return database
}

/// The reports of the fixture zones named (every zone when none is), on the report day.
func fixtureReports(_ zones: String..., on day: Day = reportDay) throws -> [OccupancyReport] {
    try zoneReports(from: try fixtureDatabase(), zones: zones.isEmpty ? nil : zones, on: day)
}

/// The reports of some zones of `database` (every zone when `zones` is nil), as `hanout print` makes them.
func zoneReports(from database: AppDatabase, zones: [String]? = nil, on day: Day = reportDay) throws
    -> [OccupancyReport]
{
    try database.occupancy(ofZones: zones, on: day).map {
        OccupancyReport(
            zone: $0.zone, units: $0.units, day: day, printedOn: reportDay, clerk: reportClerk)
    }
}

/// A fresh private folder under the system's temporary folder.
func temporaryFolder(_ label: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("hanout-reports-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
