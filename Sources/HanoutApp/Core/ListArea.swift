import TerminalKit
import TextLayout

/// Where a list sits on the screen: its header lines, then its rows.
///
/// A screen computes it in its layout from the state and the body, and both
/// `update` (page size, mouse hits) and `render` use that one value, so a
/// click lands on the row the clerk sees and a page moves by what is in view.
struct ListArea: Hashable, Sendable {
    /// The whole list, header included.
    var frame: Rect
    /// Lines above the first row: a table's header, none for a plain list.
    var header: Int

    init(frame: Rect, header: Int) {
        self.frame = frame
        self.header = header
    }

    /// A table with its header line below the screen's heading line, on
    /// `body` less `footer` lines at the bottom (the usual list screen).
    static func tableBelowHeading(in body: Rect, footer: Int = 0) -> ListArea {
        ListArea(
            frame: Rect(
                row: body.row + 1, column: body.column, width: body.width,
                height: max(0, body.height - 1 - footer)),
            header: 1)
    }

    /// The rows' lines, below the header.
    var rows: Rect { frame.droppingTop(header) }

    /// Rows in view at once (none in a terminal too small).
    var rowCount: Int { rows.height }

    /// Rows a page moves: one at least, so that paging still moves in a tiny terminal.
    var page: Int { max(1, rowCount) }

    /// The index under a screen position, given the index of the first row in
    /// view; nil on the header or outside the list.
    func index(atRow row: Int, column: Int, scroll: Int) -> Int? {
        guard rows.contains(row: row, column: column) else { return nil }
        return scroll + row - rows.row
    }
}
