/// The words on a unit's tile, the same on the zone screen and on the printed floor plan.
///
/// A tile has room for a few letters, so it shows the trade a vacant unit
/// takes as a hint and the occupant's name shortened. The screen and the
/// paper must not drift apart (a clerk compares them), hence one place; it
/// lives with the reports because the app already imports them and neither
/// links the terminal.
public enum TileText {
    /// The trades a vacant unit takes, in a few letters.
    ///
    /// "MEN+" when several are allowed, "*" when any is.
    public static func tradeHint(allowedTrades: [String]) -> String {
        guard let first = allowedTrades.first else { return "*" }
        return allowedTrades.count > 1 ? first + "+" : first
    }

    /// A name short enough for a tile: "Coopérative Tiwizi" becomes "Coop. Tiwizi".
    public static func shortName(_ name: String) -> String {
        for (long, short) in [("Coopérative ", "Coop. "), ("Association ", "Assoc. ")]
        where name.hasPrefix(long) {
            return short + name.dropFirst(long.count)
        }
        return name
    }
}
