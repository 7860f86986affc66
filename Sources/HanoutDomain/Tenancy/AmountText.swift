/// Reads an amount of money as a clerk types it, or says why it cannot.
///
/// Accepted: `1250`, `1250.00`, `1250,5`, `1 250,00`, `1,250.00`, `1.250,00`,
/// with `MAD` or `DH` before or after. The decimal separator is the last dot
/// or comma when followed by one or two digits; the other marks group
/// thousands. A lone separator followed by three digits (`1,250`, `1.250`)
/// is refused: French reads it 1,25 and English 1250, and a fee is no place
/// for a guess.
public enum AmountText {
    public static func parse(_ text: String) -> Result<Money, AmountProblem> {
        var body = Substring(text).trimmingSpaces()
        for currency in ["MAD", "DH", "DHS"] {
            if body.uppercased().hasSuffix(currency) {
                body = body.dropLast(currency.count).trimmingSpaces()
            } else if body.uppercased().hasPrefix(currency) {
                body = body.dropFirst(currency.count).trimmingSpaces()
            }
        }
        guard !body.isEmpty else { return .failure(.empty) }
        if body.first == "-" || body.first == "\u{2212}" { return .failure(.negative(text)) }
        if body.first == "+" { body = body.dropFirst() }

        let separators: Set<Character> = [".", ","]
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "'"]
        guard
            body.allSatisfy({
                $0.isASCII && $0.isNumber || separators.contains($0) || spaces.contains($0)
            }),
            body.first?.isNumber == true
        else { return .failure(.notAnAmount(text)) }

        // The decimal part: after the last separator when one or two digits follow.
        var integerPart = body
        var decimals = ""
        if let last = body.lastIndex(where: { separators.contains($0) }) {
            let after = body[body.index(after: last)...]
            let separatorCount = body.filter { separators.contains($0) }.count
            let kinds = Set(body.filter { separators.contains($0) })
            if (1...2).contains(after.count), after.allSatisfy(\.isNumber) {
                integerPart = body[..<last]
                decimals = String(after)
                // The other kind groups thousands; the same kind again is a slip (1.250.00).
                if integerPart.contains(body[last]) { return .failure(.notAnAmount(text)) }
            } else if after.count == 3, separatorCount == 1 {
                // Three digits after the only mark: a thousands group when at
                // most three digits stand before it, else a third decimal.
                let before = body[..<last].filter(\.isNumber).count
                return .failure(before <= 3 ? .ambiguous(text) : .notAnAmount(text))
            } else if after.count > 3 || kinds.count > 1 {
                return .failure(.notAnAmount(text))
            }
        }
        // Group marks must each stand before exactly three digits.
        let groups = integerPart.split(
            omittingEmptySubsequences: false,
            whereSeparator: { separators.contains($0) || spaces.contains($0) })
        guard let head = groups.first, !head.isEmpty, groups.count == 1 || head.count <= 3,
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return .failure(.notAnAmount(text)) }
        let digits = groups.joined()
        guard digits.count <= 10, let dirhams = Int64(digits) else {
            return .failure(.tooLarge(text))
        }
        let cents =
            Int64(decimals.count == 1 ? decimals + "0" : decimals.isEmpty ? "0" : decimals) ?? 0
        let amount = Money(centimes: dirhams * 100 + cents)
        guard amount <= Money.largest else { return .failure(.tooLarge(text)) }
        return .success(amount)
    }
}

/// Why a typed amount was not read.
public enum AmountProblem: Error, Hashable, Sendable, ClerkError {
    case empty
    case notAnAmount(String)
    case negative(String)
    case ambiguous(String)
    case tooLarge(String)

    public func message(in language: Language) -> String {
        switch self {
        case .empty:
            return language.pick(
                fr: "Aucun montant : écrivez-le en dirhams, par exemple 1250,00.",
                en: "No amount: write it in dirhams, for example 1250.00.")
        case .notAnAmount(let text):
            return language.pick(
                fr: "« \(text) » n'est pas un montant : écrivez des dirhams avec au plus deux "
                    + "décimales, par exemple 1250,00 ou 1 250,50.",
                en: "'\(text)' is not an amount: write dirhams with at most two decimals, "
                    + "for example 1250.00 or 1,250.50.")
        case .negative(let text):
            return language.pick(
                fr: "« \(text) » est négatif : un paiement erroné s'annule par une "
                    + "contre-passation, pas par un montant négatif.",
                en: "'\(text)' is negative: a mistaken payment is reversed by a reversal entry, "
                    + "not by a negative amount.")
        case .ambiguous(let text):
            return language.pick(
                fr: "« \(text) » est ambigu (mille ou un virgule ?) : écrivez 1250 ou 1,25 "
                    + "avec deux décimales, par exemple 1250,00.",
                en: "'\(text)' is ambiguous (a thousand, or one point?): write it with two "
                    + "decimals, for example 1250.00 or 1.25.")
        case .tooLarge(let text):
            return language.pick(
                fr: "« \(text) » dépasse le plus grand montant tenu (1 000 000 000 MAD) : "
                    + "vérifiez les chiffres.",
                en: "'\(text)' is over the largest amount kept (MAD 1,000,000,000): "
                    + "check the digits.")
        }
    }
}

extension Substring {
    /// The text without spaces (plain or no-break) at either end.
    fileprivate func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        var text = self
        while let first = text.first, isSpace(first) { text = text.dropFirst() }
        while let last = text.last, isSpace(last) { text = text.dropLast() }
        return text
    }
}
