import HanoutDomain

/// `TextKey.fold` for the many names and CINs of a bulk write: any text that
/// is not plain ASCII (whose folding is cheap) is remembered, since names
/// recur in a file.
struct TextFolder {
    private var known: [String: String] = [:]
    /// Past this many, the remembered texts are forgotten: a file of distinct
    /// names would otherwise keep them all.
    private let limit = 100_000

    mutating func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return TextKey.fold(text) }
        if let folded = known[text] { return folded }
        if known.count >= limit { known.removeAll(keepingCapacity: true) }
        let folded = TextKey.fold(text)
        known[text] = folded
        return folded
    }
}
