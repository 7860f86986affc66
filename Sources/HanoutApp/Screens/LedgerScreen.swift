import HanoutDomain
import HanoutReports
import HanoutStore
import TerminalKit
import TextLayout

/// An occupant's ledger: dues, payments and reversals with the running
/// balance, what is owed by age, and payment entry from the keyboard (`P`:
/// amount, receipt, day, months; Enter, then y). `R` on a payment's line
/// reverses it (a reason, a day; Enter, then y).
///
/// Read whole, not windowed: a ledger is a line a month and a line a payment
/// of its conventions, a few hundred lines for decades of occupation.
public struct LedgerScreen: ScreenModel {
    public var occupantID: Int64
    /// The unit whose ledger this is (its dues, and the parts of payments that
    /// went to them); nil for the occupant's whole ledger.
    public var unitCode: String?
    public var ledger: Ledger?
    /// The occupant and its unpaid dues, as the store read them with the ledger.
    public var arrears: OccupantArrears?
    public var scroll = 0
    /// The line chosen (for `R`), an index in the ledger's lines.
    public var selected = 0
    /// The payment being typed, when `P` was pressed.
    public var payment: PaymentEntry?
    /// The reversal being typed, when `R` was pressed on a payment.
    public var reversal: ReversalEntry?

    public init(occupantID: Int64) {
        self.occupantID = occupantID
    }

    /// A unit's ledger; a payment entered here is `occupantID`'s, the holder
    /// of the unit's convention.
    public init(unitCode: String, occupantID: Int64) {
        self.unitCode = unitCode
        self.occupantID = occupantID
    }

    public var request: DataRequest? {
        unitCode.map { .unitLedger(unit: $0, occupantID: occupantID) }
            ?? .ledger(occupantID: occupantID)
    }
    public var capturesText: Bool { payment != nil || reversal != nil }

