import GRDB
import HanoutDomain

/// A change of a unit's condition a clerk asks for, with what goes with it.
public enum ConditionChange: Hashable, Sendable {
    /// Kept for an occupant, for a reason, to a last day included if any.
    case reserve(for: Int64, reason: String, until: Day?)
    /// Under works, described, to an expected last day if any.
    case works(note: String, until: Day?)
    /// Back in service: available again, the reservation or works ended.
    case available(note: String?)
}

extension AppDatabase {
    /// Reserves a unit, puts it under works or back in service, judged on `today`.
    ///
    /// A unit allocated now or later is neither reserved nor put under works
    /// (release it first, so the two never disagree); a reservation still
    /// held for someone, or works, are ended first (back in service) before
    /// the unit is kept for something else; a reservation is renewed for its
    /// holder, and works are described again, in place. Journaled with the
    /// condition before and after.
    @discardableResult
    public func changeCondition(
        unitCode: String, to change: ConditionChange, today: Day, by clerk: String
    ) throws -> HanoutDomain.Unit {
        try write { db in
            try Self.changeCondition(
                db, unitCode: unitCode, to: change, today: today, by: clerk, at: timestamp())
        }
    }

    @discardableResult
    static func changeCondition(
        _ db: Database, unitCode: String, to change: ConditionChange, today: Day,
        by clerk: String, at time: String
    ) throws -> HanoutDomain.Unit {
        let (unitID, unit) = try Lookup.unit(db, code: unitCode)
        let (condition, detail, note) = try Self.judge(db, change, of: unit, today: today)
        if condition != .available {
            try Self.refuseIfAllocated(db, unitID: unitID, unit: unit, from: today)
        }
        return try Self.recordCondition(
            db, unitID: unitID, unit: unit, condition, detail, note: note, by: clerk, at: time)
    }

    /// Sets a unit available, reserved or under works with a note, for
    /// scripts (`set-state`): a reservation made so is held for no one, and
    /// any allocation takes it.
    ///
    /// A unit allocated now or later cannot be reserved or put under works:
    /// the clerk releases it first, so the two never disagree.
    public func setCondition(
        unitCode: String, to condition: UnitCondition, note: String?, today: Day,
        by clerk: String
    ) throws {
        try write { db in
            let (unitID, unit) = try Lookup.unit(db, code: unitCode)
            if condition != .available {
                try Self.refuseIfAllocated(db, unitID: unitID, unit: unit, from: today)
            }
            let detail = condition == .available ? ConditionDetail() : ConditionDetail(note: note)
            try Self.recordCondition(
                db, unitID: unitID, unit: unit, condition, detail, note: note, by: clerk,
                at: timestamp())
        }
    }

    /// The condition `change` asks for, or why the store refuses it.
    static func judge(
        _ db: Database, _ change: ConditionChange, of unit: HanoutDomain.Unit, today: Day
    )
        throws -> (UnitCondition, ConditionDetail, String?)
    {
        switch change {
        case .reserve(let occupantID, let reason, let until):
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw StoreError.reasonRequired }
            try check(until, today: today)
            let occupant = try Lookup.occupant(db, id: occupantID)
            if unit.condition == .underWorks {
                throw StoreError.unitUnderWorks(unit: unit.code, until: unit.detail.until)
            }
            if let holder = unit.reservationHolder(on: today), holder != occupant.id {
                throw StoreError.unitReserved(
                    unit: unit.code, holder: try Lookup.occupantName(db, id: holder),
                    until: unit.detail.until)
            }
            return (
                .reserved, ConditionDetail(reservedFor: occupant.id, note: reason, until: until),
                reason
            )
        case .works(let note, let until):
            let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !note.isEmpty else { throw StoreError.noteRequired }
            try check(until, today: today)
            if let holder = unit.reservationHolder(on: today) {
                throw StoreError.unitReserved(
                    unit: unit.code, holder: try Lookup.occupantName(db, id: holder),
                    until: unit.detail.until)
            }
            return (.underWorks, ConditionDetail(note: note, until: until), note)
        case .available(let note):
            guard unit.condition != .available else {
                throw StoreError.alreadyAvailable(unit: unit.code)
            }
            let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
            return (.available, ConditionDetail(), note?.isEmpty == false ? note : nil)
        }
    }

    /// A last day must be one Hanout keeps, and not already past.
    static func check(_ until: Day?, today: Day) throws {
        guard let until else { return }
        guard until.isKept else { throw StoreError.dayOutOfRange(until) }
        guard until >= today else { throw StoreError.untilPassed(until) }
    }

    /// Refuses when the unit is allocated on `day` or later.
    static func refuseIfAllocated(
        _ db: Database, unitID: Int64, unit: HanoutDomain.Unit, from day: Day
    )
        throws
    {
        let pending = try Lookup.allocations(
            db,
            AllocationRecord.all().ofUnit(id: unitID).running(onOrAfter: day)
                .order(AllocationRecord.Columns.startDay).limit(1))
        if let next = pending.first {
            throw StoreError.unitAllocated(
                unit: unit.code, holder: try Lookup.occupantName(db, id: next.occupantID))
        }
    }

    /// Writes the condition and journals it, before and after.
    @discardableResult
    static func recordCondition(
        _ db: Database, unitID: Int64, unit: HanoutDomain.Unit, _ condition: UnitCondition,
        _ detail: ConditionDetail, note: String?, by clerk: String, at time: String
    ) throws -> HanoutDomain.Unit {
        try writeCondition(db, unitID: unitID, condition, detail)
        var changed = unit
        changed.condition = condition
        changed.detail = detail
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .setCondition, unitCode: unit.code,
                occupantID: detail.reservedFor, before: Journal.condition(unit),
                after: Journal.condition(changed), note: note))
        return changed
    }

    /// The unit's condition and its details, written together.
    static func writeCondition(
        _ db: Database, unitID: Int64, _ condition: UnitCondition, _ detail: ConditionDetail
    ) throws {
        try UnitRecord.filter(key: unitID).updateAll(
            db, UnitRecord.Columns.condition.set(to: condition.rawValue),
            UnitRecord.Columns.reservedFor.set(to: detail.reservedFor),
            UnitRecord.Columns.conditionNote.set(to: detail.note),
            UnitRecord.Columns.conditionUntil.set(to: detail.until?.iso))
    }
}
