/// A cell's place on the screen, counted from zero at the top left.
public struct Position: Sendable, Hashable {
    /// Row, from the top.
    public var row: Int
    /// Column, from the left.
    public var column: Int

    /// Creates a position.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
