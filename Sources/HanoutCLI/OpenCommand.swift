import ArgumentParser
import HanoutStore

/// `hanout` with no command: the full-screen program.
struct OpenCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the full-screen program (the default).")

    @OptionGroup var global: GlobalOptions

    func run(with database: AppDatabase) throws {
        // The ncurses front end is the next step; until it lands, say so
        // plainly rather than pretend.
        say(
            global.language.pick(
                fr:
                    "L'écran plein (ncurses) arrive dans la prochaine version. Base : \(global.databasePath)\n"
                    + "En attendant : `hanout zones`, `hanout units AOU`, `hanout --help`.",
                en:
                    "The full-screen (ncurses) program comes in the next version. Database: \(global.databasePath)\n"
                    + "Meanwhile: `hanout zones`, `hanout units AOU`, `hanout --help`."))
    }
}
