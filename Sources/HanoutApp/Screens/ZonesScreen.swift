import HanoutDomain
import HanoutStore
import TerminalKit

/// The region: every zone with its counts and an occupancy bar, and the total.
public struct ZonesScreen: ScreenModel {
    public var summaries: [ZoneSummary] = []
    public var selected = 0
    public var scroll = 0

    public init() {}

    public enum Action: Hashable, Sendable {
        case move(Int)
        case moveTo(Int)
        case page(Int)
        case open
        case click(row: Int)
    }

    public var request: DataRequest? { .zones }

    public func title(_ context: AppContext) -> String {
        context.text("Zones de la région de Tiznit", "Zones of the Tiznit region")
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ j k", context.text("choisir une zone", "choose a zone")),
            KeyHelp("PgUp PgDn Home End", context.text("aller plus loin", "move further")),
            KeyHelp(context.text("Entrée", "Enter"), context.text("ouvrir la zone (plan et locaux)", "open the zone (plan and units)")),
            KeyHelp(context.text("clic", "click"), context.text("choisir une zone", "choose a zone")),
        ]
    }

    static func action(for key: Key) -> Action? {
        switch key {
        case .up, .char("k"): return .move(-1)
        case .down, .char("j"): return .move(1)
        case .pageUp: return .page(-1)
        case .pageDown: return .page(1)
        case .home: return .moveTo(0)
        case .end: return .moveTo(Int.max)
        case .enter, .right, .char("l"): return .open
        case .mouse(let row, _, .clicked), .mouse(let row, _, .pressed): return .click(row: row)
        default: return nil
        }
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        guard let action = Self.action(for: key) else { return nil }
        return update(action, visibleRows: Self.visibleRows(context))
    }

    /// Data rows in view: the body less the header and the total line.
    static func visibleRows(_ context: AppContext) -> Int {
        max(1, context.bodyHeight - 2)
    }

    /// The first screen row of the table's data, below the title bar and the header.
    static let firstDataRow = 2

    public mutating func update(_ action: Action, visibleRows: Int) -> Outcome {
        switch action {
        case .move(let delta): select(selected + delta)
        case .moveTo(let index): select(index)
        case .page(let pages): select(selected + pages * max(1, visibleRows))
        case .click(let row):
            let index = scroll + row - Self.firstDataRow
            if (0..<summaries.count).contains(index) { select(index) }
        case .open:
            guard summaries.indices.contains(selected) else { return .done }
            let zone = summaries[selected].zone.code
            return Outcome(navigation: .push(.zone(ZoneScreen(zoneCode: zone))))
        }
        scroll = Scrolling.offset(
            keeping: selected, visibleRows: visibleRows, rowCount: summaries.count, current: scroll)
        return .done
    }

    mutating func select(_ index: Int) {
        selected = min(max(0, index), max(0, summaries.count - 1))
    }

    public mutating func receive(_ result: DataResult, for request: DataRequest, _ context: AppContext) {
        guard case .zones(let summaries) = result else { return }
        self.summaries = summaries
        select(selected)
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let wide = area.width >= 100
        let columns = [
            TableColumn("Code", width: .fixed(4)),
            TableColumn(context.text("Zone", "Zone"), width: .flexible(min: 10, weight: 3)),
            TableColumn("Commune", width: .flexible(min: 7, weight: 1)),
            TableColumn(context.text("Type", "Kind"), width: .flexible(min: 7, weight: 1)),
            TableColumn(context.text("Loc.", "Units"), width: .fixed(5), alignment: .right),
            TableColumn(context.text("Occ.", "Occ."), width: .fixed(4), alignment: .right),
            TableColumn(context.text("Vac.", "Vac."), width: .fixed(4), alignment: .right),
            TableColumn(context.text("Rés.", "Res."), width: .fixed(4), alignment: .right),
            TableColumn(context.text("Trav", "Wks"), width: .fixed(4), alignment: .right),
            TableColumn(context.text("Occupation", "Occupancy"), width: .fixed(wide ? 18 : 10)),
        ]
        let barWidth = wide ? 12 : 5
        let rows = summaries.map { summary -> [String] in
            [
                summary.zone.code, summary.zone.name, summary.zone.commune,
                summary.zone.kind.name(in: context.language),
                String(summary.units), String(summary.occupied), String(summary.vacant),
                String(summary.reserved), String(summary.underWorks),
                Self.bar(summary.occupancy, width: barWidth, monochrome: context.colorSupport == .monochrome),
            ]
        }
        let tableArea = Rect(row: area.row, column: area.column, width: area.width, height: max(0, area.height - 1))
        var table = Table(columns: columns, rows: rows, selectedIndex: summaries.isEmpty ? nil : selected, scrollOffset: scroll)
        table.selectedStyle = Theme.selected
        table.render(into: &canvas, area: tableArea)
        let units = summaries.map(\.units).reduce(0, +)
        let occupied = summaries.map(\.occupied).reduce(0, +)
        let vacant = summaries.map(\.vacant).reduce(0, +)
        let share = units == 0 ? 0 : Double(occupied) / Double(units)
        let total = context.text(
            "Région : \(summaries.count) zones, \(units) locaux, \(occupied) occupés, \(vacant) vacants, \(Int((share * 100).rounded())) % d'occupation",
            "Region: \(summaries.count) zones, \(units) units, \(occupied) occupied, \(vacant) vacant, \(Int((share * 100).rounded())) % occupied")
        canvas.write(total, row: area.endRow - 1, column: area.column + 1, style: .bold, clip: area)
        return table.cursorPosition(in: tableArea).map(Cursor.parked) ?? .hidden
    }

    /// An occupancy bar with its percentage: "███░░ 56%".
    static func bar(_ share: Double, width: Int, monochrome: Bool) -> String {
        let filled = Int((share * Double(width)).rounded())
        let (full, empty): (Character, Character) = monochrome ? ("#", ".") : ("█", "░")
        let percent = "\(Int((share * 100).rounded()))%"
        return String(repeating: full, count: filled) + String(repeating: empty, count: width - filled)
            + " " + String(repeating: " ", count: max(0, 4 - percent.count)) + percent
    }
}
