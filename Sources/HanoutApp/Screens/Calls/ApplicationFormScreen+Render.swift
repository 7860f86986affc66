import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

extension ApplicationFormScreen {
    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        var row = area.row
        canvas.write(
            DisplayWidth.truncate(
                "\(occupant.name) (n° \(occupant.id)) → \(call.reference) · \(call.title)",
                to: max(0, area.width - 2)),
            row: row, column: area.column + 1, style: .bold, clip: area)
        row += 2
        let labelWidth = 30
        var cursor = Cursor.hidden
        for (index, field) in fields.enumerated() where row < area.endRow - 2 {
            let focused = index == focus && stage == .editing
            canvas.write(
                DisplayWidth.pad(
                    DisplayWidth.truncate(label(field, context), to: labelWidth), to: labelWidth)
                    + " : ",
                row: row, column: area.column + 1, style: focused ? .bold : .plain, clip: area)
            let valueArea = Rect(
                row: row, column: area.column + labelWidth + 4,
                width: max(0, area.width - labelWidth - 5), height: 1)
            if let line = input(field) {
                line.render(into: &canvas, area: valueArea)
                if focused { cursor = .visible(line.cursorPosition(in: valueArea)) }
            } else {
                canvas.write(
                    value(field, context), row: row, column: valueArea.column, clip: valueArea)
                if focused { cursor = .visible(Position(row: row, column: valueArea.column)) }
            }
            row += 1
        }
        let bottom = area.endRow - 1
        switch stage {
        case .editing:
            canvas.write(
                context.text(
                    "Tab champ · Espace cocher · Entrée continuer · Échap annuler",
                    "Tab field · Space tick · Enter continue · Esc cancel"),
                row: bottom, column: area.column + 1, style: .dim, clip: area)
        case .confirming(let form):
            canvas.write(
                context.text(
                    "Enregistrer le dossier de \(occupant.name) en \(form.trade) ? o/n",
                    "Record the file of \(occupant.name) for \(form.trade)? y/n"),
                row: bottom, column: area.column + 1, style: Style(attributes: [.bold, .reverse]),
                clip: area)
        case .saving:
            canvas.write(
                context.text("Enregistrement…", "Saving…"), row: bottom, column: area.column + 1,
                clip: area)
        }
        return cursor
    }

    func label(_ field: Field, _ context: AppContext) -> String {
        switch field {
        case .trade: return context.text("Métier (← →)", "Trade (← →)")
        case .preferences:
            return context.text("Locaux préférés (ordre)", "Units preferred (in order)")
        case .document(let index):
            let mark = received[index] ? "[x] " : "[ ] "
            return mark + call.documentsRequired[index] + context.text(", reçu le", ", received")
        case .years: return context.text("Années de pratique", "Years of practice")
        case .woman:
            return context.text("Femme ou coopérative de femmes", "Woman or women's cooperative")
        case .birthDay: return context.text("Né(e) le (AAAA-MM-JJ)", "Born on (YYYY-MM-DD)")
        case .disability: return context.text("Situation de handicap", "Person with a disability")
        case .lateReason:
            return context.text("Motif du dépôt hors délai", "Reason a late file is accepted")
        }
    }

    /// The field's text line, for a typed field.
    func input(_ field: Field) -> InputLine? {
        switch field {
        case .preferences: return preferences
        case .document(let index): return received[index] ? receivedOn[index] : nil
        case .years: return years
        case .birthDay: return birthDay
        case .lateReason: return lateReason
        case .trade, .woman, .disability: return nil
        }
    }

    /// What a choice or a box shows.
    func value(_ field: Field, _ context: AppContext) -> String {
        func box(_ on: Bool) -> String {
            on ? context.text("[x] oui", "[x] yes") : context.text("[ ] non", "[ ] no")
        }
        switch field {
        case .trade:
            guard trades.indices.contains(trade) else {
                return context.text("aucun métier de l'appel", "none of the call's trades")
            }
            return trades.count > 1 ? "\(trades[trade])  (\(trades.count))" : trades[trade]
        case .document: return context.text("— (Espace : reçu)", "— (Space: received)")
        case .woman: return box(woman)
        case .disability: return box(disability)
        default: return ""
        }
    }
}
