import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// Choosing a unit for an occupant: the vacant units that fit their trades.
public struct UnitPicker: ScreenModel {
    public var occupant: Occupant
    /// The ranked list, loaded whole (the store caps it), with its selection.
    public var list = WindowedList<Suggestions.UnitCandidate>()

    public var candidates: [Suggestions.UnitCandidate] { list.rows }

    public init(occupant: Occupant) {
        self.occupant = occupant
    }

    public var request: DataRequest? { .unitCandidates(occupant: occupant.id) }

    public func title(_ context: AppContext) -> String {
        context.text("Un local pour ", "A unit for ") + occupant.name
    }

    public var actions: Set<ScreenAction> { [.assign] }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k PgUp PgDn", context.text("choisir un local", "choose a unit")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("attribuer le local choisi", "assign the chosen unit")),
            KeyHelp(context.text("Échap ⌫", "Esc ⌫"), context.text("annuler", "cancel")),
        ]
    }

    /// The parts of the screen in `body`: update pages and hit-tests in what render draws.
    func layout(in body: Rect) -> PickerLayout {
        PickerLayout(body: body, searching: false)
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let area = layout(in: context.body).list
        switch ListKeys.move(for: key) {
        // Home and End mean nothing here yet; they keep doing nothing.
        case .to?: return nil
        case let move?:
            list.move(to: move.index(from: list.selected, page: area.page), visibleRows: area.page)
            return .done
        case nil: break
        }
        switch key {
        case .enter, .char("a"):
            guard let candidate = list.current else { return .done }
            return Outcome(
                navigation: .push(
                    .assignForm(
                        AssignForm(
                            unit: candidate.unit.code, occupant: occupant, trade: candidate.trade,
                            startingOn: context.today, returnDepth: 2))))
        case .mouse(let row, let column, .clicked), .mouse(let row, let column, .pressed):
            if let index = area.index(atRow: row, column: column, scroll: list.scroll),
                candidates.indices.contains(index)
            {
                list.select(index)
            }
        default: return nil
        }
        return .done
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .unitCandidates(let candidates) = result else { return }
        list.receive(
            candidates, offset: 0, total: candidates.count,
            visibleRows: layout(in: context.body).list.page)
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let layout = layout(in: area)
        canvas.write(
            context.text(
                "Locaux vacants pour \(occupant.name) (\(occupant.trades.joined(separator: ", "))) :",
                "Vacant units for \(occupant.name) (\(occupant.trades.joined(separator: ", "))):"),
            row: layout.heading.row, column: layout.heading.column + 1, style: .bold,
            clip: layout.heading)
        let columns = [
            TableColumn(context.text("Local", "Unit"), width: .fixed(7)),
            TableColumn("m²", width: .fixed(4), alignment: .right),
            TableColumn(context.text("Métier", "Trade"), width: .fixed(6)),
            TableColumn(
                context.text("Métiers admis", "Allowed trades"),
                width: .flexible(min: 10, weight: 1)),
        ]
        let rows = candidates.map { candidate in
            [
                candidate.unit.code, candidate.unit.areaM2.map { String(Int($0)) } ?? "",
                candidate.trade,
                candidate.unit.allowedTrades.isEmpty
                    ? context.text("tous", "any")
                    : candidate.unit.allowedTrades.joined(separator: " "),
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
                context.text("Aucun local vacant ne convient.", "No vacant unit fits."),
                row: layout.list.rows.row, column: area.column + 1, style: .dim, clip: area)
        }
        return table.cursorPosition(in: listArea).map(Cursor.parked) ?? .hidden
    }
}
