import Foundation
import HanoutTestSupport

/// Runs the built `hanout` program on a private database in a private folder, as a clerk's shell would.
struct HanoutBinary {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    static let executable = BuiltProgram.hanout

    /// The folder the program runs in: where a report that could not be printed lands.
    let folder: URL
    var database: String { folder.appendingPathComponent("hanout.sqlite").path }
    /// Added to (or replacing) the base environment.
    var environment: [String: String] = [:]

    init() throws {
        folder = try makeTemporaryFolder("cli")
    }

    func run(_ arguments: [String], timeout: Double = 120) throws -> Outcome {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var base = [
            "HANOUT_DB": database, "HANOUT_TODAY": TestDay.day.iso, "LANG": "C.UTF-8",
            "HANOUT_FIXTURES": TestRepository.fixtures.path,
            "USER": "test-clerk", "PATH": "/usr/bin:/bin", "HOME": folder.path,
        ]
        base.merge(environment) { _, new in new }
        process.environment = base
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errors: String(decoding: err, as: UTF8.self))
    }

    /// Files the program left in its folder, by name.
    func files(withExtension suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix("." + suffix) }.sorted()
    }
}
