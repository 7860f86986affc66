import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

func money(_ dirhams: Int64) -> Money { Money(dirhams: dirhams) }

/// Conventions, fees, payments and arrears through the store (issue 13).
@Suite struct ConventionStoreTests {
    static let today = day("2026-12-04")

    /// The small region with a schedule of 500 MAD a unit from 2025, 600 from
    /// 1 Jan 2027, conventions of 36 months with two months' deposit, and
    /// AOU-01 allocated to Brahim (1) from 1 Oct 2026.
    static func database() throws -> AppDatabase {
        let database = try smallDatabase()
        try database.setFeeSchedule(
            FeeSchedule(
                zoneCode: "AOU", conventionMonths: 36, depositMonths: 2,
                rates: [
                    FeeRate(
                        period: Period(start: day("2025-01-01"), end: day("2027-01-01"))
                            ?? Period(openFrom: day("2025-01-01")),
                        basis: .perUnit, amount: money(500)),
                    FeeRate(
                        period: Period(openFrom: day("2027-01-01")), basis: .perUnit,
                        amount: money(600)),
                ]), by: "test")
        try database.assign(request("AOU-01", 1, from: "2026-10-01"), by: "test")
        return database
    }

    static func sign(_ database: AppDatabase, months: Int? = nil) throws -> Convention {
        try database.signConvention(
            ConventionRequest(
                unitCode: "AOU-01", number: "CONV-AOU-2026-001", signedOn: day("2026-10-01"),
                months: months),
            by: "test")
    }

    @Test func aConventionTakesItsLengthFeeAndDepositFromTheScheduleAndEndsTheAllocation() throws {
        let database = try Self.database()
        let convention = try Self.sign(database)
        #expect(convention.lastDay == day("2029-09-30"))
        #expect(convention.monthlyFee == money(500))
        #expect(convention.deposit == money(1000))
        #expect(convention.terms.map(\.kind) == [.signed])
        #expect(try database.unit(code: "AOU-01", on: day("2029-09-30")).state == .occupied)
        #expect(try database.unit(code: "AOU-01", on: day("2029-10-01")).state == .vacant)
        #expect(try database.check(today: Self.today).isEmpty)
        let second = #expect(throws: TenancyRefusal.self) { try Self.sign(database) }
        #expect(second == .conventionExists(unit: "AOU-01"))
    }

