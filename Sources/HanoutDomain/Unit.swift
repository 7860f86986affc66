/// One premises (local) of a zone: a workshop, a shop, a stand.
public struct Unit: Hashable, Sendable {
    /// `ZONE-NN`, e.g. `AOU-07`.
    public var code: String
    public var zoneCode: String
    public var number: Int
    public var areaM2: Double?
    /// The trade codes allowed here; empty means any trade.
    public var allowedTrades: [String]
    /// Row on the zone's floor plan, from 1.
    public var row: Int
    /// Column on the zone's floor plan, from 1.
    public var column: Int
    public var condition: UnitCondition
    /// Who it is reserved for, or what works, and until when (see `ConditionDetail`).
    public var detail: ConditionDetail

    public init(
        zoneCode: String, number: Int, areaM2: Double? = nil, allowedTrades: [String] = [],
        row: Int, column: Int, condition: UnitCondition = .available,
        detail: ConditionDetail = ConditionDetail()
    ) {
        self.code = Unit.code(zone: zoneCode, number: number)
        self.zoneCode = zoneCode
        self.number = number
        self.areaM2 = areaM2
        self.allowedTrades = allowedTrades
        self.row = row
        self.column = column
        self.condition = condition
        self.detail = detail
    }

    /// The code of unit `number` in `zone`: at least two digits (`AOU-01`).
    public static func code(zone: String, number: Int) -> String {
        "\(zone)-\(Day.pad(number, 2))"
    }

    /// Whether `trade` may be exercised here.
    public func allows(trade: String) -> Bool {
        allowedTrades.isEmpty || allowedTrades.contains(trade)
    }

    /// The unit's state given its current allocation, if any.
    ///
    /// "Occupied" is derived, never stored, so it cannot disagree with the
    /// allocations.
    public func state(currentlyAllocated: Bool) -> UnitState {
        if currentlyAllocated { return .occupied }
        switch condition {
        case .available: return .vacant
        case .reserved: return .reserved
        case .underWorks: return .underWorks
        }
    }
}

/// What the clerk sets on a unit by hand.
public enum UnitCondition: String, CaseIterable, Sendable, Codable {
    case available
    case reserved
    case underWorks = "works"
}

/// What a clerk sees of a unit on a given day.
public enum UnitState: String, CaseIterable, Sendable, Codable {
    case vacant
    case occupied
    case reserved
    case underWorks = "works"

    public func name(in language: Language) -> String {
        switch self {
        case .vacant: return language.pick(fr: "vacant", en: "vacant")
        case .occupied: return language.pick(fr: "occupé", en: "occupied")
        case .reserved: return language.pick(fr: "réservé", en: "reserved")
        case .underWorks: return language.pick(fr: "en travaux", en: "under works")
        }
    }

    /// One letter for monochrome screens and paper, where colour cannot carry it.
    public var letter: Character {
        switch self {
        case .vacant: return "V"
        case .occupied: return "O"
        case .reserved: return "R"
        case .underWorks: return "W"
        }
    }
}
