import GRDB
import Testing

@testable import HanoutStore

/// The one writer of the search index gives the same rows whether it sorts
/// them all in memory or sets sorted runs aside in a temporary file and
/// merges them.
@Suite struct OccupantWordWriterTests {
    func words(_ database: AppDatabase) throws -> [[String]] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM occupant_word ORDER BY 1, 2, 3")
                .map { row in row.databaseValues.map(\.description) }
        }
    }

    @Test(arguments: [1 << 30, 64 << 10, 1])
    func theIndexIsTheSameHoweverManyRunsItIsSortedIn(memoryBudget: Int) throws {
        let database = try smallDatabase()
        try database.importOccupants(
            csv: Array(BulkImportTests.csv(count: 3_000).utf8), file: "f.csv", by: "c")
        let written = try words(database)
        #expect(written.count > 6_000)
        try database.writer.write { db in
            try OccupantWordWriter.rebuild(db, memoryBudget: memoryBudget)
        }
        #expect(try words(database) == written)
        // In the index's own order, as SQLite keeps it (BINARY).
        let order = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT word FROM occupant_word")
        }
        #expect(order == order.sorted { BinaryCollation.precedes($0, $1) })
    }
}
