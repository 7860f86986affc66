import GRDB
import HanoutDomain

extension AppDatabase {
    /// The allocations of a unit or of an occupant (every one when neither
    /// is given), oldest first.
    public func allocations(unitCode: String? = nil, occupantID: Int64? = nil) throws
        -> [AllocationLine]
    {
        try read { db in
            let a = TableAlias(name: "a")
            var request = AllocationRecord.aliased(a)
            if let unitCode {
                // Through the unit found first, so the allocations come by `allocation_by_unit`.
                guard let unit = try UnitRecord.withCode(unitCode).fetchOne(db), let id = unit.id
                else { return [] }
                request = request.ofUnit(id: id)
            }
            if let occupantID { request = request.ofOccupant(id: occupantID) }
            request = request.order(
                a[AllocationRecord.Columns.startDay], a[AllocationRecord.Columns.id])
            return try Self.allocationLines(db, request)
        }
    }

    /// The allocations `request` gives, in its order, with their unit's code
    /// and zone and their occupant's name.
    static func allocationLines(
        _ db: Database, _ request: QueryInterfaceRequest<AllocationRecord>
    ) throws -> [AllocationLine] {
        let unit = AllocationRecord.unit.select(
            UnitRecord.Columns.code.forKey("unit_code"), UnitRecord.Columns.zoneCode)
        let occupant = AllocationRecord.occupant.select(
            OccupantRecord.Columns.name.forKey("occupant_name"))
        let rows = try Row.fetchAll(
            db, request.annotated(withRequired: unit).annotated(withRequired: occupant))
        return try rows.map { row in
            AllocationLine(
                allocation: try AllocationRecord(row: row).allocation(unitCode: row["unit_code"]),
                occupantName: row["occupant_name"], zoneCode: row[UnitRecord.Columns.zoneCode])
        }
    }

    /// The journal, newest last; for one unit or one occupant when asked.
    public func journal(unitCode: String? = nil, occupantID: Int64? = nil, limit: Int = 1000)
        throws -> [JournalEntry]
    {
        try read { db in
            var request = JournalRecord.all()
            if let unitCode {
                request = request.filter(
                    JournalRecord.Columns.unitCode.collating(.nocase) == unitCode)
            }
            if let occupantID {
                request = request.filter(JournalRecord.Columns.occupantID == occupantID)
            }
            let newest = try request.order(JournalRecord.Columns.id.desc).limit(limit).fetchAll(db)
            return try newest.reversed().map { try $0.entry() }
        }
    }
}
