import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// The zone occupancy screen: the floor plan, the legend and the table of units.
public struct ZoneScreen: ScreenModel {
    public var zoneCode: String
    public var summary: ZoneSummary?
    public var units: [UnitOccupancy] = []
    public var selected = 0
    public var focus = Focus.plan
    public var tableScroll = 0

    public enum Focus: Hashable, Sendable {
        case plan
        case table
    }

    /// The day the clerk moved the plan to; nil for the day the zone opens
    /// on (`Zone.openingDay`: today, or a fair's first day).
    public var askedDay: Day?
    /// The day the plan, the table and the counts show, as the store answered.
    public var day: Day?

    /// The unit to select once the units come (a unit reached by `g`, whose
    /// record opens over its zone: back from it, the clerk is on that unit).
    public var unitToSelect: String?

    public init(zoneCode: String, selecting unitCode: String? = nil) {
        self.zoneCode = zoneCode
        unitToSelect = unitCode
    }

    public enum Action: Hashable, Sendable {
        case go(Direction)
        /// Paging and the ends, in the table's order.
        case list(ListMove)
        case switchPane
        case open
        case assign
        case release
        /// Reserve, works, back in service or transfer (`UnitActions`).
        case unit(ScreenAction)
        case print
        case waitingList
        /// The zone's rack from the day shown.
        case rack
        /// The zone's arrears and conventions ending soon.
        case followUp
        case click(row: Int, column: Int)
        /// Moves the day shown.
        case day(DayStep)
    }

    /// A move of the day shown: days or months back (negative) or forward, or today.
    public enum DayStep: Hashable, Sendable {
        case days(Int)
        case months(Int)
        case today
        /// A day typed at the go-to prompt.
        case on(Day)
    }

    public enum Direction: Hashable, Sendable {
        case up, down, left, right
    }

    public var request: DataRequest? { .zone(code: zoneCode, on: askedDay) }

    /// The zone, and the day shown when it is not today, before the zone's
    /// name so that a narrow terminal cuts the name, never the day: a clerk
    /// must never take another day's plan for today's.
    public func title(_ context: AppContext) -> String {
        let name = summary?.zone.name
        var parts = [zoneCode]
        if let day, day != context.today {
            let shown = DayFormat.show(day, in: context.language)
            parts.append(context.text("au \(shown), pas aujourd'hui", "on \(shown), not today"))
        }
        return (parts + [name].compactMap { $0 }).joined(separator: " · ")
    }

