import HanoutDomain
import HanoutStore

/// A `--trade` as the clerk types it (code or name, any case, no accents),
/// turned into the catalogue's code, or refused with the closest trades.
enum TradeArgument {
    /// The codes of several `--trade`s, in order, each once (`men` and `MEN` are one).
    static func codes(_ texts: [String], in database: AppDatabase) throws -> [String] {
        let catalogue = try database.trades()
        var codes: [String] = []
        for text in texts {
            let code = try code(text, in: catalogue)
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    static func code(_ text: String, in database: AppDatabase) throws -> String {
        try code(text, in: try database.trades())
    }

    private static func code(_ text: String, in catalogue: [Trade]) throws -> String {
        switch TradeLookup.find(text, in: catalogue) {
        case .found(let trade): return trade.code
        case .ambiguous(let trades):
            throw TradeNotFound(typed: text, candidates: trades, isAmbiguous: true)
        case .unknown(let closest):
            throw TradeNotFound(typed: text, candidates: closest, isAmbiguous: false)
        }
    }
}

/// A `--trade` that names no single trade.
struct TradeNotFound: ClerkError, Equatable {
    var typed: String
    var candidates: [Trade]
    var isAmbiguous: Bool

    func message(in language: Language) -> String {
        let list = candidates.map { "\($0.code) (\($0.name(in: language)))" }
            .joined(separator: ", ")
        if isAmbiguous {
            return language.pick(
                fr:
                    "« \(typed) » désigne plusieurs métiers : \(list). Donnez son code ou son nom entier.",
                en: "'\(typed)' names several trades: \(list). Give its code or its whole name.")
        }
        return language.pick(
            fr:
                "Métier inconnu « \(typed) ». Les plus proches : \(list) ; `hanout trades` les liste tous.",
            en: "Unknown trade '\(typed)'. The closest: \(list); `hanout trades` lists them all.")
    }
}
