import HanoutDomain
import HanoutStore
import TerminalKit
import TextLayout

/// A payment typed on the ledger screen: amount, receipt, day and the months
/// it pays (optional), checked as the command line checks them, then
/// confirmed. The store judges the rest (receipt taken, months covered).
public struct PaymentEntry: Hashable, Sendable {
    public var fields: [InputLine]
    public var focus = 0
    public var stage = FormStage<Payment>.editing
    /// Set once the payment is saved or the entry abandoned.
    public var closed = false

    static let amount = 0, receipt = 1, day = 2, months = 3

    public init(today: Day) {
        fields = [InputLine(), InputLine(), InputLine(text: today.iso), InputLine()]
    }

    static func help(_ context: AppContext) -> [KeyHelp] {
        [
            KeyHelp("Tab ↑ ↓", context.text("champ suivant", "next field")),
            KeyHelp(
                context.text("Entrée", "Enter"),
                context.text("vérifier, puis confirmer (o)", "check, then confirm (y)")),
            KeyHelp(context.text("Échap", "Esc"), context.text("abandonner", "give up")),
        ]
    }

    mutating func handle(_ key: Key, occupantID: Int64, _ context: AppContext) -> Outcome {
        switch stage {
        case .saving:
            return .done
        case .confirming:
            return stage.confirm(key) { .pay($0, today: context.today) }
        case .editing:
            switch key {
            case .escape: closed = true
            case .tab, .down: focus = (focus + 1) % fields.count
            case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
            case .enter: return check(occupantID: occupantID, context)
            default: _ = fields[focus].handle(key)
            }
            return .done
        }
    }

    /// The payment typed, or what is wrong with it (the focus on that field).
    mutating func check(occupantID: Int64, _ context: AppContext) -> Outcome {
        func refuse(_ field: Int, _ text: String) -> Outcome {
            focus = field
            return Outcome(message: Message(text, kind: .error))
        }
        let amount: Money
        switch AmountText.parse(fields[Self.amount].text) {
        case .success(let parsed): amount = parsed
        case .failure(let problem):
            return refuse(Self.amount, problem.message(in: context.language))
        }
        let receipt = fields[Self.receipt].text.trimmingCharacters(in: .whitespaces)
        guard !receipt.isEmpty else {
            return refuse(Self.receipt, TenancyRefusal.receiptMissing.message(in: context.language))
        }
        guard let day = DayFormat.parse(fields[Self.day].text) else {
            return refuse(
                Self.day,
                context.text(
                    "Date invalide : AAAA-MM-JJ ou JJ/MM/AAAA.",
                    "Invalid date: YYYY-MM-DD or DD/MM/YYYY."))
        }
        let months: [Month]
        switch Month.list(fields[Self.months].text) {
        case .success(let listed): months = listed
        case .failure(let bad):
            return refuse(
                Self.months,
                context.text(
                    "« \(bad.text) » n'est pas un mois : AAAA-MM, séparés par des virgules.",
                    "'\(bad.text)' is not a month: YYYY-MM, separated by commas."))
        }
        stage = .confirming(
            Payment(
                receipt: receipt, occupantID: occupantID, paidOn: day, amount: amount,
                months: months))
        return .done
    }

    mutating func receive(_ outcome: WriteOutcome, _ context: AppContext) -> Outcome {
        let result = FormWrite.received(outcome, saved: context.text("Payé.", "Paid."))
        closed = result.closed
        if !closed { stage = .editing }
        return result.outcome
    }

    func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        let labels = [
            context.text("Montant (MAD)", "Amount (MAD)"), context.text("Quittance", "Receipt"),
            context.text("Payé le", "Paid on"),
            context.text("Mois (AAAA-MM, option)", "Months (YYYY-MM, optional)"),
        ]
        let cursor = LabeledFields.draw(
            labels, fields, focus: stage == .editing ? focus : nil, fieldWidth: 30,
            into: &canvas, area: area, row: area.row)
        stage.drawFooter(
            question: { payment in
                let months =
                    payment.months.isEmpty
                    ? ""
                    : " ("
                        + payment.months.map { $0.shown(in: context.language) }.joined(
                            separator: ", ") + ")"
                return context.text(
                    "Enregistrer \(payment.amount.shown(in: .fr)), quittance \(payment.receipt), le \(context.show(payment.paidOn))\(months) ? o/n",
                    "Record \(payment.amount.shown(in: .en)), receipt \(payment.receipt), on \(context.show(payment.paidOn))\(months)? y/n"
                )
            }, into: &canvas, row: area.row + fields.count, area: area, context)
        return cursor
    }
}
