import TextLayout

/// Text wrapped with its later lines set in under the first, as a list item or a
/// labelled field reads on paper: "• reason…" goes on under "reason".
enum HangingIndent {
    /// The lines of `text`, `width` columns at most, the later ones starting with
    /// `indent` spaces (fewer when the width leaves no room for them). The first line
    /// keeps its spacing as it is (a label padded to its column stays so).
    static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        let width = max(1, width)
        guard DisplayWidth.of(text) > width else { return [text] }
        // The first line ends at the last space that lets it fit, else where it is full.
        var used = 0
        var lastSpace: String.Index?
        var full = text.endIndex
        for index in text.indices {
            let columns = DisplayWidth.of(String(text[index]))
            if used + columns > width {
                full = index
                break
            }
            if text[index] == " ", text[..<index].contains(where: { $0 != " " }) {
                lastSpace = index
            }
            used += columns
        }
        let end = lastSpace ?? full
        let first = String(text[..<end])
        let rest = text[end...].drop { $0 == " " }
        guard !rest.isEmpty else { return [first] }
        let indent = min(indent, width / 2)
        let lines = TextWrapper.wrap(String(rest), width: width - indent)
        return [first] + lines.map { String(repeating: " ", count: indent) + $0 }
    }
}
