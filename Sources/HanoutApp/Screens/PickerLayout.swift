import TerminalKit
import TextLayout

/// Where a picker puts its parts: a heading line, the search field when it
/// has one, a blank line, then the candidates under their header.
struct PickerLayout: Hashable {
    var heading: Rect
    /// The search field, a column in from each side; empty in a picker without search.
    var search: Rect
    var list: ListArea

    init(body: Rect, searching: Bool) {
        heading = body.top(1)
        search = Rect(
            row: body.row + 1, column: body.column + 1, width: body.width - 2,
            height: searching ? 1 : 0)
        list = ListArea(frame: body.droppingTop(searching ? 3 : 2), header: 1)
    }
}
