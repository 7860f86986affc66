import TerminalKit

/// A list too long to load whole: the selection and scroll run over the
/// whole result, and only a window of rows around the view is held.
///
/// When the view leaves the loaded rows, `follow` says which window to ask
/// the store for: one screen above the view, the view, one screen below.
public struct WindowedList<Row: Hashable & Sendable>: Hashable, Sendable {
    /// The loaded rows: items `rowsOffset ..< rowsOffset + rows.count` of the result.
    public var rows: [Row] = []
    public var rowsOffset = 0
    /// How many items the whole result has; nil until the first answer.
    public var total: Int?
    /// False while `total` is only the fewest the result has (a search not counted to its end).
    public var totalIsExact = true
    public var selected = 0
    public var scroll = 0

    public init() {}

    /// The item at `index` of the whole result, if it is loaded.
    public func row(at index: Int) -> Row? {
        rows.indices.contains(index - rowsOffset) ? rows[index - rowsOffset] : nil
    }

    public var current: Row? { row(at: selected) }

    public mutating func select(_ index: Int) {
        selected = min(max(0, index), max(0, (total ?? 0) - 1))
    }

    /// Selects `index` and scrolls to it, for a list loaded whole.
    public mutating func move(to index: Int, visibleRows: Int) {
        select(index)
        _ = follow(visibleRows: visibleRows)
    }

    /// Scrolls to the selection; gives the window (offset, limit) to load when
    /// the rows in view are not all loaded, else nil.
    public mutating func follow(visibleRows visible: Int) -> (offset: Int, limit: Int)? {
        let count = total ?? 0
        scroll = Scrolling.offset(
            keeping: selected, visibleRows: visible, rowCount: count, current: scroll)
        let needed = scroll..<min(count, scroll + visible)
        guard !needed.isEmpty, !isLoaded(needed) else { return nil }
        return (max(0, scroll - visible), 3 * max(1, visible))
    }

    func isLoaded(_ range: Range<Int>) -> Bool {
        range.lowerBound >= rowsOffset && range.upperBound <= rowsOffset + rows.count
    }

    /// Takes a window the store read.
    public mutating func receive(
        _ rows: [Row], offset: Int, total: Int, exact: Bool = true, visibleRows: Int
    ) {
        self.rows = rows
        rowsOffset = offset
        self.total = total
        totalIsExact = exact
        select(selected)
        scroll = Scrolling.offset(
            keeping: selected, visibleRows: visibleRows, rowCount: total, current: scroll)
    }

    /// Forgets everything: a new search or filter starts from the top.
    public mutating func reset() {
        self = WindowedList()
    }

    /// The loaded rows that fall in view, with their index in the whole result.
    public func visible(_ count: Int) -> [(index: Int, row: Row?)] {
        let end = min(total ?? 0, scroll + count)
        guard scroll < end else { return [] }
        return (scroll..<end).map { ($0, row(at: $0)) }
    }
}
