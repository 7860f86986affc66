import Foundation
import HanoutDomain
import HanoutReports
import HanoutStore
import HanoutTestSupport

/// The clerk named on the test reports (fictional, as all fixture people are).
let reportClerk = "Khadija Ouaziz"

/// The region of the fixtures, in memory, with a clock stopped on the report day.
func fixtureDatabase() throws -> AppDatabase {
    let noon = Date(timeIntervalSince1970: Double(TestDay.day.daysSinceEpoch) * 86_400 + 43_200)
    return try fixtureRegion(now: { noon })
}

/// The reports of the fixture zones named (every zone when none is), on the report day.
func fixtureReports(_ zones: String..., on day: Day = TestDay.day) throws -> [OccupancyReport] {
    try zoneReports(from: try fixtureDatabase(), zones: zones.isEmpty ? nil : zones, on: day)
}

/// The reports of some zones of `database` (every zone when `zones` is nil), as `hanout print` makes them.
func zoneReports(from database: AppDatabase, zones: [String]? = nil, on day: Day = TestDay.day)
    throws
    -> [OccupancyReport]
{
    try database.occupancy(ofZones: zones, on: day).map {
        OccupancyReport(
            zone: $0.zone, units: $0.units, day: day, printedOn: TestDay.day, clerk: reportClerk)
    }
}
