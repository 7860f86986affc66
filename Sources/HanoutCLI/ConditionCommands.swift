import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout reserve UNIT OCCUPANT --reason R [--until DATE]`: keeps a vacant
/// unit for an occupant; only that occupant may then be assigned it, until
/// the last day.
struct ReserveCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "reserve", abstract: "Reserve a vacant unit for an occupant.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Argument(help: "The occupant's id (see `hanout occupants`).") var occupant: Int64
    @Option(help: "Why (kept with the reservation and in the journal).") var reason: String
    @Option(help: "Last day of the reservation, included (YYYY-MM-DD or DD/MM/YYYY).")
    var until: Day?

    func run(with database: AppDatabase) throws {
        try ConditionReport.change(
            unit, to: .reserve(for: occupant, reason: reason, until: until), global, database)
    }
}

/// `hanout works UNIT --note N [--until DATE]`: puts a vacant unit under works.
struct WorksCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "works", abstract: "Put a vacant unit under works.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Option(help: "What the works are (kept with the unit and in the journal).") var note: String
    @Option(help: "Expected last day of the works (YYYY-MM-DD or DD/MM/YYYY).") var until: Day?

    func run(with database: AppDatabase) throws {
        try ConditionReport.change(
            unit, to: .works(note: note, until: until), global, database)
    }
}

/// `hanout available UNIT [--note N]`: back in service, the reservation or works ended.
struct AvailableCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "available",
        abstract: "Put a reserved unit, or one under works, back in service.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Option(help: "Why (kept in the journal).") var note: String?

    func run(with database: AppDatabase) throws {
        try ConditionReport.change(unit, to: .available(note: note), global, database)
    }
}

/// What the three commands do alike: write the change, then say what was recorded.
enum ConditionReport {
    static func change(
        _ unit: String, to change: ConditionChange, _ global: GlobalOptions,
        _ database: AppDatabase
    ) throws {
        do {
            try database.changeCondition(
                unitCode: unit, to: change, today: global.today, by: global.clerkName)
        } catch let error as StoreError {
            switch error {
            case .unitReserved(let code, _, _), .unitUnderWorks(let code, _):
                throw HintedRefusal(refusal: error, hint: .backInService(unit: code))
            default: throw error
            }
        }
        // Read again for the holder's name, as the record shows it.
        let saved = try database.unit(code: unit, on: global.today).unit
        let language = global.language
        let summary =
            saved.conditionSummary(on: global.today, in: language)
            ?? language.pick(fr: "en service", en: "in service")
        try confirm(
            language.pick(fr: "Enregistré : \(saved.code) ", en: "Saved: \(saved.code) ")
                + summary + ".")
    }
}
