import TerminalKit
import TextLayout

/// Where the occupant directory puts its parts: the search line, the filter
/// and count line, the list under its header, and the trade menu when open.
struct OccupantsLayout: Hashable {
    /// The search line, whole: a click on it goes to the search.
    var searchLine: Rect
    /// The input field inside it, a column in from each side.
    var searchField: Rect
    /// "Trade (t): …" and the count: a click on it opens the trade menu.
    var filterLine: Rect
    var list: ListArea
    /// The open trade menu's box, over the list; nil when it is closed.
    var menu: Rect?

    init(body: Rect, menu: Rect?) {
        searchLine = body.top(1)
        searchField = Rect(
            row: body.row, column: body.column + 1, width: body.width - 2, height: 1)
        filterLine = body.droppingTop(1).top(1)
        list = ListArea(frame: body.droppingTop(2), header: 1)
        self.menu = menu
    }
}
