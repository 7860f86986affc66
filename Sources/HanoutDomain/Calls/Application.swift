/// An application (candidature) to a call: who, for which trade, which units
/// first, with which documents, and whether the file is admissible.
///
/// Nothing in it is ever deleted: a withdrawal or a correction of the
/// admissibility or of the committee's mark is a new journal entry, and the
/// application shows the latest.
public struct Application: Hashable, Sendable {
    public var id: Int64
    public var callReference: String
    /// The order of filing within the call, from 1: `TAF-2027-01/0007` is the 7th.
    public var number: Int
    /// When the file was received (ISO 8601, UTC, to the second).
    public var filedAt: String
    public var occupantID: Int64
    /// The trade applied for: one of the applicant's, and one the call covers.
    public var trade: String
    /// Unit codes in the applicant's order of preference (may be empty).
    public var preferences: [String]
    /// Whether a unit other than those preferred is accepted.
    public var acceptsOtherUnits: Bool
    public var documents: [ReceivedDocument]
    public var facts: ApplicantFacts
    public var admissibility: Admissibility
    /// Why a file received after the closing day was accepted, if it was.
    public var lateReason: String?
    /// The day the applicant withdrew, if they did.
    public var withdrawnOn: Day?

    public init(
        id: Int64 = 0, callReference: String, number: Int, filedAt: String, occupantID: Int64,
        trade: String, preferences: [String] = [], acceptsOtherUnits: Bool = true,
        documents: [ReceivedDocument] = [], facts: ApplicantFacts = ApplicantFacts(),
        admissibility: Admissibility = .admissible, lateReason: String? = nil,
        withdrawnOn: Day? = nil
    ) {
        self.id = id
        self.callReference = callReference
        self.number = number
        self.filedAt = filedAt
        self.occupantID = occupantID
        self.trade = trade
        self.preferences = preferences
        self.acceptsOtherUnits = acceptsOtherUnits
        self.documents = documents
        self.facts = facts
        self.admissibility = admissibility
        self.lateReason = lateReason
        self.withdrawnOn = withdrawnOn
    }

    /// `TAF-2027-01/0007`.
    public var filingNumber: String { "\(callReference)/\(Day.pad(number, 4))" }

    /// The committee's mark, kept with the facts it is scored with.
    public var committeeMark: Int? { facts.committeeMark }

    /// The required documents not received.
    public func missingDocuments(of call: Call) -> [String] {
        let received = Set(documents.map(\.name))
        return call.documentsRequired.filter { !received.contains($0) }
    }
}

/// A document of the file, with the day it came in.
public struct ReceivedDocument: Hashable, Sendable, Codable {
    public var name: String
    public var receivedOn: Day

    public init(name: String, receivedOn: Day) {
        self.name = name
        self.receivedOn = receivedOn
    }
}

/// Whether a file may be ranked.
public enum Admissibility: Hashable, Sendable {
    case admissible
    /// Set aside, with the reason the applicant is told.
    case inadmissible(reason: String)

    public var isAdmissible: Bool { self == .admissible }

    public func name(in language: Language) -> String {
        switch self {
        case .admissible: return language.pick(fr: "recevable", en: "admissible")
        case .inadmissible(let reason):
            return language.pick(fr: "irrecevable : \(reason)", en: "inadmissible: \(reason)")
        }
    }
}
