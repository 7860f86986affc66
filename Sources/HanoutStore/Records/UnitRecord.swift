import GRDB
import HanoutDomain

/// A row of `unit`: one premises of a zone, placed on its floor plan.
///
/// The trades a unit allows are rows of `unit_trade` (`UnitTradeRecord`).
struct UnitRecord: FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "unit"

    enum Columns {
        static let id = Column("id")
        static let code = Column("code")
        static let zoneCode = Column("zone_code")
        static let number = Column("number")
        static let areaM2 = Column("area_m2")
        static let row = Column("row")
        static let column = Column("col")
        static let condition = Column("condition")
        static let reservedFor = Column("reserved_for")
        static let conditionNote = Column("condition_note")
        static let conditionUntil = Column("condition_until")
    }

    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id, Columns.code, Columns.zoneCode, Columns.number, Columns.areaM2, Columns.row,
            Columns.column, Columns.condition, Columns.reservedFor, Columns.conditionNote,
            Columns.conditionUntil,
        ]
    }

    /// Nil until inserted.
    var id: Int64?
    var code: String
    var zoneCode: String
    var number: Int
    var areaM2: Double?
    var row: Int
    var column: Int
    var condition: String
    var reservedFor: Int64?
    var conditionNote: String?
    /// ISO day.
    var conditionUntil: String?

    init(_ unit: Unit) {
        id = nil
        code = unit.code
        zoneCode = unit.zoneCode
        number = unit.number
        areaM2 = unit.areaM2
        row = unit.row
        column = unit.column
        condition = unit.condition.rawValue
        reservedFor = unit.detail.reservedFor
        conditionNote = unit.detail.note
        conditionUntil = unit.detail.until?.iso
    }

    init(row: Row) throws {
        id = try row.decode(Int64?.self, forColumn: Columns.id)
        code = try row.decode(String.self, forColumn: Columns.code)
        zoneCode = try row.decode(String.self, forColumn: Columns.zoneCode)
        number = try row.decode(Int.self, forColumn: Columns.number)
        areaM2 = try row.decode(Double?.self, forColumn: Columns.areaM2)
        self.row = try row.decode(Int.self, forColumn: Columns.row)
        column = try row.decode(Int.self, forColumn: Columns.column)
        condition = try row.decode(String.self, forColumn: Columns.condition)
        reservedFor = try row.decode(Int64?.self, forColumn: Columns.reservedFor)
        conditionNote = try row.decode(String?.self, forColumn: Columns.conditionNote)
        conditionUntil = try row.decode(String?.self, forColumn: Columns.conditionUntil)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.code] = code
        container[Columns.zoneCode] = zoneCode
        container[Columns.number] = number
        container[Columns.areaM2] = areaM2
        container[Columns.row] = row
        container[Columns.column] = column
        container[Columns.condition] = condition
        container[Columns.reservedFor] = reservedFor
        container[Columns.conditionNote] = conditionNote
        container[Columns.conditionUntil] = conditionUntil
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The unit as the domain knows it, with the trades it allows and the
    /// name of the occupant it is reserved for.
    func unit(allowedTrades: [String], holderName: String? = nil) throws -> Unit {
        guard let condition = UnitCondition(rawValue: condition) else {
            throw StoreError.corrupt("unit \(code)")
        }
        var until: Day?
        if let conditionUntil {
            guard let day = Day(conditionUntil) else { throw StoreError.corrupt("unit \(code)") }
            until = day
        }
        return Unit(
            zoneCode: zoneCode, number: number, areaM2: areaM2, allowedTrades: allowedTrades,
            row: row, column: column, condition: condition,
            detail: ConditionDetail(
                reservedFor: reservedFor, reservedForName: holderName, note: conditionNote,
                until: until))
    }
}
