/// One column of the screen: a symbol (one grapheme) and its style.
///
/// A character two columns wide occupies its own cell and the one to its right; that second
/// cell holds the empty symbol and is called a continuation.
public struct Cell: Sendable, Hashable {
    /// The grapheme shown, `" "` for a blank, `""` for the right half of a wide character.
    ///
    /// The rare grapheme made of several spacing characters (an emoji ZWJ sequence) spans
    /// several cells, one per spacing character with its marks, as ncurses stores it.
    public var symbol: String
    /// How the symbol looks.
    public var style: Style

    /// Creates a cell.
    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    /// A space in the default style.
    public static let blank = Cell()

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { symbol.isEmpty }
}
