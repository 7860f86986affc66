import TextLayout

/// One line for a message to the user: what happened, or what went wrong.
public struct MessageLine: Widget, Sendable, Hashable {
    /// How serious the message is; each kind has its own look.
    public enum Kind: Sendable, Hashable {
        /// Neutral information.
        case info
        /// Something done as asked.
        case success
        /// Done, but look at this.
        case warning
        /// Not done.
        case error
    }

    /// The message.
    public var text: String
    /// How serious it is.
    public var kind: Kind

    /// Creates a message line.
    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    /// The style for a kind. Without colours: plain, bold, bold, and bold reverse.
    public static func style(for kind: Kind) -> Style {
        switch kind {
        case .info: return .plain
        case .success: return Style(foreground: .green)
        case .warning: return Style(foreground: .yellow, attributes: .bold)
        case .error: return Style(foreground: .white, background: .red, attributes: .bold)
        }
    }

    /// Draws the message on the first row of `area`, cut with an ellipsis if too long.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        canvas.fill(row)
        let shown = DisplayWidth.truncate(SafeText.clean(text), to: area.width)
        canvas.write(
            shown, row: row.row, column: row.column, style: Self.style(for: kind), clip: row)
    }
}
