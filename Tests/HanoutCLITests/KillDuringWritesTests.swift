import Foundation
import GRDB
import HanoutDomain
import HanoutStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `kill -9` of the real program at random moments of its writes: SQLite's WAL and one
/// transaction per clerk action must leave a sound file in which every action the program
/// acknowledged (exit status 0) is present, and every action is there whole or not at all.
@Suite struct KillDuringWritesTests {
    static let seed: UInt64 = 20_261_129
    static let killsWanted = 40
    /// Fewer kills than wanted are accepted when a loaded machine makes each run slow, not
    /// fewer than these: the time the test may take is bounded, the experiment's size too.
    static let killsNeeded = 24
    static let timeBudget = Duration.seconds(50)

    /// One unit the test plays with, and the two artisans it passes between.
    struct Slot {
        var unit: String
        var first: Int64
        var second: Int64
        /// Who holds the unit now, as far as the test knows.
        var holder: Int64?
    }

    /// A write the test asked for, tagged so that its rows can be found again.
    struct Action: CustomStringConvertible {
        enum Kind: String { case assign, transfer, release }
        var kind: Kind
        var tag: String
        var unit: String
        var occupant: Int64?
        var day: Day
        var ending: SpawnedHanout.Ending?

        var arguments: [String] {
            switch kind {
            case .assign:
                // The Tafraout units have a waiting list (the fixtures' call): these
                // artisans pass over it, with a reason, as a clerk would have to.
                return [
                    "assign", unit, String(occupant ?? 0), "--from", day.iso, "--decision", tag,
                    "--pass-over", tag,
                ]
            case .transfer:
                return [
                    "transfer", unit, String(occupant ?? 0), "--on", day.iso, "--reason", tag,
                    "--decision", tag,
                ]
            case .release:
                return ["release", unit, "--on", day.iso, "--reason", tag]
            }
        }

        var isAcknowledged: Bool { ending == .exited(0) }
        var description: String {
            "\(tag) \(arguments.joined(separator: " ")) (\(ending.map { "\($0)" } ?? "?"))"
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func killedWritersLoseNoAcknowledgedActionAndLeaveASoundFile() throws {
        let hanout = HanoutProcess()
        defer { hanout.removeFolder() }
        var slots = try Self.prepare(hanout)
        var random = SplitMix64(seed: Self.seed)
        var actions: [Action] = []
        var durations: [Duration] = []
        var kills = 0
        let started = ContinuousClock.now

        // Each slot's first assignment runs to its end: the time it takes sets the range
        // of the kill moments that follow.
        for index in slots.indices {
            var action = Self.next(for: slots[index], step: actions.count, random: &random)
            let process = try hanout.spawn(action.arguments)
            action.ending = try process.wait()
            durations.append(process.started.duration(to: .now))
            #expect(action.isAcknowledged, "\(action): \(process.errors)")
            slots[index].holder = action.occupant
            actions.append(action)
        }

        // Whether a kill fell after a commit (the action whole in the file) and one before
        // (none of it): the experiment goes on, within its budget, until it has tried both.
        var seenAfterCommit = false
        var seenBeforeCommit = false
        while (kills < Self.killsWanted || !seenAfterCommit || !seenBeforeCommit)
            && actions.count < 200 && started.duration(to: .now) < Self.timeBudget
        {
            let index = Int.random(in: slots.indices, using: &random)
            var action = Self.next(for: slots[index], step: actions.count, random: &random)
            let typical = Self.median(durations)
            // Half the kills made and one side still untried: aim at it (the commit comes
            // near the end of a run).
            var range = 0.6...1.1
            if kills >= Self.killsWanted / 2 && !seenAfterCommit { range = 0.9...1.4 }
            if kills >= Self.killsWanted / 2 && !seenBeforeCommit { range = 0.2...0.7 }
            let moment = typical * Double.random(in: range, using: &random)
            let process = try hanout.spawn(action.arguments)
            Self.wait(until: process.started + moment, orEndOf: process)
            process.kill(SIGKILL)
            action.ending = try process.wait()
            actions.append(action)
            switch action.ending {
            case .exited(0):
                durations.append(process.started.duration(to: .now))
                slots[index].holder = action.kind == .release ? nil : action.occupant
            case .killed(SIGKILL):
                kills += 1
                // Whether the killed write was committed is the file's to say.
                let rows = try hanout.json("export", "allocations", "--format", "json")
                let holders = Self.holders(in: rows)
                for slot in slots.indices { slots[slot].holder = holders[slots[slot].unit] }
                let parts = Self.parts(of: action, in: rows)
                if parts.allSatisfy({ $0 }) { seenAfterCommit = true }
                if !parts.contains(true) { seenBeforeCommit = true }
            default:
                Issue.record("\(action) should succeed or be killed: \(process.errors)")
            }
        }

        // The file as the last kill left it, before any Hanout process opens it again.
        let integrity = try DatabaseQueue(path: hanout.database).read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check")
        }
        #expect(integrity == ["ok"])
        let check = try hanout.run("check")
        #expect(check.status == 0, "hanout check: \(check.output)\(check.errors)")
        #expect(check.output.contains("No problem found"), "\(check.output)")

        let rows = try hanout.json("export", "allocations", "--format", "json")
        let acknowledged = actions.filter(\.isAcknowledged)
        var found = 0
        // Killed after its commit, before it could say so: the file has it whole.
        var killedAfterCommit = 0
        // Killed with some of its rows in the file and some not: must stay empty.
        var halfWritten: [String] = []
        for action in actions {
            let parts = Self.parts(of: action, in: rows)
            if action.isAcknowledged {
                #expect(parts.allSatisfy { $0 }, "acknowledged yet missing: \(action)")
                if parts.allSatisfy({ $0 }) { found += 1 }
            } else if Set(parts).count != 1 {
                halfWritten.append("\(action), parts \(parts)")
            } else if parts.allSatisfy({ $0 }) {
                killedAfterCommit += 1
            }
        }
        #expect(halfWritten == [], "half written")
        #expect(kills >= Self.killsNeeded, "only \(kills) kills in \(actions.count) actions")
        // The experiment tried both sides of the commit: a kill before it (nothing of the
        // action in the file) and one after it (all of it, unacknowledged).
        #expect(killedAfterCommit >= 1, "no kill landed after a commit in \(kills) kills")
        #expect(kills - killedAfterCommit >= 1, "no kill landed before a commit in \(kills)")
        let seconds = Double(started.duration(to: .now).components.seconds)
        print(
            "ROBUSTNESS kill -9 during writes (seed \(Self.seed)): \(actions.count) actions, "
                + "\(kills) kills (\(killedAfterCommit) after their commit, "
                + "\(kills - killedAfterCommit) before it, "
                + "\(halfWritten.isEmpty ? "none" : String(halfWritten.count)) half written), "
                + "\(acknowledged.count) acknowledged, \(found) of them found; integrity_check "
                + "\(integrity.joined()); hanout check status \(check.status); \(Int(seconds)) s")
    }

