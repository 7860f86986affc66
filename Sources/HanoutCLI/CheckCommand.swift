import ArgumentParser
import HanoutStore

/// `hanout check`: integrity and invariants; exit 1 with the list of what is wrong.
struct CheckCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the database's integrity and every rule.")

    @OptionGroup var global: GlobalOptions

    func run(with database: AppDatabase) throws {
        let problems = try database.check(today: global.today)
        let language = global.language
        guard problems.isEmpty else {
            Failure.printError(
                language.pick(
                    fr: "\(problems.count) problème(s) :", en: "\(problems.count) problem(s):"))
            for problem in problems { Failure.printError("  " + problem.message(in: language)) }
            throw ExitCode.failure
        }
        let zones = try database.zoneSummaries(on: global.today)
        let units = zones.map(\.units).reduce(0, +)
        try say(
            language.pick(
                fr:
                    "Aucun problème : \(zones.count) zones, \(units) locaux, journal et attributions concordants.",
                en:
                    "No problem found: \(zones.count) zones, \(units) units, journal and allocations agree."
            ))
    }
}
