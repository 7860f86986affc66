import Testing

@testable import HanoutDomain

@Suite struct CancelRuleTests {
    let stamp = "2026-12-01T10:00:00Z"

    func allocation(id: Int64 = 7, recordedAt: String) -> Allocation {
        Allocation(
            id: id, unitCode: "AOU-01", occupantID: 1, trade: "MEN",
            period: Period(openFrom: day("2026-12-01")), recordedAt: recordedAt)
    }

    func entry(_ action: JournalAction, at: String) -> JournalEntry {
        JournalEntry(at: at, clerk: "c", action: action, unitCode: "AOU-01")
    }

    func check(_ allocations: [Allocation], _ journal: [JournalEntry], today: String)
        -> Refusal?
    {
        switch CancelRule.check(
            unit: "AOU-01", allocations: allocations, journal: journal, today: day(today))
        {
        case .success: return nil
        case .failure(let refused): return refused.reasons.first
        }
    }

    @Test func theLastEnteredAllocationWithNothingAfterItIsCancelledWithinTheWeek() {
        let journal = [entry(.assign, at: stamp)]
        #expect(check([allocation(recordedAt: stamp)], journal, today: "2026-12-08") == nil)
        #expect(
            check([allocation(recordedAt: stamp)], journal, today: "2026-12-09")
                == .cancelTooLate(unit: "AOU-01", entered: day("2026-12-01"), days: 7))
    }

    @Test func anEarlierAllocationIsNeverTheOneCancelled() {
        let older = allocation(id: 3, recordedAt: "2026-11-30T09:00:00Z")
        let newer = allocation(id: 4, recordedAt: stamp)
        let journal = [entry(.assign, at: older.recordedAt), entry(.assign, at: stamp)]
        let chosen = try? CancelRule.check(
            unit: "AOU-01", allocations: [newer, older], journal: journal,
            today: day("2026-12-01")
        ).get()
        #expect(chosen?.id == 4)
    }

    @Test func anAllocationLoadedWithTheFixturesWasNeverEnteredByMistake() {
        let loaded = allocation(recordedAt: "2026-12-01")
        #expect(
            check([loaded], [entry(.initialize, at: "2026-12-01")], today: "2026-12-01")
                == .cancelTooLate(unit: "AOU-01", entered: day("2026-12-01"), days: 7))
    }

    @Test func aPeriodWithNoDayShowsItsFirstDayAlone() {
        var released = allocation(recordedAt: stamp)
        released.period = Period(start: day("2026-12-01"), end: day("2026-12-01"))!
        #expect(released.period.extent == .noDay)
        #expect(released.span(in: .en) == "1 Dec 2026 (ended the same day)")
        released.cancellation = AllocationCancellation(at: stamp, reason: "x")
        #expect(released.span(in: .en) == "1 Dec 2026")
        #expect(released.status(on: day("2026-12-01")) == .cancelled)
        #expect(allocation(recordedAt: stamp).span(in: .fr) == "01/12/2026 → …")
    }
}

@Suite struct CancelRefusalTests {
    @Test func anyChangeButAReleaseSaysToReleaseInstead() {
        let changed = Refusal.cancelAfterLaterChange(unit: "AOU-01", change: .setCondition)
        #expect(changed.message(in: .en).contains("(unit condition)"))
        #expect(changed.message(in: .en).hasSuffix("Release the unit instead."))
        #expect(changed.message(in: .fr).hasSuffix("Libérez plutôt le local."))
    }
}
