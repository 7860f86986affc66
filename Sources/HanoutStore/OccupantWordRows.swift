import Foundation
import GRDB
import HanoutDomain

/// The search index rows of many occupants, gathered while they are written
/// and stored at the end in the index's own order (word, name key, id).
///
/// Written one occupant at a time, each row lands on a random page of the
/// index; written in order, each page is filled once. The rows are the same
/// as `OccupantWords.insert` writes, only the order of writing changes.
struct OccupantWordRows {
    /// One row: numbers for the word and name key (their rank by bytes once
    /// `write` sorts them), the occupant's CIN key (1 + its place in
    /// `cinKeys`, 0 for none), and its id.
    private struct Row {
        var word: UInt32
        var nameKey: UInt32
        var cinKey: UInt32
        var id: Int64
    }

    /// A name key as `add` needs it: its number, and where its words are.
    struct Name {
        fileprivate var number: UInt32
        fileprivate var words: Range<Int>
    }

    private var words: [String] = []
    private var wordNumbers: [String: UInt32] = [:]
    private var nameKeys: [String] = []
    /// The name keys met so far: cutting one into words costs, and names recur.
    private var names: [String: Name] = [:]
    /// The word numbers of each name key, one after the other.
    private var nameWords: [UInt32] = []
    private var cinKeys: [String] = []
    private var rows: [Row] = []

    /// The name whose key (`TextKey.fold` of the name) is `key`.
    mutating func name(key: String) -> Name {
        if let name = names[key] { return name }
        let start = nameWords.count
        for word in SearchWords.words(inFolded: key) { nameWords.append(number(ofWord: word)) }
        let name = Name(number: UInt32(nameKeys.count), words: start..<nameWords.count)
        nameKeys.append(key)
        names[key] = name
        return name
    }

    /// Adds the rows of occupant `id`: its name (from `name(key:)`) and its
    /// CIN folded, if it has one.
    mutating func add(id: Int64, name: Name, cinKey: String?) {
        var cin: UInt32 = 0
        if let cinKey {
            cinKeys.append(cinKey)
            cin = UInt32(cinKeys.count)
        }
        func add(_ word: UInt32) {
            rows.append(Row(word: word, nameKey: name.number, cinKey: cin, id: id))
        }
        for word in nameWords[name.words] { add(word) }
        guard let cinKey else { return }
        // The CIN's words after the name's, those not already there, as
        // `OccupantWords.words` gives them.
        for word in SearchWords.words(inFolded: cinKey) {
            let number = number(ofWord: word)
            if !nameWords[name.words].contains(number) { add(number) }
        }
    }

    private mutating func number(ofWord word: String) -> UInt32 {
        if let known = wordNumbers[word] { return known }
        let number = UInt32(words.count)
        words.append(word)
        wordNumbers[word] = number
        return number
    }

    /// Inserts every row in the index's order and forgets them.
    mutating func write(_ db: Database) throws {
        let (wordRank, wordsByRank) = Self.rankByBytes(words)
        let (keyRank, keysByRank) = Self.rankByBytes(nameKeys)
        words = []
        wordNumbers = [:]
        nameKeys = []
        names = [:]
        for index in rows.indices {
            rows[index].word = wordRank[Int(rows[index].word)]
            rows[index].nameKey = keyRank[Int(rows[index].nameKey)]
        }
        // SQLite compares TEXT by bytes (BINARY): ranks by bytes give its order.
        rows.sort {
            ($0.word, $0.nameKey, $0.id) < ($1.word, $1.nameKey, $1.id)
        }
        var insert = BatchInsert(
            into: "occupant_word", columns: ["word", "name_key", "occupant_id", "cin_key"])
        for row in rows {
            insert.append(wordsByRank[Int(row.word)])
            insert.append(keysByRank[Int(row.nameKey)])
            insert.append(row.id)
            insert.append(row.cinKey == 0 ? nil : cinKeys[Int(row.cinKey) - 1])
            try insert.flushIfFull(db)
        }
        try insert.flush(db)
        rows = []
        cinKeys = []
    }

    /// Each string's rank in the order of their UTF-8 bytes, and the strings in that order.
    private static func rankByBytes(_ strings: [String]) -> (rank: [UInt32], sorted: [String]) {
        let order = strings.indices.sorted { ByteOrder.precedes(strings[$0], strings[$1]) }
        var rank = [UInt32](repeating: 0, count: strings.count)
        for (position, index) in order.enumerated() { rank[index] = UInt32(position) }
        return (rank, order.map { strings[$0] })
    }
}
