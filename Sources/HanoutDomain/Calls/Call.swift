/// A call for applications (appel à candidatures) for units of one zone.
///
/// A fair's edition is a call for that fair's zone. The call says what is
/// offered, to which trades, when files are received, how they are scored
/// (the grid's code) and how offers work (strikes, validity).
public struct Call: Hashable, Sendable {
    /// `TAF-2027-01`: the zone's code, the year and a number; the prefix of
    /// every filing number (`TAF-2027-01/0007`) and the decision of every
    /// allocation the call gives.
    public var reference: String
    public var zoneCode: String
    public var title: String
    public var units: [OfferedUnit]
    /// The trade codes an application may name; empty means any trade (as a
    /// unit with no trade listed allows any).
    public var trades: [String]
    /// The first day files are received.
    public var opensOn: Day
    /// The last day files are received, included.
    public var closesOn: Day
    /// The first day of the allocations the call gives (a fair's first day).
    public var startsOn: Day
    /// The code of the scoring grid (`ScoringGrid.code`).
    public var gridCode: String
    /// The names of the documents a file must hold.
    public var documentsRequired: [String]
    /// How many refused offers (declined or lapsed) strike an applicant off.
    public var strikesAllowed: Int
    /// How many days an offer stays open.
    public var offerValidityDays: Int
    public var mode: AllocationMode
    public var status: CallStatus

    public static let defaultStrikes = 3
    public static let defaultOfferValidityDays = 15

    public init(
        reference: String, zoneCode: String, title: String, units: [OfferedUnit],
        trades: [String], opensOn: Day, closesOn: Day, startsOn: Day, gridCode: String,
        documentsRequired: [String] = [], strikesAllowed: Int = Call.defaultStrikes,
        offerValidityDays: Int = Call.defaultOfferValidityDays, mode: AllocationMode = .overall,
        status: CallStatus = .draft
    ) {
        self.reference = reference
        self.zoneCode = zoneCode
        self.title = title
        self.units = units
        self.trades = trades
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.startsOn = startsOn
        self.gridCode = gridCode
        self.documentsRequired = documentsRequired
        self.strikesAllowed = strikesAllowed
        self.offerValidityDays = offerValidityDays
        self.mode = mode
        self.status = status
    }

    /// The trades eligible when the clerk names none: every trade the units
    /// offered allow; empty (any trade) when one of them allows any.
    public static func defaultTrades(of units: [Unit]) -> [String] {
        if units.contains(where: { $0.allowedTrades.isEmpty }) { return [] }
        var seen: Set<String> = []
        return units.flatMap(\.allowedTrades).filter { seen.insert($0).inserted }.sorted()
    }

    /// Whether an application may name `trade`.
    public func covers(trade: String) -> Bool {
        trades.isEmpty || trades.contains(trade)
    }

    /// The filing number of the `number`th application: `TAF-2027-01/0007`.
    public func filingNumber(_ number: Int) -> String {
        "\(reference)/\(Day.pad(number, 4))"
    }

    /// The unit offered under `code`, if it is.
    public func offered(_ code: String) -> OfferedUnit? {
        units.first { $0.unitCode == code }
    }
}

/// A unit a call offers; one under works says the day it will be ready.
public struct OfferedUnit: Hashable, Sendable, Codable {
    public var unitCode: String
    /// For a unit under works: the day the works are expected to be over.
    public var readyBy: Day?

    public init(unitCode: String, readyBy: Day? = nil) {
        self.unitCode = unitCode
        self.readyBy = readyBy
    }
}

/// How an allocation run walks the ranking.
public enum AllocationMode: String, CaseIterable, Sendable, Codable {
    /// One list: the ranking in order, whatever the trade.
    case overall
    /// One list per trade, served in turn: every trade's first, then every
    /// trade's second, and so on (each round in the order of the ranking), so
    /// that a trade with strong applicants does not take every shared unit.
    case perTrade

    public func name(in language: Language) -> String {
        switch self {
        case .overall: return language.pick(fr: "classement général", en: "overall ranking")
        case .perTrade: return language.pick(fr: "par métier", en: "per trade")
        }
    }
}
