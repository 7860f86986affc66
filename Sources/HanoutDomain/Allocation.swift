/// The allocation (attribution) of a unit to an occupant for a period.
///
/// Allocations are history: one is never deleted or edited away. It ends
/// (released or transferred, with a day and a reason) or, for a fixed term,
/// expires by itself when its last day has passed. One entered by mistake is
/// cancelled: kept, with no day, and marked so.
public struct Allocation: Hashable, Sendable {
    public var id: Int64
    public var unitCode: String
    public var occupantID: Int64
    /// The trade exercised in the unit under this allocation.
    public var trade: String
    public var period: Period
    /// The committee's decision reference (number and date, as written).
    public var decision: String?
    public var note: String?
    /// The clerk's written reason when the trade rule was overridden.
    public var overrideReason: String?
    /// Who recorded it.
    public var recordedBy: String
    /// When it was recorded (ISO 8601 timestamp).
    public var recordedAt: String
    /// How it ended early, if it did.
    public var ending: AllocationEnding?
    /// Why and when it was cancelled as a mistake, if it was (its period then has no day).
    public var cancellation: AllocationCancellation?

    public init(
        id: Int64 = 0, unitCode: String, occupantID: Int64, trade: String, period: Period,
        decision: String? = nil, note: String? = nil, overrideReason: String? = nil,
        recordedBy: String = "", recordedAt: String = "", ending: AllocationEnding? = nil,
        cancellation: AllocationCancellation? = nil
    ) {
        self.id = id
        self.unitCode = unitCode
        self.occupantID = occupantID
        self.trade = trade
        self.period = period
        self.decision = decision
        self.note = note
        self.overrideReason = overrideReason
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.ending = ending
        self.cancellation = cancellation
    }

    /// Where the allocation stands on `day`.
    public func status(on day: Day) -> AllocationStatus {
        if cancellation != nil { return .cancelled }
        if period.contains(day) { return .current }
        if day < period.start { return .upcoming }
        if let ending { return ending.kind == .released ? .released : .transferred }
        return .expired
    }
}

/// How an allocation was ended before its term.
public struct AllocationEnding: Hashable, Sendable {
    public var kind: EndingKind
    /// Why, in the clerk's words.
    public var reason: String

    public init(kind: EndingKind, reason: String) {
        self.kind = kind
        self.reason = reason
    }
}

/// The ways a clerk ends an allocation.
public enum EndingKind: String, CaseIterable, Sendable, Codable {
    /// The occupant gave the unit back or was asked to leave.
    case released
    /// The unit passed to another occupant.
    case transferred
}

/// Where an allocation stands on a given day.
public enum AllocationStatus: String, Sendable, Codable {
    case upcoming
    case current
    case expired
    case released
    case transferred
    /// Entered by mistake and cancelled: it never held the unit.
    case cancelled

    public func name(in language: Language) -> String {
        switch self {
        case .upcoming: return language.pick(fr: "à venir", en: "upcoming")
        case .current: return language.pick(fr: "en cours", en: "current")
        case .expired: return language.pick(fr: "échue", en: "expired")
        case .released: return language.pick(fr: "libérée", en: "released")
        case .transferred: return language.pick(fr: "transférée", en: "transferred")
        case .cancelled: return language.pick(fr: "annulée", en: "cancelled")
        }
    }
}
