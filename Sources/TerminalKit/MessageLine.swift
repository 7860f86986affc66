import TextLayout

/// The message to the user, what happened or what went wrong, on as many
/// rows as it needs.
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

    /// The rows `text` takes at `width`: wrapped between words, never cut.
    public static func lines(of text: String, width: Int) -> [String] {
        TextWrapper.wrap(SafeText.clean(text), width: width)
    }

    /// Draws the message wrapped in `area`; only when it needs more rows than
    /// the area has does the last row end with an ellipsis.
    public func render(into canvas: inout Canvas, area: Rect) {
        guard !area.isEmpty else { return }
        let lines = Self.lines(of: text, width: area.width)
        for index in 0..<area.height {
            let row = area.row(index)
            canvas.fill(row)
            guard index < lines.count else { continue }
            let rest =
                index == area.height - 1 ? lines[index...].joined(separator: " ") : lines[index]
            canvas.write(
                DisplayWidth.truncate(rest, to: area.width), row: row.row, column: row.column,
                style: Self.style(for: kind), clip: row)
        }
    }
}
