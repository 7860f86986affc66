import Testing

@testable import HanoutDomain

/// A reservation keeps the unit for its holder to its last day, then for no one.
@Suite struct ReservationRuleTests {
    let fixture = RulesFixture()

    func reserved(for holder: Int64?, until: String?) -> Unit {
        var unit = fixture.carpentry
        unit.condition = .reserved
        unit.detail = ConditionDetail(
            reservedFor: holder, note: "Relogement", until: until.flatMap { Day($0) })
        return unit
    }

    @Test func anotherOccupantIsRefusedUntilTheLastDayIncluded() {
        let unit = reserved(for: 3, until: "2026-12-31")
        let refused = reasons(
            AllocationRules.check(
                fixture.request(from: "2026-12-31"), in: fixture.context(unit: unit)))
        #expect(
            refused == [
                .unitReserved(unit: "AOU-01", holder: "Itto Amzil", until: Day("2026-12-31"))
            ])
        #expect(
            refused.first?.message(in: .en)
                == "Unit AOU-01 is reserved for Itto Amzil until 31 Dec 2026: assign it to Itto Amzil, or put it back in service first."
        )
    }

    @Test func theHolderOrAnyoneOnceItExpiredOrWhenHeldForNoOneMayHaveIt() throws {
        let holder = Occupant(id: 3, kind: .artisan, name: "Itto Amzil", trades: ["MEN"])
        let unit = reserved(for: 3, until: "2026-12-31")
        #expect(
            reasons(
                AllocationRules.check(
                    fixture.request(occupant: 3), in: fixture.context(unit: unit, occupant: holder))
            ).isEmpty)
        #expect(
            reasons(
                AllocationRules.check(
                    fixture.request(from: "2027-01-01"), in: fixture.context(unit: unit))
            ).isEmpty)
        #expect(
            reasons(
                AllocationRules.check(
                    fixture.request(), in: fixture.context(unit: reserved(for: nil, until: nil)))
            ).isEmpty)
        #expect(unit.reservationExpired(on: try #require(Day("2027-01-01"))))
        #expect(!unit.reservationExpired(on: try #require(Day("2026-12-31"))))
    }
}
