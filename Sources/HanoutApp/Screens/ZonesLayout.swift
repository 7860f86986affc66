import TerminalKit
import TextLayout

/// Where the list of zones puts its parts: the search line when a search is
/// open or kept, the table of zones, then the region's total line at the foot
/// of the body.
struct ZonesLayout: Hashable {
    /// The search line, whole, with the count of zones found at its right;
    /// nil when there is no search (the table keeps the row).
    var searchLine: Rect?
    /// The input field inside it, a column in from the left.
    var searchField: Rect?
    var table: ListArea
    var total: Rect

    init(body: Rect, searching: Bool) {
        var rest = body
        if searching {
            let line = body.top(1)
            searchLine = line
            searchField = Rect(
                row: line.row, column: line.column + 1, width: max(0, line.width - 2), height: 1)
            rest = body.droppingTop(1)
        }
        table = ListArea(frame: rest.droppingBottom(1), header: 1)
        total = rest.bottom(1)
    }
}
