import Foundation
import HanoutDomain

/// Today's date where the clerk is.
enum Clock {
    static func today(environment: [String: String]) -> Day {
        if let text = environment["HANOUT_TODAY"], let day = Day(text) { return day }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? Day(daysSinceEpoch: 0)
    }
}
