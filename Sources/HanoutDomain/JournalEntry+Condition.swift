import Foundation

extension JournalEntry {
    /// The condition a change of condition left the unit in, so that the
    /// journal says "→ reserved" and not only the reason.
    public var conditionAfter: UnitCondition? {
        guard action == .setCondition, let after,
            let fields = try? JSONDecoder().decode([String: String].self, from: Data(after.utf8))
        else { return nil }
        return fields["condition"].flatMap(UnitCondition.init(rawValue:))
    }
}

extension UnitCondition {
    public func name(in language: Language) -> String {
        switch self {
        case .available: return language.pick(fr: "en service", en: "in service")
        case .reserved: return UnitState.reserved.name(in: language)
        case .underWorks: return UnitState.underWorks.name(in: language)
        }
    }
}
