import Foundation
import Testing

/// A CIN already registered, in any case, is refused in the clerk's words.
@Suite struct CINCommandTests {
    @Test func aRegisteredCINInSmallLettersIsRefusedWithItsHolder() throws {
        let shell = HanoutProcess()
        defer { try? FileManager.default.removeItem(at: shell.folder) }
        #expect(try shell.run("init").status == 0)
        let outcome = try shell.run(
            "add-artisan", "--name", "Ijja Oubella", "--trade", "MEN", "--cin", "je124543")
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("CIN JE124543 already belongs to Lahcen Ennajjar (#1)"))
        #expect(!outcome.errors.contains("UNIQUE"))
    }
}
