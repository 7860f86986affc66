/// Whether a zone fits what the clerk typed in the zones list's search: each
/// word typed starts a word of its code, its name or its commune, ignoring case
/// and accents ("taf" finds TAF, "ait baha" finds the zones of Aït Baha).
///
/// The same words as the occupant search (`SearchWords`), so both searches
/// read what is typed alike.
public struct ZoneSearch: Hashable, Sendable {
    /// The words typed, folded.
    public let terms: [String]

    public init(_ text: String) {
        terms = SearchWords.words(in: text)
    }

    /// Nothing typed but spaces or punctuation: every zone fits.
    public var isEmpty: Bool { terms.isEmpty }

    /// Whether the zone with this code, folded name (`TextKey.fold`) and
    /// commune fits. One pass over each field per word typed: a search over a
    /// country's zones costs in proportion to their number.
    public func matches(code: String, nameKey: String, commune: String) -> Bool {
        let fields = [TextKey.fold(code), nameKey, TextKey.fold(commune)]
        return terms.allSatisfy { term in
            fields.contains { SearchWords.hasWord(inFolded: $0, startingWith: term) }
        }
    }
}
