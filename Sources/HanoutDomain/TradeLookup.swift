import Foundation

/// Finds the trade a clerk means by what they type: its code or its name, in
/// French or English, in any case and without accents (`men`, `menuiserie`,
/// `Menuiserie aluminium`), and when it is no single trade, the closest ones.
public enum TradeLookup {
    public enum Outcome: Hashable, Sendable {
        case found(Trade)
        /// Several trades' names hold what was typed.
        case ambiguous([Trade])
        /// No trade: the closest, by code or name.
        case unknown(closest: [Trade])
    }

    /// The trade `text` names in `trades`: a code, then a whole name, then the
    /// one name that holds it.
    public static func find(_ text: String, in trades: [Trade]) -> Outcome {
        let key = TextKey.fold(text.trimmingCharacters(in: .whitespaces))
        if let trade = trades.first(where: { TextKey.fold($0.code) == key }) {
            return .found(trade)
        }
        if let trade = trades.first(where: { names($0).contains(key) }) { return .found(trade) }
        let holding = key.isEmpty ? [] : trades.filter { names($0).contains { $0.contains(key) } }
        if holding.count == 1 { return .found(holding[0]) }
        if holding.count > 1 { return .ambiguous(holding) }
        return .unknown(closest: closest(to: key, in: trades))
    }

    private static func names(_ trade: Trade) -> [String] {
        [TextKey.fold(trade.nameFr), TextKey.fold(trade.nameEn)]
    }

    /// The three trades whose code or a name is fewest edits away from `key`.
    private static func closest(to key: String, in trades: [Trade]) -> [Trade] {
        let scored = trades.map { trade in
            let candidates = [TextKey.fold(trade.code)] + names(trade)
            let distance = candidates.map { editDistance(key, $0) }.min() ?? Int.max
            return (trade, distance)
        }
        return scored.sorted { ($0.1, $0.0.code) < ($1.1, $1.0.code) }.prefix(3).map(\.0)
    }

    /// Levenshtein's distance, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(
                    previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
