import ArgumentParser
import Foundation
import HanoutDomain
import HanoutStore

/// The options every command shares: which database, who the clerk is, which language.
struct GlobalOptions: ParsableArguments {
    @Option(
        help:
            "The database file (default: $HANOUT_DB, else the office's in /etc/hanout/hanout.conf, else the user's data folder)."
    )
    var db: String?

    @Option(help: "Who records the changes (default: $USER; on a shared register, the login).")
    var clerk: String?

    @Option(help: "Language of messages: fr or en (default: from LANG).")
    var lang: Language?

    @Option(help: "Folder of the fixtures used to create a new database.")
    var fixtures: String?

    @Flag(help: "Tables as wide as their cells: not fitted to the terminal ($COLUMNS, else 80).")
    var wide = false

    /// The room tables are fitted to; nil for none (`--wide`).
    var tableRoom: TableFit.Room? {
        TableWidth.columns(
            wide: wide, environment: environment, terminal: TableWidth.terminalColumns()
        ).map { TableFit.Room(width: $0, language: language) }
    }

    /// Read once: Foundation rebuilds the dictionary on every access, and a
    /// listing asks for the language or the day once a row.
    static let processEnvironment = ProcessInfo.processInfo.environment
    static let processToday = Clock.today(environment: processEnvironment)

    var environment: [String: String] { Self.processEnvironment }

    /// The clerk's language: `--lang`, else the locale.
    var language: Language { lang ?? Language.from(environment: environment) }

    /// The clerk's name for the journal: on a shared register, the login
    /// (`openDatabase` refuses a `--clerk` naming someone else); else
    /// `--clerk`, `$USER` or `$LOGNAME`.
    var clerkName: String {
        if RegisterSharing.isShared(databasePath), let login = ClerkLogin.current { return login }
        let name = clerk ?? environment["USER"] ?? environment["LOGNAME"] ?? ""
        return name.isEmpty ? "clerk" : name
    }

    /// Today, or `$HANOUT_TODAY` when set (to replay or test a given day).
    var today: Day { Self.processToday }

    /// The database's path: `--db`, `$HANOUT_DB`, else the user's data folder.
    var databasePath: String {
        DataLocation.databasePath(explicit: db, environment: environment)
    }

    /// Where a report that could not be printed is kept: where the clerk is,
    /// else beside the data, else the temporary folder.
    var reportFolders: [URL] {
        [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            URL(fileURLWithPath: databasePath).deletingLastPathComponent(),
            FileManager.default.temporaryDirectory,
        ]
    }

    /// Opens the database, creating it from the fixtures on first run.
    ///
    /// An empty file or a file that is not SQLite is refused before it is opened: SQLite
    /// would write the schema into the first, and the clerk meant neither. What a build
    /// killed half-way left beside the register is removed first.
    func openDatabase() throws -> AppDatabase {
        let path = databasePath
        UnfinishedBuild.removeAbandoned(besides: path)
        if RegisterFile.inspect(path) == .missing { try buildOnFirstRun(at: path) }
        switch RegisterFile.inspect(path) {
        // Missing again only if removed meanwhile: opened, it is found empty below.
        case .sqlite, .missing: break
        case .empty: throw CLIError.emptyFile(path: path)
        case .folder: throw CLIError.folderAtPath(path: path)
        case .notSQLite: throw CLIError.notARegister(path: path)
        }
        if RegisterSharing.isShared(path), let clerk, let login = ClerkLogin.current,
            clerk != login
        {
            throw OfficeError.clerkIsNotTheLogin(given: clerk, login: login)
        }
        let database = try AppDatabase.open(at: path, announcingUpdate: announceUpdate)
        if try database.isEmpty() {
            throw CLIError.emptyDatabase(path: path)
        }
        return database
    }

    /// Tells the clerk that an older register is being updated, which may take a minute.
    private func announceUpdate() {
        Console.current.printError(
            language.pick(
                fr: "Mise à jour du registre pour cette version de Hanout (une seule fois ;"
                    + " un grand registre peut prendre une minute)…",
                en: "Updating the register for this version of Hanout (once; a large"
                    + " register may take a minute)…"))
    }

    /// Builds the register from the fixtures, aside then moved in place (a failed first run
    /// leaves no half database), unless another first run built it while this one waited.
    private func buildOnFirstRun(at path: String) throws {
        let directory = try FixtureLocation.find(explicit: fixtures, environment: environment)
        let set = try FixtureSet.load(from: directory)
        try DatabaseBuilder.create(at: path, from: set, clerk: clerkName, whenPresent: .useIt)
    }
}

extension Language: ExpressibleByArgument {}
