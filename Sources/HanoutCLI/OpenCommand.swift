import ArgumentParser
import HanoutApp
import HanoutStore
import TerminalKit

/// `hanout` with no command: the full-screen program.
struct OpenCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the full-screen program (the default).")

    @OptionGroup var global: GlobalOptions

    func run(with database: AppDatabase) throws {
        let language = global.language
        let today = global.today
        let clerk = global.clerkName
        // The command runs on the main thread, where ncurses must stay.
        try MainActor.assumeIsolated {
            let terminal = try NcursesTerminal()
            // Whatever happens below, the clerk gets the terminal back.
            defer { terminal.close() }
            let runner = AppRunner(
                terminal: terminal, gateway: StoreGateway(database: database, clerk: clerk),
                language: language, today: today)
            runner.run()
        }
    }
}
