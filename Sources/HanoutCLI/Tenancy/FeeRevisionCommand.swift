import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout fee-revision ZONE --from D --amount A [--basis unit|m2] [--unit U]... [--decision R]`:
/// a new rate from a day; the rate it replaces ends the day before.
struct FeeRevisionCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "fee-revision",
        abstract: "Revise a zone's fee from a day (the rate before ends the day before).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The zone's code or name.") var zone: String
    @Option(help: "The first day of the new rate.") var from: Day
    @Option(help: "The monthly amount in dirhams, per unit or per m².") var amount: String
    @Option(help: "unit or m2 (default unit).") var basis: FeeBasis = .perUnit
    @Option(name: .customLong("unit"), help: "A unit the rate is for (repeat); none for the zone.")
    var units: [String] = []
    @Option(help: "The commune's decision that sets it.") var decision: String?

    func run(with database: AppDatabase) throws {
        let amount = try AmountText.parse(amount).get()
        guard let schedule = try database.feeSchedule(zone: zone) else {
            throw FeesCommand.NoSchedule(zone: zone)
        }
        let rate = FeeRate(
            period: Period(openFrom: from), basis: basis, amount: amount,
            unitCodes: units.map { $0.uppercased() }, decision: decision)
        try database.setFeeSchedule(schedule.revised(with: rate), by: global.clerkName)
        let language = global.language
        try confirm(
            language.pick(
                fr: "Barème de \(schedule.zoneCode) révisé : \(amount.shown(in: .fr)) "
                    + "\(basis.name(in: .fr)) à partir du \(DayFormat.show(from, in: .fr)).",
                en: "Fee schedule of \(schedule.zoneCode) revised: \(amount.shown(in: .en)) "
                    + "\(basis.name(in: .en)) from \(DayFormat.show(from, in: .en))."))
    }
}

extension FeeBasis: ExpressibleByArgument {}
