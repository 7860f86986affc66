import HanoutDomain
import HanoutTestSupport
import Testing

@testable import HanoutStore

/// The same person registered twice is caught at the counter: by NIA, or by
/// name and commune, unless the clerk says they are two.
@Suite struct DuplicateRegistrationTests {
    let first = Occupant(
        kind: .artisan, name: "Itto Aït Baha", trades: ["MEN"], nia: "NIA-1234",
        commune: "Tafraout")

    @Test func theSameNIAInAnyCaseIsRefusedWithTheOccupantNamed() throws {
        let database = try smallDatabase()
        let saved = try database.add(first, by: "c")
        let twin = Occupant(kind: .artisan, name: "I. Baha", trades: ["MEN"], nia: "nia-1234")
        let error = try #require(throws: StoreError.self) { try database.add(twin, by: "c") }
        #expect(error == .possibleDuplicate(.nia, name: "Itto Aït Baha", id: saved.id))
        #expect(error.message(in: .en).contains("Itto Aït Baha (#\(saved.id))"))
        #expect(try database.occupantCount() == 4)
    }

    @Test func theSameNameInTheSameCommuneIgnoringCaseAndAccentsIsRefused() throws {
        let database = try smallDatabase()
        _ = try database.add(first, by: "c")
        let twin = Occupant(
            kind: .artisan, name: "ITTO AIT BAHA", trades: ["SER"], commune: "tafraout")
        #expect(throws: StoreError.self) { try database.add(twin, by: "c") }
        let elsewhere = Occupant(
            kind: .artisan, name: "Itto Aït Baha", trades: ["SER"], commune: "Tiznit")
        #expect(try database.add(elsewhere, by: "c").id > 0, "a namesake in another commune")
    }

    @Test func theClerkMayRegisterTwoOccupantsWhoLookAlike() throws {
        let database = try smallDatabase()
        _ = try database.add(first, by: "c")
        var twin = first
        twin.nia = "NIA-1234"
        let saved = try database.add(twin, by: "c", allowingDuplicate: true)
        #expect(saved.id > 0)
        #expect(try database.occupantCount() == 5)
    }
}
