import Foundation

/// A moment the journal keeps in UTC (ISO 8601), shown in the machine's time
/// zone (`TZ`; Africa/Casablanca in the region) in the clerk's form: the clerk
/// reads the time on the office clock, never "UTC". A stamp that is a day
/// alone (an allocation loaded from the fixtures keeps its own day) shows as
/// that day.
public enum LocalTime {
    public static func show(_ stamp: String, in language: Language) -> String {
        if let day = Day(stamp) { return DayFormat.show(day, in: language) }
        let reader = ISO8601DateFormatter()
        reader.formatOptions = [.withInternetDateTime]
        guard let date = reader.date(from: stamp) else { return stamp }
        let writer = DateFormatter()
        writer.locale = Locale(identifier: "en_US_POSIX")
        writer.timeZone = TimeZone.current
        writer.dateFormat = language == .fr ? "dd/MM/yyyy HH:mm" : "yyyy-MM-dd HH:mm"
        return writer.string(from: date)
    }
}
