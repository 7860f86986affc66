import HanoutDomain
import HanoutStore

/// A clerk action on a call, its files or its ranking: one transaction each.
public enum CallWrite: Hashable, Sendable {
    /// Opens or closes the call (ranking and allocating have their own actions).
    case move(call: String, to: CallStatus)
    /// Ranks a closed call; the lot's seed is drawn then, and recorded with the ranking.
    case rank(call: String)
    case freeze(call: String)
    /// A new version of the ranking, with the committee's written reason.
    case rerank(call: String, reason: String)
    /// Sets a file admissible or not; past a frozen ranking only with the
    /// reason of the new version it makes.
    case admissibility(application: Int64, Admissibility, versionReason: String?)
    case mark(application: Int64, Int, versionReason: String?)
    /// Commits the run of the latest ranking: its offers made on `on`.
    case commitAllocation(call: String, on: Day)
    case accept(offer: Int64, on: Day)
    case decline(offer: Int64, on: Day)
    /// Records the offers whose day passed as lapsed, and offers their units
    /// to the next in line.
    case lapse(on: Day)
    /// Files an application received at the counter.
    case apply(ApplicationForm, call: String)
}
