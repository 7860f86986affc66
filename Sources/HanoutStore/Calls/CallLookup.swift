import Foundation
import GRDB
import HanoutDomain

/// Reads of calls and their files inside a transaction: the pieces every
/// call action needs, each defined once.
enum CallLookup {
    static func grid(_ db: Database, code: String) throws -> ScoringGrid {
        guard let record = try ScoringGridRecord.fetchOne(db, key: code) else {
            throw StoreError.unknownGrid(code)
        }
        switch ScoringGrid.decode(Data(record.grid.utf8)) {
        case .success(let grid): return grid
        case .failure: throw StoreError.corrupt("grid \(code)")
        }
    }

    /// The call whose reference is `reference` (any case), with its province.
    static func call(_ db: Database, reference: String) throws -> (call: Call, province: String) {
        guard
            let record = try CallRecord.filter(
                CallRecord.Columns.reference.collating(.nocase) == reference
            ).fetchOne(db)
        else { throw StoreError.unknownCall(reference) }
        let units = try Row.fetchAll(
            db,
            sql: """
                SELECT u.code, cu.ready_by FROM call_unit cu JOIN unit u ON u.id = cu.unit_id
                WHERE cu.call_reference = ? ORDER BY u.number
                """, arguments: [record.reference]
        ).map { row in
            OfferedUnit(
                unitCode: row[0], readyBy: try (row[1] as String?).map { try Day.stored($0) })
        }
        let trades = try CallTradeRecord.filter(
            CallTradeRecord.Columns.callReference == record.reference
        ).order(CallTradeRecord.Columns.tradeCode).fetchAll(db).map(\.tradeCode)
        return (try record.call(units: units, trades: trades), record.province)
    }

    /// What a score depends on besides the applicant, for `call`.
    static func scoringContext(_ db: Database, call: Call, province: String) throws
        -> ScoringContext
    {
        let zone = try Lookup.zone(db, code: call.zoneCode)
        return ScoringContext(commune: zone.commune, province: province, closesOn: call.closesOn)
    }

    /// The applications to `reference`, in filing order.
    static func applications(_ db: Database, call reference: String) throws -> [Application] {
        let records = try ApplicationRecord.filter(
            ApplicationRecord.Columns.callReference == reference
        ).order(ApplicationRecord.Columns.number).fetchAll(db)
        return try complete(db, records)
    }

    static func application(_ db: Database, id: Int64) throws -> Application {
        guard let record = try ApplicationRecord.fetchOne(db, key: id) else {
            throw StoreError.unknownApplication(String(id))
        }
        return try complete(db, [record])[0]
    }

    /// Applications with their preferences and documents, read in two queries.
    static func complete(_ db: Database, _ records: [ApplicationRecord]) throws -> [Application] {
        let ids = records.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        var preferences: [Int64: [String]] = [:]
        let placeholders = databaseQuestionMarks(count: ids.count)
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT p.application_id, u.code FROM application_preference p
                JOIN unit u ON u.id = p.unit_id
                WHERE p.application_id IN (\(placeholders)) ORDER BY p.application_id, p.rank
                """, arguments: StatementArguments(ids))
        {
            preferences[row[0], default: []].append(row[1])
        }
        var documents: [Int64: [ReceivedDocument]] = [:]
        let received = try ApplicationDocumentRecord.filter(
            ids.contains(ApplicationDocumentRecord.Columns.applicationID)
        ).fetchAll(db)
        for document in received {
            documents[document.applicationID, default: []].append(
                ReceivedDocument(
                    name: document.name, receivedOn: try Day.stored(document.receivedOn)))
        }
        return try records.map { record in
            try record.application(
                preferences: preferences[record.id ?? 0] ?? [],
                documents: (documents[record.id ?? 0] ?? []).sorted { $0.name < $1.name })
        }
    }

    /// The latest version of the call's ranking, if it has one.
    static func latestRanking(_ db: Database, call reference: String) throws -> Ranking? {
        guard
            let record = try RankingRecord.filter(
                RankingRecord.Columns.callReference == reference
            ).order(RankingRecord.Columns.version.desc).fetchOne(db)
        else { return nil }
        return try ranking(db, record)
    }

    /// Every version of the call's ranking, the first first.
    static func rankings(_ db: Database, call reference: String) throws -> [Ranking] {
        try RankingRecord.filter(RankingRecord.Columns.callReference == reference)
            .order(RankingRecord.Columns.version).fetchAll(db).map { try ranking(db, $0) }
    }

    static func ranking(_ db: Database, _ record: RankingRecord) throws -> Ranking {
        let rows = try RankingEntryRecord.filter(
            RankingEntryRecord.Columns.rankingID == record.id
        ).fetchAll(db)
        let occupants = try Dictionary(
            Row.fetchAll(
                db,
                sql: """
                    SELECT id, occupant_id, trade_code FROM application WHERE call_reference = ?
                    """, arguments: [record.callReference]
            ).map { row -> (Int64, (Int64, String)) in (row[0], (row[1], row[2])) },
            uniquingKeysWith: { first, _ in first })
        var entries: [RankingEntry] = []
        var setAside: [SetAsideApplication] = []
        for row in rows {
            if let rank = row.rank {
                guard let text = row.lines, let lines = StoredJSON.value([ScoreLine].self, text),
                    let (occupant, trade) = occupants[row.applicationID]
                else { throw StoreError.corrupt("ranking \(record.id ?? 0)") }
                entries.append(
                    RankingEntry(
                        rank: rank, applicationID: row.applicationID, occupantID: occupant,
                        trade: trade, score: Score(lines: lines),
                        lot: UInt64(bitPattern: row.lot ?? 0)))
            } else if let text = row.setAside,
                let reason = StoredJSON.value([String: String].self, text)
            {
                if let why = reason["inadmissible"] {
                    setAside.append(
                        SetAsideApplication(
                            applicationID: row.applicationID, reason: .inadmissible(why)))
                } else if let day = reason["withdrawn"].flatMap(Day.init) {
                    setAside.append(
                        SetAsideApplication(
                            applicationID: row.applicationID, reason: .withdrawn(on: day)))
                }
            }
        }
        return Ranking(
            callReference: record.callReference, version: record.version,
            isFrozen: record.frozenAt != nil, reason: record.reason,
            seed: UInt64(bitPattern: record.seed), entries: entries.sorted { $0.rank < $1.rank },
            setAside: setAside.sorted { $0.applicationID < $1.applicationID })
    }

    /// The offers of `reference` (every call when nil), the latest made last.
    static func offers(_ db: Database, call reference: String?) throws -> [Offer] {
        var sql = """
            SELECT o.*, u.code AS unit_code FROM offer o JOIN unit u ON u.id = o.unit_id
            """
        var arguments: StatementArguments = []
        if let reference {
            sql += """
                 JOIN application a ON a.id = o.application_id WHERE a.call_reference = ?
                """
            arguments = [reference]
        }
        sql += " ORDER BY o.id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            try OfferRecord(row: row).offer(unitCode: row["unit_code"])
        }
    }

    static func offer(_ db: Database, id: Int64) throws -> (record: OfferRecord, offer: Offer) {
        guard let record = try OfferRecord.fetchOne(db, key: id) else {
            throw StoreError.unknownOffer(id)
        }
        let code =
            try UnitRecord.filter(key: record.unitID).select(
                UnitRecord.Columns.code, as: String.self
            )
            .fetchOne(db) ?? "?"
        return (record, try record.offer(unitCode: code))
    }

    static func unitID(_ db: Database, code: String) throws -> Int64 {
        try Lookup.unit(db, code: code).id
    }
}
