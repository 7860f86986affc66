import HanoutDomain
import TextLayout

/// The columns of the units table, in the clerk's language, for an orientation.
///
/// Landscape has room for every column side by side. In portrait, 80
/// columns cannot hold nine columns without cutting names to a few letters,
/// so "since" and "until" share a column, one above the other: an allocation
/// for a fixed term takes two lines, an open-ended one a single line.
struct UnitTable {
    var words: ReportWords
    var orientation: PageSetup.Orientation

    func table(_ units: [ReportUnit]) -> TextTable {
        let stacked = orientation == .portrait
        let stateWidth =
            units.map { unit in
                2
                    + (unit.state.name(in: words.language).split(separator: " ").map {
                        DisplayWidth.of($0)
                    }
                    .max() ?? 0)
            }.max() ?? 10
        var columns = [
            TextTable.Column(title: [words.unit], comfortableWidth: 6, weight: 0),
            TextTable.Column(
                title: [words.area], comfortableWidth: 3, weight: 0, alignment: .right),
            TextTable.Column(title: [words.allowedTrades], comfortableWidth: 7, weight: 2),
            TextTable.Column(title: [words.state], comfortableWidth: stateWidth, weight: 1),
            TextTable.Column(title: [words.occupant], comfortableWidth: 14, weight: 4),
            TextTable.Column(title: [words.trade], comfortableWidth: 5, weight: 0),
        ]
        if stacked {
            columns.append(
                TextTable.Column(
                    title: [words.since, words.until], comfortableWidth: 11, weight: 0))
        } else {
            columns.append(TextTable.Column(title: [words.since], comfortableWidth: 11, weight: 0))
            columns.append(TextTable.Column(title: [words.until], comfortableWidth: 11, weight: 0))
        }
        columns.append(TextTable.Column(title: [words.decision], comfortableWidth: 16, weight: 0))
        let rows = units.map { unit -> [[String]] in
            var cells: [[String]] = [
                [unit.code], [words.area(unit.areaM2)],
                [
                    unit.allowedTrades.isEmpty
                        ? words.anyTrade : unit.allowedTrades.joined(separator: " ")
                ],
                [words.stateCell(unit.state)], [unit.occupant ?? ""], [unit.trade ?? ""],
            ]
            if stacked {
                cells.append([words.day(unit.since)] + (unit.until.map { [words.day($0)] } ?? []))
            } else {
                cells.append([words.day(unit.since)])
                cells.append([words.day(unit.until)])
            }
            cells.append([unit.decision ?? ""])
            return cells
        }
        return TextTable(columns: columns, rows: rows)
    }
}
