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

        var testDescription: String { rawValue }
    }

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
        }
        let outcome = try runProcess(
            BuiltProgram.hanout.path, [], environment: environment,
            input: terminal.replica, output: terminal.replica, in: program.folder)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("TERM"), "\(outcome.errors)")
        switch type {
        case .unset, .empty:
            #expect(outcome.errors.contains("TERM is not set"), "\(outcome.errors)")
        case .unknown:
            #expect(outcome.errors.contains("'no-such-terminal'"), "\(outcome.errors)")
            #expect(outcome.errors.contains("unknown"), "\(outcome.errors)")
        }
        #expect(outcome.errors.contains("hanout --help"), "\(outcome.errors)")
    }
}

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
