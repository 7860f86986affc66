/// One colour of the small palette every colour terminal has.
///
/// The palette is deliberately the eight ANSI colours plus the terminal's own default, so the
/// same screen looks right on a Linux console, an 8-colour terminal and a 256-colour one.
public enum Color: Sendable, Hashable, CaseIterable {
    /// The terminal's own foreground or background colour.
    case `default`
    /// ANSI black.
    case black
    /// ANSI red.
    case red
    /// ANSI green.
    case green
    /// ANSI yellow.
    case yellow
    /// ANSI blue.
    case blue
    /// ANSI magenta.
    case magenta
    /// ANSI cyan.
    case cyan
    /// ANSI white.
    case white
}
