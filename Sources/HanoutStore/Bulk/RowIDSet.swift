/// The rowids of a parent table, read once in order and then asked about by
/// every child row that points at it (`ForeignKeyCheck`).
///
/// Rowids are mostly dense (1 to n, with few gaps): one bit per possible id
/// between the least and the greatest (125 KB for a million occupants)
/// answers with one read, where a binary search over the sorted ids took
/// twenty, most of them cache misses (the search rows of a million-occupant
/// import ask 2.3 million times). Ids spread thinly (more than 64 possible
/// ids per row) stay a sorted array searched by halves, so the set never
/// takes more than the 8 bytes per id of that array.
struct RowIDSet {
    private enum Storage {
        /// Bit `id - first` is set when `id` is in the set.
        case bits(first: Int64, words: [UInt64])
        case sorted([Int64])
    }

    private let storage: Storage

    /// A set of `ids`, which must be in ascending order.
    init(ascending ids: [Int64]) {
        guard let first = ids.first, let last = ids.last else {
            storage = .sorted([])
            return
        }
        let (span, overflow) = last.subtractingReportingOverflow(first)
        guard !overflow, span / 64 < Int64(ids.count) else {
            storage = .sorted(ids)
            return
        }
        var words = [UInt64](repeating: 0, count: Int(span / 64) + 1)
        for id in ids {
            let offset = id &- first
            words[Int(offset / 64)] |= 1 << UInt64(offset % 64)
        }
        storage = .bits(first: first, words: words)
    }

    func contains(_ id: Int64) -> Bool {
        switch storage {
        case .bits(let first, let words):
            let (offset, overflow) = id.subtractingReportingOverflow(first)
            guard !overflow, offset >= 0, offset / 64 < Int64(words.count) else { return false }
            return words[Int(offset / 64)] & (1 << UInt64(offset % 64)) != 0
        case .sorted(let ids):
            var low = 0
            var high = ids.count
            while low < high {
                let middle = (low + high) / 2
                if ids[middle] < id { low = middle + 1 } else { high = middle }
            }
            return low < ids.count && ids[low] == id
        }
    }
}
