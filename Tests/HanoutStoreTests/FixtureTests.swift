import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

@Suite struct FixtureTests {
    let fixtures: FixtureSet

    init() throws {
        fixtures = try FixtureSet.load(from: TestRepository.fixtures)
    }

    func units(of zone: String) -> [HanoutDomain.Unit] {
        fixtures.units.filter { $0.zoneCode == zone }
    }

    @Test func aouartasHasExactly25UnitsWithinAbout1000SquareMetres() throws {
        let aouartas = try #require(fixtures.zones.first { $0.code == "AOU" })
        #expect(aouartas.figures == .article)
        #expect(units(of: "AOU").count == 25)
        let area = units(of: "AOU").compactMap(\.areaM2).reduce(0, +)
        #expect((900...1000).contains(area))
        let trades = Set(units(of: "AOU").flatMap(\.allowedTrades))
        #expect(trades.isSuperset(of: ["MEN", "SER"]))
    }

    @Test func tafraoutMarketHasExactly15Units() throws {
        let market = try #require(fixtures.zones.first { $0.code == "TAF" })
        #expect(market.kind == .market)
        #expect(market.commune == "Tafraout")
        #expect(units(of: "TAF").count == 15)
    }

    @Test func everySiteOfTheArticleIsThere() {
        let communes = Set(fixtures.zones.map(\.commune))
        #expect(
            communes.isSuperset(of: [
                "Aouartas", "Tafraout", "Sidi Bou Abdelli", "Ameln", "Tiznit", "Anzi",
            ]))
        let kinds = Set(fixtures.zones.map(\.kind))
        #expect(
            kinds.isSuperset(of: [
                .artisanZone, .market, .exhibitionSpace, .complex, .centre, .fair,
            ]))
        for zone in fixtures.zones where !["AOU", "TAF"].contains(zone.code) {
            #expect(
                zone.figures == .illustrative, "\(zone.code) must say its figures are illustrative")
            #expect(!zone.note.isEmpty)
        }
    }

    @Test func thePotteryComplexIsUnderWorks() throws {
        let pottery = try #require(
            fixtures.zones.first { $0.kind == .complex && $0.commune == "Tiznit" })
        #expect(!units(of: pottery.code).isEmpty)
        #expect(units(of: pottery.code).allSatisfy { $0.condition == .underWorks })
    }

    @Test func theTwoFestivalFairsHaveDates() {
        let fairs = fixtures.zones.filter { $0.kind == .fair }
        #expect(fairs.count == 2)
        #expect(fairs.allSatisfy { $0.season?.end != nil && $0.commune == "Ameln" })
    }

    @Test func theCatalogueAndTheDemoOccupantsAreBigEnough() {
        #expect(fixtures.trades.count >= 25)
        #expect(Set(fixtures.trades.map(\.family)) == [.art, .service])
        #expect(fixtures.occupants.filter { $0.kind == .artisan }.count >= 80)
        #expect(fixtures.occupants.filter { $0.kind == .cooperative }.count >= 10)
        let names = fixtures.occupants.map(\.name)
        #expect(
            names.contains { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } })
        #expect(
            names.contains { $0.unicodeScalars.contains { (0x2D30...0x2D7F).contains($0.value) } })
    }

    @Test func theRegionInstallsAndShowsALivingNotAFullRegion() throws {
        let database = try fixtureRegion()
        let summaries = try database.zoneSummaries(on: TestDay.day)
        let aouartas = try #require(summaries.first { $0.zone.code == "AOU" })
        #expect(aouartas.units == 25)
        #expect(aouartas.occupied > 0 && aouartas.vacant > 0)
        #expect(
            summaries.allSatisfy {
                $0.units == $0.occupied + $0.vacant + $0.reserved + $0.underWorks
            })
        #expect(try database.check(today: TestDay.day).isEmpty)
    }

    @Test func aFixtureAllocationThatBreaksARuleRefusesTheWholeInstall() throws {
        var broken = fixtures
        let first = try #require(broken.allocations.first)
        var clash = first
        clash.line = 999
        clash.ending = nil
        clash.request.occupantID =
            broken.occupants.first { $0.id != first.request.occupantID }?.id ?? 2
        broken.allocations.append(clash)
        let database = try AppDatabase.inMemory()
        let error = try #require(throws: ImportFailed.self) {
            try database.install(broken, by: "test")
        }
        #expect(error.problems.contains { $0.line == 999 && $0.file == "allocations.csv" })
        #expect(try database.isEmpty())
    }

    @Test func fixtureAllocationsAreJournaledAsLoadedOnTheirOwnDay() throws {
        let database = try fixtureRegion()
        let entries = try database.journal(unitCode: "AOU-01", limit: 10)
        let loaded = try #require(entries.first { $0.action == .initialize })
        #expect(loaded.at == "2025-10-01", "the allocation's own first day, not the day of init")
        #expect(LocalTime.show(loaded.at, in: .en) == "1 Oct 2025")
        #expect(loaded.action.name(in: .en) == "loaded (fixtures)")
    }
}
