/// A craft trade (métier), as data from the catalogue, never an enum in code.
public struct Trade: Hashable, Sendable, Codable {
    public var code: String
    public var nameFr: String
    public var nameEn: String
    public var branchFr: String
    public var branchEn: String
    public var family: TradeFamily

    public init(
        code: String, nameFr: String, nameEn: String, branchFr: String, branchEn: String,
        family: TradeFamily
    ) {
        self.code = code
        self.nameFr = nameFr
        self.nameEn = nameEn
        self.branchFr = branchFr
        self.branchEn = branchEn
        self.family = family
    }

    /// The trade's name in the clerk's language.
    public func name(in language: Language) -> String {
        language.pick(fr: nameFr, en: nameEn)
    }
}

/// The two families of the official nomenclature of crafts.
public enum TradeFamily: String, CaseIterable, Sendable, Codable {
    /// Art and production crafts (artisanat d'art et de production).
    case art
    /// Service crafts (artisanat de service).
    case service

    public func name(in language: Language) -> String {
        switch self {
        case .art:
            return language.pick(fr: "art et production", en: "art and production")
        case .service:
            return language.pick(fr: "service", en: "service")
        }
    }
}
