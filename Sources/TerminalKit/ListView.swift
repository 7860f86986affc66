import TextLayout

/// A single column of items with one selected item kept in view.
public struct ListView: Widget, Sendable, Hashable {
    /// The items, top to bottom.
    public var items: [String]
    /// The selected item, if any.
    public var selectedIndex: Int?
    /// The first item in view, as last stored by the screen.
    public var scrollOffset: Int
    /// Style of the items.
    public var itemStyle = Style.plain
    /// Style of the selected item, across the whole width.
    public var selectedStyle = Style.reverse

    /// Creates a list.
    public init(items: [String], selectedIndex: Int? = nil, scrollOffset: Int = 0) {
        self.items = items
        self.selectedIndex = selectedIndex
        self.scrollOffset = scrollOffset
    }

    /// The first item drawn in `area`: ``scrollOffset`` moved to show the selection.
    public func effectiveScrollOffset(in area: Rect) -> Int {
        Scrolling.offset(
            keeping: selectedIndex, visibleRows: area.height, rowCount: items.count,
            current: scrollOffset)
    }

    /// Where the selected item is drawn, at its left edge: where to park the cursor.
    public func cursorPosition(in area: Rect) -> Position? {
        guard let selectedIndex, selectedIndex >= 0, selectedIndex < items.count else { return nil }
        let row = selectedIndex - effectiveScrollOffset(in: area)
        guard row >= 0, row < area.height else { return nil }
        return Position(row: area.row + row, column: area.column)
    }

    /// Draws the items in view, each cut to the width with an ellipsis.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let offset = effectiveScrollOffset(in: area)
        for line in 0..<area.height {
            let index = offset + line
            let rowArea = area.row(line)
            let style = index == selectedIndex ? selectedStyle : itemStyle
            canvas.fill(rowArea, with: Cell(" ", style: style))
            guard index < items.count else { continue }
            let text = DisplayWidth.truncate(SafeText.clean(items[index]), to: area.width)
            canvas.write(text, row: rowArea.row, column: area.column, style: style, clip: rowArea)
        }
    }
}
