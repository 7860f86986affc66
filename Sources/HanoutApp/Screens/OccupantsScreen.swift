import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// The occupant directory: a search line, a trade filter, and the list of occupants.
///
/// The list is windowed: a region may hold a million occupants, so the screen keeps only the
/// total, the selection over the whole result and a window of rows around the view, and
/// asks the store for another window when the view leaves the loaded one.
public struct OccupantsScreen: ScreenModel {
    public var search = InputLine()
    public var focus = Focus.list
    public var tradeFilter = TradeFilter()
    /// The window last asked of the store. It is the `request`, so AppCore hands this screen
    /// that answer only: a late answer to an older search or window is dropped.
    public var query = OccupantQuery()
    /// The loaded window, the selection and the scroll over the whole result.
    public var list = WindowedList<Occupant>()

    /// The loaded window: occupants `rowsOffset ..< rowsOffset + rows.count` of the result.
    public var rows: [Occupant] {
        get { list.rows }
        set { list.rows = newValue }
    }
    public var rowsOffset: Int {
        get { list.rowsOffset }
        set { list.rowsOffset = newValue }
    }
    /// How many occupants the search and filter give in all; nil until the store answers.
    public var total: Int? {
        get { list.total }
        set { list.total = newValue }
    }
    /// The selected occupant, as an index over the whole result.
    public var selected: Int {
        get { list.selected }
        set { list.selected = newValue }
    }
    /// The first row in view, over the whole result.
    public var scroll: Int {
        get { list.scroll }
        set { list.scroll = newValue }
    }

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
        case assign
        /// A new artisan, cooperative or association.
        case register
        case click(row: Int, column: Int)
        case openTradeMenu
        case tradeMenu(TradeFilter.Action)
    }

    /// The trade catalogue while the open menu waits for it, else the window of occupants.
    public var request: DataRequest? {
        tradeFilter.needsCatalogue ? .trades : .occupants(query)
    }

    public var capturesText: Bool { focus == .search && !tradeFilter.isOpen }

    /// Assigning and searching act on the list; in the search field F2… type nothing.
    public var actions: Set<ScreenAction> { focus == .list ? [.assign, .search] : [] }

    public func title(_ context: AppContext) -> String {
        context.text("Répertoire des occupants", "Occupant directory")
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                "/ F7 Tab", context.text("chercher un nom, un n° CIN…", "search a name, a CIN…")),
            KeyHelp(
                context.text("Entrée Tab ↓", "Enter Tab ↓"),
                context.text("(recherche) passer à la liste", "(search) go to the list")),
            KeyHelp(
                context.text("Échap", "Esc"),
                context.text(
                    "(recherche) effacer, puis quitter la recherche",
                    "(search) clear, then leave the search")),
            KeyHelp(
                "t",
                context.text(
                    "filtrer par métier (↑ ↓ Entrée pour choisir, Échap pour fermer)",
                    "filter by trade (↑ ↓ Enter to choose, Esc to close)")),
            KeyHelp("↑ ↓ j k", context.text("choisir un occupant", "choose an occupant")),
            KeyHelp("PgUp PgDn Home End", context.text("aller plus loin", "move further")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("fiche de l'occupant", "the occupant's record")),
            KeyHelp(
                "a F2",
                context.text("attribuer un local à l'occupant", "assign a unit to the occupant")),
            KeyHelp(
                "n",
                context.text(
                    "inscrire un artisan, une coopérative, une association",
                    "register an artisan, a cooperative, an association")),
            KeyHelp(
                context.text("clic", "click"),
                context.text("choisir un occupant", "choose an occupant")),
            KeyHelp(context.text("Échap ⌫", "Esc ⌫"), context.text("revenir", "back")),
        ]
    }

    // MARK: - Keys

    /// The action a key means here, which depends on where the focus is.
    func action(for key: Key) -> Action? {
        if tradeFilter.isOpen { return Self.menuAction(for: key).map(Action.tradeMenu) }
        switch (focus, key) {
        case (_, .mouse(let row, let column, .clicked)), (_, .mouse(let row, let column, .pressed)):
            return .click(row: row, column: column)
        case (.search, _):
            switch SearchLine.meaning(of: key, text: search.text) {
            case .leave: return .leaveSearch
            case .clear: return .clearSearch
            case .edit: return .edit(key)
            }
        case (_, .mouse(_, _, .scrollUp)): return .list(.by(-3))
        case (_, .mouse(_, _, .scrollDown)): return .list(.by(3))
        case (.list, .enter): return .open
        case (.list, .char("a")): return .assign
        case (.list, .char("n")): return .register
        case (.list, .char("t")): return .openTradeMenu
        case (.list, .char("/")), (.list, .tab), (.list, .backTab): return .focusSearch
        case (.list, _): return ListKeys.move(for: key).map(Action.list)
        }
    }

    static func menuAction(for key: Key) -> TradeFilter.Action? {
        if let move = ListKeys.move(for: key) { return .list(move) }
        switch key {
        case .mouse(_, _, .scrollUp): return .list(.by(-1))
        case .mouse(_, _, .scrollDown): return .list(.by(1))
        case .enter: return .choose
        case .escape, .backspace, .char("t"): return .close
        case .mouse(let row, let column, .clicked), .mouse(let row, let column, .pressed):
            return .click(row: row, column: column)
        default: return nil
        }
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        guard let action = action(for: key) else { return nil }
        return update(action, context)
    }

    // MARK: - Update

    /// The parts of the screen in `body`: update pages and hit-tests in what render draws.
    func layout(in body: Rect, _ context: AppContext) -> OccupantsLayout {
        OccupantsLayout(
            body: body, menu: tradeFilter.isOpen ? tradeFilter.frame(in: body, context) : nil)
    }

    /// Occupants a page moves, and a third of the window read around the view.
    func page(_ context: AppContext) -> Int {
        layout(in: context.body, context).list.page
    }

    public mutating func update(_ action: Action, _ context: AppContext) -> Outcome {
        let layout = layout(in: context.body, context)
        switch action {
        case .focusSearch: focus = .search
        case .leaveSearch: focus = .list
        case .edit(let key):
            let before = search.text
            search.handle(key)
            if search.text != before { return restart(context) }
        case .clearSearch:
            search = InputLine()
            return restart(context)
        case .list(let move):
            if move == .last && !list.totalIsExact { return toUncountedEnd(context) }
            select(move.index(from: selected, page: layout.list.page))
        case .click(let row, let column): return click(row: row, column: column, layout, context)
        case .open:
            guard let occupant = current else { return .done }
            return Outcome(navigation: .push(.occupant(OccupantScreen(occupantID: occupant.id))))
        case .assign:
            guard let occupant = current else { return .done }
            return Outcome(navigation: .push(.unitPicker(UnitPicker(occupant: occupant))))
        case .register:
            return Outcome(navigation: .push(.occupantForm(OccupantForm(mode: .register))))
        case .openTradeMenu:
            tradeFilter.open()
            return tradeFilter.needsCatalogue ? Outcome(effects: [.load(.trades)]) : .done
        case .tradeMenu(let menuAction):
            if let box = layout.menu, tradeFilter.update(menuAction, box: box) {
                return restart(context)
            }
        }
        return follow(context)
    }

    mutating func click(
        row: Int, column: Int, _ layout: OccupantsLayout, _ context: AppContext
    ) -> Outcome {
        if layout.searchLine.contains(row: row, column: column) {
            focus = .search
            return .done
        }
        if layout.filterLine.contains(row: row, column: column) {
            return update(.openTradeMenu, context)
        }
        guard let index = layout.list.index(atRow: row, column: column, scroll: scroll),
            index < total ?? 0
        else { return .done }
        focus = .list
        select(index)
        return follow(context)
    }

    /// The selected occupant, if its row is loaded.
    var current: Occupant? { list.current }

    func occupant(at index: Int) -> Occupant? { list.row(at: index) }

    mutating func select(_ index: Int) { list.select(index) }

    /// A new search or filter: the first window of the new result.
    mutating func restart(_ context: AppContext) -> Outcome {
        query = OccupantQuery(
            search: search.text, trade: tradeFilter.code, offset: 0,
            limit: 3 * page(context), counting: .upTo(OccupantQuery.countBound))
        list.reset()
        return Outcome(effects: [.load(.occupants(query))])
    }

    /// Scrolls to the selection and, when the view leaves the loaded rows, asks for a window
    /// of three screens around it: one above, the view, one below.
    ///
    /// The count is asked with the first window only; a search counted only so far is
    /// counted further when the view comes within a screen of what is known.
    mutating func follow(_ context: AppContext) -> Outcome {
        let visible = page(context)
        let window = list.follow(visibleRows: visible)
        let known = total ?? 0
        let nearEnd = !list.totalIsExact && list.scroll + 2 * visible >= known
        guard window != nil || nearEnd else { return .done }
        query.offset = window?.offset ?? max(0, list.scroll - visible)
        query.limit = window?.limit ?? 3 * visible
        query.counting = nearEnd ? .upTo(known + OccupantQuery.countBound) : .none
        query.fromEnd = false
        query.known = list.totalIsExact ? total : nil
        return Outcome(effects: [.load(.occupants(query))])
    }

    /// Shown again or the data changed: the next read counts again.
    public mutating func prepareFullReload() {
        query.counting = .upTo(max(total ?? 0, OccupantQuery.countBound))
        query.fromEnd = false
        query.known = nil
    }

    /// End on a search not counted to its end: the store counts it all and
    /// answers with the last window, where the selection then goes.
    mutating func toUncountedEnd(_ context: AppContext) -> Outcome {
        query.fromEnd = true
        query.counting = .all
        query.limit = 3 * page(context)
        return Outcome(effects: [.load(.occupants(query))])
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        switch (result, request) {
        case (.trades(let trades), _):
            tradeFilter.receive(trades)
        case (.occupants(let occupants, let offset, let count), .occupants(let asked)):
            // Without a count, the window belongs to the listing already counted.
            let total = count?.atLeast ?? max(total ?? 0, offset + occupants.count)
            let exact = count?.isExact ?? list.totalIsExact
            list.receive(
                occupants, offset: offset, total: total, exact: exact,
                visibleRows: page(context))
            if asked.fromEnd {
                list.select(total - 1)
                list.receive(
                    occupants, offset: offset, total: total, exact: exact,
                    visibleRows: page(context))
            }
        default:
            break
        }
    }
}
