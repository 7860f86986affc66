import Foundation

/// Folds text for matching the way a clerk types it: without case or accents.
public enum TextKey {
    /// `"Aït Baha"` gives `"ait baha"`, `"Tafraoute"` stays itself.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Plain ASCII has no accent: lower case is all, without Foundation's cost.
            guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(
                decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
                as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
    }
}
