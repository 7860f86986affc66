/// A site with premises: an artisan zone, a market, a complex, a fair...
public struct Zone: Hashable, Sendable {
    /// Short upper-case code (`AOU`), the prefix of the zone's unit codes.
    public var code: String
    public var name: String
    public var commune: String
    public var kind: ZoneKind
    /// Floor area in square metres, when known.
    public var areaM2: Double?
    /// Whether the zone's figures come from the source article or are illustrative.
    public var figures: FigureSource
    /// Where the figures come from, in words.
    public var note: String
    /// The number of the agreement (convention) in the source article.
    public var agreement: Int?
    public var rules: ZoneRules
    /// For a fair: the festival's dates; stands are allocated within them.
    public var season: Period?

    public init(
        code: String, name: String, commune: String, kind: ZoneKind, areaM2: Double? = nil,
        figures: FigureSource = .illustrative, note: String = "", agreement: Int? = nil,
        rules: ZoneRules = ZoneRules(), season: Period? = nil
    ) {
        self.code = code
        self.name = name
        self.commune = commune
        self.kind = kind
        self.areaM2 = areaM2
        self.figures = figures
        self.note = note
        self.agreement = agreement
        self.rules = rules
        self.season = season
    }
}

/// The limits a zone puts on its allocations.
public struct ZoneRules: Hashable, Sendable {
    /// How many units one occupant may hold at the same time in the zone.
    public var maxUnitsPerOccupant: Int
    /// How many units may be given to one trade at the same time, if capped.
    public var maxUnitsPerTrade: Int?

    public init(maxUnitsPerOccupant: Int = 1, maxUnitsPerTrade: Int? = nil) {
        self.maxUnitsPerOccupant = maxUnitsPerOccupant
        self.maxUnitsPerTrade = maxUnitsPerTrade
    }
}

/// The kinds of site that public programmes build.
public enum ZoneKind: String, CaseIterable, Sendable, Codable {
    case artisanZone
    case market
    case exhibitionSpace
    case complex
    case centre
    case fair

    public func name(in language: Language) -> String {
        switch self {
        case .artisanZone: return language.pick(fr: "zone artisanale", en: "artisan zone")
        case .market: return language.pick(fr: "marché", en: "market")
        case .exhibitionSpace:
            return language.pick(fr: "espace d'exposition", en: "exhibition space")
        case .complex: return language.pick(fr: "complexe", en: "complex")
        case .centre: return language.pick(fr: "centre", en: "centre")
        case .fair: return language.pick(fr: "foire", en: "fair")
        }
    }
}

/// Where a zone's counts and areas come from.
public enum FigureSource: String, CaseIterable, Sendable, Codable {
    /// Given by the source article.
    case article
    /// Invented for the demonstration, and marked so.
    case illustrative
}

extension Zone {
    /// The day a zone's plan opens on: today, except for a fair whose
    /// festival is not on today, which opens on the festival's first day
    /// (a plan of February's stands is empty in December).
    public func openingDay(today: Day) -> Day {
        guard let season, !season.contains(today) else { return today }
        return season.start
    }
}
