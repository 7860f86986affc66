import HanoutDomain

/// How many occupants a listing found: all counted, or more than so many.
///
/// A search for one letter matches hundreds of thousands of names; counting
/// them all would cost more than showing the first screen, and a clerk needs
/// only to know there are many and to type on.
public enum ResultCount: Hashable, Sendable {
    case exactly(Int)
    case moreThan(Int)

    /// The fewest rows the listing has.
    public var atLeast: Int {
        switch self {
        case .exactly(let count): count
        case .moreThan(let count): count + 1
        }
    }

    public var isExact: Bool {
        if case .exactly = self { return true }
        return false
    }
}

/// How far a listing counts its rows.
public enum Counting: Hashable, Sendable {
    /// Not at all: the caller knows the count (another window of the same listing).
    case none
    /// Until more than this many are found, past the window asked.
    case upTo(Int)
    /// Every row, however long it takes.
    case all
}

/// A window of the occupant directory, and the count when it was asked.
public struct OccupantPage: Hashable, Sendable {
    public var occupants: [Occupant]
    public var count: ResultCount?

    public init(occupants: [Occupant], count: ResultCount?) {
        self.occupants = occupants
        self.count = count
    }
}
