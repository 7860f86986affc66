import TextLayout

/// The zone's floor plan in box-drawing characters: one tile per unit, at its row and column.
///
/// As on the occupancy screen, a tile shows the unit's number, its state
/// letter (V, O, R, W: paper may be black and white), the trade, and the
/// occupant's short name or the state. A plan row without units (an alley)
/// leaves one blank line; columns without any unit are left out. A plan too
/// wide for the page is cut into bands of columns, and one too tall into
/// groups of rows, each drawn as a closed grid of its own: a tile is never cut.
struct FloorPlan {
    var units: [ReportUnit]
    var words: ReportWords

    /// Lines inside a tile.
    static let tileLines = 2
    /// The widest a tile gets, so that a zone of few columns still looks like a plan.
    static let widestTile = 16

    /// The plan as closed grids, each at most `width` columns and, when rows allow, `maxHeight` lines.
    func pieces(width: Int, maxHeight: Int) -> [[String]] {
        let columns = Array(Set(units.map(\.column))).sorted()
        guard !columns.isEmpty else { return [] }
        let numberWidth = max(2, units.map { String($0.number).count }.max() ?? 2)
        let narrowest = max(8, numberWidth + 5)
        let fitting = max(1, (width - 1) / (narrowest + 1))
        let bandCount = (columns.count + fitting - 1) / fitting
        let perBand = (columns.count + bandCount - 1) / bandCount
        let tileWidth = min(Self.widestTile, max(narrowest, (width - 1) / perBand - 1))
        var pieces: [[String]] = []
        for band in stride(from: 0, to: columns.count, by: perBand) {
            let bandColumns = Array(columns[band..<min(columns.count, band + perBand)])
            let bandUnits = units.filter { bandColumns.contains($0.column) }
            for rows in rowGroups(Array(Set(bandUnits.map(\.row))).sorted(), maxHeight: maxHeight) {
                pieces.append(
                    grid(
                        bandUnits.filter { rows.contains($0.row) }, rows: rows,
                        columns: bandColumns, tileWidth: tileWidth, numberWidth: numberWidth))
            }
        }
        return pieces
    }

    // MARK: - Rows

    /// The top line of each plan row: touching rows share a border, an alley leaves a blank line.
    static func tops(of rows: [Int]) -> (tops: [Int: Int], height: Int) {
        var tops: [Int: Int] = [:]
        var previous: Int?
        var bottom = 0
        for row in rows {
            let top: Int
            if let previous {
                top = row == previous + 1 ? bottom : bottom + 2
            } else {
                top = 0
            }
            tops[row] = top
            bottom = top + tileLines + 1
            previous = row
        }
        return (tops, rows.isEmpty ? 0 : bottom + 1)
    }

    /// The plan rows cut into groups whose grids are at most `maxHeight` lines (one row at least).
    func rowGroups(_ rows: [Int], maxHeight: Int) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        for row in rows {
            if !current.isEmpty, Self.tops(of: current + [row]).height > maxHeight {
                groups.append(current)
                current = []
            }
            current.append(row)
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    // MARK: - Drawing

    private func grid(
        _ units: [ReportUnit], rows: [Int], columns: [Int], tileWidth: Int, numberWidth: Int
    ) -> [String] {
        let (tops, height) = Self.tops(of: rows)
        var canvas = BoxCanvas(width: columns.count * (tileWidth + 1) + 1, height: height)
        // A space before the text when " 01 O MEN" fits, as on screen; none on narrow tiles.
        let padding = tileWidth >= numberWidth + 7 ? " " : ""
        for unit in units {
            guard let top = tops[unit.row], let index = columns.firstIndex(of: unit.column) else {
                continue
            }
            let left = index * (tileWidth + 1)
            canvas.box(
                top: top, left: left, bottom: top + Self.tileLines + 1, right: left + tileWidth + 1)
            let number =
                String(repeating: "0", count: max(0, numberWidth - String(unit.number).count))
                + String(unit.number)
            let first =
                padding + number + " " + String(unit.state.letter) + " "
                + (unit.trade ?? TileText.tradeHint(allowedTrades: unit.allowedTrades))
            let second =
                padding
                + (unit.occupant.map(TileText.shortName) ?? unit.state.name(in: words.language))
            for (offset, text) in [first, second].enumerated() {
                canvas.write(
                    DisplayWidth.fit(text, to: tileWidth), width: tileWidth, row: top + 1 + offset,
                    column: left + 1)
            }
        }
        return canvas.lines
    }
}
