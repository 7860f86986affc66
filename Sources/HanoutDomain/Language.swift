/// The clerk's language: every message the program shows exists in both.
public enum Language: String, CaseIterable, Sendable, Codable {
    case fr
    case en

    /// The language a locale value asks for (`fr_MA.UTF-8` gives French).
    ///
    /// Follows the POSIX order of precedence: `LC_ALL`, then `LC_MESSAGES`,
    /// then `LANG`; anything that is not French falls back to English.
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .fr : .en
            }
        }
        return .en
    }

    /// Picks the French or the English text.
    public func pick(fr: String, en: String) -> String {
        self == .fr ? fr : en
    }
}
