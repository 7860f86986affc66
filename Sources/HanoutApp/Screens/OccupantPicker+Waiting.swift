import HanoutDomain
import HanoutStore

extension OccupantPicker {
    /// Puts who waits for the unit first, in line, when assigning it: the
    /// waiting list drives vacancies. A search keeps those it found; a unit
    /// reserved for someone is theirs and shows no list.
    mutating func placeWaitingFirst(
        _ inLine: [WaitingCandidate], _ candidates: [Suggestions.Candidate], _ context: AppContext
    ) -> [Suggestions.Candidate] {
        guard purpose == .assign, unit.reservationHolder(on: context.today) == nil else {
            waiting = []
            firstInLine = nil
            return candidates
        }
        firstInLine = inLine.first
        let found = Set(candidates.map(\.occupant.id))
        waiting = search.text.isEmpty ? inLine : inLine.filter { found.contains($0.occupant.id) }
        let waitingIDs = Set(waiting.map(\.occupant.id))
        let rows = waiting.map { entry in
            candidates.first { $0.occupant.id == entry.occupant.id }
                ?? Suggestions.Candidate(
                    occupant: entry.occupant, trade: entry.entry.trade,
                    fitsTrade: unit.allows(trade: entry.entry.trade))
        }
        return rows + candidates.filter { !waitingIDs.contains($0.occupant.id) }
    }

    /// The first in line, when the clerk chooses someone else.
    func passedOver(choosing occupant: Occupant) -> WaitingCandidate? {
        guard let firstInLine, firstInLine.occupant.id != occupant.id else { return nil }
        return firstInLine
    }

    /// A waiting row: its place in line, rank and score, and the day joined.
    func waitingRow(_ index: Int, _ candidate: Suggestions.Candidate, _ context: AppContext)
        -> [String]?
    {
        guard waiting.indices.contains(index) else { return nil }
        let entry = waiting[index].entry
        return [
            context.text("A\(index + 1)", "W\(index + 1)"), candidate.occupant.name,
            candidate.trade,
            context.text(
                "rg \(entry.rank) · \(entry.total) pts", "rk \(entry.rank) · \(entry.total) pts"),
            candidate.unitsHeld.isEmpty ? "—" : candidate.unitsHeld.joined(separator: " "),
            // The day joined where the commune goes: the heading names it.
            CallsScreen.short(entry.joinedOn),
        ]
    }
}
