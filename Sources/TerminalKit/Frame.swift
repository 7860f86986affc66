import TextLayout

/// A single-line box with an optional title in its top border.
public struct Frame: Widget, Sendable, Hashable {
    /// The title, shown as " Title " after the top-left corner.
    public var title: String?
    /// Style of the border.
    public var style: Style
    /// Style of the title; the border's when `nil`.
    public var titleStyle: Style?
    /// Whether the inside is blanked first (a box drawn over something else).
    public var clearsInside: Bool

    /// Creates a frame.
    public init(
        title: String? = nil, style: Style = .plain, titleStyle: Style? = nil,
        clearsInside: Bool = false
    ) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle
        self.clearsInside = clearsInside
    }

    /// The area inside the border, where the content goes.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the border (and blanks the inside if asked).
    public func render(into canvas: inout Canvas, area: Rect) {
        if clearsInside { canvas.fill(inner(area)) }
        canvas.drawBox(area, title: title, style: style, titleStyle: titleStyle)
    }
}
