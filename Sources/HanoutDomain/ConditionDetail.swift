/// What goes with a unit's condition: for whom and why it is reserved, or
/// what works are done, and until when. Empty when the unit is available.
public struct ConditionDetail: Hashable, Sendable {
    /// The occupant a reservation is held for; nil for works, and for a
    /// reservation made without one (before Hanout kept holders, or by
    /// `set-state`), which any allocation takes.
    public var reservedFor: Int64?
    /// The holder's name, as read with the unit (nil when there is none).
    public var reservedForName: String?
    /// The reservation's reason, or the works' note.
    public var note: String?
    /// The reservation's last day, or the works' expected last day, included.
    public var until: Day?

    public init(
        reservedFor: Int64? = nil, reservedForName: String? = nil, note: String? = nil,
        until: Day? = nil
    ) {
        self.reservedFor = reservedFor
        self.reservedForName = reservedForName
        self.note = note
        self.until = until
    }
}

extension Unit {
    /// Whether the unit is reserved and its reservation's last day is before `day`.
    ///
    /// Nothing runs at midnight: an expired reservation stays on the unit,
    /// said expired, until a clerk assigns the unit or puts it back in
    /// service; it no longer keeps the unit from anyone.
    public func reservationExpired(on day: Day) -> Bool {
        guard condition == .reserved, let until = detail.until else { return false }
        return until < day
    }

    /// The holder of a reservation that still keeps the unit for them on
    /// `day`, if any: assigning the unit to anyone else is refused.
    public func reservationHolder(on day: Day) -> Int64? {
        guard condition == .reserved, !reservationExpired(on: day) else { return nil }
        return detail.reservedFor
    }
}
