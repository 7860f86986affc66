import HanoutDomain
import TextLayout

/// How a table's columns share the terminal's width: the widest give way first.
enum TableFit {
    /// What a column gives when the table is too wide.
    enum Give: Hashable {
        /// Nothing: kept whole (numbers, codes, dates, identity numbers).
        case whole
        /// Its cells are cut with "…" (names, communes, lists of trades).
        case cut
        /// Its cells go on over more lines (a reason, a note: cut, it would say less).
        case wrap
        /// Cut, and left out altogether first when even cut the table cannot fit.
        case optional
    }

    /// The width to fit, and the language of the note that says what was left out.
    struct Room: Hashable {
        var width: Int
        var language: Language
    }

    /// The narrowest `column` may be made, its cells `natural` columns at most.
    static func minimum(_ column: Listing.Column, _ natural: Int) -> Int {
        let title = DisplayWidth.of(column.title)
        switch column.fit {
        // An optional column is shown whole or not at all: a cut phone number is no use.
        case .whole, .optional: return natural
        case .cut: return min(natural, max(6, title))
        case .wrap: return min(natural, max(16, title))
        }
    }

    /// How narrow a column may be before leaving an optional one out reads better:
    /// a name cut to six letters says less than a missing phone column.
    static func comfortable(_ give: Give, _ minimum: Int, _ natural: Int) -> Int {
        switch give {
        case .whole, .optional: return minimum
        case .cut: return max(minimum, min(natural, 16))
        case .wrap: return max(minimum, min(natural, 24))
        }
    }

    /// The columns shown, in order: all, unless they cannot be fitted to `total`
    /// comfortably, in which case optional ones are left out, the last first.
    static func shown(
        gives: [Give], minimums: [Int], natural: [Int], gap: Int, total: Int
    ) -> [Int] {
        var shown = Array(gives.indices)
        func width() -> Int {
            shown.map { comfortable(gives[$0], minimums[$0], natural[$0]) }.reduce(0, +)
                + gap * max(0, shown.count - 1)
        }
        while width() > total, let last = shown.last(where: { gives[$0] == .optional }) {
            shown.removeAll { $0 == last }
        }
        return shown
    }

    /// Widths no smaller than `minimums`, as near `natural` as `total` columns allow
    /// with `gap` columns between two. Wrapped columns give first (they lose nothing,
    /// they only take more lines); then the widest column is narrowed, so long names
    /// give way before anything short. When even the minimums do not fit, the
    /// minimums are given: the line is wider rather than a cell lost.
    static func widths(
        natural: [Int], minimums: [Int], gives: [Give], gap: Int, total: Int
    ) -> [Int] {
        var widths = natural
        let gaps = gap * max(0, natural.count - 1)
        var excess = widths.reduce(0, +) + gaps - total
        for index in widths.indices where gives[index] == .wrap && excess > 0 {
            let step = min(excess, widths[index] - minimums[index])
            widths[index] -= step
            excess -= step
        }
        while excess > 0 {
            let narrowable = widths.indices.filter { widths[$0] > minimums[$0] }
            guard let widest = narrowable.max(by: { widths[$0] < widths[$1] }) else { break }
            // Down to the next widest at once, or as far as needed: a few steps.
            let next = narrowable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let step = max(1, min(excess, widths[widest] - max(next, minimums[widest])))
            widths[widest] -= step
            excess -= step
        }
        return widths
    }
}
