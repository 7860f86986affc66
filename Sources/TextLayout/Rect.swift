/// A rectangle of cells: top-left corner, width in columns, height in rows.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    /// Top row.
    public var row: Int
    /// Left column.
    public var column: Int
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// Creates a rectangle; a negative width or height counts as zero.
    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the top left that has the given size.
    public init(size: Size) {
        self.init(row: 0, column: 0, width: size.width, height: size.height)
    }

    /// The row just below the rectangle.
    public var endRow: Int { row + height }
    /// The column just right of the rectangle.
    public var endColumn: Int { column + width }
    /// The size of the rectangle.
    public var size: Size { Size(width: width, height: height) }
    /// Whether the rectangle covers no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at `row`, `column` is inside.
    public func contains(row: Int, column: Int) -> Bool {
        row >= self.row && row < endRow && column >= self.column && column < endColumn
    }

    /// The cells both rectangles cover (empty, at this rectangle's corner, when none).
    public func intersection(_ other: Rect) -> Rect {
        let top = max(row, other.row)
        let left = max(column, other.column)
        let bottom = min(endRow, other.endRow)
        let right = min(endColumn, other.endColumn)
        guard bottom > top, right > left else {
            return Rect(row: row, column: column, width: 0, height: 0)
        }
        return Rect(row: top, column: left, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by `amount` cells on every side.
    public func inset(by amount: Int) -> Rect {
        Rect(
            row: row + amount, column: column + amount,
            width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The top `count` rows (fewer if the rectangle is shorter).
    public func top(_ count: Int) -> Rect {
        Rect(row: row, column: column, width: width, height: min(height, max(0, count)))
    }

    /// The bottom `count` rows (fewer if the rectangle is shorter).
    public func bottom(_ count: Int) -> Rect {
        let kept = min(height, max(0, count))
        return Rect(row: endRow - kept, column: column, width: width, height: kept)
    }

    /// The rectangle without its top `count` rows.
    public func droppingTop(_ count: Int) -> Rect {
        let dropped = min(height, max(0, count))
        return Rect(row: row + dropped, column: column, width: width, height: height - dropped)
    }

    /// The rectangle without its bottom `count` rows.
    public func droppingBottom(_ count: Int) -> Rect {
        Rect(row: row, column: column, width: width, height: height - max(0, count))
    }

    /// A rectangle of the given size centred in this one, clipped to it.
    public func centered(width: Int, height: Int) -> Rect {
        let width = min(max(0, width), self.width)
        let height = min(max(0, height), self.height)
        return Rect(
            row: row + (self.height - height) / 2, column: column + (self.width - width) / 2,
            width: width, height: height)
    }

    /// One row of the rectangle, counted from its top.
    public func row(_ index: Int) -> Rect {
        Rect(row: row + index, column: column, width: width, height: 1)
    }

    /// "row,column widthxheight".
    public var description: String { "\(row),\(column) \(width)x\(height)" }
}
