import GRDB
import HanoutDomain
import Testing

@testable import HanoutStore

/// A CIN of letters and digits is found through the CIN's own index, any
/// other through the words of the search index: either way a typed word
/// finds the card it starts, in any case, among the names, in list order.
@Suite struct CINSearchTests {
    /// Occupants whose CINs take each way, and a name starting like a CIN.
    func registered() throws -> AppDatabase {
        let database = try smallDatabase()
        for (name, cin) in [
            ("Ijja Oubella", "JE124543"), ("Brahim Ait", "je-77"), ("Aicha Amzil", "Z 12/Amzil"),
            ("Itto Bha", "JÉ998"), ("Jebli Lahcen", nil), ("Moha Id", "JE124544"),
        ] as [(String, String?)] {
            _ = try database.add(
                Occupant(kind: .artisan, name: name, trades: ["MEN"], cin: cin), by: "c")
        }
        // As a register written before CINs were kept in capitals may hold one.
        try database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO occupant (kind, name, name_key, cin)
                    VALUES ('artisan', 'Zahra Ouali', 'zahra ouali', 'je124545')
                    """)
            let id = db.lastInsertedRowID
            try OccupantWordWriter.insert(
                db, id: id, nameKey: "zahra ouali", cin: "je124545", phone: nil)
        }
        return database
    }

    /// Every occupant, kept when each typed word starts a word of its name
    /// or CIN, in the directory's order.
    func oracle(_ database: AppDatabase, _ search: String) throws -> [Int64] {
        let terms = SearchWords.words(in: search)
        return try database.occupants().filter { occupant in
            let words = SearchWords.words(in: occupant.name + " " + (occupant.cin ?? ""))
            return terms.allSatisfy { SearchWords.any(words, startsWith: $0) }
        }.map(\.id)
    }

    @Test(arguments: [
        "je", "JE12", "je124543", "Je1245", "je-77", "je 77", "JÉ9", "je99", "z",
        "amzil", "z 12", "ijja je", "je ijja", "jeb", "zahra je124545",
    ])
    func aCINIsFoundInAnyCaseEveryWay(search: String) throws {
        let database = try registered()
        let expected = try oracle(database, search)
        #expect(!expected.isEmpty)
        for (fewRows, manyCINs) in [(0, 1), (0, Int.max), (Int.max, Int.max)] {
            let found = try database.writer.read { db in
                var occupants = OccupantSearch(terms: SearchWords.words(in: search), trades: [])
                occupants.fewRows = fewRows
                occupants.manyCINs = manyCINs
                return try occupants.run(db, offset: 0, limit: 100, counting: .all)
            }
            #expect(found.ids == expected, "fewRows \(fewRows) manyCINs \(manyCINs)")
            #expect(found.count == .exactly(expected.count))
        }
    }

    /// A card of letters and digits has no word in the index (its own index
    /// finds it); any other card's words are there.
    @Test func onlyCardsOfOtherSignsHaveWords() throws {
        let database = try registered()
        let words = try database.writer.read { db in
            try Set(String.fetchAll(db, sql: "SELECT word FROM occupant_word"))
        }
        #expect(!words.contains("je124543") && !words.contains("je124545"))
        #expect(words.isSuperset(of: ["je", "77", "z", "12", "je998"]))
    }
}
