import Foundation

/// A calendar month (`2026-11`): the period a fee is due for.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 to 12.
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a day falls in.
    public init(of day: Day) {
        let parts = day.parts
        year = parts.year
        month = parts.month
    }

    /// Reads `YYYY-MM` exactly, as files and the command line write months.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            bytes.enumerated().allSatisfy({ $0.offset == 4 || (48...57).contains($0.element) }),
            let year = Int(String(text.prefix(4))), let month = Int(String(text.suffix(2)))
        else { return nil }
        self.init(year: year, month: month)
    }

    /// Months as a clerk lists them, `2026-11,2026-12` (spaces around the
    /// commas allowed, nothing for none), or the first item that is no month.
    public static func list(_ text: String) -> Result<[Month], NotAMonth> {
        var months: [Month] = []
        for item in text.split(separator: ",") {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard let month = Month(trimmed) else { return .failure(NotAMonth(text: trimmed)) }
            months.append(month)
        }
        return .success(months)
    }

    /// An item of a list of months that is no month.
    public struct NotAMonth: Error, Hashable, Sendable {
        public var text: String
    }

    public var firstDay: Day {
        // A month built by `init` names a real first day.
        Day(year: year, month: month, day: 1) ?? Day(daysSinceEpoch: 0)
    }

    public var dayCount: Int { Day.daysIn(month: month, year: year) }

    /// The day after the month's last: the end of its period.
    public var end: Day { firstDay.adding(days: dayCount) }

    public var lastDay: Day { firstDay.adding(days: dayCount - 1) }

    public var next: Month {
        month == 12 ? Month(unchecked: year + 1, 1) : Month(unchecked: year, month + 1)
    }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> Month {
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        return Month(unchecked: newYear, index - newYear * 12 + 1)
    }

    /// `YYYY-MM`.
    public var iso: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))" }
    public var description: String { iso }

    /// The month as a clerk names it: `11/2026` in French, `Nov 2026` in English.
    public func shown(in language: Language) -> String {
        switch language {
        case .fr: return "\(Day.pad(month, 2))/\(year)"
        case .en: return "\(DayFormat.englishMonths[month - 1]) \(year)"
        }
    }

    public static func < (lhs: Month, rhs: Month) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }
}

extension Day {
    /// The same day of the month `count` months later, or the month's last day
    /// when it is shorter (31 Jan + 1 month = 28 or 29 Feb): how a convention
    /// of "3 years from 31 March" is counted.
    public func adding(months count: Int) -> Day {
        let target = Month(of: self).adding(months: count)
        let dayOfMonth = min(parts.day, target.dayCount)
        return target.firstDay.adding(days: dayOfMonth - 1)
    }
}
