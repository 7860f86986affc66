import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// The region: every zone with its counts and an occupancy bar, and the total.
///
/// Windowed like the occupant directory: a country has thousands of zones,
/// and the first screen must draw at once.
public struct ZonesScreen: ScreenModel {
    public var list = WindowedList<ZoneSummary>()
    public var region: RegionTotals?
    /// The window of zones to hold (see `WindowedList.follow`); the `request`
    /// reads what of it is not held yet, so late answers are dropped.
    public var windowOffset = 0
    public var windowLimit = 100
    /// Whether the next read brings the region's totals too: at the first one
    /// and once the data may have changed, not for each window (they cost
    /// more than a window). Cleared when they come.
    public var totalsDue = true
    /// What the clerk typed after `/`: the list shows only the zones it fits
    /// (see `ZoneSearch`), as it is typed.
    public var search = InputLine()
    public var focus = Focus.list
    /// How many zones the register has, as the last search counted them.
    public var zoneCount: Int?

    public init() {}

    /// Where typed keys go.
    public enum Focus: Hashable, Sendable {
        case search
        case list
    }

    public enum Action: Hashable, Sendable {
        case focusSearch
        /// An editing key for the search line.
        case edit(Key)
        case clearSearch
        case leaveSearch
        case list(ListMove)
        case open
        case calls
        /// Arrears and conventions ending soon, for the region.
        case followUp
        case print(all: Bool)
        case click(row: Int, column: Int)
    }

    /// The zones a search fits, or those of the window not held yet.
    public var request: DataRequest? {
        if isSearching {
            return .matchingZones(search: search.text, offset: windowOffset, limit: windowLimit)
        }
        return .zones(offset: unread.lowerBound, limit: unread.count, totals: totalsDue)
    }

    /// Whether the list shows only what a search fits (words typed, not just spaces).
    var isSearching: Bool { !ZoneSearch(search.text).isEmpty }

    /// Whether the search line shows: while typing, and while a search is kept.
    var showsSearchLine: Bool { focus == .search || !search.text.isEmpty }

    public var capturesText: Bool { focus == .search }

    var window: Range<Int> { windowOffset..<windowOffset + windowLimit }

    var loaded: Range<Int> { list.rowsOffset..<list.rowsOffset + list.rows.count }

    /// The zones of the window to read: those not held yet above or below the
    /// held ones, or the whole window when the data may have changed. Each
    /// zone costs a seek per unit, so a scroll by one screen reads one screen
    /// of zones, not the three of a window.
    var unread: Range<Int> {
        guard !totalsDue, loaded.overlaps(window) else { return window }
        if loaded.lowerBound <= window.lowerBound {
            return min(loaded.upperBound, window.upperBound)..<window.upperBound
        }
        if loaded.upperBound >= window.upperBound {
            return window.lowerBound..<loaded.lowerBound
        }
        return window
    }

    public mutating func prepareFullReload() {
        totalsDue = true
    }

    public func title(_ context: AppContext) -> String {
        context.text("Zones de la région de Tiznit", "Zones of the Tiznit region")
    }

