import GRDB
import HanoutDomain

/// A row of `zone`: a building or site whose units are allocated.
struct ZoneRecord: FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "zone"

    enum Columns {
        static let code = Column("code")
        static let name = Column("name")
        /// The name folded (`TextKey.fold`), to find a zone by name ignoring case and accents.
        static let nameKey = Column("name_key")
        static let commune = Column("commune")
        static let kind = Column("kind")
        static let areaM2 = Column("area_m2")
        static let figures = Column("figures")
        static let note = Column("note")
        static let agreement = Column("agreement")
        static let maxUnitsPerOccupant = Column("max_units_per_occupant")
        static let maxUnitsPerTrade = Column("max_units_per_trade")
        static let seasonStart = Column("season_start")
        static let seasonEnd = Column("season_end")
    }

    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.code, Columns.name, Columns.nameKey, Columns.commune, Columns.kind,
            Columns.areaM2, Columns.figures, Columns.note, Columns.agreement,
            Columns.maxUnitsPerOccupant, Columns.maxUnitsPerTrade, Columns.seasonStart,
            Columns.seasonEnd,
        ]
    }

    var code: String
    var name: String
    var nameKey: String
    var commune: String
    var kind: String
    var areaM2: Double?
    var figures: String
    var note: String
    var agreement: Int?
    var maxUnitsPerOccupant: Int
    var maxUnitsPerTrade: Int?
    var seasonStart: String?
    var seasonEnd: String?

    init(_ zone: Zone) {
        code = zone.code
        name = zone.name
        nameKey = TextKey.fold(zone.name)
        commune = zone.commune
        kind = zone.kind.rawValue
        areaM2 = zone.areaM2
        figures = zone.figures.rawValue
        note = zone.note
        agreement = zone.agreement
        maxUnitsPerOccupant = zone.rules.maxUnitsPerOccupant
        maxUnitsPerTrade = zone.rules.maxUnitsPerTrade
        seasonStart = zone.season?.start.iso
        seasonEnd = zone.season?.end?.iso
    }

    init(row: Row) throws {
        code = try row.decode(String.self, forColumn: Columns.code)
        name = try row.decode(String.self, forColumn: Columns.name)
        nameKey = try row.decode(String.self, forColumn: Columns.nameKey)
        commune = try row.decode(String.self, forColumn: Columns.commune)
        kind = try row.decode(String.self, forColumn: Columns.kind)
        areaM2 = try row.decode(Double?.self, forColumn: Columns.areaM2)
        figures = try row.decode(String.self, forColumn: Columns.figures)
        note = try row.decode(String.self, forColumn: Columns.note)
        agreement = try row.decode(Int?.self, forColumn: Columns.agreement)
        maxUnitsPerOccupant = try row.decode(Int.self, forColumn: Columns.maxUnitsPerOccupant)
        maxUnitsPerTrade = try row.decode(Int?.self, forColumn: Columns.maxUnitsPerTrade)
        seasonStart = try row.decode(String?.self, forColumn: Columns.seasonStart)
        seasonEnd = try row.decode(String?.self, forColumn: Columns.seasonEnd)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.code] = code
        container[Columns.name] = name
        container[Columns.nameKey] = nameKey
        container[Columns.commune] = commune
        container[Columns.kind] = kind
        container[Columns.areaM2] = areaM2
        container[Columns.figures] = figures
        container[Columns.note] = note
        container[Columns.agreement] = agreement
        container[Columns.maxUnitsPerOccupant] = maxUnitsPerOccupant
        container[Columns.maxUnitsPerTrade] = maxUnitsPerTrade
        container[Columns.seasonStart] = seasonStart
        container[Columns.seasonEnd] = seasonEnd
    }

    /// The zone as the domain knows it; a value the domain cannot read is a corrupt row.
    func zone() throws -> Zone {
        guard let kind = ZoneKind(rawValue: kind), let figures = FigureSource(rawValue: figures)
        else { throw StoreError.corrupt("zone \(code)") }
        var season: Period?
        if let seasonStart {
            guard let start = Day(seasonStart),
                let period = Period(start: start, end: try seasonEnd.map { try Day.stored($0) })
            else { throw StoreError.corrupt("zone \(code)") }
            season = period
        }
        return Zone(
            code: code, name: name, commune: commune, kind: kind, areaM2: areaM2,
            figures: figures, note: note, agreement: agreement,
            rules: ZoneRules(
                maxUnitsPerOccupant: maxUnitsPerOccupant, maxUnitsPerTrade: maxUnitsPerTrade),
            season: season)
    }
}
