import GRDB
import HanoutDomain

/// A row of `occupant`: an artisan, a cooperative or an association.
///
/// Its trades are rows of `occupant_trade` (`OccupantTradeRecord`), in the
/// order the occupant gave them; its search words are in the search index.
struct OccupantRecord: FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "occupant"

    enum Columns {
        static let id = Column("id")
        static let kind = Column("kind")
        static let name = Column("name")
        /// The name folded (`TextKey.fold`): the directory's order.
        static let nameKey = Column("name_key")
        static let category = Column("category")
        static let cin = Column("cin")
        static let nia = Column("nia")
        static let phone = Column("phone")
        static let commune = Column("commune")
        static let registration = Column("registration")
        static let members = Column("members")
    }

    /// Every column, in the table's order: reads and bulk writes name them from here.
    static let columns: [Column] = [
        Columns.id, Columns.kind, Columns.name, Columns.nameKey, Columns.category, Columns.cin,
        Columns.nia, Columns.phone, Columns.commune, Columns.registration, Columns.members,
    ]

    static var databaseSelection: [any SQLSelectable] { columns }

    /// Nil until inserted (SQLite then gives the next id).
    var id: Int64?
    var kind: String
    var name: String
    var nameKey: String
    var category: String?
    var cin: String?
    var nia: String?
    var phone: String?
    var commune: String?
    var registration: String?
    var members: Int?

    /// The row of `occupant`, whose name key is `nameKey` when the caller
    /// folded it already (folding is the costly part of a bulk write).
    init(_ occupant: Occupant, nameKey: String? = nil) {
        id = occupant.id == 0 ? nil : occupant.id
        kind = occupant.kind.rawValue
        name = occupant.name
        self.nameKey = nameKey ?? TextKey.fold(occupant.name)
        category = occupant.category?.rawValue
        cin = occupant.cin
        nia = occupant.nia
        phone = occupant.phone
        commune = occupant.commune
        registration = occupant.registration
        members = occupant.members
    }

    init(row: Row) throws {
        id = try row.decode(Int64?.self, forColumn: Columns.id)
        kind = try row.decode(String.self, forColumn: Columns.kind)
        name = try row.decode(String.self, forColumn: Columns.name)
        nameKey = try row.decode(String.self, forColumn: Columns.nameKey)
        category = try row.decode(String?.self, forColumn: Columns.category)
        cin = try row.decode(String?.self, forColumn: Columns.cin)
        nia = try row.decode(String?.self, forColumn: Columns.nia)
        phone = try row.decode(String?.self, forColumn: Columns.phone)
        commune = try row.decode(String?.self, forColumn: Columns.commune)
        registration = try row.decode(String?.self, forColumn: Columns.registration)
        members = try row.decode(Int?.self, forColumn: Columns.members)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.kind] = kind
        container[Columns.name] = name
        container[Columns.nameKey] = nameKey
        container[Columns.category] = category
        container[Columns.cin] = cin
        container[Columns.nia] = nia
        container[Columns.phone] = phone
        container[Columns.commune] = commune
        container[Columns.registration] = registration
        container[Columns.members] = members
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The occupant as the domain knows it, with its trades in order.
    func occupant(trades: [String]) throws -> Occupant {
        guard let id, let kind = OccupantKind(rawValue: kind) else {
            throw StoreError.corrupt("occupant \(id ?? 0)")
        }
        var category: ArtisanCategory?
        if let text = self.category {
            guard let known = ArtisanCategory(rawValue: text) else {
                throw StoreError.corrupt("occupant \(id)")
            }
            category = known
        }
        return Occupant(
            id: id, kind: kind, name: name, category: category, trades: trades, cin: cin,
            nia: nia, phone: phone, commune: commune, registration: registration,
            members: members)
    }
}
