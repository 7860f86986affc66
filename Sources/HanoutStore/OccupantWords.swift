import GRDB
import HanoutDomain

/// The search index: one row per word of each occupant's name and CIN,
/// ordered by word and then as the directory lists occupants (name, id).
///
/// A search for a prefix reads one occupant list per matching word, each
/// already in list order, so the first screen of a million matches costs a
/// screen of reads instead of a sort of every match.
enum OccupantWords {
    static let createTable = """
        CREATE TABLE occupant_word (
            word TEXT NOT NULL,
            name_key TEXT NOT NULL,
            occupant_id INTEGER NOT NULL REFERENCES occupant(id),
            -- The CIN, folded, so a search of several words checks them all here.
            cin_key TEXT,
            PRIMARY KEY (word, name_key, occupant_id)) WITHOUT ROWID;
        """

    /// The words stored for an occupant: those of its name and its CIN.
    static func words(name: String, cin: String?) -> [String] {
        words(nameKey: TextKey.fold(name), cinKey: cin.map(TextKey.fold))
    }

    /// The same words from the name and CIN already folded (`TextKey.fold`),
    /// as they are stored in `name_key` and `cin_key`: folding is the costly part.
    static func words(nameKey: String, cinKey: String?) -> [String] {
        var words = SearchWords.words(inFolded: nameKey)
        for word in SearchWords.words(inFolded: cinKey ?? "") where !words.contains(word) {
            words.append(word)
        }
        return words
    }

    /// Indexes one occupant (the statement is compiled once per connection).
    static func insert(_ db: Database, id: Int64, nameKey: String, cin: String?) throws {
        let statement = try db.cachedStatement(
            sql:
                "INSERT INTO occupant_word (word, name_key, occupant_id, cin_key) VALUES (?, ?, ?, ?)"
        )
        let cinKey = cin.map(TextKey.fold)
        for word in words(nameKey: nameKey, cinKey: cinKey) {
            try statement.execute(arguments: [word, nameKey, id, cinKey])
        }
    }

    /// Indexes every occupant, for a database made before the index existed.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM occupant_word")
        try withLargeCache(db) {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, name, cin FROM occupant")
            while let row = try rows.next() {
                try insert(db, id: row[0], nameKey: TextKey.fold(row[1]), cin: row[2])
            }
        }
    }

    /// Runs a bulk write with a page cache big enough for the index's pages,
    /// written in word order, not in the order the rows come.
    static func withLargeCache<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -262144")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(previous)") }
        return try body()
    }
}
