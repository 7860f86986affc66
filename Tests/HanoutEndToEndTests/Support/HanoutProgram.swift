import Foundation
import HanoutTestSupport

/// An end-to-end step that did not happen in time, or a tool that failed; the description
/// carries what the terminal showed last.
struct EndToEndFailure: Error, CustomStringConvertible {
    var description: String
}

/// The built `hanout` program on a private database in a private folder, with today fixed.
struct HanoutProgram: Sendable {
    let folder: URL
    var database: String { folder.appendingPathComponent("hanout.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hanout-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func removeFolder() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The whole environment the program gets: nothing inherited from the developer's.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HANOUT_DB": database, "HANOUT_TODAY": TestDay.text, "LANG": "C.UTF-8",
            "HANOUT_FIXTURES": TestRepository.fixtures.path,
            "USER": "e2e-clerk", "PATH": "/usr/bin:/bin", "HOME": folder.path,
            "TERM": "xterm-256color",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// `/usr/bin/env -i` with that environment, then `command`: for a tmux pane.
    func command(_ command: [String], environment extra: [String: String] = [:]) -> [String] {
        let assignments = environment(extra).sorted { $0.key < $1.key }.map {
            "\($0.key)=\($0.value)"
        }
        return ["/usr/bin/env", "-i"] + assignments + command
    }

    /// Runs a command of the program to the end.
    @discardableResult
    func run(_ arguments: String...) throws -> ProcessOutcome {
        try runProcess(BuiltProgram.hanout.path, arguments, environment: environment(), in: folder)
    }

    /// The rows of a `--format json` listing.
    func json(_ arguments: String...) throws -> [[String: String]] {
        let outcome = try runProcess(
            BuiltProgram.hanout.path, arguments + ["--format", "json"], environment: environment(),
            in: folder)
        guard outcome.status == 0,
            let rows = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8))
                as? [[String: String]]
        else {
            throw EndToEndFailure(
                description: "hanout \(arguments.joined(separator: " ")) --format json failed "
                    + "(\(outcome.status)): \(outcome.errors)")
        }
        return rows
    }
}
