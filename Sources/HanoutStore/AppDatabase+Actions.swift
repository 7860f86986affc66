import GRDB
import HanoutDomain

extension AppDatabase {
    /// Allocates a unit: judged by the rules and written in one transaction.
    ///
    /// Throws `AllocationRefused` with every broken rule, or a `StoreError`.
    @discardableResult
    public func assign(_ request: AllocationRequest, by clerk: String) throws -> Allocation {
        try write { db in try Self.assign(db, request, by: clerk, at: timestamp()) }
    }

    static func assign(
        _ db: Database, _ request: AllocationRequest, by clerk: String, at time: String,
        journal: JournalAction = .assign, note: String? = nil, ending: AllocationEnding? = nil
    ) throws -> Allocation {
        let (unitID, unit) = try Lookup.unit(db, code: request.unitCode)
        let occupant = try Lookup.occupant(db, id: request.occupantID)
        if let trade = request.trade, try !Lookup.tradeExists(db, code: trade) {
            throw StoreError.unknownTrade(trade)
        }
        let context = try Lookup.context(
            db, unitID: unitID, unit: unit, occupant: occupant, period: request.period,
            trade: request.trade)
        let trade = try AllocationRules.check(request, in: context).get()
        let override = unit.allows(trade: trade) ? nil : request.overrideReason
        var allocation = Allocation(
            unitCode: unit.code, occupantID: occupant.id, trade: trade, period: request.period,
            decision: request.decision, note: request.note, overrideReason: override,
            recordedBy: clerk, recordedAt: time, ending: ending)
        var record = AllocationRecord(allocation, unitID: unitID)
        do {
            try record.insert(db)
        } catch let error as DatabaseError where error.message?.contains("overlapping") == true {
            // The rules ran on the same snapshot, so this is a defect, but the
            // schema still refuses rather than double-allocate.
            throw AllocationRefused(reasons: [
                .unitTaken(unit: unit.code, by: "?", period: request.period)
            ])
        }
        allocation.id = record.id ?? 0
        let takesReservation = unit.condition == .reserved && ending == nil
        if takesReservation {
            // A reservation is consumed by the allocation it was held for (the
            // rules refused anyone else while it stood), or, expired or made
            // for no one, by any allocation.
            try Self.writeCondition(db, unitID: unitID, .available, ConditionDetail())
        }
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: journal, unitCode: unit.code,
                occupantID: occupant.id, decision: request.decision,
                // What a cancellation gives back (see `cancel`).
                before: takesReservation ? Journal.condition(unit) : nil,
                after: Journal.snapshot(allocation), note: note ?? override))
        return allocation
    }

    /// Ends the allocation of `unitCode` that covers `day`: the unit is free from `day`.
    @discardableResult
    public func release(unitCode: String, on day: Day, reason: String, by clerk: String) throws
        -> Allocation
    {
        try write { db in
            try Self.end(
                db, unitCode: unitCode, on: day, kind: .released, reason: reason, by: clerk,
                at: timestamp(), decision: nil)
        }
    }

    static func end(
        _ db: Database, unitCode: String, on day: Day, kind: EndingKind, reason: String,
        by clerk: String, at time: String, decision: String?
    ) throws -> Allocation {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StoreError.reasonRequired }
        guard day.isKept else { throw StoreError.dayOutOfRange(day) }
        let (unitID, unit) = try Lookup.unit(db, code: unitCode)
        let current = try Lookup.allocation(db, unitID: unitID, on: day, unendedOnly: true)
        guard let current else { throw StoreError.noCurrentAllocation(unit: unit.code, on: day) }
        guard day >= current.period.start else {
            throw StoreError.endBeforeStart(unit: unit.code, start: current.period.start)
        }
        try AllocationRecord.filter(key: current.id).updateAll(
            db,
            AllocationRecord.Columns.endDay.set(to: day.iso),
            AllocationRecord.Columns.endedKind.set(to: kind.rawValue),
            AllocationRecord.Columns.endedReason.set(to: reason))
        var ended = current
        ended.period = current.period.ending(on: day) ?? current.period
        ended.ending = AllocationEnding(kind: kind, reason: reason)
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: kind == .released ? .release : .transfer,
                unitCode: unit.code, occupantID: current.occupantID, decision: decision,
                before: Journal.snapshot(current), after: Journal.snapshot(ended), note: reason))
        return ended
    }

    /// Hands a unit over to another occupant from `day`, in one transaction.
    ///
    /// The current allocation ends as transferred; the new one is judged by
    /// the same rules as any assignment. A refusal leaves both untouched, and
    /// a transfer to the current holder is refused.
    @discardableResult
    public func transfer(
        unitCode: String, to occupantID: Int64, on day: Day, reason: String,
        trade: String? = nil, decision: String? = nil, overrideReason: String? = nil,
        by clerk: String
    ) throws -> Allocation {
        try write { db in
            let time = timestamp()
            let ended = try Self.end(
                db, unitCode: unitCode, on: day, kind: .transferred, reason: reason, by: clerk,
                at: time, decision: decision)
            // Checked after the end so that every other refusal reads the same;
            // the throw rolls the end back with the rest of the transaction.
            guard ended.occupantID != occupantID else {
                throw StoreError.transferToHolder(
                    unit: ended.unitCode, holder: try Lookup.occupantName(db, id: occupantID))
            }
            let period = Period(openFrom: day)
            let request = AllocationRequest(
                unitCode: ended.unitCode, occupantID: occupantID, trade: trade, period: period,
                decision: decision, note: reason, overrideReason: overrideReason)
            return try Self.assign(db, request, by: clerk, at: time)
        }
    }

    /// Registers an occupant; gives back its id.
    ///
    /// Refused when one is registered with the same CIN; unless
    /// `allowingDuplicate`, also with the same NIA, or the same name (ignoring
    /// case and accents) in the same commune.
    @discardableResult
    public func add(_ occupant: Occupant, by clerk: String, allowingDuplicate: Bool = false)
        throws -> Occupant
    {
        try write { db in
            var occupant = occupant
            occupant.cin = Occupant.keptCIN(occupant.cin)
            if let (field, problem) = OccupantFieldRule.problems(of: occupant).first {
                throw OccupantFieldRefused(field: field, problem: problem)
            }
            if let cin = occupant.cin, let holder = try Lookup.occupant(db, cin: cin) {
                throw StoreError.cinTaken(cin: cin, by: holder.name, id: holder.id)
            }
            if !allowingDuplicate, let (match, twin) = try Lookup.likelyTwin(db, of: occupant) {
                throw StoreError.possibleDuplicate(match, name: twin.name, id: twin.id)
            }
            let saved = try OccupantWriter.insert(db, occupant)
            try Journal.append(
                db,
                JournalEntry(
                    at: timestamp(), clerk: clerk, action: .addOccupant, occupantID: saved.id,
                    after: Journal.json([
                        "name": saved.name, "trades": saved.trades.joined(separator: ";"),
                    ])))
            return saved
        }
    }
}
