import HanoutDomain

/// What the clerk fills in when a file is received.
public struct ApplicationForm: Hashable, Sendable {
    public var occupantID: Int64
    public var trade: String
    /// Unit codes, the most wanted first.
    public var preferences: [String]
    public var acceptsOtherUnits: Bool
    public var documents: [ReceivedDocument]
    /// What the applicant declares; what the register knows (category, NIA,
    /// kind, members) and the units held are filled in by Hanout.
    public var declared: ApplicantFacts
    /// Why a file received after the closing day is accepted.
    public var lateReason: String?
    /// When the file was received (ISO 8601, UTC); nil for now.
    public var filedAt: String?

    public init(
        occupantID: Int64, trade: String, preferences: [String] = [],
        acceptsOtherUnits: Bool = true, documents: [ReceivedDocument] = [],
        declared: ApplicantFacts = ApplicantFacts(), lateReason: String? = nil,
        filedAt: String? = nil
    ) {
        self.occupantID = occupantID
        self.trade = trade
        self.preferences = preferences
        self.acceptsOtherUnits = acceptsOtherUnits
        self.documents = documents
        self.declared = declared
        self.lateReason = lateReason
        self.filedAt = filedAt
    }
}
