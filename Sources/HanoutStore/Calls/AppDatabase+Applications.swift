import Foundation
import GRDB
import HanoutDomain

extension AppDatabase {
    /// Files an application to an open call, journaled; refused with
    /// nothing written when it breaks a rule (`CallRefusal`).
    @discardableResult
    public func apply(_ form: ApplicationForm, to reference: String, by clerk: String) throws
        -> Application
    {
        try write { db in
            try Self.apply(db, form, to: reference, by: clerk, at: timestamp())
        }
    }

    static func apply(
        _ db: Database, _ form: ApplicationForm, to reference: String, by clerk: String,
        at time: String
    ) throws -> Application {
        let (call, _) = try CallLookup.call(db, reference: reference)
        let filedAt = form.filedAt ?? time
        // The filing day is the day of the timestamp, as the register keeps it.
        guard let filedOn = Day(String(filedAt.prefix(10))) else {
            throw StoreError.corrupt("filing time '\(filedAt)'")
        }
        let lateReason = form.lateReason?.trimmingCharacters(in: .whitespacesAndNewlines)
        let late = lateReason.flatMap { $0.isEmpty ? nil : $0 }
        guard call.status == .open || (call.status == .closed && late != nil) else {
            throw CallRefusal.callNotOpen(call: call.reference, status: call.status)
        }
        if filedOn < call.opensOn {
            throw CallRefusal.beforeOpening(call: call.reference, opensOn: call.opensOn)
        }
        if filedOn > call.closesOn && late == nil {
            throw CallRefusal.afterClosing(
                call: call.reference, closedOn: call.closesOn, filedOn: filedOn)
        }
        let occupant = try Lookup.occupant(db, id: form.occupantID)
        if let first = try ApplicationRecord.filter(
            ApplicationRecord.Columns.callReference == call.reference
                && ApplicationRecord.Columns.occupantID == occupant.id
        ).fetchOne(db) {
            throw CallRefusal.secondApplication(
                call: call.reference, applicant: occupant.name,
                first: call.filingNumber(first.number))
        }
        guard occupant.exercises(form.trade) else {
            throw CallRefusal.applicantLacksTrade(
                applicant: occupant.name, trade: form.trade, trades: occupant.trades)
        }
        guard call.covers(trade: form.trade) else {
            throw CallRefusal.tradeNotCovered(
                call: call.reference, trade: form.trade, trades: call.trades)
        }
        var preferenceIDs: [Int64] = []
        for code in form.preferences {
            let (id, unit) = try Lookup.unit(db, code: code)
            guard call.offered(unit.code) != nil else {
                throw CallRefusal.unitNotOffered(call: call.reference, unit: unit.code)
            }
            if !preferenceIDs.contains(id) { preferenceIDs.append(id) }
        }
        var facts = ApplicantFacts.of(occupant, declared: form.declared)
        facts.unitsHeld = try AllocationRecord.all().covering(filedOn)
            .ofOccupant(id: occupant.id).fetchCount(db)
        facts.committeeMark = nil
        let number =
            (try Int.fetchOne(
                db, sql: "SELECT max(number) FROM application WHERE call_reference = ?",
                arguments: [call.reference]) ?? 0) + 1
        var application = Application(
            callReference: call.reference, number: number, filedAt: filedAt,
            occupantID: occupant.id, trade: form.trade, preferences: [],
            acceptsOtherUnits: form.acceptsOtherUnits || form.preferences.isEmpty,
            documents: form.documents, facts: facts, lateReason: late)
        var record = ApplicationRecord(application)
        try record.insert(db)
        application.id = record.id ?? 0
        for (index, unitID) in preferenceIDs.enumerated() {
            try ApplicationPreferenceRecord(
                applicationID: application.id, rank: index + 1, unitID: unitID
            ).insert(db)
        }
        var names: Set<String> = []
        for document in form.documents where names.insert(document.name).inserted {
            try ApplicationDocumentRecord(
                applicationID: application.id, name: document.name,
                receivedOn: document.receivedOn.iso
            ).insert(db)
        }
        application = try CallLookup.application(db, id: application.id)
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .apply, occupantID: occupant.id,
                decision: application.filingNumber,
                after: Journal.json([
                    "application": String(application.id), "call": call.reference,
                    "trade": application.trade,
                    "preferences": application.preferences.joined(separator: ";"),
                    "missing": application.missingDocuments(of: call).joined(separator: ";"),
                ]), note: late))
        return application
    }

    /// The applications to a call, in filing order.
    public func applications(call reference: String) throws -> [Application] {
        try read { db in
            let (call, _) = try CallLookup.call(db, reference: reference)
            return try CallLookup.applications(db, call: call.reference)
        }
    }

    public func application(id: Int64) throws -> Application {
        try read { db in try CallLookup.application(db, id: id) }
    }

    // MARK: - Examining files

    /// Sets a file admissible, or inadmissible with its reason; journaled
    /// with the value before, so a correction is a new entry and nothing is lost.
    ///
    /// Once the call's ranking is frozen, a change is made only with the
    /// written reason of the new version it makes (`newVersionReason`).
    @discardableResult
    public func setAdmissibility(
        applicationID: Int64, _ admissibility: Admissibility, newVersionReason: String? = nil,
        by clerk: String
    ) throws -> Application {
        try write { db in
            try Self.setAdmissibility(
                db, applicationID: applicationID, admissibility,
                newVersionReason: newVersionReason, by: clerk, at: timestamp())
        }
    }

    static func setAdmissibility(
        _ db: Database, applicationID: Int64, _ admissibility: Admissibility,
        newVersionReason: String?, by clerk: String, at time: String
    ) throws -> Application {
        var reason: String?
        if case .inadmissible(let why) = admissibility {
            let trimmed = why.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw CallRefusal.inadmissibleNeedsReason }
            reason = trimmed
        }
        return try Self.examine(
            db, applicationID: applicationID, newVersionReason: newVersionReason, by: clerk,
            at: time, field: "admissibility",
            value: { $0.inadmissibleReason.map { "inadmissible: \($0)" } ?? "admissible" },
            change: { $0.inadmissibleReason = reason })
    }

    /// Enters the committee's mark after its visit, bounded by its criterion's
    /// cap; journaled like `setAdmissibility`, with the same rule once frozen.
    @discardableResult
    public func setCommitteeMark(
        applicationID: Int64, mark: Int, newVersionReason: String? = nil, by clerk: String
    ) throws -> Application {
        try write { db in
            try Self.setCommitteeMark(
                db, applicationID: applicationID, mark: mark, newVersionReason: newVersionReason,
                by: clerk, at: timestamp())
        }
    }

    static func setCommitteeMark(
        _ db: Database, applicationID: Int64, mark: Int, newVersionReason: String?,
        by clerk: String, at time: String
    ) throws -> Application {
        let application = try CallLookup.application(db, id: applicationID)
        let (call, _) = try CallLookup.call(db, reference: application.callReference)
        let grid = try CallLookup.grid(db, code: call.gridCode)
        guard let criterion = grid.committeeMarkCriterion else {
            throw CallRefusal.gridHasNoCommitteeMark(grid: grid.code)
        }
        guard (0...criterion.cap).contains(mark) else {
            throw CallRefusal.markOutOfBounds(mark: mark, cap: criterion.cap)
        }
        return try Self.examine(
            db, applicationID: applicationID, newVersionReason: newVersionReason, by: clerk,
            at: time, field: "mark", value: { $0.committeeMark.map(String.init) },
            change: { $0.committeeMark = mark })
    }

    /// Records that the applicant withdrew on `day`; it leaves the waiting list too.
    @discardableResult
    public func withdraw(applicationID: Int64, on day: Day, reason: String, by clerk: String)
        throws -> Application
    {
        try write { db in
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw StoreError.reasonRequired }
            let application = try Self.examine(
                db, applicationID: applicationID, newVersionReason: nil, allowFrozen: true,
                by: clerk, at: timestamp(), field: "withdrawn", value: { $0.withdrawnOn },
                change: { $0.withdrawnOn = day.iso }, note: reason)
            try Self.leaveWaitingList(db, applicationID: applicationID, on: day, why: .withdrawn)
            return application
        }
    }

    /// One change to a file, journaled with its value before and after.
    ///
    /// A withdrawal is allowed after freezing (the applicant's choice, not the
    /// committee's): the frozen ranking stays, and the run skips the file.
    static func examine(
        _ db: Database, applicationID: Int64, newVersionReason: String?, allowFrozen: Bool = false,
        by clerk: String, at time: String, field: String,
        value: (ApplicationRecord) -> String?, change: (inout ApplicationRecord) -> Void,
        note: String? = nil
    ) throws -> Application {
        guard var record = try ApplicationRecord.fetchOne(db, key: applicationID) else {
            throw StoreError.unknownApplication(String(applicationID))
        }
        let (call, _) = try CallLookup.call(db, reference: record.callReference)
        let latest = try CallLookup.latestRanking(db, call: call.reference)
        let versionReason = newVersionReason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let latest, latest.isFrozen, !allowFrozen, (versionReason ?? "").isEmpty {
            throw CallRefusal.applicationsFrozen(call: call.reference, version: latest.version)
        }
        let before = value(record)
        // Only the changed columns: the filing's are never in an UPDATE (a trigger refuses them).
        try record.updateChanges(db) { change(&$0) }
        let number = call.filingNumber(record.number)
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .examineApplication, occupantID: record.occupantID,
                decision: number,
                before: Journal.json(["application": String(applicationID), field: before]),
                after: Journal.json(["application": String(applicationID), field: value(record)]),
                note: note))
        if let latest, latest.isFrozen, !allowFrozen, let versionReason {
            _ = try Self.newRankingVersion(
                db, call: call, after: latest, reason: "\(number): \(versionReason)", by: clerk,
                at: time)
        }
        return try CallLookup.application(db, id: applicationID)
    }
}
