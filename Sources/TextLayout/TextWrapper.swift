/// Wraps text to a number of columns by display width, never losing a character.
///
/// Paper cannot scroll, so a value too long for its column goes on to the
/// next line of the same row instead of being cut; a notice on a narrow
/// screen reads the same way. Lines break between words (runs of spaces
/// count as one break); a word longer than the column breaks after a hyphen
/// or a slash when it can (`DEC-AOU-` / `2025-001`), else between characters.
public enum TextWrapper {
    /// The lines of `text` at most `width` columns wide; at least one line (maybe empty).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var rest = String(word)
            while !rest.isEmpty {
                let restWidth = DisplayWidth.of(rest)
                let gap = used == 0 ? 0 : 1
                if used + gap + restWidth <= width {
                    line += (gap == 1 ? " " : "") + rest
                    used += gap + restWidth
                    rest = ""
                } else if used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                } else {
                    let (head, tail) = breakWord(rest, width: width)
                    lines.append(head)
                    rest = tail
                }
            }
        }
        if used > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest start of `word` that fits `width`, preferring a break after `-` or `/`.
    ///
    /// Always takes at least one character, so wrapping ends even when one
    /// wide character is wider than the column.
    static func breakWord(_ word: String, width: Int) -> (head: String, tail: String) {
        var used = 0
        var end = word.startIndex
        var lastBreak: String.Index?
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width && index > word.startIndex { break }
            used += characterWidth
            index = word.index(after: index)
            end = index
            if character == "-" || character == "/" { lastBreak = index }
        }
        // A break at a hyphen is only worth it when it does not leave the line nearly empty.
        if let lastBreak, lastBreak < end,
            DisplayWidth.of(word[word.startIndex..<lastBreak]) * 2 >= width
        {
            end = lastBreak
        }
        return (String(word[..<end]), String(word[end...]))
    }
}
