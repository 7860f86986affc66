import HanoutDomain

/// `TextKey.fold` for the many names and CINs of a bulk write: plain ASCII
/// text folded here (lower case: the same result, without Foundation's
/// cost), any other remembered, since names recur in a file.
struct TextFolder {
    private var known: [String: String] = [:]
    /// Past this many, the remembered texts are forgotten: a file of distinct
    /// names would otherwise keep them all.
    private let limit = 100_000

    mutating func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(
                decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
                as: UTF8.self)
        }
        if let folded = known[text] { return folded }
        if known.count >= limit { known.removeAll(keepingCapacity: true) }
        let folded = TextKey.fold(text)
        known[text] = folded
        return folded
    }
}
