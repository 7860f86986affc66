/// The words a search matches: a name or a CIN cut into words, folded the way
/// a clerk types them (no case, no accents, no Arabic vowel marks, one Arabic
/// spelling: `ArabicSpelling`).
///
/// The same cut serves the words stored for each occupant and the words typed
/// in a search, so "ait" finds "Aït", "bourrous" finds "Id-Bourrous" and
/// "لحسن" finds "لَحْسَن".
public enum SearchWords {
    /// The distinct words of `text`, in order of first appearance.
    public static func words(in text: String) -> [String] {
        words(inFolded: TextKey.fold(text))
    }

    /// The words of text already folded by `TextKey.fold` (a stored name key).
    public static func words(inFolded folded: String) -> [String] {
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // Plain ASCII (most names and CINs, cut by the million in an import):
            // its words are its runs of letters and digits.
            var words: [String] = []
            for run in folded.utf8.split(whereSeparator: { !isWordByte($0) }) {
                let word = String(decoding: run, as: UTF8.self)
                if !words.contains(word) { words.append(word) }
            }
            return words
        }
        return wordsByScalar(inFolded: folded)
    }

    /// The general cut, scalar by scalar, by Unicode category.
    static func wordsByScalar(inFolded folded: String) -> [String] {
        var words: [String] = []
        var seen: Set<String> = []
        var current = String.UnicodeScalarView()
        func close() {
            guard !current.isEmpty else { return }
            let word = String(current)
            if seen.insert(word).inserted { words.append(word) }
            current = String.UnicodeScalarView()
        }
        for original in folded.unicodeScalars {
            guard let scalar = ArabicSpelling.searched(original) else { continue }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
                .otherLetter, .decimalNumber, .letterNumber, .otherNumber:
                current.append(scalar)
            case .nonspacingMark, .spacingMark, .enclosingMark:
                // Vowel marks and other combining marks: a word goes on without them.
                continue
            default:
                close()
            }
        }
        close()
        return words
    }

    /// Whether a word of `folded` (text folded by `TextKey.fold`) starts with
    /// `prefix` (a word of `words(in:)`).
    ///
    /// Asked for every occupant a search walks past, so plain ASCII text is
    /// read byte by byte without cutting it into words first.
    public static func hasWord(inFolded folded: String, startingWith prefix: String) -> Bool {
        var text = folded
        return text.withUTF8 { hasWord(inFoldedUTF8: $0, startingWith: prefix) }
    }

    /// The same, for the UTF-8 bytes of folded text (as SQLite hands them over).
    public static func hasWord(
        inFoldedUTF8 text: UnsafeBufferPointer<UInt8>, startingWith prefix: String
    ) -> Bool {
        guard text.allSatisfy({ $0 < 0x80 }) else {
            return any(words(inFolded: String(decoding: text, as: UTF8.self)), startsWith: prefix)
        }
        var wanted = prefix
        return wanted.withUTF8 { wanted in
            var index = 0
            while index < text.count {
                // At the start of a word: compare, then skip the word and what follows it.
                if isWordByte(text[index]) {
                    if text.count - index >= wanted.count
                        && zip(text[index...], wanted).allSatisfy({ $0 == $1 })
                    {
                        return true
                    }
                    while index < text.count && isWordByte(text[index]) { index += 1 }
                } else {
                    index += 1
                }
            }
            return false
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
            || (byte >= 0x41 && byte <= 0x5A)
    }

    /// Whether some word of `words` starts with `prefix`.
    public static func any(_ words: [String], startsWith prefix: String) -> Bool {
        words.contains { $0.utf8.starts(with: prefix.utf8) }
    }
}
