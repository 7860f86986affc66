import GRDB

/// A row of `scoring_grid`: a grid's JSON under its code, as the committee set it.
struct ScoringGridRecord: Codable, FetchableRecord, PersistableRecord, Hashable {
    static let databaseTableName = "scoring_grid"

    enum Columns {
        static let code = Column("code")
        static let grid = Column("grid")
    }

    var code: String
    /// The grid as `ScoringGrid.encoded()` writes it.
    var grid: String
}
