import TerminalKit
import TextLayout

/// Where the list of zones puts its parts: the table of zones, then the
/// region's total line at the foot of the body.
struct ZonesLayout: Hashable {
    var table: ListArea
    var total: Rect

    init(body: Rect) {
        table = ListArea(frame: body.droppingBottom(1), header: 1)
        total = body.bottom(1)
    }
}
