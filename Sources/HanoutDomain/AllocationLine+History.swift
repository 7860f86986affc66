extension AllocationLine {
    /// The allocation as a line of its unit's history, on the unit's record and on its
    /// printed sheet alike: "1 Oct 2025 → 30 Jun 2026  Name (MEN)  released : reason  [DEC]".
    public func historyText(on today: Day, in language: Language) -> String {
        var text =
            "\(allocation.span(in: language))  \(occupantName) (\(allocation.trade))  "
            + allocation.status(on: today).name(in: language)
        if let reason = allocation.cancellation?.reason ?? allocation.ending?.reason {
            text += " : " + reason
        }
        if let decision = allocation.decision { text += "  [\(decision)]" }
        return text
    }
}
