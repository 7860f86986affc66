import GRDB
import HanoutDomain

/// The one writer of the search index (`OccupantWords`): for one occupant,
/// for the million of an import, and for every occupant again.
///
/// Rows are written in the index's own order (word, name key, id): written
/// one occupant at a time, each row lands on a random page of the index;
/// written in order, each page is filled once.
///
/// To sort them without holding them all, rows are gathered in memory
/// (`WordRows`) up to `memoryBudget`; past it, they are sorted and set aside
/// as a run in a temporary file (`WordRunFile`), and the runs are merged at
/// the end, a heap of one reader per run (`MergeHeap`, `WordRunReader`), on
/// a thread of their own while this one writes (`WordRunMerge`).
/// An import of a few thousand occupants never touches the file.
struct OccupantWordWriter {
    /// Bytes of rows and texts held in memory before they are set aside.
    let memoryBudget: Int
    private var rows = WordRows()
    private var runs: WordRunFile?

    /// 8 MiB: with SQLite's page cache and the file's CINs, a million-line
    /// import stays under 128 MiB (119 MiB for the national register's
    /// export, 134 MiB with 12 MiB); a third of the 24 MiB it was cost no
    /// time (more runs to merge are cheap beside the rows written).
    static let defaultMemoryBudget = 8 << 20

    init(memoryBudget: Int = defaultMemoryBudget) {
        self.memoryBudget = memoryBudget
    }

    // MARK: - One occupant, every occupant

