import Foundation

/// An artisan, cooperative or association that may hold premises.
public struct Occupant: Hashable, Sendable {
    public var id: Int64
    public var kind: OccupantKind
    public var name: String
    /// For artisans: artisan or maître-artisan.
    public var category: ArtisanCategory?
    /// The trade codes exercised, the main one first; never empty.
    public var trades: [String]
    /// National identity card number (artisans).
    public var cin: String?
    /// Artisan identity number from the national register (RNA).
    public var nia: String?
    public var phone: String?
    public var commune: String?
    /// Registration number (cooperatives and associations).
    public var registration: String?
    /// Number of members (cooperatives and associations).
    public var members: Int?

    public init(
        id: Int64 = 0, kind: OccupantKind, name: String, category: ArtisanCategory? = nil,
        trades: [String], cin: String? = nil, nia: String? = nil, phone: String? = nil,
        commune: String? = nil, registration: String? = nil, members: Int? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.category = category
        self.trades = trades
        self.cin = cin
        self.nia = nia
        self.phone = phone
        self.commune = commune
        self.registration = registration
        self.members = members
    }

    /// Whether the occupant exercises `trade`.
    /// A national identity card number as Hanout keeps it: without the spaces
    /// around it, in capitals (`je124543` and `JE124543` are one card), nil
    /// when blank.
    public static func keptCIN(_ text: String?) -> String? {
        guard let text else { return nil }
        // A card's number is ASCII letters and digits: kept without Foundation,
        // whose trimming costs more than the rest of a million-line import.
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) {
            guard !bytes.isEmpty else { return nil }
            guard bytes.contains(where: { (0x61...0x7A).contains($0) }) else { return text }
            return String(
                decoding: bytes.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }, as: UTF8.self)
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed.uppercased()
    }

    public func exercises(_ trade: String) -> Bool {
        trades.contains(trade)
    }

    /// The first of the occupant's trades that `unit` allows, if any.
    public func firstTrade(allowedIn unit: Unit) -> String? {
        trades.first(where: unit.allows(trade:))
    }
}

/// The kinds of actor the law on crafts names (loi 50-17) and the associations.
public enum OccupantKind: String, CaseIterable, Sendable, Codable {
    case artisan
    case cooperative
    case association

    public func name(in language: Language) -> String {
        switch self {
        case .artisan: return language.pick(fr: "artisan", en: "artisan")
        case .cooperative: return language.pick(fr: "coopérative", en: "cooperative")
        case .association: return language.pick(fr: "association", en: "association")
        }
    }
}

/// An artisan's category in the national register.
public enum ArtisanCategory: String, CaseIterable, Sendable, Codable {
    case artisan
    /// Maître-artisan: about ten years of practice.
    case master

    public func name(in language: Language) -> String {
        switch self {
        case .artisan: return language.pick(fr: "artisan", en: "artisan")
        case .master: return language.pick(fr: "maître-artisan", en: "master artisan")
        }
    }
}
