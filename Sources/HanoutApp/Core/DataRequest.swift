import HanoutDomain
import HanoutReports
import HanoutStore

/// What a screen needs read from the store. Screens ask; the run loop reads.
public enum DataRequest: Hashable, Sendable {
    /// A window of the zones, by code, and the region's totals when `totals`:
    /// they cost more than a window, so scrolling does not read them again.
    case zones(offset: Int, limit: Int, totals: Bool)
    /// A window of the zones whose code, name or commune fit a search.
    case matchingZones(search: String, offset: Int, limit: Int)
    /// A zone's plan and units on a day; nil for the day it opens on
    /// (`Zone.openingDay`: today, or a fair's first day).
    case zone(code: String, on: Day?)
    case unit(code: String)
    /// The arrears of a zone (or the region), oldest debt first, up to `limit` occupants.
    case arrears(zone: String?, limit: Int)
    /// The conventions of a zone (or the region) ending within `days` days.
    case expiring(zone: String?, days: Int)
    /// An occupant's ledger and arrears on the app's day.
    case ledger(occupantID: Int64)
    /// A unit's ledger, with what its convention's holder owes by age.
    case unitLedger(unit: String, occupantID: Int64)
    /// A zone's rack: `count` columns from `from` at `scale`.
    case rack(zone: String, from: Day, count: Int, scale: Rack.Scale)
    case occupants(OccupantQuery)
    case occupant(id: Int64)
    /// Occupants proposed for a unit, best first, narrowed by a search.
    case candidates(unit: String, search: String)
    /// Vacant units that fit an occupant, best first.
    case unitCandidates(occupant: Int64)
    case trades
    /// The occupancy reports to print: the zones named (all when empty), or one unit.
    case report(zones: [String], unit: String?)
    /// What a code or number typed at the go-to prompt names (`g`).
    case goTo(String)
    /// Every call for applications with its counts.
    case calls
    /// One call with its files and ranking versions.
    case callFile(String)
    /// What an allocation run of the call's latest ranking would offer.
    case allocationPreview(String)
    /// The offers of a call and their answers.
    case offers(String)
    /// A window of a zone's waiting list for a trade (nil: the first), counted when asked.
    /// `known` is the count already read (a window past the middle is read from the end).
    case waitingList(
        zone: String, trade: String?, offset: Int, limit: Int, counting: Bool, known: Int?)
}

/// One window of the occupant directory.
public struct OccupantQuery: Hashable, Sendable {
    public var search: String
    public var trade: String?
    public var offset: Int
    public var limit: Int
    /// How far to count: once per search or filter, not for each window.
    public var counting: Counting
    /// The last window of the listing, wherever it ends (End on a listing not yet counted).
    public var fromEnd: Bool
    /// How many the listing has, when counted: a window near its end is read from the end.
    public var known: Int?

    public init(
        search: String = "", trade: String? = nil, offset: Int = 0, limit: Int = 100,
        counting: Counting = .upTo(OccupantQuery.countBound), fromEnd: Bool = false,
        known: Int? = nil
    ) {
        self.search = search
        self.trade = trade
        self.offset = offset
        self.limit = limit
        self.counting = counting
        self.fromEnd = fromEnd
        self.known = known
    }

    /// A search counts its matches up to this many past the window, then says "more than".
    public static let countBound = 1_000
}

/// What the store gave back for a `DataRequest`.
public enum DataResult: Hashable, Sendable {
    /// A window of the zones, and the region's totals when they were asked.
    case zones([ZoneSummary], region: RegionTotals?)
    /// A window of the zones a search found, how many it found and of how many.
    case matchingZones([ZoneSummary], matching: Int, of: Int)
    /// A zone's summary and units on `day`, the day shown.
    case zone(ZoneSummary, [UnitOccupancy], day: Day)
    /// A unit's record: its state, history, journal, and the convention of
    /// its latest allocation that has one.
    case unit(
        UnitOccupancy, history: [AllocationLine], journal: [JournalEntry], convention: Convention?)
    case arrears([ArrearsLine])
    /// Conventions ending soon, with their occupants' names by id.
    case expiring([Convention], names: [Int64: String])
    /// A ledger, and its occupant with what it owes (`OccupantArrears`).
    case ledger(Ledger, OccupantArrears)
    /// A zone's rack and its units (in the rack's order).
    case rack(Rack, units: [HanoutDomain.Unit])
    /// A window of occupants, where it starts, and the count when it was asked.
    case occupants([Occupant], offset: Int, count: ResultCount?)
    case occupant(Occupant, allocations: [AllocationLine])
    /// Those proposed for a unit; for a vacant one, who waits for it first
    /// (its zone's waiting list for its trades, in line).
    case candidates([Suggestions.Candidate], waiting: [WaitingCandidate] = [])
    case unitCandidates([Suggestions.UnitCandidate])
    case trades([Trade])
    case report([OccupancyReport], printers: PrinterDestinations)
    /// Where to go; nil when the text names nothing.
    case goTo(GoToTarget?)
    case calls([CallSummary])
    case callFile(CallFile)
    case allocationPreview(AllocationPreview, CallFile)
    case offers([Offer], CallFile)
    case waitingList(WaitingPage)
}
