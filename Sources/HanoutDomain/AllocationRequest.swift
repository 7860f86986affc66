/// What a clerk asks for when allocating a unit.
public struct AllocationRequest: Hashable, Sendable {
    public var unitCode: String
    public var occupantID: Int64
    /// The trade to be exercised; nil lets the rules pick the occupant's first
    /// trade that the unit allows.
    public var trade: String?
    public var period: Period
    public var decision: String?
    public var note: String?
    /// A written reason to allocate despite the trade rule; the only rule a
    /// clerk may override.
    public var overrideReason: String?

    public init(
        unitCode: String, occupantID: Int64, trade: String? = nil, period: Period,
        decision: String? = nil, note: String? = nil, overrideReason: String? = nil
    ) {
        self.unitCode = unitCode
        self.occupantID = occupantID
        self.trade = trade
        self.period = period
        self.decision = decision
        self.note = note
        self.overrideReason = overrideReason
    }
}
