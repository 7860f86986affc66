import TextLayout

/// A column of a ``Table``: its title, how wide it is, and how its text is aligned.
public struct TableColumn: Sendable, Hashable {
    /// How a column's width is decided.
    public enum Width: Sendable, Hashable {
        /// Exactly this many columns.
        case fixed(Int)
        /// At least `min` columns, plus a share of the room left, in proportion to `weight`.
        case flexible(min: Int, weight: Int = 1)
    }

    /// The header text.
    public var title: String
    /// How wide the column is.
    public var width: Width
    /// How text sits in the column; numbers usually go right.
    public var alignment: Alignment

    /// Creates a column.
    public init(_ title: String, width: Width = .flexible(min: 1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
