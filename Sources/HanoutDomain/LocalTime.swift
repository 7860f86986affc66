import Foundation

/// A moment the journal keeps in UTC (ISO 8601), shown in the machine's time
/// zone (`TZ`; Africa/Casablanca in the region) in the clerk's form: the clerk
/// reads the time on the office clock, never "UTC". A stamp that is a day
/// alone (an allocation loaded from the fixtures keeps its own day) shows as
/// that day.
public enum LocalTime {
    public static func show(_ stamp: String, in language: Language) -> String {
        if let day = Day(stamp) { return DayFormat.show(day, in: language) }
        guard let seconds = secondsSinceEpoch(stamp) else { return stamp }
        let offset = TimeZone.current.secondsFromGMT(
            for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let local = seconds + offset
        let day = Day(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
        let minutes = (local - day.daysSinceEpoch * 86_400) / 60
        let time = Day.pad(minutes / 60, 2) + ":" + Day.pad(minutes % 60, 2)
        return (language == .fr ? DayFormat.show(day, in: .fr) : day.iso) + " " + time
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the form the journal writes, as seconds since 1970.
    private static func secondsSinceEpoch(_ stamp: String) -> Int? {
        let bytes = Array(stamp.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let day = Day(String(stamp.prefix(10)))
        else { return nil }
        func number(_ at: Int) -> Int? {
            let digits = bytes[at..<at + 2]
            guard digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard let hour = number(11), let minute = number(14), let second = number(17),
            hour < 24, minute < 60, second < 61
        else { return nil }
        return day.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second
    }
}
