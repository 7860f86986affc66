import HanoutDomain
import HanoutReports
import HanoutStore
import TerminalKit
import TextLayout

extension ZoneScreen {
    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let layout = layout(in: area)
        drawInfo(into: &canvas, layout.info, context)
        var tileCursor: Position?
        if layout.tileHeight > 0 {
            for (index, row) in units.enumerated() {
                let rect = layout.tile(row: row.unit.row, column: row.unit.column)
                drawTile(row, selected: index == selected, into: &canvas, rect: rect, context)
                if index == selected { tileCursor = Position(row: rect.row, column: rect.column) }
            }
            drawLegend(into: &canvas, layout.legend, context)
        }
        let tableArea = layout.table.frame
        let table = unitTable(context, width: tableArea.width)
        table.render(into: &canvas, area: tableArea)
        if focus == .plan, let tileCursor { return .parked(tileCursor) }
        return table.cursorPosition(in: tableArea).map(Cursor.parked) ?? .hidden
    }

    func drawInfo(into canvas: inout Canvas, _ rect: Rect, _ context: AppContext) {
        guard let summary, !rect.isEmpty else { return }
        let percent = Int((summary.occupancy * 100).rounded())
        if let season = summary.zone.season, let lastDay = season.lastDay {
            // A fair: its festival's days say which plan this is; its stands are
            // seldom reserved or under works, so those counts show only when some are.
            let days =
                "\(DayFormat.show(season.start, in: context.language))–\(DayFormat.show(lastDay, in: context.language))"
            var counts = context.text(
                "Festival \(days) · \(summary.units) stands : \(summary.occupied) occupés, \(summary.vacant) vacants",
                "Festival \(days) · \(summary.units) stands: \(summary.occupied) occupied, \(summary.vacant) vacant"
            )
            if summary.reserved > 0 {
                counts += context.text(
                    ", \(summary.reserved) réservés", ", \(summary.reserved) reserved")
            }
            if summary.underWorks > 0 {
                counts += context.text(
                    ", \(summary.underWorks) en travaux", ", \(summary.underWorks) under works")
            }
            drawInfoLine(counts, percent: percent, into: &canvas, rect, context)
            return
        }
        let counts = context.text(
            "\(summary.zone.commune) · \(summary.units) locaux : \(summary.occupied) occupés, \(summary.vacant) vacants, \(summary.reserved) réservés, \(summary.underWorks) en travaux",
            "\(summary.zone.commune) · \(summary.units) units: \(summary.occupied) occupied, \(summary.vacant) vacant, \(summary.reserved) reserved, \(summary.underWorks) under works"
        )
        drawInfoLine(counts, percent: percent, into: &canvas, rect, context)
    }

    /// The counts, then the rate in words when there is room, in a figure when there is not.
    func drawInfoLine(
        _ counts: String, percent: Int, into canvas: inout Canvas, _ rect: Rect,
        _ context: AppContext
    ) {
        let long = counts + context.text(" · occupation \(percent) %", " · \(percent) % occupied")
        let text = DisplayWidth.of(long) < rect.width ? long : counts + " · \(percent) %"
        canvas.write(
            DisplayWidth.truncate(text, to: rect.width - 1), row: rect.row, column: rect.column + 1,
            style: .bold, clip: rect)
    }

    /// A tile: number, state letter and trade on the first line; who or what on the next.
    func drawTile(
        _ row: UnitOccupancy, selected: Bool, into canvas: inout Canvas, rect: Rect,
        _ context: AppContext
    ) {
        guard !rect.isEmpty else { return }
        var style = Theme.style(for: row.state)
        if selected { style = Theme.selected }
        canvas.fill(rect, with: Cell(" ", style: style))
        let number = Day.padded(row.unit.number)
        let trade =
            row.allocation?.trade ?? TileText.tradeHint(allowedTrades: row.unit.allowedTrades)
        let who =
            row.occupant.map { TileText.shortName($0.name) } ?? row.state.name(in: context.language)
        let mark = selected ? "▶" : " "
        if rect.height == 1 {
            canvas.write(
                mark + number + String(row.state.letter) + " " + who, row: rect.row,
                column: rect.column, style: style, clip: rect)
            return
        }
        canvas.write(
            mark + number + " " + String(row.state.letter) + " " + trade, row: rect.row,
            column: rect.column, style: style, clip: rect)
        canvas.write(
            " " + DisplayWidth.truncate(who, to: max(0, rect.width - 1)), row: rect.row + 1,
            column: rect.column, style: style, clip: rect)
        if rect.height >= 3 {
            // "Since" is implied, so the whole date fits the tile.
            let third =
                row.allocation.map { context.show($0.period.start) }
                ?? (row.unit.areaM2.map { "\(Int($0)) m²" } ?? "")
            canvas.write(
                " " + third, row: rect.row + 2, column: rect.column, style: style, clip: rect)
        }
    }

    func drawLegend(into canvas: inout Canvas, _ rect: Rect, _ context: AppContext) {
        guard !rect.isEmpty else { return }
        var column = rect.column + 1
        for (letter, style, name) in Theme.legend(context) {
            column = canvas.write(letter, row: rect.row, column: column, style: style, clip: rect)
            column = canvas.write(" " + name + "  ", row: rect.row, column: column, clip: rect)
        }
        canvas.write(
            "▶ " + context.text("choisi", "selected"), row: rect.row, column: column,
            style: Theme.selected, clip: rect)
    }

    func unitTable(_ context: AppContext, width: Int) -> Table {
        let wide = width >= 110
        var columns = [
            TableColumn(context.text("Local", "Unit"), width: .fixed(6)),
            TableColumn("m²", width: .fixed(3), alignment: .right),
            TableColumn(context.text("Métiers", "Trades"), width: .flexible(min: 7, weight: 1)),
            TableColumn(context.text("État", "State"), width: .fixed(wide ? 14 : 11)),
            TableColumn(context.text("Occupant", "Occupant"), width: .flexible(min: 10, weight: 3)),
            TableColumn(context.text("Métier", "Trade"), width: .fixed(6)),
            TableColumn(context.text("Depuis", "Since"), width: .fixed(11)),
        ]
        if wide {
            columns += [
                TableColumn(context.text("Jusqu'au", "Until"), width: .fixed(11)),
                TableColumn(
                    context.text("Décision", "Decision"), width: .flexible(min: 10, weight: 2)),
            ]
        }
        let rows = units.map { row -> [String] in
            let who = Self.who(row)
            var cells = [
                row.unit.code, row.unit.areaM2.map { String(Int($0)) } ?? "",
                row.unit.allowedTrades.isEmpty
                    ? "*" : row.unit.allowedTrades.joined(separator: " "),
                "\(row.state.letter) " + row.state.name(in: context.language),
                who, row.allocation?.trade ?? "",
                context.show(row.allocation?.period.start),
            ]
            if wide {
                cells += [
                    context.show(row.allocation?.period.lastDay), row.allocation?.decision ?? "",
                ]
            }
            return cells
        }
        var table = Table(
            columns: columns, rows: rows, selectedIndex: units.isEmpty ? nil : selected,
            scrollOffset: tableScroll)
        table.selectedStyle = focus == .table ? Theme.selected : Style(attributes: .underline)
        return table
    }
}

extension Day {
    /// A number on two digits at least, as unit numbers show.
    static func padded(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }

}

extension ZoneScreen {
    /// Who fills the occupant's column: the occupant, or "→ name" for a
    /// unit reserved for someone.
    static func who(_ row: UnitOccupancy) -> String {
        if let occupant = row.occupant { return occupant.name }
        guard row.state == .reserved, let name = row.unit.detail.reservedForName else { return "" }
        return "→ " + name
    }
}
