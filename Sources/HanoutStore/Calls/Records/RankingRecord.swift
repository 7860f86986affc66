import GRDB
import HanoutDomain

/// A row of `ranking`: one version of a call's ranking; frozen once `frozen_at` is set.
struct RankingRecord: Codable, FetchableRecord, MutablePersistableRecord, Hashable {
    static let databaseTableName = "ranking"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let callReference = Column(CodingKeys.callReference)
        static let version = Column(CodingKeys.version)
        static let frozenAt = Column(CodingKeys.frozenAt)
    }

    enum CodingKeys: String, CodingKey {
        case id, version, seed, reason
        case callReference = "call_reference"
        case computedAt = "computed_at"
        case frozenAt = "frozen_at"
    }

    var id: Int64?
    var callReference: String
    var version: Int
    /// The lot's 64-bit seed, its bits kept in SQLite's signed integer.
    var seed: Int64
    var reason: String?
    var computedAt: String
    var frozenAt: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `ranking_entry`: an application's place in one version, or why it is set apart.
struct RankingEntryRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "ranking_entry"

    enum Columns {
        static let rankingID = Column(CodingKeys.rankingID)
        static let rank = Column(CodingKeys.rank)
    }

    enum CodingKeys: String, CodingKey {
        case rank, total, lines, lot
        case rankingID = "ranking_id"
        case applicationID = "application_id"
        case setAside = "set_aside"
    }

    var rankingID: Int64
    var applicationID: Int64
    var rank: Int?
    var total: Int?
    /// The score's lines (`[ScoreLine]`) as JSON.
    var lines: String?
    var lot: Int64?
    /// `{"inadmissible": reason}` or `{"withdrawn": day}`.
    var setAside: String?
}
