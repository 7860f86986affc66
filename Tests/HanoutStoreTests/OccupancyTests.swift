import HanoutDomain
import Testing

@testable import HanoutStore

/// What reports are made of: zones chosen as `hanout print` and the print dialog choose them.
@Suite struct OccupancyTests {
    @Test func aZoneNamedTwiceComesOnceWhereItWasFirstNamed() throws {
        let database = try regionDatabase()
        let named = try database.occupancy(ofZones: ["TAF", "aou", "Aouartas"], on: testToday)
        #expect(named.map(\.zone.code) == ["TAF", "AOU"])
        #expect(named.last?.units == (try database.units(inZone: "AOU", on: testToday)))
    }

    @Test func withoutNamesEveryZoneComesByCodeWithItsUnitsOnTheDay() throws {
        let database = try regionDatabase()
        let all = try database.occupancy(ofZones: nil, on: testToday)
        #expect(all.map(\.zone) == (try database.zoneSummaries(on: testToday).map(\.zone)))
        for zone in all {
            #expect(zone.units == (try database.units(inZone: zone.zone.code, on: testToday)))
        }
    }

    @Test func anUnknownZoneIsNamedInTheError() throws {
        let database = try regionDatabase()
        #expect(throws: StoreError.unknownZone("Casablanca")) {
            try database.occupancy(ofZones: ["AOU", "Casablanca"], on: testToday)
        }
    }
}
