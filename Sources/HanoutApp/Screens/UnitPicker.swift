import HanoutDomain
import HanoutStore
import TerminalKit

/// Choosing a unit for an occupant: the vacant units that fit their trades.
public struct UnitPicker: ScreenModel {
    public var occupant: Occupant
    public var candidates: [Suggestions.UnitCandidate] = []
    public var selected = 0
    public var scroll = 0

    public init(occupant: Occupant) {
        self.occupant = occupant
    }

    public var request: DataRequest? { .unitCandidates(occupant: occupant.id) }

    public func title(_ context: AppContext) -> String {
        context.text("Un local pour ", "A unit for ") + occupant.name
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k PgUp PgDn", context.text("choisir un local", "choose a unit")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("attribuer le local choisi", "assign the chosen unit")),
            KeyHelp(context.text("Échap ⌫", "Esc ⌫"), context.text("annuler", "cancel")),
        ]
    }

    static let listTop = 2

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let visible = max(1, context.bodyHeight - Self.listTop - 1)
        switch key {
        case .up, .char("k"): move(to: selected - 1, visible)
        case .down, .char("j"): move(to: selected + 1, visible)
        case .pageUp: move(to: selected - visible, visible)
        case .pageDown: move(to: selected + visible, visible)
        case .enter, .char("a"):
            guard candidates.indices.contains(selected) else { return .done }
            let candidate = candidates[selected]
            return Outcome(
                navigation: .push(
                    .assignForm(
                        AssignForm(
                            unit: candidate.unit.code, occupant: occupant, trade: candidate.trade,
                            today: context.today, returnDepth: 2))))
        case .mouse(let row, _, .clicked), .mouse(let row, _, .pressed):
            let index = scroll + row - (1 + Self.listTop + 1)
            if candidates.indices.contains(index) { selected = index }
        default: return nil
        }
        return .done
    }

    mutating func move(to index: Int, _ visible: Int) {
        selected = min(max(0, index), max(0, candidates.count - 1))
        scroll = Scrolling.offset(
            keeping: selected, visibleRows: visible, rowCount: candidates.count, current: scroll)
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .unitCandidates(let candidates) = result else { return }
        self.candidates = candidates
        selected = min(selected, max(0, candidates.count - 1))
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        canvas.write(
            context.text(
                "Locaux vacants pour \(occupant.name) (\(occupant.trades.joined(separator: ", "))) :",
                "Vacant units for \(occupant.name) (\(occupant.trades.joined(separator: ", "))):"),
            row: area.row, column: area.column + 1, style: .bold, clip: area)
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
            columns: columns, rows: rows, selectedIndex: candidates.isEmpty ? nil : selected,
            scrollOffset: scroll)
        table.selectedStyle = Theme.selected
        let listArea = Rect(
            row: area.row + Self.listTop, column: area.column, width: area.width,
            height: max(0, area.height - Self.listTop))
        table.render(into: &canvas, area: listArea)
        if candidates.isEmpty {
            canvas.write(
                context.text("Aucun local vacant ne convient.", "No vacant unit fits."),
                row: listArea.row + 1, column: area.column + 1, style: .dim, clip: area)
        }
        return table.cursorPosition(in: listArea).map(Cursor.parked) ?? .hidden
    }
}
