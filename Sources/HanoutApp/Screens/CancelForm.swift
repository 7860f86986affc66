import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// Cancelling an allocation entered by mistake: a reason, then a confirmation.
///
/// Opened from the unit's record only when `CancelRule` allows it; the store
/// judges again when writing, and its refusal is said here.
public struct CancelForm: ScreenModel {
    public var unit: String
    public var holder: String
    public var since: Day
    public var reason = InputLine()
    public var stage = Stage.editing

    public enum Stage: Hashable, Sendable {
        case editing
        case confirming
        case saving
    }

    public init(unit: String, holder: String, since: Day) {
        self.unit = unit
        self.holder = holder
        self.since = since
    }

    public var request: DataRequest? { nil }
    public var capturesText: Bool { true }

    public func title(_ context: AppContext) -> String {
        context.text("Annuler l'attribution de ", "Cancel the allocation of ") + unit
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("continuer, puis confirmer (o)", "continue, then confirm (y)")),
            // "Cancel" would read as the action itself: Esc leaves it undone.
            KeyHelp(
                context.text("Échap", "Esc"),
                context.text("revenir sans rien annuler", "back, cancelling nothing")),
        ]
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        switch stage {
        case .saving:
            return .done
        case .confirming:
            switch FormConfirmation.answer(key) {
            case true?:
                stage = .saving
                let text = reason.text.trimmingCharacters(in: .whitespaces)
                return Outcome(
                    effects: [.write(.cancel(unit: unit, reason: text, today: context.today))])
            case false?: stage = .editing
            case nil: break
            }
            return .done
        case .editing:
            switch key {
            case .escape: return nil
            case .enter:
                guard !reason.text.allSatisfy(\.isWhitespace) else {
                    return Outcome(
                        message: Message(
                            context.text(
                                "Indiquez pourquoi l'attribution est annulée.",
                                "Give the reason for the cancellation."), kind: .error))
                }
                stage = .confirming
            default: _ = reason.handle(key)
            }
            return .done
        }
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        let (next, saved) = FormConfirmation.outcome(
            of: outcome,
            done: context.text(
                "Annulée : l'attribution de \(unit) à \(holder).",
                "Cancelled: the allocation of \(unit) to \(holder)."))
        if !saved { stage = .editing }
        return next
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        var row = area.row
        func say(_ text: String, style: Style = .plain) {
            canvas.write(text, row: row, column: area.column + 1, style: style, clip: area)
            row += 1
        }
        say(
            context.text(
                "\(unit), attribué à \(holder) à partir du \(context.show(since)).",
                "\(unit), allocated to \(holder) from \(context.show(since))."), style: .bold)
        say(
            context.text(
                "Une attribution saisie par erreur est annulée : elle reste dans l'historique,",
                "An allocation entered by mistake is cancelled: it stays in the history,"),
            style: .dim)
        say(
            context.text(
                "marquée annulée, sans aucun jour ; le local redevient tel qu'avant.",
                "marked cancelled, counting no day; the unit is as it was before."),
            style: .dim)
        row += 1
        let label = context.text("Motif", "Reason") + " : "
        canvas.write(label, row: row, column: area.column + 1, clip: area)
        let fieldArea = Rect(
            row: row, column: area.column + 1 + DisplayWidth.of(label),
            width: max(0, min(50, area.width - DisplayWidth.of(label) - 2)), height: 1)
        reason.render(into: &canvas, area: fieldArea)
        let cursor =
            stage == .editing ? Cursor.visible(reason.cursorPosition(in: fieldArea)) : .hidden
        row += 2
        switch stage {
        case .editing:
            say(
                context.text(
                    "Entrée : continuer · Échap : revenir", "Enter: continue · Esc: back"),
                style: .dim)
        case .confirming:
            say(
                context.text(
                    "Annuler l'attribution de \(unit) à \(holder) ? o/n",
                    "Cancel the allocation of \(unit) to \(holder)? y/n"),
                style: Style(attributes: [.bold, .reverse]))
        case .saving:
            say(context.text("Enregistrement…", "Saving…"))
        }
        return cursor
    }
}
