import TextLayout

/// A table laid out in a fixed number of columns for paper: cells wrap, nothing is cut.
///
/// Each cell holds paragraphs (usually one; the portrait report stacks
/// "since" over "until" in one column), each wrapped to the column's width,
/// so a row may take several lines. Widths start from what the content needs
/// and shrink, the columns with the most room and weight first, until the
/// table fits; no column goes below two columns, so that a wide character
/// always fits.
struct TextTable {
    struct Column {
        /// The title's paragraphs (one per header line at most, each wrapped too).
        var title: [String]
        /// Below this a column only shrinks when nothing else can.
        var comfortableWidth: Int
        /// How eagerly the column gives up room: more weight, more shrinking.
        var weight: Int
        var alignment: Alignment = .left
    }

    var columns: [Column]
    /// Rows, each a cell per column, each cell paragraphs.
    var rows: [[[String]]]

    /// The widths chosen and the space between columns.
    struct Layout: Hashable {
        var widths: [Int]
        var separator: Int

        var totalWidth: Int {
            widths.reduce(0, +) + separator * max(0, widths.count - 1)
        }
    }

    // MARK: - Fitting

    /// Widths that fit `width` columns; two spaces between columns when there is room, else one.
    func layout(width: Int) -> Layout {
        let count = columns.count
        guard count > 0 else { return Layout(widths: [], separator: 1) }
        var natural: [Int] = []
        var wordFloor: [Int] = []
        for (index, column) in columns.enumerated() {
            let cells = rows.flatMap { $0.indices.contains(index) ? $0[index] : [] }
            let content = cells.map { DisplayWidth.of($0) }.max() ?? 0
            let title = column.title.map { DisplayWidth.of($0) }.max() ?? 0
            let longestTitleWord =
                column.title.flatMap { $0.split(separator: " ") }.map { DisplayWidth.of($0) }
                .max() ?? 0
            natural.append(max(2, content, title))
            wordFloor.append(max(2, content, longestTitleWord))
        }
        for separator in [2, 1] {
            let room = width - separator * (count - 1)
            if natural.reduce(0, +) <= room { return Layout(widths: natural, separator: separator) }
        }
        let room = max(2 * count, width - (count - 1))
        var widths = natural
        // First the titles wrap, then the columns with weight shrink to where
        // they are still comfortable, then anything shrinks, widest first.
        shrink(&widths, to: room, floors: wordFloor, weights: columns.map { _ in 1 })
        shrink(
            &widths, to: room,
            floors: zip(wordFloor, columns).map { min($0, max(2, $1.comfortableWidth)) },
            weights: columns.map(\.weight))
        shrink(&widths, to: room, floors: columns.map { _ in 2 }, weights: columns.map { _ in 1 })
        return Layout(widths: widths, separator: 1)
    }

    /// Takes one column at a time from the column with the most `(width - floor) × weight`.
    private func shrink(_ widths: inout [Int], to room: Int, floors: [Int], weights: [Int]) {
        var excess = widths.reduce(0, +) - room
        while excess > 0 {
            var best: Int?
            var bestScore = 0
            for index in widths.indices where widths[index] > floors[index] && weights[index] > 0 {
                let score = (widths[index] - floors[index]) * weights[index]
                if score > bestScore {
                    best = index
                    bestScore = score
                }
            }
            guard let best else { return }
            widths[best] -= 1
            excess -= 1
        }
    }

    // MARK: - Drawing

    /// The header: the titles (wrapped) and a rule under each column.
    func headerLines(_ layout: Layout) -> [String] {
        let titles = block(columns.map(\.title), layout)
        let rule = layout.widths.map { String(repeating: "─", count: $0) }
        return titles + [rule.joined(separator: String(repeating: " ", count: layout.separator))]
    }

    /// The lines of one row: as many as its tallest cell needs.
    func lines(ofRow index: Int, _ layout: Layout) -> [String] {
        block(rows[index], layout)
    }

    private func block(_ cells: [[String]], _ layout: Layout) -> [String] {
        let wrapped = layout.widths.indices.map { index -> [String] in
            let paragraphs = cells.indices.contains(index) ? cells[index] : []
            let lines = paragraphs.flatMap { TextWrapper.wrap($0, width: layout.widths[index]) }
            return lines.isEmpty ? [""] : lines
        }
        let height = wrapped.map(\.count).max() ?? 1
        let separator = String(repeating: " ", count: layout.separator)
        return (0..<height).map { line in
            layout.widths.indices.map { index in
                let text = wrapped[index].indices.contains(line) ? wrapped[index][line] : ""
                return DisplayWidth.pad(
                    text, to: layout.widths[index], alignment: columns[index].alignment)
            }.joined(separator: separator).trimmingTrailingSpaces()
        }
    }
}

extension String {
    /// The string without the spaces at its end: paper lines carry none.
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
