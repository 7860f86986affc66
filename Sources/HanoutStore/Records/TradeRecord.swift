import GRDB
import HanoutDomain

/// A row of `trade`: one trade of the catalogue.
struct TradeRecord: FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "trade"

    enum Columns {
        static let code = Column("code")
        static let nameFr = Column("name_fr")
        static let nameEn = Column("name_en")
        static let branchFr = Column("branch_fr")
        static let branchEn = Column("branch_en")
        static let family = Column("family")
    }

    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.code, Columns.nameFr, Columns.nameEn, Columns.branchFr, Columns.branchEn,
            Columns.family,
        ]
    }

    var code: String
    var nameFr: String
    var nameEn: String
    var branchFr: String
    var branchEn: String
    var family: String

    init(_ trade: Trade) {
        code = trade.code
        nameFr = trade.nameFr
        nameEn = trade.nameEn
        branchFr = trade.branchFr
        branchEn = trade.branchEn
        family = trade.family.rawValue
    }

    init(row: Row) throws {
        code = try row.decode(String.self, forColumn: Columns.code)
        nameFr = try row.decode(String.self, forColumn: Columns.nameFr)
        nameEn = try row.decode(String.self, forColumn: Columns.nameEn)
        branchFr = try row.decode(String.self, forColumn: Columns.branchFr)
        branchEn = try row.decode(String.self, forColumn: Columns.branchEn)
        family = try row.decode(String.self, forColumn: Columns.family)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.code] = code
        container[Columns.nameFr] = nameFr
        container[Columns.nameEn] = nameEn
        container[Columns.branchFr] = branchFr
        container[Columns.branchEn] = branchEn
        container[Columns.family] = family
    }

    /// The trade as the domain knows it.
    func trade() throws -> Trade {
        guard let family = TradeFamily(rawValue: family) else {
            throw StoreError.corrupt("trade \(code)")
        }
        return Trade(
            code: code, nameFr: nameFr, nameEn: nameEn, branchFr: branchFr, branchEn: branchEn,
            family: family)
    }
}
