import GRDB
import HanoutDomain

/// A line of the arrears list: what an occupant owes, and who it is.
public struct ArrearsLine: Hashable, Sendable {
    public var arrears: Arrears
    public var occupantName: String
}

extension AppDatabase {
    /// A window of the arrears list of a zone (or of the region, when nil):
    /// occupants owing dues fallen due by `asOf`, the oldest debt first, only
    /// those owing for more than `olderThan` days when it is given.
    ///
    /// The unpaid dues are read in order from their own index (`due_unpaid`),
    /// so the first window costs the dues before it, not the whole region.
    public func arrears(
        zone: String?, olderThan days: Int? = nil, asOf: Day, offset: Int = 0, limit: Int = 50
    ) throws -> [ArrearsLine] {
        try read { db in
            let zoneCode = try zone.map { try Lookup.zone(db, matching: $0).code }
            let latestOldest = asOf.adding(days: -(days.map { $0 + 1 } ?? 0))
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT occupant_id FROM due INDEXED BY due_unpaid
                    WHERE paid_centimes < amount_centimes AND due_on <= ?
                      AND (? IS NULL OR unit_code IN (SELECT code FROM unit WHERE zone_code = ?))
                    ORDER BY due_on, occupant_id
                    """,
                arguments: [days == nil ? asOf.iso : latestOldest.iso, zoneCode, zoneCode])
            var seen = Set<Int64>()
            var window: [Int64] = []
            while let row = try cursor.next(), window.count < limit {
                let occupant: Int64 = row[0]
                guard seen.insert(occupant).inserted else { continue }
                if seen.count > offset { window.append(occupant) }
            }
            return try window.compactMap { occupant in
                let unpaid = try Self.unpaidDues(
                    db, occupantID: occupant, asOf: asOf, zone: zoneCode)
                guard let arrears = Arrears(occupantID: occupant, unpaid: unpaid, asOf: asOf) else {
                    return nil
                }
                return ArrearsLine(
                    arrears: arrears, occupantName: try Lookup.occupantName(db, id: occupant))
            }
        }
    }
}

extension AppDatabase {
    /// An occupant's dues fallen due by `asOf` and not paid whole, oldest
    /// first; only those of the units of `zone` when it is given.
    static func unpaidDues(_ db: Database, occupantID: Int64, asOf: Day, zone: String?) throws
        -> [SettledDue]
    {
        try DueRecord.fetchAll(
            db,
            sql: """
                SELECT * FROM due WHERE occupant_id = ? AND paid_centimes < amount_centimes
                  AND due_on <= ?
                  AND (? IS NULL OR unit_code IN (SELECT code FROM unit WHERE zone_code = ?))
                ORDER BY due_on, unit_code
                """, arguments: [occupantID, asOf.iso, zone, zone]
        ).map { try $0.settled() }
    }
}

extension DueRecord {
    func settled() throws -> SettledDue {
        guard let month = Month(month) else { throw StoreError.corrupt("due month '\(month)'") }
        return SettledDue(
            due: Due(
                conventionNumber: conventionNumber, unitCode: unitCode, month: month,
                dueOn: try Day.stored(dueOn), days: days, amount: Money(centimes: amountCentimes)),
            paid: Money(centimes: paidCentimes))
    }
}

/// What a letter to an occupant in arrears needs from the store.
public struct OccupantArrears: Hashable, Sendable {
    public var occupant: Occupant
    /// The commune of the occupant's first unit with a convention.
    public var commune: String
    public var conventions: [String]
    /// The dues fallen due and unpaid, oldest first.
    public var unpaid: [SettledDue]
}

extension AppDatabase {
    /// An occupant's unpaid dues fallen due by `asOf`, with its conventions.
    public func occupantArrears(occupantID: Int64, asOf: Day) throws -> OccupantArrears {
        try read { db in
            let occupant = try Lookup.occupant(db, id: occupantID)
            let conventions = try Self.conventions(db, occupantID: occupantID)
            let commune = try conventions.first.map { convention in
                try Lookup.zone(
                    db, code: try Lookup.unit(db, code: convention.unitCode).unit.zoneCode
                )
                .commune
            }
            let unpaid = try Self.unpaidDues(db, occupantID: occupantID, asOf: asOf, zone: nil)
            return OccupantArrears(
                occupant: occupant, commune: commune ?? "", conventions: conventions.map(\.number),
                unpaid: unpaid)
        }
    }
}
