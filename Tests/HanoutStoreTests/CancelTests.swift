import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// Cancelling an allocation entered by mistake (`AppDatabase.cancel`, `CancelRule`).
@Suite struct CancelTests {
    /// The day the clerk enters (and maybe cancels) the allocation: the
    /// journal's clock stands at 10:00 UTC that day.
    static let entryDay = day("2026-12-01")
    static func database(maxPerOccupant: Int = 1) throws -> AppDatabase {
        try smallDatabase(maxPerOccupant: maxPerOccupant) {
            Date(timeIntervalSince1970: TimeInterval(entryDay.daysSinceEpoch * 86_400 + 36_000))
        }
    }

    func refusal(_ attempt: () throws -> Void) throws -> Refusal? {
        try #require(throws: AllocationRefused.self) { try attempt() }.reasons.first
    }

    @Test func aCancelledAllocationIsKeptMarkedAndHoldsNoDay() throws {
        let database = try Self.database()
        let saved = try database.assign(request("AOU-01", 1), by: "fatima")
        let cancelled = try database.cancel(
            unitCode: "aou-01", reason: " Mauvais local ", today: Self.entryDay, by: "karim")
        #expect(cancelled.id == saved.id)
        #expect(cancelled.cancellation?.reason == "Mauvais local")
        #expect(cancelled.period.isEmpty && cancelled.period.start == day("2026-12-01"))
        let kept = try #require(try database.allocations(unitCode: "AOU-01").first?.allocation)
        #expect(kept == cancelled)
        #expect(kept.status(on: day("2026-12-05")) == .cancelled)
        for day in [day("2026-12-01"), day("2027-06-01")] {
            #expect(try database.unit(code: "AOU-01", on: day).state == .vacant)
        }
        #expect(try database.check(today: day("2026-12-02")).isEmpty)
    }

    @Test func theCancellationIsJournaledWithItsReasonBeforeAndAfter() throws {
        let database = try Self.database()
        try database.assign(request("AOU-01", 1), by: "fatima")
        try database.cancel(unitCode: "AOU-01", reason: "Erreur", today: Self.entryDay, by: "karim")
        let entry = try #require(try database.journal(unitCode: "AOU-01").last)
        #expect(entry.action == .cancel && entry.clerk == "karim" && entry.note == "Erreur")
        #expect(entry.occupantID == 1)
        #expect(entry.before?.contains("\"cancelled\"") == false)
        #expect(entry.after?.contains("\"cancel_reason\":\"Erreur\"") == true)
        #expect(entry.after?.contains("\"end\":\"2026-12-01\"") == true)
    }

    @Test func theUnitAndTheOccupantAreFreeAgainForTheSamePeriod() throws {
        let database = try Self.database()
        try database.assign(request("AOU-01", 1), by: "c")
        try database.cancel(unitCode: "AOU-01", reason: "Erreur", today: Self.entryDay, by: "c")
        // The overlap trigger and the occupant's limit (one unit) both let these through.
        try database.assign(request("AOU-01", 3), by: "c")
        try database.assign(request("AOU-02", 1), by: "c")
        #expect(try database.unit(code: "AOU-01", on: day("2026-12-02")).occupant?.id == 3)
        #expect(try database.check(today: day("2026-12-02")).isEmpty)
    }

    @Test func aVacantUnitIsProposedAgainOnceItsAllocationIsCancelled() throws {
        let database = try Self.database()
        try database.assign(request("AOU-01", 1, from: "2026-11-30"), by: "c")
        let before = try database.unitCandidates(forOccupant: 3, on: Self.entryDay)
        #expect(!before.map(\.unit.code).contains("AOU-01"))
        try database.cancel(unitCode: "AOU-01", reason: "Erreur", today: Self.entryDay, by: "c")
        let after = try database.unitCandidates(forOccupant: 3, on: Self.entryDay)
        #expect(after.map(\.unit.code).contains("AOU-01"))
    }

    @Test func aReservationTheAllocationTookIsGivenBack() throws {
        let database = try Self.database()
        try database.setCondition(
            unitCode: "AOU-01", to: .reserved, note: nil, today: Self.entryDay, by: "c")
        try database.assign(request("AOU-01", 1), by: "c")
        #expect(try database.unit(code: "AOU-01", on: Self.entryDay).unit.condition == .available)
        try database.cancel(unitCode: "AOU-01", reason: "Erreur", today: Self.entryDay, by: "c")
        #expect(try database.unit(code: "AOU-01", on: Self.entryDay).unit.condition == .reserved)
        #expect(try database.unit(code: "AOU-01", on: day("2026-12-02")).state == .reserved)
    }

