import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// The store's side of finding from the keyboard: what a code or a number
/// typed at `g` names, and the zones a `/` search fits.
@Suite struct GoToAndZoneSearchTests {
    func region() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        try database.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        return database
    }

    @Test func codesInAnyCaseNameTheZoneOrTheUnitAsTheRegisterSpellsThem() throws {
        let database = try region()
        #expect(try database.goToTarget("AOU") == .zone(code: "AOU"))
        #expect(try database.goToTarget(" taf ") == .zone(code: "TAF"))
        #expect(try database.goToTarget("aou-04") == .unit(code: "AOU-04", zoneCode: "AOU"))
        #expect(try database.goToTarget("AOU-04") == .unit(code: "AOU-04", zoneCode: "AOU"))
    }

    @Test func aNumberWithOrWithoutItsHashIsAnOccupant() throws {
        let database = try region()
        let occupant = try #require(try database.occupants(limit: 1).first)
        #expect(try database.goToTarget("#\(occupant.id)") == .occupant(id: occupant.id))
        #expect(try database.goToTarget("\(occupant.id)") == .occupant(id: occupant.id))
    }

    @Test(arguments: ["", "   ", "ZZZ", "AOU-99", "#999999", "999999", "#", "#AOU", "aou 04"])
    func whatNamesNothingGivesNil(text: String) throws {
        #expect(try region().goToTarget(text) == nil)
    }

    @Test func aZoneNameThatFitsOneZoneAloneNamesIt() throws {
        let database = try region()
        #expect(try database.goToTarget("poterie") == .zone(code: "PTZ"))
        // Two zones of Tafraout have it in their names: it names neither.
        #expect(try database.goToTarget("tafraout") == nil)
    }

    @Test func theSearchMatchesCodeNameAndCommuneIgnoringCaseAndAccents() throws {
        let database = try region()
        func codes(_ search: String) throws -> [String] {
            try database.zoneSummaries(on: TestDay.day, matching: search, offset: 0, limit: 100)
                .zones.map(\.zone.code)
        }
        #expect(try codes("tafraout") == ["TAE", "TAF"], "the commune, and the names")
        #expect(try codes("MARCHE") == ["TAF"], "Marché, accent and case ignored")
        #expect(try codes("aou") == ["AOU"], "the code, and the commune Aouartas")
        #expect(try codes("ameln foire") == ["FAM", "FTI"], "every word typed must fit")
        #expect(try codes("raout") == [], "a word's start, not its middle")
    }

    @Test func aWindowOfTheMatchesComesWithHowManyOfHowMany() throws {
        let page = try region().zoneSummaries(
            on: TestDay.day, matching: "ameln", offset: 1, limit: 2)
        #expect(page.matching == 5)
        #expect(page.total == 12)
        #expect(page.zones.map(\.zone.code) == ["ASK", "FAM"], "of AME ASK FAM FTI IGH")
        #expect(
            page.zones.map(\.units).reduce(0, +) > 0, "the window's zones come with their counts")
    }
}
