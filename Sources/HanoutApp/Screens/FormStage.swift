import TerminalKit
import TextLayout

/// Where a small form on a screen (a payment, a reversal) stands: being
/// typed, its value checked and waiting for y or n, or being saved.
public enum FormStage<Value: Hashable & Sendable>: Hashable, Sendable {
    case editing
    case confirming(Value)
    case saving

    /// The answer to the confirmation: on y, `.saving` and the write to run;
    /// on n, back to editing.
    mutating func confirm(_ key: Key, write: (Value) -> WriteRequest) -> Outcome {
        guard case .confirming(let value) = self else { return .done }
        switch FormConfirmation.answer(key) {
        case true?:
            self = .saving
            return Outcome(effects: [.write(write(value))])
        case false?: self = .editing
        case nil: break
        }
        return .done
    }

    /// The form's last line: how to go on while typing, `question` (the
    /// value in words) while confirming, "Saving…" while saving.
    func drawFooter(
        question: (Value) -> String, into canvas: inout Canvas, row: Int, area: Rect,
        _ context: AppContext
    ) {
        switch self {
        case .editing:
            canvas.write(
                context.text(
                    "Entrée : vérifier · Échap : abandonner", "Enter: check · Esc: give up"),
                row: row, column: area.column + 1, style: .dim, clip: area)
        case .confirming(let value):
            canvas.write(
                question(value), row: row, column: area.column + 1,
                style: Style(attributes: [.bold, .reverse]), clip: area)
        case .saving:
            canvas.write(
                context.text("Enregistrement…", "Saving…"), row: row, column: area.column + 1,
                clip: area)
        }
    }
}
