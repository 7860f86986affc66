import Foundation
import Testing

/// `hanout edit-occupant ID`, the built program on a temporary database.
@Suite struct EditOccupantCommandTests {
    let hanout = HanoutProcess()

    func occupant(_ id: String) throws -> [String: String] {
        try #require(
            try hanout.json("occupants", "--format", "json", "--limit", "1000").first {
                $0["id"] == id
            })
    }

    @Test func contactFieldsChangeAndAnEmptyValueClearsOne() throws {
        defer { hanout.removeFolder() }
        let edited = try hanout.run("edit-occupant", "1", "--phone", "0600112233", "--commune", "")
        #expect(edited.status == 0, "\(edited.errors)")
        #expect(edited.output.contains("Saved: Lahcen Ennajjar, #1."), "\(edited.output)")
        let row = try occupant("1")
        #expect(row["phone"] == "0600112233" && row["commune"] == "")
        #expect(try hanout.json("occupants", "--search", "2233", "--format", "json").count == 1)
    }

    @Test func aNameIsCorrectedOnlyWithAReasonWhichTheHistoryShows() throws {
        defer { hanout.removeFolder() }
        let refused = try hanout.run("edit-occupant", "1", "--name", "Lahcen En-Najjar")
        #expect(refused.status == 1)
        #expect(refused.errors.contains("give its reason"), "\(refused.errors)")
        #expect(try occupant("1")["name"] == "Lahcen Ennajjar")

        let corrected = try hanout.run(
            "edit-occupant", "1", "--name", "Lahcen En-Najjar", "--reason", "CIN vue au guichet")
        #expect(corrected.status == 0, "\(corrected.errors)")
        #expect(try occupant("1")["name"] == "Lahcen En-Najjar")
        let found = try hanout.json("occupants", "--search", "en-najjar", "--format", "json")
        #expect(found.map { $0["id"] } == ["1"])
        let entry = try #require(try hanout.json("history", "--format", "json").last)
        #expect(entry["action"] == "correct-occupant" && entry["note"] == "CIN vue au guichet")
        #expect(entry["before"] == #"{"name":"Lahcen Ennajjar"}"#)
        let table = try hanout.run("history")
        #expect(table.output.contains("correction"), "\(table.output)")
        #expect(try hanout.run("check").status == 0)
    }

    @Test func anUnknownOccupantIsAClearError() throws {
        defer { hanout.removeFolder() }
        let unknown = try hanout.run("edit-occupant", "9999", "--phone", "0600")
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("9999"), "\(unknown.errors)")
    }
}
