import Foundation
import GRDB
import HanoutDomain

extension AppDatabase {
    /// Ranks a closed call (version 1), stores every score line and moves
    /// the call to ranked, journaled. `seed` is the lot's, recorded with the
    /// ranking so anyone can draw it again.
    @discardableResult
    public func rank(call reference: String, seed: UInt64, by clerk: String) throws -> Ranking {
        try write { db in
            try Self.rank(db, call: reference, seed: seed, by: clerk, at: timestamp())
        }
    }

    static func rank(
        _ db: Database, call reference: String, seed: UInt64, by clerk: String, at time: String
    ) throws -> Ranking {
        let (call, province) = try CallLookup.call(db, reference: reference)
        if let latest = try CallLookup.latestRanking(db, call: call.reference) {
            throw latest.isFrozen
                ? CallRefusal.rankingFrozen(call: call.reference, version: latest.version)
                : CallRefusal.newVersionNeedsReason(
                    call: call.reference, version: latest.version)
        }
        _ = try call.status.moving(to: .ranked, call: call.reference).get()
        let ranking = try Self.computeRanking(
            db, call: call, province: province, seed: seed, version: 1, reason: nil)
        try Self.store(db, ranking, at: time, by: clerk)
        _ = try Self.moveCall(db, call, to: .ranked, by: clerk, at: time)
        return ranking
    }

    /// Freezes the latest version: from now on it changes only by a new version.
    @discardableResult
    public func freezeRanking(call reference: String, by clerk: String) throws -> Ranking {
        try write { db in
            try Self.freezeRanking(db, call: reference, by: clerk, at: timestamp())
        }
    }

    static func freezeRanking(
        _ db: Database, call reference: String, by clerk: String, at time: String
    ) throws -> Ranking {
        let (call, _) = try CallLookup.call(db, reference: reference)
        guard var latest = try CallLookup.latestRanking(db, call: call.reference) else {
            throw CallRefusal.notRanked(call: call.reference)
        }
        guard !latest.isFrozen else {
            throw CallRefusal.rankingFrozen(call: call.reference, version: latest.version)
        }
        try RankingRecord.filter(
            RankingRecord.Columns.callReference == call.reference
                && RankingRecord.Columns.version == latest.version
        ).updateAll(db, RankingRecord.Columns.frozenAt.set(to: time))
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .rank, decision: call.reference,
                after: Journal.json([
                    "call": call.reference, "version": String(latest.version),
                    "frozen": "yes",
                ])))
        latest.isFrozen = true
        return latest
    }

    /// Ranks the call again as a new version, with its written reason; both
    /// versions stay. Allowed while the call is ranked (before its offers).
    @discardableResult
    public func rerank(call reference: String, reason: String, by clerk: String) throws -> Ranking {
        try write { db in
            let (call, _) = try CallLookup.call(db, reference: reference)
            guard let latest = try CallLookup.latestRanking(db, call: call.reference) else {
                throw CallRefusal.notRanked(call: call.reference)
            }
            return try Self.newRankingVersion(
                db, call: call, after: latest, reason: reason, by: clerk, at: timestamp())
        }
    }

    static func newRankingVersion(
        _ db: Database, call: Call, after latest: Ranking, reason: String, by clerk: String,
        at time: String
    ) throws -> Ranking {
        guard call.status == .ranked else {
            throw CallRefusal.wrongStatus(
                call: call.reference, from: call.status, to: .ranked, allowed: call.status.next)
        }
        let (_, province) = try CallLookup.call(db, reference: call.reference)
        let grid = try CallLookup.grid(db, code: call.gridCode)
        let context = try CallLookup.scoringContext(db, call: call, province: province)
        let applications = try CallLookup.applications(db, call: call.reference)
        let ranking = try latest.newVersion(
            call: call, grid: grid, applications: applications, context: context, reason: reason
        ).get()
        try store(db, ranking, at: time, by: clerk)
        return ranking
    }

    static func computeRanking(
        _ db: Database, call: Call, province: String, seed: UInt64, version: Int, reason: String?
    ) throws -> Ranking {
        let grid = try CallLookup.grid(db, code: call.gridCode)
        let context = try CallLookup.scoringContext(db, call: call, province: province)
        let applications = try CallLookup.applications(db, call: call.reference)
        return Ranking.compute(
            call: call, grid: grid, applications: applications, context: context, seed: seed,
            version: version, reason: reason)
    }

    /// Writes a ranking version and its entries, journaled.
    static func store(_ db: Database, _ ranking: Ranking, at time: String, by clerk: String)
        throws
    {
        var record = RankingRecord(
            callReference: ranking.callReference, version: ranking.version,
            seed: Int64(bitPattern: ranking.seed), reason: ranking.reason, computedAt: time,
            frozenAt: nil)
        try record.insert(db)
        let rankingID = record.id ?? 0
        for entry in ranking.entries {
            try RankingEntryRecord(
                rankingID: rankingID, applicationID: entry.applicationID, rank: entry.rank,
                total: entry.total, lines: StoredJSON.text(entry.score.lines),
                lot: Int64(bitPattern: entry.lot), setAside: nil
            ).insert(db)
        }
        for item in ranking.setAside {
            let reason: [String: String]
            switch item.reason {
            case .inadmissible(let why): reason = ["inadmissible": why]
            case .withdrawn(let day): reason = ["withdrawn": day.iso]
            }
            try RankingEntryRecord(
                rankingID: rankingID, applicationID: item.applicationID, rank: nil, total: nil,
                lines: nil, lot: nil, setAside: StoredJSON.text(reason)
            ).insert(db)
        }
        try Journal.append(
            db,
            JournalEntry(
                at: time, clerk: clerk, action: .rank, decision: ranking.callReference,
                after: Journal.json([
                    "call": ranking.callReference, "version": String(ranking.version),
                    "seed": String(ranking.seed), "ranked": String(ranking.entries.count),
                    "set_aside": String(ranking.setAside.count),
                ]), note: ranking.reason))
    }

    /// The latest version of a call's ranking, or the version asked.
    public func ranking(call reference: String, version: Int? = nil) throws -> Ranking? {
        try read { db in
            let (call, _) = try CallLookup.call(db, reference: reference)
            guard let version else { return try CallLookup.latestRanking(db, call: call.reference) }
            return try CallLookup.rankings(db, call: call.reference).first { $0.version == version }
        }
    }

    /// Every version of a call's ranking, the first first.
    public func rankings(call reference: String) throws -> [Ranking] {
        try read { db in
            let (call, _) = try CallLookup.call(db, reference: reference)
            return try CallLookup.rankings(db, call: call.reference)
        }
    }
}
