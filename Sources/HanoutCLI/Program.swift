import ArgumentParser
import Foundation
import HanoutApp
import HanoutDomain

/// The `hanout` program: parses the command line, runs the command, writes every word
/// through ``Console`` and chooses the exit status (see ``ExitStatus``).
///
/// It replaces swift-argument-parser's `main()`, which prints its messages (an unknown
/// option echoed back, a value it cannot read) straight to the terminal and knows nothing
/// of an output that fails after a change was saved.
public enum Program {
    /// Runs the program with the process's arguments and exits.
    public static func main() -> Never {
        StandardDescriptors.prepare()
        exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs a command line on `Console.current`; the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        let console = Console.current
        var language = Language.from(environment: GlobalOptions.processEnvironment)
        do {
            if let answer = try answerBeforeParsing(arguments, language: &language) {
                try console.say(answer)
                return ExitStatus.success
            }
            var command = try Hanout.parseAsRoot(arguments)
            if let clerkCommand = command as? any ClerkCommand {
                language = clerkCommand.global.language
            }
            try command.run()
            return ExitStatus.success
        } catch let failure as OutputFailure {
            // A reader of a pipe that stopped reading wants no more: say nothing unless a
            // change was made. A failed standard error has nothing left to write to.
            if failure.stream == .output && (failure.afterChange || !failure.readerLeft) {
                console.printError(failure.message(in: language))
            }
            return ExitStatus.outputFailed
        } catch {
            let status = Hanout.exitCode(for: error)
            let message = Hanout.fullMessage(for: error)
            guard !message.isEmpty else { return status.rawValue }
            if status.isSuccess {
                // `--help` and the like: the answer asked for, on standard output.
                do {
                    try console.say(message)
                } catch {
                    console.printError(error.message(in: language))
                    return ExitStatus.outputFailed
                }
            } else {
                console.printError(message)
            }
            return status.rawValue
        }
    }
}

extension Program {
    /// What the program answers before the command tree is parsed, if anything:
    ///
    /// - `--version`, anywhere before `--` (the parser takes it after any command): the
    ///   line that also reads the register the program would open, where the parser's own
    ///   prints a fixed string. The rest of the line is parsed only for `--db` and the
    ///   shared options; a command that would be refused still has its version answered.
    /// - `--keys-manual`, the keys' manual page for `.ci/install` (no clerk's option,
    ///   so not in the help).
    static func answerBeforeParsing(
        _ arguments: [String], language: inout Language
    ) throws -> String? {
        if arguments == ["--keys-manual"] {
            return KeysManual.page(
                version: ProgramVersion.number, today: GlobalOptions.processToday)
        }
        let options = arguments.prefix { $0 != "--" }
        guard let flag = options.firstIndex(of: "--version") else { return nil }
        var rest = arguments
        rest.remove(at: flag)
        let command = try? Hanout.parseAsRoot(rest)
        let global = try (command as? any ClerkCommand)?.global ?? GlobalOptions.parse([])
        language = global.language
        return ProgramVersion.line(databasePath: global.databasePath, language: language)
    }
}

/// A command with the shared options, so that the program knows the clerk's language.
protocol ClerkCommand: ParsableCommand {
    var global: GlobalOptions { get }
}