    public var actions: Set<ScreenAction> {
        Set<ScreenAction>([.print]).union(UnitActions.actions(for: current?.state))
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                "← → ↑ ↓ h j k l",
                context.text(
                    "se déplacer sur le plan (ou dans la liste)",
                    "move on the plan (or in the list)")),
            KeyHelp(
                "Tab", context.text("passer du plan à la liste", "switch between plan and list")),
            KeyHelp(
                "PgUp PgDn Home End",
                context.text("aller plus loin dans la liste", "move further in the list")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("fiche du local et son historique", "the unit's record and history")),
            KeyHelp(
                "[ ] { } t",
                context.text(
                    "jour d'avant, d'après, mois d'avant, d'après, aujourd'hui",
                    "day before, after, month before, after, today")),
            KeyHelp(
                "a F2",
                context.text(
                    "attribuer le local vacant à partir du jour affiché",
                    "assign the vacant unit from the day shown")),
            KeyHelp("r F3", context.text("libérer le local occupé", "release the occupied unit")),
        ] + UnitActions.help(actions, context) + [
            KeyHelp(
                "p F9",
                context.text("imprimer l'occupation de la zone", "print the zone's occupancy")),
            KeyHelp(
                "W R A",
                context.text(
                    "liste d'attente, planning, impayés et échéances",
                    "waiting list, rack, arrears and ending soon")),
            KeyHelp(
                context.text("Échap ⌫", "Esc ⌫"),
                context.text(
                    "revenir aux zones (clic : choisir un local)",
                    "back to the zones (click: choose a unit)")),
        ]
    }

    /// The arrows move on the plan as on a map (in the list when it has the
    /// focus), so they come before the list keys, which bring the rest.
    static func action(for key: Key) -> Action? {
        switch key {
        case .up, .char("k"): return .go(.up)
        case .down, .char("j"): return .go(.down)
        case .left, .char("h"): return .go(.left)
        case .right, .char("l"): return .go(.right)
        case .tab, .backTab: return .switchPane
        case .enter: return .open
        case .char("a"): return .assign
        case .char("r"): return .release
        case .char("v"): return .unit(.reserve)
        case .char("w"): return .unit(.works)
        case .char("s"): return .unit(.backInService)
        case .char("T"): return .unit(.transfer)
        case .char("["): return .day(.days(-1))
        case .char("]"): return .day(.days(1))
        case .char("{"): return .day(.months(-1))
        case .char("}"): return .day(.months(1))
        case .char("t"): return .day(.today)
        case .char("p"): return .print
        case .char("W"): return .waitingList
        case .char("R"): return .rack
        case .char("A"): return .followUp
        case .mouse(let row, let column, .clicked), .mouse(let row, let column, .pressed):
            return .click(row: row, column: column)
        default: return ListKeys.move(for: key).map(Action.list)
        }
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        guard let action = Self.action(for: key) else { return nil }
        return update(action, context)
    }

    /// The parts of the screen in `body`, from the units' places: update pages
    /// and hit-tests in what render draws.
    func layout(in body: Rect) -> ZoneLayout {
        ZoneLayout(area: body, units: units)
    }

    public mutating func update(_ action: Action, _ context: AppContext) -> Outcome {
        let layout = layout(in: context.body)
        switch action {
        case .go(let direction):
            if focus == .plan && layout.tileHeight > 0 {
                if let next = neighbour(direction) { selected = next }
            } else if direction == .up || direction == .left {
                select(selected - 1)
            } else {
                select(selected + 1)
            }
        case .list(let move): select(move.index(from: selected, page: layout.table.page))
        case .switchPane: focus = focus == .plan ? .table : .plan
        case .click(let row, let column):
            if let place = layout.place(atRow: row, column: column),
                let index = units.firstIndex(where: {
                    $0.unit.row == place.row && $0.unit.column == place.column
                })
            {
                selected = index
                focus = .plan
            } else if let index = layout.table.index(
                atRow: row, column: column, scroll: tableScroll),
                units.indices.contains(index)
            {
                selected = index
                focus = .table
            }
        case .open:
            guard let current else { return .done }
            return Outcome(navigation: .push(.unit(UnitScreen(unitCode: current.unit.code))))
        case .assign:
            return assign(context)
        case .release:
            return release(context)
        case .unit(let action):
            return current.map { UnitActions.perform(action, on: $0, context) } ?? .done
        case .print:
            return Outcome(navigation: .push(.printDialog(PrintDialog(zones: [zoneCode]))))
        case .waitingList:
            return Outcome(navigation: .push(.waitingList(WaitingListScreen(zoneCode: zoneCode))))
        case .day(let step):
            return move(step, context)
        case .followUp:
            return Outcome(navigation: .push(.followUp(FollowUpScreen(zoneCode: zoneCode))))
        case .rack:
            return Outcome(
                navigation: .push(
                    .rack(RackScreen(zoneCode: zoneCode, around: day ?? context.today))))
        }
        tableScroll = Scrolling.offset(
            keeping: selected, visibleRows: layout.table.rowCount, rowCount: units.count,
            current: tableScroll)
        return .done
    }

    var current: UnitOccupancy? {
        units.indices.contains(selected) ? units[selected] : nil
    }

    mutating func select(_ index: Int) {
        selected = min(max(0, index), max(0, units.count - 1))
    }

    /// The nearest unit in `direction` on the floor plan, as on a map.
    func neighbour(_ direction: Direction) -> Int? {
        guard let here = current?.unit else { return nil }
        let others = units.indices.filter { units[$0].unit.code != here.code }
        func place(_ index: Int) -> (row: Int, column: Int) {
            (units[index].unit.row, units[index].unit.column)
        }
        switch direction {
        case .left, .right:
            let sameRow = others.filter {
                place($0).row == here.row
                    && (direction == .left
                        ? place($0).column < here.column : place($0).column > here.column)
            }
            return sameRow.min {
                abs(place($0).column - here.column) < abs(place($1).column - here.column)
            }
        case .up, .down:
            let beyond = others.filter {
                direction == .up ? place($0).row < here.row : place($0).row > here.row
            }
            return beyond.min { left, right in
                let (a, b) = (place(left), place(right))
                let rowGap = (abs(a.row - here.row), abs(b.row - here.row))
                if rowGap.0 != rowGap.1 { return rowGap.0 < rowGap.1 }
                let columnGap = (abs(a.column - here.column), abs(b.column - here.column))
                if columnGap.0 != columnGap.1 { return columnGap.0 < columnGap.1 }
                return a.column < b.column
            }
        }
    }

    func assign(_ context: AppContext) -> Outcome {
        current.map { UnitActions.assign($0, context, from: day) } ?? .done
    }

    /// Shows another day: the store reads the plan again for it.
    mutating func move(_ step: DayStep, _ context: AppContext) -> Outcome {
        let from = day ?? context.today
        let next: Day
        switch step {
        case .days(let count): next = from.adding(days: count)
        case .months(let count): next = from.adding(months: count)
        case .today: next = context.today
        case .on(let day): next = day
        }
        guard next.isKept else {
            return Outcome(
                message: Message(DayFormat.outOfRange(next, in: context.language), kind: .warning))
        }
        askedDay = next
        return Outcome(effects: request.map { [.load($0)] } ?? [])
    }

    func release(_ context: AppContext) -> Outcome {
        current.map { UnitActions.release($0, context) } ?? .done
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .zone(let summary, let units, let day) = result else { return }
        self.day = day
        let keep = unitToSelect ?? current?.unit.code
        unitToSelect = nil
        self.summary = summary
        self.units = units
        if let keep, let index = units.firstIndex(where: { $0.unit.code == keep }) {
            selected = index
        } else {
            select(selected)
        }
        tableScroll = Scrolling.offset(
            keeping: selected, visibleRows: layout(in: context.body).table.rowCount,
            rowCount: units.count,
            current: tableScroll)
    }
}
