import HanoutDomain
import TextLayout

/// What the ranking and the committee's minutes print, handed over as values
/// (the report never reads the store): the call, its ranking with each
/// applicant's name and filing number, the offers and the waiting list.
///
/// Every text from data is cleaned here once, as ``OccupancyReport`` does,
/// so no renderer can print a control character a name smuggled in.
public struct CallReport: Hashable, Sendable {
    public struct Ranked: Hashable, Sendable {
        public var rank: Int
        public var filingNumber: String
        public var applicant: String
        public var trade: String
        public var score: Score

        public init(rank: Int, filingNumber: String, applicant: String, trade: String, score: Score)
        {
            self.rank = rank
            self.filingNumber = SafeText.clean(filingNumber)
            self.applicant = SafeText.clean(applicant)
            self.trade = SafeText.clean(trade)
            self.score = score
        }
    }

    public struct SetAside: Hashable, Sendable {
        public var filingNumber: String
        public var applicant: String
        public var trade: String
        public var reason: SetAsideReason

        public init(filingNumber: String, applicant: String, trade: String, reason: SetAsideReason)
        {
            self.filingNumber = SafeText.clean(filingNumber)
            self.applicant = SafeText.clean(applicant)
            self.trade = SafeText.clean(trade)
            // The clerk's words, kept as typed (an older register may hold a control).
            switch reason {
            case .inadmissible(let text): self.reason = .inadmissible(SafeText.clean(text))
            case .withdrawn: self.reason = reason
            }
        }
    }

    public struct OfferLine: Hashable, Sendable {
        public var filingNumber: String
        public var applicant: String
        public var unitCode: String
        public var dueBy: Day
        public var state: OfferState

        public init(
            filingNumber: String, applicant: String, unitCode: String, dueBy: Day, state: OfferState
        ) {
            self.filingNumber = SafeText.clean(filingNumber)
            self.applicant = SafeText.clean(applicant)
            self.unitCode = SafeText.clean(unitCode)
            self.dueBy = dueBy
            self.state = state
        }
    }

    public struct Waiting: Hashable, Sendable {
        public var applicant: String
        public var trade: String
        public var rank: Int
        public var total: Int
        public var joinedOn: Day

        public init(applicant: String, trade: String, rank: Int, total: Int, joinedOn: Day) {
            self.applicant = SafeText.clean(applicant)
            self.trade = SafeText.clean(trade)
            self.rank = rank
            self.total = total
            self.joinedOn = joinedOn
        }
    }

    public var call: Call
    public var zoneName: String
    public var rankingVersion: Int
    public var isFrozen: Bool
    public var versionReason: String?
    public var seed: UInt64
    public var ranked: [Ranked]
    public var setAside: [SetAside]
    public var offers: [OfferLine]
    public var waiting: [Waiting]
    /// The committee members present, as the clerk typed them (minutes only).
    public var members: [String]
    public var printedOn: Day
    public var clerk: String

    public init(
        call: Call, zoneName: String, ranking: Ranking, ranked: [Ranked], setAside: [SetAside],
        offers: [OfferLine] = [], waiting: [Waiting] = [], members: [String] = [],
        printedOn: Day, clerk: String
    ) {
        var call = call
        call.reference = SafeText.clean(call.reference)
        call.title = SafeText.clean(call.title)
        self.call = call
        self.zoneName = SafeText.clean(zoneName)
        self.rankingVersion = ranking.version
        self.isFrozen = ranking.isFrozen
        self.versionReason = ranking.reason.map { SafeText.clean($0) }
        self.seed = ranking.seed
        self.ranked = ranked
        self.setAside = setAside
        self.offers = offers
        self.waiting = waiting
        self.members = members.map { SafeText.clean($0) }
        self.printedOn = printedOn
        self.clerk = SafeText.clean(clerk)
    }
}