    // MARK: - Setting up

    /// A fresh database and ten artisans, two for each of five vacant units whose zones
    /// let an artisan hold one unit: the pairs never collide with each other's rules.
    static func prepare(_ hanout: HanoutProcess) throws -> [Slot] {
        let units = ["AOU-18", "AOU-24", "TAF-04", "TAF-06", "TAF-08"]
        let file = hanout.folder.appendingPathComponent("artisans.csv")
        var lines = ["kind,name,trades"]
        for unit in units {
            lines += [
                "artisan,Kill \(unit) first,TAP;VAN;BRO", "artisan,Kill \(unit) second,TAP;VAN;BRO",
            ]
        }
        try (lines.joined(separator: "\n") + "\n").write(
            to: file, atomically: true, encoding: .utf8)
        let imported = try hanout.run("import", "occupants", file.path)
        try #require(imported.status == 0, "\(imported.errors)")
        let ids = Dictionary(
            try hanout.json("occupants", "--search", "kill", "--format", "json").compactMap {
                row -> (String, Int64)? in
                guard let name = row["name"], let id = row["id"].flatMap({ Int64($0) }) else {
                    return nil
                }
                return (name, id)
            }, uniquingKeysWith: { first, _ in first })
        return try units.map { unit in
            Slot(
                unit: unit, first: try #require(ids["Kill \(unit) first"]),
                second: try #require(ids["Kill \(unit) second"]))
        }
    }

    /// The next write for a slot: a vacant unit is assigned; a held one is transferred to
    /// the other artisan or released. Each on its own day, later than all before it.
    static func next(for slot: Slot, step: Int, random: inout SplitMix64) -> Action {
        let tag = "K-\(step)"
        let day = Day(year: 2027, month: 1, day: 1).map { $0.adding(days: step) } ?? .latest
        guard let holder = slot.holder else {
            let occupant = Bool.random(using: &random) ? slot.first : slot.second
            return Action(kind: .assign, tag: tag, unit: slot.unit, occupant: occupant, day: day)
        }
        if Bool.random(using: &random) {
            return Action(kind: .release, tag: tag, unit: slot.unit, day: day)
        }
        let other = holder == slot.first ? slot.second : slot.first
        return Action(kind: .transfer, tag: tag, unit: slot.unit, occupant: other, day: day)
    }

    // MARK: - Reading the outcome

    /// Who holds each unit now, from the file: the allocation with no end.
    static func holders(in rows: [[String: String]]) -> [String: Int64] {
        var holders: [String: Int64] = [:]
        for row in rows where row["until"] == "" {
            if let unit = row["unit"], let id = row["occupant_id"].flatMap({ Int64($0) }) {
                holders[unit] = id
            }
        }
        return holders
    }

    /// Whether each row the action writes is in the export: the new allocation of an
    /// assignment; the ended allocation and the new one of a transfer; the ended
    /// allocation of a release.
    static func parts(of action: Action, in rows: [[String: String]]) -> [Bool] {
        let ofUnit = rows.filter { $0["unit"] == action.unit }
        let started = ofUnit.contains {
            $0["decision"] == action.tag && $0["from"] == action.day.iso
                && $0["occupant_id"] == action.occupant.map { String($0) }
        }
        let ended = ofUnit.contains { $0["ended_reason"] == action.tag }
        switch action.kind {
        case .assign: return [started]
        case .transfer: return [ended, started]
        case .release: return [ended]
        }
    }

    // MARK: - Time

    static func median(_ durations: [Duration]) -> Duration {
        let sorted = durations.sorted()
        return sorted.isEmpty ? .milliseconds(150) : sorted[sorted.count / 2]
    }

    /// Waits for the kill moment, or less if the process ends first.
    static func wait(until moment: ContinuousClock.Instant, orEndOf process: SpawnedHanout) {
        while ContinuousClock.now < moment && !process.hasEnded {
            usleep(500)
        }
    }
}
