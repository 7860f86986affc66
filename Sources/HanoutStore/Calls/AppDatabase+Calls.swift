import Foundation
import GRDB
import HanoutDomain

extension AppDatabase {
    // MARK: - Grids

    /// Keeps a scoring grid under its code; a grid with a problem is refused
    /// (`GridInvalid`), and a code already kept is not replaced: a call's
    /// grid never changes under it. Gives back whether it was new.
    @discardableResult
    public func saveGrid(_ grid: ScoringGrid) throws -> Bool {
        try write { db in try Self.saveGrid(db, grid) }
    }

    static func saveGrid(_ db: Database, _ grid: ScoringGrid) throws -> Bool {
        let problems = grid.problems()
        guard problems.isEmpty else { throw GridInvalid(problems: problems) }
        if try ScoringGridRecord.exists(db, key: grid.code) { return false }
        try ScoringGridRecord(
            code: grid.code, grid: String(decoding: grid.encoded(), as: UTF8.self)
        ).insert(db)
        return true
    }

    public func grid(code: String) throws -> ScoringGrid {
        try read { db in try CallLookup.grid(db, code: code) }
    }

    // MARK: - Calls

    /// Creates a call as a draft, journaled. Its units must be the zone's, its
    /// trades in the catalogue (none given: those its units allow), its grid kept.
    @discardableResult
    public func createCall(_ call: Call, province: String, by clerk: String) throws -> Call {
        try write { db in
            try Self.createCall(db, call, province: province, by: clerk, at: timestamp())
        }
    }

    static func createCall(
        _ db: Database, _ call: Call, province: String, by clerk: String, at time: String
    ) throws -> Call {
        var call = call
        call.status = .draft
        if try CallRecord.exists(db, key: call.reference) {
            throw StoreError.callExists(call.reference)
        }
        for day in [call.opensOn, call.closesOn, call.startsOn] where !day.isKept {
            throw StoreError.dayOutOfRange(day)
        }
        // The occupants' rule, for every way a call comes in (the command line, the
        // screen, the fixtures): a control character is refused, not kept to act later.
        if let scalar = OccupantFieldRule.controlCharacter(in: call.title) {
            throw CallRefusal.textRefused(.title, .controlCharacter(scalar))
        }
        for document in call.documentsRequired {
            if let scalar = OccupantFieldRule.controlCharacter(in: document) {
                throw CallRefusal.textRefused(.document, .controlCharacter(scalar))
            }
        }
        let zone = try Lookup.zone(db, code: call.zoneCode)
        call.zoneCode = zone.code
        _ = try CallLookup.grid(db, code: call.gridCode)
        var units: [(Int64, HanoutDomain.Unit, OfferedUnit)] = []
        for offered in call.units {
            let (id, unit) = try Lookup.unit(db, code: offered.unitCode)
            guard unit.zoneCode == zone.code else {
                throw CallRefusal.unitNotOffered(call: call.reference, unit: unit.code)
            }
            units.append((id, unit, OfferedUnit(unitCode: unit.code, readyBy: offered.readyBy)))
        }
        call.units = units.map(\.2)
        if call.trades.isEmpty { call.trades = Call.defaultTrades(of: units.map(\.1)) }
        for trade in call.trades where try !Lookup.tradeExists(db, code: trade) {
            throw StoreError.unknownTrade(trade)
        }
        try CallRecord(call, province: province).insert(db)
        for (id, _, offered) in units {
            try CallUnitRecord(
                callReference: call.reference, unitID: id, readyBy: offered.readyBy?.iso
            ).insert(db)
        }
        for trade in call.trades {
            try CallTradeRecord(callReference: call.reference, tradeCode: trade).insert(db)
        }
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .callStatus, decision: call.reference,
                after: Journal.json([
                    "call": call.reference, "status": call.status.rawValue, "zone": zone.code,
                    "units": call.units.map(\.unitCode).joined(separator: ";"),
                    "grid": call.gridCode,
                ]), note: call.title))
        return call
    }

    /// Moves a call to its next status (see `CallStatus`), journaled.
    ///
    /// Ranking and allocating have their own actions (`rank`,
    /// `commitAllocation`), which move the call as they write.
    @discardableResult
    public func moveCall(_ reference: String, to status: CallStatus, by clerk: String) throws
        -> Call
    {
        try write { db in
            let (call, _) = try CallLookup.call(db, reference: reference)
            if status == .ranked || status == .allocated {
                throw CallRefusal.wrongStatus(
                    call: call.reference, from: call.status, to: status,
                    allowed: call.status.next.filter { $0 != .ranked && $0 != .allocated })
            }
            return try Self.moveCall(db, call, to: status, by: clerk, at: timestamp())
        }
    }

    static func moveCall(
        _ db: Database, _ call: Call, to status: CallStatus, by clerk: String, at time: String,
        note: String? = nil
    ) throws -> Call {
        let moved = try call.status.moving(to: status, call: call.reference).get()
        try CallRecord.filter(key: call.reference).updateAll(
            db, CallRecord.Columns.status.set(to: moved.rawValue))
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .callStatus, decision: call.reference,
                before: Journal.json(["call": call.reference, "status": call.status.rawValue]),
                after: Journal.json(["call": call.reference, "status": moved.rawValue]),
                note: note))
        var changed = call
        changed.status = moved
        return changed
    }

    public func call(_ reference: String) throws -> Call {
        try read { db in try CallLookup.call(db, reference: reference).call }
    }

    /// Every call, the latest opened first.
    public func calls() throws -> [Call] {
        try read { db in
            try CallRecord.order(CallRecord.Columns.opensOn.desc, CallRecord.Columns.reference)
                .fetchAll(db).map { try CallLookup.call(db, reference: $0.reference).call }
        }
    }
}
