import Testing

@testable import HanoutDomain

@Suite struct SuggestionsTests {
    let zone = Zone(code: "AOU", name: "Aouartas", commune: "Aouartas", kind: .artisanZone)
    let unit = Unit(zoneCode: "AOU", number: 1, allowedTrades: ["MEN"], row: 1, column: 1)

    @Test func matchingTradeFirstThenNewcomersThenByNameIgnoringAccents() {
        let occupants = [
            Occupant(id: 1, kind: .artisan, name: "Zahra Idbelkas", trades: ["COU"]),
            Occupant(id: 2, kind: .artisan, name: "Ébéniste Ouzzine", trades: ["MEN"]),
            Occupant(id: 3, kind: .artisan, name: "Ahmed Bouzid", trades: ["SER", "MEN"]),
            Occupant(id: 4, kind: .artisan, name: "Aït Brahim", trades: ["MEN"]),
        ]
        let zone = Zone(
            code: "AOU", name: "Aouartas", commune: "Aouartas", kind: .artisanZone,
            rules: ZoneRules(maxUnitsPerOccupant: 2))
        let ranked = Suggestions.candidates(
            for: unit, in: zone, among: occupants, unitsHeld: [4: ["AOU-09"]])
        #expect(ranked.map(\.occupant.id) == [3, 2, 4, 1])
        #expect(ranked.map(\.trade) == ["MEN", "MEN", "MEN", "COU"])
        #expect(ranked.map(\.fitsTrade) == [true, true, true, false])
    }

    @Test func occupantsAtTheZonesLimitAreNotProposed() {
        let occupants = [
            Occupant(id: 1, kind: .artisan, name: "A", trades: ["MEN"]),
            Occupant(id: 2, kind: .artisan, name: "B", trades: ["MEN"]),
        ]
        let ranked = Suggestions.candidates(
            for: unit, in: zone, among: occupants, unitsHeld: [1: ["AOU-09"]])
        #expect(ranked.map(\.occupant.id) == [2])
    }

    @Test func askedForOccupantsAtTheLimitComeLastMarkedWithWhatTheyHold() {
        let occupants = [
            Occupant(id: 1, kind: .artisan, name: "A", trades: ["MEN"]),
            Occupant(id: 2, kind: .artisan, name: "B", trades: ["COU"]),
        ]
        let ranked = Suggestions.candidates(
            for: unit, in: zone, among: occupants, unitsHeld: [1: ["AOU-09"]],
            includingThoseAtLimit: true)
        // B's trade does not fit, yet A cannot have the unit at all: A comes last.
        #expect(ranked.map(\.occupant.id) == [2, 1])
        #expect(ranked.map(\.atZoneLimit) == [false, true])
        #expect(ranked.last?.unitsHeld == ["AOU-09"])
    }

    @Test func unitsNamingTheTradeComeBeforeUnitsOpenToAnyTrade() {
        let smith = Occupant(id: 1, kind: .artisan, name: "S", trades: ["SER"])
        var reserved = Unit(zoneCode: "AOU", number: 4, allowedTrades: ["SER"], row: 1, column: 4)
        reserved.condition = .reserved
        let units = [
            Unit(zoneCode: "AOU", number: 3, allowedTrades: [], row: 1, column: 3),
            Unit(zoneCode: "AOU", number: 2, allowedTrades: ["MEN"], row: 1, column: 2),
            Unit(zoneCode: "TAF", number: 1, allowedTrades: ["SER"], row: 1, column: 1),
            reserved,
        ]
        let ranked = Suggestions.units(
            for: smith, among: units, zones: ["AOU": zone], unitsHeldByZone: [:])
        #expect(ranked.map(\.unit.code) == ["TAF-01", "AOU-03"])
    }

    @Test func zonesWhereTheOccupantIsAtTheLimitAreLeftOut() {
        let smith = Occupant(id: 1, kind: .artisan, name: "S", trades: ["SER"])
        let units = [Unit(zoneCode: "AOU", number: 3, allowedTrades: [], row: 1, column: 3)]
        let ranked = Suggestions.units(
            for: smith, among: units, zones: ["AOU": zone], unitsHeldByZone: ["AOU": 1])
        #expect(ranked.isEmpty)
    }
}
