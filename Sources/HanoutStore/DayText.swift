import HanoutDomain

/// `Day.iso` for the millions of days a generated region writes: each
/// distinct day formatted once (a region spans some thousands of days).
struct DayText {
    private var first = 0
    private var texts: [String?] = []

    mutating func iso(_ day: Day) -> String {
        if texts.isEmpty { first = day.daysSinceEpoch }
        let offset = day.daysSinceEpoch - first
        guard offset >= 0, offset < 100_000 else { return day.iso }
        if offset >= texts.count { texts += Array(repeating: nil, count: offset - texts.count + 1) }
        if let text = texts[offset] { return text }
        let text = day.iso
        texts[offset] = text
        return text
    }
}
