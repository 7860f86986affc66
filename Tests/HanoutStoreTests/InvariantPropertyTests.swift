import Foundation
import HanoutDomain
import PropertyBased
import Testing

@testable import HanoutStore

/// One clerk action drawn at random.
struct RandomStep: Sendable, CustomStringConvertible {
    var kind: Int
    var unit: Int
    var occupant: Int
    var dayOffset: Int

    var unitCode: String { "AOU-0\(unit + 1)" }
    var occupantID: Int64 { Int64(occupant + 1) }

    var description: String {
        ["assign", "assign with override", "release", "transfer"][kind]
            + " \(unitCode) #\(occupantID) +\(dayOffset)d"
    }
}

let randomSteps = zip(
    Gen.int(in: 0...3), Gen.int(in: 0...2), Gen.int(in: 0...2), Gen.int(in: 0...40)
).map { RandomStep(kind: $0, unit: $1, occupant: $2, dayOffset: $3) }.array(of: 1...30)

@Suite struct InvariantPropertyTests {
    /// Random sequences of assign, release and transfer never leave a unit with
    /// two allocations at once, an occupant or a trade over a zone's limit, or
    /// a journal that disagrees with the allocations.
    @Test func randomClerkActionsKeepEveryInvariant() async {
        let base = day("2026-12-01")
        await propertyCheck(count: 80, input: randomSteps) { steps in
            do {
                let database = try smallDatabase(maxPerOccupant: 1, maxPerTrade: 2)
                for step in steps {
                    try perform(step, on: database, base: base)
                }
                let allocations = try database.allocations().map(\.allocation)
                expectNoTwoAllocationsShareADay(allocations)
                for offset in stride(from: 0, through: 45, by: 3) {
                    let problems = try database.check(today: base.adding(days: offset))
                    #expect(problems.isEmpty, "\(problems.map { $0.message(in: .en) })")
                }
                try expectJournalReplaysTo(allocations, in: database)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    func perform(_ step: RandomStep, on database: AppDatabase, base: Day) throws {
        let day = base.adding(days: step.dayOffset)
        do {
            switch step.kind {
            case 0, 1:
                let term = step.dayOffset % 2 == 0 ? nil : day.adding(days: step.dayOffset)
                try database.assign(
                    AllocationRequest(
                        unitCode: step.unitCode, occupantID: step.occupantID,
                        period: Period(from: day, through: term) ?? openEnded(day.iso),
                        overrideReason: step.kind == 1 ? "commission" : nil),
                    by: "property")
            case 2:
                try database.release(
                    unitCode: step.unitCode, on: day, reason: "random", by: "property")
            default:
                try database.transfer(
                    unitCode: step.unitCode, to: step.occupantID, on: day, reason: "random",
                    overrideReason: "commission", by: "property")
            }
        } catch is AllocationRefused {
            // A refusal is an expected answer; the invariants say whether it was right.
        } catch is StoreError {
        }
    }

    func expectNoTwoAllocationsShareADay(_ allocations: [Allocation]) {
        for (index, first) in allocations.enumerated() {
            for second in allocations[(index + 1)...] where second.unitCode == first.unitCode {
                #expect(!first.period.overlaps(second.period), "\(first) overlaps \(second)")
            }
        }
    }

    /// Rebuilds the allocations from the journal alone and compares.
    func expectJournalReplaysTo(_ allocations: [Allocation], in database: AppDatabase) throws {
        var replayed: [String: [String: String]] = [:]
        for entry in try database.journal() {
            guard let after = entry.after, [.assign, .release, .transfer].contains(entry.action),
                let fields = try JSONSerialization.jsonObject(with: Data(after.utf8))
                    as? [String: String],
                let id = fields["id"]
            else { continue }
            replayed[id] = fields
        }
        #expect(replayed.count == allocations.count)
        for allocation in allocations {
            let fields = replayed[String(allocation.id)]
            #expect(fields?["unit"] == allocation.unitCode)
            #expect(fields?["occupant"] == String(allocation.occupantID))
            #expect(fields?["start"] == allocation.period.start.iso)
            #expect(fields?["end"] == allocation.period.end?.iso)
            #expect(fields?["ended"] == allocation.ending?.kind.rawValue)
        }
    }
}
