/// A span of days during which a unit is allocated.
///
/// The end is exclusive: `end` is the first day the unit is free again, so a
/// unit released on a day can be allocated anew from that same day. Clerks
/// think of fixed terms as "until the last day", which `lastDay` and
/// `init(from:through:)` translate.
public struct Period: Hashable, Sendable {
    /// The first day of the allocation.
    public let start: Day
    /// The first day after the allocation, or nil for an open-ended one.
    public let end: Day?

    /// Creates a period, or nil when the end comes before the start.
    public init?(start: Day, end: Day?) {
        if let end, end < start { return nil }
        self.start = start
        self.end = end
    }

    /// An open-ended period from `start`: never nil, since nothing can come before.
    public init(openFrom start: Day) {
        self.start = start
        self.end = nil
    }

    /// Creates a period from its first day to its last day, both included.
    public init?(from start: Day, through lastDay: Day?) {
        self.init(start: start, end: lastDay.map { $0.adding(days: 1) })
    }

    /// The last day included, or nil for an open-ended period.
    public var lastDay: Day? { end.map { $0.adding(days: -1) } }

    /// Whether the period has no day at all (ended the day it began, or cancelled).
    public var isEmpty: Bool { end == start }

    /// The days as a clerk reads them: `lastDay` would put the last day of a
    /// period with no day before its first.
    public var extent: Extent {
        guard let lastDay else { return .openEnded }
        return isEmpty ? .noDay : .through(lastDay)
    }

    /// How far a period goes.
    public enum Extent: Hashable, Sendable {
        /// To this last day, included.
        case through(Day)
        case openEnded
        /// Not a single day: ended the day it began.
        case noDay
    }

    /// Whether `day` falls within the period.
    public func contains(_ day: Day) -> Bool {
        start <= day && (end.map { day < $0 } ?? true)
    }

    /// Whether the two periods share at least one day.
    public func overlaps(_ other: Period) -> Bool {
        if isEmpty || other.isEmpty { return false }
        let endsAfterOtherStarts = end.map { other.start < $0 } ?? true
        let otherEndsAfterStart = other.end.map { start < $0 } ?? true
        return endsAfterOtherStarts && otherEndsAfterStart
    }

    /// The same period cut short so that `day` is its first free day.
    public func ending(on day: Day) -> Period? {
        Period(start: start, end: day)
    }
}
