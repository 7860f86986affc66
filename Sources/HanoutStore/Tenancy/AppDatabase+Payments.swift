import GRDB
import HanoutDomain

extension AppDatabase {
    /// Records a payment against its receipt, if the occupant's conventions
    /// allow it; the occupant's dues are settled again.
    public func pay(_ payment: Payment, today: Day, by clerk: String) throws {
        try write { db in
            let occupant = try Lookup.occupant(db, id: payment.occupantID)
            guard payment.paidOn <= today else {
                throw TenancyRefusal.paidInTheFuture(payment.paidOn)
            }
            guard payment.paidOn.isKept else { throw StoreError.dayOutOfRange(payment.paidOn) }
            if let taken = try PaymentRecord.filter(key: payment.receipt).fetchOne(db) {
                throw TenancyRefusal.receiptTaken(
                    receipt: taken.receipt, paidOn: try Day.stored(taken.paidOn),
                    by: try Lookup.occupantName(db, id: taken.occupantID))
            }
            let conventions = try Self.conventions(db, occupantID: payment.occupantID)
            if let refusal = ConventionRules.check(
                payment, conventions: conventions, occupant: occupant.name)
            {
                throw refusal
            }
            try PaymentRecord(payment, at: timestamp(), by: clerk).insert(db)
            try Journal.append(
                db,
                JournalEntry(
                    at: timestamp(), clerk: clerk, action: .payment, occupantID: payment.occupantID,
                    decision: payment.receipt,
                    after: Journal.json([
                        "receipt": payment.receipt, "amount": payment.amount.plain,
                        "paid_on": payment.paidOn.iso,
                        "months": payment.months.map(\.iso).joined(separator: ","),
                    ])))
            try Self.writeDues(db, occupantID: payment.occupantID, conventions: conventions)
        }
    }

    /// Reverses a mistaken payment by a new entry; the payment stays, and
    /// pays nothing from `day`.
    public func reversePayment(receipt: String, on day: Day, reason: String, by clerk: String)
        throws
    {
        try write { db in
            guard let payment = try PaymentRecord.filter(key: receipt).fetchOne(db) else {
                throw TenancyRefusal.paymentUnknown(receipt: receipt)
            }
            if let earlier = try PaymentReversalRecord.filter(key: payment.receipt).fetchOne(db) {
                throw TenancyRefusal.alreadyReversed(
                    receipt: payment.receipt, on: try Day.stored(earlier.reversedOn))
            }
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw TenancyRefusal.reasonMissing }
            guard day.isKept else { throw StoreError.dayOutOfRange(day) }
            try PaymentReversalRecord(
                receipt: payment.receipt, reversedOn: day.iso, reason: reason,
                recordedAt: timestamp(),
                recordedBy: clerk
            ).insert(db)
            try Journal.append(
                db,
                JournalEntry(
                    at: timestamp(), clerk: clerk, action: .reversePayment,
                    occupantID: payment.occupantID, decision: payment.receipt, note: reason))
            try Self.writeDues(db, occupantID: payment.occupantID)
        }
    }

    /// An occupant's ledger up to `asOf`: every due, every payment and reversal.
    public func ledger(occupantID: Int64, asOf: Day) throws -> Ledger {
        try read { db in
            _ = try Lookup.occupant(db, id: occupantID)
            let (dues, payments) = try Self.account(db, occupantID: occupantID)
            return Ledger(dues: dues, payments: payments, asOf: asOf)
        }
    }

    /// A unit's ledger up to `asOf`: the dues of its conventions and the
    /// parts of its occupants' payments that went to them.
    public func ledger(unitCode: String, asOf: Day) throws -> Ledger {
        try read { db in
            let (unitID, unit) = try Lookup.unit(db, code: unitCode)
            let occupants = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT a.occupant_id FROM convention c
                    JOIN allocation a ON a.id = c.allocation_id WHERE a.unit_id = ?
                    """, arguments: [unitID])
            var lines: [LedgerLine.Entry] = []
            for occupant in occupants {
                let (dues, payments) = try Self.account(db, occupantID: occupant)
                let settled = Settlement(dues: dues, payments: payments, asOf: Day.latest)
                let paidOn = Dictionary(
                    payments.map { ($0.receipt, $0.paidOn) },
                    uniquingKeysWith: { first, _ in first })
                lines += Ledger(
                    unitCode: unit.code, settlement: settled, paidOn: paidOn, asOf: asOf
                )
                .lines.map(\.entry)
            }
            return Ledger(entries: lines)
        }
    }

    /// Every convention of an occupant, in the order they began.
    ///
    /// This and the other reads of an occupant's account go through cached
    /// statements: preparing them anew (GRDB's authorizer works out what each
    /// reads) was a third of the time of recording a payment.
    static func conventions(_ db: Database, occupantID: Int64) throws -> [Convention] {
        try String.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT c.number FROM convention c JOIN allocation a ON a.id = c.allocation_id
                    WHERE a.occupant_id = ? ORDER BY a.start_day, c.number
                    """), arguments: [occupantID]
        ).map { try convention(db, number: $0) }
    }

    /// An occupant's dues (every month of its conventions, to their ends)
    /// and its payments with their reversals; `conventions` when the caller
    /// has just read them.
    static func account(_ db: Database, occupantID: Int64, conventions known: [Convention]? = nil)
        throws -> (dues: [Due], payments: [Payment])
    {
        var dues: [Due] = []
        var schedules: [String: FeeSchedule?] = [:]
        for convention in try known ?? conventions(db, occupantID: occupantID) {
            let (_, unit) = try Lookup.unit(db, code: convention.unitCode)
            if schedules[unit.zoneCode] == nil {
                schedules[unit.zoneCode] = .some(try feeSchedule(db, zone: unit.zoneCode))
            }
            dues += Dues.of(
                convention, areaM2: unit.areaM2, schedule: schedules[unit.zoneCode] ?? nil,
                asOf: Day.latest)
        }
        let reversals = try Dictionary(
            PaymentReversalRecord.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT r.* FROM payment_reversal r JOIN payment p ON p.receipt = r.receipt
                        WHERE p.occupant_id = ?
                        """), arguments: [occupantID]
            ).map { ($0.receipt.uppercased(), try $0.reversal()) },
            uniquingKeysWith: { first, _ in first })
        let payments = try PaymentRecord.fetchAll(
            db.cachedStatement(
                sql: "SELECT * FROM payment WHERE occupant_id = ? ORDER BY paid_on, receipt"),
            arguments: [occupantID]
        ).map { try $0.payment(reversal: reversals[$0.receipt.uppercased()]) }
        return (dues, payments)
    }

    /// Brings an occupant's `due` rows (what the arrears list reads) in line
    /// with its conventions, the schedules and its payments (`Settlement`,
    /// every payment counted). Only the rows that differ are written: a
    /// payment settles a month or two of years of dues, and rewriting them
    /// all (and their two indexes) tripled the cost of recording it.
    static func writeDues(_ db: Database, occupantID: Int64, conventions: [Convention]? = nil)
        throws
    {
        let (dues, payments) = try account(db, occupantID: occupantID, conventions: conventions)
        let wanted = DueRecord.rows(dues: dues, payments: payments, occupantID: occupantID)
        let stored = try DueRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM due WHERE occupant_id = ?"),
            arguments: [occupantID])
        var unmatched = Dictionary(
            stored.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for row in wanted {
            switch unmatched.removeValue(forKey: row.key) {
            case row?: continue
            case .some: try row.update(db)
            case nil: try row.insert(db)
            }
        }
        for row in unmatched.values { try row.delete(db) }
    }
}
