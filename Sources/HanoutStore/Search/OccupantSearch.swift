import GRDB
import HanoutDomain

/// Finds occupants whose words start with every word typed, in list order
/// (name, then id), reading the search index `occupant_word` and, for CINs
/// of letters and digits, the CIN's own index (see `OccupantWords`).
///
/// One typed word drives the search: the one with the fewest index rows.
/// - When it has few rows (a rare name, a CIN), all are read and sorted: the
///   count is exact.
/// - When it has many ("h" matches a third of a country), each matching word's
///   rows are already in list order, so they are merged as they are read and
///   the search stops once the window is full and the count has gone far
///   enough (`OccupantSearch+Merge`). The cost follows the screen, not the
///   number of matches.
/// The other typed words, and the trades, are checked on each occupant read.
struct OccupantSearch {
    /// The typed words, folded; each must start a word of the name or the CIN.
    let terms: [String]
    /// Only occupants with one of these trades; all when empty.
    let trades: [String]

    /// The terms of what a clerk typed: a phone number (or its last digits)
    /// alone, as `PhoneSearch` keys it (`occupant.phone_key`), else the words typed.
    static func terms(for search: String) -> [String] {
        PhoneSearch.typedWord(search).map { [$0] } ?? SearchWords.words(in: search)
    }

    /// Index rows a typed word may have and still be read whole and sorted:
    /// a few milliseconds at most (tests lower it to try both ways).
    var fewRows = defaultFewRows
    static let defaultFewRows = 4_000
    /// Index rows a count may read past the window before it stops and says
    /// "more than": a search of several frequent words can match one row in
    /// ten, and counting a thousand of them would cost more than the screen.
    var countingBudget = 2_000

    /// One occupant as the index gives it, in list order.
    struct Entry {
        let nameKey: String
        let id: Int64
        let cinKey: String?

        init(row: Row) {
            nameKey = row[0]
            id = row[1]
            cinKey = row[2]
        }

        /// List order: SQLite's (bytes of the name key, id).
        func precedes(_ other: Entry) -> Bool {
            if nameKey == other.nameKey { return id < other.id }
            return BinaryCollation.precedes(nameKey, other.nameKey)
        }
    }

    /// The ids of matches `offset ..< offset + limit`, and the count as far as `counting` asks
    /// (always exact when it costs nothing more).
    func run(_ db: Database, offset: Int, limit: Int, counting: Counting) throws
        -> (ids: [Int64], count: ResultCount?)
    {
        guard !terms.isEmpty else { return ([], .exactly(0)) }
        if terms.count == 1, PhoneSearch.isIndexWord(terms[0]) {
            return try readPhones(db, key: terms[0], offset: offset, limit: limit)
        }
        var driver = terms[0]
        var driverRows = Int.max
        for term in terms {
            let rows =
                try Self.indexRows(db, startingWith: term, upTo: fewRows)
                + Self.plainCINs(db, startingWith: term, upTo: fewRows)
            // Ties (all frequent) go to the longest word, usually the rarest.
            if rows < driverRows || (rows == driverRows && term.count > driver.count) {
                (driver, driverRows) = (term, rows)
            }
        }
        let others = terms.filter { $0 != driver }
        if driverRows < fewRows {
            return try readWhole(db, driver: driver, others: others, offset: offset, limit: limit)
        }
        let window = SearchWindow(
            offset: offset, limit: limit, counting: counting, budget: countingBudget)
        return try merge(
            db, words: words(db, startingWith: driver), cins: cinSQL(db, startingWith: driver),
            prefix: driver, others: others, window)
    }

    /// The bounds of the index rows whose word starts with `prefix`.
    static func bounds(_ prefix: String) -> StatementArguments {
        // U+10FFFF sorts after every character, so this is the end of the prefix's range.
        ["low": prefix, "high": prefix + "\u{10FFFF}"]
    }

    /// How many index rows start with `prefix`, counting no further than `limit`.
    static func indexRows(_ db: Database, startingWith prefix: String, upTo limit: Int) throws
        -> Int
    {
        let statement = try db.cachedStatement(
            sql: """
                SELECT count(*) FROM (SELECT 1 FROM occupant_word
                                      WHERE word >= :low AND word < :high LIMIT :limit)
                """)
        var arguments = bounds(prefix)
        _ = arguments.append(contentsOf: ["limit": limit])
        return try Int.fetchOne(statement, arguments: arguments) ?? 0
    }

