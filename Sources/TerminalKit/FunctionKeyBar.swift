import TextLayout

/// The row of function keys at the bottom of the screen, as in Midnight Commander and htop:
/// "1Help   2Save   ... 10Quit", the number plain, the label highlighted.
public struct FunctionKeyBar: Widget, Sendable, Hashable {
    /// One key: what to press and what it does.
    public struct Item: Sendable, Hashable {
        /// The key, usually its number: "1" for F1.
        public var key: String
        /// What it does; empty for a key that does nothing on this screen.
        public var label: String

        /// Creates an item.
        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    /// The keys, left to right.
    public var items: [Item]
    /// Style of the key numbers.
    public var keyStyle = Style.plain
    /// Style of the labels; black on cyan, or reverse video without colours.
    public var labelStyle = Style(foreground: .black, background: .cyan)

    /// Creates a bar from items.
    public init(_ items: [Item]) {
        self.items = items
    }

    /// Creates a bar for F1, F2...: the n-th label belongs to key n.
    public init(labels: [String]) {
        self.items = labels.enumerated().map { Item(key: "\($0.offset + 1)", label: $0.element) }
    }

    /// Draws the keys on the first row of `area`, sharing the width equally.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty, !items.isEmpty else { return }
        let row = area.row(0)
        canvas.fill(row, with: Cell(" ", style: labelStyle))
        let base = row.width / items.count
        let remainder = row.width % items.count
        var column = row.column
        for (index, item) in items.enumerated() {
            let slot = base + (index < remainder ? 1 : 0)
            let key = DisplayWidth.truncate(SafeText.clean(item.key), to: slot, ellipsis: "")
            let keyEnd = canvas.write(key, row: row.row, column: column, style: keyStyle, clip: row)
            let labelWidth = slot - (keyEnd - column)
            if labelWidth > 0 {
                let label = DisplayWidth.fit(SafeText.clean(item.label), to: labelWidth)
                canvas.write(label, row: row.row, column: keyEnd, style: labelStyle, clip: row)
            }
            column += slot
        }
    }
}
