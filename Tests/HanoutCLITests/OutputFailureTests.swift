import Foundation
import HanoutTestSupport
import Testing

@testable import HanoutCLI

/// Standard output that cannot be written, through the real program: what was done stays
/// done, and the exit status says the output failed (3), never a crash or a signal.
@Suite(.timeLimit(.minutes(10))) final class OutputFailureTests {
    /// Each test's own register, in a folder the test removes when it ends (`deinit`).
    let hanout = HanoutProcess()
    static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

    /// The current allocation of `unit`, read back from the database by another run.
    func currentHolder(of unit: String) throws -> String? {
        try hanout.json("export", "allocations", "--format", "json")
            .first { $0["unit"] == unit && $0["status"] == "current" }?["occupant_id"]
    }

    deinit { hanout.removeFolder() }

    @Test(.enabled(if: hasDevFull, "/dev/full does not exist on this system: skipped"))
    func anAllocationConfirmedToAFullDiskIsSavedAndExitsWithStatusThree() throws {
        #expect(try currentHolder(of: "AOU-04") == nil)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let assigned = try hanout.run(["assign", "AOU-04", "3"], output: full)
        #expect(assigned.status == ExitStatus.outputFailed)
        #expect(assigned.errors.contains("carried out and saved"))
        #expect(assigned.errors.contains("No space left on device"))
        #expect(try currentHolder(of: "AOU-04") == "3")
    }

    @Test func anAllocationWithStandardOutputClosedIsSavedAndExitsWithStatusThree() throws {
        let assigned = try hanout.run(["assign", "AOU-04", "3"], redirections: ">&-")
        #expect(assigned.status == ExitStatus.outputFailed)
        #expect(assigned.errors.contains("carried out and saved"), "\(assigned.errors)")
        #expect(try currentHolder(of: "AOU-04") == "3")
    }

    @Test func withBothStreamsClosedAReleaseIsStillSavedAndTheStatusSaysSo() throws {
        #expect(try currentHolder(of: "AOU-01") != nil)
        let released = try hanout.run(
            ["release", "AOU-01", "--reason", "départ"], redirections: ">&- 2>&-")
        #expect(released.status == ExitStatus.outputFailed)
        #expect(try currentHolder(of: "AOU-01") == nil)
    }

    @Test func aPipeWithoutAReaderEndsAListingQuietlyAndAChangeWithItsMessage() throws {
        let listing = Pipe()
        try listing.fileHandleForReading.close()
        let occupants = try hanout.run(["occupants"], output: listing)
        #expect(occupants.status == ExitStatus.outputFailed)
        #expect(occupants.errors.isEmpty, "the reader chose to stop: \(occupants.errors)")
        let change = Pipe()
        try change.fileHandleForReading.close()
        let assigned = try hanout.run(["assign", "AOU-04", "3"], output: change)
        #expect(assigned.status == ExitStatus.outputFailed)
        #expect(assigned.errors.contains("carried out and saved"))
        #expect(try currentHolder(of: "AOU-04") == "3")
    }

    @Test(.enabled(if: hasDevFull, "/dev/full does not exist on this system: skipped"))
    func aListingToAFullDiskSaysSoAndExitsWithStatusThree() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let listing = try hanout.run(["export", "occupants"], output: full)
        #expect(listing.status == ExitStatus.outputFailed)
        #expect(listing.errors.contains("Standard output could not be written"))
    }

    @Test func theReadmeDocumentsEveryExitStatusThatScriptsSee() throws {
        let readme = try String(
            contentsOf: TestRepository.root.appendingPathComponent("README.md"),
            encoding: .utf8)
        #expect(ExitStatus.outputFailed == 3)
        for status in [ExitStatus.success, ExitStatus.failure, ExitStatus.outputFailed, 64] {
            #expect(readme.contains("\n| \(status) | "), "exit status \(status) undocumented")
        }
    }
}
