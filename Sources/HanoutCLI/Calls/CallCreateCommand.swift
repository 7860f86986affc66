import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout call create REF --zone Z --title T --opens DAY --closes DAY …`: a draft call.
struct CallCreateCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a call for applications (as a draft).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The call's reference (TAF-2027-01).") var reference: String
    @Option(help: "The zone's code.") var zone: String
    @Option(help: "The call's title.") var title: String
    @Option(help: "First day files are received.") var opens: Day
    @Option(help: "Last day files are received, included.") var closes: Day
    @Option(help: "First day of the allocations given (default: the day after closing).")
    var starts: Day?
    @Option(
        name: .customLong("unit"),
        help: "A unit offered, CODE or CODE@READY-DAY for one under works (repeat).")
    var units: [String] = []
    @Option(name: .customLong("trade"), help: "A trade eligible (repeat; default: the units').")
    var trades: [String] = []
    @Option(help: "The scoring grid's code.") var grid: String = "TZN-2026"
    @Option(name: .customLong("document"), help: "A document required (repeat).")
    var documents: [String] = []
    @Option(help: "Refused offers that strike an applicant off.")
    var strikes: Int = Call.defaultStrikes
    @Option(help: "Days an offer stays open.") var offerDays: Int = Call.defaultOfferValidityDays
    @Flag(help: "Walk the ranking per trade, or overall (default).")
    var mode: AllocationMode = .overall
    @Option(help: "The province residence points count against.") var province: String = "Tiznit"

    func run(with database: AppDatabase) throws {
        let language = global.language
        guard !units.isEmpty else {
            throw ValidationError(
                language.pick(
                    fr: "Nommez au moins un local offert (--unit CODE).",
                    en: "Name at least one unit offered (--unit CODE)."))
        }
        let offered = try units.map { try Self.offeredUnit($0, in: language) }
        let call = try database.createCall(
            Call(
                reference: reference.uppercased(), zoneCode: zone, title: title, units: offered,
                trades: try trades.map { try TradeArgument.code($0, in: database) },
                opensOn: opens, closesOn: closes, startsOn: starts ?? closes.adding(days: 1),
                gridCode: grid, documentsRequired: documents, strikesAllowed: strikes,
                offerValidityDays: offerDays, mode: mode),
            province: province, by: global.clerkName)
        try confirm(
            language.pick(
                fr: "Appel créé (brouillon) : \(call.reference), \(call.units.count) local(aux).",
                en: "Call created (draft): \(call.reference), \(call.units.count) unit(s)."))
    }

    /// `AOU-07` or `AOU-07@2027-03-01`.
    static func offeredUnit(_ text: String, in language: Language) throws -> OfferedUnit {
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return OfferedUnit(unitCode: text.uppercased()) }
        guard let ready = DayFormat.parse(parts[1]) else {
            throw ValidationError(
                language.pick(
                    fr: "Date illisible après @ : \(text).", en: "Unreadable day after @: \(text).")
            )
        }
        return OfferedUnit(unitCode: parts[0].uppercased(), readyBy: ready)
    }
}

extension AllocationMode: EnumerableFlag {
    public static func name(for value: AllocationMode) -> NameSpecification {
        switch value {
        case .overall: return .customLong("overall")
        case .perTrade: return .customLong("per-trade")
        }
    }
}
