import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout application admissible|inadmissible|mark|withdraw ID`: examining a file.
struct ApplicationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "application", abstract: "Examine a file: admissibility, mark, withdrawal.",
        subcommands: [
            ApplicationAdmissibleCommand.self, ApplicationInadmissibleCommand.self,
            ApplicationMarkCommand.self, ApplicationWithdrawCommand.self,
        ])
}

struct ApplicationAdmissibleCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "admissible", abstract: "Declare a file admissible.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application's id (see `hanout applications CALL`).") var id: Int64
    @Option(help: "Why, when the ranking is frozen (makes a new version).") var newVersion: String?

    func run(with database: AppDatabase) throws {
        let saved = try database.setAdmissibility(
            applicationID: id, .admissible, newVersionReason: newVersion, by: global.clerkName)
        try ApplicationSaid.report(saved, in: global.language)
    }
}

struct ApplicationInadmissibleCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "inadmissible", abstract: "Declare a file inadmissible, with the reason.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application's id.") var id: Int64
    @Option(help: "Why (shown in the ranking).") var reason: String
    @Option(help: "Why, when the ranking is frozen (makes a new version).") var newVersion: String?

    func run(with database: AppDatabase) throws {
        let saved = try database.setAdmissibility(
            applicationID: id, .inadmissible(reason: reason), newVersionReason: newVersion,
            by: global.clerkName)
        try ApplicationSaid.report(saved, in: global.language)
    }
}

struct ApplicationMarkCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark", abstract: "Record the committee's mark after the site visit.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application's id.") var id: Int64
    @Argument(help: "The mark (bounded by the grid).") var points: Int
    @Option(help: "Why, when the ranking is frozen (makes a new version).") var newVersion: String?

    func run(with database: AppDatabase) throws {
        let saved = try database.setCommitteeMark(
            applicationID: id, mark: points, newVersionReason: newVersion, by: global.clerkName)
        try ApplicationSaid.report(saved, in: global.language)
    }
}

struct ApplicationWithdrawCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw", abstract: "Record a file's withdrawal (nothing is deleted).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The application's id.") var id: Int64
    @Option(help: "Why (kept in the journal).") var reason: String
    @Option(help: "The day of the withdrawal (default today).") var on: Day?

    func run(with database: AppDatabase) throws {
        let saved = try database.withdraw(
            applicationID: id, on: on ?? global.today, reason: reason, by: global.clerkName)
        try ApplicationSaid.report(saved, in: global.language)
    }
}

/// One confirmation for every change to a file, so they read alike.
enum ApplicationSaid {
    static func report(_ application: Application, in language: Language) throws {
        let state =
            application.withdrawnOn.map {
                language.pick(fr: "retiré le ", en: "withdrawn on ")
                    + DayFormat.show($0, in: language)
            } ?? application.admissibility.name(in: language)
        let mark = application.committeeMark.map {
            language.pick(fr: ", note du comité \($0)", en: ", committee mark \($0)")
        }
        try confirm(
            application.filingNumber + language.pick(fr: " : ", en: ": ") + state + (mark ?? "")
                + ".")
    }
}
