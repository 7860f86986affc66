// MARK: - Lines and boxes

extension Canvas {
    /// Single-line box-drawing characters.
    public enum BoxSymbols {
        /// ─
        public static let horizontal = "─"
        /// │
        public static let vertical = "│"
        /// ┌
        public static let topLeft = "┌"
        /// ┐
        public static let topRight = "┐"
        /// └
        public static let bottomLeft = "└"
        /// ┘
        public static let bottomRight = "┘"
    }

    /// Draws a horizontal line of `length` cells from `row`, `column`.
    public mutating func drawHorizontalLine(
        row: Int, column: Int, length: Int, style: Style = .plain,
        symbol: String = BoxSymbols.horizontal
    ) {
        fill(
            Rect(row: row, column: column, width: length, height: 1),
            with: Cell(symbol, style: style))
    }

    /// Draws a vertical line of `length` cells from `row`, `column`.
    public mutating func drawVerticalLine(
        row: Int, column: Int, length: Int, style: Style = .plain,
        symbol: String = BoxSymbols.vertical
    ) {
        fill(
            Rect(row: row, column: column, width: 1, height: length),
            with: Cell(symbol, style: style))
    }

    /// Draws a single-line box around the edge of `rect`, with an optional title in its top
    /// border (" Title ", truncated with an ellipsis when the box is too narrow).
    ///
    /// The inside is left as it is; see ``Rect/inset(by:)`` for the area within.
    public mutating func drawBox(
        _ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style? = nil
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let innerWidth = rect.width - 2
        drawHorizontalLine(row: rect.row, column: rect.column + 1, length: innerWidth, style: style)
        drawHorizontalLine(
            row: rect.endRow - 1, column: rect.column + 1, length: innerWidth, style: style)
        drawVerticalLine(
            row: rect.row + 1, column: rect.column, length: rect.height - 2, style: style)
        drawVerticalLine(
            row: rect.row + 1, column: rect.endColumn - 1, length: rect.height - 2, style: style)
        write(BoxSymbols.topLeft, row: rect.row, column: rect.column, style: style)
        write(BoxSymbols.topRight, row: rect.row, column: rect.endColumn - 1, style: style)
        write(BoxSymbols.bottomLeft, row: rect.endRow - 1, column: rect.column, style: style)
        write(
            BoxSymbols.bottomRight, row: rect.endRow - 1, column: rect.endColumn - 1, style: style)
        if let title, !title.isEmpty, innerWidth >= 3 {
            let shown = DisplayWidth.truncate(SafeText.clean(title), to: innerWidth - 2)
            write(
                " \(shown) ", row: rect.row, column: rect.column + 1, style: titleStyle ?? style,
                clip: Rect(row: rect.row, column: rect.column + 1, width: innerWidth, height: 1))
        }
    }
}
