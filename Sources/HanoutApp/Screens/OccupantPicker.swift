import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// Choosing who gets a vacant unit: the domain's ranking, narrowed as the clerk types.
public struct OccupantPicker: ScreenModel {
    public var unit: HanoutDomain.Unit
    public var search = InputLine()
    /// The ranked list, loaded whole (the store caps it), with its selection.
    public var list = WindowedList<Suggestions.Candidate>()

    public var candidates: [Suggestions.Candidate] { list.rows }

    public init(unit: HanoutDomain.Unit) {
        self.unit = unit
    }

    public var request: DataRequest? { .candidates(unit: unit.code, search: search.text) }
    public var capturesText: Bool { true }

    public func title(_ context: AppContext) -> String {
        context.text("Attribuer ", "Assign ") + unit.code
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                context.text("lettres", "letters"),
                context.text(
                    "chercher un nom (sans accents ni majuscules)",
                    "search a name (case and accents ignored)")),
            KeyHelp("↑ ↓ PgUp PgDn", context.text("choisir un occupant", "choose an occupant")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("attribuer à l'occupant choisi", "assign to the chosen occupant")),
            KeyHelp(context.text("Échap", "Esc"), context.text("annuler", "cancel")),
        ]
    }

    static let listTop = 3

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let visible = max(1, context.bodyHeight - Self.listTop - 1)
        switch key {
        case .up: list.move(to: list.selected - 1, visibleRows: visible)
        case .down: list.move(to: list.selected + 1, visibleRows: visible)
        case .pageUp: list.move(to: list.selected - visible, visibleRows: visible)
        case .pageDown: list.move(to: list.selected + visible, visibleRows: visible)
        case .enter:
            guard let candidate = list.current else { return .done }
            return Outcome(
                navigation: .push(
                    .assignForm(
                        AssignForm(
                            unit: unit.code, occupant: candidate.occupant, trade: candidate.trade,
                            today: context.today, returnDepth: 2))))
        case .escape: return nil
        case .backspace where search.text.isEmpty: return nil
        case .mouse(let row, _, .clicked), .mouse(let row, _, .pressed):
            let index = list.scroll + row - (1 + Self.listTop + 1)
            if candidates.indices.contains(index) { list.select(index) }
        default:
            guard search.handle(key) else { return .done }
            list.reset()
            return Outcome(effects: request.map { [.load($0)] } ?? [])
        }
        return .done
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .candidates(let candidates) = result else { return }
        list.receive(
            candidates, offset: 0, total: candidates.count,
            visibleRows: max(1, context.bodyHeight - Self.listTop - 1))
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let trades =
            unit.allowedTrades.isEmpty
            ? context.text("tous métiers", "any trade") : unit.allowedTrades.joined(separator: ", ")
        canvas.write(
            context.text(
                "Local \(unit.code) (\(trades)) — choisissez l'occupant, les mieux placés d'abord :",
                "Unit \(unit.code) (\(trades)) — choose the occupant, best placed first:"),
            row: area.row, column: area.column + 1, style: .bold, clip: area)
        var line = search
        line.prompt = context.text("Chercher : ", "Search: ")
        let searchArea = Rect(
            row: area.row + 1, column: area.column + 1, width: max(0, area.width - 2), height: 1)
        line.render(into: &canvas, area: searchArea)
        let columns = [
            TableColumn("#", width: .fixed(3), alignment: .right),
            TableColumn(context.text("Nom", "Name"), width: .flexible(min: 12, weight: 3)),
            TableColumn(context.text("Métier", "Trade"), width: .fixed(6)),
            TableColumn(context.text("Admis ?", "Fits?"), width: .fixed(14)),
            TableColumn(
                context.text("Dans la zone", "In the zone"), width: .fixed(12), alignment: .right),
            TableColumn("Commune", width: .flexible(min: 6, weight: 1)),
        ]
        let rows = candidates.enumerated().map { index, candidate in
            [
                String(index + 1), candidate.occupant.name, candidate.trade,
                candidate.fitsTrade
                    ? context.text("✓ oui", "✓ yes") : context.text("✗ dérogation", "✗ override"),
                candidate.unitsHeldInZone == 0 ? "—" : String(candidate.unitsHeldInZone),
                candidate.occupant.commune ?? "",
            ]
        }
        var table = Table(
            columns: columns, rows: rows, selectedIndex: candidates.isEmpty ? nil : list.selected,
            scrollOffset: list.scroll)
        table.selectedStyle = Theme.selected
        let listArea = Rect(
            row: area.row + Self.listTop, column: area.column, width: area.width,
            height: max(0, area.height - Self.listTop))
        table.render(into: &canvas, area: listArea)
        if candidates.isEmpty {
            canvas.write(
                context.text("Personne ne correspond.", "Nobody matches."), row: listArea.row + 1,
                column: area.column + 1, style: .dim, clip: area)
        }
        return .visible(line.cursorPosition(in: searchArea))
    }
}
