import Foundation
import HanoutTestSupport
import Testing

/// True when tmux is installed; the tests that drive the program in it are skipped otherwise.
let tmuxAvailable = FileManager.default.isExecutableFile(atPath: TmuxSession.executable)

/// The message of a test skipped because tmux is missing.
let tmuxMissing: Comment = "tmux is not installed (apt-get install tmux): skipped"

/// What a tmux pane shows: one string per row, trailing blanks trimmed by tmux.
struct Screen: CustomStringConvertible, Equatable {
    var lines: [String]

    var text: String { lines.joined(separator: "\n") }

    func contains(_ text: String) -> Bool { self.text.contains(text) }

    /// The row, or "" below the last one.
    func line(_ index: Int) -> String { lines.indices.contains(index) ? lines[index] : "" }

    /// The last row with something on it: where a shell's prompt waits.
    var lastNonEmptyLine: String {
        lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    var description: String {
        let width = lines.map(\.count).max() ?? 0
        let rule = "+" + String(repeating: "-", count: width) + "+"
        let rows = lines.map { "|" + $0 + String(repeating: " ", count: width - $0.count) + "|" }
        return ([rule] + rows + [rule]).joined(separator: "\n")
    }
}

/// One private tmux server (its own `-L` socket in the test's folder, no configuration) with
/// one session, so that tests neither disturb each other nor the developer's tmux.
struct TmuxSession {
    static let executable = "/usr/bin/tmux"

    let socket = "hanout-e2e-" + UUID().uuidString.prefix(12).lowercased()
    let target = "e2e"
    let program: HanoutProgram

    init(_ program: HanoutProgram) {
        self.program = program
    }

    /// Runs one tmux command against this server.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> ProcessOutcome {
        // The socket lives in the test's own folder, removed with it.
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": program.folder.path, "LANG": "C.UTF-8",
            "TERM": "xterm-256color", "TMUX_TMPDIR": program.folder.path,
        ]
        return try runProcess(
            Self.executable, ["-L", socket, "-f", "/dev/null"] + arguments,
            environment: environment, in: program.folder)
    }

    /// Starts the server with one detached window of that size running `command` directly
    /// (no shell in between).
    func start(_ command: [String], width: Int = 80, height: Int = 24) throws {
        let outcome = try tmux(
            ["new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), "--"]
                + command)
        guard outcome.status == 0 else {
            throw EndToEndFailure(description: "tmux new-session failed: \(outcome.errors)")
        }
    }

    /// The program itself in the window, in a clean environment.
    func startHanout(
        environment: [String: String] = [:], width: Int = 80, height: Int = 24
    ) throws {
        try start(
            program.command([BuiltProgram.hanout.path], environment: environment),
            width: width, height: height)
    }

    /// An interactive bash without start-up files, with a prompt of its own.
    func startShell(prompt: String) throws {
        try start(
            program.command(
                ["/bin/bash", "--norc", "--noprofile", "-i"],
                environment: ["PS1": prompt + " ", "HISTFILE": ""]))
    }

    /// Sends named keys (`Enter`, `Down`, `C-c`, ...), in order.
    func keys(_ keys: String...) throws {
        try self.keys(keys)
    }

    func keys(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Types a shell command line and presses Enter.
    func typeLine(_ text: String) throws {
        try type(text)
        try keys("Enter")
    }

    func capture() throws -> Screen {
        let outcome = try tmux(["capture-pane", "-p", "-t", target])
        var lines = outcome.output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return Screen(lines: lines)
    }

    /// The screen with its colours and attributes as escape sequences.
    func captureWithAttributes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", target]).output
    }

    /// A tmux format about the pane (`#{pane_pid}`, `#{alternate_on}`...).
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    var isAlive: Bool {
        (try? tmux(["has-session", "-t", target]).status) == 0
    }

    /// Ends the server and whatever still runs in it. Safe to call when it is gone.
    func kill() {
        _ = try? tmux(["kill-server"])
    }

    /// Polls the pane every 50 ms until `condition` holds, and gives that screen; fails
    /// with the last capture after `seconds`.
    @discardableResult
    func waitFor(
        _ what: String, within seconds: Double = 10, _ condition: (Screen) -> Bool
    ) throws -> Screen {
        let end = Date().addingTimeInterval(seconds)
        var last = Screen(lines: [])
        while true {
            last = try capture()
            if condition(last) { return last }
            if Date() >= end { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw EndToEndFailure(
            description: "Waited \(seconds) s for \(what); the pane showed:\n\(last)")
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func waitFor(_ text: String, within seconds: Double = 10) throws -> Screen {
        try waitFor("\"\(text)\"", within: seconds) { $0.contains(text) }
    }

    /// Waits until the session is over (the program it ran has ended).
    func waitForEnd(within seconds: Double = 10) throws {
        let end = Date().addingTimeInterval(seconds)
        while isAlive {
            if Date() >= end {
                let last = (try? capture())?.description ?? "(no capture)"
                throw EndToEndFailure(
                    description: "The program was still running after \(seconds) s:\n\(last)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
