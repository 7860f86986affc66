/// A calendar day, without time or time zone: what a clerk writes on a decision.
///
/// Stored as the number of days since 1970-01-01 so that comparing and adding
/// days is plain integer arithmetic; the civil-calendar conversions follow
/// Howard Hinnant's `days_from_civil` algorithm (proleptic Gregorian).
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before).
    public let daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// Creates a day from its calendar parts, or nil when they name no real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        daysSinceEpoch = era * 146097 + dayOfEra - 719468
    }

    /// The calendar parts of this day.
    public var parts: (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The first and last days Hanout keeps. A date outside is a typing slip
    /// (20026 for 2026), and a day far in the future must never stand in for
    /// "no end": an open-ended period has no end day at all.
    public static let earliest = Day(daysSinceEpoch: -25_567)  // 1900-01-01
    public static let latest = Day(daysSinceEpoch: 84_370)  // 2200-12-31

    /// Whether Hanout keeps this day (see `earliest` and `latest`).
    public var isKept: Bool { Day.earliest <= self && self <= Day.latest }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + count)
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

// MARK: - ISO 8601 text

extension Day: LosslessStringConvertible, Codable {
    /// Parses `YYYY-MM-DD` exactly (the form clerks type and files carry).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The ISO form `YYYY-MM-DD`, used in files, the database and scripts.
    public var iso: String {
        let (year, month, day) = parts
        return "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    public var description: String { iso }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
