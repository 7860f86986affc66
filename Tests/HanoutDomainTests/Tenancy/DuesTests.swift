import Testing

@testable import HanoutDomain

/// A convention signed for `unit`, running from `start` through `last`.
func convention(
    _ number: String = "CONV-1", unit: String = "AOU-04", occupant: Int64 = 6,
    from start: String, through last: String, fee: String = "600"
) -> Convention {
    Convention(
        number: number, allocationID: 1, unitCode: unit, occupantID: occupant,
        signedOn: day(start), start: day(start), monthlyFee: mad(fee), deposit: mad(fee),
        terms: [
            ConventionTerm(
                kind: .signed, lastDay: day(last), reference: "DEC-1", recordedOn: day(start))
        ])
}

func schedule(_ rates: [FeeRate], zone: String = "AOU") -> FeeSchedule {
    FeeSchedule(zoneCode: zone, conventionMonths: 36, depositMonths: 2, rates: rates)
}

func rate(
    _ start: String, _ last: String? = nil, _ amount: String, basis: FeeBasis = .perUnit,
    units: [String] = []
) -> FeeRate {
    FeeRate(period: period(start, last), basis: basis, amount: mad(amount), unitCodes: units)
}

@Suite struct DuesTests {
    @Test func monthsCoveredInPartAreCountedByTheirDays() {
        let dues = Dues.of(
            convention(from: "2026-01-20", through: "2026-03-10"), areaM2: 44, schedule: nil,
            asOf: day("2026-12-31"))
        #expect(dues.map(\.month.iso) == ["2026-01", "2026-02", "2026-03"])
        // 12 days of 31 at 600: 232.258… → 232.26; February whole; 10 days of 31: 193.55.
        #expect(dues.map(\.amount) == [mad("232.26"), mad("600"), mad("193.55")])
        #expect(dues.map(\.days) == [12, 28, 10])
        #expect(dues.map(\.dueOn) == [day("2026-01-20"), day("2026-02-01"), day("2026-03-01")])
    }

    @Test func aMonthIsDueOnItsFirstDaySoOnlyMonthsBegunByTheDayCount() {
        let signed = convention(from: "2026-01-01", through: "2028-12-31")
        #expect(Dues.of(signed, areaM2: nil, schedule: nil, asOf: day("2026-02-28")).count == 2)
        #expect(Dues.of(signed, areaM2: nil, schedule: nil, asOf: day("2026-03-01")).count == 3)
        #expect(Dues.of(signed, areaM2: nil, schedule: nil, asOf: day("2025-12-31")).isEmpty)
        // A whole leap February is a whole month's fee, as is a 31-day month.
        let leap = Dues.of(
            convention(from: "2028-02-01", through: "2028-02-29"), areaM2: nil, schedule: nil,
            asOf: day("2028-12-31"))
        #expect(leap.map(\.amount) == [mad("600")])
        // A single day of a 31-day month: 600 / 31 = 19.354… → 19.35.
        let oneDay = Dues.of(
            convention(from: "2026-07-31", through: "2026-07-31"), areaM2: nil, schedule: nil,
            asOf: day("2026-12-31"))
        #expect(oneDay.map(\.amount) == [mad("19.35")])
    }

    @Test func aRevisionOfTheScheduleAppliesFromItsDate() {
        let fees = schedule([
            rate("2025-01-01", "2026-09-15", "500"), rate("2026-09-16", nil, "550"),
        ])
        let dues = Dues.of(
            convention(from: "2026-08-01", through: "2026-10-31"), areaM2: nil, schedule: fees,
            asOf: day("2026-12-31"))
        // August at the old rate; September 15 days at 500 and 15 at 550 over 30; October at 550.
        #expect(dues.map(\.amount) == [mad("500"), mad("525"), mad("550")])
    }

    @Test func aUnitsOwnLineOverridesTheZonesAndPerSquareMetreUsesTheArea() {
        let fees = schedule([
            rate("2025-01-01", nil, "10", basis: .perSquareMetre),
            rate("2026-01-01", nil, "900", units: ["AOU-01"]),
        ])
        let corner = Dues.of(
            convention(unit: "AOU-01", from: "2026-03-01", through: "2026-03-31"), areaM2: 48,
            schedule: fees, asOf: day("2026-12-31"))
        let plain = Dues.of(
            convention(unit: "AOU-04", from: "2026-03-01", through: "2026-03-31"), areaM2: 44.5,
            schedule: fees, asOf: day("2026-12-31"))
        #expect(corner.map(\.amount) == [mad("900")])
        #expect(plain.map(\.amount) == [mad("445")])
        // Without an area a per-m² line cannot count: the convention's own fee does.
        let unknownArea = Dues.of(
            convention(unit: "AOU-04", from: "2026-03-01", through: "2026-03-31", fee: "300"),
            areaM2: nil, schedule: fees, asOf: day("2026-12-31"))
        #expect(unknownArea.map(\.amount) == [mad("300")])
    }

    @Test func overlappingLinesOfTheSameReachAreRefused() {
        let twoZoneLines = schedule([
            rate("2026-01-01", "2026-12-31", "500"), rate("2026-12-31", nil, "550"),
        ])
        guard case .failure(.overlap) = twoZoneLines.validated() else {
            Issue.record("two zone lines sharing 31 Dec 2026 were accepted")
            return
        }
        let twoUnitLines = schedule([
            rate("2026-01-01", nil, "500", units: ["AOU-01", "AOU-02"]),
            rate("2026-06-01", nil, "550", units: ["aou-02"]),
        ])
        guard case .failure(.overlap) = twoUnitLines.validated() else {
            Issue.record("two lines for AOU-02 at once were accepted")
            return
        }
        let exception = schedule([
            rate("2026-01-01", nil, "500"), rate("2026-06-01", nil, "900", units: ["AOU-01"]),
        ])
        #expect((try? exception.validated().get()) == exception)
        let following = schedule([
            rate("2026-01-01", "2026-12-31", "500"), rate("2027-01-01", nil, "550"),
        ])
        #expect((try? following.validated().get()) == following)
        guard case .failure(.amount) = schedule([rate("2026-01-01", nil, "0")]).validated() else {
            Issue.record("a line of zero was accepted")
            return
        }
        let message = FeeScheduleProblem.overlap(
            zone: "AOU", first: rate("2026-01-01", "2026-12-31", "500"),
            second: rate("2026-12-31", nil, "550")
        ).message(in: .en)
        #expect(message.contains("1 Jan 2026–31 Dec 2026") && message.contains("31 Dec 2026–…"))
    }
}
