/// The window of matches a search gives, and its count, gathered as the
/// search reads occupants in list order: it says when the search can stop.
///
/// A search stops once the window is full and the count has gone as far as
/// asked; or, counting `upTo` a bound, once it has read `budget` rows past
/// the window, and then says "more than" a round number below what it found
/// (a search of several frequent words can match one row in ten, and
/// counting a thousand of them would cost more than the screen).
struct SearchWindow {
    private let offset: Int
    private let end: Int
    private let countTo: Int?
    private let counting: Counting
    private let budget: Int
    private(set) var ids: [Int64] = []
    private(set) var matched = 0
    private var readPastWindow = 0

    init(offset: Int, limit: Int, counting: Counting, budget: Int) {
        self.offset = offset
        end = offset + limit
        switch counting {
        case .none: countTo = end
        case .upTo(let bound): countTo = max(end, bound)
        case .all: countTo = nil
        }
        self.counting = counting
        self.budget = budget
    }

    /// Takes one row read (a match or not); gives the result when the search
    /// should stop there.
    mutating func take(_ id: Int64, isMatch: Bool) -> (ids: [Int64], count: ResultCount?)? {
        if matched >= end {
            readPastWindow += 1
            if readPastWindow > budget, case .upTo = counting {
                return (ids, .moreThan(OccupantSearch.roundedDown(matched)))
            }
        }
        guard isMatch else { return nil }
        if matched >= offset && matched < end { ids.append(id) }
        matched += 1
        if let countTo, matched > countTo {
            return (ids, counting == .none ? nil : .moreThan(countTo))
        }
        return nil
    }

    /// The result once every row was read: the count is exact.
    var whole: (ids: [Int64], count: ResultCount?) { (ids, .exactly(matched)) }
}
