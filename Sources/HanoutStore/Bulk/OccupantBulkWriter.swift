import GRDB
import HanoutDomain

/// Writes the occupants of a large import or a generated region, inside the
/// caller's bulk write (`bulkWrite`): the same rows as `OccupantWriter.insert`
/// for each, many rows a statement, and the search index last, in its own
/// order (`OccupantWordWriter`).
///
/// The caller checks what a clerk's action would (`OccupantImportChecks`);
/// the database checks its own rules when the bulk write ends (`BulkWriteCheck`).
struct OccupantBulkWriter {
    /// The occupant's columns, in the order `append` gives their values.
    static let occupantColumns = [
        "id", "kind", "name", "name_key", "category", "cin", "nia", "phone", "commune",
        "registration", "members", "phone_key",
    ]

    private var occupants = BatchInsert(into: "occupant", columns: occupantColumns)
    private var trades = BatchInsert(
        into: "occupant_trade", columns: ["occupant_id", "trade_code", "rank"])
    private var words = OccupantWordWriter()

    /// Adds `occupant`, with its name and CIN folded (`TextKey.fold`); it is
    /// written by a later call or by `finish`.
    mutating func insert(_ db: Database, _ occupant: Occupant, nameKey: String, cinKey: String?)
        throws
    {
        Self.append(occupant, nameKey: nameKey, to: &occupants)
        for (rank, trade) in occupant.trades.enumerated() {
            trades.append(occupant.id)
            trades.append(trade)
            trades.append(rank)
        }
        try words.add(id: occupant.id, nameKey: nameKey, cin: occupant.cin, cinKey: cinKey)
        try occupants.flushIfFull(db)
        try trades.flushIfFull(db)
    }

    /// The values of `occupantColumns`, in their order.
    private static func append(_ occupant: Occupant, nameKey: String, to row: inout BatchInsert) {
        row.append(occupant.id)
        row.append(occupant.kind.rawValue)
        row.append(occupant.name)
        row.append(nameKey)
        row.append(occupant.category?.rawValue)
        row.append(occupant.cin)
        row.append(occupant.nia)
        row.append(occupant.phone)
        row.append(occupant.commune)
        row.append(occupant.registration)
        row.append(occupant.members)
        row.append(OccupantWords.phoneKey(occupant.phone))
    }

    /// Writes what is pending, then the search index rows of every occupant.
    mutating func finish(_ db: Database) throws {
        try occupants.flush(db)
        try trades.flush(db)
        try words.write(db)
    }
}
