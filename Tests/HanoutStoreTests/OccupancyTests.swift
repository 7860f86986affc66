import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// What reports are made of: zones chosen as `hanout print` and the print dialog choose them.
@Suite struct OccupancyTests {
    @Test func aZoneNamedTwiceComesOnceWhereItWasFirstNamed() throws {
        let database = try fixtureRegion()
        let named = try database.occupancy(ofZones: ["TAF", "aou", "Aouartas"], on: TestDay.day)
        #expect(named.map(\.zone.code) == ["TAF", "AOU"])
        #expect(named.last?.units == (try database.units(inZone: "AOU", on: TestDay.day)))
    }

    @Test func withoutNamesEveryZoneComesByCodeWithItsUnitsOnTheDay() throws {
        let database = try fixtureRegion()
        let all = try database.occupancy(ofZones: nil, on: TestDay.day)
        #expect(all.map(\.zone) == (try database.zoneSummaries(on: TestDay.day).map(\.zone)))
        for zone in all {
            #expect(zone.units == (try database.units(inZone: zone.zone.code, on: TestDay.day)))
        }
    }

    @Test func anUnknownZoneIsNamedInTheError() throws {
        let database = try fixtureRegion()
        #expect(throws: StoreError.unknownZone("Casablanca")) {
            try database.occupancy(ofZones: ["AOU", "Casablanca"], on: TestDay.day)
        }
    }
}
