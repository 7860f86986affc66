import ArgumentParser
import Foundation
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

/// A command with the shared options, so that the program knows the clerk's language.
protocol ClerkCommand: ParsableCommand {
    var global: GlobalOptions { get }
}
