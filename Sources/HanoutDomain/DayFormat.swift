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
}
