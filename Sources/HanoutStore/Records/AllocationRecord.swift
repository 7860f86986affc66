import GRDB
import HanoutDomain

/// A row of `allocation`: a unit given to an occupant for a period.
///
/// `end_day` is the first day the unit is free again (exclusive); NULL is
/// the one and only representation of an open-ended allocation. An
/// allocation ended the day it began (`end_day = start_day`) covers no day;
/// so does a cancelled one (`cancelled_at` set), which is kept that way.
struct AllocationRecord: FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "allocation"

    enum Columns {
        static let id = Column("id")
        static let unitID = Column("unit_id")
        static let occupantID = Column("occupant_id")
        static let tradeCode = Column("trade_code")
        static let startDay = Column("start_day")
        static let endDay = Column("end_day")
        static let decision = Column("decision")
        static let note = Column("note")
        static let overrideReason = Column("override_reason")
        static let recordedBy = Column("recorded_by")
        static let recordedAt = Column("recorded_at")
        static let endedKind = Column("ended_kind")
        static let endedReason = Column("ended_reason")
        static let cancelledAt = Column("cancelled_at")
        static let cancelledReason = Column("cancelled_reason")
    }

    /// Every column, in the table's order: reads and bulk writes name them from here.
    static let columns: [Column] = [
        Columns.id, Columns.unitID, Columns.occupantID, Columns.tradeCode, Columns.startDay,
        Columns.endDay, Columns.decision, Columns.note, Columns.overrideReason,
        Columns.recordedBy, Columns.recordedAt, Columns.endedKind, Columns.endedReason,
        Columns.cancelledAt, Columns.cancelledReason,
    ]

    static var databaseSelection: [any SQLSelectable] { columns }

    /// Nil until inserted.
    var id: Int64?
    var unitID: Int64
    var occupantID: Int64
    var tradeCode: String
    var startDay: String
    var endDay: String?
    var decision: String?
    var note: String?
    var overrideReason: String?
    var recordedBy: String
    var recordedAt: String
    var endedKind: String?
    var endedReason: String?
    var cancelledAt: String?
    var cancelledReason: String?

    /// The row of `allocation`, for the unit whose id is `unitID`.
    init(_ allocation: Allocation, unitID: Int64) {
        id = allocation.id == 0 ? nil : allocation.id
        self.unitID = unitID
        occupantID = allocation.occupantID
        tradeCode = allocation.trade
        startDay = allocation.period.start.iso
        endDay = allocation.period.end?.iso
        decision = allocation.decision
        note = allocation.note
        overrideReason = allocation.overrideReason
        recordedBy = allocation.recordedBy
        recordedAt = allocation.recordedAt
        endedKind = allocation.ending?.kind.rawValue
        endedReason = allocation.ending?.reason
        cancelledAt = allocation.cancellation?.at
        cancelledReason = allocation.cancellation?.reason
    }

    init(row: Row) throws {
        id = try row.decode(Int64?.self, forColumn: Columns.id)
        unitID = try row.decode(Int64.self, forColumn: Columns.unitID)
        occupantID = try row.decode(Int64.self, forColumn: Columns.occupantID)
        tradeCode = try row.decode(String.self, forColumn: Columns.tradeCode)
        startDay = try row.decode(String.self, forColumn: Columns.startDay)
        endDay = try row.decode(String?.self, forColumn: Columns.endDay)
        decision = try row.decode(String?.self, forColumn: Columns.decision)
        note = try row.decode(String?.self, forColumn: Columns.note)
        overrideReason = try row.decode(String?.self, forColumn: Columns.overrideReason)
        recordedBy = try row.decode(String.self, forColumn: Columns.recordedBy)
        recordedAt = try row.decode(String.self, forColumn: Columns.recordedAt)
        endedKind = try row.decode(String?.self, forColumn: Columns.endedKind)
        endedReason = try row.decode(String?.self, forColumn: Columns.endedReason)
        cancelledAt = try row.decode(String?.self, forColumn: Columns.cancelledAt)
        cancelledReason = try row.decode(String?.self, forColumn: Columns.cancelledReason)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.unitID] = unitID
        container[Columns.occupantID] = occupantID
        container[Columns.tradeCode] = tradeCode
        container[Columns.startDay] = startDay
        container[Columns.endDay] = endDay
        container[Columns.decision] = decision
        container[Columns.note] = note
        container[Columns.overrideReason] = overrideReason
        container[Columns.recordedBy] = recordedBy
        container[Columns.recordedAt] = recordedAt
        container[Columns.endedKind] = endedKind
        container[Columns.endedReason] = endedReason
        container[Columns.cancelledAt] = cancelledAt
        container[Columns.cancelledReason] = cancelledReason
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The allocation as the domain knows it, of the unit whose code is `unitCode`.
    func allocation(unitCode: String) throws -> Allocation {
        let id = id ?? 0
        guard let period = Period(start: try Day.stored(startDay), end: try endDay.map(Day.stored))
        else { throw StoreError.corrupt("allocation \(id)") }
        var ending: AllocationEnding?
        if let endedKind {
            guard let kind = EndingKind(rawValue: endedKind) else {
                throw StoreError.corrupt("allocation \(id)")
            }
            ending = AllocationEnding(kind: kind, reason: endedReason ?? "")
        }
        return Allocation(
            id: id, unitCode: unitCode, occupantID: occupantID, trade: tradeCode, period: period,
            decision: decision, note: note, overrideReason: overrideReason,
            recordedBy: recordedBy, recordedAt: recordedAt, ending: ending,
            cancellation: cancelledAt.map {
                AllocationCancellation(at: $0, reason: cancelledReason ?? "")
            })
    }
}

extension AllocationRecord {
    /// The unit allocated.
    static let unit = belongsTo(UnitRecord.self)
    /// Who holds it.
    static let occupant = belongsTo(OccupantRecord.self)
}