    /// Indexes one occupant (a clerk's), whose name is folded (`TextKey.fold`):
    /// a row per word, through a statement compiled once per connection, and
    /// its phone number's key (`OccupantWords.phoneKey`).
    static func insert(
        _ db: Database, id: Int64, nameKey: String, cin: String?, phone: String?
    ) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO occupant_word (\(OccupantWords.columns.joined(separator: ", "))) "
                + "VALUES (?, ?, ?, ?)")
        let cinKey = cin.map(TextKey.fold)
        for word in OccupantWords.words(nameKey: nameKey, cin: cin) {
            try statement.execute(arguments: [word, nameKey, id, cinKey])
        }
        try writePhoneKey(db, id: id, phone: phone)
    }

    /// Indexes an occupant anew after a correction of its name or CIN, or a new
    /// phone number: its old rows, found by their key from the old words, go.
    static func replace(
        _ db: Database, id: Int64, old: Occupant, oldNameKey: String, new: Occupant,
        newNameKey: String
    ) throws {
        let delete = try db.cachedStatement(
            sql: "DELETE FROM occupant_word WHERE word = ? AND name_key = ? AND occupant_id = ?")
        let oldWords = OccupantWords.words(nameKey: oldNameKey, cin: old.cin)
        for word in oldWords {
            try delete.execute(arguments: [word, oldNameKey, id])
        }
        try insert(db, id: id, nameKey: newNameKey, cin: new.cin, phone: new.phone)
    }

    /// Sets the key occupant `id` is found by from its phone number (NULL without one).
    private static func writePhoneKey(_ db: Database, id: Int64, phone: String?) throws {
        let statement = try db.cachedStatement(
            sql: "UPDATE occupant SET phone_key = ? WHERE id = ?")
        try statement.execute(arguments: [phone.flatMap(OccupantWords.phoneKey), id])
    }

    /// Writes the phone key of every occupant with a number, from the
    /// numbers: for a register whose numbers were words of the index
    /// (before `OccupantWords.version` 4). The key's index is built once
    /// after, rather than a million keys landing on random pages of it.
    static func writePhoneKeys(_ db: Database) throws {
        let suspended = try SuspendedSchema.suspend(db, indexes: ["occupant_by_phone_key"])
        let numbers = try db.makeStatement(
            sql: """
                SELECT id, phone FROM occupant WHERE phone IS NOT NULL AND id > ?
                ORDER BY id LIMIT 10000
                """)
        let update = try db.makeStatement(sql: "UPDATE occupant SET phone_key = ? WHERE id = ?")
        var after = Int64.min
        // A batch read, then written: no row changes under a statement reading it.
        while true {
            let batch = try Row.fetchAll(numbers, arguments: [after])
            guard let last = batch.last else { break }
            for row in batch {
                try update.execute(arguments: [OccupantWords.phoneKey(row[1]), row[0]])
            }
            after = last[0]
        }
        try suspended.restore(db)
    }

    /// Indexes every occupant again, from their names and CINs: for a
    /// migration (the index made, or made anew). Tests lower `memoryBudget`
    /// to set rows aside in runs.
    static func rebuild(_ db: Database, memoryBudget: Int = defaultMemoryBudget) throws {
        try db.execute(sql: "DELETE FROM occupant_word")
        var writer = OccupantWordWriter(memoryBudget: memoryBudget)
        try writer.addOccupants(db)
        try writer.write(db)
    }

    /// Indexes again a register whose index was written with `version` of
    /// the cut (see `OccupantWords.version`), and writes the keys of its phone
    /// numbers when it had none (before 4). Since version 5 leaves out the
    /// words of nearly every CIN, every row is written again, in order: less
    /// than finding and deleting most of them.
    static func reindex(_ db: Database, writtenWith version: Int) throws {
        try rebuild(db)
        if version < 4 { try writePhoneKeys(db) }
    }

    /// Adds every occupant.
    private mutating func addOccupants(_ db: Database) throws {
        var folder = TextFolder()
        let rows = try SQLiteStatement(db, sql: "SELECT id, name, cin FROM occupant")
        defer { rows.reset() }
        while try rows.step() {
            let name = String(decoding: rows.text(at: 1), as: UTF8.self)
            let cin = rows.isNull(at: 2) ? nil : String(decoding: rows.text(at: 2), as: UTF8.self)
            try add(
                id: rows.int64(at: 0), nameKey: folder.fold(name), cin: cin,
                cinKey: cin.map { folder.fold($0) })
        }
    }

    // MARK: - Many occupants

    /// Adds the rows of occupant `id`, whose name and CIN are folded
    /// (`TextKey.fold`) as `nameKey` and `cinKey`; they are written by `write`.
    mutating func add(id: Int64, nameKey: String, cin: String?, cinKey: String?) throws {
        rows.add(
            id: id, nameKey: nameKey, cinKey: cinKey,
            cinWords: cin.map { !OccupantWords.isFoundByItsIndex(cin: $0) } ?? false)
        if rows.count >= 1024 && rows.count < 2048 {
            // A large write: room for the whole budget at once.
            rows.reserve(rows: memoryBudget / WordRows.rowBytes + 1024)
        }
        if rows.estimatedBytes > memoryBudget { try setAside() }
    }

    /// Writes every row added, in the index's order, and forgets them.
    mutating func write(_ db: Database) throws {
        var insert = BatchInsert(into: "occupant_word", columns: OccupantWords.columns)
        guard let runs else {
            try rows.drain { word, nameKey, id, cinKey in
                insert.append(word)
                insert.append(nameKey)
                insert.append(id)
                insert.append(cinKey)
                try insert.flushIfFull(db)
            }
            return try insert.flush(db)
        }
        try setAside()
        self.runs = nil
        // The file stays open (`runs` held) until the merge's thread is done with it.
        let merge = WordRunMerge(
            descriptor: runs.descriptor, runs: runs.runs, rowsPerBatch: insert.rowsPerStatement)
        defer { withExtendedLifetime(runs) { merge.close() } }
        while let rows = try merge.next() {
            try insert.insert(db, rows)
        }
    }

    /// Sorts the rows held and sets them aside as a run.
    private mutating func setAside() throws {
        guard !rows.isEmpty else { return }
        let file = try runs ?? WordRunFile()
        runs = file
        try rows.drain { word, nameKey, id, cinKey in
            try file.append(word: word, nameKey: nameKey, id: id, cinKey: cinKey)
        }
        try file.endRun()
    }
}
