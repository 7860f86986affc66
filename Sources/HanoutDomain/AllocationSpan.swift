extension Allocation {
    /// Its days as a listing shows them: "1 Dec 2026 → 31 Dec 2026", or
    /// "→ …" when open-ended. One that held no day shows its first day alone,
    /// never a last day before it ("1 Dec 2026 → 30 Nov 2026").
    public func span(in language: Language) -> String {
        let start = DayFormat.show(period.start, in: language)
        switch period.extent {
        case .through(let last): return "\(start) → " + DayFormat.show(last, in: language)
        case .openEnded: return "\(start) → …"
        // Its status says "cancelled": it never was, so it has no end to tell.
        case .noDay where cancellation != nil: return start
        case .noDay:
            return start + language.pick(fr: " (fin le jour même)", en: " (ended the same day)")
        }
    }
}
