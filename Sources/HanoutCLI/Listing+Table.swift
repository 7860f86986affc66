import HanoutDomain
import TextLayout

extension Listing {
    /// Columns aligned by display width, so Arabic, Tifinagh and accents line up, and
    /// fitted to the room given (see `TableFit`): a cell too long for its column is cut
    /// with "…" (one row a line, which a clerk reads and greps), or wrapped over more
    /// lines where cutting would lose what matters (a reason); columns a clerk can do
    /// without are left out first, and the table says which.
    func table(fitting room: TableFit.Room? = nil) -> String {
        let clean = rows.map { $0.map { SafeText.clean($0) } }
        var natural = columns.map { DisplayWidth.of($0.title) }
        for row in clean {
            for (index, cell) in row.enumerated() where index < natural.count {
                natural[index] = max(natural[index], DisplayWidth.of(cell))
            }
        }
        let minimums = columns.indices.map { TableFit.minimum(columns[$0], natural[$0]) }
        var shown = Array(columns.indices)
        var widths = natural
        if let room {
            shown = TableFit.shown(
                gives: columns.map(\.fit), minimums: minimums, natural: natural, gap: 2,
                total: room.width)
            let fitted = TableFit.widths(
                natural: shown.map { natural[$0] }, minimums: shown.map { minimums[$0] },
                gives: shown.map { columns[$0].fit }, gap: 2, total: room.width)
            for (place, index) in shown.enumerated() { widths[index] = fitted[place] }
        }
        func lines(_ cells: [String]) -> String {
            let pieces = shown.map { index -> [String] in
                let cell = index < cells.count ? cells[index] : ""
                if columns[index].fit == .wrap, DisplayWidth.of(cell) > widths[index] {
                    return TextWrapper.wrap(cell, width: widths[index])
                }
                return [DisplayWidth.truncate(cell, to: widths[index])]
            }
            let height = pieces.map(\.count).max() ?? 1
            return (0..<height).map { line in
                zip(pieces, shown).map { piece, index in
                    DisplayWidth.pad(
                        line < piece.count ? piece[line] : "", to: widths[index],
                        alignment: columns[index].alignRight ? .right : .left)
                }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            }.joined()
        }
        var text = lines(columns.map(\.title))
        text += lines(widths.map { String(repeating: "-", count: $0) })
        for row in clean { text += lines(row) }
        let hidden = columns.indices.filter { !shown.contains($0) }.map { columns[$0].title }
        if let room, !hidden.isEmpty {
            let names = hidden.joined(separator: ", ")
            let note = room.language.pick(
                fr:
                    "(colonnes omises pour tenir en \(room.width) : \(names) ; --wide les montre toutes)",
                en: "(columns left out to fit \(room.width): \(names); --wide shows them all)")
            text += TextWrapper.wrap(note, width: room.width).map { $0 + "\n" }.joined()
        }
        return text
    }
}
