import TextLayout

/// Something that draws itself into a rectangle of a canvas.
///
/// Widgets are values describing what to show; rendering never changes them. A screen keeps
/// what changes (the selection, the scroll offset, the text typed) in its own state and builds
/// the widgets from it each frame.
public protocol Widget {
    /// Draws into `area` of `canvas`, and nowhere else.
    func render(into canvas: inout Canvas, area: Rect)
}
