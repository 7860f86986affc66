import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// The calls for applications of the region, the latest opened first, with
/// their status and counts; Enter opens one.
///
/// Loaded whole: a region opens a few calls a year, not thousands.
public struct CallsScreen: ScreenModel {
    public var list = WindowedList<CallSummary>()

    public init() {}

    public enum Action: Hashable, Sendable {
        case list(ListMove)
        case open
    }

    public var request: DataRequest? { .calls }

    public func title(_ context: AppContext) -> String {
        context.text("Appels à candidatures", "Calls for applications")
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k PgUp PgDn", context.text("choisir un appel", "choose a call")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text(
                    "ouvrir l'appel (dossiers, statut, classement)",
                    "open the call (files, status, ranking)")),
            KeyHelp(context.text("Échap", "Esc"), context.text("retour", "back")),
        ]
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        if let move = ListKeys.move(for: key) { return update(.list(move), context) }
        switch key {
        case .enter, .right, .char("l"): return update(.open, context)
        default: return nil
        }
    }

    func table(in body: Rect) -> ListArea { ListArea(frame: body, header: 1) }

    public mutating func update(_ action: Action, _ context: AppContext) -> Outcome {
        switch action {
        case .list(let move):
            let page = table(in: context.body).page
            list.move(to: move.index(from: list.selected, page: page), visibleRows: page)
            return .done
        case .open:
            guard let call = list.current?.call.reference else { return .done }
            return Outcome(navigation: .push(.call(CallScreen(reference: call))))
        }
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .calls(let calls) = result else { return }
        list.receive(
            calls, offset: 0, total: calls.count, visibleRows: table(in: context.body).page)
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let frame = table(in: area).frame
        let columns = [
            TableColumn(context.text("Référence", "Reference"), width: .fixed(11)),
            TableColumn("Zone", width: .fixed(4)),
            TableColumn(context.text("Titre", "Title"), width: .flexible(min: 8, weight: 1)),
            TableColumn(context.text("Statut", "Status"), width: .fixed(9)),
            TableColumn(context.text("Du", "From"), width: .fixed(8)),
            TableColumn(context.text("Au", "To"), width: .fixed(8)),
            TableColumn(context.text("Dos.", "Apps"), width: .fixed(4), alignment: .right),
            TableColumn(context.text("Rec.", "Adm."), width: .fixed(4), alignment: .right),
            TableColumn(context.text("Off.", "Off."), width: .fixed(4), alignment: .right),
            TableColumn(context.text("Pl.", "Pl."), width: .fixed(3), alignment: .right),
        ]
        let rows = list.rows.map { summary -> [String] in
            let call = summary.call
            return [
                call.reference, call.zoneCode, call.title,
                call.status.name(in: context.language), Self.short(call.opensOn),
                Self.short(call.closesOn), String(summary.applications),
                String(summary.admissible), String(summary.offers), String(summary.placed),
            ]
        }
        let table = Table(
            columns: columns, rows: rows, selectedIndex: list.total == 0 ? nil : list.selected,
            scrollOffset: list.scroll)
        table.render(into: &canvas, area: frame)
        if list.total == 0 {
            canvas.write(
                context.text("Aucun appel à candidatures.", "No call for applications."),
                row: frame.row + 1, column: area.column + 1, style: .dim, clip: area)
        }
        return table.cursorPosition(in: frame).map(Cursor.parked) ?? .hidden
    }

    /// `05/01/27`: a call's dates in eight columns, so the title keeps its room at 80.
    static func short(_ day: Day) -> String {
        let parts = day.parts
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(two(parts.day))/\(two(parts.month))/\(two(parts.year % 100))"
    }
}
