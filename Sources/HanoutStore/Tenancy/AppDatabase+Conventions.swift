import GRDB
import HanoutDomain

/// What a clerk gives to record the convention of a unit's allocation;
/// what is left out comes from the zone's fee schedule.
public struct ConventionRequest: Hashable, Sendable {
    public var unitCode: String
    public var number: String
    public var signedOn: Day
    /// Its length; nil for the zone's default.
    public var months: Int?
    /// The monthly fee agreed; nil for the schedule's rate on the first day.
    public var monthlyFee: Money?
    /// The deposit; nil for the schedule's months of fee.
    public var deposit: Money?

    public init(
        unitCode: String, number: String, signedOn: Day, months: Int? = nil,
        monthlyFee: Money? = nil, deposit: Money? = nil
    ) {
        self.unitCode = unitCode
        self.number = number
        self.signedOn = signedOn
        self.months = months
        self.monthlyFee = monthlyFee
        self.deposit = deposit
    }
}

extension AppDatabase {
    /// Records the convention of the unit's allocation running on its signing
    /// day (or starting later): its end becomes the allocation's end.
    @discardableResult
    public func signConvention(_ request: ConventionRequest, by clerk: String) throws -> Convention
    {
        try write { db in
            let (unitID, unit) = try Lookup.unit(db, code: request.unitCode)
            guard
                let allocation = try Lookup.allocations(
                    db,
                    AllocationRecord.all().ofUnit(id: unitID).running(onOrAfter: request.signedOn)
                        .filter(AllocationRecord.Columns.endedKind == nil)
                        .order(AllocationRecord.Columns.startDay).limit(1)
                ).first
            else { throw StoreError.noCurrentAllocation(unit: unit.code, on: request.signedOn) }
            if try ConventionRecord.filter(ConventionRecord.Columns.allocationID == allocation.id)
                .fetchOne(db) != nil
            {
                throw TenancyRefusal.conventionExists(unit: unit.code)
            }
            if try ConventionRecord.filter(key: request.number).fetchOne(db) != nil {
                throw TenancyRefusal.numberTaken(request.number)
            }
            let schedule = try Self.feeSchedule(db, zone: unit.zoneCode)
            guard let months = request.months ?? schedule?.conventionMonths else {
                throw TenancyRefusal.lengthMissing(zone: unit.zoneCode)
            }
            guard (1...FeeSchedule.longestConventionMonths).contains(months) else {
                throw TenancyRefusal.renewalTooLong(number: request.number, months: months)
            }
            let start = Convention.start(
                allocationStart: allocation.period.start, signedOn: request.signedOn)
            let rate = schedule?.monthlyFee(forUnit: unit.code, areaM2: unit.areaM2, on: start)
            guard let fee = request.monthlyFee ?? rate else {
                throw TenancyRefusal.feeMissing(unit: unit.code)
            }
            let signed = Convention.signing(
                number: request.number, allocationID: allocation.id, unitCode: unit.code,
                occupantID: allocation.occupantID, allocation: allocation.period,
                signedOn: request.signedOn, months: months, monthlyFee: fee,
                deposit: request.deposit ?? schedule?.deposit(for: fee) ?? .zero)
            let lastDay = signed.lastDay
            guard let term = signed.terms.first else {
                throw StoreError.internalInconsistency("a convention signed without its term")
            }
            try ConventionRecord(
                number: request.number, allocationID: allocation.id, signedOn: request.signedOn.iso,
                monthlyFeeCentimes: fee.centimes, depositCentimes: signed.deposit.centimes,
                lastDay: lastDay.iso, terminated: false
            ).insert(db)
            var termRecord = ConventionTermRecord(term, of: request.number, by: clerk)
            try termRecord.insert(db)
            let moved = try Self.moveAllocationEnd(db, allocation, to: lastDay)
            let convention = try Self.convention(db, number: request.number)
            try Self.journal(db, convention, term, allocation, moved, by: clerk, at: timestamp())
            try Self.writeDues(db, occupantID: allocation.occupantID)
            return convention
        }
    }

