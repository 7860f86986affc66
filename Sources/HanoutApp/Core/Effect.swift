import HanoutDomain
import TerminalKit

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
    case release(unit: String, on: Day, reason: String)
}

/// How a write ended.
public enum WriteOutcome: Hashable, Sendable {
    case saved
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
    /// SIGINT, SIGTERM or SIGHUP: end cleanly.
    case interrupted
}
