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
    public var stage = FormStage<Reversal>.editing
    /// Set once the reversal is saved or the entry abandoned.
    public var closed = false

    /// What was typed, checked.
    public struct Reversal: Hashable, Sendable {
        public var day: Day
        public var reason: String
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
        case .confirming:
            return stage.confirm(key) { [receipt] in
                .reversePayment(receipt: receipt, on: $0.day, reason: $0.reason)
            }
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
        stage = .confirming(Reversal(day: day, reason: reason))
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
        stage.drawFooter(
            question: { [receipt] in
                context.text(
                    "Annuler \(receipt) le \(context.show($0.day)) (« \($0.reason) ») ? o/n",
                    "Reverse \(receipt) on \(context.show($0.day)) ('\($0.reason)')? y/n")
            }, into: &canvas, row: area.row + 1 + fields.count, area: area, context)
        return cursor
    }
}
