import Testing

@testable import HanoutDomain

/// A small zone to judge requests in: two carpentry units and one open to any trade.
struct RulesFixture {
    var zone = Zone(
        code: "AOU", name: "Aouartas", commune: "Aouartas", kind: .artisanZone,
        rules: ZoneRules(maxUnitsPerOccupant: 1, maxUnitsPerTrade: 2))
    var carpentry = Unit(zoneCode: "AOU", number: 1, allowedTrades: ["MEN"], row: 1, column: 1)
    var carpenter = Occupant(id: 1, kind: .artisan, name: "Brahim Aït Lahcen", trades: ["MEN"])
    var smith = Occupant(id: 2, kind: .artisan, name: "Hassane Oubella", trades: ["SER", "FER"])

    func context(
        unit: Unit? = nil, occupant: Occupant? = nil, allocations: [Allocation] = []
    ) -> AllocationContext {
        let unit = unit ?? carpentry
        return AllocationContext(
            unit: unit, zone: zone, occupant: occupant ?? carpenter,
            unitAllocations: allocations.filter { $0.unitCode == unit.code },
            occupantAllocationsInZone: allocations, tradeAllocationsInZone: allocations,
            occupantNames: [1: carpenter.name, 2: smith.name, 3: "Itto Amzil"])
    }

    func request(
        unit: String = "AOU-01", occupant: Int64 = 1, trade: String? = nil,
        from: String = "2026-12-01", through: String? = nil, override: String? = nil
    ) -> AllocationRequest {
        AllocationRequest(
            unitCode: unit, occupantID: occupant, trade: trade, period: period(from, through),
            overrideReason: override)
    }
}

func reasons(_ result: Result<String, AllocationRefused>) -> [Refusal] {
    if case .failure(let refused) = result { return refused.reasons }
    return []
}

@Suite struct AllocationRulesTests {
    let fixture = RulesFixture()

    @Test func aVacantUnitGoesToAnOccupantOfAnAllowedTrade() {
        let result = AllocationRules.check(fixture.request(), in: fixture.context())
        #expect(result == .success("MEN"))
    }

    @Test func theRulesPickTheOccupantsFirstTradeThatTheUnitAllows() {
        let ironwork = Unit(zoneCode: "AOU", number: 2, allowedTrades: ["FER"], row: 1, column: 2)
        let result = AllocationRules.check(
            fixture.request(unit: "AOU-02", occupant: 2),
            in: fixture.context(unit: ironwork, occupant: fixture.smith))
        #expect(result == .success("FER"))
    }

    @Test func aUnitUnderWorksIsRefused() {
        var unit = fixture.carpentry
        unit.condition = .underWorks
        let result = AllocationRules.check(fixture.request(), in: fixture.context(unit: unit))
        #expect(reasons(result) == [.unitUnderWorks(unit: "AOU-01")])
    }

    @Test func aReservedUnitMayBeAllocated() {
        var unit = fixture.carpentry
        unit.condition = .reserved
        let result = AllocationRules.check(fixture.request(), in: fixture.context(unit: unit))
        #expect(result == .success("MEN"))
    }

