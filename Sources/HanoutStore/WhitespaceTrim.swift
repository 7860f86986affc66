extension StringProtocol {
    /// The text without the spaces and tabs around it: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, without its cost, which
    /// a million-line import paid once per field.
    var trimmedOfWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
            first.isHorizontalWhitespace || last.isHorizontalWhitespace
        else { return String(self) }
        guard let start = scalars.firstIndex(where: { !$0.isHorizontalWhitespace }),
            let end = scalars.lastIndex(where: { !$0.isHorizontalWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}

extension Unicode.Scalar {
    /// Whether `CharacterSet.whitespaces` holds this scalar: tab, the space
    /// separators, and the zero-width space, which Foundation counts too.
    var isHorizontalWhitespace: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
