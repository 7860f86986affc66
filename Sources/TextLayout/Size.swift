/// The size of a screen or canvas, in columns and rows.
public struct Size: Sendable, Hashable, CustomStringConvertible {
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// Creates a size; negative values count as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The usual "80x24" notation, columns first.
    public var description: String { "\(width)x\(height)" }
}
