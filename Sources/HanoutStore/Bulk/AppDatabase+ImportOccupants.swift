import GRDB
import HanoutCSV
import HanoutDomain

extension AppDatabase {
    /// The tables an import of occupants writes.
    static let importedTables = ["occupant", "occupant_trade", "occupant_word", "journal"]

    /// Imports occupants from CSV: all of them, or none when a line is wrong.
    ///
    /// Every problem is reported with its line and field; trades must exist
    /// and ids (optional) must be new. Returns the number imported.
    ///
    /// The file is read once, a block at a time, on a thread of its own
    /// (`ImportLines`); each line is checked and written as it comes, in one
    /// transaction (`BulkWrite`); from the first problem on, lines are only
    /// checked, to name every bad one, and the transaction is rolled back.
    /// Memory does not grow with the file.
    ///
    /// `expectedSize` (the file's size in bytes, when known) tells whether
    /// reading every CIN already registered at once costs less than looking
    /// up each of the file's.
    @discardableResult
    public func importOccupants(
        csv: CSVReader, file: String, expectedSize: Int? = nil, by clerk: String
    ) throws -> Int {
        let csvLines = OccupantCSV(csv, file: file)
        var problems = csvLines.headerProblems
        guard problems.isEmpty else { throw ImportFailed(problems: problems) }
        let lines = ImportLines(csvLines)
        return try bulkWrite(checking: Self.importedTables) { db -> Int in
            // A line is at least "artisan,X,ABC" and its end: at most one in 14 bytes.
            let expectedLines = (expectedSize ?? 0) / 14
            // A file as large as the directory: its indexes are built anew at
            // the end, rather than a million rows landing on random pages.
            let registered = try OccupantRecord.fetchCount(db)
            let suspended =
                expectedLines >= registered
                ? try SuspendedSchema.suspend(
                    db, indexesOf: ["occupant", "occupant_trade"], triggers: [])
                : nil
            var writer = OccupantBulkWriter()
            let count = try Self.write(
                lines, file: file, expectedLines: expectedLines, into: &writer,
                problems: &problems, db)
            // A file with its header and no line is a wrong file (an export's
            // template, a save cut short), not an import to journal.
            if problems.isEmpty && count == 0 {
                problems.append(
                    ImportProblem(
                        file: file, line: 2,
                        fr: "aucun occupant sous l'en-tête : le fichier n'a qu'une ligne d'en-tête",
                        en: "no occupant below the header: the file has only its header row"))
            }
            guard problems.isEmpty else { throw ImportFailed(problems: problems) }
            try writer.finish(db)
            try suspended?.restore(db)
            try Journal.append(
                db,
                JournalEntry(
                    at: timestamp(), clerk: clerk, action: .importOccupants,
                    note: "\(count) occupants from \(file)"))
            return count
        }
    }

    /// Checks each of `lines` and gives those without a problem to `writer`,
    /// until the first problem; from there on, only checks, to name every
    /// bad line. Returns the number of lines given to `writer`.
    ///
    /// The checks' memory (a million CINs of the file, to find one given
    /// twice) is given back when this returns, before SQLite sorts the
    /// entries of the indexes rebuilt at the end.
    private static func write(
        _ lines: ImportLines, file: String, expectedLines: Int,
        into writer: inout OccupantBulkWriter, problems: inout [ImportProblem], _ db: Database
    ) throws -> Int {
        var checks = try OccupantImportChecks(db, file: file, expectedLines: expectedLines)
        var count = 0
        while let line = lines.next() {
            problems += line.read.problems
            guard var occupant = line.read.occupant else { continue }
            problems += try checks.check(db, &occupant, line: line.read.line)
            guard problems.isEmpty else { continue }
            try writer.insert(db, occupant, nameKey: line.nameKey, cinKey: line.cinKey)
            count += 1
        }
        return count
    }

    /// Imports occupants from CSV held in memory (see `importOccupants(csv:file:by:)`).
    @discardableResult
    public func importOccupants(csv bytes: [UInt8], file: String, by clerk: String) throws -> Int {
        try importOccupants(
            csv: CSVReader(bytes: bytes), file: file, expectedSize: bytes.count, by: clerk)
    }
}
