/// How many terminal columns text takes, as `wcwidth` counts them.
///
/// Layout must never use `String.count`: "é" may be one or two scalars, "漢" takes two
/// columns, a combining mark none. The rules follow glibc's `wcwidth`, which is what ncurses
/// and most terminals use, so that what a ``Canvas`` lays out is where the terminal draws it:
/// combining marks and format characters take 0 columns, East Asian wide and fullwidth
/// characters and emoji 2, everything else (Latin, Arabic, Tifinagh...) 1. A grapheme takes
/// the sum of its scalars, as `wcswidth` counts: "e" with a combining accent is 1, a flag
/// (two regional indicators) 2, and an emoji joined with ZWJ counts its parts, because
/// ncurses puts each spacing character in a cell of its own. Scalars that ``SafeText``
/// replaces count as the 1 column of their replacement.
public enum DisplayWidth {
    // MARK: - Measuring

    /// Columns taken by one scalar, as drawn after ``SafeText`` cleaning.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Below the combining diacritics everything is one column, the soft hyphen included
        // (glibc shows it), controls included (they are drawn as a substitute).
        if value < 0x300 { return 1 }
        if SafeText.treatment(of: scalar) != .keep { return 1 }
        // Arabic number signs and the like are format characters that show a glyph, which
        // spans the digits after it: glibc gives them a column.
        if prependedConcatenationMarks.contains(value) { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        // Hangul medial vowels and final consonants join the preceding initial.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if isWide(value) { return 2 }
        // Emoji with emoji presentation are East Asian Wide; regional indicators are not.
        if scalar.properties.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains(value) {
            return 2
        }
        return 1
    }

    /// Columns taken by one grapheme: the sum over its scalars.
    public static func of(_ character: Character) -> Int {
        // CR LF is one grapheme, and ``SafeText`` makes it one space.
        if character == "\r\n" { return 1 }
        var total = 0
        for scalar in character.unicodeScalars {
            total += of(scalar)
        }
        return total
    }

    /// A grapheme cut into what goes in each cell: every spacing scalar with the zero-width
    /// scalars after it (those before the first go with it). Almost always the grapheme whole.
    static func cells(of character: Character) -> [(symbol: String, width: Int)] {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first {
            return [(String(character), of(scalar))]
        }
        var cells: [(symbol: String, width: Int)] = []
        var symbol = String.UnicodeScalarView()
        var width = 0
        for scalar in scalars {
            let scalarWidth = of(scalar)
            if scalarWidth > 0 && width > 0 {
                cells.append((String(symbol), width))
                symbol = String.UnicodeScalarView()
                width = 0
            }
            symbol.append(scalar)
            width += scalarWidth
        }
        cells.append((String(symbol), width))
        return cells
    }

    /// Columns taken by a string: the sum over its graphemes.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    // MARK: - Fitting

    /// The text cut to at most `width` columns, ending with `ellipsis` when something was cut.
    ///
    /// A wide character that would straddle the limit is left out whole, so the result may be
    /// one column short; ``pad(_:to:alignment:)`` fills it.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        let marker = ellipsisWidth <= width ? ellipsis : ""
        let limit = width - (marker.isEmpty ? 0 : ellipsisWidth)
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > limit { break }
            result.append(character)
            used += characterWidth
        }
        return result + marker
    }

    /// The text with spaces added to reach `width` columns; longer text is returned as is.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + text
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + text
                + String(repeating: " ", count: missing - left)
        }
    }

    /// The text truncated with an ellipsis and padded so that it takes exactly `width` columns.
    public static func fit(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        pad(truncate(text, to: width), to: width, alignment: alignment)
    }

    // MARK: - Tables

    private static let prependedConcatenationMarks: Set<UInt32> = [
        0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD,
        0x110CD,
    ]

    /// East Asian Wide and Fullwidth blocks (Unicode 15, as glibc has them), emoji aside.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DFF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1,
        0x17000...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1B2FF, 0x1F200...0x1F202,
        0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
