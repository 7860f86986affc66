import HanoutDomain

/// How a ledger line reads, on screen and on the command line.
public enum LedgerText {
    public static func entry(_ entry: LedgerLine.Entry, _ language: Language) -> String {
        switch entry {
        case .due(let due):
            return language.pick(
                fr: "Redevance \(due.month.shown(in: .fr)), \(due.unitCode)",
                en: "Fee \(due.month.shown(in: .en)), \(due.unitCode)")
                + (due.days < due.month.dayCount
                    ? language.pick(fr: " (\(due.days) j)", en: " (\(due.days) days)") : "")
        case .payment(let receipt, _, _):
            return language.pick(
                fr: "Paiement \(receipt)", en: "Payment \(receipt)")
        case .paymentPart(let receipt, _, _, let month):
            return language.pick(
                fr: "Paiement \(month.shown(in: .fr)) · \(receipt)",
                en: "Payment \(month.shown(in: .en)) · \(receipt)")
        case .reversal(let receipt, _, _, let reason):
            return language.pick(
                fr: "Contre-passation de \(receipt) : \(reason)",
                en: "Reversal of \(receipt): \(reason)")
        }
    }
}
