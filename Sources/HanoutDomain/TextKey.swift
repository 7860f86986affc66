import Foundation

/// Folds text for matching the way a clerk types it: without case or accents.
public enum TextKey {
    /// `"Aït Baha"` gives `"ait baha"`, `"Tafraoute"` stays itself.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
    }
}
