import GRDB

/// Records that stand side by side in one row (a unit, the allocation that
/// covers it, its occupant), each followed by values computed for it (its
/// trades), cut apart by GRDB's row adapters so that each record reads its
/// own columns by name.
struct RowLayout {
    private var names: [String] = []
    private var widths: [Int] = []

    /// Adds the next record's place: its columns (`databaseSelection`), then `extra` values.
    mutating func add<Record: TableRecord>(_ type: Record.Type, as scope: String, extra: Int = 0) {
        names.append(scope)
        widths.append(Record.databaseSelection.count + extra)
    }

    /// The adapter that gives each record its scope (`row.scopes[name]`).
    var adapter: ScopeAdapter {
        ScopeAdapter(
            Dictionary(
                zip(names, splittingRowAdapters(columnCounts: widths)),
                uniquingKeysWith: { first, _ in first }))
    }

    /// The part of `row` that holds the record placed as `scope`.
    static func scope(_ name: String, of row: Row) throws -> Row {
        guard let scoped = row.scopes[name] else {
            throw StoreError.internalInconsistency("no \(name) in the row")
        }
        return scoped
    }
}
