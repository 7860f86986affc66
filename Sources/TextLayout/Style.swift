/// How a cell looks: colours from the small palette and attributes.
public struct Style: Sendable, Hashable {
    /// Colour of the glyph.
    public var foreground: Color
    /// Colour behind the glyph.
    public var background: Color
    /// Bold, reverse, underline, dim.
    public var attributes: Attributes

    /// Creates a style; every part defaults to the terminal's own look.
    public init(
        foreground: Color = .default, background: Color = .default, attributes: Attributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours, no attributes.
    public static let plain = Style()
    /// Bold, default colours.
    public static let bold = Style(attributes: .bold)
    /// Reverse video, default colours: the usual selection bar.
    public static let reverse = Style(attributes: .reverse)
    /// Underlined, default colours.
    public static let underline = Style(attributes: .underline)
    /// Dim, default colours.
    public static let dim = Style(attributes: .dim)

    /// A copy with more attributes.
    public func adding(_ extra: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}
