import HanoutDomain

extension Day {
    /// A day as the database keeps it (ISO text); anything else is a corrupt value.
    static func stored(_ text: String) throws -> Day {
        guard let day = Day(text) else { throw StoreError.corrupt("day '\(text)'") }
        return day
    }
}
