import TextLayout

/// A horizontal gauge: a fraction shown as filled and empty cells (an occupancy rate).
public struct Bar: Widget, Sendable, Hashable {
    /// The symbols used for the filled and the empty part.
    public struct Symbols: Sendable, Hashable {
        /// A cell of the filled part.
        public var filled: String
        /// A cell of the empty part.
        public var empty: String

        /// Creates a pair of symbols; each should be one column wide.
        public init(filled: String, empty: String) {
            self.filled = filled
            self.empty = empty
        }

        /// "█" and "░".
        public static let blocks = Symbols(filled: "█", empty: "░")
        /// "#" and ".", for terminals and printers without block characters.
        public static let ascii = Symbols(filled: "#", empty: ".")
    }

    /// The part filled, from 0 to 1 (outside values are clamped, NaN counts as 0).
    public var fraction: Double
    /// The symbols.
    public var symbols: Symbols
    /// Style of the filled part.
    public var filledStyle: Style
    /// Style of the empty part.
    public var emptyStyle: Style

    /// Creates a bar.
    public init(
        fraction: Double, symbols: Symbols = .blocks, filledStyle: Style = .plain,
        emptyStyle: Style = .dim
    ) {
        self.fraction = fraction
        self.symbols = symbols
        self.filledStyle = filledStyle
        self.emptyStyle = emptyStyle
    }

    /// How many of `width` cells are filled.
    ///
    /// Rounded to the nearest cell, except that anything above 0 shows at least one cell and
    /// anything below 1 leaves at least one empty, so "almost full" never reads as "full".
    public func filledCount(width: Int) -> Int {
        guard width > 0, !fraction.isNaN else { return 0 }
        let clamped = min(max(fraction, 0), 1)
        var count = Int((clamped * Double(width)).rounded())
        if clamped > 0 && count == 0 { count = 1 }
        if clamped < 1 && count == width && width > 1 { count = width - 1 }
        return count
    }

    /// Draws the bar on the first row of `area`.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let filled = filledCount(width: area.width)
        let filledArea = Rect(row: row.row, column: row.column, width: filled, height: 1)
        let emptyArea = Rect(
            row: row.row, column: row.column + filled, width: area.width - filled, height: 1)
        canvas.fill(filledArea, with: Cell(symbols.filled, style: filledStyle))
        canvas.fill(emptyArea, with: Cell(symbols.empty, style: emptyStyle))
    }
}