    /// How many CINs found by their own index (`OccupantWords.isFoundByItsIndex`)
    /// start with `prefix`, in any case, counting no further than `limit`.
    static func plainCINs(_ db: Database, startingWith prefix: String, upTo limit: Int) throws
        -> Int
    {
        guard prefix.utf8.allSatisfy(OccupantWords.isPlainCINByte) else { return 0 }
        let statement = try db.cachedStatement(
            sql: """
                SELECT count(*) FROM (SELECT 1 FROM occupant o INDEXED BY occupant_by_cin_any_case
                                      WHERE \(plainCINCondition) LIMIT :limit)
                """)
        var arguments = bounds(prefix)
        _ = arguments.append(contentsOf: ["limit": limit])
        return try Int.fetchOne(statement, arguments: arguments) ?? 0
    }

    /// The CINs of ASCII letters and digits between the bounds, in any case
    /// (SQLite's NOCASE folds ASCII alone, as `TextKey.fold` does such a CIN).
    static let plainCINCondition = """
        o.cin COLLATE NOCASE >= :low AND o.cin COLLATE NOCASE < :high
        AND o.cin NOT GLOB '*[^0-9A-Za-z]*'
        """

    /// CINs starting with a frequent word past which their occupants are read
    /// in the directory's order, filtered, rather than sorted: one in twenty
    /// of a million, so a screen and its count read a few thousand rows
    /// (tests lower it to try both ways).
    var manyCINs = defaultManyCINs
    static let defaultManyCINs = 50_000

    /// The occupants whose CIN, found by its own index, starts with `prefix`,
    /// (name key, id, CIN key) through `index`, limited to the trades when
    /// some are chosen, in list order when `ordered`.
    func cinSQL(through index: String, ordered: Bool) -> String {
        """
        SELECT o.name_key, o.id, lower(o.cin) FROM occupant o INDEXED BY \(index)
        WHERE \(Self.plainCINCondition) \(trades.isEmpty ? "" : "AND \(Self.hasTrade("o.id", trades.count))")
        \(ordered ? "ORDER BY o.name_key, o.id" : "")
        """
    }

    /// The statement giving, in list order, the occupants whose CIN starts
    /// with a frequent word `prefix`; nil when none does. Few: from the CIN
    /// index, sorted by SQLite. Many (`manyCINs`): from the directory's
    /// index, in its order, each row's CIN checked, a screen read at once.
    func cinSQL(_ db: Database, startingWith prefix: String) throws -> String? {
        let count = try Self.plainCINs(db, startingWith: prefix, upTo: manyCINs)
        guard count > 0 else { return nil }
        return count < manyCINs
            ? cinSQL(through: "occupant_by_cin_any_case", ordered: true)
            : cinSQL(through: "occupant_name_key", ordered: true)
    }

    /// The rows of one word, or of a prefix, limited to the trades when some are chosen.
    func entrySQL(_ wordCondition: String) -> String {
        """
        SELECT w.name_key, w.occupant_id, w.cin_key FROM occupant_word w
        WHERE \(wordCondition) \(trades.isEmpty ? "" : "AND \(Self.hasTrade("w.occupant_id", trades.count))")
        """
    }

    /// The condition that occupant `id` exercises one of the trades bound to `:trade0`, `:trade1`…
    static func hasTrade(_ id: String, _ count: Int) -> String {
        """
        EXISTS (SELECT 1 FROM occupant_trade t
                WHERE t.occupant_id = \(id) AND t.trade_code IN (\(tradeList(count))))
        """
    }

    /// `:trade0, :trade1…`, bound by `tradeArguments`.
    static func tradeList(_ count: Int) -> String {
        (0..<count).map { ":trade\($0)" }.joined(separator: ", ")
    }

    static func tradeArguments(_ trades: [String]) -> StatementArguments {
        var arguments: [String: (any DatabaseValueConvertible)?] = [:]
        for (index, trade) in trades.enumerated() { arguments["trade\(index)"] = trade }
        return StatementArguments(arguments)
    }

