import TextLayout

/// Rows of text under column titles, with one selected row kept in view.
///
/// Only the rows in view are drawn, so a table of a million rows costs a screenful. The screen
/// keeps `selectedIndex` and `scrollOffset` in its state; rendering moves the window further
/// if the selection would be out of view (see ``Scrolling``).
public struct Table: Widget, Sendable, Hashable {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows, each with one string per column (missing ones are blank).
    public var rows: [[String]]
    /// The selected row, if any.
    public var selectedIndex: Int?
    /// The first row in view, as last stored by the screen.
    public var scrollOffset: Int
    /// Whether the first line of the area shows the titles.
    public var showsHeader = true
    /// Blank columns between two columns.
    public var columnSpacing = 1
    /// Style of the titles.
    public var headerStyle = Style(attributes: [.bold, .underline])
    /// Style of the rows.
    public var rowStyle = Style.plain
    /// Style of the selected row, across the whole width.
    public var selectedStyle = Style.reverse

    /// Creates a table.
    public init(
        columns: [TableColumn], rows: [[String]], selectedIndex: Int? = nil, scrollOffset: Int = 0
    ) {
        self.columns = columns
        self.rows = rows
        self.selectedIndex = selectedIndex
        self.scrollOffset = scrollOffset
    }

    // MARK: - Layout

    /// How many rows fit in `area` under the header.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// The first row drawn in `area`: ``scrollOffset`` moved to show the selection.
    public func effectiveScrollOffset(in area: Rect) -> Int {
        Scrolling.offset(
            keeping: selectedIndex, visibleRows: visibleRowCount(in: area), rowCount: rows.count,
            current: scrollOffset)
    }

    /// Where the selected row is drawn, at its left edge: where to park the cursor.
    public func cursorPosition(in area: Rect) -> Position? {
        guard let selectedIndex, selectedIndex >= 0, selectedIndex < rows.count else { return nil }
        let row = selectedIndex - effectiveScrollOffset(in: area)
        guard row >= 0, row < visibleRowCount(in: area) else { return nil }
        return Position(row: area.row + (showsHeader ? 1 : 0) + row, column: area.column)
    }

    /// The width of each column when the table is `totalWidth` columns wide.
    ///
    /// Fixed columns get their width; flexible ones their minimum plus a share of what is
    /// left. When there is not enough room the columns at the right are cut off.
    public func columnWidths(totalWidth: Int) -> [Int] {
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let width): return max(0, width)
            case .flexible(let minimum, _): return max(0, minimum)
            }
        }
        let weights = columns.map { column -> Int in
            if case .flexible(_, let weight) = column.width { return max(0, weight) }
            return 0
        }
        let spacing = max(0, columnSpacing) * max(0, columns.count - 1)
        var extra = totalWidth - spacing - widths.reduce(0, +)
        let totalWeight = weights.reduce(0, +)
        guard extra > 0, totalWeight > 0 else { return widths }
        let shared = extra
        for index in widths.indices where weights[index] > 0 {
            let share = shared * weights[index] / totalWeight
            widths[index] += share
            extra -= share
        }
        // What integer division left over goes one column at a time, left to right.
        var index = 0
        while extra > 0 {
            if weights[index] > 0 {
                widths[index] += 1
                extra -= 1
            }
            index = (index + 1) % widths.count
        }
        return widths
    }

    // MARK: - Rendering

    /// Draws the header and the rows in view.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let widths = columnWidths(totalWidth: area.width)
        var body = area
        if showsHeader {
            canvas.fill(area.row(0), with: Cell(" ", style: headerStyle))
            drawCells(
                columns.map(\.title), widths: widths, into: &canvas, area: area.row(0),
                style: headerStyle)
            body = area.droppingTop(1)
        }
        let offset = effectiveScrollOffset(in: area)
        for line in 0..<body.height {
            let index = offset + line
            let rowArea = body.row(line)
            guard index < rows.count else {
                canvas.fill(rowArea, with: Cell(" ", style: rowStyle))
                continue
            }
            let style = index == selectedIndex ? selectedStyle : rowStyle
            canvas.fill(rowArea, with: Cell(" ", style: style))
            drawCells(rows[index], widths: widths, into: &canvas, area: rowArea, style: style)
        }
    }

    private func drawCells(
        _ texts: [String], widths: [Int], into canvas: inout Canvas, area: Rect, style: Style
    ) {
        var column = area.column
        for (index, width) in widths.enumerated() {
            let text = index < texts.count ? SafeText.clean(texts[index]) : ""
            let shown = DisplayWidth.fit(text, to: width, alignment: columns[index].alignment)
            canvas.write(shown, row: area.row, column: column, style: style, clip: area)
            column += width + max(0, columnSpacing)
            if column >= area.endColumn { break }
        }
    }
}
