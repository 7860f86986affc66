/// An offer of a unit to a ranked applicant, open until its answer is due.
///
/// No timer ends an offer: a pending one whose day has passed is lapsed when
/// anyone looks (`state(on:)`), so the answer recorded and the calendar
/// always agree.
public struct Offer: Hashable, Sendable {
    public var id: Int64
    public var applicationID: Int64
    public var unitCode: String
    public var madeOn: Day
    /// The last day an answer is taken, included: `madeOn` + the call's validity.
    public var dueBy: Day
    /// The answer recorded, if any.
    public var answer: OfferAnswer?

    public init(
        id: Int64 = 0, applicationID: Int64, unitCode: String, madeOn: Day, validityDays: Int,
        answer: OfferAnswer? = nil
    ) {
        self.id = id
        self.applicationID = applicationID
        self.unitCode = unitCode
        self.madeOn = madeOn
        self.dueBy = madeOn.adding(days: validityDays)
        self.answer = answer
    }

    /// Where the offer stands on `day`: its recorded answer, else lapsed once
    /// `dueBy` has passed, else pending.
    public func state(on day: Day) -> OfferState {
        if let answer { return answer.state }
        return day > dueBy ? .lapsed : .pending
    }

    /// Whether the offer counts as a refusal on `day` (declined, or lapsed).
    public func isStrike(on day: Day) -> Bool {
        let state = state(on: day)
        return state == .declined || state == .lapsed
    }

    /// The day the offer lapsed, if it has by `day` (the day after `dueBy`).
    public func lapsedOn(asOf day: Day) -> Day? {
        state(on: day) == .lapsed ? (answer?.day ?? dueBy.adding(days: 1)) : nil
    }
}

/// An answer recorded to an offer, with its day.
public struct OfferAnswer: Hashable, Sendable {
    public var state: OfferState
    public var day: Day

    public init(_ state: OfferState, on day: Day) {
        self.state = state
        self.day = day
    }
}

/// Where an offer stands.
public enum OfferState: String, CaseIterable, Sendable, Codable {
    case pending
    case accepted
    case declined
    case lapsed

    public func name(in language: Language) -> String {
        switch self {
        case .pending: return language.pick(fr: "en attente", en: "pending")
        case .accepted: return language.pick(fr: "acceptée", en: "accepted")
        case .declined: return language.pick(fr: "refusée", en: "declined")
        case .lapsed: return language.pick(fr: "expirée", en: "lapsed")
        }
    }
}

/// Counting refused offers against the call's limit.
public enum Strikes {
    /// The offers of one applicant declined or lapsed by `day`.
    public static func count(_ offers: [Offer], on day: Day) -> Int {
        offers.filter { $0.isStrike(on: day) }.count
    }

    /// Whether those offers strike the applicant off (`strikesAllowed` refusals or more).
    public static func isStruckOff(_ offers: [Offer], on day: Day, strikesAllowed: Int) -> Bool {
        count(offers, on: day) >= strikesAllowed
    }
}
