import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// What a clerk follows over time, for a zone or the region: who owes
/// (oldest debt first, with its age) and which conventions end soon (within
/// 90 days). ← → switch between the two; Enter opens the occupant's ledger
/// or the unit's record.
public struct FollowUpScreen: ScreenModel {
    public enum Kind: Hashable, Sendable {
        case arrears
        case expiring
    }

    public var zoneCode: String?
    public var kind: Kind
    public var arrears: [ArrearsLine] = []
    public var expiring: [Convention] = []
    public var names: [Int64: String] = [:]
    public var selected = 0
    public var scroll = 0

    /// Debtors read at a time; the list says when there are more.
    static let limit = 500
    static let days = 90

    public init(zoneCode: String?, kind: Kind = .arrears) {
        self.zoneCode = zoneCode
        self.kind = kind
    }

    public var request: DataRequest? {
        switch kind {
        case .arrears: return .arrears(zone: zoneCode, limit: Self.limit)
        case .expiring: return .expiring(zone: zoneCode, days: Self.days)
        }
    }

    public func title(_ context: AppContext) -> String {
        let place = zoneCode ?? context.text("région", "region")
        switch kind {
        case .arrears: return context.text("Impayés · ", "Arrears · ") + place
        case .expiring: return context.text("Conventions à échéance · ", "Ending soon · ") + place
        }
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("↑ ↓ PgUp PgDn Home End", context.text("parcourir", "move")),
            KeyHelp(
                "← →", context.text("impayés / conventions à échéance", "arrears / ending soon")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text(
                    "le compte de l'occupant, ou la fiche du local",
                    "the occupant's ledger, or the unit")),
            KeyHelp(context.text("Échap", "Esc"), context.text("retour", "back")),
        ]
    }

    var count: Int { kind == .arrears ? arrears.count : expiring.count }

    func table(in body: Rect) -> ListArea {
        ListArea.tableBelowHeading(in: body)
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        let area = table(in: context.body)
        if let move = ListKeys.move(for: key) {
            selected = min(max(0, move.index(from: selected, page: area.page)), max(0, count - 1))
            scroll = Scrolling.offset(
                keeping: selected, visibleRows: area.rowCount, rowCount: count, current: scroll)
            return .done
        }
        switch key {
        case .left, .right, .char("h"), .char("l"):
            kind = kind == .arrears ? .expiring : .arrears
            selected = 0
            scroll = 0
            return Outcome(effects: request.map { [.load($0)] } ?? [])
        case .enter:
            switch kind {
            case .arrears:
                guard arrears.indices.contains(selected) else { return .done }
                return Outcome(
                    navigation: .push(
                        .ledger(LedgerScreen(occupantID: arrears[selected].arrears.occupantID))))
            case .expiring:
                guard expiring.indices.contains(selected) else { return .done }
                return Outcome(
                    navigation: .push(.unit(UnitScreen(unitCode: expiring[selected].unitCode))))
            }
        default: return nil
        }
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard request == self.request else { return }
        switch result {
        case .arrears(let lines): arrears = lines
        case .expiring(let conventions, let names):
            expiring = conventions
            self.names = names
        default: return
        }
        selected = min(selected, max(0, count - 1))
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let heading: String
        switch kind {
        case .arrears:
            let total = arrears.reduce(Money.zero) { $0 + $1.arrears.total }
            let more = arrears.count == Self.limit ? "+" : ""
            heading = context.text(
                "\(arrears.count)\(more) occupants doivent \(total.shown(in: .fr)) · le plus ancien d'abord · ← → à échéance",
                "\(arrears.count)\(more) occupants owe \(total.shown(in: .en)) · oldest debt first · ← → ending soon"
            )
        case .expiring:
            let one = expiring.count == 1
            heading = context.text(
                "\(expiring.count) convention\(one ? " finit" : "s finissent") d'ici \(Self.days) jours · ← → impayés",
                "\(expiring.count) convention\(one ? " ends" : "s end") within \(Self.days) days · ← → arrears"
            )
        }
        canvas.write(
            DisplayWidth.truncate(heading, to: max(0, area.width - 2)), row: area.row,
            column: area.column + 1, style: .bold, clip: area)
        let list = table(in: area)
        let columns: [TableColumn]
        let rows: [[String]]
        switch kind {
        case .arrears:
            columns = [
                TableColumn(
                    context.text("Occupant", "Occupant"), width: .flexible(min: 12, weight: 1)),
                TableColumn(context.text("Locaux", "Units"), width: .fixed(8)),
                TableColumn(context.text("Depuis", "Since"), width: .fixed(11)),
                TableColumn(context.text("Jours", "Days"), width: .fixed(5), alignment: .right),
                TableColumn("Total", width: .fixed(15), alignment: .right),
                TableColumn("> 90", width: .fixed(15), alignment: .right),
            ]
            rows = arrears.dropFirst(scroll).prefix(list.rowCount).map { line in
                [
                    "#\(line.arrears.occupantID) \(line.occupantName)",
                    line.arrears.unitCodes.joined(separator: " "),
                    context.show(line.arrears.oldestDueOn), String(line.arrears.ageDays),
                    line.arrears.total.shown(in: context.language),
                    line.arrears.amount(in: .over90).shown(in: context.language),
                ]
            }
        case .expiring:
            columns = [
                TableColumn(context.text("Local", "Unit"), width: .fixed(8)),
                TableColumn(context.text("Convention", "Convention"), width: .fixed(18)),
                TableColumn(
                    context.text("Occupant", "Occupant"), width: .flexible(min: 12, weight: 1)),
                TableColumn(context.text("Fin", "Last day"), width: .fixed(11)),
                TableColumn(context.text("Jours", "Days"), width: .fixed(5), alignment: .right),
            ]
            rows = expiring.dropFirst(scroll).prefix(list.rowCount).map { convention in
                [
                    convention.unitCode, convention.number, names[convention.occupantID] ?? "",
                    context.show(convention.lastDay),
                    String(convention.lastDay.daysSinceEpoch - context.today.daysSinceEpoch),
                ]
            }
        }
        let table = Table(
            columns: columns, rows: rows,
            selectedIndex: count == 0 ? nil : selected - scroll, scrollOffset: 0)
        table.render(into: &canvas, area: list.frame)
        return table.cursorPosition(in: list.frame).map(Cursor.parked) ?? .hidden
    }
}
