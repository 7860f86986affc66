import HanoutDomain

/// The day every test treats as today (`HANOUT_TODAY` for the program), so
/// that no test changes with the calendar.
public enum TestDay {
    public static let text = "2026-11-29"
    public static let day = Day(year: 2026, month: 11, day: 29) ?? Day(daysSinceEpoch: 0)
    /// How the title bar shows it in English.
    public static let shown = "29 Nov 2026"
}
