import HanoutDomain
import TerminalKit
import TextLayout

extension OccupantForm {
    func label(_ field: Field, _ context: AppContext) -> String {
        switch field {
        case .kind: return context.text("Type", "Kind")
        case .name: return context.text("Nom", "Name")
        case .trades: return context.text("Métiers", "Trades")
        case .category: return context.text("Catégorie", "Category")
        case .cin: return "CIN"
        case .nia: return "NIA"
        case .phone: return context.text("Téléphone", "Phone")
        case .commune: return "Commune"
        case .registration: return context.text("N° d'enregistrement", "Registration")
        case .members: return context.text("Membres", "Members")
        case .reason: return context.text("Motif de correction", "Correction reason")
        }
    }

    /// A choice as the form shows it: "◀ artisan ▶".
    func choice(_ field: Field, _ context: AppContext) -> String {
        let value =
            field == .kind
            ? kind.name(in: context.language) : category.name(in: context.language)
        return "◀ \(value) ▶"
    }

    /// What the trades typed so far name, or what is wrong with them.
    func tradesReading(_ context: AppContext) -> (String, Style) {
        switch TradeEntry.read(text(.trades), in: catalogue, context.language) {
        case nil: return (context.text("chargement des métiers…", "loading the trades…"), .dim)
        case .empty?:
            return (
                context.text(
                    "codes ou noms, séparés par des virgules", "codes or names, with commas"), .dim
            )
        case .trades(let trades)?:
            return (
                "→ "
                    + trades.map { "\($0.code) \($0.name(in: context.language))" }
                    .joined(separator: " · "), .dim
            )
        case .problem(let text)?:
            return (text, Style(foreground: .red))
        }
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        var row = area.row
        let heading: String
        switch mode {
        case .register:
            heading = context.text(
                "Inscrire un artisan, une coopérative ou une association.",
                "Register an artisan, a cooperative or an association.")
        case .edit(let occupant):
            heading = context.text(
                "\(occupant.name) (n° \(occupant.id)) : un nouveau nom ou une nouvelle CIN est une correction, avec son motif.",
                "\(occupant.name) (#\(occupant.id)): a new name or CIN is a correction, with its reason."
            )
        }
        for line in HangingIndent.wrap(heading, width: area.width - 2, indent: 0) {
            canvas.write(line, row: row, column: area.column + 1, style: .bold, clip: area)
            row += 1
        }
        row += 1
        let width = fields.map { DisplayWidth.of(label($0, context)) }.max() ?? 0
        var cursor = Cursor.hidden
        for field in fields {
            canvas.write(
                DisplayWidth.pad(label(field, context), to: width) + " : ", row: row,
                column: area.column + 1, clip: area)
            let fieldArea = Rect(
                row: row, column: area.column + width + 4,
                width: max(0, min(40, area.width - width - 5)), height: 1)
            let focused = field == focus && stage == .editing
            if isChoice(field) {
                canvas.write(
                    choice(field, context), row: row, column: fieldArea.column,
                    style: focused ? Theme.selected : .plain, clip: area)
                if focused { cursor = .parked(Position(row: row, column: fieldArea.column)) }
            } else {
                let line = texts[field] ?? InputLine()
                line.render(into: &canvas, area: fieldArea)
                if focused { cursor = .visible(line.cursorPosition(in: fieldArea)) }
            }
            row += 1
            if field == .trades {
                // What the trades name, or what is wrong, whole: the closest may be long.
                let (text, style) = tradesReading(context)
                let room = area.column + area.width - fieldArea.column - 1
                for line in HangingIndent.wrap(text, width: room, indent: 2) {
                    canvas.write(line, row: row, column: fieldArea.column, style: style, clip: area)
                    row += 1
                }
            }
        }
        row += 1
        switch stage {
        case .editing:
            let keys = context.text(
                "Entrée : enregistrer · Tab ↑ ↓ : champ suivant · ← → : changer un choix · Échap : annuler",
                "Enter: save · Tab ↑ ↓: next field · ← →: change a choice · Esc: cancel")
            for line in HangingIndent.wrap(keys, width: area.width - 2, indent: 0) {
                canvas.write(line, row: row, column: area.column + 1, style: .dim, clip: area)
                row += 1
            }
        case .saving:
            canvas.write(
                context.text("Enregistrement…", "Saving…"), row: row, column: area.column + 1,
                clip: area)
        case .confirmingDuplicate(let reason):
            for line in HangingIndent.wrap(reason, width: area.width - 2, indent: 0) {
                canvas.write(line, row: row, column: area.column + 1, clip: area)
                row += 1
            }
            canvas.write(
                context.text(
                    "Ce n'est pas la même personne : inscrire quand même ? o/n",
                    "Not the same person: register anyway? y/n"),
                row: row, column: area.column + 1, style: Style(attributes: [.bold, .reverse]),
                clip: area)
        }
        return cursor
    }
}
