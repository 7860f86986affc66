import HanoutDomain
import HanoutReports
import HanoutStore
import TerminalKit
import TextLayout

/// An occupant's ledger: dues, payments and reversals with the running
/// balance, what is owed by age, and payment entry from the keyboard (`P`:
/// amount, receipt, day, months; Enter, then y).
public struct LedgerScreen: ScreenModel {
    public var occupantID: Int64
    /// The unit whose ledger this is (its dues, and the parts of payments that
    /// went to them); nil for the occupant's whole ledger.
    public var unitCode: String?
    public var ledger: Ledger?
    /// The occupant and its unpaid dues, as the store read them with the ledger.
    public var arrears: OccupantArrears?
    public var scroll = 0
    /// The payment being typed, when `P` was pressed.
    public var payment: PaymentEntry?

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
    public var capturesText: Bool { payment != nil }

    public func title(_ context: AppContext) -> String {
        context.text("Compte de ", "Ledger of ")
            + (unitCode.map { "\($0) (\(arrears?.occupant.name ?? "#\(occupantID)"))" }
                ?? arrears?.occupant.name ?? "#\(occupantID)")
    }

    public func help(_ context: AppContext) -> [KeyHelp] {
        if payment != nil { return PaymentEntry.help(context) }
        return [
            KeyHelp(
                "↑ ↓ PgUp PgDn Home End", context.text("parcourir le compte", "scroll the ledger")),
            KeyHelp("P", context.text("saisir un paiement", "enter a payment")),
            KeyHelp(context.text("Échap", "Esc"), context.text("retour", "back")),
        ]
    }

    /// Lines of the ledger the body shows above the summary (and the form).
    func ledgerRows(in body: Rect) -> Int { max(0, body.height - 4 - (payment == nil ? 0 : 6)) }

    public mutating func handle(_ key: Key, _ context: AppContext) -> Outcome? {
        if var entry = payment {
            let outcome = entry.handle(key, occupantID: occupantID, context)
            payment = entry.closed ? nil : entry
            return outcome
        }
        let count = ledger?.lines.count ?? 0
        let page = max(1, ledgerRows(in: context.body))
        if let move = ListKeys.move(for: key) {
            scroll = min(max(0, move.index(from: scroll, page: page)), max(0, count - page))
            return .done
        }
        switch key {
        case .char("P"), .char("p"):
            payment = PaymentEntry(today: context.today)
            // The newest lines stay in view above the form.
            scroll = max(0, count - max(1, ledgerRows(in: context.body)))
            return .done
        default: return nil
        }
    }

    public mutating func receive(
        _ result: DataResult, for request: DataRequest, _ context: AppContext
    ) {
        guard case .ledger(let ledger, let arrears) = result else { return }
        self.ledger = ledger
        self.arrears = arrears
        // The newest lines in view, as a clerk reads a statement.
        scroll = max(0, ledger.lines.count - max(1, ledgerRows(in: context.body)))
    }

    public mutating func receive(
        _ outcome: WriteOutcome, for request: WriteRequest, _ context: AppContext
    ) -> Outcome {
        guard var entry = payment else { return Outcome() }
        let next = entry.receive(outcome, context)
        payment = entry.closed ? nil : entry
        if entry.closed {
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
        if let owed {
            let bands = AgeBand.allCases.map {
                $0.label + context.text(" : ", ": ")
                    + owed.amount(in: $0).shown(in: context.language)
            }
            summary +=
                context.text(" · en retard depuis le ", " · overdue since ")
                + context.show(owed.oldestDueOn) + " (" + bands.joined(separator: ", ") + ")"
        }
        canvas.write(
            DisplayWidth.truncate(summary, to: max(0, area.width - 2)), row: area.row,
            column: area.column + 1, style: .bold, clip: area)
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
        Table(columns: columns, rows: rows, selectedIndex: nil, scrollOffset: 0)
            .render(into: &canvas, area: tableArea)
        guard let payment else { return .hidden }
        return payment.render(
            into: &canvas,
            area: Rect(
                row: tableArea.endRow + 1, column: area.column, width: area.width, height: 6),
            context)
    }
}
