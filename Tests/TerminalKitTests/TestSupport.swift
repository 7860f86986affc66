import TextLayout

@testable import TerminalKit

/// The rows of an expected picture, padded with spaces to `width` columns, so that the
/// literal in a test need not carry trailing spaces.
func rows(_ picture: String, width: Int) -> [String] {
    Canvas(picture: picture, width: width).lines
}

/// Renders a widget into a blank canvas and returns the canvas.
func rendered(_ widget: some Widget, width: Int, height: Int) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    widget.render(into: &canvas, area: canvas.bounds)
    return canvas
}
