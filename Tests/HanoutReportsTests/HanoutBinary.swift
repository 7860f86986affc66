import Foundation
import Testing

/// Runs the built `hanout` program on a private database in a private folder, as a clerk's shell would.
struct HanoutBinary {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// The program beside the test bundle (SwiftPM builds both into one folder).
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0])
            .deletingLastPathComponent().appendingPathComponent("hanout")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repository.appendingPathComponent(".build/debug/hanout")
    }()

    /// The folder the program runs in: where a report that could not be printed lands.
    let folder: URL
    var database: String { folder.appendingPathComponent("hanout.sqlite").path }
    /// Added to (or replacing) the base environment.
    var environment: [String: String] = [:]

    init() throws {
        folder = try temporaryFolder("cli")
    }

    /// The environment the program runs in: the base one with `environment` over it.
    var processEnvironment: [String: String] {
        var base = [
            "HANOUT_DB": database, "HANOUT_TODAY": reportDay.iso, "LANG": "C.UTF-8",
            "HANOUT_FIXTURES": repository.appendingPathComponent("fixtures").path,
            "USER": "test-clerk", "PATH": "/usr/bin:/bin", "HOME": folder.path,
        ]
        base.merge(environment) { _, new in new }
        return base
    }

    func run(_ arguments: [String], timeout: Double = 120) throws -> Outcome {
        try run(arguments, program: Self.executable)
    }

    /// Runs `program` (the built one, or a shell that starts it) in the folder.
    func run(_ arguments: [String], program: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = processEnvironment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by signal \(process.terminationStatus)")
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
