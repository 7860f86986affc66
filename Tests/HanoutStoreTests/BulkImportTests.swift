import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// The bulk import writes the same rows as writing each occupant alone.
@Suite struct BulkImportTests {
    static let given = ["Lahcen", "Fatima", "Itto", "Brahim", "فاطمة", "ⵉⵟⵜⵓ", "ÉLODIE", "lahcen"]
    static let family = ["Aït Ali", "Id-Bourrous", "Oubella", "أمزيل", "ⴰⵢⵜ ⵎⴰⵙⵙ", "Amzil"]

    /// `count` lines of every kind: with and without id, CIN, category,
    /// members and phone (in the forms clerks write them); names that repeat,
    /// in three scripts; CINs with several words.
    static func csv(count: Int, firstID: Int64 = 500) -> String {
        var text = "kind,name,trades,id,cin,category,members,phone\n"
        var random = SplitMix64(seed: 3)
        for index in 0..<count {
            let name =
                "\(given[Int(random.next() % UInt64(given.count))]) "
                + family[Int(random.next() % UInt64(family.count))]
            let trades = random.next() % 3 == 0 ? "SER;MEN" : "MEN"
            // Ids given on some lines, ahead of those SQLite gives the others.
            let id = index % 5 == 0 ? String(firstID + Int64(index * 3)) : ""
            let cin: String
            switch index % 4 {
            case 0: cin = ""
            case 1: cin = "JE\(100_000 + index)"
            case 2: cin = "\"Z \(index)/Amzil\""
            default: cin = "je-\(index)"
            }
            let digits = String(600_000_000 + index * 7_919)
            let phone: String
            switch index % 3 {
            case 0: phone = ""
            case 1: phone = "0\(digits)"
            default: phone = "+212 \(digits)"
            }
            if index % 7 == 0 {
                text +=
                    "cooperative,\"\(name), coop\",\(trades),\(id),,,\(index % 30),\(phone)\n"
            } else {
                text +=
                    "artisan,\(name),\(trades),\(id),\(cin),\(index % 2 == 0 ? "master" : ""),,"
                    + "\(phone)\n"
            }
        }
        return text
    }

    /// What each table holds, row by row, in a fixed order.
    func contents(_ database: AppDatabase) throws -> [String: [[String]]] {
        try database.writer.read { db in
            var contents: [String: [[String]]] = [:]
            for (table, order) in [
                ("occupant", "id"), ("occupant_trade", "1, 2"), ("occupant_word", "1, 2, 3"),
            ] {
                contents[table] = try Row.fetchAll(
                    db, sql: "SELECT * FROM \(table) ORDER BY \(order)"
                )
                .map { row in row.databaseValues.map(\.description) }
            }
            return contents
        }
    }

    @Test func theBulkImportWritesWhatWritingEachOccupantAloneWrites() throws {
        let text = Self.csv(count: 9_000)
        let bulk = try smallDatabase()
        #expect(try bulk.importOccupants(csv: Array(text.utf8), file: "f.csv", by: "c") == 9_000)

        // Each occupant written alone, with SQLite giving the ids not in the file.
        let alone = try smallDatabase()
        let parsed = OccupantCSV.parse(bytes: Array(text.utf8), file: "f.csv")
        #expect(parsed.problems.isEmpty)
        try alone.writer.write { db in
            for (_, occupant) in parsed.occupants { _ = try OccupantWriter.insert(db, occupant) }
        }
        let expected = try contents(alone)
        let actual = try contents(bulk)
        #expect(expected["occupant"]?.count == 9_003)
        for table in ["occupant", "occupant_trade", "occupant_word"] {
            #expect(actual[table] == expected[table], "\(table)")
        }
    }

    @Test func importedOccupantsAreFoundAndTheDatabaseRulesHold() throws {
        let database = try smallDatabase()
        try database.importOccupants(
            csv: Array(Self.csv(count: 600).utf8), file: "f.csv", by: "c")
        let arabic = try database.occupants(search: "فاطمة")
        #expect(!arabic.isEmpty && arabic.allSatisfy { $0.name.contains("فاطمة") })
        #expect(try database.occupants(search: "je100001").map(\.cin) == ["JE100001"])
        // Line 2 (index 1): 0600007919, found whole and by its last digits.
        #expect(try database.occupants(search: "0600007919").map(\.phone) == ["0600007919"])
        #expect(try database.occupants(search: "7919").map(\.phone) == ["0600007919"])
        #expect(try database.occupants(search: "ⵉⵟⵜⵓ amz").allSatisfy { $0.name.hasPrefix("ⵉⵟⵜⵓ") })
        let (brokenKeys, integrity) = try database.writer.read { db in
            (
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"),
                try String.fetchOne(db, sql: "PRAGMA integrity_check")
            )
        }
        #expect(brokenKeys.isEmpty)
        #expect(integrity == "ok")
        #expect(try database.check(today: TestDay.day).isEmpty)
    }

