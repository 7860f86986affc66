import GRDB
import HanoutDomain
import HanoutTestSupport
import PropertyBased
import Testing

@testable import HanoutStore

/// "Open-ended" is no date: an allocation without an end has NULL there,
/// and no day a clerk can type stands for it (issue: three allocations of
/// one unit from 9999-12-31, `check` saying "no problem found").
@Suite struct OpenEndedTests {
    static let insertFar = """
        INSERT INTO allocation (unit_id, occupant_id, trade_code, start_day, recorded_by, recorded_at)
        VALUES ((SELECT id FROM unit WHERE code = 'AOU-01'), ?, 'MEN', '9999-12-31', 'x', 'x')
        """

    @Test func anAllocationFromTheFarFutureIsRefusedWithTheReason() throws {
        let database = try smallDatabase()
        let far = try #require(Day("9999-12-31"))
        let refusal = try #require(throws: AllocationRefused.self) {
            try database.assign(
                AllocationRequest(unitCode: "AOU-01", occupantID: 1, period: Period(openFrom: far)),
                by: "c")
        }
        #expect(refusal.reasons == [.dayOutOfRange(far)])
        #expect(refusal.message(in: .en).contains("outside the dates kept"))
        #expect(try database.allocations(unitCode: "AOU-01").isEmpty)
    }

    @Test func aLastDayInTheFarFutureIsRefusedNotARawConstraint() throws {
        let database = try smallDatabase()
        let far = try #require(Day("9999-12-31"))
        let period = try #require(Period(from: day("2026-12-01"), through: far))
        let refusal = try #require(throws: AllocationRefused.self) {
            try database.assign(
                AllocationRequest(unitCode: "AOU-01", occupantID: 1, period: period), by: "c")
        }
        #expect(refusal.reasons == [.dayOutOfRange(far)])
    }

    @Test func aReleaseDatedOutsideTheDatesKeptIsRefused() throws {
        let database = try smallDatabase()
        try database.assign(request("AOU-01", 1), by: "c")
        let far = try #require(Day("9999-12-31"))
        #expect(throws: StoreError.dayOutOfRange(far)) {
            try database.release(unitCode: "AOU-01", on: far, reason: "r", by: "c")
        }
    }

    @Test func theSchemaRefusesADayOutsideTheDatesKeptWhateverTheCodeDoes() throws {
        let database = try smallDatabase()
        // Before, two open-ended allocations from 9999-12-31 were both stored.
        #expect(throws: DatabaseError.self) {
            try database.writer.write { try $0.execute(sql: Self.insertFar, arguments: [1]) }
        }
        #expect(try database.allocations(unitCode: "AOU-01").isEmpty)
    }

    @Test func checkFindsOverlapsWhereverTheyStart() throws {
        let database = try smallDatabase()
        try database.writer.write { db in
            // As a hand edit or an old program might have left them.
            try db.execute(sql: "DROP TRIGGER allocation_days_in_range")
            try db.execute(sql: "DROP TRIGGER allocation_no_overlap_on_insert")
            try db.execute(sql: Self.insertFar, arguments: [1])
            try db.execute(sql: Self.insertFar, arguments: [3])
        }
        let problems = try database.check(today: TestDay.day).map { $0.message(in: .en) }
        #expect(problems.contains { $0.contains("AOU-01: allocations 1 and 2 overlap") })
    }

    /// The store's definitions of "covers a day" and "shares a day" say what
    /// the domain's `Period` says, for any periods, empty and open-ended ones too.
    @Test func theStoresDefinitionsAgreeWithTheDomain() async throws {
        let queue = try DatabaseQueue()
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...40), Gen.int(in: -1...40),
            Gen.int(in: 0...40), Gen.int(in: -1...40), Gen.int(in: 0...40)
        ) { start, length, otherStart, otherLength, probe in
            let base = try #require(Day("2026-01-01"))
            func period(_ start: Int, _ length: Int) throws -> Period {
                let first = base.adding(days: start)
                return try #require(
                    Period(start: first, end: length < 0 ? nil : first.adding(days: length)))
            }
            let one = try period(start, length)
            let other = try period(otherStart, otherLength)
            let day = base.adding(days: probe)
            let record = AllocationRecord(
                Allocation(unitCode: "X", occupantID: 1, trade: "MEN", period: one), unitID: 1)
            let a = TableAlias(name: "a")
            let answers = try queue.read { db in
                try Row.fetchOne(
                    db,
                    SQLRequest<Row>(
                        literal: """
                            SELECT \(AllocationRecord.covers(day, a)), \(AllocationRecord.overlaps(other, a))
                            FROM (SELECT \(record.startDay) AS start_day, \(record.endDay) AS end_day) a
                            """))
            }
            let row = try #require(answers)
            #expect(row[0] as Bool == one.contains(day))
            #expect(row[1] as Bool == one.overlaps(other))
        }
    }
}
