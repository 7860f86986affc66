import Foundation

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

    /// A day as a clerk types it: ISO (`2026-12-31`) or the French form
    /// (`31/12/2026`, `1/2/2027`); a day that does not exist is nil.
    public static func parse(_ text: String) -> Day? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(text) { return day }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
            (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let dayOfMonth = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return Day(year: year, month: month, day: dayOfMonth)
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

extension DayFormat {
    /// " jusqu'au 31/12/2026", " until 31 Dec 2026", or nothing without a day: the end
    /// of a reservation or of works, as every sentence about them says it.
    public static func until(_ day: Day?, in language: Language) -> String {
        guard let day else { return "" }
        let shown = show(day, in: language)
        return language.pick(fr: " jusqu'au \(shown)", en: " until \(shown)")
    }
}
