import Foundation
import HanoutTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The full-screen program started where it cannot work: it says why and points to the
/// commands, instead of drawing into a pipe or hanging. No tmux needed.
@Suite("The full-screen program without a usable terminal")
struct NotATerminalEndToEndTests {
    @Test func withStandardInputNotATerminalItPointsToTheCommands() throws {
        let program = try HanoutProgram()
        defer { program.removeFolder() }
        let outcome = try runProcess(
            BuiltProgram.hanout.path, [], environment: program.environment(),
            input: FileHandle.nullDevice, in: program.folder)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("standard input is not a terminal"), "\(outcome.errors)")
        #expect(outcome.errors.contains("hanout --help"), "\(outcome.errors)")
        #expect(outcome.output.isEmpty, "nothing drawn on standard output: \(outcome.output)")
    }

    @Test func withStandardOutputNotATerminalItSaysSo() throws {
        let program = try HanoutProgram()
        defer { program.removeFolder() }
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let outcome = try runProcess(
            BuiltProgram.hanout.path, [], environment: program.environment(),
            input: terminal.replica, in: program.folder)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("standard output is not a terminal"), "\(outcome.errors)")
        #expect(outcome.errors.contains("hanout --help"), "\(outcome.errors)")
    }

    enum TerminalType: String, CaseIterable, CustomTestStringConvertible {
        case unset = "TERM unset"
        case empty = "TERM="
        case unknown = "TERM=no-such-terminal"
        case dumb = "TERM=dumb"

        var testDescription: String { rawValue }
    }

    /// Each refusal comes before the database is opened: the first run creates nothing.
    @Test(arguments: TerminalType.allCases)
    func withoutAKnownTerminalTypeItGivesTheTermMessage(_ type: TerminalType) throws {
        let program = try HanoutProgram()
        defer { program.removeFolder() }
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        var environment = program.environment()
        switch type {
        case .unset: environment["TERM"] = nil
        case .empty: environment["TERM"] = ""
        case .unknown: environment["TERM"] = "no-such-terminal"
        case .dumb: environment["TERM"] = "dumb"
        }
        // A program that started its screen anyway would wait for keys: it is killed then.
        let outcome = try runProcess(
            BuiltProgram.hanout.path, [], environment: environment,
            input: terminal.replica, output: terminal.replica, in: program.folder, deadline: 10)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("TERM"), "\(outcome.errors)")
        switch type {
        case .unset, .empty:
            #expect(outcome.errors.contains("TERM is not set"), "\(outcome.errors)")
        case .unknown:
            #expect(outcome.errors.contains("'no-such-terminal'"), "\(outcome.errors)")
            #expect(outcome.errors.contains("unknown"), "\(outcome.errors)")
        case .dumb:
            #expect(outcome.errors.contains("'dumb'"), "\(outcome.errors)")
            #expect(outcome.errors.contains("cannot place the cursor"), "\(outcome.errors)")
        }
        #expect(outcome.errors.contains("hanout --help"), "\(outcome.errors)")
        #expect(outcome.status == 1)
        #expect(
            !FileManager.default.fileExists(atPath: program.database), "no database created")
    }

    /// Not only `dumb`: any terminal whose description cannot place the cursor, here one
    /// compiled for the test (a glass teletype that can clear and scroll, nothing more).
    @Test(.enabled(if: ticAvailable, "tic is not installed (apt-get install ncurses-bin): skipped"))
    func aTerminalThatCannotPlaceTheCursorIsTreatedAsNoTerminal() throws {
        let program = try HanoutProgram()
        defer { program.removeFolder() }
        let source = program.folder.appendingPathComponent("glass.ti")
        try """
        glass|a glass teletype without cursor addressing,
        \tam, cols#80, lines#24,
        \tbel=^G, clear=\\E[H\\E[2J, cr=\\r, cud1=\\n, ind=\\n,

        """.write(to: source, atomically: true, encoding: .utf8)
        let descriptions = program.folder.appendingPathComponent("terminfo")
        let compiled = try runProcess(
            ticExecutable, ["-o", descriptions.path, source.path],
            environment: ["PATH": "/usr/bin:/bin"], in: program.folder)
        try #require(compiled.status == 0, "tic: \(compiled.errors)")
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let outcome = try runProcess(
            BuiltProgram.hanout.path, [],
            environment: program.environment(["TERM": "glass", "TERMINFO": descriptions.path]),
            input: terminal.replica, output: terminal.replica, in: program.folder, deadline: 10)
        #expect(outcome.status == 1)
        #expect(outcome.errors.contains("'glass'"), "\(outcome.errors)")
        #expect(outcome.errors.contains("cannot place the cursor"), "\(outcome.errors)")
        #expect(outcome.errors.contains("hanout --help"), "\(outcome.errors)")
        #expect(
            !FileManager.default.fileExists(atPath: program.database), "no database created")
    }
}

/// The terminfo compiler, to make a terminal description for a test.
let ticExecutable = "/usr/bin/tic"
let ticAvailable = FileManager.default.isExecutableFile(atPath: ticExecutable)

/// A pseudo-terminal: its replica side passes `isatty` as a clerk's terminal would.
struct PseudoTerminal {
    let main: Int32
    let replica: FileHandle

    init() throws {
        var main: Int32 = -1
        var replica: Int32 = -1
        guard openpty(&main, &replica, nil, nil, nil) == 0 else {
            throw EndToEndFailure(description: "No pseudo-terminal: errno \(errno)")
        }
        self.main = main
        self.replica = FileHandle(fileDescriptor: replica, closeOnDealloc: true)
    }

    func close() {
        try? replica.close()
        Glibc.close(main)
    }
}
