import HanoutDomain
import TerminalKit
import TextLayout

/// The occupant directory's trade filter: the chosen trade and the small menu that changes it.
///
/// Trades are data, so the menu lists the store's catalogue; it is read the first time the
/// menu opens, and a clerk who never filters never waits for it.
public struct TradeFilter: Hashable, Sendable {
    /// The catalogue; nil until the store has given it.
    public var trades: [Trade]?
    /// The chosen trade's code; nil for all trades.
    public var code: String?
    /// The highlighted item while the menu is open (0 is "all trades"); nil when closed.
    public var highlighted: Int?
    /// The first item in view in the menu.
    public var scroll = 0

    public init(code: String? = nil) {
        self.code = code
    }

    /// What the clerk does in the open menu.
    public enum Action: Hashable, Sendable {
        case list(ListMove)
        /// Takes the highlighted item and closes.
        case choose
        case close
        case click(row: Int, column: Int)
    }

    public var isOpen: Bool { highlighted != nil }

    /// Whether the menu is open but cannot show the trades yet: the screen asks for them.
    public var needsCatalogue: Bool { isOpen && trades == nil }

    /// "All trades", then each trade.
    var itemCount: Int { 1 + (trades?.count ?? 0) }

    /// The menu item of a trade code (0 for none, or for a code the catalogue lacks).
    func item(of code: String?) -> Int {
        guard let code, let index = trades?.firstIndex(where: { $0.code == code }) else { return 0 }
        return index + 1
    }

    mutating func open() {
        highlighted = item(of: code)
        scroll = 0
    }

    mutating func close() {
        highlighted = nil
    }

    /// Keeps the catalogue; an open menu moves its highlight onto the current filter.
    mutating func receive(_ trades: [Trade]) {
        self.trades = trades
        if isOpen { highlighted = item(of: code) }
    }

    /// Applies a menu action in the open menu's `box` (its `frame`, as drawn);
    /// returns true when the filter changed (the list must reload).
    mutating func update(_ action: Action, box: Rect) -> Bool {
        guard let current = highlighted else { return false }
        let items = Self.itemArea(in: box)
        switch action {
        case .list(let move): highlight(move.index(from: current, page: items.page), items.page)
        case .close: close()
        case .choose: return choose(current)
        case .click(let row, let column):
            guard let index = items.index(atRow: row, column: column, scroll: scroll) else {
                close()
                return false
            }
            if index < itemCount { return choose(index) }
        }
        return false
    }

    /// The items inside the menu's border.
    static func itemArea(in box: Rect) -> ListArea {
        ListArea(frame: box.inset(by: 1), header: 0)
    }

    mutating func highlight(_ index: Int, _ visible: Int) {
        let index = min(max(0, index), itemCount - 1)
        highlighted = index
        scroll = Scrolling.offset(
            keeping: index, visibleRows: visible, rowCount: itemCount, current: scroll)
    }

    /// Takes an item (while the catalogue is still loading only "all trades" can be taken).
    mutating func choose(_ index: Int) -> Bool {
        let chosen: String?
        if index == 0 {
            chosen = nil
        } else if let trades, trades.indices.contains(index - 1) {
            chosen = trades[index - 1].code
        } else {
            return false
        }
        close()
        let changed = chosen != code
        code = chosen
        return changed
    }

    // MARK: - Drawing

    /// The filter as the directory shows it: "all trades" or "BIJ Jewellery".
    func label(_ context: AppContext) -> String {
        guard let code else { return context.text("tous les métiers", "all trades") }
        guard let trade = trades?.first(where: { $0.code == code }) else { return code }
        return "\(trade.code) \(trade.name(in: context.language))"
    }

    func items(_ context: AppContext) -> [String] {
        let all = context.text("tous les métiers", "all trades")
        guard let trades else { return [" " + all, " " + context.text("chargement…", "loading…")] }
        return [" " + all] + trades.map { " \($0.code)  \($0.name(in: context.language))" }
    }

    /// The menu's box: under the filter line, at the left, as large as its items need.
    func frame(in area: Rect, _ context: AppContext) -> Rect {
        let top = 2
        let height = min(max(0, area.height - top), itemCount + 2)
        let widest = items(context).map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(max(0, area.width - 2), max(24, widest + 3), 52)
        return Rect(row: area.row + top, column: area.column + 1, width: width, height: height)
    }

    /// Draws the open menu in its `box` (its `frame`) over the list; the cursor
    /// parks on the highlighted trade.
    func render(into canvas: inout Canvas, box: Rect, _ context: AppContext) -> Cursor {
        guard let highlighted else { return .hidden }
        Frame(title: context.text("Métier", "Trade"), clearsInside: true)
            .render(into: &canvas, area: box)
        let inside = Self.itemArea(in: box).rows
        var list = ListView(items: items(context), selectedIndex: highlighted, scrollOffset: scroll)
        list.selectedStyle = Theme.selected
        list.render(into: &canvas, area: inside)
        return list.cursorPosition(in: inside).map(Cursor.parked) ?? .hidden
    }
}
