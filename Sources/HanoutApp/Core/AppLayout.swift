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

    public init(size: Size) {
        title = Rect(row: 0, column: 0, width: size.width, height: 1)
        body = Rect(row: 1, column: 0, width: size.width, height: max(0, size.height - 3))
        message = Rect(row: size.height - 2, column: 0, width: size.width, height: 1)
        keys = Rect(row: size.height - 1, column: 0, width: size.width, height: 1)
    }
}
