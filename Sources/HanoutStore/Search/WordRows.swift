import HanoutDomain

/// Rows of the search index held in memory, to be given back sorted in the
/// index's order (word, name key, id): the part of `OccupantWordWriter` that
/// fits its memory budget.
///
/// Each distinct word and name key is kept once and rows refer to them by
/// number, so a row is 24 bytes and a sort compares numbers: the strings are
/// ranked by their bytes once, when the rows are given back.
struct WordRows {
    /// One row: numbers for the word and name key (their rank by bytes once
    /// sorted), the occupant's CIN key (1 + its place in `cinKeys`, 0 for
    /// none), and its id.
    private struct Row {
        var word: UInt32
        var nameKey: UInt32
        var cinKey: UInt32
        var id: Int64
    }

    private var words: [String] = []
    private var wordNumbers: [String: UInt32] = [:]
    private var nameKeys: [String] = []
    /// Each name key met, with where its words are in `nameWords`: cutting a
    /// name into words costs, and names recur.
    private var names: [String: (number: UInt32, words: Range<Int>)] = [:]
    /// The word numbers of each name key, one after the other.
    private var nameWords: [UInt32] = []
    private var cinKeys: [String] = []
    private var rows: [Row] = []
    /// Bytes of the texts kept, with what holding each costs besides.
    private var textBytes = 0

    var isEmpty: Bool { rows.isEmpty }

    /// What a row takes in memory.
    static let rowBytes = MemoryLayout<Row>.stride

    /// About how much memory the rows and texts take.
    var estimatedBytes: Int {
        rows.count * Self.rowBytes + nameWords.count * 4 + textBytes
    }

    /// How many rows are held.
    var count: Int { rows.count }

    /// Makes room for `count` rows at once, rather than doubling the room
    /// as they come (which would hold twice what is needed at times).
    mutating func reserve(rows count: Int) {
        rows.reserveCapacity(count)
    }

    /// Adds the rows of occupant `id`, whose name and CIN are folded
    /// (`TextKey.fold`): the words of `OccupantWords.words(nameKey:cin:)`,
    /// the CIN's only when `cinWords` (it is not found by its own index).
    mutating func add(id: Int64, nameKey: String, cinKey: String?, cinWords: Bool) {
        let name = self.name(key: nameKey)
        var cin: UInt32 = 0
        if let cinKey {
            cinKeys.append(cinKey)
            textBytes += Self.cost(of: cinKey)
            cin = UInt32(cinKeys.count)
        }
        for word in nameWords[name.words] {
            rows.append(Row(word: word, nameKey: name.number, cinKey: cin, id: id))
        }
        guard let cinKey, cinWords else { return }
        for word in SearchWords.words(inFolded: cinKey) {
            let number = number(ofWord: word)
            if !nameWords[name.words].contains(number) {
                rows.append(Row(word: number, nameKey: name.number, cinKey: cin, id: id))
            }
        }
    }

    private mutating func name(key: String) -> (number: UInt32, words: Range<Int>) {
        if let name = names[key] { return name }
        let start = nameWords.count
        for word in SearchWords.words(inFolded: key) { nameWords.append(number(ofWord: word)) }
        let name = (number: UInt32(nameKeys.count), words: start..<nameWords.count)
        nameKeys.append(key)
        names[key] = name
        textBytes += 2 * Self.cost(of: key)
        return name
    }

    private mutating func number(ofWord word: String) -> UInt32 {
        if let known = wordNumbers[word] { return known }
        let number = UInt32(words.count)
        words.append(word)
        wordNumbers[word] = number
        textBytes += 2 * Self.cost(of: word)
        return number
    }

    /// What keeping a string costs: its bytes beyond the 15 a String holds
    /// inline, an allocation's header, and a slot in an array or a table.
    private static func cost(of text: String) -> Int {
        let count = text.utf8.count
        return (count > 15 ? count + 32 : 0) + 16
    }

    /// Gives every row in the index's order (word, name key, id), then forgets them.
    mutating func drain(
        _ body: (_ word: String, _ nameKey: String, _ id: Int64, _ cinKey: String?) throws -> Void
    ) rethrows {
        let (wordRank, wordsByRank) = Self.rankByBytes(words)
        let (keyRank, keysByRank) = Self.rankByBytes(nameKeys)
        for index in rows.indices {
            rows[index].word = wordRank[Int(rows[index].word)]
            rows[index].nameKey = keyRank[Int(rows[index].nameKey)]
        }
        // Ranks by bytes give SQLite's order (BINARY).
        rows.sort { ($0.word, $0.nameKey, $0.id) < ($1.word, $1.nameKey, $1.id) }
        for row in rows {
            try body(
                wordsByRank[Int(row.word)], keysByRank[Int(row.nameKey)], row.id,
                row.cinKey == 0 ? nil : cinKeys[Int(row.cinKey) - 1])
        }
        self = WordRows()
    }

    /// Each string's rank in the order of their UTF-8 bytes, and the strings in that order.
    private static func rankByBytes(_ strings: [String]) -> (rank: [UInt32], sorted: [String]) {
        let order = strings.indices.sorted { BinaryCollation.precedes(strings[$0], strings[$1]) }
        var rank = [UInt32](repeating: 0, count: strings.count)
        for (position, index) in order.enumerated() { rank[index] = UInt32(position) }
        return (rank, order.map { strings[$0] })
    }
}
