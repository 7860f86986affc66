import TerminalKit
import TextLayout

/// The rows of the whole screen: the title bar, the body the screens draw
/// into, the message line and the function-key bar.
///
/// Computed in this one place from the terminal's size, so the body a screen
/// pages and hit-tests in `update` is the one `AppView` hands its `render`
/// (ratatui's `Layout::areas`).
public struct AppLayout: Hashable, Sendable {
    public var title: Rect
    public var body: Rect
    public var message: Rect
    public var keys: Rect

    /// The areas at `size`, the message area `messageRows` high (a long
    /// message wraps rather than being cut), at most half the screen.
    public init(size: Size, messageRows: Int = 1) {
        let rows = min(max(1, messageRows), Self.maximumMessageRows(at: size))
        title = Rect(row: 0, column: 0, width: size.width, height: 1)
        body = Rect(row: 1, column: 0, width: size.width, height: max(0, size.height - 2 - rows))
        message = Rect(row: size.height - 1 - rows, column: 0, width: size.width, height: rows)
        keys = Rect(row: size.height - 1, column: 0, width: size.width, height: 1)
    }

    /// The most rows a message takes: half of what lies between the bars.
    public static func maximumMessageRows(at size: Size) -> Int {
        max(1, (size.height - 2) / 2)
    }
}