    var tradeArgument: StatementArguments { Self.tradeArguments(trades) }

    /// Whether an occupant read for the driving word also has the other words.
    func matchesOthers(_ entry: Entry, _ others: [String]) -> Bool {
        others.allSatisfy { term in
            SearchWords.hasWord(inFolded: entry.nameKey, startingWith: term)
                || SearchWords.hasWord(inFolded: entry.cinKey ?? "", startingWith: term)
        }
    }

    /// A rare driving word: every row read (its index words' and the CINs
    /// it starts), sorted, counted exactly.
    func readWhole(_ db: Database, driver: String, others: [String], offset: Int, limit: Int)
        throws -> (ids: [Int64], count: ResultCount?)
    {
        var sqls = [entrySQL("w.word >= :low AND w.word < :high")]
        if driver.utf8.allSatisfy(OccupantWords.isPlainCINByte) {
            sqls.append(cinSQL(through: "occupant_by_cin_any_case", ordered: false))
        }
        return try readWhole(
            db, sqls: sqls, prefix: driver, others: others, offset: offset, limit: limit)
    }

    /// A phone number or its last digits, searched alone (`terms(for:)`): the
    /// occupants whose `phone_key` starts with it, read through its index
    /// (`OccupantWords.phoneKey`), sorted, counted exactly. Four digits, the
    /// fewest searched, are shared by one number in ten thousand.
    func readPhones(_ db: Database, key: String, offset: Int, limit: Int) throws
        -> (ids: [Int64], count: ResultCount?)
    {
        // No other word is checked: the CIN is not needed.
        let sql = """
            SELECT o.name_key, o.id, NULL FROM occupant o
            WHERE o.phone_key >= :low AND o.phone_key < :high \(
                trades.isEmpty ? "" : "AND \(Self.hasTrade("o.id", trades.count))")
            """
        return try readWhole(
            db, sqls: [sql], prefix: key, others: [], offset: offset, limit: limit)
    }

    /// The rows `sqls` give for the bounds of `prefix` and the trades (name
    /// key, id, CIN key), sorted in list order, each occupant once, those with
    /// `others` counted.
    private func readWhole(
        _ db: Database, sqls: [String], prefix: String, others: [String], offset: Int, limit: Int
    ) throws -> (ids: [Int64], count: ResultCount?) {
        var arguments = Self.bounds(prefix)
        _ = arguments.append(contentsOf: tradeArgument)
        var entries: [Entry] = []
        for sql in sqls {
            let statement = try db.cachedStatement(sql: sql)
            entries += try Row.fetchAll(statement, arguments: arguments).map(Entry.init(row:))
        }
        entries.sort { $0.precedes($1) }
        var matches: [Int64] = []
        var previous: Int64?
        for entry in entries where entry.id != previous {
            previous = entry.id
            if matchesOthers(entry, others) { matches.append(entry.id) }
        }
        let window = matches.dropFirst(offset).prefix(limit)
        return (Array(window), .exactly(matches.count))
    }

    /// A round number below `count` (1, 2 or 5 times a power of ten): a count
    /// stopped by its budget is shown as "more than" that.
    static func roundedDown(_ count: Int) -> Int {
        guard count > 10 else { return max(0, count - 1) }
        var power = 1
        while power * 10 < count { power *= 10 }
        return [5 * power, 2 * power, power].first { $0 < count } ?? power
    }

    /// The distinct words of the index that start with `prefix`, one seek each.
    func words(_ db: Database, startingWith prefix: String) throws -> [String] {
        let first = try db.cachedStatement(
            sql: """
                SELECT word FROM occupant_word WHERE word >= :low AND word < :high
                ORDER BY word LIMIT 1
                """)
        let following = try db.cachedStatement(
            sql: """
                SELECT word FROM occupant_word WHERE word > :after AND word < :high
                ORDER BY word LIMIT 1
                """)
        guard var word = try String.fetchOne(first, arguments: Self.bounds(prefix)) else {
            return []
        }
        var words = [word]
        while let next = try String.fetchOne(
            following, arguments: ["after": word, "high": prefix + "\u{10FFFF}"])
        {
            words.append(next)
            word = next
        }
        return words
    }
}
