import GRDB

/// The CINs in the database before an import, asked once per line, in any
/// case (`Occupant.keptCIN` keeps them in capitals, but a register written
/// before it may hold small letters): read
/// into memory at once when there are no more of them than lines in the
/// file, looked up in the CIN index one by one otherwise (a short file
/// into a large database).
struct RegisteredCINs {
    private enum Lookup {
        case loaded(Set<String>)
        case probed(RowProbe)
    }
    private let lookup: Lookup

    init(_ db: Database, expectedLines: Int) throws {
        // Counted from the CIN index alone, without reading the occupants.
        let count = try Int.fetchOne(db, sql: "SELECT count(cin) FROM occupant") ?? 0
        if count <= expectedLines {
            lookup = .loaded(
                Set(
                    try String.fetchAll(
                        db, sql: "SELECT upper(cin) FROM occupant WHERE cin IS NOT NULL")))
        } else {
            lookup = .probed(
                try RowProbe(
                    db, sql: "SELECT 1 FROM occupant WHERE cin = ? COLLATE NOCASE"))
        }
    }

    /// Whether `cin`, kept in capitals (`Occupant.keptCIN`), is registered.
    func contains(_ db: Database, _ cin: String) throws -> Bool {
        switch lookup {
        case .loaded(let cins): return cins.contains(cin)
        case .probed(let probe): return try probe.exists(cin)
        }
    }
}
