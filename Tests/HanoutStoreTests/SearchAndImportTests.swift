import Foundation
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

@Suite struct SearchTests {
    @Test func searchIgnoresCaseAndAccentsAndMatchesPrefixes() throws {
        let database = try smallDatabase()
        #expect(try database.occupants(search: "ait").map(\.id) == [1])
        #expect(try database.occupants(search: "hassan").map(\.id) == [2])
        #expect(try database.occupants(search: "COOPERATIVE tif").map(\.id) == [3])
        #expect(try database.occupants(search: "nobody").isEmpty)
    }

    @Test func tradeFilterAndSearchCombine() throws {
        let database = try smallDatabase()
        #expect(try database.occupants(trade: "MEN").map(\.id) == [1, 3])
        #expect(try database.occupants(trade: "SER", search: "hass").map(\.id) == [2])
    }

    @Test func searchFindsNamesInArabicScriptInTheRegion() throws {
        let database = try fixtureRegion()
        let arabic = try #require(
            try database.occupants().first {
                $0.name.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
            })
        let firstWord = String(arabic.name.split(separator: " ")[0])
        #expect(try database.occupants(search: firstWord).contains { $0.id == arabic.id })
    }

    @Test func zonesAreFoundByCodeOrNameIgnoringCaseAndAccents() throws {
        let database = try fixtureRegion()
        #expect(try database.zone(matching: "aou").code == "AOU")
        #expect(try database.zone(matching: "AOUARTAS").code == "AOU")
        #expect(throws: StoreError.unknownZone("Casablanca")) {
            try database.zone(matching: "Casablanca")
        }
    }
}

@Suite struct ImportTests {
    @Test func aGoodFileImportsEveryOccupant() throws {
        let database = try smallDatabase()
        let csv =
            "kind,name,trades,cin\nartisan,Itto Amzil,MEN,JE000001\ncooperative,\"Tamount, Anzi\",SER;MEN,\n"
        #expect(try database.importOccupants(csv: Array(csv.utf8), file: "new.csv", by: "c") == 2)
        #expect(try database.occupants(search: "tamount").first?.trades == ["SER", "MEN"])
        #expect(try database.journal().last?.action == .importOccupants)
    }

    @Test func aBadFileNamesEveryLineAndFieldAndWritesNothing() throws {
        let database = try smallDatabase()
        let csv = """
            kind,name,trades,cin,members
            artisan,Itto Amzil,MEN,JE000001,
            robot,Lahcen,MEN,,
            artisan,,MEN,,
            artisan,Ijja,XYZ,,
            cooperative,Tamount,SER,,-3

            """
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(csv: Array(csv.utf8), file: "bad.csv", by: "c")
        }
        let places = Set(error.problems.map { "\($0.line ?? 0):\($0.field ?? "")" })
        #expect(places == ["3:kind", "4:name", "5:trades", "6:members"])
        #expect(error.message(in: .en).contains("bad.csv:5:trades: unknown trade 'XYZ'"))
        #expect(try database.occupants().count == 3)
    }

    @Test func aTradeRepeatedInARowIsALineProblemNotADatabaseError() throws {
        let database = try smallDatabase()
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(
                csv: Array("kind,name,trades\nartisan,Itto,MEN;MEN\n".utf8), file: "r.csv", by: "c")
        }
        #expect(error.problems.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["2:trades"])
    }

    @Test func aCINTwiceInOneFileIsALineProblem() throws {
        let database = try smallDatabase()
        let csv = "kind,name,trades,cin\nartisan,Itto,MEN,JE1\nartisan,Ijja,MEN,JE1\n"
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(csv: Array(csv.utf8), file: "c.csv", by: "c")
        }
        #expect(error.problems.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["3:cin"])
    }

    @Test func aMalformedCSVIsRefusedWithItsLine() throws {
        let database = try smallDatabase()
        let csv = "kind,name,trades\nartisan,\"Itto,MEN\nartisan,Ijja,MEN\n"
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(csv: Array(csv.utf8), file: "q.csv", by: "c")
        }
        #expect(error.problems.map(\.line) == [2])
        #expect(try database.occupants().count == 3)
    }

    @Test func anUnknownOrMissingColumnIsRefused() throws {
        let database = try smallDatabase()
        let error = try #require(throws: ImportFailed.self) {
            try database.importOccupants(
                csv: Array("kind,nom,trades\n".utf8), file: "c.csv", by: "c")
        }
        #expect(Set(error.problems.compactMap(\.field)) == ["name", "nom"])
    }
}
