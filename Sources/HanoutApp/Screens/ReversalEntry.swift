import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// A mistaken payment reversed from the ledger screen (`R` on its line): the
/// reason and the day typed, then confirmed. The payment stays in the ledger
/// and a reversal entry cancels it, as `hanout reverse-payment` does.
public struct ReversalEntry: Hashable, Sendable {
    public var receipt: String
    /// The payment's amount; nil on a unit's ledger, which shows its parts.
    public var amount: Money?
    public var fields: [InputLine]
    public var focus = 0
    public var stage = Stage.editing
    /// Set once the reversal is saved or the entry abandoned.
    public var closed = false

    public enum Stage: Hashable, Sendable {
        case editing
        case confirming(day: Day, reason: String)
        case saving
    }

    static let reason = 0, day = 1

    public init(receipt: String, amount: Money?, today: Day) {
        self.receipt = receipt
        self.amount = amount
        fields = [InputLine(), InputLine(text: today.iso)]
    }

    mutating func handle(_ key: Key, _ context: AppContext) -> Outcome {
        switch stage {
        case .saving:
            return .done
        case .confirming(let day, let reason):
            switch FormConfirmation.answer(key) {
            case true?:
                stage = .saving
                return Outcome(
                    effects: [.write(.reversePayment(receipt: receipt, on: day, reason: reason))])
            case false?: stage = .editing
            case nil: break
            }
            return .done
        case .editing:
            switch key {
            case .escape: closed = true
            case .tab, .down, .backTab, .up: focus = 1 - focus
            case .enter: return check(context)
            default: _ = fields[focus].handle(key)
            }
            return .done
        }
    }

    /// The reason and day typed, or what is wrong with them.
    mutating func check(_ context: AppContext) -> Outcome {
        let reason = fields[Self.reason].text.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else {
            focus = Self.reason
            return Outcome(
                message: Message(
                    TenancyRefusal.reasonMissing.message(in: context.language), kind: .error))
        }
        guard let day = DayFormat.parse(fields[Self.day].text) else {
            focus = Self.day
            return Outcome(
                message: Message(
                    context.text(
                        "Date invalide : AAAA-MM-JJ ou JJ/MM/AAAA.",
                        "Invalid date: YYYY-MM-DD or DD/MM/YYYY."), kind: .error))
        }
        stage = .confirming(day: day, reason: reason)
        return .done
    }

    mutating func receive(_ outcome: WriteOutcome, _ context: AppContext) -> Outcome {
        let result = FormWrite.received(
            outcome, saved: context.text("Paiement annulé.", "Payment reversed."))
        closed = result.closed
        if !closed { stage = .editing }
        return result.outcome
    }

    func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let amount = amount.map { " (" + $0.shown(in: context.language) + ")" } ?? ""
        canvas.write(
            DisplayWidth.truncate(
                context.text(
                    "Annuler \(receipt)\(amount) : le paiement reste, une écriture l'annule.",
                    "Reverse \(receipt)\(amount): the payment stays, an entry cancels it."
                ), to: max(0, area.width - 2)),
            row: area.row, column: area.column + 1, style: .bold, clip: area)
        let cursor = LabeledFields.draw(
            [context.text("Motif", "Reason"), context.text("Annulé le", "Reversed on")], fields,
            focus: stage == .editing ? focus : nil, fieldWidth: 40, into: &canvas, area: area,
            row: area.row + 1)
        let last = area.row + 1 + fields.count
        switch stage {
        case .editing:
            canvas.write(
                context.text(
                    "Entrée : vérifier · Échap : abandonner", "Enter: check · Esc: give up"),
                row: last, column: area.column + 1, style: .dim, clip: area)
        case .confirming(let day, let reason):
            canvas.write(
                context.text(
                    "Annuler \(receipt) le \(context.show(day)) (« \(reason) ») ? o/n",
                    "Reverse \(receipt) on \(context.show(day)) ('\(reason)')? y/n"),
                row: last, column: area.column + 1, style: Style(attributes: [.bold, .reverse]),
                clip: area)
        case .saving:
            canvas.write(
                context.text("Enregistrement…", "Saving…"), row: last, column: area.column + 1,
                clip: area)
        }
        return cursor
    }
}
