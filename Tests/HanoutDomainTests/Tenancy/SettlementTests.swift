import Testing

@testable import HanoutDomain

@Suite struct SettlementTests {
    let asOf = day("2026-12-04")
    // Six months of 600 from July: 3,600 due by 4 Dec 2026 (December included).
    var dues: [Due] {
        Dues.of(
            convention(from: "2026-07-01", through: "2027-06-30"), areaM2: nil, schedule: nil,
            asOf: asOf)
    }

    func payment(
        _ receipt: String, _ on: String, _ amount: String, months: [String] = [],
        reversedOn: String? = nil
    )
        -> Payment
    {
        Payment(
            receipt: receipt, occupantID: 6, paidOn: day(on), amount: mad(amount),
            months: months.compactMap(Month.init),
            reversal: reversedOn.map { PaymentReversal(on: day($0), reason: "entered twice") })
    }

    @Test func paymentsPayTheOldestDuesFirstAndWhatRemainsIsACredit() {
        let settled = Settlement(
            dues: dues,
            payments: [payment("Q-1", "2026-07-03", "1000"), payment("Q-2", "2026-09-02", "300")],
            asOf: asOf)
        #expect(
            settled.dues.map(\.paid) == [mad("600"), mad("600"), mad("100"), .zero, .zero, .zero])
        #expect(settled.balance == mad("2300"))
        let overpaid = Settlement(
            dues: dues, payments: [payment("Q-1", "2026-07-03", "4000")], asOf: asOf)
        #expect(overpaid.credit == mad("400"))
        #expect(overpaid.balance == -mad("400"))
        #expect(overpaid.unpaid.isEmpty)
    }

    @Test func namedMonthsArePaidFirstEvenBeforeOlderDues() {
        let settled = Settlement(
            dues: dues, payments: [payment("Q-1", "2026-11-02", "600", months: ["2026-11"])],
            asOf: asOf)
        #expect(
            settled.unpaid.map(\.due.month.iso) == [
                "2026-07", "2026-08", "2026-09", "2026-10", "2026-12",
            ])
        #expect(settled.parts.map(\.receipt) == ["Q-1"])
        // What a named month leaves over goes to the oldest.
        let more = Settlement(
            dues: dues, payments: [payment("Q-1", "2026-11-02", "700", months: ["2026-11"])],
            asOf: asOf)
        #expect(more.dues.first?.paid == mad("100"))
    }

    @Test func aReversedPaymentPaysNothingFromItsReversal() {
        let payments = [payment("Q-1", "2026-07-03", "600", reversedOn: "2026-08-10")]
        let inAugust = Dues.of(
            convention(from: "2026-07-01", through: "2027-06-30"), areaM2: nil, schedule: nil,
            asOf: day("2026-08-09"))
        #expect(
            Settlement(dues: inAugust, payments: payments, asOf: day("2026-08-09")).balance
                == mad("600"))
        #expect(Settlement(dues: dues, payments: payments, asOf: asOf).balance == mad("3600"))
        let ledger = Ledger(dues: dues, payments: payments, asOf: asOf)
        #expect(ledger.balance == mad("3600"))
        let entries = ledger.lines.map(\.entry)
        #expect(
            entries.contains(.payment(receipt: "Q-1", on: day("2026-07-03"), amount: mad("600"))))
        #expect(
            entries.contains(
                .reversal(
                    receipt: "Q-1", on: day("2026-08-10"), amount: mad("600"),
                    reason: "entered twice")))
    }

    @Test func theLedgerRunsItsBalanceLineByLineInTheOrderThingsHappened() {
        let ledger = Ledger(
            dues: dues,
            payments: [payment("Q-1", "2026-07-01", "600"), payment("Q-2", "2026-08-15", "500")],
            asOf: asOf)
        #expect(
            ledger.lines.map(\.balance).prefix(4) == [mad("600"), mad("0"), mad("600"), mad("100")])
        #expect(ledger.balance == mad("2500"))
        let settled = Settlement(
            dues: dues,
            payments: [payment("Q-1", "2026-07-01", "600"), payment("Q-2", "2026-08-15", "500")],
            asOf: asOf)
        let unit = Ledger(
            unitCode: "AOU-04", settlement: settled,
            paidOn: ["Q-1": day("2026-07-01"), "Q-2": day("2026-08-15")],
            asOf: asOf)
        #expect(unit.balance == ledger.balance)
        #expect(
            Ledger(unitCode: "AOU-05", settlement: settled, paidOn: [:], asOf: asOf).lines.isEmpty)
    }

    @Test(arguments: [
        (0, AgeBand.upTo30), (30, .upTo30), (31, .upTo60), (60, .upTo60), (61, .upTo90),
        (90, .upTo90), (91, .over90), (900, .over90),
    ])
    func debtsFallInTheirAgeBand(days: Int, band: AgeBand) {
        #expect(AgeBand(days: days) == band)
    }

    @Test func arrearsSplitTheUnpaidDuesByAgeAndListTheOldestFirst() throws {
        let settled = Settlement(
            dues: dues, payments: [payment("Q-1", "2026-07-03", "600")], asOf: asOf)
        let owed = try #require(Arrears(occupantID: 6, settlement: settled, asOf: asOf))
        // Unpaid: August (125 days), September (94), October (64), November (33), December (3).
        #expect(owed.total == mad("3000"))
        #expect(owed.oldestDueOn == day("2026-08-01"))
        #expect(owed.ageDays == 125)
        #expect(
            AgeBand.allCases.map(owed.amount(in:)) == [
                mad("600"), mad("600"), mad("600"), mad("1200"),
            ])
        #expect(owed.unitCodes == ["AOU-04"])
        let paidUp = Settlement(
            dues: dues, payments: [payment("Q-1", "2026-07-03", "3600")], asOf: asOf)
        #expect(Arrears(occupantID: 6, settlement: paidUp, asOf: asOf) == nil)

        let younger = try #require(
            Arrears(
                occupantID: 2,
                settlement: Settlement(
                    dues: dues, payments: [payment("Q", "2026-07-03", "1200")], asOf: asOf),
                asOf: asOf))
        #expect([younger, owed].sorted(by: Arrears.listOrder).map(\.occupantID) == [6, 2])
    }
}
