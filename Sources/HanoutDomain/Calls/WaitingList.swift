/// The waiting list of a zone and trade: the admissible applicants no run
/// placed, in ranking order, each with the day they joined.
///
/// It outlives its call (an archived call's list still serves vacancies):
/// an entry leaves only when its applicant is placed, withdraws or is struck
/// off, and keeps the day and the why.
public struct WaitingList: Hashable, Sendable {
    public var zoneCode: String
    public var trade: String
    /// Every entry, those that left included, in ranking order.
    public var entries: [WaitingEntry]

    public init(zoneCode: String, trade: String, entries: [WaitingEntry]) {
        self.zoneCode = zoneCode
        self.trade = trade
        self.entries = entries.sorted(by: WaitingEntry.inLine)
    }

    /// The entries still waiting, in line.
    public var waiting: [WaitingEntry] { entries.filter { $0.left == nil } }

    /// The first in line, leaving out `excluding` (applicants already offered the unit).
    public func nextInLine(excluding: Set<Int64> = []) -> WaitingEntry? {
        entries.first { $0.left == nil && !excluding.contains($0.applicationID) }
    }

    /// The entries a run leaves: every applicant not placed for `belowUnitsOffered`
    /// (or `tradeFull`, which a later vacancy may lift), joined on `day`.
    public static func entries(
        from preview: AllocationPreview, ranking: Ranking, zoneCode: String, joinedOn day: Day
    ) -> [WaitingEntry] {
        preview.notPlaced.compactMap { item in
            switch item.reason {
            case .belowUnitsOffered, .tradeFull, .preferencesUnavailable, .notReadyByStart:
                let total = ranking.entry(of: item.applicationID)?.total ?? 0
                return WaitingEntry(
                    applicationID: item.applicationID, occupantID: item.occupantID,
                    callReference: preview.callReference, zoneCode: zoneCode, trade: item.trade,
                    rank: item.rank, total: total, joinedOn: day)
            case .noUnitOfTrade, .occupantLimit, .refusedByRules:
                // Nothing in this zone could ever be offered to them under the call.
                return nil
            }
        }
    }
}

/// One applicant on a waiting list.
public struct WaitingEntry: Hashable, Sendable {
    public var applicationID: Int64
    public var occupantID: Int64
    public var callReference: String
    public var zoneCode: String
    public var trade: String
    /// The rank in the call's ranking (the list's order).
    public var rank: Int
    public var total: Int
    public var joinedOn: Day
    /// The day the applicant left the list, and why.
    public var left: WaitingExit?

    public init(
        applicationID: Int64, occupantID: Int64, callReference: String, zoneCode: String,
        trade: String, rank: Int, total: Int, joinedOn: Day, left: WaitingExit? = nil
    ) {
        self.applicationID = applicationID
        self.occupantID = occupantID
        self.callReference = callReference
        self.zoneCode = zoneCode
        self.trade = trade
        self.rank = rank
        self.total = total
        self.joinedOn = joinedOn
        self.left = left
    }

    /// Line order: an older call's list first (it was promised earlier), then by rank.
    static func inLine(_ left: WaitingEntry, _ right: WaitingEntry) -> Bool {
        if left.joinedOn != right.joinedOn { return left.joinedOn < right.joinedOn }
        if left.callReference != right.callReference {
            return left.callReference < right.callReference
        }
        return left.rank < right.rank
    }
}

/// When and why an applicant left a waiting list.
public struct WaitingExit: Hashable, Sendable {
    public var day: Day
    public var why: WaitingExitReason

    public init(day: Day, why: WaitingExitReason) {
        self.day = day
        self.why = why
    }
}

/// Why an applicant left a waiting list.
public enum WaitingExitReason: String, CaseIterable, Sendable, Codable {
    /// Accepted an offer.
    case placed
    case withdrawn
    /// Refused or let lapse as many offers as the call allows.
    case struckOff

    public func name(in language: Language) -> String {
        switch self {
        case .placed: return language.pick(fr: "attribué", en: "placed")
        case .withdrawn: return language.pick(fr: "retiré", en: "withdrawn")
        case .struckOff: return language.pick(fr: "radié", en: "struck off")
        }
    }
}
