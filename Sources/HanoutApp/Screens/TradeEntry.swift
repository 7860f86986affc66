import HanoutDomain

/// The trades a clerk types in a form, "men, tapis": each part a code or a name,
/// found in the catalogue as the command line finds them (`TradeLookup`).
struct TradeEntry: Hashable, Sendable {
    enum Reading: Hashable, Sendable {
        /// Every part named one trade: the trades, in the order typed.
        case trades([Trade])
        /// Nothing typed yet.
        case empty
        /// A part named no single trade: what to tell the clerk.
        case problem(String)
    }

    /// Reads `text` against `catalogue`; nil while the catalogue is not loaded.
    static func read(_ text: String, in catalogue: [Trade]?, _ language: Language) -> Reading? {
        guard let catalogue else { return nil }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty else { return .empty }
        var found: [Trade] = []
        for part in parts {
            switch TradeLookup.find(part, in: catalogue) {
            case .found(let trade):
                if !found.contains(trade) { found.append(trade) }
            case .ambiguous(let trades):
                let codes = trades.prefix(5).map(\.code).joined(separator: ", ")
                return .problem(
                    language.pick(
                        fr: "« \(part) » : plusieurs métiers (\(codes)) ; précisez.",
                        en: "“\(part)”: several trades (\(codes)); say which."))
            case .unknown(let closest):
                let codes = closest.map { "\($0.code) \($0.name(in: language))" }
                    .joined(separator: ", ")
                return .problem(
                    language.pick(
                        fr: "« \(part) » : aucun métier ; les plus proches : \(codes).",
                        en: "“\(part)”: no such trade; the closest: \(codes)."))
            }
        }
        return .trades(found)
    }
}
