import HanoutDomain
import HanoutReports
import HanoutStore
import TerminalKit
import TextLayout

/// What `update` asks the run loop to do; the result comes back as an `AppEvent`.
public enum Effect: Hashable, Sendable {
    case load(DataRequest)
    case write(WriteRequest)
    /// Repaint the whole screen (Ctrl-L).
    case redrawAll
    case quit
}

/// A clerk action to write to the store.
public enum WriteRequest: Hashable, Sendable {
    case assign(AllocationRequest)
    /// Allocates a unit to someone other than the first on its waiting
    /// list, with the written reason the journal keeps.
    case assignPassingOver(AllocationRequest, reason: String)
    case release(unit: String, on: Day, reason: String)
    /// Cancels the unit's allocation entered by mistake, judged on `today`.
    case cancel(unit: String, reason: String, today: Day)
    /// Reserves the unit, puts it under works or back in service, judged on `today`.
    case condition(unit: String, ConditionChange, today: Day)
    /// Hands the unit over to another occupant from `on`, for `trade`, past
    /// the trade rule with `override`'s written reason if any.
    case transfer(
        unit: String, to: Int64, on: Day, reason: String, trade: String?, override: String?)
    /// Registers an occupant; past a likely twin only when the clerk confirmed.
    case addOccupant(Occupant, allowingDuplicate: Bool)
    /// Saves a registered occupant's details; a new name or CIN with its reason.
    case editOccupant(Occupant, correctionReason: String?)
    /// A payment entered on an occupant's ledger, judged on `today`.
    case pay(Payment, today: Day)
    /// A mistaken payment reversed by a new entry from `on`.
    case reversePayment(receipt: String, on: Day, reason: String)
    /// Print occupancy reports, or write them to a file.
    case print(PrintOrder)
    /// A clerk action on a call for applications, its files or its ranking.
    case call(CallWrite)
}

/// What the print dialog asks for.
public struct PrintOrder: Hashable, Sendable {
    public enum Destination: Hashable, Sendable {
        /// A CUPS queue; nil for the default one.
        case printer(String?)
        /// A file, by path (relative to where hanout was started).
        case file(String)
    }

    public var reports: [OccupancyReport]
    public var setup: PageSetup
    public var format: ReportFormat
    public var destination: Destination

    public init(
        reports: [OccupancyReport], setup: PageSetup, format: ReportFormat,
        destination: Destination
    ) {
        self.reports = reports
        self.setup = setup
        self.format = format
        self.destination = destination
    }
}

/// How a write ended.
public enum WriteOutcome: Hashable, Sendable {
    case saved
    /// Done, with what the clerk needs to know (a print job's id, a file's path).
    case done(String)
    /// Refused by the rules: every reason, and whether a written override may pass it.
    case refused(reasons: [String], overridable: Bool)
    /// Refused for another reason (the unit vanished, the file is locked...).
    case failed(String)
}

/// Everything that can happen to the application.
public enum AppEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    case loaded(DataRequest, DataResult)
    case loadFailed(DataRequest, String)
    case written(WriteRequest, WriteOutcome)
    /// Another process changed the database.
    case externalChange
    /// SIGINT, SIGQUIT, SIGTERM or SIGHUP: end cleanly.
    case interrupted
}