    @Test func anythingAfterTheAllocationOnTheUnitRefusesIt() throws {
        let database = try Self.database()
        try database.assign(request("AOU-01", 1), by: "c")
        // Released the day it began: the allocation already holds no day, and
        // the history has moved on.
        try database.release(unitCode: "AOU-01", on: day("2026-12-01"), reason: "x", by: "c")
        let refused = try refusal {
            try database.cancel(
                unitCode: "AOU-01", reason: "Erreur", today: Self.entryDay, by: "c")
        }
        #expect(refused == .cancelAfterLaterChange(unit: "AOU-01", change: .release))
        #expect(refused?.message(in: .en).contains("the release stands") == true)
        #expect(try database.journal(unitCode: "AOU-01").last?.action == .release)
    }

    @Test func anAllocationEnteredMoreThanAWeekAgoIsReleasedNotCancelled() throws {
        let database = try Self.database()
        try database.assign(request("AOU-01", 1), by: "c")
        let lastDay = Self.entryDay.adding(days: CancelRule.windowDays)
        let refused = try refusal {
            try database.cancel(
                unitCode: "AOU-01", reason: "Erreur", today: lastDay.adding(days: 1), by: "c")
        }
        #expect(refused == .cancelTooLate(unit: "AOU-01", entered: Self.entryDay, days: 7))
        #expect(try database.unit(code: "AOU-01", on: lastDay).state == .occupied)
        try database.cancel(unitCode: "AOU-01", reason: "Erreur", today: lastDay, by: "c")
        #expect(try database.unit(code: "AOU-01", on: lastDay).state == .vacant)
    }

    @Test func theAllocationATransferMadeIsNotCancelled() throws {
        let database = try Self.database()
        try database.assign(request("AOU-01", 1), by: "c")
        try database.transfer(
            unitCode: "AOU-01", to: 3, on: day("2026-12-01"), reason: "cession", by: "c")
        let refused = try refusal {
            try database.cancel(
                unitCode: "AOU-01", reason: "Erreur", today: Self.entryDay, by: "c")
        }
        #expect(refused == .cancelTransfer(unit: "AOU-01"))
    }

    @Test func aUnitWithNothingToCancelSaysSo() throws {
        let database = try Self.database()
        #expect(
            try refusal {
                try database.cancel(unitCode: "AOU-01", reason: "x", today: Self.entryDay, by: "c")
            } == .nothingToCancel(unit: "AOU-01"))
        try database.assign(request("AOU-01", 1), by: "c")
        try database.cancel(unitCode: "AOU-01", reason: "x", today: Self.entryDay, by: "c")
        // Cancelled once: the one before it (none here) is not reached for.
        #expect(
            try refusal {
                try database.cancel(unitCode: "AOU-01", reason: "x", today: Self.entryDay, by: "c")
            } == .nothingToCancel(unit: "AOU-01"))
    }

    @Test func aCancellationNeedsAReason() throws {
        let database = try Self.database()
        try database.assign(request("AOU-01", 1), by: "c")
        #expect(throws: StoreError.reasonRequired) {
            try database.cancel(unitCode: "AOU-01", reason: "  ", today: Self.entryDay, by: "c")
        }
        #expect(try database.unit(code: "AOU-01", on: day("2026-12-02")).state == .occupied)
    }

    @Test func theSchemaKeepsACancelledAllocationWithNoDayAndUnchanged() throws {
        let database = try Self.database()
        let saved = try database.assign(request("AOU-01", 1), by: "c")
        try database.cancel(unitCode: "AOU-01", reason: "x", today: Self.entryDay, by: "c")
        let running = try database.assign(request("AOU-02", 3), by: "c")
        try database.writer.write { db in
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: "UPDATE allocation SET end_day = NULL WHERE id = ?", arguments: [saved.id])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        UPDATE allocation SET cancelled_at = 'now', cancelled_reason = 'x'
                        WHERE id = ?
                        """, arguments: [running.id])
            }
        }
    }
}
