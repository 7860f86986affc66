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

    /// The parts of the screen in `body`: update pages and hit-tests in what render draws.
    func layout(in body: Rect) -> PickerLayout {
        PickerLayout(body: body, searching: true)
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let area = layout(in: context.body).list
        // Letters, Home and End edit the search.
        if let move = ListKeys.move(for: key, typing: true) {
            list.move(to: move.index(from: list.selected, page: area.page), visibleRows: area.page)
            return .done
        }
        switch key {
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
        case .mouse(let row, let column, .clicked), .mouse(let row, let column, .pressed):
            if let index = area.index(atRow: row, column: column, scroll: list.scroll),
                candidates.indices.contains(index)
            {
                list.select(index)
            }
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
            visibleRows: layout(in: context.body).list.page)
    }

    /// Whether the candidate may have the unit: yes, with a trade override, or not at all
    /// (already at the zone's limit, listed so the clerk sees who holds what).
    func fits(_ candidate: Suggestions.Candidate, _ context: AppContext) -> String {
        if candidate.atZoneLimit { return context.text("✗ limite zone", "✗ zone limit") }
        return candidate.fitsTrade
            ? context.text("✓ oui", "✓ yes") : context.text("✗ dérogation", "✗ override")
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let layout = layout(in: area)
        let trades =
            unit.allowedTrades.isEmpty
            ? context.text("tous métiers", "any trade") : unit.allowedTrades.joined(separator: ", ")
        canvas.write(
            context.text(
                "Local \(unit.code) (\(trades)) — choisissez l'occupant, les mieux placés d'abord :",
                "Unit \(unit.code) (\(trades)) — choose the occupant, best placed first:"),
            row: layout.heading.row, column: layout.heading.column + 1, style: .bold,
            clip: layout.heading)
        var line = search
        line.prompt = context.text("Chercher : ", "Search: ")
        let searchArea = layout.search
        line.render(into: &canvas, area: searchArea)
        let columns = [
            TableColumn("#", width: .fixed(3), alignment: .right),
            TableColumn(context.text("Nom", "Name"), width: .flexible(min: 12, weight: 3)),
            TableColumn(context.text("Métier", "Trade"), width: .fixed(6)),
            TableColumn(context.text("Admis ?", "Fits?"), width: .fixed(13)),
            TableColumn(
                context.text("Tient déjà", "Already holds"), width: .fixed(13), alignment: .right),
            TableColumn("Commune", width: .flexible(min: 6, weight: 1)),
        ]
        let rows = candidates.enumerated().map { index, candidate in
            [
                String(index + 1), candidate.occupant.name, candidate.trade,
                fits(candidate, context),
                candidate.unitsHeld.isEmpty ? "—" : candidate.unitsHeld.joined(separator: " "),
                candidate.occupant.commune ?? "",
            ]
        }
        var table = Table(
            columns: columns, rows: rows, selectedIndex: candidates.isEmpty ? nil : list.selected,
            scrollOffset: list.scroll)
        table.selectedStyle = Theme.selected
        let listArea = layout.list.frame
        table.render(into: &canvas, area: listArea)
        if candidates.isEmpty {
            canvas.write(
                context.text("Personne ne correspond.", "Nobody matches."),
                row: layout.list.rows.row,
                column: area.column + 1, style: .dim, clip: area)
        }
        return .visible(line.cursorPosition(in: searchArea))
    }
}
