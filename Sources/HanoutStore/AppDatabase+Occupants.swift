import GRDB
import HanoutDomain

extension AppDatabase {
    /// Occupants, filtered by trade and by a search that ignores case and accents.
    ///
    /// Each word of `search` matches the start of a word of the name or the
    /// CIN ("hassan" finds "Hassane", "ait" finds "Aït"); a search of digits
    /// alone finds a phone number by its last digits (`PhoneSearch`). Sorted by name;
    /// `limit` and `offset` read one window of the list.
    public func occupants(
        trade: String? = nil, search: String? = nil, limit: Int = Int.max, offset: Int = 0
    ) throws -> [Occupant] {
        try occupantPage(
            trade: trade, search: search, offset: offset, limit: limit, counting: .none
        ).occupants
    }

    /// How many occupants `occupants(trade:search:)` would list in all.
    public func occupantCount(trade: String? = nil, search: String? = nil) throws -> Int {
        try occupantPage(trade: trade, search: search, offset: 0, limit: 0, counting: .all)
            .count?.atLeast ?? 0
    }

    /// One window of the directory, with its count as far as `counting` asks.
    ///
    /// Without a search, the name index gives the window and the count is
    /// exact (asked once per listing: it reads the whole index); given the
    /// count already `known`, a window nearer the end is read from the end.
    /// With a search, see `OccupantSearch`: it counts exactly when that is
    /// cheap, and otherwise only up to the bound asked.
    public func occupantPage(
        trade: String? = nil, search: String? = nil, offset: Int, limit: Int, counting: Counting,
        known: Int? = nil
    ) throws -> OccupantPage {
        try read { db in
            let limit = min(limit, Int(Int32.max))
            if let search, !search.allSatisfy(\.isWhitespace) {
                let found = try OccupantSearch(
                    terms: OccupantSearch.terms(for: search), trades: trade.map { [$0] } ?? []
                )
                .run(db, offset: offset, limit: limit, counting: counting)
                return OccupantPage(
                    occupants: try Self.occupants(db, ids: found.ids), count: found.count)
            }
            let listed = Self.directory(trade: trade)
            // OFFSET steps over the rows it skips: skip from the nearer end.
            let fromEnd = known.map { $0 - min($0, offset + limit) }
            let window: QueryInterfaceRequest<OccupantRecord>
            var occupants: [Occupant]
            if let fromEnd, fromEnd < offset {
                window = listed.order(Self.directoryOrder.map { $0.desc })
                    .limit(max(0, min(limit, (known ?? 0) - offset)), offset: fromEnd)
                occupants = try Self.occupants(db, window).reversed()
            } else {
                window = listed.order(Self.directoryOrder).limit(limit, offset: offset)
                occupants = try Self.occupants(db, window)
            }
            guard counting != .none else { return OccupantPage(occupants: occupants, count: nil) }
            return OccupantPage(occupants: occupants, count: .exactly(try listed.fetchCount(db)))
        }
    }

    /// The directory's order: by name ignoring case and accents, then by id
    /// (the `occupant_name_key` index).
    static let directoryOrder = [OccupantRecord.Columns.nameKey, OccupantRecord.Columns.id]

    /// Every occupant, or those exercising `trade`.
    static func directory(trade: String?) -> QueryInterfaceRequest<OccupantRecord> {
        guard let trade else { return OccupantRecord.all() }
        let exercising =
            OccupantTradeRecord
            .filter(OccupantTradeRecord.Columns.tradeCode == trade)
            .select(OccupantTradeRecord.Columns.occupantID)
        return OccupantRecord.filter(exercising.contains(OccupantRecord.Columns.id))
    }

    /// The occupants `request` gives, in its order, with their trades.
    static func occupants(_ db: Database, _ request: QueryInterfaceRequest<OccupantRecord>) throws
        -> [Occupant]
    {
        let o = TableAlias(name: "o")
        let rows = try Row.fetchAll(
            db,
            request.aliased(o).select(
                OccupantRecord.columns.map { o[$0] }
                    + [OccupantRecord.trades(o).forKey(OccupantRecord.tradesKey)]))
        return try rows.map(OccupantRecord.occupant(from:))
    }

    /// The occupants with these ids, in the order given.
    static func occupants(_ db: Database, ids: [Int64]) throws -> [Occupant] {
        guard !ids.isEmpty else { return [] }
        let found = try occupants(db, OccupantRecord.filter(keys: ids))
        let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    /// One occupant by id.
    public func occupant(id: Int64) throws -> Occupant {
        try read { db in try Lookup.occupant(db, id: id) }
    }

    /// The names of the occupants `ids` (those registered), read at once: a
    /// listing's names in one read, not one read a row.
    public func occupantNames(_ ids: some Sequence<Int64>) throws -> [Int64: String] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                OccupantRecord.filter(keys: Array(Set(ids)))
                    .select(OccupantRecord.Columns.id, OccupantRecord.Columns.name))
            return Dictionary(
                rows.map { ($0[0] as Int64, $0[1] as String) },
                uniquingKeysWith: { first, _ in first })
        }
    }
}
