import Foundation
import GRDB
import HanoutDomain

extension AppDatabase {
    /// What an allocation run of the call's latest ranking would offer: a
    /// preview that writes nothing.
    public func allocationPreview(call reference: String) throws -> AllocationPreview {
        try read { db in try Self.allocationRun(db, call: reference).preview() }
    }

    /// Commits the run: an offer for each applicant placed (made on `day`,
    /// due by the call's validity), the others on the zone's waiting lists
    /// with the day they joined; the call moves to allocated. Journaled.
    @discardableResult
    public func commitAllocation(call reference: String, on day: Day, by clerk: String) throws
        -> AllocationPreview
    {
        try write { db in
            try Self.commitAllocation(db, call: reference, on: day, by: clerk, at: timestamp())
        }
    }

    static func commitAllocation(
        _ db: Database, call reference: String, on day: Day, by clerk: String, at time: String
    ) throws -> AllocationPreview {
        let run = try allocationRun(db, call: reference)
        let call = run.call
        _ = try call.status.moving(to: .allocated, call: call.reference).get()
        let preview = run.preview()
        for proposal in preview.proposals {
            var record = OfferRecord(
                applicationID: proposal.applicationID,
                unitID: try CallLookup.unitID(db, code: proposal.unitCode), madeOn: day.iso,
                dueBy: day.adding(days: call.offerValidityDays).iso)
            try record.insert(db)
        }
        let waiting = WaitingList.entries(
            from: preview, ranking: run.ranking, zoneCode: call.zoneCode, joinedOn: day)
        for entry in waiting { try WaitingEntryRecord(entry).insert(db) }
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .offer, decision: call.reference,
                after: Journal.json([
                    "call": call.reference, "version": String(run.ranking.version),
                    "offers": String(preview.proposals.count),
                    "waiting": String(waiting.count),
                    "not_placed": preview.notPlaced.map {
                        "\(call.filingNumber(run.applications[$0.applicationID]?.number ?? 0))"
                            + "=\($0.reason.code)"
                    }.joined(separator: ";"),
                ])))
        _ = try moveCall(db, call, to: .allocated, by: clerk, at: time)
        return preview
    }

    /// The run of the call's latest ranking, with the register as it is.
    static func allocationRun(_ db: Database, call reference: String) throws -> AllocationRun {
        let (call, _) = try CallLookup.call(db, reference: reference)
        guard let ranking = try CallLookup.latestRanking(db, call: call.reference) else {
            throw CallRefusal.notRanked(call: call.reference)
        }
        let zone = try Lookup.zone(db, code: call.zoneCode)
        let units = try call.units.map { try Lookup.unit(db, code: $0.unitCode).unit }
        let applications = try CallLookup.applications(db, call: call.reference)
        let occupants = try occupants(db, ids: applications.map(\.occupantID))
        var run = AllocationRun(
            call: call, zone: zone, units: units, ranking: ranking, applications: applications,
            occupants: occupants, allocations: [])
        let inZone = AllocationRecord.unit.filter(UnitRecord.Columns.zoneCode == zone.code)
        run.allocations = try Lookup.allocations(
            db, AllocationRecord.all().overlapping(run.period).joining(required: inZone))
        return run
    }
}
