import GRDB

/// A row of `occupant_trade`: a trade an occupant exercises, `rank` giving
/// the order it was declared in (the first is its main trade).
struct OccupantTradeRecord: FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "occupant_trade"

    enum Columns {
        static let occupantID = Column("occupant_id")
        static let tradeCode = Column("trade_code")
        static let rank = Column("rank")
    }

    static let columns: [Column] = [Columns.occupantID, Columns.tradeCode, Columns.rank]

    var occupantID: Int64
    var tradeCode: String
    var rank: Int

    init(occupantID: Int64, tradeCode: String, rank: Int) {
        self.occupantID = occupantID
        self.tradeCode = tradeCode
        self.rank = rank
    }

    init(row: Row) throws {
        occupantID = try row.decode(Int64.self, forColumn: Columns.occupantID)
        tradeCode = try row.decode(String.self, forColumn: Columns.tradeCode)
        rank = try row.decode(Int.self, forColumn: Columns.rank)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.occupantID] = occupantID
        container[Columns.tradeCode] = tradeCode
        container[Columns.rank] = rank
    }
}
