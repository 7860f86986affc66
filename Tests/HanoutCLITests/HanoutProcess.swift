import Foundation
import HanoutTestSupport

/// Runs the built `hanout` program on a private database, as a clerk's shell would.
struct HanoutProcess {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    static let executable = BuiltProgram.hanout

    let folder: URL
    var database: String { folder.appendingPathComponent("hanout.sqlite").path }
    var today = TestDay.text
    var language = "C.UTF-8"

    init() {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The whole environment the program gets: nothing inherited from the developer's.
    var environment: [String: String] {
        [
            "HANOUT_DB": database, "HANOUT_TODAY": today, "LANG": language,
            "HANOUT_FIXTURES": TestRepository.fixtures.path,
            "USER": "test-clerk", "PATH": "/usr/bin:/bin", "HOME": folder.path,
        ]
    }

    /// Starts the program; call `finish` on the result.
    func start(_ arguments: [String], program: URL = executable) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, output, errors)
    }

    static func finish(_ started: (Process, Pipe, Pipe)) -> Outcome {
        let (process, output, errors) = started
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
            errors: String(decoding: err, as: UTF8.self))
    }

    @discardableResult
    func run(_ arguments: String...) throws -> Outcome {
        Self.finish(try start(arguments))
    }

    /// Starts the program as a child this test alone reaps: see ``SpawnedHanout``.
    func spawn(_ arguments: [String]) throws -> SpawnedHanout {
        try SpawnedHanout(arguments, environment: environment, folder: folder)
    }

    /// Removes the private folder and the database in it.
    func removeFolder() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Rows of a JSON listing.
    func json(_ arguments: String...) throws -> [[String: String]] {
        let outcome = Self.finish(try start(arguments))
        let data = Data(outcome.output.utf8)
        return (try JSONSerialization.jsonObject(with: data) as? [[String: String]]) ?? []
    }
}
