import Foundation
import Testing

/// The double allocation from 9999-12-31, through the command line.
@Suite struct FarDatesCommandTests {
    @Test func aUnitCannotBeAllocatedThreeTimesFromTheFarFuture() throws {
        let shell = HanoutProcess()
        defer { try? FileManager.default.removeItem(at: shell.folder) }
        #expect(try shell.run("init").status == 0)
        let history = try shell.json("history", "AOU-04", "--format", "json")
        for occupant in ["6", "89", "12"] {
            let outcome = try shell.run("assign", "AOU-04", occupant, "--from", "9999-12-31")
            #expect(outcome.status == 1)
            #expect(outcome.errors.contains("outside the dates kept"))
        }
        let until = try shell.run("assign", "AOU-04", "6", "--until", "9999-12-31")
        #expect(until.status == 1)
        #expect(until.errors.contains("outside the dates kept"))
        #expect(!until.errors.contains("CHECK constraint"))
        #expect(try shell.json("history", "AOU-04", "--format", "json") == history)
        #expect(try shell.run("check").status == 0)
    }
}
