import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

@Suite struct ActionTests {
    @Test func assigningRecordsTheAllocationAndTheJournal() throws {
        let database = try smallDatabase()
        let saved = try database.assign(request("AOU-01", 1), by: "fatima")
        #expect(saved.trade == "MEN" && saved.recordedBy == "fatima")
        let unit = try database.unit(code: "AOU-01", on: day("2026-12-02"))
        #expect(unit.state == .occupied && unit.occupant?.id == 1)
        #expect(try database.unit(code: "AOU-01", on: day("2026-11-30")).state == .vacant)
        let entry = try #require(try database.journal(unitCode: "AOU-01").last)
        #expect(entry.action == .assign && entry.clerk == "fatima" && entry.decision == "DEC-TEST")
        #expect(entry.after?.contains("\"trade\":\"MEN\"") == true)
    }

    @Test func aRefusalWritesNothing() throws {
        let database = try smallDatabase()
        let error = try #require(throws: AllocationRefused.self) {
            try database.assign(request("AOU-01", 2), by: "clerk")
        }
        #expect(error.reasons == [.tradeNotAllowed(unit: "AOU-01", trade: "SER", allowed: ["MEN"])])
        #expect(try database.allocations(unitCode: "AOU-01").isEmpty)
        #expect(try database.journal(unitCode: "AOU-01").isEmpty)
    }

    @Test func anOverrideIsRecordedWithItsReason() throws {
        let database = try smallDatabase()
        let saved = try database.assign(
            request("AOU-01", 2, override: "Décision de la commission"), by: "c")
        #expect(saved.overrideReason == "Décision de la commission")
        #expect(
            try database.allocations(unitCode: "AOU-01").first?.allocation.overrideReason
                == saved.overrideReason)
        #expect(try database.check(today: TestDay.day).isEmpty)
    }

    @Test func aSecondOccupantForATakenUnitIsRefusedWithTheHoldersName() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1), by: "c")
        let error = try #require(throws: AllocationRefused.self) {
            try database.assign(request("AOU-01", 3, from: "2027-01-01"), by: "c")
        }
        #expect(
            error.reasons == [
                .unitTaken(unit: "AOU-01", by: "Brahim Aït Lahcen", period: openEnded("2026-12-01"))
            ])
    }

    @Test func releasingEndsTheAllocationAndKeepsItInHistory() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1), by: "c")
        let ended = try database.release(
            unitCode: "AOU-01", on: day("2027-03-01"), reason: "retraite", by: "c")
        #expect(ended.period.end == day("2027-03-01"))
        #expect(ended.status(on: day("2027-03-01")) == .released)
        #expect(try database.unit(code: "AOU-01", on: day("2027-03-01")).state == .vacant)
        #expect(try database.unit(code: "AOU-01", on: day("2027-02-28")).state == .occupied)
        #expect(try database.allocations(unitCode: "AOU-01").count == 1)
        #expect(try database.journal(unitCode: "AOU-01").map(\.action) == [.assign, .release])
        // The unit is free again from the release day.
        try database.assign(request("AOU-01", 3, from: "2027-03-01"), by: "c")
    }

    @Test func releasingNeedsAnAllocationAReasonAndADateAfterTheStart() throws {
        let database = try smallDatabase()
        #expect(throws: StoreError.noCurrentAllocation(unit: "AOU-01", on: day("2027-01-01"))) {
            try database.release(unitCode: "AOU-01", on: day("2027-01-01"), reason: "x", by: "c")
        }
        try database.assign(request("AOU-01", 1), by: "c")
        #expect(throws: StoreError.reasonRequired) {
            try database.release(unitCode: "AOU-01", on: day("2027-01-01"), reason: "  ", by: "c")
        }
        #expect(throws: StoreError.noCurrentAllocation(unit: "AOU-01", on: day("2026-11-01"))) {
            try database.release(unitCode: "AOU-01", on: day("2026-11-01"), reason: "x", by: "c")
        }
    }

    @Test func anEndedAllocationCannotBeReleasedAgain() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1), by: "c")
        try database.release(unitCode: "AOU-01", on: day("2026-12-02"), reason: "x", by: "c")
        #expect(throws: StoreError.noCurrentAllocation(unit: "AOU-01", on: day("2026-12-01"))) {
            try database.release(unitCode: "AOU-01", on: day("2026-12-01"), reason: "y", by: "c")
        }
    }

    @Test func transferringEndsOneAllocationAndStartsTheNextInOneTransaction() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1), by: "c")
        let next = try database.transfer(
            unitCode: "AOU-01", to: 3, on: day("2027-06-01"), reason: "succession", by: "c")
        #expect(next.occupantID == 3 && next.period.start == day("2027-06-01"))
        let history = try database.allocations(unitCode: "AOU-01").map(\.allocation)
        #expect(history.count == 2)
        #expect(
            history[0].ending?.kind == .transferred && history[0].period.end == day("2027-06-01"))
        #expect(try database.check(today: day("2027-06-02")).isEmpty)
    }

    @Test func aRefusedTransferLeavesTheCurrentAllocationUntouched() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1), by: "c")
        #expect(throws: AllocationRefused.self) {
            try database.transfer(
                unitCode: "AOU-01", to: 2, on: day("2027-06-01"), reason: "x", by: "c")
        }
        let history = try database.allocations(unitCode: "AOU-01").map(\.allocation)
        #expect(history.count == 1 && history[0].ending == nil && history[0].period.end == nil)
    }

    @Test func aTransferToTheCurrentHolderIsRefusedAndWritesNothing() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1), by: "c")
        let journal = try database.journal(unitCode: "AOU-01")
        #expect(throws: StoreError.transferToHolder(unit: "AOU-01", holder: "Brahim Aït Lahcen")) {
            try database.transfer(
                unitCode: "AOU-01", to: 1, on: day("2027-06-01"), reason: "x", by: "c")
        }
        let history = try database.allocations(unitCode: "AOU-01").map(\.allocation)
        #expect(history.count == 1 && history[0].ending == nil && history[0].period.end == nil)
        #expect(try database.journal(unitCode: "AOU-01") == journal)
    }

    @Test func aUnitCanBeReservedOrPutUnderWorksOnlyWhenNotAllocated() throws {
        let database = try smallDatabase()
        try database.setCondition(
            unitCode: "AOU-02", to: .underWorks, note: "toiture", today: TestDay.day, by: "c")
        #expect(try database.unit(code: "AOU-02", on: TestDay.day).state == .underWorks)
        #expect(throws: AllocationRefused(reasons: [.unitUnderWorks(unit: "AOU-02")])) {
            try database.assign(request("AOU-02", 1), by: "c")
        }
        try database.assign(request("AOU-01", 1), by: "c")
        #expect(throws: StoreError.unitAllocated(unit: "AOU-01", holder: "Brahim Aït Lahcen")) {
            try database.setCondition(
                unitCode: "AOU-01", to: .reserved, note: nil, today: TestDay.day, by: "c")
        }
    }

    @Test func assigningAReservedUnitConsumesTheReservation() throws {
        let database = try smallDatabase()
        try database.setCondition(
            unitCode: "AOU-02", to: .reserved, note: nil, today: TestDay.day, by: "c")
        try database.assign(request("AOU-02", 1), by: "c")
        #expect(
            try database.unit(code: "AOU-02", on: day("2026-12-01")).unit.condition == .available)
    }

    @Test func theSchemaRefusesOverlapsAndDeletionsWhateverTheCodeDoes() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1), by: "c")
        let insert = """
            INSERT INTO allocation (unit_id, occupant_id, trade_code, start_day, recorded_by, recorded_at)
            VALUES ((SELECT id FROM unit WHERE code = 'AOU-01'), 3, 'MEN', '2027-01-01', 'x', 'x')
            """
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: insert) }
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: "DELETE FROM allocation") }
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: "DELETE FROM journal") }
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write {
                try $0.execute(sql: "UPDATE allocation SET occupant_id = 3")
            }
        }
    }

    @Test func checkReportsWhatIsWrongInsteadOfSayingAllIsWell() throws {
        let database = try smallDatabase()
        try database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO allocation (unit_id, occupant_id, trade_code, start_day, recorded_by, recorded_at)
                    VALUES ((SELECT id FROM unit WHERE code = 'AOU-01'), 2, 'SER', '2026-01-01', 'x', 'x')
                    """)
        }
        let problems = try database.check(today: TestDay.day).map { $0.message(in: .en) }
        #expect(problems.contains { $0.contains("breaks the trade rule") })
        #expect(problems.contains { $0.contains("disagrees with the journal") })
    }
}
