import Foundation
import GRDB
import GRDBSQLite
import HanoutDomain

/// One word's rows of the search index, in list order, stepped through
/// SQLite's C interface: a search merges them comparing the name keys where
/// SQLite holds them, with no copy for each of the thousands of rows it may
/// pass (`name_key`, `occupant_id`, `cin_key` are the statement's columns).
final class WordStream {
    /// Kept so that the prepared statement lives as long as the stream.
    private let statement: Statement
    private var sqlite: OpaquePointer { statement.sqliteStatement }
    private(set) var isDone = false

    /// Starts on the first row.
    init(_ statement: Statement) throws {
        self.statement = statement
        try step()
    }

    func step() throws {
        switch sqlite3_step(sqlite) {
        case SQLITE_ROW: break
        case SQLITE_DONE: isDone = true
        case let code:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(sqlite))))
        }
    }

    var id: Int64 { sqlite3_column_int64(sqlite, 1) }

    /// The bytes of a text column of the current row, valid until the next step.
    private func text(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let start = sqlite3_column_text(sqlite, column) else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(sqlite, column)))
    }

    /// List order, as SQLite sorts: the name key's bytes, then the id.
    func precedes(_ other: WordStream) -> Bool {
        let order = ByteOrder.compare(text(0), other.text(0))
        return order != 0 ? order < 0 : id < other.id
    }

    /// Whether the current occupant also has a word (of its name or CIN) starting with each of `terms`.
    func matches(_ terms: [String]) -> Bool {
        terms.allSatisfy { term in
            SearchWords.hasWord(inFoldedUTF8: text(0), startingWith: term)
                || SearchWords.hasWord(inFoldedUTF8: text(2), startingWith: term)
        }
    }
}
