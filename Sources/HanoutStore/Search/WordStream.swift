import GRDB
import HanoutDomain

/// One word's rows of the search index, in list order, read in place
/// (`SQLiteStatement`): a search merges them comparing the name keys where
/// SQLite holds them, with no copy for each of the thousands of rows it may
/// pass (`name_key`, `occupant_id`, `cin_key` are the statement's columns).
final class WordStream {
    private let statement: SQLiteStatement
    private(set) var isDone = false

    /// Starts on the first row.
    init(_ statement: Statement) throws {
        self.statement = SQLiteStatement(statement)
        try step()
    }

    func step() throws {
        isDone = try !statement.step()
    }

    var id: Int64 { statement.int64(at: 1) }

    /// List order, as SQLite sorts: the name key's bytes, then the id.
    func precedes(_ other: WordStream) -> Bool {
        let order = BinaryCollation.compare(statement.text(at: 0), other.statement.text(at: 0))
        return order != 0 ? order < 0 : id < other.id
    }

    /// Whether the current occupant also has a word (of its name or CIN) starting with each of `terms`.
    func matches(_ terms: [String]) -> Bool {
        terms.allSatisfy { term in
            SearchWords.hasWord(inFoldedUTF8: statement.text(at: 0), startingWith: term)
                || SearchWords.hasWord(inFoldedUTF8: statement.text(at: 2), startingWith: term)
        }
    }
}
