/// The letters Arabic writes several ways in one name, each brought to the one a clerk
/// types most: a register holds "إبراهيم" and the clerk types "ابراهيم".
///
/// Applied by `SearchWords` to stored and typed words alike, so each spelling finds
/// the others. Only spelling variants are merged, never letters that make other names
/// (ح and ه, س and ص stay apart).
enum ArabicSpelling {
    /// The letter `scalar` is searched as, or nil for a letter that is only drawn
    /// (the tatweel, which stretches a word).
    static func searched(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        // Alef with hamza above or below, with madda, wasla: alef.
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        // Ta marbuta: ha (both are written at the end of a name).
        case 0x0629: return "\u{0647}"
        // Alef maqsura and hamza on ya: ya.
        case 0x0649, 0x0626: return "\u{064A}"
        // Hamza on waw: waw.
        case 0x0624: return "\u{0648}"
        // Tatweel.
        case 0x0640: return nil
        default: return scalar
        }
    }

}
