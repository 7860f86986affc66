import TextLayout

/// A box in the middle of the screen: a title, lines of text, and buttons or key hints.
public struct Dialog: Widget, Sendable, Hashable {
    /// The title in the top border.
    public var title: String
    /// The message, one string per line; lines too long are cut with an ellipsis.
    public var lines: [String]
    /// Button labels, shown as "[ Yes ]  [ No ]" on the last line inside.
    public var buttons: [String]
    /// The button that Enter would press.
    public var selectedButton: Int?
    /// Style of the box and its text.
    public var style = Style.plain
    /// Style of the selected button.
    public var selectedButtonStyle = Style.reverse

    /// Creates a dialog.
    public init(title: String, lines: [String], buttons: [String] = [], selectedButton: Int? = nil)
    {
        self.title = title
        self.lines = lines
        self.buttons = buttons
        self.selectedButton = selectedButton
    }

    private var buttonLabels: [String] {
        buttons.map { "[ \(SafeText.clean($0)) ]" }
    }

    private var buttonRowWidth: Int {
        let labels = buttonLabels
        return labels.map { DisplayWidth.of($0) }.reduce(0, +) + 2 * max(0, labels.count - 1)
    }

    /// The rectangle of the box when centred in `area`: as large as its content, no larger
    /// than the area.
    public func frame(in area: Rect) -> Rect {
        let contentWidth = max(
            DisplayWidth.of(SafeText.clean(title)) + 2,
            lines.map { DisplayWidth.of(SafeText.clean($0)) }.max() ?? 0,
            buttonRowWidth)
        let height = lines.count + 2 + (buttons.isEmpty ? 0 : 2)
        return area.centered(width: contentWidth + 4, height: height)
    }

    /// Draws the box over whatever is in `area`.
    public func render(into canvas: inout Canvas, area: Rect) {
        let box = frame(in: area)
        guard box.width >= 2, box.height >= 2 else { return }
        canvas.fill(box, with: Cell(" ", style: style))
        canvas.drawBox(box, title: title, style: style)
        let inner = Rect(
            row: box.row + 1, column: box.column + 2, width: box.width - 4, height: box.height - 2)
        guard !inner.isEmpty else { return }
        for (index, line) in lines.enumerated() where index < inner.height {
            let shown = DisplayWidth.truncate(SafeText.clean(line), to: inner.width)
            canvas.write(
                shown, row: inner.row + index, column: inner.column, style: style, clip: inner)
        }
        guard !buttons.isEmpty else { return }
        let buttonRow = inner.bottom(1)
        var column = inner.column + max(0, (inner.width - buttonRowWidth) / 2)
        for (index, label) in buttonLabels.enumerated() {
            let buttonStyle = index == selectedButton ? selectedButtonStyle : style
            column = canvas.write(
                label, row: buttonRow.row, column: column, style: buttonStyle, clip: buttonRow)
            column += 2
        }
    }
}
