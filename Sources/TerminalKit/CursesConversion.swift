import CNcurses
import TextLayout

/// Converts TerminalKit's values to ncurses' types, without calling ncurses.
///
/// Kept apart from ``NcursesTerminal`` (the one type with curses state) because it is pure.
enum CursesConversion {
    /// A grapheme as `setcchar` takes it: one spacing character, then the marks that follow
    /// it, at most `CCHARW_MAX`, zero-terminated.
    ///
    /// A ``Canvas`` cell holds at most one spacing character (see ``DisplayWidth``); any
    /// further one would be dropped by ncurses anyway. An emoji variation selector is left
    /// out: it makes some terminals draw a narrow character two columns wide while ncurses
    /// counts one.
    static func wideCharacters(_ symbol: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in symbol.unicodeScalars {
            let isSpacing = DisplayWidth.of(scalar) > 0
            if result.isEmpty {
                if isSpacing { result.append(wchar_t(bitPattern: scalar.value)) }
                continue
            }
            if isSpacing || result.count == Int(CCHARW_MAX) { break }
            if scalar == "\u{FE0F}" { continue }
            result.append(wchar_t(bitPattern: scalar.value))
        }
        if result.isEmpty { result = [0x20] }
        return result + [0]
    }

    /// The `A_*` bits for a set of attributes.
    static func attributeBits(_ attributes: Attributes) -> attr_t {
        var bits = tk_a_normal()
        if attributes.contains(.bold) { bits |= tk_a_bold() }
        if attributes.contains(.reverse) { bits |= tk_a_reverse() }
        if attributes.contains(.underline) { bits |= tk_a_underline() }
        if attributes.contains(.dim) { bits |= tk_a_dim() }
        return bits
    }

    /// The curses colour number; -1 is the terminal's default when `use_default_colors`
    /// worked, otherwise white on black stands in for it.
    static func colorNumber(_ color: Color, isBackground: Bool = false, defaultColors: Bool)
        -> Int16
    {
        switch color {
        case .default:
            if defaultColors { return -1 }
            return Int16(isBackground ? COLOR_BLACK : COLOR_WHITE)
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }
}