    /// Renews the convention of `unitCode` until `lastDay`, by `decision`.
    @discardableResult
    public func renewConvention(
        unitCode: String, until lastDay: Day, decision: String, today: Day, by clerk: String
    ) throws -> Convention {
        try changeConvention(unitCode: unitCode, today: today, by: clerk) { db, convention, today in
            let next = try Self.nextAllocation(db, after: convention)
            return ConventionRules.renew(
                convention, until: lastDay, decision: decision, on: today, nextAllocation: next)
        }
    }

    /// Shortens the convention of `unitCode` so that `lastDay` is its last day.
    @discardableResult
    public func shortenConvention(
        unitCode: String, until lastDay: Day, reason: String, today: Day, by clerk: String
    ) throws -> Convention {
        try changeConvention(unitCode: unitCode, today: today, by: clerk) { _, convention, today in
            ConventionRules.shorten(convention, until: lastDay, reason: reason, on: today)
        }
    }

    /// Terminates the convention of `unitCode`: the unit is free from `firstFreeDay`.
    @discardableResult
    public func terminateConvention(
        unitCode: String, from firstFreeDay: Day, ground: TerminationGround, reason: String,
        today: Day, by clerk: String
    ) throws -> Convention {
        try changeConvention(unitCode: unitCode, today: today, by: clerk) { _, convention, today in
            ConventionRules.terminate(
                convention, from: firstFreeDay, ground: ground, reason: reason, on: today)
        }
    }

    /// The convention of the unit's latest allocation that has one, or nil.
    public func convention(unitCode: String) throws -> Convention? {
        try read { db in try Self.latestConvention(db, unitCode: unitCode) }
    }

    /// The conventions ending within `days` days of `today` (today and the
    /// last day counted), of a zone or of the region, soonest first.
    public func expiringConventions(within days: Int, zone: String?, today: Day) throws
        -> [Convention]
    {
        try read { db in
            let zoneCode = try zone.map { try Lookup.zone(db, matching: $0).code }
            let numbers = try String.fetchAll(
                db,
                sql: """
                    SELECT c.number FROM convention c
                    JOIN allocation a ON a.id = c.allocation_id
                    JOIN unit u ON u.id = a.unit_id
                    WHERE c.terminated = 0 AND c.last_day BETWEEN ? AND ?
                      AND (? IS NULL OR u.zone_code = ?)
                    ORDER BY c.last_day, u.code
                    """,
                arguments: [today.iso, today.adding(days: days).iso, zoneCode, zoneCode])
            return try numbers.map { try Self.convention(db, number: $0) }
        }
    }

    // MARK: - Inside a transaction

    private func changeConvention(
        unitCode: String, today: Day, by clerk: String,
        _ rule: (Database, Convention, Day) throws -> Result<ConventionTerm, TenancyRefusal>
    ) throws -> Convention {
        try write { db in
            guard let convention = try Self.latestConvention(db, unitCode: unitCode) else {
                throw TenancyRefusal.noConvention(unit: unitCode)
            }
            let term = try rule(db, convention, today).get()
            for day in [term.lastDay] where !day.isKept { throw StoreError.dayOutOfRange(day) }
            var record = ConventionTermRecord(term, of: convention.number, by: clerk)
            try record.insert(db)
            try db.execute(
                sql: "UPDATE convention SET last_day = ?, terminated = ? WHERE number = ?",
                arguments: [term.lastDay.iso, term.kind.isTermination, convention.number])
            guard
                let allocation = try Lookup.allocations(
                    db, AllocationRecord.filter(key: convention.allocationID)
                ).first
            else { throw StoreError.internalInconsistency("convention without its allocation") }
            let moved = try Self.moveAllocationEnd(
                db, allocation, to: term.lastDay,
                ending: term.kind.isTermination
                    ? term.kind.name(in: .en) + ": " + term.reference : nil)
            let changed = try Self.convention(db, number: convention.number)
            try Self.journal(db, changed, term, allocation, moved, by: clerk, at: timestamp())
            try Self.writeDues(db, occupantID: convention.occupantID)
            return changed
        }
    }

