import GRDB
import HanoutDomain

/// One window of the zones a search finds, and how many it finds.
public struct ZoneSearchPage: Hashable, Sendable {
    public var zones: [ZoneSummary]
    /// How many zones fit the search in all.
    public var matching: Int
    /// How many zones the register has.
    public var total: Int
}

extension AppDatabase {
    /// The zones whose code, name or commune fit `search` (see `ZoneSearch`),
    /// by code: the window `offset ..< offset + limit` with their counts on `day`.
    ///
    /// Zones are few (3,000 for a country): the codes, name keys and communes
    /// are read in one pass and matched here, then only the window's units are
    /// counted, as for the unsearched list.
    public func zoneSummaries(
        on day: Day, matching search: String, offset: Int, limit: Int
    ) throws -> ZoneSearchPage {
        try read { db in
            let matching = try Self.zoneCodes(db, matching: ZoneSearch(search))
            let start = min(max(0, offset), matching.count)
            let window = Array(matching[start..<min(matching.count, start + max(0, limit))])
            let zones =
                window.isEmpty
                ? []
                : try Self.zoneSummaries(
                    db, on: day,
                    of: ZoneRecord.filter(window.contains(ZoneRecord.Columns.code))
                        .order(ZoneRecord.Columns.code))
            return ZoneSearchPage(
                zones: zones, matching: matching.count, total: try ZoneRecord.fetchCount(db))
        }
    }

    /// The codes of the zones that fit `search`, by code.
    static func zoneCodes(_ db: Database, matching search: ZoneSearch) throws -> [String] {
        let columns = ZoneRecord.Columns.self
        let rows = try Row.fetchCursor(
            db,
            ZoneRecord.select(columns.code, columns.nameKey, columns.commune).order(columns.code))
        var codes: [String] = []
        while let row = try rows.next() {
            let code: String = row[0]
            if search.matches(code: code, nameKey: row[1], commune: row[2]) { codes.append(code) }
        }
        return codes
    }
}
