import GRDB
import HanoutDomain

/// A row of `journal`: who did what, when, with the state before and after.
/// Append-only: triggers refuse any change or deletion.
struct JournalRecord: FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "journal"

    enum Columns {
        static let id = Column("id")
        static let at = Column("at")
        static let clerk = Column("clerk")
        static let action = Column("action")
        static let unitCode = Column("unit_code")
        static let occupantID = Column("occupant_id")
        static let decision = Column("decision")
        static let before = Column("before")
        static let after = Column("after")
        static let note = Column("note")
    }

    static var databaseSelection: [any SQLSelectable] {
        [
            Columns.id, Columns.at, Columns.clerk, Columns.action, Columns.unitCode,
            Columns.occupantID, Columns.decision, Columns.before, Columns.after, Columns.note,
        ]
    }

    /// Nil until appended.
    var id: Int64?
    var at: String
    var clerk: String
    var action: String
    var unitCode: String?
    var occupantID: Int64?
    var decision: String?
    var before: String?
    var after: String?
    var note: String?

    init(_ entry: JournalEntry) {
        id = entry.id == 0 ? nil : entry.id
        at = entry.at
        clerk = entry.clerk
        action = entry.action.rawValue
        unitCode = entry.unitCode
        occupantID = entry.occupantID
        decision = entry.decision
        before = entry.before
        after = entry.after
        note = entry.note
    }

    init(row: Row) throws {
        id = try row.decode(Int64?.self, forColumn: Columns.id)
        at = try row.decode(String.self, forColumn: Columns.at)
        clerk = try row.decode(String.self, forColumn: Columns.clerk)
        action = try row.decode(String.self, forColumn: Columns.action)
        unitCode = try row.decode(String?.self, forColumn: Columns.unitCode)
        occupantID = try row.decode(Int64?.self, forColumn: Columns.occupantID)
        decision = try row.decode(String?.self, forColumn: Columns.decision)
        before = try row.decode(String?.self, forColumn: Columns.before)
        after = try row.decode(String?.self, forColumn: Columns.after)
        note = try row.decode(String?.self, forColumn: Columns.note)
    }

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.at] = at
        container[Columns.clerk] = clerk
        container[Columns.action] = action
        container[Columns.unitCode] = unitCode
        container[Columns.occupantID] = occupantID
        container[Columns.decision] = decision
        container[Columns.before] = before
        container[Columns.after] = after
        container[Columns.note] = note
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The entry as the domain knows it.
    func entry() throws -> JournalEntry {
        guard let id, let action = JournalAction(rawValue: action) else {
            throw StoreError.corrupt("journal \(id ?? 0)")
        }
        return JournalEntry(
            id: id, at: at, clerk: clerk, action: action, unitCode: unitCode,
            occupantID: occupantID, decision: decision, before: before, after: after, note: note)
    }
}
