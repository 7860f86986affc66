/// Text attributes that every terminal can show, with or without colours.
public struct Attributes: OptionSet, Sendable, Hashable {
    /// The raw bits of the set.
    public let rawValue: UInt8

    /// Creates a set from raw bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Bold (or bright) text.
    public static let bold = Attributes(rawValue: 1 << 0)
    /// Foreground and background swapped.
    public static let reverse = Attributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = Attributes(rawValue: 1 << 2)
    /// Dim (half-bright) text.
    public static let dim = Attributes(rawValue: 1 << 3)
}