    @Test func anOverlappingAllocationOfTheUnitIsRefusedAndNamesTheHolder() {
        let held = Allocation(
            unitCode: "AOU-01", occupantID: 3, trade: "MEN", period: period("2026-01-01"))
        let result = AllocationRules.check(
            fixture.request(), in: fixture.context(allocations: [held]))
        #expect(
            reasons(result) == [.unitTaken(unit: "AOU-01", by: "Itto Amzil", period: held.period)])
        let message = Refusal.unitTaken(unit: "AOU-01", by: "Itto Amzil", period: held.period)
            .message(in: .fr)
        #expect(message == "Le local AOU-01 est déjà attribué à Itto Amzil depuis le 01/01/2026.")
    }

    @Test func anAllocationThatEndedBeforeTheStartDoesNotBlock() {
        let past = Allocation(
            unitCode: "AOU-01", occupantID: 3, trade: "MEN",
            period: period("2025-01-01", "2026-11-30"))
        let result = AllocationRules.check(
            fixture.request(), in: fixture.context(allocations: [past]))
        #expect(result.isSuccess)
    }

    @Test func aTradeTheUnitDoesNotAllowIsRefusedAndMayBeOverridden() {
        let request = fixture.request(occupant: 2)
        let refused = AllocationRules.check(
            request, in: fixture.context(occupant: fixture.smith))
        #expect(
            reasons(refused) == [.tradeNotAllowed(unit: "AOU-01", trade: "SER", allowed: ["MEN"])])
        if case .failure(let error) = refused { #expect(error.isOverridable) }

        let overridden = AllocationRules.check(
            fixture.request(occupant: 2, override: "Atelier mixte décidé en commission"),
            in: fixture.context(occupant: fixture.smith))
        #expect(overridden == .success("SER"))
    }

    @Test func anOverrideWithoutAWrittenReasonIsRefused() {
        let result = AllocationRules.check(
            fixture.request(occupant: 2, override: "   "),
            in: fixture.context(occupant: fixture.smith))
        #expect(reasons(result) == [.overrideNeedsReason])
    }

    @Test func aTradeTheOccupantDoesNotExerciseIsRefusedEvenWithAnOverride() {
        let result = AllocationRules.check(
            fixture.request(trade: "POT", override: "raison"), in: fixture.context())
        #expect(
            reasons(result) == [
                .occupantLacksTrade(occupant: "Brahim Aït Lahcen", trade: "POT", trades: ["MEN"])
            ])
        if case .failure(let error) = result { #expect(!error.isOverridable) }
    }

    @Test func anOccupantAtTheZonesLimitIsRefused() {
        let other = Allocation(
            unitCode: "AOU-05", occupantID: 1, trade: "MEN", period: period("2026-01-01"))
        let result = AllocationRules.check(
            fixture.request(), in: fixture.context(allocations: [other]))
        #expect(
            reasons(result).contains(
                .occupantLimit(
                    occupant: "Brahim Aït Lahcen", zone: "AOU", limit: 1, held: ["AOU-05"])))
    }

    @Test func theZonesPerTradeMaximumIsRespected() {
        let others = [
            Allocation(
                unitCode: "AOU-05", occupantID: 7, trade: "MEN", period: period("2026-01-01")),
            Allocation(
                unitCode: "AOU-06", occupantID: 8, trade: "MEN", period: period("2026-01-01")),
        ]
        let result = AllocationRules.check(
            fixture.request(), in: fixture.context(allocations: others))
        #expect(reasons(result) == [.tradeLimit(zone: "AOU", trade: "MEN", limit: 2)])
    }

    @Test func aFairStandIsAllocatedOnlyWithinTheFestivalsDates() {
        var fixture = self.fixture
        fixture.zone.season = period("2026-07-20", "2026-07-26")
        let inside = AllocationRules.check(
            fixture.request(from: "2026-07-20", through: "2026-07-26"), in: fixture.context())
        #expect(inside.isSuccess)
        let openEnded = AllocationRules.check(
            fixture.request(from: "2026-07-20"), in: fixture.context())
        #expect(
            reasons(openEnded) == [
                .outsideSeason(zone: "AOU", season: period("2026-07-20", "2026-07-26"))
            ])
    }

    @Test func aRefusalListsEveryBrokenRule() {
        var unit = fixture.carpentry
        unit.condition = .underWorks
        let taken = Allocation(
            unitCode: "AOU-01", occupantID: 3, trade: "MEN", period: period("2026-01-01"))
        let elsewhere = Allocation(
            unitCode: "AOU-09", occupantID: 2, trade: "SER", period: period("2026-01-01"))
        let result = AllocationRules.check(
            fixture.request(occupant: 2),
            in: fixture.context(
                unit: unit, occupant: fixture.smith, allocations: [taken, elsewhere]))
        let found = reasons(result)
        #expect(found.count == 4)
        #expect(found.contains(.unitUnderWorks(unit: "AOU-01")))
        #expect(found.contains { if case .unitTaken = $0 { true } else { false } })
        #expect(found.contains { if case .tradeNotAllowed = $0 { true } else { false } })
        #expect(found.contains { if case .occupantLimit = $0 { true } else { false } })
    }

    @Test(arguments: Language.allCases)
    func everyRefusalReadsInBothLanguages(_ language: Language) {
        let all: [Refusal] = [
            .unitUnderWorks(unit: "AOU-01"),
            .unitTaken(unit: "AOU-01", by: "X", period: period("2026-01-01", "2026-02-01")),
            .tradeNotAllowed(unit: "AOU-01", trade: "POT", allowed: ["MEN"]),
            .occupantLacksTrade(occupant: "X", trade: "POT", trades: ["MEN"]),
            .occupantLimit(occupant: "X", zone: "AOU", limit: 1, held: ["AOU-02"]),
            .tradeLimit(zone: "AOU", trade: "MEN", limit: 2),
            .outsideSeason(zone: "FTI", season: period("2026-07-20", "2026-07-26")),
            .overrideNeedsReason,
        ]
        let messages = all.map { $0.message(in: language) }
        #expect(Set(messages).count == all.count)
        #expect(messages.allSatisfy { !$0.isEmpty && $0.hasSuffix(".") })
        #expect(messages[1].contains(language == .fr ? "01/02/2026" : "1 Feb 2026"))
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
