import Foundation
import GRDB
import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// A clerk changes an occupant's contact fields freely, and corrects a name or a CIN
/// registered wrong only with a reason the journal keeps; the search follows at once.
@Suite struct EditOccupantTests {
    func registered() throws -> (AppDatabase, Occupant) {
        let database = try smallDatabase()
        let saved = try database.add(
            Occupant(
                kind: .artisan, name: "Itto Ait Bha", trades: ["MEN"], cin: "JB12345",
                phone: "0661000001", commune: "Tafraout"), by: "c")
        return (database, saved)
    }

    @Test func aNewPhoneIsSavedJournaledAndFoundAtOnce() throws {
        let (database, itto) = try registered()
        var edited = itto
        edited.phone = "0662999888"
        edited.commune = "Tiznit"
        let saved = try database.edit(edited, correctionReason: nil, by: "clerk-2")
        #expect(saved.phone == "0662999888" && saved.commune == "Tiznit")
        #expect(try database.occupants(search: "9888").map(\.id) == [itto.id])
        #expect(try database.occupants(search: "0001").isEmpty)
        let entry = try #require(try database.journal(occupantID: itto.id).last)
        #expect(entry.action == .editOccupant && entry.clerk == "clerk-2")
        #expect(Journal.fields(entry.before) == ["phone": "0661000001", "commune": "Tafraout"])
        #expect(Journal.fields(entry.after) == ["phone": "0662999888", "commune": "Tiznit"])
        let check = try database.check(today: TestDay.day)
        #expect(check.isEmpty, "\(check)")
    }

    @Test func aNameIsCorrectedOnlyWithAReason() throws {
        let (database, itto) = try registered()
        var edited = itto
        edited.name = "Itto Aït Baha"
        #expect(throws: StoreError.correctionNeedsReason) {
            try database.edit(edited, correctionReason: "  ", by: "c")
        }
        #expect(try database.occupant(id: itto.id).name == "Itto Ait Bha")
        #expect(try database.occupants(search: "baha").isEmpty)

        try database.edit(edited, correctionReason: "CIN vue au guichet", by: "c")
        #expect(try database.occupant(id: itto.id).name == "Itto Aït Baha")
        #expect(try database.occupants(search: "baha").map(\.id) == [itto.id])
        #expect(try database.occupants(search: "bha").isEmpty)
        #expect(try database.occupants(search: "jb123").map(\.id) == [itto.id])
        let entry = try #require(try database.journal(occupantID: itto.id).last)
        #expect(entry.action == .correctOccupant && entry.note == "CIN vue au guichet")
        #expect(Journal.fields(entry.before) == ["name": "Itto Ait Bha"])
        let check = try database.check(today: TestDay.day)
        #expect(check.isEmpty, "\(check)")
    }

    @Test func aCINIsCorrectedButNeverToAnothersCIN() throws {
        let (database, itto) = try registered()
        let other = try database.add(
            Occupant(kind: .artisan, name: "Omar Bouzid", trades: ["MEN"], cin: "JC777"), by: "c")
        var edited = itto
        edited.cin = "jc777"
        #expect(throws: StoreError.cinTaken(cin: "JC777", by: "Omar Bouzid", id: other.id)) {
            try database.edit(edited, correctionReason: "erreur de saisie", by: "c")
        }
        edited.cin = "jb12346"
        let saved = try database.edit(edited, correctionReason: "erreur de saisie", by: "c")
        #expect(saved.cin == "JB12346")
        #expect(try database.occupants(search: "jb12346").map(\.id) == [itto.id])
        #expect(try database.occupants(search: "jb12345").isEmpty)
    }

    @Test func aNameChangedByHandWithoutTheJournalIsRefused() throws {
        let (database, itto) = try registered()
        #expect(throws: (any Error).self) {
            try database.writer.write { db in
                try db.execute(
                    sql: "UPDATE occupant SET name = 'Someone Else' WHERE id = ?",
                    arguments: [itto.id])
            }
        }
        #expect(try database.occupant(id: itto.id).name == "Itto Ait Bha")
    }

    @Test func nothingChangedWritesNothingAndBadFieldsAreRefused() throws {
        let (database, itto) = try registered()
        let entries = try database.journal().count
        try database.edit(itto, correctionReason: nil, by: "c")
        #expect(try database.journal().count == entries)
        var edited = itto
        edited.phone = "06\u{7}61"
        #expect(throws: OccupantFieldRefused.self) {
            try database.edit(edited, correctionReason: nil, by: "c")
        }
        #expect(try database.occupant(id: itto.id).phone == "0661000001")
    }
}
