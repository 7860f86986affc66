/// A grid of character cells on which boxes are drawn as line segments and text is written.
///
/// Boxes that touch share their edges; each cell remembers which of its four
/// sides a line leaves by, and only when the canvas is turned into text is
/// the right box-drawing character chosen (`┌ ┬ ┐ ├ ┼ ┤ └ ┴ ┘ ─ │`). That
/// way neighbouring tiles, missing tiles and alleys all join correctly
/// without special cases.
struct BoxCanvas {
    private struct Sides: OptionSet {
        let rawValue: UInt8
        static let up = Sides(rawValue: 1)
        static let down = Sides(rawValue: 2)
        static let left = Sides(rawValue: 4)
        static let right = Sides(rawValue: 8)
    }

    private enum Cell {
        case empty
        case line(Sides)
        /// Text that starts here and covers `width` cells.
        case text(String, width: Int)
        /// A cell covered by text that starts further left.
        case covered
    }

    let width: Int
    let height: Int
    private var cells: [[Cell]]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(
            repeating: Array(repeating: .empty, count: self.width), count: self.height)
    }

    /// Draws the outline of the box whose corners are at the given rows and columns (inclusive).
    mutating func box(top: Int, left: Int, bottom: Int, right: Int) {
        horizontal(row: top, from: left, to: right)
        horizontal(row: bottom, from: left, to: right)
        vertical(column: left, from: top, to: bottom)
        vertical(column: right, from: top, to: bottom)
    }

    /// Writes text that is exactly `width` columns wide (fit it first) from a cell.
    mutating func write(_ text: String, width: Int, row: Int, column: Int) {
        guard cells.indices.contains(row), column >= 0, width > 0, column + width <= self.width
        else { return }
        cells[row][column] = .text(text, width: width)
        for covered in (column + 1)..<(column + width) { cells[row][covered] = .covered }
    }

    /// The canvas as lines of text, trailing spaces removed.
    var lines: [String] {
        cells.map { row in
            var line = ""
            for cell in row {
                switch cell {
                case .empty: line += " "
                case .line(let sides): line += Self.character(for: sides)
                case .text(let text, _): line += text
                case .covered: break
                }
            }
            return line.trimmingTrailingSpaces()
        }
    }

    // MARK: - Segments

    private mutating func horizontal(row: Int, from left: Int, to right: Int) {
        guard left < right else { return }
        for column in left..<right {
            add(.right, row: row, column: column)
            add(.left, row: row, column: column + 1)
        }
    }

    private mutating func vertical(column: Int, from top: Int, to bottom: Int) {
        guard top < bottom else { return }
        for row in top..<bottom {
            add(.down, row: row, column: column)
            add(.up, row: row + 1, column: column)
        }
    }

    private mutating func add(_ side: Sides, row: Int, column: Int) {
        guard cells.indices.contains(row), cells[row].indices.contains(column) else { return }
        if case .line(let sides) = cells[row][column] {
            cells[row][column] = .line(sides.union(side))
        } else {
            cells[row][column] = .line(side)
        }
    }

    private static func character(for sides: Sides) -> String {
        switch sides {
        case [.down, .right]: return "┌"
        case [.down, .left]: return "┐"
        case [.up, .right]: return "└"
        case [.up, .left]: return "┘"
        case [.down, .left, .right]: return "┬"
        case [.up, .left, .right]: return "┴"
        case [.up, .down, .right]: return "├"
        case [.up, .down, .left]: return "┤"
        case [.up, .down, .left, .right]: return "┼"
        case [.up], [.down], [.up, .down]: return "│"
        default: return "─"
        }
    }
}
