import GRDB

/// The ids of an import's occupants, known before they are written so that
/// many can be written by one statement: a line's own id, or for a line
/// without one the next after the largest so far, as SQLite would give it.
struct OccupantIDs {
    /// The largest id in the database before the import (0 when empty).
    private let largestBefore: Int64
    private var largest: Int64
    /// The ids the file gives itself.
    private var claimed: Set<Int64> = []
    /// The ids given to lines without one: runs of consecutive ids, ascending.
    private var given: [ClosedRange<Int64>] = []
    private let exists: RowProbe

    init(_ db: Database) throws {
        largestBefore = try Int64.fetchOne(db, sql: "SELECT max(id) FROM occupant") ?? 0
        largest = largestBefore
        exists = try RowProbe(db, sql: "SELECT 1 FROM occupant WHERE id = ?")
    }

    /// Takes `id` for a line that gives it; false if it is not free (in the
    /// database before the import, or taken by an earlier line).
    mutating func claim(_ db: Database, _ id: Int64) throws -> Bool {
        // Ids given to earlier lines are all above the largest before the import.
        if id <= largestBefore, try exists.exists(id) {
            return false
        }
        guard !isGiven(id), claimed.insert(id).inserted else { return false }
        largest = max(largest, id)
        return true
    }

    /// The id of a line that gives none; nil when the largest possible is taken.
    mutating func next() -> Int64? {
        guard largest < Int64.max else { return nil }
        largest += 1
        if let last = given.last, last.upperBound == largest - 1 {
            given[given.count - 1] = last.lowerBound...largest
        } else {
            given.append(largest...largest)
        }
        return largest
    }

    private func isGiven(_ id: Int64) -> Bool {
        // Binary search for the last run starting at or before `id`.
        var low = 0
        var high = given.count
        while low < high {
            let middle = (low + high) / 2
            if given[middle].lowerBound <= id { low = middle + 1 } else { high = middle }
        }
        return low > 0 && given[low - 1].contains(id)
    }
}
