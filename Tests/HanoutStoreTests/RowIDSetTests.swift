import Testing

@testable import HanoutStore

/// The parent rowids a bulk write's foreign keys are checked against
/// (`RowIDSet`): the same answers whether they are kept as bits (dense ids)
/// or as a sorted array (ids spread thinly), at the ends and past them.
@Suite struct RowIDSetTests {
    /// Every id from `range` that `set` holds.
    func members(_ set: RowIDSet, in range: ClosedRange<Int64>) -> [Int64] {
        range.filter { set.contains($0) }
    }

    @Test func denseIdsWithGapsAreFoundAndTheGapsAreNot() {
        let ids: [Int64] = Array(1...200).filter { $0 % 7 != 0 } + [300]
        let set = RowIDSet(ascending: ids)
        #expect(members(set, in: -5...310) == ids)
    }

    @Test func idsSpreadThinlyAreFoundToo() {
        let ids: [Int64] = [-9_000_000_000, -3, 0, 5, 1_000_000, 8_000_000_000_000]
        let set = RowIDSet(ascending: ids)
        for id in ids { #expect(set.contains(id), "\(id)") }
        #expect(!set.contains(-2))
        #expect(!set.contains(1_000_001))
        #expect(!set.contains(.min))
        #expect(!set.contains(.max))
    }

    /// The span from the least to the greatest overflows an Int64.
    @Test func idsAtBothEndsOfTheRangeAreFound() {
        let set = RowIDSet(ascending: [.min, .max])
        #expect(set.contains(.min))
        #expect(set.contains(.max))
        #expect(!set.contains(0))
    }

    /// Ids close together near the largest: an id past them, or far below,
    /// finds no bit instead of overflowing.
    @Test func anIdFarFromDenseIdsIsNotFound() {
        let ids: [Int64] = Array((Int64.max - 100)...Int64.max)
        let set = RowIDSet(ascending: ids)
        #expect(members(set, in: (Int64.max - 110)...Int64.max) == ids)
        #expect(!set.contains(.min))
        #expect(!set.contains(0))
    }

    @Test func anEmptySetHoldsNothing() {
        let set = RowIDSet(ascending: [])
        #expect(!set.contains(0))
        #expect(!set.contains(1))
    }
}
