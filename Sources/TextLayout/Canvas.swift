/// A grid of cells that a frame is drawn into before it goes to the terminal.
///
/// Views draw the whole screen into a canvas each frame; the terminal adapter sends only
/// what changed. Positions are in columns, never characters: text is placed by display width
/// (see ``DisplayWidth``), a wide character takes its cell and a continuation cell, and every
/// string is cleaned by ``SafeText`` on its way in, so data can never write a control sequence.
public struct Canvas: Sendable, Hashable {
    /// Number of columns and rows.
    public let size: Size
    private var cells: [Cell]

    // MARK: - Creating

    /// A blank canvas of the given size.
    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    /// A blank canvas `width` columns wide and `height` rows tall.
    public init(width: Int, height: Int) {
        self.init(size: Size(width: width, height: height))
    }

    /// A canvas showing the given rows of text, in the plain style.
    ///
    /// Handy for expected screens in tests. The canvas is as wide as the widest row, or
    /// `width` when given; shorter rows are padded with spaces.
    public init(lines: [String], width: Int? = nil) {
        let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
        self.init(width: width ?? widest, height: lines.count)
        for (index, line) in lines.enumerated() {
            write(line, row: index, column: 0)
        }
    }

    /// A canvas showing a multi-line picture, one row per line.
    public init(picture: String, width: Int? = nil) {
        let lines = picture.split(separator: "\n", omittingEmptySubsequences: false)
        self.init(lines: lines.map(String.init), width: width)
    }

    // MARK: - Reading

    /// Number of columns.
    public var width: Int { size.width }
    /// Number of rows.
    public var height: Int { size.height }
    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at `row`, `column`; a blank cell outside the canvas.
    public subscript(row: Int, column: Int) -> Cell {
        guard bounds.contains(row: row, column: column) else { return .blank }
        return cells[row * size.width + column]
    }

    /// The symbols of one row as a string; a wide character counts once, trailing spaces kept.
    public func line(_ row: Int) -> String {
        guard row >= 0, row < size.height else { return "" }
        let start = row * size.width
        var text = ""
        for cell in cells[start..<start + size.width] {
            text += cell.symbol
        }
        return text
    }

    /// Every row as plain text, trailing spaces kept: what a test compares.
    public var lines: [String] {
        (0..<size.height).map(line)
    }

    // MARK: - Writing

    /// Writes text from `row`, `column`, clipped to `clip` (the whole canvas by default).
    ///
    /// The text is cleaned by ``SafeText`` first. Graphemes are placed by display width; a
    /// wide character that does not fit at the right edge of the clip (or that straddles its
    /// left edge) leaves a space instead, and writing over half of a wide character already
    /// there blanks its other half.
    ///
    /// - Returns: the column just after the text, as if nothing had been clipped.
    @discardableResult
    public mutating func write(
        _ text: String, row: Int, column: Int, style: Style = .plain, clip: Rect? = nil
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        var current = column
        guard row >= area.row, row < area.endRow else {
            return column + DisplayWidth.of(SafeText.clean(text))
        }
        for character in SafeText.clean(text) {
            // Most graphemes are one scalar: skip building the list of cells for them.
            if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first {
                let width = DisplayWidth.of(scalar)
                guard width > 0 else { continue }
                put(
                    String(character), width: width, row: row, column: current, area: area,
                    style: style)
                current += width
                continue
            }
            for cell in DisplayWidth.cells(of: character) where cell.width > 0 {
                put(
                    cell.symbol, width: cell.width, row: row, column: current, area: area,
                    style: style)
                current += cell.width
            }
        }
        return current
    }

    /// Fills a rectangle with copies of a cell (a space by default).
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let symbolWidth = DisplayWidth.of(cell.symbol)
        if symbolWidth == 1, cell.symbol.unicodeScalars.count == 1, SafeText.isClean(cell.symbol) {
            for row in area.row..<area.endRow {
                for column in area.column..<area.endColumn {
                    place(cell.symbol, width: 1, row: row, column: column, style: cell.style)
                }
            }
            return
        }
        let count = (area.width + max(1, symbolWidth) - 1) / max(1, symbolWidth)
        let row = String(repeating: cell.symbol.isEmpty ? " " : cell.symbol, count: count)
        for index in area.row..<area.endRow {
            write(row, row: index, column: area.column, style: cell.style, clip: area)
        }
    }

    /// Blanks the whole canvas.
    public mutating func clear() {
        cells = Array(repeating: .blank, count: cells.count)
    }

    /// Gives every cell of a rectangle a style, keeping the symbols: a selection bar, say.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.row..<area.endRow {
            for column in area.column..<area.endColumn {
                cells[row * size.width + column].style = style
            }
        }
    }

    // MARK: - Cells

    /// Stores one cell's symbol at `column` if it is inside `area`, or the part inside as
    /// spaces for a wide character cut by the edge.
    private mutating func put(
        _ symbol: String, width: Int, row: Int, column: Int, area: Rect, style: Style
    ) {
        if column >= area.endColumn || column + width <= area.column { return }
        if column < area.column || column + width > area.endColumn {
            for blankColumn in max(column, area.column)..<min(column + width, area.endColumn) {
                place(" ", width: 1, row: row, column: blankColumn, style: style)
            }
            return
        }
        place(symbol, width: width, row: row, column: column, style: style)
    }

    /// Stores a grapheme already known to fit, keeping wide characters whole.
    private mutating func place(_ symbol: String, width: Int, row: Int, column: Int, style: Style) {
        let base = row * size.width
        let end = column + width
        // A continuation whose head is left of us loses its head: blank the head.
        if cells[base + column].isContinuation, column > 0 {
            cells[base + column - 1].symbol = " "
        }
        // A wide character whose head we cover but whose right half lies beyond us.
        if end < size.width, cells[base + end].isContinuation {
            cells[base + end].symbol = " "
        }
        cells[base + column] = Cell(symbol, style: style)
        if width == 2 {
            cells[base + column + 1] = Cell("", style: style)
        }
    }
}

// MARK: - Description

extension Canvas: CustomStringConvertible, CustomDebugStringConvertible {
    /// The rows, each quoted on its own line, so that a failing test shows a picture.
    public var description: String {
        lines.map { "\"\($0)\"" }.joined(separator: "\n")
    }

    /// The size, then the quoted rows.
    public var debugDescription: String {
        "Canvas \(size)\n" + description
    }
}
