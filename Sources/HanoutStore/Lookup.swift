import GRDB
import HanoutDomain

/// Reads inside a transaction: the pieces every action and screen needs.
enum Lookup {
    /// The unit whose code is `code` (any case), with its row id.
    static func unit(_ db: Database, code: String) throws -> (id: Int64, unit: Unit) {
        let u = TableAlias(name: "u")
        let request = SQLRequest<Row>(
            literal: """
                SELECT \(UnitRecord.selection("u")) FROM unit u
                WHERE \(u[UnitRecord.Columns.code].collating(.nocase) == code)
                """)
        guard let row = try request.fetchOne(db),
            let id = row[UnitRecord.Columns.id] as Int64?
        else { throw StoreError.unknownUnit(code) }
        return (id, try UnitRecord.unit(from: row))
    }

    /// The zone whose code is `code` (any case).
    static func zone(_ db: Database, code: String) throws -> Zone {
        guard let record = try ZoneRecord.withCode(code).fetchOne(db) else {
            throw StoreError.unknownZone(code)
        }
        return try record.zone()
    }

    /// A zone by its code or its name, ignoring case and accents ("tafraout" finds TAF).
    static func zone(_ db: Database, matching text: String) throws -> Zone {
        // A zone's own code, as the screens pass it, is found by the primary
        // key: the names are scanned only for what a clerk typed (3,000 zones
        // scanned made one key in forty on a waiting list miss its 5 ms).
        if let record = try ZoneRecord.fetchOne(db, key: text) { return try record.zone() }
        let key = TextKey.fold(text.trimmingCharacters(in: .whitespaces))
        let code = ZoneRecord.Columns.code.lowercased
        let nameKey = ZoneRecord.Columns.nameKey
        let records =
            try ZoneRecord
            .filter(
                code == key || nameKey == key
                    || nameKey.like("%\(Self.likeEscaped(key))%", escape: "\\")
            )
            .order((code == key).desc, (nameKey == key).desc, ZoneRecord.Columns.code)
            .limit(2)
            .fetchAll(db)
        guard let first = records.first else { throw StoreError.unknownZone(text) }
        let exact = first.code.lowercased() == key || first.nameKey == key
        if !exact && records.count > 1 { throw StoreError.unknownZone(text) }
        return try first.zone()
    }

    /// `text` with LIKE's wildcards escaped by a backslash.
    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// The occupant whose id is `id`, with its trades.
    static func occupant(_ db: Database, id: Int64) throws -> Occupant {
        guard let occupant = try AppDatabase.occupants(db, OccupantRecord.filter(key: id)).first
        else { throw StoreError.unknownOccupant(id) }
        return occupant
    }

    /// The occupant whose CIN is `cin`, ignoring case (CINs written before
    /// Hanout kept them in capitals may be in any case).
    static func occupant(_ db: Database, cin: String) throws -> Occupant? {
        let ids = try OccupantRecord.withCIN(cin).select(OccupantRecord.Columns.id, as: Int64.self)
            .limit(1).fetchAll(db)
        return try ids.first.map { try occupant(db, id: $0) }
    }

    /// An occupant registered with `occupant`'s NIA (any case), or with its
    /// name (ignoring case and accents) in its commune (the same way), if any.
    static func likelyTwin(_ db: Database, of occupant: Occupant) throws -> (
        DuplicateMatch, Occupant
    )? {
        if let nia = occupant.nia,
            let id = try OccupantRecord.withNIA(nia).select(
                OccupantRecord.Columns.id, as: Int64.self
            ).fetchOne(db)
        {
            return (.nia, try self.occupant(db, id: id))
        }
        guard let commune = occupant.commune.map(TextKey.fold) else { return nil }
        let namesakes = try OccupantRecord.filter(
            OccupantRecord.Columns.nameKey == TextKey.fold(occupant.name)
        ).fetchAll(db)
        guard let twin = namesakes.first(where: { $0.commune.map(TextKey.fold) == commune })
        else { return nil }
        return (.nameAndCommune, try self.occupant(db, id: twin.id ?? 0))
    }

    static func tradeExists(_ db: Database, code: String) throws -> Bool {
        try TradeRecord.exists(db, key: code)
    }

    static func occupantName(_ db: Database, id: Int64) throws -> String {
        try OccupantRecord.filter(key: id).select(OccupantRecord.Columns.name, as: String.self)
            .fetchOne(db) ?? "#\(id)"
    }

    /// The allocations `request` gives, each with its unit's code.
    static func allocations(_ db: Database, _ request: QueryInterfaceRequest<AllocationRecord>)
        throws -> [Allocation]
    {
        try AppDatabase.allocationLines(db, request).map(\.allocation)
    }

    /// The allocation of a unit that covers `day`, if any; with `unendedOnly`,
    /// only one that no clerk has ended yet (an ended one is history, frozen).
    static func allocation(_ db: Database, unitID: Int64, on day: Day, unendedOnly: Bool = false)
        throws -> Allocation?
    {
        var request = AllocationRecord.all().ofUnit(id: unitID).covering(day)
        if unendedOnly { request = request.filter(AllocationRecord.Columns.endedKind == nil) }
        return try allocations(db, request.order(AllocationRecord.Columns.startDay).limit(1)).first
    }

    /// What the rules need to judge `request`, gathered in the writing transaction.
    static func context(
        _ db: Database, unitID: Int64, unit: Unit, occupant: Occupant, period: Period,
        trade: String?
    ) throws -> AllocationContext {
        let zone = try zone(db, code: unit.zoneCode)
        let meeting = AllocationRecord.all().overlapping(period)
        let inZone = AllocationRecord.unit.filter(UnitRecord.Columns.zoneCode == zone.code)
        let onUnit = try allocations(db, meeting.ofUnit(id: unitID))
        let byOccupant = try allocations(
            db, meeting.ofOccupant(id: occupant.id).joining(required: inZone))
        var byTrade: [Allocation] = []
        if zone.rules.maxUnitsPerTrade != nil {
            let tradeCode = trade ?? occupant.firstTrade(allowedIn: unit) ?? occupant.trades.first
            byTrade = try allocations(
                db,
                meeting.filter(AllocationRecord.Columns.tradeCode == tradeCode)
                    .joining(required: inZone))
        }
        var names: [Int64: String] = [:]
        for allocation in onUnit {
            names[allocation.occupantID] = try occupantName(db, id: allocation.occupantID)
        }
        if let holder = unit.detail.reservedFor {
            names[holder] = try occupantName(db, id: holder)
        }
        return AllocationContext(
            unit: unit, zone: zone, occupant: occupant, unitAllocations: onUnit,
            occupantAllocationsInZone: byOccupant, tradeAllocationsInZone: byTrade,
            occupantNames: names)
    }
}
