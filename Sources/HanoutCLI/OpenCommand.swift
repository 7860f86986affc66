import ArgumentParser
import HanoutApp
import HanoutStore
import TerminalKit

/// `hanout` with no command: the full-screen program.
struct OpenCommand: ClerkCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the full-screen program (the default).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let language = global.language
        try Failure.reporting(in: language) {
            // No terminal, no database: a script that ran this by mistake creates nothing.
            // On the main thread, where the command runs and ncurses must stay.
            _ = try MainActor.assumeIsolated { try NcursesTerminal.preflight() }
            let database = try global.openDatabase()
            let gateway = StoreGateway(
                database: database, clerk: global.clerkName, fallbackFolders: global.reportFolders)
            let today = global.today
            // The command runs on the main thread, where ncurses must stay.
            let signal = try MainActor.assumeIsolated { () throws -> Int32? in
                let terminal = try NcursesTerminal()
                // Whatever happens below, the clerk gets the terminal back.
                defer { terminal.close() }
                let runner = AppRunner(
                    terminal: terminal, gateway: gateway, language: language, today: today)
                // Benchmarks only: time the whole start up to the first frame.
                runner.run(
                    exitAfterFirstFrame: global.environment["HANOUT_EXIT_AFTER_FIRST_FRAME"] == "1")
                return runner.interruption
            }
            // Ended by a signal: say so the shell's way (130 for Ctrl-C, 131 for Ctrl-\,
            // 143 for SIGTERM).
            if let signal { throw ExitCode(128 + signal) }
        }
    }
}