    @Test func theSettingsOfTheBulkWriteArePutBackAfterAnImportAndAfterARefusal() throws {
        let path = temporaryPath()
        let database = try AppDatabase.open(at: path)
        defer { try? database.close() }
        try database.install(try FixtureSet.load(from: TestRepository.fixtures), by: "test")
        func settings() throws -> [Int] {
            try database.writer.writeWithoutTransaction { db in
                try [
                    "foreign_keys", "ignore_check_constraints", "temp_store", "cache_size",
                    "threads",
                ]
                .map {
                    try Int.fetchOne(db, sql: "PRAGMA \($0)") ?? -1
                }
            }
        }
        let before = try settings()
        #expect(before[0] == 1 && before[1] == 0)
        try database.importOccupants(
            csv: Array("kind,name,trades\nartisan,Itto,MEN\n".utf8), file: "f.csv", by: "c")
        #expect(try settings() == before)
        #expect(throws: ImportFailed.self) {
            try database.importOccupants(
                csv: Array("kind,name,trades\nartisan,Itto,NOPE\n".utf8), file: "f.csv", by: "c")
        }
        #expect(try settings() == before)
        // The constraints are enforced again: a row the import would refuse.
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO occupant_trade (occupant_id, trade_code, rank) VALUES (1, 'NOPE', 5)"
                )
            }
        }
    }

    @Test func aBadLineFarIntoALargeFileIsNamedAndNothingIsWritten() throws {
        let database = try smallDatabase()
        var lines = Self.csv(count: 10_000).split(separator: "\n", omittingEmptySubsequences: false)
        lines[8_001] = "artisan,Itto,XYZ,,,,,"
        lines[9_500] = "robot,Itto,MEN,,,,,"
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(
                csv: Array(lines.joined(separator: "\n").utf8), file: "big.csv", by: "c")
        }
        #expect(
            error.problems.map { "\($0.line ?? 0):\($0.field ?? "")" } == [
                "8002:trades", "9501:kind",
            ])
        #expect(try database.occupantCount() == 3)
        #expect(try database.occupants(search: "amzil").isEmpty)
    }

    @Test func anIdOfTheFileTakenByAnEarlierLineWithoutIdIsRefused() throws {
        let database = try smallDatabase()
        // Line 2 gets id 4 (after the three occupants), which line 3 asks for.
        let csv = "kind,name,trades,id\nartisan,Itto,MEN,\nartisan,Ijja,MEN,4\nartisan,Said,MEN,2\n"
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(csv: Array(csv.utf8), file: "i.csv", by: "c")
        }
        #expect(error.problems.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["3:id", "4:id"])
    }

    /// A short file asks the CIN index line by line; a long one reads the
    /// registered CINs at once: both name a CIN already there.
    @Test(arguments: [1, 200]) func aRegisteredCINIsALineProblem(otherLines: Int) throws {
        let database = try fixtureRegion()
        var csv = "kind,name,trades,cin\n"
        for index in 0..<otherLines { csv += "artisan,Itto \(index),MEN,ZZ\(index)\n" }
        csv += "artisan,Ijja,MEN,JE264760\n"
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(csv: Array(csv.utf8), file: "c.csv", by: "c")
        }
        #expect(
            error.problems.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["\(otherLines + 2):cin"])
        #expect(error.message(in: .en).contains("CIN JE264760 is already registered"))
    }

    @Test func lineProblemsBeforeAMalformedLineAreNamedWithIt() throws {
        let database = try smallDatabase()
        let csv = "kind,name,trades\nrobot,Itto,MEN\nartisan,Ijja,MEN\nartisan,\"Said,MEN\n"
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(csv: Array(csv.utf8), file: "m.csv", by: "c")
        }
        #expect(error.problems.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["2:kind", "4:name"])
        #expect(try database.occupantCount() == 3)
    }
}

@Suite struct BulkTextTests {
    @Test func plainASCIIIsFoldedAsTextKeyFoldsIt() {
        var folder = TextFolder()
        for value in 0..<128 {
            let text = "a" + String(UnicodeScalar(UInt8(value))) + "Z"
            #expect(folder.fold(text) == TextKey.fold(text), "\(value)")
        }
        for text in ["Aït Baha", "ÉLODIE", "فاطمة", "ⵉⵟⵜⵓ", "JE123456", "", "Coopérative"] {
            #expect(folder.fold(text) == TextKey.fold(text))
            #expect(folder.fold(text) == TextKey.fold(text), "remembered")
        }
    }

    @Test func whitespaceIsTrimmedAsFoundationTrimsIt() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "a" + String(scalar)
            #expect(
                text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespaces), "\(value)")
        }
        let samples = [
            " a ", "\ta\t", "a", "", "   ", "\u{00A0}b\u{3000}", "\u{2003}c d\u{2009}", "\nx\n",
            " \u{301}e", "é ", "\u{200B}z\u{200B}", " \t ", "ⵉⵟⵜⵓ ",
        ]
        for text in samples {
            #expect(
                text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespaces), "\(text)")
        }
    }
}
