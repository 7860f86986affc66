/// How many colours the terminal can show, as far as the program will use them.
public enum ColorSupport: Sendable, Hashable {
    /// No colours: styles fall back to attributes (see ``Style/resolved(for:)``).
    case monochrome
    /// The eight ANSI colours.
    case colors8
    /// 256 colours (the program still uses only the eight-colour palette).
    case colors256

    /// Decides the colour support from what the terminal reports and the environment.
    ///
    /// - Parameters:
    ///   - hasColors: what the terminal description says (`has_colors`).
    ///   - colorCount: the number of colours (`COLORS`).
    ///   - noColor: the value of the `NO_COLOR` variable; any non-empty value turns colours
    ///     off, as <https://no-color.org> asks.
    public static func detect(hasColors: Bool, colorCount: Int, noColor: String?) -> ColorSupport {
        if let noColor, !noColor.isEmpty { return .monochrome }
        guard hasColors else { return .monochrome }
        if colorCount >= 256 { return .colors256 }
        if colorCount >= 8 { return .colors8 }
        return .monochrome
    }
}
