import TerminalKit
import TextLayout

/// Form fields drawn as `label : value` lines, the labels padded to the
/// widest: how the forms lay out their fields, and where the cursor goes.
enum LabeledFields {
    /// Draws `fields` under `labels` from `row`, one line each, each field at
    /// most `fieldWidth` columns; the cursor is in the field at `focus` (nil
    /// while the form is not being edited).
    static func draw(
        _ labels: [String], _ fields: [InputLine], focus: Int?, fieldWidth: Int,
        into canvas: inout Canvas, area: Rect, row: Int
    ) -> Cursor {
        let width = labels.map { DisplayWidth.of($0) }.max() ?? 0
        var cursor = Cursor.hidden
        for (index, (label, line)) in zip(labels, fields).enumerated() {
            canvas.write(
                DisplayWidth.pad(label, to: width) + " : ", row: row + index,
                column: area.column + 1, clip: area)
            let field = Rect(
                row: row + index, column: area.column + width + 4,
                width: max(0, min(fieldWidth, area.width - width - 5)), height: 1)
            line.render(into: &canvas, area: field)
            if index == focus { cursor = .visible(line.cursorPosition(in: field)) }
        }
        return cursor
    }
}