    /// Printing and searching act on the list; in the search line F7, F9 type nothing.
    public var actions: Set<ScreenAction> { focus == .list ? [.print, .search] : [] }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                "/ F7",
                context.text(
                    "chercher une zone par code, nom ou commune",
                    "search a zone by code, name or commune")),
            KeyHelp(
                context.text("Entrée Tab ↓", "Enter Tab ↓"),
                context.text(
                    "(recherche) garder la recherche et passer à la liste",
                    "(search) keep the search and go to the list")),
            KeyHelp(
                context.text("Échap", "Esc"),
                context.text(
                    "effacer la recherche, puis la quitter", "clear the search, then leave it")),
            KeyHelp("↑ ↓ j k", context.text("choisir une zone", "choose a zone")),
            KeyHelp("PgUp PgDn Home End", context.text("aller plus loin", "move further")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("ouvrir la zone (plan et locaux)", "open the zone (plan and units)")),
            KeyHelp(
                "p F9",
                context.text("imprimer l'occupation de la zone", "print the zone's occupancy")),
            KeyHelp("P", context.text("imprimer toutes les zones", "print every zone")),
            KeyHelp(
                "c",
                context.text(
                    "appels à candidatures (dossiers, classement)",
                    "calls for applications (files, ranking)")),
            KeyHelp(
                "A",
                context.text(
                    "impayés et conventions à échéance de la région",
                    "the region's arrears and conventions ending soon")),
            KeyHelp(
                context.text("clic", "click"), context.text("choisir une zone", "choose a zone")),
        ]
    }

    /// The action a key means here, which depends on where the focus is.
    func action(for key: Key) -> Action? {
        if focus == .search {
            if case .mouse = key { return Self.listAction(for: key) }
            switch SearchLine.meaning(of: key, text: search.text) {
            case .leave: return .leaveSearch
            case .clear: return .clearSearch
            case .edit: return .edit(key)
            }
        }
        switch key {
        case .char("/"), .tab, .backTab: return .focusSearch
        // Esc on a kept search shows every zone again; with none, it is the app's.
        case .escape where !search.text.isEmpty: return .clearSearch
        default: return Self.listAction(for: key)
        }
    }

    static func listAction(for key: Key) -> Action? {
        if let move = ListKeys.move(for: key) { return .list(move) }
        switch key {
        case .enter, .right, .char("l"): return .open
        case .char("p"): return .print(all: false)
        case .char("P"): return .print(all: true)
        case .char("c"): return .calls
        case .char("A"): return .followUp
        case .mouse(let row, let column, .clicked), .mouse(let row, let column, .pressed):
            return .click(row: row, column: column)
        default: return nil
        }
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        guard let action = action(for: key) else { return nil }
        return update(action, context)
    }

    /// The parts of the screen in `body`: update pages and hit-tests in what render draws.
    func layout(in body: Rect) -> ZonesLayout {
        ZonesLayout(body: body, searching: showsSearchLine)
    }

    public mutating func update(_ action: Action, _ context: AppContext) -> Outcome {
        let layout = layout(in: context.body)
        let table = layout.table
        switch action {
        case .focusSearch:
            focus = .search
            return .done
        case .leaveSearch:
            focus = .list
            return .done
        case .edit(let key):
            let before = search.text
            search.handle(key)
            guard search.text != before else { return .done }
            return restart(context)
        case .clearSearch:
            search = InputLine()
            return restart(context)
        case .list(let move):
            list.select(move.index(from: list.selected, page: table.page))
        case .click(let row, let column):
            if let line = layout.searchLine, line.contains(row: row, column: column) {
                focus = .search
                return .done
            }
            guard let index = table.index(atRow: row, column: column, scroll: list.scroll),
                index < list.total ?? 0
            else { return .done }
            focus = .list
            list.select(index)
        case .open:
            guard let zone = list.current?.zone.code else { return .done }
            return Outcome(navigation: .push(.zone(ZoneScreen(zoneCode: zone))))
        case .calls:
            return Outcome(navigation: .push(.calls(CallsScreen())))
        case .followUp:
            return Outcome(navigation: .push(.followUp(FollowUpScreen(zoneCode: nil))))
        case .print(let all):
            guard let zone = list.current?.zone.code else { return .done }
            return Outcome(navigation: .push(.printDialog(PrintDialog(zones: all ? [] : [zone]))))
        }
        guard let next = list.follow(visibleRows: table.page) else { return .done }
        (windowOffset, windowLimit) = next
        return Outcome(effects: request.map { [.load($0)] } ?? [])
    }

    /// A new search, or none: the first window of what it fits, from the top.
    mutating func restart(_ context: AppContext) -> Outcome {
        list.reset()
        windowOffset = 0
        windowLimit = 3 * layout(in: context.body).table.page
        return Outcome(effects: request.map { [.load($0)] } ?? [])
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        if case .matchingZones(let summaries, let matching, let total) = result,
            case .matchingZones(_, let offset, _) = request
        {
            zoneCount = total
            list.receive(
                summaries, offset: offset, total: matching,
                visibleRows: layout(in: context.body).table.page)
            return
        }
        guard case .zones(let summaries, let region) = result,
            case .zones(let offset, let limit, _) = request
        else { return }
        if let region {
            self.region = region
            totalsDue = false
        }
        // A part of the window joins the held zones of the window it borders.
        var rows = summaries
        var first = offset
        let kept = window.clamped(to: loaded)
        if offset..<offset + limit != window, !kept.isEmpty {
            let keptRows = list.rows[
                (kept.lowerBound - list.rowsOffset)..<(kept.upperBound - list.rowsOffset)]
            if offset >= kept.upperBound {
                rows = keptRows + summaries
                first = kept.lowerBound
            } else {
                rows = summaries + keptRows
            }
        }
        list.receive(
            rows, offset: first, total: self.region?.zones ?? rows.count,
            visibleRows: layout(in: context.body).table.page)
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let layout = layout(in: area)
        let tableArea = layout.table.frame
        let wide = area.width >= 100
        let columns = [
            TableColumn("Code", width: .fixed(5)),
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
        let searchCursor = drawSearchLine(into: &canvas, layout, context)
        let monochrome = context.colorSupport == .monochrome
        let inView = list.visible(layout.table.rowCount)
        let rows = inView.map { _, summary -> [String] in
            guard let summary else { return ["…"] + Array(repeating: "", count: columns.count - 1) }
            return [
                summary.zone.code, summary.zone.name, summary.zone.commune,
                summary.zone.kind.name(in: context.language),
                String(summary.units), String(summary.occupied), String(summary.vacant),
                String(summary.reserved), String(summary.underWorks),
                Self.bar(summary.occupancy, width: barWidth, monochrome: monochrome),
            ]
        }
        let selectedInView = inView.firstIndex { $0.index == list.selected }
        var table = Table(
            columns: columns, rows: rows, selectedIndex: selectedInView, scrollOffset: 0)
        table.selectedStyle = table.rowStyle
        table.render(into: &canvas, area: tableArea)
        // The selection shows on the code and the name, not across the row: a
        // move then rewrites those cells only, not both whole rows with their
        // bars (three bytes a block), which cost the terminal twice as much.
        if let selected = table.cursorPosition(in: tableArea) {
            let widths = table.columnWidths(totalWidth: tableArea.width)
            let label = Rect(
                row: selected.row, column: selected.column,
                width: widths[0] + table.columnSpacing + widths[1], height: 1)
            canvas.setStyle(Theme.selected, in: label.intersection(tableArea))
        }
        if let region {
            let total = layout.total
            let room = max(0, total.width - 1)
            canvas.write(
                DisplayWidth.truncate(Self.totalLine(region, fitting: room, context), to: room),
                row: total.row, column: total.column + 1, style: .bold, clip: total)
        }
        if list.total == 0, isSearching {
            canvas.write(
                context.text("Aucune zone ne correspond.", "No zone matches."),
                row: layout.table.rows.row, column: area.column + 1, style: .dim, clip: area)
        }
        if let searchCursor { return .visible(searchCursor) }
        return table.cursorPosition(in: tableArea).map(Cursor.parked) ?? .hidden
    }

    /// "Search (/): taf" at the left, "3 of 60 zones match" at the right;
    /// gives where the cursor goes while typing.
    func drawSearchLine(into canvas: inout Canvas, _ layout: ZonesLayout, _ context: AppContext)
        -> Position?
    {
        guard let line = layout.searchLine, let field = layout.searchField else { return nil }
        let count = matchText(context)
        let countColumn = max(line.column, line.endColumn - 1 - DisplayWidth.of(count))
        canvas.write(count, row: line.row, column: countColumn, style: .bold, clip: line)
        let room = Rect(
            row: field.row, column: field.column,
            width: max(0, min(field.width, countColumn - field.column - 2)), height: 1)
        return SearchLine.draw(
            search, prompt: context.text("Chercher (/) : ", "Search (/): "),
            focused: focus == .search, into: &canvas, area: room)
    }

    /// "3 of 60 zones match", or "60 zones" before anything is typed.
    func matchText(_ context: AppContext) -> String {
        guard let total = list.total else { return "…" }
        let found = OccupantsScreen.grouped(total, context.language)
        let all = OccupantsScreen.grouped(zoneCount ?? region?.zones ?? total, context.language)
        guard isSearching else {
            return all == "1" ? "1 zone" : "\(all) zones"
        }
        switch context.language {
        case .fr:
            return total <= 1
                ? "\(found) zone sur \(all) correspond" : "\(found) zones sur \(all) correspondent"
        case .en:
            return total == 1 ? "1 of \(all) zones matches" : "\(found) of \(all) zones match"
        }
    }

    /// The region's total line; when the numbers are too long for `width`
    /// (a country), the counts go by the plan's letters so the share occupied
    /// still shows.
    static func totalLine(_ region: RegionTotals, fitting width: Int, _ context: AppContext)
        -> String
    {
        let percent = Int((region.occupancy * 100).rounded())
        let full = context.text(
            "Région : \(region.zones) zones, \(region.units) locaux : \(region.occupied) occ., \(region.vacant) vac., \(region.reserved) rés., \(region.underWorks) trav. · \(percent) % occupés",
            "Region: \(region.zones) zones, \(region.units) units: \(region.occupied) occ., \(region.vacant) vac., \(region.reserved) res., \(region.underWorks) works · \(percent) % occupied"
        )
        guard DisplayWidth.of(full) > width else { return full }
        return context.text(
            "Région : \(region.zones) zones, \(region.units) locaux · \(percent) % occ. · O \(region.occupied) V \(region.vacant) R \(region.reserved) W \(region.underWorks)",
            "Region: \(region.zones) zones, \(region.units) units · \(percent) % occ. · O \(region.occupied) V \(region.vacant) R \(region.reserved) W \(region.underWorks)"
        )
    }

    /// An occupancy bar with its percentage: "███░░ 56%".
    static func bar(_ share: Double, width: Int, monochrome: Bool) -> String {
        let filled = Int((share * Double(width)).rounded())
        let (full, empty): (Character, Character) = monochrome ? ("#", ".") : ("█", "░")
        let percent = "\(Int((share * 100).rounded()))%"
        return String(repeating: full, count: filled)
            + String(repeating: empty, count: width - filled)
            + " " + String(repeating: " ", count: max(0, 4 - percent.count)) + percent
    }
}
