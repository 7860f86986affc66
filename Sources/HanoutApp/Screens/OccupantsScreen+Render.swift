import HanoutDomain
import TerminalKit
import TextLayout

// MARK: - Drawing

extension OccupantsScreen {
    /// Draws the search line, the filter and count line, the rows in view and the open menu.
    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        guard !area.isEmpty else { return .hidden }
        let layout = layout(in: area, context)
        let searchCursor = SearchLine.draw(
            search, prompt: context.text("Chercher (/) : ", "Search (/): "),
            focused: focus == .search, into: &canvas, area: layout.searchField)
        drawFilterLine(into: &canvas, line: layout.filterLine, context)

        let listArea = layout.list.frame
        var table = Table(
            columns: columns(width: area.width, context), rows: rowsInView(layout.list, context),
            selectedIndex: (total ?? 0) > 0 ? selected - scroll : nil)
        table.selectedStyle = Theme.selected
        table.render(into: &canvas, area: listArea)
        if total == 0 {
            let empty =
                search.text.isEmpty && tradeFilter.code == nil
                ? context.text("Aucun occupant.", "No occupants.")
                : context.text("Personne ne correspond.", "Nobody matches.")
            canvas.write(
                empty, row: layout.list.rows.row, column: area.column + 1, style: .dim, clip: area)
        }

        if let menu = layout.menu { return tradeFilter.render(into: &canvas, box: menu, context) }
        if let searchCursor { return .visible(searchCursor) }
        return table.cursorPosition(in: listArea).map(Cursor.parked)
            ?? .parked(Position(row: listArea.row, column: listArea.column))
    }

    /// "Trade (t): all trades" at the left, "1 234 occupants match" at the right.
    func drawFilterLine(into canvas: inout Canvas, line area: Rect, _ context: AppContext) {
        guard !area.isEmpty else { return }
        let row = area.row
        var count = countText(context)
        // A narrow terminal keeps room for the filter: the number alone says enough there.
        if area.width < 60, let total {
            count =
                list.totalIsExact
                ? Self.grouped(total, context.language)
                : Self.grouped(total - 1, context.language) + "+"
        }
        let countColumn = max(area.column, area.endColumn - 1 - DisplayWidth.of(count))
        canvas.write(count, row: row, column: countColumn, style: .bold, clip: area)
        let filter = context.text("Métier (t) : ", "Trade (t): ") + tradeFilter.label(context)
        let room = max(0, countColumn - area.column - 3)
        canvas.write(
            DisplayWidth.truncate(filter, to: room), row: row, column: area.column + 1,
            clip: area)
    }

    /// "37 occupants", or "5 occupants match" when a search or a filter narrows the list.
    func countText(_ context: AppContext) -> String {
        guard let total else { return "…" }
        if !list.totalIsExact {
            // Counted only so far: "more than 1 000", and typing on narrows it.
            let number = Self.grouped(total - 1, context.language)
            return context.text(
                "plus de \(number) correspondent", "more than \(number) match")
        }
        let number = Self.grouped(total, context.language)
        let narrowed = !search.text.allSatisfy(\.isWhitespace) || tradeFilter.code != nil
        switch (context.language, narrowed) {
        case (.fr, false): return total <= 1 ? "\(number) occupant" : "\(number) occupants"
        case (.fr, true):
            return total <= 1
                ? "\(number) occupant correspond" : "\(number) occupants correspondent"
        case (.en, false): return total == 1 ? "1 occupant" : "\(number) occupants"
        case (.en, true): return total == 1 ? "1 occupant matches" : "\(number) occupants match"
        }
    }

    /// 1234567 as "1 234 567" in French and "1,234,567" in English.
    static func grouped(_ number: Int, _ language: Language) -> String {
        let digits = Array(String(number.magnitude))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += language == .fr ? " " : "," }
            text.append(digit)
        }
        return (number < 0 ? "-" : "") + text
    }

    /// Number, name, kind, trades, commune; a narrow terminal drops the kind, then the commune.
    func columns(width: Int, _ context: AppContext) -> [TableColumn] {
        let number = context.text("N°", "No.")
        // Ids grow with the count: sizing on both keeps the column still while scrolling.
        let widest = max(Int64(total ?? 0), rows.map(\.id).max() ?? 0)
        let numberWidth = max(DisplayWidth.of(number), String(widest).count)
        let kindWidth =
            OccupantKind.allCases.map { DisplayWidth.of($0.name(in: context.language)) }
            .max() ?? 8
        var columns = [
            TableColumn(number, width: .fixed(numberWidth), alignment: .right),
            TableColumn(context.text("Nom", "Name"), width: .flexible(min: 12, weight: 3)),
        ]
        if width >= 64 {
            columns.append(TableColumn(context.text("Type", "Kind"), width: .fixed(kindWidth)))
        }
        columns.append(TableColumn(context.text("Métiers", "Trades"), width: .flexible(min: 7)))
        if width >= 50 {
            columns.append(TableColumn("Commune", width: .flexible(min: 8)))
        }
        return columns
    }

    /// The cells of the rows in view; a row not loaded yet shows an ellipsis.
    func rowsInView(_ listArea: ListArea, _ context: AppContext) -> [[String]] {
        let count = max(0, min((total ?? 0) - scroll, listArea.rowCount))
        let wide = listArea.rows.width >= 64
        let withCommune = listArea.rows.width >= 50
        return (scroll..<scroll + count).map { index in
            guard let occupant = occupant(at: index) else { return ["", "…"] }
            var cells = [String(occupant.id), occupant.name]
            if wide { cells.append(occupant.kind.name(in: context.language)) }
            cells.append(occupant.trades.joined(separator: " "))
            if withCommune { cells.append(occupant.commune ?? "") }
            return cells
        }
    }
}
