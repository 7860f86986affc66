import Foundation
import HanoutTestSupport
import Testing

/// Runs the built `hanout` program on a private database in a private folder, as a clerk's shell would.
struct HanoutBinary {
    typealias Outcome = ProcessOutcome

    static let executable = BuiltProgram.hanout

    /// The folder the program runs in: where a report that could not be printed lands.
    let folder: URL
    var database: String { folder.appendingPathComponent("hanout.sqlite").path }
    /// Added to (or replacing) the base environment.
    var environment: [String: String] = [:]

    init() throws {
        folder = try makeTemporaryFolder("cli")
    }

    /// The environment the program runs in: the base one with `environment` over it.
    var processEnvironment: [String: String] {
        var base = [
            "HANOUT_DB": database, "HANOUT_TODAY": TestDay.day.iso, "LANG": "C.UTF-8",
            "HANOUT_FIXTURES": TestRepository.fixtures.path,
            "USER": "test-clerk", "PATH": "/usr/bin:/bin", "HOME": folder.path,
        ]
        base.merge(environment) { _, new in new }
        return base
    }

    func run(_ arguments: [String], timeout: Double = 120) throws -> Outcome {
        try run(arguments, program: Self.executable, timeout: timeout)
    }

    /// Runs `program` (the built one, or a shell that starts it) in the folder.
    func run(_ arguments: [String], program: URL, timeout: Double = 120) throws -> Outcome {
        try runProcess(
            program.path, arguments, environment: processEnvironment,
            // The captured streams go elsewhere: the folder is what the program leaves.
            in: FileManager.default.temporaryDirectory, workingDirectory: folder,
            deadline: timeout)
    }

    /// Files the program left in its folder, by name.
    func files(withExtension suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("." + suffix) }.sorted()
    }
}