    public func title(_ context: AppContext) -> String {
        context.text("Compte de ", "Ledger of ")
            + (unitCode.map { "\($0) (\(arrears?.occupant.name ?? "#\(occupantID)"))" }
                ?? arrears?.occupant.name ?? "#\(occupantID)")
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        if payment != nil || reversal != nil { return PaymentEntry.help(context) }
        return [
            KeyHelp(
                "↑ ↓ PgUp PgDn Home End", context.text("parcourir le compte", "scroll the ledger")),
            KeyHelp("P", context.text("saisir un paiement", "enter a payment")),
            KeyHelp(
                "R", context.text("annuler le paiement choisi", "reverse the payment chosen")),
            KeyHelp(context.text("Échap", "Esc"), context.text("retour", "back")),
        ]
    }

    /// Lines of the ledger the body shows above the summary (and the form).
    func ledgerRows(in body: Rect) -> Int {
        max(0, body.height - 4 - (payment != nil ? 6 : reversal != nil ? 5 : 0))
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        if var entry = payment {
            let outcome = entry.handle(key, occupantID: occupantID, context)
            payment = entry.closed ? nil : entry
            return outcome
        }
        if var entry = reversal {
            let outcome = entry.handle(key, context)
            reversal = entry.closed ? nil : entry
            return outcome
        }
        let count = ledger?.lines.count ?? 0
        let page = max(1, ledgerRows(in: context.body))
        if let move = ListKeys.move(for: key) {
            select(move.index(from: selected, page: page), context)
            return .done
        }
        switch key {
        case .char("P"), .char("p"):
            payment = PaymentEntry(today: context.today)
            // The newest lines stay in view above the form.
            select(count - 1, context)
            return .done
        case .char("R"), .char("r"):
            return reverse(context)
        default: return nil
        }
    }

    /// Chooses line `index` (kept within the ledger) and scrolls to it.
    mutating func select(_ index: Int, _ context: AppContext) {
        let count = ledger?.lines.count ?? 0
        selected = min(max(0, index), max(0, count - 1))
        scroll = Scrolling.offset(
            keeping: selected, visibleRows: max(1, ledgerRows(in: context.body)),
            rowCount: count, current: scroll)
    }

    /// Opens the reversal of the payment on the chosen line.
    mutating func reverse(_ context: AppContext) -> Outcome {
        switch ledger?.lines[safe: selected]?.entry {
        case .payment(let receipt, _, let amount)?:
            reversal = ReversalEntry(receipt: receipt, amount: amount, today: context.today)
        case .paymentPart(let receipt, _, _, _)?:
            reversal = ReversalEntry(receipt: receipt, amount: nil, today: context.today)
        default:
            return Outcome(
                message: Message(
                    context.text(
                        "Choisissez la ligne d'un paiement (sa quittance) pour l'annuler.",
                        "Choose a payment's line (its receipt) to reverse it."),
                    kind: .warning))
        }
        select(selected, context)
        return .done
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .ledger(let ledger, let arrears) = result else { return }
        self.ledger = ledger
        self.arrears = arrears
        // The newest line chosen and in view, as a clerk reads a statement.
        select(ledger.lines.count - 1, context)
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        let next: Outcome
        let closed: Bool
        if var entry = payment {
            next = entry.receive(outcome, context)
            closed = entry.closed
            payment = closed ? nil : entry
        } else if var entry = reversal {
            next = entry.receive(outcome, context)
            closed = entry.closed
            reversal = closed ? nil : entry
        } else {
            return Outcome()
        }
        if closed {
            return Outcome(effects: self.request.map { [.load($0)] } ?? [], message: next.message)
        }
        return next
    }

    public func render(into canvas: inout Canvas, area: Rect, _ context: AppContext) -> Cursor {
        guard let ledger else { return .hidden }
        let owed = arrears.flatMap {
            Arrears(occupantID: occupantID, unpaid: $0.unpaid, asOf: context.today)
        }
        var summary =
            context.text("Solde : ", "Balance: ") + ledger.balance.shown(in: context.language)
        // The debt by age on a line of its own: with the balance, four bands
        // holding money did not fit in 80 columns.
        var bands = ""
        if let owed {
            summary +=
                context.text(" · en retard depuis le ", " · overdue since ")
                + context.show(owed.oldestDueOn)
            bands = AgeBand.allCases.map {
                $0.label + context.text(" : ", ": ")
                    + owed.amount(in: $0).shown(in: context.language)
            }.joined(separator: " · ")
        }
        canvas.write(
            DisplayWidth.truncate(summary, to: max(0, area.width - 2)), row: area.row,
            column: area.column + 1, style: .bold, clip: area)
        canvas.write(
            DisplayWidth.truncate(bands, to: max(0, area.width - 2)), row: area.row + 1,
            column: area.column + 1, clip: area)
        let columns = [
            // As wide as the days shown (01/10/2025, 10 Oct 2025) and an amount
            // of five figures ("12 345,00 MAD"), so the entry keeps the rest.
            TableColumn(
                context.text("Jour", "Day"), width: .fixed(context.language == .fr ? 10 : 11)),
            TableColumn(context.text("Écriture", "Entry"), width: .flexible(min: 12, weight: 1)),
            TableColumn(context.text("Dû", "Owed"), width: .fixed(13), alignment: .right),
            TableColumn(context.text("Payé", "Paid"), width: .fixed(13), alignment: .right),
            TableColumn(context.text("Solde", "Balance"), width: .fixed(15), alignment: .right),
        ]
        let shown = ledger.lines.dropFirst(scroll).prefix(ledgerRows(in: area))
        let rows = shown.map { line -> [String] in
            [
                context.show(line.entry.day), LedgerText.entry(line.entry, context.language),
                line.entry.debit.isPositive ? line.entry.debit.shown(in: context.language) : "",
                line.entry.credit.isPositive ? line.entry.credit.shown(in: context.language) : "",
                line.balance.shown(in: context.language),
            ]
        }
        let tableArea = Rect(
            row: area.row + 2, column: area.column, width: area.width,
            height: ledgerRows(in: area) + 1)
        Table(columns: columns, rows: rows, selectedIndex: selected - scroll, scrollOffset: 0)
            .render(into: &canvas, area: tableArea)
        let form = Rect(
            row: tableArea.endRow + 1, column: area.column, width: area.width,
            height: area.endRow - tableArea.endRow - 1)
        if let payment { return payment.render(into: &canvas, area: form, context) }
        if let reversal { return reversal.render(into: &canvas, area: form, context) }
        return .hidden
    }
}
