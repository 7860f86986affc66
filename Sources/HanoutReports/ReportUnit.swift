import HanoutDomain
import TextLayout

/// One row of the report: a unit, its state on the report's day and, if occupied, by whom.
///
/// Strings are cleaned with `SafeText` on the way in (see ``OccupancyReport``).
public struct ReportUnit: Hashable, Sendable {
    /// `AOU-07`.
    public var code: String
    public var number: Int
    /// Row on the floor plan, from 1.
    public var row: Int
    /// Column on the floor plan, from 1.
    public var column: Int
    public var areaM2: Double?
    /// The trade codes allowed; empty means any trade.
    public var allowedTrades: [String]
    public var state: UnitState
    /// The occupant's full name, when occupied.
    public var occupant: String?
    /// The trade exercised under the allocation, when occupied.
    public var trade: String?
    /// The allocation's first day.
    public var since: Day?
    /// The allocation's last day included, for a fixed term.
    public var until: Day?
    /// The committee's decision reference.
    public var decision: String?

    public init(
        code: String, number: Int, row: Int, column: Int, areaM2: Double? = nil,
        allowedTrades: [String] = [], state: UnitState, occupant: String? = nil,
        trade: String? = nil, since: Day? = nil, until: Day? = nil, decision: String? = nil
    ) {
        self.code = SafeText.clean(code)
        self.number = number
        self.row = row
        self.column = column
        self.areaM2 = areaM2
        self.allowedTrades = allowedTrades.map { SafeText.clean($0) }
        self.state = state
        self.occupant = occupant.map { SafeText.clean($0) }
        self.trade = trade.map { SafeText.clean($0) }
        self.since = since
        self.until = until
        self.decision = decision.map { SafeText.clean($0) }
    }
}
