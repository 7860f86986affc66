/// A move through a list, whatever the list holds: what a list key means.
///
/// Each screen applies it to its own selection or scroll, with the page size
/// of its own layout.
public enum ListMove: Hashable, Sendable {
    /// Rows down, or up when negative.
    case by(Int)
    /// Pages down, or up when negative.
    case page(Int)
    /// To an index; `Int.max` is the end, which each list clamps to its last row.
    case to(Int)

    public static let first = ListMove.to(0)
    public static let last = ListMove.to(Int.max)

    /// The index the move reaches from `current` when a page is `page` rows
    /// (one at least); the list clamps it to its rows.
    public func index(from current: Int, page: Int) -> Int {
        switch self {
        case .by(let rows): return current + rows
        case .page(let pages): return current + pages * max(1, page)
        case .to(let index): return index
        }
    }
}
