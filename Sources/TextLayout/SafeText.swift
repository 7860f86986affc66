/// Cleans text that comes from data before it reaches a terminal or a printer.
///
/// A name in the database could hold an escape sequence (`"\u{1b}]52;c;..."` writes the
/// clipboard on some terminals) or a bidi override that makes a line read backwards. Every
/// such scalar is replaced by a visible, harmless substitute; line breaks and tabs become a
/// space so a value stays on its row. ``Canvas`` applies this to everything it draws.
public enum SafeText {
    /// What replaces a control or bidi formatting scalar: U+FFFD REPLACEMENT CHARACTER.
    public static let substitute: Unicode.Scalar = "\u{FFFD}"

    /// What a scalar becomes when drawn: itself, a space, or a substitute.
    public enum Treatment: Sendable, Hashable {
        /// Harmless: drawn as is.
        case keep
        /// Line break or tab: drawn as one space.
        case space
        /// Control or bidi formatting: drawn as the substitute.
        case replace
    }

    /// How `scalar` is treated.
    public static func treatment(of scalar: Unicode.Scalar) -> Treatment {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return .keep }
        switch value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
            return .space
        case 0x00...0x1F, 0x7F...0x9F:
            return .replace
        // Bidi embeddings and overrides, isolates, marks, and the Arabic letter mark: they
        // reorder what follows, so a value could disguise its neighbours.
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            return .replace
        default:
            return .keep
        }
    }

    /// Whether `text` would be drawn exactly as it is.
    public static func isClean(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { treatment(of: $0) == .keep }
    }

    /// The text with controls and bidi formatting replaced and line breaks made spaces.
    ///
    /// A CR LF pair becomes a single space. Clean text is returned unchanged.
    public static func clean(_ text: String, substitute: Unicode.Scalar = SafeText.substitute)
        -> String
    {
        if isClean(text) { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch treatment(of: scalar) {
            case .keep:
                scalars.append(scalar)
            case .space:
                if scalar == "\n" && previousWasCarriageReturn { continue }
                scalars.append(" ")
            case .replace:
                scalars.append(substitute)
            }
        }
        return String(scalars)
    }
}
