import GRDB
import HanoutDomain

/// Writes the occupants of a large import, inside the caller's transaction
/// (`bulkAction`): the same rows as `OccupantWriter.insert` for each, many
/// rows a statement, and the search index last, in its own order.
///
/// The constraints SQLite does not check in a bulk action hold by
/// construction: kind and category come from their Swift types, the name is
/// not blank and members not negative (`OccupantCSV`), the trades exist and
/// the id is free (`OccupantImportChecks`), and the trades and search rows
/// refer to occupants written here.
struct OccupantBulkWriter {
    private var occupants = BatchInsert(
        into: "occupant",
        columns: [
            "id", "kind", "name", "name_key", "category", "cin", "nia", "phone", "commune",
            "registration", "members",
        ])
    private var trades = BatchInsert(
        into: "occupant_trade", columns: ["occupant_id", "trade_code", "rank"])
    private var words = OccupantWordRows()

    /// Adds `occupant`, whose id and trades the caller checked (see
    /// `OccupantImportChecks`), with its name and CIN folded (`TextKey.fold`);
    /// it is written by a later call or by `finish`.
    mutating func insert(_ db: Database, _ occupant: Occupant, nameKey: String, cinKey: String?)
        throws
    {
        let name = words.name(key: nameKey)
        occupants.append(occupant.id)
        occupants.append(occupant.kind.rawValue)
        occupants.append(occupant.name)
        occupants.append(nameKey)
        occupants.append(occupant.category?.rawValue)
        occupants.append(occupant.cin)
        occupants.append(occupant.nia)
        occupants.append(occupant.phone)
        occupants.append(occupant.commune)
        occupants.append(occupant.registration)
        occupants.append(occupant.members)
        for (rank, trade) in occupant.trades.enumerated() {
            trades.append(occupant.id)
            trades.append(trade)
            trades.append(rank)
        }
        words.add(id: occupant.id, name: name, cinKey: cinKey)
        try occupants.flushIfFull(db)
        try trades.flushIfFull(db)
    }

    /// Writes what is pending, then the search index rows of every occupant.
    mutating func finish(_ db: Database) throws {
        try occupants.flush(db)
        try trades.flush(db)
        try words.write(db)
    }
}
