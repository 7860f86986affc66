import TerminalKit
import TextLayout

/// A refusal drawn whole in a form, over as many lines as it takes: the
/// clerk must read all of it (the message line would cut it).
enum RefusalLines {
    /// Draws "Refused:" and each reason from `row`; gives the next free row.
    static func draw(
        _ reasons: [String], into canvas: inout Canvas, row: Int, area: Rect,
        _ context: AppContext
    ) -> Int {
        var row = row
        canvas.write(
            context.text("Refusé :", "Refused:"), row: row, column: area.column + 1,
            style: Style(foreground: .red, attributes: .bold), clip: area)
        row += 1
        for reason in reasons {
            for line in HangingIndent.wrap("• " + reason, width: area.width - 3, indent: 2) {
                canvas.write(line, row: row, column: area.column + 2, clip: area)
                row += 1
            }
        }
        return row
    }
}