    @Test func aRenewalKeepsTheOldEndInItsHistoryAndRefusesToOverlapTheNextHolder() throws {
        let database = try Self.database()
        _ = try Self.sign(database, months: 12)
        try database.assign(request("AOU-01", 3, from: "2028-01-01"), by: "test")
        let overlap = #expect(throws: TenancyRefusal.self) {
            try database.renewConvention(
                unitCode: "AOU-01", until: day("2028-09-30"), decision: "DEC-R", today: Self.today,
                by: "k")
        }
        #expect(
            overlap
                == .renewalOverlaps(
                    number: "CONV-AOU-2026-001", unit: "AOU-01", by: "Coopérative Tifaout",
                    from: day("2028-01-01")))
        let renewed = try database.renewConvention(
            unitCode: "AOU-01", until: day("2027-12-31"), decision: "DEC-R", today: Self.today,
            by: "k")
        #expect(renewed.lastDay == day("2027-12-31"))
        #expect(renewed.previousLastDay == day("2027-09-30"))
        #expect(renewed.terms.map(\.kind) == [.signed, .renewed])
        #expect(try database.unit(code: "AOU-01", on: day("2027-12-31")).occupant?.id == 1)
        let journal = try database.journal(unitCode: "AOU-01", limit: 10)
        #expect(journal.contains { $0.action == .convention && $0.decision == "DEC-R" })
        #expect(try database.check(today: Self.today).isEmpty)
    }

    @Test func aTerminationEndsTheAllocationAndTheDues() throws {
        let database = try Self.database()
        _ = try Self.sign(database)
        let ended = try database.terminateConvention(
            unitCode: "AOU-01", from: day("2027-02-01"), ground: .nonPayment,
            reason: "four months unpaid",
            today: Self.today, by: "k")
        #expect(ended.isTerminated && ended.lastDay == day("2027-01-31"))
        #expect(try database.unit(code: "AOU-01", on: day("2027-02-01")).state == .vacant)
        let ledger = try database.ledger(occupantID: 1, asOf: day("2030-01-01"))
        // October to January: 500 × 3 and January at the revised 600.
        #expect(ledger.balance == money(2100))
        #expect(throws: TenancyRefusal.self) {
            try database.renewConvention(
                unitCode: "AOU-01", until: day("2030-01-01"), decision: "D", today: Self.today,
                by: "k")
        }
    }

    @Test func paymentsAreRefusedWholeWhenWrongAndReversedNeverDeleted() throws {
        let database = try Self.database()
        _ = try Self.sign(database)
        func payment(
            _ receipt: String, _ amount: Money, months: [String] = [], on: String = "2026-11-05"
        ) -> Payment {
            Payment(
                receipt: receipt, occupantID: 1, paidOn: day(on), amount: amount,
                months: months.compactMap(Month.init))
        }
        try database.pay(payment("Q-1", money(1000)), today: Self.today, by: "k")
        #expect(throws: TenancyRefusal.self) {
            try database.pay(payment("q-1", money(10)), today: Self.today, by: "k")
        }
        #expect(throws: TenancyRefusal.self) {
            try database.pay(payment("Q-2", .zero), today: Self.today, by: "k")
        }
        #expect(throws: TenancyRefusal.self) {
            try database.pay(
                payment("Q-3", money(500), months: ["2026-09"]), today: Self.today, by: "k")
        }
        #expect(throws: TenancyRefusal.self) {
            try database.pay(
                payment("Q-4", money(500), on: "2026-12-05"), today: Self.today, by: "k")
        }
        // October, November and December fell due by 4 Dec: 1,500, of which 1,000 paid.
        #expect(try database.ledger(occupantID: 1, asOf: Self.today).balance == money(500))
        try database.reversePayment(
            receipt: "q-1", on: Self.today, reason: "cheque returned", by: "k")
        #expect(throws: TenancyRefusal.self) {
            try database.reversePayment(receipt: "Q-1", on: Self.today, reason: "again", by: "k")
        }
        let ledger = try database.ledger(occupantID: 1, asOf: Self.today)
        #expect(ledger.balance == money(1500))
        #expect(ledger.lines.contains { if case .reversal = $0.entry { true } else { false } })
        // The payment is still there, and the schema refuses to edit or delete it.
        for sql in [
            "DELETE FROM payment", "UPDATE payment SET amount_centimes = 1",
            "DELETE FROM payment_reversal",
        ] {
            #expect(throws: (any Error).self) {
                try database.writer.write { db in try db.execute(sql: sql) }
            }
        }
        #expect(
            try database.writer.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM payment")
            } == 1)
        #expect(try database.ledger(unitCode: "AOU-01", asOf: Self.today).balance == money(1500))
    }

    @Test func theArrearsListPutsTheOldestDebtFirstWithItsAgeBands() throws {
        let database = try Self.database()
        _ = try Self.sign(database)
        try database.assign(request("AOU-02", 3, from: "2026-11-15"), by: "test")
        _ = try database.signConvention(
            ConventionRequest(unitCode: "AOU-02", number: "CONV-2", signedOn: day("2026-11-15")),
            by: "test")
        let lines = try database.arrears(zone: nil, asOf: Self.today)
        #expect(lines.map(\.arrears.occupantID) == [1, 3])
        let first = try #require(lines.first?.arrears)
        #expect(first.total == money(1500))
        #expect(first.oldestDueOn == day("2026-10-01"))
        // December 3 days old, November 33, October 64.
        #expect(
            AgeBand.allCases.map(first.amount(in:)) == [money(500), money(500), money(500), .zero])
        // 16 days of November at 500 over 30: 266.67; December 500.
        #expect(lines.last?.arrears.total == Money(centimes: 76_667))
        #expect(
            try database.arrears(zone: nil, olderThan: 60, asOf: Self.today).map(
                \.arrears.occupantID) == [1])
        #expect(
            try database.arrears(zone: nil, asOf: Self.today, offset: 1).map(\.arrears.occupantID)
                == [3])
        try database.pay(
            Payment(receipt: "Q-9", occupantID: 1, paidOn: Self.today, amount: money(1500)),
            today: Self.today, by: "k")
        #expect(
            try database.arrears(zone: "AOU", asOf: Self.today).map(\.arrears.occupantID) == [3])
    }

    @Test func expiringConventionsAreThoseEndingWithinTheDaysAsked() throws {
        let database = try Self.database()
        _ = try Self.sign(database, months: 3)
        #expect(
            try database.expiringConventions(within: 90, zone: nil, today: Self.today).map(\.number)
                == ["CONV-AOU-2026-001"])
        #expect(
            try database.expiringConventions(within: 20, zone: "AOU", today: Self.today).isEmpty)
    }

    @Test func aScheduleWithOverlappingLinesIsRefusedAndChangesNothing() throws {
        let database = try Self.database()
        let before = try database.feeSchedule(zone: "AOU")
        #expect(throws: TenancyRefusal.self) {
            try database.setFeeSchedule(
                FeeSchedule(
                    zoneCode: "AOU", conventionMonths: 36, depositMonths: 2,
                    rates: [
                        FeeRate(
                            period: Period(openFrom: day("2026-01-01")), basis: .perUnit,
                            amount: money(400)),
                        FeeRate(
                            period: Period(openFrom: day("2026-06-01")), basis: .perUnit,
                            amount: money(450)),
                    ]), by: "k")
        }
        #expect(try database.feeSchedule(zone: "AOU") == before)
    }

    @Test func checkFindsDuesThatDisagreeWithTheConventionsAndPayments() throws {
        let database = try Self.database()
        _ = try Self.sign(database)
        #expect(try database.check(today: Self.today).isEmpty)
        try database.writer.write { db in
            try db.execute(
                sql: "UPDATE due SET paid_centimes = amount_centimes WHERE month = '2026-10'")
        }
        let problems = try database.check(today: Self.today)
        #expect(
            problems.map { $0.message(in: .en) } == [
                "The dues of occupant 1 disagree with its conventions and payments (1 extra, 1 missing)"
            ])
    }

    /// A unit occupied without a convention (as audits found) gets one that
    /// runs from its signing: no fee is owed for the months before, and the
    /// allocation does not end in the past.
    @Test func aConventionSignedForARunningAllocationRunsFromItsSigning() throws {
        let database = try Self.database()
        let convention = try database.signConvention(
            ConventionRequest(unitCode: "AOU-01", number: "C-LATE", signedOn: day("2026-11-16")),
            by: "test")
        #expect(convention.start == day("2026-11-16"))
        #expect(convention.lastDay == day("2029-11-15"))
        let dues = try database.ledger(occupantID: 1, asOf: Self.today).lines.map(\.entry.debit)
        // Half of November (15 days of 30 at 500), then December.
        #expect(dues == [money(250), money(500)])
        #expect(throws: TenancyRefusal.self) {
            try database.pay(
                Payment(
                    receipt: "Q-OCT", occupantID: 1, paidOn: Self.today, amount: money(500),
                    months: [Month("2026-10")].compactMap { $0 }),
                today: Self.today, by: "k")
        }
    }

    /// A payment writes the dues it settles, not the occupant's 36 months
    /// again: its row, its journal entry and the one due it pays.
    @Test func aPaymentWritesOnlyTheDuesItSettles() throws {
        let database = try Self.database()
        _ = try Self.sign(database)
        let before = try database.writer.write { $0.totalChangesCount }
        try database.pay(
            Payment(
                receipt: "Q-NOV", occupantID: 1, paidOn: Self.today, amount: money(500),
                months: [Month("2026-11")].compactMap { $0 }),
            today: Self.today, by: "k")
        let changes = try database.writer.write { $0.totalChangesCount } - before
        #expect(changes == 3)
        #expect(try database.check(today: Self.today).isEmpty)
        let paid = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT month FROM due WHERE paid_centimes > 0")
        }
        #expect(paid == ["2026-11"])
    }
}
