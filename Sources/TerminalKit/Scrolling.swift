/// Keeps a selected row inside a window of visible rows.
public enum Scrolling {
    /// The first visible row, moved as little as possible from `offset` so that `selected`
    /// is in view, and never past the point where the window would show empty rows.
    ///
    /// A screen's `update` stores the result, so the list does not jump between frames.
    public static func offset(
        keeping selected: Int?, visibleRows: Int, rowCount: Int, current offset: Int
    ) -> Int {
        guard visibleRows > 0, rowCount > visibleRows else { return 0 }
        var result = min(max(0, offset), rowCount - visibleRows)
        if let selected {
            let selected = min(max(0, selected), rowCount - 1)
            if selected < result {
                result = selected
            } else if selected >= result + visibleRows {
                result = selected - visibleRows + 1
            }
        }
        return result
    }
}
