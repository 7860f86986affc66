import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout convention UNIT --number N [--signed D] [--months M] [--fee A] [--deposit A]`:
/// records the occupation agreement of the unit's allocation.
struct ConventionCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "convention",
        abstract: "Record the convention (occupation agreement) of a unit's allocation.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Option(help: "The convention's number.") var number: String
    @Option(help: "The day it was signed (default today).") var signed: Day?
    @Option(help: "Its length in months (default: the zone's fee schedule).") var months: Int?
    @Option(help: "The monthly fee agreed, in dirhams (default: the schedule's).") var fee: String?
    @Option(help: "The deposit, in dirhams (default: the schedule's months of fee).")
    var deposit: String?

    func run(with database: AppDatabase) throws {
        let convention = try database.signConvention(
            ConventionRequest(
                unitCode: unit, number: number, signedOn: signed ?? global.today, months: months,
                monthlyFee: try fee.map { try AmountText.parse($0).get() },
                deposit: try deposit.map { try AmountText.parse($0).get() }),
            by: global.clerkName)
        let language = global.language
        try confirm(
            language.pick(
                fr: "Convention \(convention.number) : \(convention.unitCode) jusqu'au "
                    + "\(DayFormat.show(convention.lastDay, in: .fr)), redevance "
                    + "\(convention.monthlyFee.shown(in: .fr)) par mois, caution "
                    + "\(convention.deposit.shown(in: .fr)).",
                en: "Convention \(convention.number): \(convention.unitCode) until "
                    + "\(DayFormat.show(convention.lastDay, in: .en)), fee "
                    + "\(convention.monthlyFee.shown(in: .en)) a month, deposit "
                    + "\(convention.deposit.shown(in: .en))."))
    }
}

/// `hanout renew UNIT --until D --decision REF`: extends the unit's convention.
struct RenewCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew", abstract: "Renew a unit's convention until a new last day.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Option(help: "The new last day, included (YYYY-MM-DD or DD/MM/YYYY).") var until: Day
    @Option(help: "The decision that renews it (kept with the renewal).") var decision: String

    func run(with database: AppDatabase) throws {
        let renewed = try database.renewConvention(
            unitCode: unit, until: until, decision: decision, today: global.today,
            by: global.clerkName)
        try ConventionSaying.changed(renewed, global.language)
    }
}

/// `hanout shorten UNIT --until D --reason R`: ends the unit's convention sooner.
struct ShortenCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "shorten", abstract: "Shorten a unit's convention to an earlier last day.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Option(help: "The new last day, included (YYYY-MM-DD or DD/MM/YYYY).") var until: Day
    @Option(help: "Why (kept in the history).") var reason: String

    func run(with database: AppDatabase) throws {
        let shortened = try database.shortenConvention(
            unitCode: unit, until: until, reason: reason, today: global.today, by: global.clerkName)
        try ConventionSaying.changed(shortened, global.language)
    }
}

/// `hanout terminate UNIT --reason R --on D [--ground G]`: ends the convention
/// and the allocation; the unit is free from D.
struct TerminateCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "terminate",
        abstract: "Terminate a unit's convention (non-payment, non-use, by request).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The unit code (AOU-07).") var unit: String
    @Option(help: "Why (kept in the history).") var reason: String
    @Option(help: "The day the unit is free again (default today).") var on: Day?
    @Option(help: "non-payment, non-use or request (default request).")
    var ground: TerminationGround = .byRequest

    func run(with database: AppDatabase) throws {
        let ended = try database.terminateConvention(
            unitCode: unit, from: on ?? global.today, ground: ground, reason: reason,
            today: global.today, by: global.clerkName)
        try ConventionSaying.changed(ended, global.language)
    }
}

extension TerminationGround: ExpressibleByArgument {}

/// What the commands that change a convention say of it.
enum ConventionSaying {
    static func changed(_ convention: Convention, _ language: Language) throws {
        let term = convention.terms.last
        let kind = term?.kind.name(in: language) ?? ""
        let last = DayFormat.show(convention.lastDay, in: language)
        let before = convention.previousLastDay.map { DayFormat.show($0, in: language) } ?? "?"
        try confirm(
            language.pick(
                fr: "Convention \(convention.number) (\(convention.unitCode)) \(kind) : dernier "
                    + "jour le \(last) (il était le \(before)).",
                en: "Convention \(convention.number) (\(convention.unitCode)) \(kind): last day "
                    + "\(last) (it was \(before))."))
    }
}
