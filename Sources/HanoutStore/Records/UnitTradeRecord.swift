import GRDB

/// A row of `unit_trade`: a trade a unit allows (a unit with none allows every trade).
struct UnitTradeRecord: FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "unit_trade"

    enum Columns {
        static let unitID = Column("unit_id")
        static let tradeCode = Column("trade_code")
    }

    var unitID: Int64
    var tradeCode: String

    init(unitID: Int64, tradeCode: String) {
        self.unitID = unitID
        self.tradeCode = tradeCode
    }

    init(row: Row) throws {
        unitID = try row.decode(Int64.self, forColumn: Columns.unitID)
        tradeCode = try row.decode(String.self, forColumn: Columns.tradeCode)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.unitID] = unitID
        container[Columns.tradeCode] = tradeCode
    }
}
