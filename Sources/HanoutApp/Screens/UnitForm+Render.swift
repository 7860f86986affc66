import TerminalKit
import TextLayout

extension UnitForm {
    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        var row = area.row
        /// Writes `text` from `row`, wrapped, never cut.
        func say(_ text: String, style: Style = .plain) {
            for line in HangingIndent.wrap(text, width: area.width - 2, indent: 2) {
                canvas.write(line, row: row, column: area.column + 1, style: style, clip: area)
                row += 1
            }
        }
        let (what, does) = heading(context)
        say(what, style: .bold)
        say(does, style: .dim)
        row += 1
        let labels = labels(context)
        var cursor = LabeledFields.draw(
            labels, fields, focus: stage == .editing ? focus : nil, fieldWidth: 40,
            into: &canvas, area: area, row: row)
        row += labels.count
        row += 1
        switch stage {
        case .editing:
            say(
                fields.count > 1
                    ? context.text(
                        "Entrée : continuer · Tab : champ suivant · Échap : revenir",
                        "Enter: continue · Tab: next field · Esc: back")
                    : context.text(
                        "Entrée : continuer · Échap : revenir", "Enter: continue · Esc: back"),
                style: .dim)
        case .confirming(_, let question):
            say(question, style: Style(attributes: [.bold, .reverse]))
        case .saving:
            say(context.text("Enregistrement…", "Saving…"))
        case .refused(let reasons):
            row = RefusalLines.draw(reasons, into: &canvas, row: row, area: area, context)
            say(context.text("Une touche pour corriger.", "Any key to correct."), style: .dim)
        case .overriding(let reasons, _, let reason):
            row = RefusalLines.draw(reasons, into: &canvas, row: row, area: area, context)
            say(
                context.text(
                    "Seule la règle des métiers s'y oppose. Dérogation : motif, puis Entrée (Échap : revenir).",
                    "Only the trade rule refuses. To override: the reason, then Enter (Esc: back).")
            )
            var line = reason
            line.prompt = context.text("Motif : ", "Reason: ")
            let lineArea = Rect(
                row: row, column: area.column + 1, width: max(0, area.width - 2), height: 1)
            line.render(into: &canvas, area: lineArea)
            cursor = .visible(line.cursorPosition(in: lineArea))
        }
        return cursor
    }
}
