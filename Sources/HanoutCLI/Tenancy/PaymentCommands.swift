import ArgumentParser
import HanoutDomain
import HanoutStore

/// `hanout pay OCCUPANT --amount 1250.00 --receipt R [--on D] [--months 2026-11,2026-12]`.
struct PayCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: "Record a payment of fees against its receipt.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The occupant's id (see `hanout occupants`).") var occupant: Int64
    @Option(help: "The amount in dirhams (1250.00, 1 250,00).") var amount: String
    @Option(help: "The receipt number (unique).") var receipt: String
    @Option(help: "The day it was paid (default today).") var on: Day?
    @Option(help: "The months it pays, YYYY-MM separated by commas (default: the oldest due).")
    var months: String?

    func run(with database: AppDatabase) throws {
        let amount = try AmountText.parse(amount).get()
        let named: [Month]
        switch Month.list(months ?? "") {
        case .success(let listed): named = listed
        case .failure(let bad): throw MonthArgumentProblem(text: bad.text)
        }
        let payment = Payment(
            receipt: receipt.trimmingCharacters(in: .whitespaces), occupantID: occupant,
            paidOn: on ?? global.today, amount: amount, months: named)
        try database.pay(payment, today: global.today, by: global.clerkName)
        let balance = try database.ledger(occupantID: occupant, asOf: global.today).balance
        let language = global.language
        try confirm(
            language.pick(
                fr: "Payé : \(amount.shown(in: .fr)), quittance \(payment.receipt). Solde dû : "
                    + "\(balance.shown(in: .fr)).",
                en: "Paid: \(amount.shown(in: .en)), receipt \(payment.receipt). Balance owed: "
                    + "\(balance.shown(in: .en))."))
    }
}

/// A month typed in another form than `YYYY-MM`.
struct MonthArgumentProblem: ClerkError {
    var text: String

    func message(in language: Language) -> String {
        language.pick(
            fr: "« \(text) » n'est pas un mois : écrivez-le AAAA-MM, par exemple 2026-11.",
            en: "'\(text)' is not a month: write it YYYY-MM, for example 2026-11.")
    }
}

/// `hanout reverse-payment RECEIPT --reason R [--on D]`.
struct ReversePaymentCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse-payment",
        abstract: "Reverse a mistaken payment by a new entry (the payment stays in the ledger).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The payment's receipt number.") var receipt: String
    @Option(help: "Why (kept in the ledger and the history).") var reason: String
    @Option(help: "The day of the reversal (default today).") var on: Day?

    func run(with database: AppDatabase) throws {
        try database.reversePayment(
            receipt: receipt, on: on ?? global.today, reason: reason, by: global.clerkName)
        try confirm(
            global.language.pick(
                fr: "Contre-passé : le paiement \(receipt) ne compte plus.",
                en: "Reversed: payment \(receipt) no longer counts."))
    }
}
