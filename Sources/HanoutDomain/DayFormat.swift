/// Shows a day the way the clerk reads dates in their language.
///
/// French clerks write `29/11/2026`; English text uses `29 Nov 2026`, which
/// no reader can take for the 11th of the 29th month. Files and scripts keep
/// ISO (`Day.iso`).
public enum DayFormat {
    static let englishMonths = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// The day in the clerk's form for `language`.
    public static func show(_ day: Day, in language: Language) -> String {
        let (year, month, dayOfMonth) = day.parts
        switch language {
        case .fr:
            return "\(Day.pad(dayOfMonth, 2))/\(Day.pad(month, 2))/\(year)"
        case .en:
            return "\(dayOfMonth) \(englishMonths[month - 1]) \(year)"
        }
    }

    /// Why `day` is refused: it is outside the days Hanout keeps.
    public static func outOfRange(_ day: Day, in language: Language) -> String {
        let first = show(Day.earliest, in: language)
        let last = show(Day.latest, in: language)
        return language.pick(
            fr:
                "La date \(day.iso) est hors des dates tenues (du \(first) au \(last)) : vérifiez l'année.",
            en:
                "The date \(day.iso) is outside the dates kept (\(first) to \(last)): check the year."
        )
    }
}