    /// Makes the allocation end with the convention (its last day included);
    /// a termination ends it as a release, with the termination as reason.
    static func moveAllocationEnd(
        _ db: Database, _ allocation: Allocation, to lastDay: Day, ending reason: String? = nil
    ) throws -> Allocation {
        let end = lastDay.adding(days: 1)
        var assignments = [AllocationRecord.Columns.endDay.set(to: end.iso)]
        if let reason {
            assignments += [
                AllocationRecord.Columns.endedKind.set(to: EndingKind.released.rawValue),
                AllocationRecord.Columns.endedReason.set(to: reason),
            ]
        }
        try AllocationRecord.filter(key: allocation.id).updateAll(db, assignments)
        var moved = allocation
        moved.period = Period(start: allocation.period.start, end: end) ?? allocation.period
        if let reason { moved.ending = AllocationEnding(kind: .released, reason: reason) }
        return moved
    }

    static func latestConvention(_ db: Database, unitCode: String) throws -> Convention? {
        let (unitID, _) = try Lookup.unit(db, code: unitCode)
        let number = try String.fetchOne(
            db,
            sql: """
                SELECT c.number FROM convention c JOIN allocation a ON a.id = c.allocation_id
                WHERE a.unit_id = ? AND a.cancelled_at IS NULL
                ORDER BY a.start_day DESC LIMIT 1
                """, arguments: [unitID])
        return try number.map { try convention(db, number: $0) }
    }

    static func convention(_ db: Database, number: String) throws -> Convention {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT c.*, a.occupant_id, a.start_day, u.code AS unit_code
                        FROM convention c JOIN allocation a ON a.id = c.allocation_id
                        JOIN unit u ON u.id = a.unit_id WHERE c.number = ?
                        """), arguments: [number])
        else { throw TenancyRefusal.unknownConvention(number) }
        let record = try ConventionRecord(row: row)
        let terms = try ConventionTermRecord.fetchAll(
            db.cachedStatement(
                sql: "SELECT * FROM convention_term WHERE convention_number = ? ORDER BY id"),
            arguments: [record.number]
        ).map { try $0.term() }
        return Convention(
            number: record.number, allocationID: record.allocationID, unitCode: row["unit_code"],
            occupantID: row["occupant_id"], signedOn: try Day.stored(record.signedOn),
            start: Convention.start(
                allocationStart: try Day.stored(row["start_day"]),
                signedOn: try Day.stored(record.signedOn)),
            monthlyFee: Money(centimes: record.monthlyFeeCentimes),
            deposit: Money(centimes: record.depositCentimes), terms: terms)
    }

    /// The unit's next allocation after the convention's, with its holder's name.
    static func nextAllocation(_ db: Database, after convention: Convention) throws -> (
        start: Day, holder: String
    )? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT a.start_day, o.name FROM allocation a
                    JOIN unit u ON u.id = a.unit_id JOIN occupant o ON o.id = a.occupant_id
                    WHERE u.code = ? AND a.id != ? AND a.start_day > ?
                      AND a.cancelled_at IS NULL
                    ORDER BY a.start_day LIMIT 1
                    """,
                arguments: [convention.unitCode, convention.allocationID, convention.start.iso])
        else { return nil }
        return (try Day.stored(row["start_day"]), row["name"])
    }

    /// One journal entry for a term: the allocation before and after (its
    /// end moves with the convention, and `check` reads it there), the
    /// convention's number, term and last day in the note.
    static func journal(
        _ db: Database, _ convention: Convention, _ term: ConventionTerm, _ before: Allocation,
        _ after: Allocation, by clerk: String, at time: String
    ) throws {
        let said = "\(convention.number): \(term.kind.code) \(term.lastDay.iso)"
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .convention, unitCode: convention.unitCode,
                occupantID: convention.occupantID,
                decision: term.kind == .renewed || term.kind == .signed ? term.reference : nil,
                before: Journal.snapshot(before), after: Journal.snapshot(after),
                note: term.kind == .renewed || term.kind == .signed
                    ? said : said + " — " + term.reference))
    }
}
